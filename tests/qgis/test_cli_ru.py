"""The runner with ``--language ru``: its ``error:`` prefix, its messages and its progress lines in Russian;
without ``--language`` (an English system) as before."""

from __future__ import annotations

import re

from ..unit.test_input_messages_ru import _english_runs

#: a progress line: "[ 10.0%] Checking input"
PROGRESS = re.compile(r"^\[\s*[\d.,]+ ?%\] (.*)$")


def _register(tmp_path):
    sites = tmp_path / "register.csv"
    sites.write_text(
        "id;name;nace;x;y\nA;Works A;24.10;500000;6200000\nB;Works B;20.14;;\n"
        "C;Works C;35.11;abc;6200500\nD;Works D;35.11;501000;6201000\n",
        encoding="utf-8",
    )
    return ("run", "--sites", sites, "--sites-crs", "EPSG:25832", "--map-sites", "site_id=id")


def _said(stderr: str) -> str:
    """What the runner wrote to stderr, without Qt's own notes (XDG_RUNTIME_DIR)."""
    return "\n".join(line for line in stderr.splitlines() if not line.startswith("QStandardPaths:")).strip()


def _progress(stderr: str) -> list[str]:
    return [m.group(0) for m in map(PROGRESS.match, stderr.splitlines()) if m]


def test_progress_lines_in_english_as_before_and_in_russian(cli, tmp_path):
    args = _register(tmp_path)
    english = cli(
        *args, "--out", tmp_path / "en.gpkg", "--no-png", "--no-project", "--skip-bad-rows", "--language", "en"
    )
    assert english.returncode == 0, english.stderr
    lines = _progress(english.stderr)
    assert "[ 10.0%] Checking input" in lines and "[100.0%] Done" in lines, lines
    russian = cli(
        *args, "--out", tmp_path / "ru.gpkg", "--no-png", "--no-project", "--skip-bad-rows", "--language", "ru"
    )
    assert russian.returncode == 0, russian.stderr
    lines = _progress(russian.stderr)
    assert len(lines) == len(_progress(english.stderr))
    assert "[10,0 %] Проверка входных данных" in [re.sub(r"\[\s+", "[", line) for line in lines], lines
    for line in lines:
        assert re.search("[а-яё]{4,}", line) and not _english_runs(line), line
        assert "." not in PROGRESS.match(line).group(0).split("]")[0], line  # a decimal comma in Russian
    # the count of rows left out and where they are, in Russian
    assert "Отклонены 2 строки (sites 2): не вошли в расчёт" in russian.stdout, russian.stdout


def test_an_error_in_russian(cli, tmp_path):
    args = _register(tmp_path)
    out = tmp_path / "run.gpkg"
    out.write_bytes(b"")
    english = cli(*args, "--out", out, "--no-png", "--no-project", "--quiet", "--language", "en")
    assert english.returncode == 2 and _said(english.stderr) == f"error: {out} exists; pass --overwrite to replace it"
    russian = cli(*args, "--out", out, "--no-png", "--no-project", "--quiet", "--language", "ru")
    assert russian.returncode == 2
    assert _said(russian.stderr) == f"ошибка: {out} уже существует; чтобы заменить его, укажите --overwrite"
    out.unlink()
    bad = cli(*args, "--out", out, "--no-png", "--no-project", "--quiet", "--language", "ru")
    assert bad.returncode == 1
    first = _said(bad.stderr).splitlines()[0]
    assert first.startswith("ошибка: слой 'sites', объект 3, поле 'x': "), bad.stderr
    assert "Traceback" not in bad.stderr and not _english_runs(first.replace("--skip-bad-rows", "")), bad.stderr


def test_the_import_alone_in_russian(cli, tmp_path):
    args = _register(tmp_path)
    out = tmp_path / "imported.gpkg"
    done = cli(*args, "--import-only", "--skip-bad-rows", "--out", out, "--language", "ru")
    assert done.returncode == 0, done.stderr
    assert f"записано площадок: 2 (из 4 строк файла register.csv) в {out} (слой 'sites')" in done.stdout, done.stdout
    assert "отклонено строк: 2 (register.csv 2), у каждой причина — в слое 'rejected' файла" in done.stdout, done.stdout
    assert "  строка 3: " in done.stdout
