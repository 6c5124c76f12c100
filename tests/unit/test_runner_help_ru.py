"""``python -m ecopark_plugin run --help --language ru``: the options' help and argparse's own words in Russian;
without ``--language`` (or with ``en``) the English help as before."""

from __future__ import annotations

import re

import pytest

from ecopark_plugin.__main__ import main
from ecopark_plugin.runner_options import requested_language

from .test_input_messages_ru import _english_runs


def _help(capsys, monkeypatch, *argv):
    monkeypatch.setenv("COLUMNS", "100")
    with pytest.raises(SystemExit) as done:
        main(["run", "--help", *argv])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_the_language_is_read_before_the_options_are_parsed():
    assert requested_language(["run", "--language", "ru", "--help"]) == "ru"
    assert requested_language(["run", "--language=ru"]) == "ru"
    assert requested_language(["run", "--help"]) is None


def test_the_help_in_english_as_before(capsys, monkeypatch):
    english = _help(capsys, monkeypatch)
    assert english == _help(capsys, monkeypatch, "--language", "en")
    assert english.startswith("usage: python -m ecopark_plugin run [-h] [--sites SITES]")
    assert "\noptions:\n  -h, --help            show this help message and exit\n" in english
    assert "  --quiet               no progress lines\n" in english


def test_the_help_in_russian(capsys, monkeypatch):
    russian = _help(capsys, monkeypatch, "--language", "ru")
    assert russian.startswith("использование: python -m ecopark_plugin run [-h]")
    assert "\nпараметры:\n  -h, --help            показать эту справку и выйти\n" in russian
    assert "  --quiet               без строк хода выполнения\n" in russian
    # every option's help, the usage line aside (option names and metavars), reads without an English sentence
    body = russian.split("\n\n", 1)[1]
    body = re.sub(r"^  -[-\w, ]+(?: [A-Z_.{}\-,a-z0-9]+)?(?=\s{2,}|$)", "", body, flags=re.M)  # the option itself
    for name in ("E-PRTR", "GeoPackage, shapefile, GeoJSON", "EcoPark"):  # names of registers and formats
        body = body.replace(name, " ")
    runs = _english_runs(body)
    assert runs == [], runs


def _error(capsys, *argv):
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == 2
    return capsys.readouterr().err.strip().splitlines()[-1]


def test_argparse_errors_in_english_as_before_and_in_russian(capsys):
    english = _error(capsys, "run", "--objective", "profit")
    # argparse's own words (their quoting varies with Python's version)
    assert english.startswith("python -m ecopark_plugin run: error: argument --objective: invalid choice: ")
    russian = _error(capsys, "run", "--objective", "profit", "--language", "ru")
    assert russian.startswith("python -m ecopark_plugin run: ошибка: аргумент --objective: недопустимый вариант ")
    assert "(выберите из " in russian and "benefit" in russian, russian
    assert _error(capsys, "run", "--bogus", "--language", "ru").endswith("ошибка: нераспознанные аргументы: --bogus")
    assert _error(capsys, "run", "--language", "ru", "--sites").endswith(
        "ошибка: аргумент --sites: ожидается одно значение"
    )
