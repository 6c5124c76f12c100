<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>BuildNetwork</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="27"/>
        <source>Build transport network</source>
        <translation>Построение транспортной сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="28"/>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="29"/>
        <source>Builds a routable network from a line layer (roads, rail, waterways) or an OSM extract (.osm.pbf).

Lines meet where they share a vertex (and, if asked, where they cross, or where their ends are closer than a tolerance). One-way streets follow the OSM oneway tag or a direction field. Each road class gets its speed from the class table (resources/network/road_classes.csv, editable; OSM maxspeed wins; classes closed to trucks are dropped), capped at the speed cap. Lengths are geodesic metres whatever the layer&apos;s CRS, and chains between junctions become one edge.

Output: the edges with length_m, time_s, speed_kmh, direction (forward / both, as QGIS&apos;s own network tools read it) and component (0 is the main network; other numbers are pieces cut off from it). The other EcoPark algorithms read it back as a network.</source>
        <translation>Строит сеть для маршрутизации из линейного слоя (дороги, железные дороги, водные пути) или выгрузки OSM (.osm.pbf).

Линии соединяются там, где у них есть общая вершина (а по запросу — и там, где они пересекаются или где их концы ближе заданного допуска). Одностороннее движение берётся из тега OSM oneway или из поля направления. Скорость каждого класса дорог берётся из таблицы классов (resources/network/road_classes.csv, её можно редактировать; тег OSM maxspeed имеет приоритет; классы, закрытые для грузовиков, исключаются) и ограничивается заданным пределом. Длины — геодезические метры при любой системе координат слоя, а цепочки между перекрёстками объединяются в одно ребро.

Результат: рёбра с полями length_m, time_s, speed_kmh, direction (forward / both, как их читают сетевые инструменты самой QGIS) и component (0 — основная сеть; другие номера — отрезанные от неё фрагменты). Другие алгоритмы EcoPark читают этот слой как сеть.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="51"/>
        <source>Line layer</source>
        <translation>Линейный слой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="55"/>
        <source>or OSM extract / line file</source>
        <translation>или выгрузка OSM / файл с линиями</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="57"/>
        <source>OSM extracts (*.osm.pbf *.osm);;All files (*)</source>
        <translation>Выгрузки OSM (*.osm.pbf *.osm);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="64"/>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="103"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="65"/>
        <source>Roads</source>
        <translation>Дороги</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="65"/>
        <source>Rail</source>
        <translation>Железная дорога</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="65"/>
        <source>Waterways</source>
        <translation>Водные пути</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="71"/>
        <source>Class field (OSM highway / railway by default)</source>
        <translation>Поле класса (по умолчанию OSM highway / railway)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="72"/>
        <source>Speed field (km/h)</source>
        <translation>Поле скорости (км/ч)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="73"/>
        <source>Direction field (yes/-1/no or forward/backward/both)</source>
        <translation>Поле направления (yes/-1/no или forward/backward/both)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="79"/>
        <source>Respect one-way streets</source>
        <translation>Учитывать одностороннее движение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="84"/>
        <source>Speed cap (km/h; 0: none; trucks: 80)</source>
        <translation>Ограничение скорости (км/ч; 0 — без ограничения; для грузовиков 80)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="91"/>
        <source>Join line ends closer than (m)</source>
        <translation>Соединять концы линий, если они ближе чем (м)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="98"/>
        <source>Also join lines where they cross (not for OSM: bridges cross without meeting)</source>
        <translation>Соединять линии и в точках пересечения (не для OSM: мосты пересекают дороги, не соединяясь с ними)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="106"/>
        <source>Edges</source>
        <translation>Рёбра</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="107"/>
        <source>Nodes</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="108"/>
        <source>Pieces</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="109"/>
        <source>Length (km)</source>
        <translation>Длина (км)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="118"/>
        <source>Give a line layer or a file</source>
        <translation>Укажите линейный слой или файл</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/build_network.py" line="154"/>
        <source>{edges:,} edges, {nodes:,} nodes, {length_km:,.0f} km, {components} pieces, {oneway_edges:,} one-way edges</source>
        <translation>Рёбер: {edges:,}, узлов: {nodes:,}, {length_km:,.0f} км, фрагментов: {components}, рёбер с односторонним движением: {oneway_edges:,}</translation>
    </message>
</context>
<context>
    <name>CandidateDistances</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/candidate_distances.py" line="28"/>
        <source>Network distances for candidate exchanges</source>
        <translation>Сетевые расстояния для обменов-кандидатов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/candidate_distances.py" line="29"/>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/candidate_distances.py" line="30"/>
        <source>Finds the candidate exchanges between the sites (as &apos;Find symbiosis exchanges&apos; does) and measures each candidate pair on the networks: truck distance and travel time on the road network (one search per supplier, cut off at the longest distance any of its streams may travel), a pipeline along the roads, and rail or sea chains where a rail network or ports are given. Only candidate pairs are measured, never a full matrix.

Outputs. Candidate pairs: straight lines supplier -&gt; receiver with the straight distance and, per mode, the distance, travel time, route, terminals or ports used and why the mode cannot serve. Sites on the network: every site with how far it is from the road network and whether it is cut off from its partners.

Speeds come from resources/network/road_classes.csv; the snapping distance and the other transport defaults are listed with their sources in the README.</source>
        <translation>Находит обмены-кандидаты между площадками (так же, как «Поиск обменов промышленного симбиоза») и измеряет каждую пару-кандидат по сетям: расстояние и время в пути грузовика по дорожной сети (один поиск на поставщика с отсечкой на наибольшем расстоянии, допустимом для его потоков), трубопровод вдоль дорог, а также железнодорожные или морские цепочки, если заданы железнодорожная сеть или порты. Измеряются только пары-кандидаты, а не полная матрица.

Результаты. Пары-кандидаты: прямые линии поставщик -&gt; получатель с расстоянием по прямой и, для каждого вида транспорта, расстоянием, временем в пути, маршрутом, использованными терминалами или портами и причиной, по которой этот вид транспорта не подходит. Площадки на сети: каждая площадка с расстоянием до дорожной сети и признаком того, отрезана ли она от своих партнёров.

Скорости берутся из resources/network/road_classes.csv; расстояние привязки и другие транспортные значения по умолчанию перечислены вместе с источниками в README.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/candidate_distances.py" line="49"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/candidate_distances.py" line="55"/>
        <source>Streams (table)</source>
        <translation>Потоки (таблица)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/candidate_distances.py" line="61"/>
        <source>Candidate pairs</source>
        <translation>Пары-кандидаты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/candidate_distances.py" line="66"/>
        <source>Sites on the network</source>
        <translation>Площадки на сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/candidate_distances.py" line="76"/>
        <source>Give at least a road network, a rail network or ports</source>
        <translation>Укажите хотя бы дорожную сеть, железнодорожную сеть или порты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/candidate_distances.py" line="89"/>
        <source>No candidate exchange between these sites</source>
        <translation>Между этими площадками нет обменов-кандидатов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/candidate_distances.py" line="104"/>
        <source>{pairs} candidate pairs measured; {off} sites off the network</source>
        <translation>Измерено пар-кандидатов: {pairs}; площадок вне сети: {off}</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="137"/>
        <source>{}: file not found</source>
        <translation>{}: файл не найден</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="139"/>
        <source>{}: not a readable UTF-8 CSV file: {}</source>
        <translation>{}: не читается как CSV-файл в UTF-8: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="146"/>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="302"/>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="106"/>
        <location filename="../../ecopark_plugin/core/zones/regimes.py" line="99"/>
        <source>{}: missing columns {}</source>
        <translation>{}: нет столбцов {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="150"/>
        <source>{} row {}, column &apos;{}&apos;: {}</source>
        <translation>{}, строка {}, столбец &apos;{}&apos;: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="157"/>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="183"/>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="160"/>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="162"/>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="178"/>
        <source>&apos;{}&apos; is none of {}</source>
        <translation>&apos;{}&apos; — не одно из {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="172"/>
        <source>&apos;{}&apos; is not a NACE Rev.2 code or prefix such as 35 or 35.11</source>
        <translation>&apos;{}&apos; — не код NACE Rev.2 и не его начало, как 35 или 35.11</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="175"/>
        <source>&apos;{}&apos; is not a six-digit EWC code</source>
        <translation>&apos;{}&apos; — не шестизначный код EWC</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="189"/>
        <source>&apos;{}&apos; is not a number</source>
        <translation>&apos;{}&apos; — не число</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="192"/>
        <source>{} must be {} {}</source>
        <translation>{} должно быть {} {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="195"/>
        <source>{} is not a fraction below 1</source>
        <translation>{} — не доля меньше 1</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="203"/>
        <source>{} must be &gt; 0</source>
        <translation>{} должно быть &gt; 0</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="205"/>
        <source>&apos;{}&apos; must be a distance in km since mode &apos;{}&apos; is allowed</source>
        <translation>&apos;{}&apos; должно быть расстоянием в км, раз вид транспорта &apos;{}&apos; разрешён</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="209"/>
        <source>a distance is given but mode &apos;{}&apos; is not in &apos;modes&apos;</source>
        <translation>расстояние задано, но вида транспорта &apos;{}&apos; нет в &apos;modes&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="213"/>
        <source>energy (MWh) can only travel by pipeline</source>
        <translation>энергию (МВт·ч) можно передавать только по трубопроводу</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="218"/>
        <source>... and {} more</source>
        <translation>... и ещё {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="236"/>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="242"/>
        <source>{}: duplicate rule_id {}</source>
        <translation>{}: повторяющиеся rule_id {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="306"/>
        <source>{} row {}</source>
        <translation>{}, строка {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="309"/>
        <source>{}, column &apos;nace&apos;: &apos;{}&apos; is not a NACE prefix</source>
        <translation>{}, столбец &apos;nace&apos;: &apos;{}&apos; — не начало кода NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="312"/>
        <source>{}, column &apos;direction&apos;: &apos;{}&apos; is neither output nor input</source>
        <translation>{}, столбец &apos;direction&apos;: &apos;{}&apos; — ни output, ни input</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="314"/>
        <source>{}, column &apos;unit&apos;: &apos;{}&apos; is none of {}</source>
        <translation>{}, столбец &apos;unit&apos;: &apos;{}&apos; — не одно из {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="321"/>
        <source>{}, column &apos;tonnes_or_units_per_year&apos;: negative</source>
        <translation>{}, столбец &apos;tonnes_or_units_per_year&apos;: отрицательное значение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="323"/>
        <source>{}, column &apos;confidence&apos;: {} is not within 0-1</source>
        <translation>{}, столбец &apos;confidence&apos;: {} — не в пределах 0–1</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="326"/>
        <source>{}: could not convert string to float: {}</source>
        <translation>{}: строку не удаётся прочитать как число: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="329"/>
        <source>{}, column &apos;basis&apos;: empty (give a source or &apos;assumption: ...&apos;)</source>
        <translation>{}, столбец &apos;basis&apos;: пусто (укажите источник или &apos;assumption: ...&apos;)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="332"/>
        <source>{}, column &apos;reported_as&apos;: &apos;{}&apos; is none of nonhw, hw or empty</source>
        <translation>{}, столбец &apos;reported_as&apos;: &apos;{}&apos; — не nonhw, не hw и не пусто</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="335"/>
        <source>{}, column &apos;reported_as&apos;: only an output in tonnes can stand for reported waste</source>
        <translation>{}, столбец &apos;reported_as&apos;: отчётные отходы может представлять только выход в тоннах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="342"/>
        <source>{}, column &apos;requires&apos;: &apos;{}&apos; is none of {} (a release may name the least it takes: co2&gt;=1000000)</source>
        <translation>{}, столбец &apos;requires&apos;: &apos;{}&apos; — не одно из {} (у выброса можно указать наименьшее значение: co2&gt;=1000000)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/catalogue.py" line="366"/>
        <source>{}: NACE {} has more than one stream standing for reported &apos;{}&apos; waste</source>
        <translation>{}: у NACE {} больше одного потока, представляющего отчётные отходы &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="96"/>
        <source>{}: the file is empty; it needs a header row with {}</source>
        <translation>{}: файл пуст; нужна строка заголовка с {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="100"/>
        <source>{}: not UTF-8 text (byte {}); save it as UTF-8 CSV</source>
        <translation>{}: не текст в UTF-8 (байт {}); сохраните его как CSV в UTF-8</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="103"/>
        <location filename="../../ecopark_plugin/core/zones/regimes.py" line="96"/>
        <source>{}: cannot read: {}</source>
        <translation>{}: не удаётся прочитать: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="134"/>
        <source>row {}, hazard_class: &apos;{}&apos; is not a class of the {} regime ({})</source>
        <translation>строка {}, hazard_class: &apos;{}&apos; — не класс режима {} ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="140"/>
        <source>row {}, basis: every class needs its basis</source>
        <translation>строка {}, basis: у каждого класса должно быть обоснование</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="161"/>
        <source>row {}, min_diverted_share: &apos;{}&apos; is not in (0, 1]</source>
        <translation>строка {}, min_diverted_share: &apos;{}&apos; не в (0, 1]</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="166"/>
        <source>row {}, class_steps: &apos;{}&apos; is not 0-4</source>
        <translation>строка {}, class_steps: &apos;{}&apos; — не от 0 до 4</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="168"/>
        <source>row {}, basis: every rule needs its basis</source>
        <translation>строка {}, basis: у каждого правила должно быть обоснование</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="170"/>
        <source>match: &apos;{}&apos; is listed twice</source>
        <translation>match: &apos;{}&apos; указан дважды</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/regimes.py" line="127"/>
        <source>zone regime &apos;{}&apos; is not in {}; choose one of {}</source>
        <translation>режима зон &apos;{}&apos; нет в {}; выберите один из {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/regimes.py" line="137"/>
        <source>row {}</source>
        <translation>строка {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/regimes.py" line="141"/>
        <source>{}: rank &apos;{}&apos; or width_m &apos;{}&apos; is not a number</source>
        <translation>{}: rank &apos;{}&apos; или width_m &apos;{}&apos; — не число</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/regimes.py" line="144"/>
        <source>{}, rank: {} is listed twice for regime &apos;{}&apos;</source>
        <translation>{}, rank: {} указан дважды для режима &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/regimes.py" line="146"/>
        <source>{}, width_m: {} is not positive</source>
        <translation>{}, width_m: {} не положительно</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/regimes.py" line="148"/>
        <source>{}, basis: every class needs its basis</source>
        <translation>{}, basis: у каждого класса должно быть обоснование</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/regimes.py" line="151"/>
        <source>regime &apos;{}&apos; lists no class</source>
        <translation>в режиме &apos;{}&apos; нет ни одного класса</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/regimes.py" line="154"/>
        <source>regime &apos;{}&apos;: a wider rank (lower number) has a narrower zone</source>
        <translation>режим &apos;{}&apos;: у более широкого ранга (с меньшим номером) зона уже</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/regimes.py" line="160"/>
        <source>zone widths {}: regime &apos;{}&apos; has {} classes ({})</source>
        <translation>ширины зон {}: в режиме &apos;{}&apos; классов: {} ({})</translation>
    </message>
    <message>
        <source>{}, column &apos;requires&apos;: &apos;{}&apos; is none of {}</source>
        <translation type="vanished">{}, столбец &apos;requires&apos;: &apos;{}&apos; — не одно из {}</translation>
    </message>
</context>
<context>
    <name>CatalogueSources</name>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="2"/>
        <location filename="../catalogue/exchange_rules.csv" line="3"/>
        <location filename="../catalogue/exchange_rules.csv" line="4"/>
        <location filename="../catalogue/exchange_rules.csv" line="5"/>
        <location filename="../catalogue/exchange_rules.csv" line="6"/>
        <source>assumption: 1 MWh delivered replaces 1 MWh that the receiver&apos;s own boiler would otherwise supply</source>
        <translation>допущение: 1 МВт·ч поставленной энергии заменяет 1 МВт·ч, которую иначе дала бы собственная котельная получателя</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="2"/>
        <location filename="../catalogue/exchange_rules.csv" line="3"/>
        <location filename="../catalogue/exchange_rules.csv" line="4"/>
        <source>assumption: cost of raising steam in the receiver&apos;s own gas-fired boiler: about 35 EUR/MWh gas / 0.9 efficiency; order of magnitude</source>
        <translation>допущение: стоимость выработки пара в собственной газовой котельной получателя: около 35 евро/МВт·ч газа / КПД 0,9; порядок величины</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="2"/>
        <location filename="../catalogue/exchange_rules.csv" line="3"/>
        <location filename="../catalogue/exchange_rules.csv" line="4"/>
        <source>assumption: natural gas about 0.2 t CO2/MWh fuel (typical combustion factor) / boiler efficiency about 0.9</source>
        <translation>допущение: природный газ около 0,2 т CO2/МВт·ч топлива (типичный коэффициент сжигания) / КПД котла около 0,9</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="2"/>
        <location filename="../catalogue/exchange_rules.csv" line="3"/>
        <location filename="../catalogue/exchange_rules.csv" line="4"/>
        <location filename="../catalogue/exchange_rules.csv" line="5"/>
        <location filename="../catalogue/exchange_rules.csv" line="6"/>
        <location filename="../catalogue/exchange_rules.csv" line="7"/>
        <location filename="../catalogue/exchange_rules.csv" line="8"/>
        <location filename="../catalogue/exchange_rules.csv" line="9"/>
        <location filename="../catalogue/exchange_rules.csv" line="10"/>
        <location filename="../catalogue/exchange_rules.csv" line="11"/>
        <location filename="../catalogue/exchange_rules.csv" line="128"/>
        <source>assumption: surplus energy is otherwise dumped or not produced; no disposal cost counted</source>
        <translation>допущение: избыточная энергия иначе сбрасывается или не производится; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="5"/>
        <location filename="../catalogue/exchange_rules.csv" line="6"/>
        <location filename="../catalogue/exchange_rules.csv" line="7"/>
        <location filename="../catalogue/exchange_rules.csv" line="8"/>
        <location filename="../catalogue/exchange_rules.csv" line="9"/>
        <location filename="../catalogue/exchange_rules.csv" line="10"/>
        <location filename="../catalogue/exchange_rules.csv" line="11"/>
        <location filename="../catalogue/exchange_rules.csv" line="128"/>
        <source>assumption: heat from a gas- or oil-fired heat-only boiler: about 35-45 EUR/MWh fuel / 0.9 efficiency; order of magnitude</source>
        <translation>допущение: тепло от газовой или мазутной водогрейной котельной: около 35–45 евро/МВт·ч топлива / КПД 0,9; порядок величины</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="5"/>
        <location filename="../catalogue/exchange_rules.csv" line="6"/>
        <location filename="../catalogue/exchange_rules.csv" line="7"/>
        <location filename="../catalogue/exchange_rules.csv" line="8"/>
        <location filename="../catalogue/exchange_rules.csv" line="9"/>
        <location filename="../catalogue/exchange_rules.csv" line="10"/>
        <location filename="../catalogue/exchange_rules.csv" line="11"/>
        <location filename="../catalogue/exchange_rules.csv" line="128"/>
        <source>assumption: gas boiler: about 0.2 t CO2/MWh fuel / 0.9 efficiency (oil-fired heat would be about 0.3)</source>
        <translation>допущение: газовая котельная: около 0,2 т CO2/МВт·ч топлива / КПД 0,9 (для мазутного тепла около 0,3)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="7"/>
        <source>assumption: high-grade excess heat (about 80-120 C) delivered 1:1 through heat exchangers</source>
        <translation>допущение: высокопотенциальное сбросное тепло (около 80–120 °C) передаётся через теплообменники 1:1</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="8"/>
        <source>assumption: drying at 60-90 C can use excess heat 1:1 instead of boiler heat</source>
        <translation>допущение: сушка при 60–90 °C может использовать сбросное тепло 1:1 вместо тепла котельной</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="9"/>
        <source>assumption: greenhouse heating at 40-60 C covered 1:1</source>
        <translation>допущение: обогрев теплиц при 40–60 °C покрывается 1:1</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="10"/>
        <source>assumption: heat-pump electricity (about 1/3 MWh per MWh of source heat at a COP of about 4) roughly offsets the gain from the lift, so 1:1</source>
        <translation>допущение: электроэнергия теплового насоса (около 1/3 МВт·ч на МВт·ч тепла источника при COP около 4) примерно уравновешивает выигрыш от повышения температуры, поэтому 1:1</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="11"/>
        <source>assumption: 25-45 C heat covers about 80 % of the heat a boiler would otherwise supply</source>
        <translation>допущение: тепло 25–45 °C покрывает около 80 % тепла, которое иначе дала бы котельная</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="12"/>
        <location filename="../catalogue/exchange_rules.csv" line="13"/>
        <location filename="../catalogue/exchange_rules.csv" line="14"/>
        <source>assumption: energy for energy on a lower-heating-value basis</source>
        <translation>допущение: энергия за энергию по низшей теплоте сгорания</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="12"/>
        <location filename="../catalogue/exchange_rules.csv" line="13"/>
        <location filename="../catalogue/exchange_rules.csv" line="14"/>
        <location filename="../catalogue/exchange_rules.csv" line="15"/>
        <location filename="../catalogue/exchange_rules.csv" line="16"/>
        <location filename="../catalogue/exchange_rules.csv" line="17"/>
        <location filename="../catalogue/exchange_rules.csv" line="27"/>
        <location filename="../catalogue/exchange_rules.csv" line="95"/>
        <location filename="../catalogue/exchange_rules.csv" line="98"/>
        <location filename="../catalogue/exchange_rules.csv" line="100"/>
        <location filename="../catalogue/exchange_rules.csv" line="104"/>
        <location filename="../catalogue/exchange_rules.csv" line="107"/>
        <location filename="../catalogue/exchange_rules.csv" line="109"/>
        <location filename="../catalogue/exchange_rules.csv" line="110"/>
        <location filename="../catalogue/exchange_rules.csv" line="114"/>
        <location filename="../catalogue/exchange_rules.csv" line="123"/>
        <location filename="../catalogue/exchange_rules.csv" line="132"/>
        <location filename="../catalogue/exchange_rules.csv" line="154"/>
        <source>assumption: order-of-magnitude European industrial natural gas price, 30-45 EUR/MWh (volatile)</source>
        <translation>допущение: порядок цены природного газа для промышленности в Европе, 30–45 евро/МВт·ч (неустойчива)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="12"/>
        <source>assumption: natural gas combustion, about 0.2 t CO2/MWh, is avoided where the surplus refinery gas would otherwise be flared</source>
        <translation>допущение: предотвращается сжигание природного газа, около 0,2 т CO2/МВт·ч, там, где избыточный газ НПЗ иначе сжигался бы на факеле</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="12"/>
        <source>assumption: surplus refinery gas is otherwise flared or burned on site; no disposal cost counted</source>
        <translation>допущение: избыточный газ НПЗ иначе сжигается на факеле или на площадке; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="13"/>
        <location filename="../catalogue/exchange_rules.csv" line="14"/>
        <source>assumption: natural gas combustion, about 0.2 t CO2/MWh, is avoided where the gas would otherwise be flared</source>
        <translation>допущение: предотвращается сжигание природного газа, около 0,2 т CO2/МВт·ч, там, где газ иначе сжигался бы на факеле</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="13"/>
        <location filename="../catalogue/exchange_rules.csv" line="14"/>
        <location filename="../catalogue/exchange_rules.csv" line="15"/>
        <source>assumption: surplus gas is otherwise flared; no disposal cost counted</source>
        <translation>допущение: избыточный газ иначе сжигается на факеле; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="15"/>
        <source>assumption: energy for energy replacement of natural-gas feedstock</source>
        <translation>допущение: энергия за энергию при замене природного газа как сырья</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="15"/>
        <location filename="../catalogue/exchange_rules.csv" line="16"/>
        <location filename="../catalogue/exchange_rules.csv" line="17"/>
        <location filename="../catalogue/exchange_rules.csv" line="27"/>
        <location filename="../catalogue/exchange_rules.csv" line="95"/>
        <location filename="../catalogue/exchange_rules.csv" line="98"/>
        <location filename="../catalogue/exchange_rules.csv" line="100"/>
        <location filename="../catalogue/exchange_rules.csv" line="104"/>
        <location filename="../catalogue/exchange_rules.csv" line="107"/>
        <location filename="../catalogue/exchange_rules.csv" line="109"/>
        <location filename="../catalogue/exchange_rules.csv" line="110"/>
        <location filename="../catalogue/exchange_rules.csv" line="114"/>
        <location filename="../catalogue/exchange_rules.csv" line="123"/>
        <location filename="../catalogue/exchange_rules.csv" line="132"/>
        <location filename="../catalogue/exchange_rules.csv" line="154"/>
        <source>assumption: typical combustion factor of natural gas, about 0.2 t CO2/MWh (LHV); upstream emissions not included</source>
        <translation>допущение: типичный коэффициент сжигания природного газа, около 0,2 т CO2/МВт·ч (по низшей теплоте сгорания); выбросы на предшествующих стадиях не учтены</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="16"/>
        <location filename="../catalogue/exchange_rules.csv" line="123"/>
        <source>assumption: energy for energy in the same engine or boiler</source>
        <translation>допущение: энергия за энергию в том же двигателе или котле</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="16"/>
        <location filename="../catalogue/exchange_rules.csv" line="17"/>
        <location filename="../catalogue/exchange_rules.csv" line="123"/>
        <source>assumption: biogas is otherwise flared; no disposal cost counted</source>
        <translation>допущение: биогаз иначе сжигается на факеле; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="17"/>
        <source>assumption: about 3 % methane loss and own use in upgrading</source>
        <translation>допущение: около 3 % метана теряется и расходуется на собственные нужды при облагораживании</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="18"/>
        <source>assumption: 1 t of by-product hydrogen (after purification) replaces 1 t of reformer hydrogen</source>
        <translation>допущение: 1 т попутного водорода (после очистки) заменяет 1 т водорода риформинга</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="18"/>
        <source>assumption: steam-methane-reforming hydrogen costs about 1.5-2.5 EUR/kg at 30-45 EUR/MWh gas</source>
        <translation>допущение: водород паровой конверсии метана стоит около 1,5–2,5 евро/кг при цене газа 30–45 евро/МВт·ч</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="18"/>
        <source>assumption: steam methane reforming emits about 9-11 t CO2 per t H2</source>
        <translation>допущение: паровая конверсия метана выбрасывает около 9–11 т CO2 на т H2</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="18"/>
        <source>assumption: by-product hydrogen is otherwise burned as fuel on site; no disposal cost counted</source>
        <translation>допущение: попутный водород иначе сжигается на площадке как топливо; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="19"/>
        <location filename="../catalogue/exchange_rules.csv" line="21"/>
        <location filename="../catalogue/exchange_rules.csv" line="36"/>
        <location filename="../catalogue/exchange_rules.csv" line="40"/>
        <location filename="../catalogue/exchange_rules.csv" line="46"/>
        <location filename="../catalogue/exchange_rules.csv" line="53"/>
        <location filename="../catalogue/exchange_rules.csv" line="54"/>
        <location filename="../catalogue/exchange_rules.csv" line="80"/>
        <location filename="../catalogue/exchange_rules.csv" line="81"/>
        <location filename="../catalogue/exchange_rules.csv" line="119"/>
        <location filename="../catalogue/exchange_rules.csv" line="120"/>
        <source>assumption: 1:1 by mass</source>
        <translation>допущение: 1:1 по массе</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="19"/>
        <location filename="../catalogue/exchange_rules.csv" line="20"/>
        <location filename="../catalogue/exchange_rules.csv" line="21"/>
        <location filename="../catalogue/exchange_rules.csv" line="155"/>
        <source>assumption: order-of-magnitude delivered price of merchant liquid CO2, 80-200 EUR/t</source>
        <translation>допущение: порядок цены товарного жидкого CO2 с доставкой, 80–200 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="19"/>
        <location filename="../catalogue/exchange_rules.csv" line="20"/>
        <location filename="../catalogue/exchange_rules.csv" line="21"/>
        <location filename="../catalogue/exchange_rules.csv" line="155"/>
        <source>assumption: energy to produce, purify and liquefy merchant CO2 (about 0.1-0.2 MWh/t) and its distribution; where greenhouses burn gas only to make CO2, about 1 t would be avoided instead</source>
        <translation>допущение: энергия на получение, очистку и сжижение товарного CO2 (около 0,1–0,2 МВт·ч/т) и его доставку; там, где теплицы сжигают газ только ради CO2, предотвращалась бы скорее около 1 т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="19"/>
        <location filename="../catalogue/exchange_rules.csv" line="20"/>
        <location filename="../catalogue/exchange_rules.csv" line="21"/>
        <location filename="../catalogue/exchange_rules.csv" line="155"/>
        <source>assumption: by-product CO2 is otherwise vented at no direct cost; emission-allowance effects not included</source>
        <translation>допущение: попутный CO2 иначе выбрасывается без прямых затрат; влияние на квоты выбросов не учтено</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="20"/>
        <source>assumption: about 10 % lost in purification and liquefaction</source>
        <translation>допущение: около 10 % теряется при очистке и сжижении</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="22"/>
        <location filename="../catalogue/exchange_rules.csv" line="23"/>
        <source>assumption: RDF about 15 GJ/t vs coal about 25 GJ/t</source>
        <translation>допущение: RDF около 15 ГДж/т против угля около 25 ГДж/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="22"/>
        <location filename="../catalogue/exchange_rules.csv" line="23"/>
        <location filename="../catalogue/exchange_rules.csv" line="25"/>
        <location filename="../catalogue/exchange_rules.csv" line="26"/>
        <location filename="../catalogue/exchange_rules.csv" line="68"/>
        <location filename="../catalogue/exchange_rules.csv" line="91"/>
        <location filename="../catalogue/exchange_rules.csv" line="102"/>
        <location filename="../catalogue/exchange_rules.csv" line="115"/>
        <location filename="../catalogue/exchange_rules.csv" line="118"/>
        <location filename="../catalogue/exchange_rules.csv" line="121"/>
        <location filename="../catalogue/exchange_rules.csv" line="122"/>
        <location filename="../catalogue/exchange_rules.csv" line="124"/>
        <location filename="../catalogue/exchange_rules.csv" line="125"/>
        <location filename="../catalogue/exchange_rules.csv" line="126"/>
        <location filename="../catalogue/exchange_rules.csv" line="148"/>
        <source>assumption: order-of-magnitude delivered price of steam coal or petcoke, 100-150 EUR/t</source>
        <translation>допущение: порядок цены энергетического угля или нефтяного кокса с доставкой, 100–150 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="22"/>
        <location filename="../catalogue/exchange_rules.csv" line="23"/>
        <source>assumption: gross: about 25 GJ/t x 0.095 t CO2/GJ of coal; the fossil share of the RDF itself (plastics) is not netted off</source>
        <translation>допущение: брутто: около 25 ГДж/т × 0,095 т CO2/ГДж угля; ископаемая доля самого RDF (пластики) не вычитается</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="22"/>
        <location filename="../catalogue/exchange_rules.csv" line="23"/>
        <source>assumption: avoided incineration or landfill gate fee, order of magnitude 60-120 EUR/t</source>
        <translation>допущение: предотвращённая плата за сжигание или захоронение, порядка 60–120 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="24"/>
        <source>assumption: re-refining yields about 55-70 % base oil</source>
        <translation>допущение: повторная очистка даёт около 55–70 % базового масла</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="24"/>
        <source>assumption: order-of-magnitude price of virgin group I/II base oil, 700-1100 EUR/t</source>
        <translation>допущение: порядок цены первичного базового масла групп I/II, 700–1100 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="24"/>
        <source>assumption: cradle-to-gate emissions of crude extraction and refining to base oil, about 0.3-0.7 t CO2e/t; combustion not included</source>
        <translation>допущение: выбросы от добычи нефти до выпуска базового масла, около 0,3–0,7 т CO2-экв./т; сжигание не учтено</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="24"/>
        <location filename="../catalogue/exchange_rules.csv" line="25"/>
        <source>assumption: hazardous-waste collection and treatment fee, often low because of the fuel value; order of magnitude</source>
        <translation>допущение: плата за сбор и обезвреживание опасных отходов, часто низкая из-за их топливной ценности; порядок величины</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="25"/>
        <source>assumption: waste oil about 38-40 GJ/t vs coal about 25 GJ/t</source>
        <translation>допущение: отработанное масло около 38–40 ГДж/т против угля около 25 ГДж/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="25"/>
        <source>assumption: gross: coal combustion avoided; the fossil CO2 of the waste oil itself (about 3 t/t) is not netted off and would largely be emitted in the incineration baseline</source>
        <translation>допущение: брутто: предотвращается сжигание угля; ископаемый CO2 самого отработанного масла (около 3 т/т) не вычитается и в базовом варианте в основном выделился бы при сжигании</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="26"/>
        <source>assumption: tyres about 28-32 GJ/t vs coal about 25 GJ/t</source>
        <translation>допущение: шины около 28–32 ГДж/т против угля около 25 ГДж/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="26"/>
        <source>assumption: gross: coal combustion avoided; the fossil carbon of synthetic rubber in the tyres is not netted off</source>
        <translation>допущение: брутто: предотвращается сжигание угля; ископаемый углерод синтетического каучука в шинах не вычитается</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="26"/>
        <source>assumption: order-of-magnitude gate fee for end-of-life tyres, 50-150 EUR/t</source>
        <translation>допущение: порядок платы за приём изношенных шин, 50–150 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="27"/>
        <source>assumption: unit is MWh of liquor heating value; about 70 % conversion to gas or product energy replaces natural-gas feedstock</source>
        <translation>допущение: единица — МВт·ч теплоты сгорания щёлока; около 70 % переходит в энергию газа или продукта и заменяет природный газ как сырьё</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="27"/>
        <source>assumption: surplus liquor otherwise limits pulp output; no disposal cost counted</source>
        <translation>допущение: избыточный щёлок иначе ограничивает выпуск целлюлозы; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="28"/>
        <source>assumption: about 5 % lost as blowdown and treatment reject</source>
        <translation>допущение: около 5 % теряется с продувкой и отходами очистки</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="28"/>
        <location filename="../catalogue/exchange_rules.csv" line="29"/>
        <location filename="../catalogue/exchange_rules.csv" line="30"/>
        <location filename="../catalogue/exchange_rules.csv" line="31"/>
        <location filename="../catalogue/exchange_rules.csv" line="32"/>
        <location filename="../catalogue/exchange_rules.csv" line="33"/>
        <location filename="../catalogue/exchange_rules.csv" line="130"/>
        <source>assumption: industrial raw or mains water incl. abstraction fee and treatment, about 0.5-2 EUR/m3</source>
        <translation>допущение: техническая вода или вода из водопровода с платой за забор и очисткой, около 0,5–2 евро/м3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="28"/>
        <location filename="../catalogue/exchange_rules.csv" line="29"/>
        <location filename="../catalogue/exchange_rules.csv" line="30"/>
        <location filename="../catalogue/exchange_rules.csv" line="31"/>
        <location filename="../catalogue/exchange_rules.csv" line="32"/>
        <location filename="../catalogue/exchange_rules.csv" line="33"/>
        <location filename="../catalogue/exchange_rules.csv" line="130"/>
        <source>assumption: about 0.5 kWh/m3 for abstraction and treatment x about 0.5 kg CO2/kWh electricity</source>
        <translation>допущение: около 0,5 кВт·ч/м3 на забор и очистку × около 0,5 кг CO2/кВт·ч электроэнергии</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="28"/>
        <location filename="../catalogue/exchange_rules.csv" line="29"/>
        <location filename="../catalogue/exchange_rules.csv" line="30"/>
        <location filename="../catalogue/exchange_rules.csv" line="31"/>
        <location filename="../catalogue/exchange_rules.csv" line="32"/>
        <location filename="../catalogue/exchange_rules.csv" line="130"/>
        <source>assumption: discharged to a recipient at negligible cost</source>
        <translation>допущение: сбрасывается в водный объект с пренебрежимо малыми затратами</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="29"/>
        <source>assumption: 1:1 by volume; the warmth, the main benefit, is not valued here</source>
        <translation>допущение: 1:1 по объёму; тепло, главная выгода, здесь не оценивается</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="30"/>
        <location filename="../catalogue/exchange_rules.csv" line="32"/>
        <location filename="../catalogue/exchange_rules.csv" line="130"/>
        <source>assumption: about 10 % lost as reject in polishing</source>
        <translation>допущение: около 10 % теряется с отходами доочистки</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="31"/>
        <source>assumption: 1:1 by volume</source>
        <translation>допущение: 1:1 по объёму</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="33"/>
        <source>assumption: about 10 % unusable after quality checks</source>
        <translation>допущение: около 10 % непригодно после контроля качества</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="33"/>
        <source>assumption: avoided effluent treatment or sewer charge, about 0.5-2 EUR/m3</source>
        <translation>допущение: предотвращённые затраты на очистку стоков или плата за сброс в канализацию, около 0,5–2 евро/м3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="34"/>
        <source>assumption: 1 t fly ash replaces about 1 t clinker by mass within the clinker range of EN 197-1 (CEM II 65-94 % clinker, via DOMAIN.md)</source>
        <translation>допущение: 1 т золы-уноса заменяет около 1 т клинкера по массе в пределах содержания клинкера по EN 197-1 (CEM II 65–94 % клинкера, см. DOMAIN.md)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="34"/>
        <location filename="../catalogue/exchange_rules.csv" line="44"/>
        <location filename="../catalogue/exchange_rules.csv" line="152"/>
        <source>assumption: production cost of clinker (fuel, raw meal, power), about 40-70 EUR/t; CO2 allowances not included</source>
        <translation>допущение: себестоимость клинкера (топливо, сырьевая мука, электроэнергия), около 40–70 евро/т; квоты на CO2 не учтены</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="34"/>
        <location filename="../catalogue/exchange_rules.csv" line="44"/>
        <location filename="../catalogue/exchange_rules.csv" line="152"/>
        <source>assumption: about 0.52 t process CO2 from calcination plus about 0.3 t fuel CO2 per t clinker in a dry-process kiln</source>
        <translation>допущение: около 0,52 т технологического CO2 от декарбонизации плюс около 0,3 т CO2 от топлива на т клинкера в печи сухого способа</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="34"/>
        <location filename="../catalogue/exchange_rules.csv" line="35"/>
        <location filename="../catalogue/exchange_rules.csv" line="36"/>
        <location filename="../catalogue/exchange_rules.csv" line="37"/>
        <location filename="../catalogue/exchange_rules.csv" line="38"/>
        <source>assumption: landfilling non-hazardous ash, order of magnitude 20-60 EUR/t excluding landfill tax</source>
        <translation>допущение: захоронение неопасной золы, порядка 20–60 евро/т без налога на захоронение</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="35"/>
        <source>assumption: fly ash replaces cement about 1:1 by mass at 15-35 % of the binder, but is less reactive; 0.8 taken</source>
        <translation>допущение: зола-унос заменяет цемент примерно 1:1 по массе при доле 15–35 % вяжущего, но менее активна; принято 0,8</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="35"/>
        <location filename="../catalogue/exchange_rules.csv" line="45"/>
        <location filename="../catalogue/exchange_rules.csv" line="151"/>
        <source>assumption: order-of-magnitude ex-works price of CEM I cement, 90-130 EUR/t</source>
        <translation>допущение: порядок отпускной цены цемента CEM I, 90–130 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="35"/>
        <location filename="../catalogue/exchange_rules.csv" line="45"/>
        <location filename="../catalogue/exchange_rules.csv" line="151"/>
        <source>assumption: CEM I about 95 % clinker x about 0.85 t CO2/t clinker, plus grinding power</source>
        <translation>допущение: CEM I около 95 % клинкера × около 0,85 т CO2/т клинкера плюс электроэнергия на помол</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="36"/>
        <location filename="../catalogue/exchange_rules.csv" line="37"/>
        <location filename="../catalogue/exchange_rules.csv" line="38"/>
        <location filename="../catalogue/exchange_rules.csv" line="43"/>
        <location filename="../catalogue/exchange_rules.csv" line="46"/>
        <location filename="../catalogue/exchange_rules.csv" line="47"/>
        <location filename="../catalogue/exchange_rules.csv" line="50"/>
        <location filename="../catalogue/exchange_rules.csv" line="51"/>
        <location filename="../catalogue/exchange_rules.csv" line="60"/>
        <location filename="../catalogue/exchange_rules.csv" line="61"/>
        <location filename="../catalogue/exchange_rules.csv" line="133"/>
        <location filename="../catalogue/exchange_rules.csv" line="135"/>
        <source>assumption: ex-quarry price of crushed rock or gravel, about 8-15 EUR/t</source>
        <translation>допущение: цена щебня или гравия в карьере, около 8–15 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="36"/>
        <location filename="../catalogue/exchange_rules.csv" line="37"/>
        <location filename="../catalogue/exchange_rules.csv" line="38"/>
        <location filename="../catalogue/exchange_rules.csv" line="43"/>
        <location filename="../catalogue/exchange_rules.csv" line="46"/>
        <location filename="../catalogue/exchange_rules.csv" line="47"/>
        <location filename="../catalogue/exchange_rules.csv" line="50"/>
        <location filename="../catalogue/exchange_rules.csv" line="51"/>
        <location filename="../catalogue/exchange_rules.csv" line="60"/>
        <location filename="../catalogue/exchange_rules.csv" line="61"/>
        <location filename="../catalogue/exchange_rules.csv" line="133"/>
        <location filename="../catalogue/exchange_rules.csv" line="135"/>
        <source>assumption: quarrying and crushing, about 3-8 kg CO2e/t</source>
        <translation>допущение: добыча и дробление, около 3–8 кг CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="37"/>
        <source>assumption: about 90 % usable after screening, metal removal and ageing</source>
        <translation>допущение: около 90 % пригодно после грохочения, извлечения металла и вылёживания</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="38"/>
        <source>assumption: about 80 % usable as block aggregate after processing</source>
        <translation>допущение: около 80 % пригодно как заполнитель после переработки</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="39"/>
        <source>assumption: FGD gypsum (about 95 % CaSO4.2H2O) replaces natural gypsum about 1:1; FGD gypsum makes up more than 40 % of the gypsum in US wallboard (DOMAIN.md)</source>
        <translation>допущение: гипс сероочистки (около 95 % CaSO4·2H2O) заменяет природный гипс примерно 1:1; в гипсокартоне США гипс сероочистки составляет более 40 % гипса (DOMAIN.md)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="39"/>
        <location filename="../catalogue/exchange_rules.csv" line="40"/>
        <location filename="../catalogue/exchange_rules.csv" line="41"/>
        <location filename="../catalogue/exchange_rules.csv" line="42"/>
        <location filename="../catalogue/exchange_rules.csv" line="63"/>
        <location filename="../catalogue/exchange_rules.csv" line="131"/>
        <source>assumption: order-of-magnitude price of quarried gypsum rock, about 10-20 EUR/t</source>
        <translation>допущение: порядок цены природного гипсового камня, около 10–20 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="39"/>
        <location filename="../catalogue/exchange_rules.csv" line="40"/>
        <location filename="../catalogue/exchange_rules.csv" line="41"/>
        <location filename="../catalogue/exchange_rules.csv" line="42"/>
        <location filename="../catalogue/exchange_rules.csv" line="63"/>
        <location filename="../catalogue/exchange_rules.csv" line="131"/>
        <source>assumption: quarrying and crushing of gypsum rock, a few kg CO2e/t</source>
        <translation>допущение: добыча и дробление гипсового камня, несколько кг CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="39"/>
        <location filename="../catalogue/exchange_rules.csv" line="40"/>
        <location filename="../catalogue/exchange_rules.csv" line="41"/>
        <location filename="../catalogue/exchange_rules.csv" line="131"/>
        <source>assumption: landfilling or stockpiling gypsum, order of magnitude 20-40 EUR/t</source>
        <translation>допущение: захоронение или складирование гипса, порядка 20–40 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="41"/>
        <source>assumption: 1:1 by mass as agricultural gypsum</source>
        <translation>допущение: 1:1 по массе в качестве сельскохозяйственного гипса</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="42"/>
        <source>assumption: about 90 % usable after purification</source>
        <translation>допущение: около 90 % пригодно после очистки</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="42"/>
        <location filename="../catalogue/exchange_rules.csv" line="43"/>
        <source>assumption: cost of stacking at the plant, order of magnitude 5-15 EUR/t</source>
        <translation>допущение: затраты на складирование в отвалах на заводе, порядка 5–15 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="43"/>
        <source>assumption: about 80 % usable after conditioning</source>
        <translation>допущение: около 80 % пригодно после подготовки</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="44"/>
        <source>assumption: 1:1 by mass within EN 197-1 (CEM III 5-64 % clinker); Euroslag 2022 statistics via DOMAIN.md: 17.57 Mt (82.5 %) of European blast-furnace slag went to cement and concrete</source>
        <translation>допущение: 1:1 по массе в пределах EN 197-1 (CEM III 5–64 % клинкера); статистика Euroslag 2022 по DOMAIN.md: 17,57 млн т (82,5 %) европейского доменного шлака пошло в цемент и бетон</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="44"/>
        <location filename="../catalogue/exchange_rules.csv" line="45"/>
        <location filename="../catalogue/exchange_rules.csv" line="46"/>
        <source>assumption: granulated slag is usually sold, so no disposal cost is counted</source>
        <translation>допущение: гранулированный шлак обычно продаётся, поэтому затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="45"/>
        <source>assumption: GGBS replaces CEM I about 1:1 by mass at 30-70 % of the binder; slower early strength, 0.9 taken</source>
        <translation>допущение: молотый гранулированный доменный шлак заменяет CEM I примерно 1:1 по массе при доле 30–70 % вяжущего; ранняя прочность набирается медленнее, принято 0,9</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="47"/>
        <source>assumption: 1:1 by mass (steel slag is denser, so less by volume); Euroslag 2022 statistics via DOMAIN.md: 12.07 Mt (70.2 %) of European steel slag went to roads</source>
        <translation>допущение: 1:1 по массе (сталеплавильный шлак плотнее, поэтому по объёму меньше); статистика Euroslag 2022 по DOMAIN.md: 12,07 млн т (70,2 %) европейского сталеплавильного шлака пошло на дороги</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="47"/>
        <location filename="../catalogue/exchange_rules.csv" line="48"/>
        <location filename="../catalogue/exchange_rules.csv" line="49"/>
        <source>assumption: stockpiling or landfilling slag, order of magnitude 10-30 EUR/t</source>
        <translation>допущение: складирование или захоронение шлака, порядка 10–30 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="48"/>
        <source>assumption: neutralising value of converter slag about 40-50 % CaO-equivalent vs about 50-55 % for ground limestone</source>
        <translation>допущение: нейтрализующая способность конвертерного шлака около 40–50 % в пересчёте на CaO против около 50–55 % у молотого известняка</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="48"/>
        <location filename="../catalogue/exchange_rules.csv" line="56"/>
        <location filename="../catalogue/exchange_rules.csv" line="57"/>
        <location filename="../catalogue/exchange_rules.csv" line="59"/>
        <location filename="../catalogue/exchange_rules.csv" line="65"/>
        <location filename="../catalogue/exchange_rules.csv" line="147"/>
        <source>assumption: order-of-magnitude delivered price of agricultural lime, 15-35 EUR/t</source>
        <translation>допущение: порядок цены сельскохозяйственной извести с доставкой, 15–35 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="48"/>
        <location filename="../catalogue/exchange_rules.csv" line="56"/>
        <location filename="../catalogue/exchange_rules.csv" line="57"/>
        <location filename="../catalogue/exchange_rules.csv" line="59"/>
        <location filename="../catalogue/exchange_rules.csv" line="65"/>
        <location filename="../catalogue/exchange_rules.csv" line="147"/>
        <source>assumption: quarrying, grinding and transport about 10 kg CO2e/t; CO2 released in the soil by carbonate liming not counted</source>
        <translation>допущение: добыча, помол и перевозка около 10 кг CO2-экв./т; CO2, выделяющийся в почве при известковании карбонатами, не учитывается</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="49"/>
        <source>assumption: about 40 % CaO in slag vs about 54 % in limestone, so about 0.7 t limestone per t slag</source>
        <translation>допущение: около 40 % CaO в шлаке против около 54 % в известняке, поэтому около 0,7 т известняка на т шлака</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="49"/>
        <location filename="../catalogue/exchange_rules.csv" line="55"/>
        <source>assumption: ex-quarry price of limestone for kiln feed, about 5-10 EUR/t</source>
        <translation>допущение: цена известняка для печной шихты в карьере, около 5–10 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="49"/>
        <source>assumption: stoichiometry of CaCO3 -&gt; CaO: 0.44 t CO2 per t limestone; the lime in slag is already decarbonated, so this calcination CO2 is avoided (quarrying not counted)</source>
        <translation>допущение: стехиометрия CaCO3 -&gt; CaO: 0,44 т CO2 на т известняка; известь в шлаке уже декарбонизирована, поэтому этот CO2 декарбонизации предотвращается (добыча не учитывается)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="50"/>
        <source>assumption: 1:1 by mass; slag went to road construction and railway ballast at the Nikopol ferroalloy complex (DOMAIN.md)</source>
        <translation>допущение: 1:1 по массе; на Никопольском заводе ферросплавов шлак шёл на дорожное строительство и железнодорожный балласт (DOMAIN.md)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="50"/>
        <location filename="../catalogue/exchange_rules.csv" line="51"/>
        <location filename="../catalogue/exchange_rules.csv" line="52"/>
        <location filename="../catalogue/exchange_rules.csv" line="133"/>
        <location filename="../catalogue/exchange_rules.csv" line="134"/>
        <location filename="../catalogue/exchange_rules.csv" line="135"/>
        <source>assumption: dumping on slag heaps, order of magnitude 5-20 EUR/t</source>
        <translation>допущение: вывоз в шлаковые отвалы, порядка 5–20 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="51"/>
        <source>assumption: 1:1 by mass; Nikopol slag also went into concrete (DOMAIN.md)</source>
        <translation>допущение: 1:1 по массе; никопольский шлак шёл и в бетон (DOMAIN.md)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="52"/>
        <source>assumption: high-MnO ferromanganese slag (about 30-40 % MnO) re-smelted to silicomanganese replaces about half its mass of Mn ore; manganese was recovered from slag at Nikopol (DOMAIN.md)</source>
        <translation>допущение: высокомарганцовистый шлак ферромарганца (около 30–40 % MnO), переплавленный в силикомарганец, заменяет марганцевую руду массой около половины своей; в Никополе марганец извлекали из шлака (DOMAIN.md)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="52"/>
        <source>assumption: order-of-magnitude price of about 44 % Mn ore, 150-250 EUR/t</source>
        <translation>допущение: порядок цены марганцевой руды с около 44 % Mn, 150–250 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="52"/>
        <source>assumption: mining, beneficiation and long-distance shipping of manganese ore, about 0.05-0.15 t CO2e/t</source>
        <translation>допущение: добыча, обогащение и дальняя перевозка марганцевой руды, около 0,05–0,15 т CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="53"/>
        <location filename="../catalogue/exchange_rules.csv" line="54"/>
        <source>assumption: ex-pit price of washed or silica sand, about 10-25 EUR/t</source>
        <translation>допущение: цена мытого или кварцевого песка в карьере, около 10–25 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="53"/>
        <location filename="../catalogue/exchange_rules.csv" line="54"/>
        <source>assumption: extraction, washing and drying, about 3-10 kg CO2e/t</source>
        <translation>допущение: добыча, промывка и сушка, около 3–10 кг CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="53"/>
        <location filename="../catalogue/exchange_rules.csv" line="54"/>
        <source>assumption: landfilling non-hazardous waste, order of magnitude 20-40 EUR/t</source>
        <translation>допущение: захоронение неопасных отходов, порядка 20–40 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="55"/>
        <source>assumption: about 30 % moisture; the dry mud is almost pure CaCO3</source>
        <translation>допущение: около 30 % влаги; сухой шлам — почти чистый CaCO3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="55"/>
        <source>assumption: lime mud is itself CaCO3, so its calcination CO2 is not avoided; only quarrying, a few kg CO2e/t</source>
        <translation>допущение: известковый шлам сам является CaCO3, поэтому CO2 его декарбонизации не предотвращается; только добыча, несколько кг CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="55"/>
        <location filename="../catalogue/exchange_rules.csv" line="56"/>
        <source>assumption: landfilling non-hazardous sludge, order of magnitude 20-40 EUR/t</source>
        <translation>допущение: захоронение неопасных осадков, порядка 20–40 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="56"/>
        <source>assumption: about 30 % moisture; dry matter about as effective as ground limestone</source>
        <translation>допущение: около 30 % влаги; сухое вещество примерно так же эффективно, как молотый известняк</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="57"/>
        <source>assumption: carbonatation lime about 50-70 % dry matter, mostly CaCO3</source>
        <translation>допущение: дефекат (сатурационная известь) около 50–70 % сухого вещества, в основном CaCO3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="57"/>
        <source>assumption: stockpiling cost, order of magnitude 0-10 EUR/t</source>
        <translation>допущение: затраты на складирование, порядка 0–10 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="58"/>
        <source>assumption: kiln dust with about 20-40 % free lime replaces about 0.3 t quicklime per t</source>
        <translation>допущение: печная пыль с около 20–40 % свободной извести заменяет около 0,3 т негашёной извести на т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="58"/>
        <source>assumption: order-of-magnitude price of quicklime, 100-160 EUR/t</source>
        <translation>допущение: порядок цены негашёной извести, 100–160 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="58"/>
        <source>assumption: stoichiometric calcination CO2 0.785 t per t CaO plus about 0.3 t fuel CO2</source>
        <translation>допущение: стехиометрический CO2 декарбонизации 0,785 т на т CaO плюс около 0,3 т CO2 от топлива</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="58"/>
        <location filename="../catalogue/exchange_rules.csv" line="59"/>
        <source>assumption: landfilling non-hazardous dust, order of magnitude 20-40 EUR/t</source>
        <translation>допущение: захоронение неопасной пыли, порядка 20–40 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="59"/>
        <source>assumption: neutralising value about 60 % of ground limestone</source>
        <translation>допущение: нейтрализующая способность около 60 % от молотого известняка</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="60"/>
        <source>assumption: about 90 % of sorted mineral C&amp;D waste becomes recycled aggregate after crushing and screening</source>
        <translation>допущение: около 90 % отсортированных минеральных строительных отходов после дробления и грохочения становится вторичным заполнителем</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="60"/>
        <location filename="../catalogue/exchange_rules.csv" line="61"/>
        <source>assumption: inert-waste landfill gate fee, order of magnitude 10-20 EUR/t excluding tax</source>
        <translation>допущение: плата за приём на полигон инертных отходов, порядка 10–20 евро/т без налога</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="61"/>
        <source>assumption: about 80 % usable; the fine fraction is rejected</source>
        <translation>допущение: около 80 % пригодно; мелкая фракция отбраковывается</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="62"/>
        <source>assumption: reclaimed asphalt holds about 4-6 % binder that is reused; the aggregate value is not counted</source>
        <translation>допущение: асфальтовый гранулят содержит около 4–6 % вяжущего, которое используется повторно; ценность заполнителя не учитывается</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="62"/>
        <source>assumption: order-of-magnitude price of paving-grade bitumen, 350-600 EUR/t</source>
        <translation>допущение: порядок цены дорожного битума, 350–600 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="62"/>
        <source>assumption: cradle-to-gate refinery emissions allocated to bitumen, about 0.2-0.5 t CO2e/t</source>
        <translation>допущение: выбросы нефтепереработки, отнесённые на битум, около 0,2–0,5 т CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="62"/>
        <source>assumption: landfill gate fee, order of magnitude 10-30 EUR/t</source>
        <translation>допущение: плата за приём на полигон, порядка 10–30 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="63"/>
        <source>assumption: about 90 % gypsum recovered after paper removal</source>
        <translation>допущение: около 90 % гипса извлекается после удаления картона</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="63"/>
        <source>assumption: gypsum needs separate landfill cells, order of magnitude 40-80 EUR/t</source>
        <translation>допущение: гипсу нужны отдельные карты полигона, порядка 40–80 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="64"/>
        <source>assumption: 1 t cullet replaces about 1.2 t of batch raw materials, which lose CO2 and water on melting</source>
        <translation>допущение: 1 т стеклобоя заменяет около 1,2 т шихтовых материалов, теряющих CO2 и воду при плавлении</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="64"/>
        <source>assumption: order-of-magnitude cost of glass batch (sand, soda ash, limestone), 100-150 EUR/t</source>
        <translation>допущение: порядок стоимости стекольной шихты (песок, кальцинированная сода, известняк), 100–150 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="64"/>
        <source>assumption: CO2 from carbonate decomposition in the batch plus embodied CO2 of soda ash, about 0.2 t per t batch; melting-energy savings not counted</source>
        <translation>допущение: CO2 от разложения карбонатов шихты плюс воплощённый CO2 кальцинированной соды, около 0,2 т на т шихты; экономия энергии на плавление не учитывается</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="64"/>
        <source>assumption: cullet is usually sold, about 20-50 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: стеклобой обычно продаётся, около 20–50 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="65"/>
        <source>assumption: neutralising value of wood ash about 40-60 % of ground limestone</source>
        <translation>допущение: нейтрализующая способность древесной золы около 40–60 % от молотого известняка</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="65"/>
        <source>assumption: landfilling non-hazardous ash, order of magnitude 20-40 EUR/t</source>
        <translation>допущение: захоронение неопасной золы, порядка 20–40 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="66"/>
        <source>assumption: about 30-40 % Fe2O3 vs about 60 % Fe in ore</source>
        <translation>допущение: около 30–40 % Fe2O3 против около 60 % Fe в руде</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="66"/>
        <location filename="../catalogue/exchange_rules.csv" line="73"/>
        <location filename="../catalogue/exchange_rules.csv" line="74"/>
        <location filename="../catalogue/exchange_rules.csv" line="134"/>
        <source>assumption: order-of-magnitude delivered price of 62 % Fe iron-ore fines, about 80-120 EUR/t</source>
        <translation>допущение: порядок цены железорудной мелочи с 62 % Fe с доставкой, около 80–120 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="66"/>
        <location filename="../catalogue/exchange_rules.csv" line="73"/>
        <location filename="../catalogue/exchange_rules.csv" line="74"/>
        <location filename="../catalogue/exchange_rules.csv" line="134"/>
        <source>assumption: mining, beneficiation and shipping of iron ore, about 20-50 kg CO2e/t</source>
        <translation>допущение: добыча, обогащение и перевозка железной руды, около 20–50 кг CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="66"/>
        <source>assumption: cost of storing in residue ponds, order of magnitude 5-15 EUR/t</source>
        <translation>допущение: затраты на хранение в шламонакопителях, порядка 5–15 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="67"/>
        <source>assumption: 1:1 by mass at up to about 10 % of the mix</source>
        <translation>допущение: 1:1 по массе при доле до около 10 % смеси</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="67"/>
        <source>assumption: ex-pit price of brick clay, about 5-10 EUR/t</source>
        <translation>допущение: цена кирпичной глины в карьере, около 5–10 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="67"/>
        <source>assumption: extraction and preparation, a few kg CO2e/t</source>
        <translation>допущение: добыча и подготовка, несколько кг CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="67"/>
        <location filename="../catalogue/exchange_rules.csv" line="68"/>
        <location filename="../catalogue/exchange_rules.csv" line="148"/>
        <source>assumption: landfill or incineration gate fee, order of magnitude 30-60 EUR/t</source>
        <translation>допущение: плата за захоронение или сжигание, порядка 30–60 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="68"/>
        <source>assumption: de-inking sludge at about 50 % moisture and 50 % ash has about 2-3 GJ/t vs coal about 25 GJ/t</source>
        <translation>допущение: осадок облагораживания макулатуры при около 50 % влаги и 50 % золы даёт около 2–3 ГДж/т против около 25 ГДж/т у угля</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="68"/>
        <location filename="../catalogue/exchange_rules.csv" line="102"/>
        <location filename="../catalogue/exchange_rules.csv" line="115"/>
        <location filename="../catalogue/exchange_rules.csv" line="118"/>
        <location filename="../catalogue/exchange_rules.csv" line="121"/>
        <location filename="../catalogue/exchange_rules.csv" line="122"/>
        <location filename="../catalogue/exchange_rules.csv" line="126"/>
        <source>assumption: about 25 GJ/t x about 0.095 t CO2/GJ combustion factor of coal</source>
        <translation>допущение: около 25 ГДж/т × около 0,095 т CO2/ГДж — коэффициент сжигания угля</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="69"/>
        <source>assumption: about 90 % metallic yield of scrap vs hot metal</source>
        <translation>допущение: выход металла из лома около 90 % по сравнению с жидким чугуном</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="69"/>
        <location filename="../catalogue/exchange_rules.csv" line="70"/>
        <location filename="../catalogue/exchange_rules.csv" line="76"/>
        <source>assumption: order-of-magnitude price of merchant pig iron, 350-450 EUR/t</source>
        <translation>допущение: порядок цены товарного чугуна, 350–450 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="69"/>
        <location filename="../catalogue/exchange_rules.csv" line="70"/>
        <location filename="../catalogue/exchange_rules.csv" line="76"/>
        <source>assumption: blast-furnace hot metal about 1.5-1.8 t CO2/t including coke and sinter making</source>
        <translation>допущение: доменный жидкий чугун около 1,5–1,8 т CO2/т с учётом коксования и агломерации</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="69"/>
        <location filename="../catalogue/exchange_rules.csv" line="70"/>
        <source>assumption: scrap is sold, about 200-350 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: лом продаётся, около 200–350 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="70"/>
        <source>assumption: about 90 % metallic yield of scrap vs pig iron</source>
        <translation>допущение: выход металла из лома около 90 % по сравнению с чушковым чугуном</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="71"/>
        <source>assumption: about 90 % metal yield after melt losses</source>
        <translation>допущение: выход металла около 90 % после потерь при плавке</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="71"/>
        <location filename="../catalogue/exchange_rules.csv" line="77"/>
        <source>assumption: order-of-magnitude market price of primary aluminium, 2000-2600 EUR/t</source>
        <translation>допущение: порядок рыночной цены первичного алюминия, 2000–2600 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="71"/>
        <location filename="../catalogue/exchange_rules.csv" line="77"/>
        <source>assumption: primary aluminium about 4-16 t CO2e/t depending on the power mix; mid value taken</source>
        <translation>допущение: первичный алюминий около 4–16 т CO2-экв./т в зависимости от структуры генерации; принято среднее значение</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="71"/>
        <source>assumption: aluminium scrap is sold, about 1200-1800 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: лом алюминия продаётся, около 1200–1800 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="72"/>
        <source>assumption: about 90 % metal yield</source>
        <translation>допущение: выход металла около 90 %</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="72"/>
        <source>assumption: order-of-magnitude price of copper cathode, 7000-9500 EUR/t</source>
        <translation>допущение: порядок цены медных катодов, 7000–9500 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="72"/>
        <source>assumption: mining, concentration and smelting of primary copper, about 3-5 t CO2e/t</source>
        <translation>допущение: добыча, обогащение и выплавка первичной меди, около 3–5 т CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="72"/>
        <source>assumption: copper scrap is sold, about 5000-7500 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: лом меди продаётся, около 5000–7500 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="73"/>
        <source>assumption: about 70 % Fe in scale vs about 62 % Fe in ore fines</source>
        <translation>допущение: около 70 % Fe в окалине против около 62 % Fe в железорудной мелочи</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="73"/>
        <location filename="../catalogue/exchange_rules.csv" line="74"/>
        <source>assumption: mill scale is usually sold at a low price, about 20-40 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: прокатная окалина обычно продаётся по низкой цене, около 20–40 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="74"/>
        <source>assumption: 1:1 by mass as iron oxide source</source>
        <translation>допущение: 1:1 по массе как источник оксида железа</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="75"/>
        <source>assumption: EAF dust with about 20-30 % Zn vs about 50 % Zn in concentrate</source>
        <translation>допущение: пыль ДСП с около 20–30 % Zn против около 50 % Zn в концентрате</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="75"/>
        <location filename="../catalogue/exchange_rules.csv" line="156"/>
        <source>assumption: order-of-magnitude value of about 50 % Zn concentrate net of treatment charges</source>
        <translation>допущение: порядок стоимости концентрата с около 50 % Zn за вычетом платы за переработку</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="75"/>
        <location filename="../catalogue/exchange_rules.csv" line="156"/>
        <source>assumption: mining and concentration of zinc ore, about 0.3-0.7 t CO2e/t concentrate</source>
        <translation>допущение: добыча и обогащение цинковой руды, около 0,3–0,7 т CO2-экв./т концентрата</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="75"/>
        <source>assumption: hazardous-waste landfill, order of magnitude 100-200 EUR/t</source>
        <translation>допущение: захоронение опасных отходов, порядка 100–200 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="76"/>
        <source>assumption: about 80 % metal in the recovered fraction; metals were recovered from slag at Nikopol (DOMAIN.md)</source>
        <translation>допущение: около 80 % металла в извлечённой фракции; в Никополе металлы извлекали из шлака (DOMAIN.md)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="76"/>
        <source>assumption: recovered metallics are sold as low-grade scrap, about 100-200 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: извлечённый металл продаётся как низкосортный лом, около 100–200 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="77"/>
        <source>assumption: dross holds about 20-70 % metal; 30 % recovered taken</source>
        <translation>допущение: дросс содержит около 20–70 % металла; принято извлечение 30 %</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="77"/>
        <source>assumption: dross treatment or landfill fee net of metal value, order of magnitude</source>
        <translation>допущение: плата за переработку или захоронение дросса за вычетом стоимости металла, порядок величины</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="78"/>
        <source>assumption: about 10 % recoverable metal content</source>
        <translation>допущение: около 10 % извлекаемого металла</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="78"/>
        <source>assumption: order-of-magnitude blended value of Ni, Mo, Co and V metal, 10000-25000 EUR/t</source>
        <translation>допущение: порядок средней стоимости металлов Ni, Mo, Co и V, 10 000–25 000 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="78"/>
        <source>assumption: primary production of Ni/Mo/Co/V metal, order of magnitude 5-20 t CO2e/t</source>
        <translation>допущение: первичное производство металлов Ni/Mo/Co/V, порядка 5–20 т CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="78"/>
        <source>assumption: metal value roughly offsets treatment cost; no disposal cost counted</source>
        <translation>допущение: стоимость металла примерно покрывает затраты на переработку; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="79"/>
        <source>assumption: about 60 % lead by mass in a battery</source>
        <translation>допущение: около 60 % свинца по массе в аккумуляторе</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="79"/>
        <source>assumption: order-of-magnitude price of refined lead, 1800-2200 EUR/t</source>
        <translation>допущение: порядок цены рафинированного свинца, 1800–2200 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="79"/>
        <source>assumption: mining, concentration and smelting of primary lead, about 1.5-2.5 t CO2e/t</source>
        <translation>допущение: добыча, обогащение и выплавка первичного свинца, около 1,5–2,5 т CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="79"/>
        <source>assumption: used batteries are sold to smelters, about 200-500 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: отработанные аккумуляторы продаются плавильным заводам, около 200–500 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="80"/>
        <location filename="../catalogue/exchange_rules.csv" line="81"/>
        <location filename="../catalogue/exchange_rules.csv" line="82"/>
        <location filename="../catalogue/exchange_rules.csv" line="83"/>
        <source>assumption: order-of-magnitude market price of elemental sulphur, volatile 50-200 EUR/t</source>
        <translation>допущение: порядок рыночной цены элементарной серы, неустойчива, 50–200 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="80"/>
        <location filename="../catalogue/exchange_rules.csv" line="81"/>
        <location filename="../catalogue/exchange_rules.csv" line="82"/>
        <location filename="../catalogue/exchange_rules.csv" line="83"/>
        <source>assumption: handling and long-distance transport of purchased sulphur, which is itself mostly a refinery or gas-plant by-product</source>
        <translation>допущение: перевалка и дальняя перевозка покупной серы, которая сама в основном побочный продукт НПЗ или газоперерабатывающих заводов</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="80"/>
        <location filename="../catalogue/exchange_rules.csv" line="81"/>
        <source>assumption: refinery sulphur is usually sold at about 30-100 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: сера НПЗ обычно продаётся по около 30–100 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="82"/>
        <source>assumption: stoichiometry: sulphur is 94 % of the mass of H2S, times about 97 % recovery</source>
        <translation>допущение: стехиометрия: сера составляет 94 % массы H2S, умноженные на около 97 % извлечения</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="82"/>
        <source>assumption: otherwise converted in the supplier&apos;s own sulphur unit; no disposal cost counted</source>
        <translation>допущение: иначе перерабатывается на собственной установке получения серы поставщика; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="83"/>
        <source>assumption: stoichiometry: sulphur is 50 % of the mass of SO2, times about 96 % conversion</source>
        <translation>допущение: стехиометрия: сера составляет 50 % массы SO2, умноженные на около 96 % конверсии</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="83"/>
        <source>assumption: scrubbing cost otherwise borne by the smelter not counted</source>
        <translation>допущение: затраты на очистку газов, которые иначе несёт металлургический завод, не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="84"/>
        <source>assumption: about 90 % recovered as fresh acid</source>
        <translation>допущение: около 90 % извлекается в виде свежей кислоты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="84"/>
        <location filename="../catalogue/exchange_rules.csv" line="85"/>
        <source>assumption: order-of-magnitude price of technical sulphuric acid, 50-150 EUR/t</source>
        <translation>допущение: порядок цены технической серной кислоты, 50–150 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="84"/>
        <location filename="../catalogue/exchange_rules.csv" line="85"/>
        <source>assumption: sulphur-burning acid plants export steam, so virgin acid has a small net footprint, about 0.05 t CO2e/t incl. sulphur logistics</source>
        <translation>допущение: сернокислотные заводы на сере отдают пар, поэтому у первичной кислоты небольшой чистый углеродный след, около 0,05 т CO2-экв./т с учётом логистики серы</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="84"/>
        <location filename="../catalogue/exchange_rules.csv" line="85"/>
        <source>assumption: neutralisation and disposal of spent acid, order of magnitude 50-150 EUR/t</source>
        <translation>допущение: нейтрализация и размещение отработанной кислоты, порядка 50–150 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="85"/>
        <source>assumption: diluted or contaminated acid, about 80 % acid-equivalent</source>
        <translation>допущение: разбавленная или загрязнённая кислота, около 80 % в пересчёте на кислоту</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="86"/>
        <source>assumption: about 0.5 t of 40 % coagulant solution per t of liquor</source>
        <translation>допущение: около 0,5 т 40-процентного раствора коагулянта на т травильного раствора</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="86"/>
        <location filename="../catalogue/exchange_rules.csv" line="87"/>
        <source>assumption: order-of-magnitude price of 40 % ferric chloride solution, 200-300 EUR/t</source>
        <translation>допущение: порядок цены 40-процентного раствора хлорида железа(III), 200–300 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="86"/>
        <location filename="../catalogue/exchange_rules.csv" line="87"/>
        <source>assumption: production of iron-salt coagulants, about 0.2-0.4 t CO2e/t solution</source>
        <translation>допущение: производство железосодержащих коагулянтов, около 0,2–0,4 т CO2-экв./т раствора</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="86"/>
        <location filename="../catalogue/exchange_rules.csv" line="87"/>
        <source>assumption: neutralisation and sludge disposal, order of magnitude 70-150 EUR/t</source>
        <translation>допущение: нейтрализация и размещение осадка, порядка 70–150 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="87"/>
        <source>assumption: iron content of the liquor equals about 0.4 t of 40 % ferric chloride per t</source>
        <translation>допущение: содержание железа в растворе соответствует около 0,4 т 40-процентного хлорида железа(III) на т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="88"/>
        <location filename="../catalogue/exchange_rules.csv" line="89"/>
        <source>assumption: about 5 % residual NaOH-equivalent in spent caustic</source>
        <translation>допущение: около 5 % остаточной щёлочи в пересчёте на NaOH в отработанном щелоке</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="88"/>
        <location filename="../catalogue/exchange_rules.csv" line="89"/>
        <source>assumption: order-of-magnitude price of caustic soda, 300-600 EUR/t as 100 % NaOH</source>
        <translation>допущение: порядок цены каустической соды, 300–600 евро/т в пересчёте на 100 % NaOH</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="88"/>
        <location filename="../catalogue/exchange_rules.csv" line="89"/>
        <source>assumption: chlor-alkali electrolysis about 2.5-3 MWh of power per t NaOH with the chlorine co-product; about 1 t CO2e/t NaOH after allocation</source>
        <translation>допущение: хлор-щелочной электролиз около 2,5–3 МВт·ч электроэнергии на т NaOH с попутным хлором; около 1 т CO2-экв./т NaOH после распределения</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="88"/>
        <location filename="../catalogue/exchange_rules.csv" line="89"/>
        <source>assumption: wet-air oxidation or hazardous-waste treatment, order of magnitude 50-200 EUR/t</source>
        <translation>допущение: жидкофазное окисление или обезвреживание опасных отходов, порядка 50–200 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="90"/>
        <source>assumption: about 70 % recovered by distillation</source>
        <translation>допущение: около 70 % извлекается перегонкой</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="90"/>
        <source>assumption: order-of-magnitude bulk price of common industrial solvents (acetone, alcohols, aromatics), 700-1500 EUR/t</source>
        <translation>допущение: порядок оптовой цены распространённых промышленных растворителей (ацетон, спирты, ароматические), 700–1500 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="90"/>
        <source>assumption: cradle-to-gate footprint of petrochemical solvents, about 1.5-3 t CO2e/t</source>
        <translation>допущение: углеродный след нефтехимических растворителей до выхода с завода, около 1,5–3 т CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="90"/>
        <location filename="../catalogue/exchange_rules.csv" line="91"/>
        <source>assumption: hazardous-waste incineration fee net of fuel value, order of magnitude 100-300 EUR/t</source>
        <translation>допущение: плата за сжигание опасных отходов за вычетом топливной ценности, порядка 100–300 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="91"/>
        <source>assumption: non-halogenated solvent mixtures about 25 GJ/t, like coal</source>
        <translation>допущение: смеси негалогенированных растворителей около 25 ГДж/т, как уголь</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="91"/>
        <source>assumption: gross: coal combustion avoided; the fossil CO2 of the solvent itself is not netted off and would largely be emitted in the incineration baseline</source>
        <translation>допущение: брутто: предотвращается сжигание угля; ископаемый CO2 самого растворителя не вычитается и в базовом варианте в основном выделился бы при сжигании</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="92"/>
        <source>stoichiometry: (NH4)2SO4 holds 21.2 % N; unit of the virgin input is t N</source>
        <translation>стехиометрия: (NH4)2SO4 содержит 21,2 % N; единица первичного сырья — т N</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="92"/>
        <location filename="../catalogue/exchange_rules.csv" line="94"/>
        <location filename="../catalogue/exchange_rules.csv" line="99"/>
        <location filename="../catalogue/exchange_rules.csv" line="101"/>
        <location filename="../catalogue/exchange_rules.csv" line="103"/>
        <location filename="../catalogue/exchange_rules.csv" line="105"/>
        <location filename="../catalogue/exchange_rules.csv" line="129"/>
        <location filename="../catalogue/exchange_rules.csv" line="146"/>
        <source>assumption: per t of N: urea about 450 EUR/t / 0.46 t N/t = about 1000 EUR/t N; order of magnitude</source>
        <translation>допущение: на т N: карбамид около 450 евро/т / 0,46 т N/т = около 1000 евро/т N; порядок величины</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="92"/>
        <location filename="../catalogue/exchange_rules.csv" line="94"/>
        <location filename="../catalogue/exchange_rules.csv" line="99"/>
        <location filename="../catalogue/exchange_rules.csv" line="101"/>
        <location filename="../catalogue/exchange_rules.csv" line="103"/>
        <location filename="../catalogue/exchange_rules.csv" line="105"/>
        <location filename="../catalogue/exchange_rules.csv" line="129"/>
        <location filename="../catalogue/exchange_rules.csv" line="146"/>
        <source>assumption: per t of N: ammonia, urea and nitrate production about 3-5 t CO2e/t N in European plants; field emissions not counted</source>
        <translation>допущение: на т N: производство аммиака, карбамида и нитратов около 3–5 т CO2-экв./т N на европейских заводах; полевые выбросы не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="92"/>
        <source>assumption: ammonium sulphate is sold as fertiliser at about 100-200 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: сульфат аммония продаётся как удобрение по около 100–200 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="93"/>
        <source>assumption: 1:1 by mass as feedstock</source>
        <translation>допущение: 1:1 по массе как сырьё</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="93"/>
        <source>assumption: order-of-magnitude crude oil price, about 70-80 USD/bbl = about 450-550 EUR/t</source>
        <translation>допущение: порядок цены сырой нефти, около 70–80 долл. США/барр. = около 450–550 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="93"/>
        <source>assumption: cradle-to-gate extraction, transport and refining of fossil feedstock, about 0.3-0.7 t CO2e/t; combustion of products made from it not counted</source>
        <translation>допущение: добыча, перевозка и переработка ископаемого сырья до выхода с завода, около 0,3–0,7 т CO2-экв./т; сжигание получаемых из него продуктов не учитывается</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="93"/>
        <source>assumption: crude tall oil is sold at about 300-600 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: сырое талловое масло продаётся по около 300–600 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="94"/>
        <source>assumption: about 3-5 kg plant-available N per t of liquid biomass (like liquid manure); unit of the virgin input is t N; P and K not counted</source>
        <translation>допущение: около 3–5 кг доступного растениям N на т жидкой биомассы (как жидкий навоз); единица первичного сырья — т N; P и K не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="94"/>
        <location filename="../catalogue/exchange_rules.csv" line="95"/>
        <source>assumption: avoided treatment or transport to disposal of wet biomass, order of magnitude 5-20 EUR/t</source>
        <translation>допущение: предотвращённая обработка или вывоз влажной биомассы на размещение, порядка 5–20 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="95"/>
        <source>assumption: about 20 Nm3 methane per t of wet biomass (about 8 % dry solids) x about 10 kWh/Nm3</source>
        <translation>допущение: около 20 нм3 метана на т влажной биомассы (около 8 % сухого вещества) × около 10 кВт·ч/нм3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="96"/>
        <location filename="../catalogue/exchange_rules.csv" line="97"/>
        <source>assumption: yeast slurry about 12-15 % dry matter with about 45 % protein vs soybean meal about 88 % dry matter and 46 % protein</source>
        <translation>допущение: дрожжевая суспензия около 12–15 % сухого вещества с около 45 % белка против соевого шрота около 88 % сухого вещества и 46 % белка</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="96"/>
        <location filename="../catalogue/exchange_rules.csv" line="97"/>
        <location filename="../catalogue/exchange_rules.csv" line="117"/>
        <source>assumption: order-of-magnitude price of soybean meal, 350-550 EUR/t</source>
        <translation>допущение: порядок цены соевого шрота, 350–550 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="96"/>
        <location filename="../catalogue/exchange_rules.csv" line="97"/>
        <location filename="../catalogue/exchange_rules.csv" line="117"/>
        <source>assumption: soybean meal cradle-to-farm-gate about 0.4-1 t CO2e/t, excluding land-use change</source>
        <translation>допущение: соевый шрот до ворот фермы около 0,4–1 т CO2-экв./т без учёта изменения землепользования</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="96"/>
        <location filename="../catalogue/exchange_rules.csv" line="97"/>
        <source>assumption: usually given away to farmers; no disposal cost counted</source>
        <translation>допущение: обычно бесплатно отдаётся фермерам; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="98"/>
        <source>assumption: about 20 Nm3 methane per t of wet sludge (about 8 % dry solids) x about 10 kWh/Nm3</source>
        <translation>допущение: около 20 нм3 метана на т влажного осадка (около 8 % сухого вещества) × около 10 кВт·ч/нм3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="98"/>
        <location filename="../catalogue/exchange_rules.csv" line="99"/>
        <source>assumption: gate fee for treatment or incineration of wet sludge, order of magnitude 20-50 EUR/t</source>
        <translation>допущение: плата за обработку или сжигание влажного осадка, порядка 20–50 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="99"/>
        <source>assumption: about 3 kg plant-available N per t; unit of the virgin input is t N; P and organic matter not counted</source>
        <translation>допущение: около 3 кг доступного растениям N на т; единица первичного сырья — т N; P и органическое вещество не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="100"/>
        <source>assumption: about 30 Nm3 methane per t of dewatered, undigested sludge x about 10 kWh/Nm3</source>
        <translation>допущение: около 30 нм3 метана на т обезвоженного, не сброженного осадка × около 10 кВт·ч/нм3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="100"/>
        <location filename="../catalogue/exchange_rules.csv" line="101"/>
        <location filename="../catalogue/exchange_rules.csv" line="102"/>
        <location filename="../catalogue/exchange_rules.csv" line="129"/>
        <source>assumption: incineration or landfill of dewatered sludge, order of magnitude 40-80 EUR/t</source>
        <translation>допущение: сжигание или захоронение обезвоженного осадка, порядка 40–80 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="101"/>
        <location filename="../catalogue/exchange_rules.csv" line="129"/>
        <source>assumption: about 3 kg plant-available N per t of dewatered sludge; unit of the virgin input is t N; phosphorus not counted</source>
        <translation>допущение: около 3 кг доступного растениям N на т обезвоженного осадка; единица первичного сырья — т N; фосфор не учитывается</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="102"/>
        <source>assumption: net heating value of dewatered sludge after drying with waste heat about 1-1.5 GJ per t of dewatered sludge vs coal about 25 GJ/t</source>
        <translation>допущение: низшая теплота сгорания обезвоженного осадка после сушки сбросным теплом около 1–1,5 ГДж на т обезвоженного осадка против около 25 ГДж/т у угля</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="103"/>
        <source>assumption: about 3 kg plant-available N per t; unit of the virgin input is t N; P and K not counted</source>
        <translation>допущение: около 3 кг доступного растениям N на т; единица первичного сырья — т N; P и K не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="103"/>
        <source>assumption: storage and spreading cost otherwise borne by the biogas plant, order of magnitude 0-10 EUR/t</source>
        <translation>допущение: затраты на хранение и внесение, которые иначе несёт биогазовая установка, порядка 0–10 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="104"/>
        <source>assumption: about 15 Nm3 methane per t of slurry x about 10 kWh/Nm3</source>
        <translation>допущение: около 15 нм3 метана на т жидкого навоза × около 10 кВт·ч/нм3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="104"/>
        <location filename="../catalogue/exchange_rules.csv" line="105"/>
        <source>assumption: spread on the farm&apos;s own land anyway; no disposal cost counted</source>
        <translation>допущение: всё равно вносится на собственные поля хозяйства; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="105"/>
        <source>assumption: about 3 kg plant-available N per t of slurry; unit of the virgin input is t N; P and K not counted</source>
        <translation>допущение: около 3 кг доступного растениям N на т жидкого навоза; единица первичного сырья — т N; P и K не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="106"/>
        <source>assumption: about 22 % dry matter vs about 88 % in feed grain</source>
        <translation>допущение: около 22 % сухого вещества против около 88 % в фуражном зерне</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="106"/>
        <location filename="../catalogue/exchange_rules.csv" line="108"/>
        <location filename="../catalogue/exchange_rules.csv" line="111"/>
        <location filename="../catalogue/exchange_rules.csv" line="112"/>
        <location filename="../catalogue/exchange_rules.csv" line="113"/>
        <source>assumption: order-of-magnitude price of feed grain or compound feed (about 88 % dry matter), 200-350 EUR/t</source>
        <translation>допущение: порядок цены фуражного зерна или комбикорма (около 88 % сухого вещества), 200–350 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="106"/>
        <location filename="../catalogue/exchange_rules.csv" line="108"/>
        <location filename="../catalogue/exchange_rules.csv" line="111"/>
        <location filename="../catalogue/exchange_rules.csv" line="112"/>
        <location filename="../catalogue/exchange_rules.csv" line="113"/>
        <source>assumption: cultivation, processing and transport of feed grain or compound feed, about 0.4-0.6 t CO2e/t</source>
        <translation>допущение: выращивание, переработка и перевозка фуражного зерна или комбикорма, около 0,4–0,6 т CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="106"/>
        <location filename="../catalogue/exchange_rules.csv" line="107"/>
        <source>assumption: usually given away or sold cheaply to farmers; no disposal cost counted</source>
        <translation>допущение: обычно отдаётся или дёшево продаётся фермерам; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="107"/>
        <source>assumption: about 50 Nm3 methane per t fresh matter x about 10 kWh/Nm3</source>
        <translation>допущение: около 50 нм3 метана на т сырой массы × около 10 кВт·ч/нм3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="108"/>
        <source>assumption: about 6 % dry matter vs about 88 % in feed grain</source>
        <translation>допущение: около 6 % сухого вещества против около 88 % в фуражном зерне</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="108"/>
        <location filename="../catalogue/exchange_rules.csv" line="109"/>
        <source>assumption: avoided effluent treatment of whey, order of magnitude 5-20 EUR/t</source>
        <translation>допущение: предотвращённая очистка сыворотки как стока, порядка 5–20 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="109"/>
        <source>assumption: about 25 Nm3 methane per t x about 10 kWh/Nm3</source>
        <translation>допущение: около 25 нм3 метана на т × около 10 кВт·ч/нм3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="110"/>
        <source>assumption: about 80 Nm3 methane per t of food waste x about 10 kWh/Nm3</source>
        <translation>допущение: около 80 нм3 метана на т пищевых отходов × около 10 кВт·ч/нм3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="110"/>
        <location filename="../catalogue/exchange_rules.csv" line="111"/>
        <source>assumption: composting or incineration gate fee, order of magnitude 30-80 EUR/t</source>
        <translation>допущение: плата за компостирование или сжигание, порядка 30–80 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="111"/>
        <source>assumption: about 25-30 % dry matter on average vs about 88 % in feed grain</source>
        <translation>допущение: в среднем около 25–30 % сухого вещества против около 88 % в фуражном зерне</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="112"/>
        <source>assumption: pressed pulp about 22-25 % dry matter vs about 88 % in feed grain</source>
        <translation>допущение: отжатый жом около 22–25 % сухого вещества против около 88 % в фуражном зерне</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="112"/>
        <source>assumption: pressed pulp is sold to farmers at about 10-30 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: отжатый жом продаётся фермерам по около 10–30 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="113"/>
        <source>assumption: wet distillers&apos; grains about 30 % dry matter vs about 88 % in feed grain</source>
        <translation>допущение: влажная барда около 30 % сухого вещества против около 88 % в фуражном зерне</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="113"/>
        <source>assumption: usually sold or given to farmers; no disposal cost counted</source>
        <translation>допущение: обычно продаётся или отдаётся фермерам; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="114"/>
        <source>assumption: fat-rich material about 90 Nm3 methane per t x about 10 kWh/Nm3</source>
        <translation>допущение: жиросодержащее сырьё около 90 нм3 метана на т × около 10 кВт·ч/нм3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="114"/>
        <source>assumption: rendering gate fee, order of magnitude 30-80 EUR/t</source>
        <translation>допущение: плата за утилизацию на заводе ветсанутильсырья, порядка 30–80 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="115"/>
        <source>assumption: meat and bone meal about 17 GJ/t vs coal about 25 GJ/t</source>
        <translation>допущение: мясокостная мука около 17 ГДж/т против около 25 ГДж/т у угля</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="115"/>
        <source>assumption: incineration fee for category 1 meal, order of magnitude 30-80 EUR/t</source>
        <translation>допущение: плата за сжигание муки категории 1, порядка 30–80 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="116"/>
        <source>assumption: about 90 % usable after cleaning</source>
        <translation>допущение: около 90 % пригодно после очистки</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="116"/>
        <source>assumption: order-of-magnitude price of crude rapeseed or palm oil, 800-1100 EUR/t</source>
        <translation>допущение: порядок цены сырого рапсового или пальмового масла, 800–1100 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="116"/>
        <source>assumption: cultivation and crushing of oilseeds, about 1-1.5 t CO2e/t oil, excluding land-use change</source>
        <translation>допущение: выращивание и переработка масличных, около 1–1,5 т CO2-экв./т масла без учёта изменения землепользования</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="116"/>
        <source>assumption: used cooking oil is sold at about 500-900 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: отработанное фритюрное масло продаётся по около 500–900 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="117"/>
        <source>assumption: about 20 % fishmeal yield at about 65 % protein vs soybean meal at about 46 % protein</source>
        <translation>допущение: выход рыбной муки около 20 % при около 65 % белка против соевого шрота с около 46 % белка</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="117"/>
        <source>assumption: usually sold to fishmeal plants at a low price; no disposal cost counted</source>
        <translation>допущение: обычно дёшево продаётся заводам рыбной муки; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="118"/>
        <source>assumption: mixed sawdust and offcuts about 11 GJ/t vs coal about 25 GJ/t</source>
        <translation>допущение: смесь опилок и обрезков около 11 ГДж/т против около 25 ГДж/т у угля</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="118"/>
        <location filename="../catalogue/exchange_rules.csv" line="119"/>
        <location filename="../catalogue/exchange_rules.csv" line="120"/>
        <source>assumption: sawmill residues are sold at about 10-30 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: отходы лесопиления продаются по около 10–30 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="119"/>
        <location filename="../catalogue/exchange_rules.csv" line="120"/>
        <source>assumption: order-of-magnitude price of pulpwood or chips, 35-60 EUR/t</source>
        <translation>допущение: порядок цены балансовой древесины или щепы, 35–60 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="119"/>
        <location filename="../catalogue/exchange_rules.csv" line="120"/>
        <source>assumption: harvesting, chipping and transport about 10-30 kg CO2e/t; biogenic carbon not counted</source>
        <translation>допущение: заготовка, измельчение в щепу и перевозка около 10–30 кг CO2-экв./т; биогенный углерод не учитывается</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="121"/>
        <source>assumption: wet bark about 7-8 GJ/t vs coal about 25 GJ/t</source>
        <translation>допущение: влажная кора около 7–8 ГДж/т против около 25 ГДж/т у угля</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="121"/>
        <source>assumption: bark is sold as fuel at about 5-15 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: кора продаётся как топливо по около 5–15 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="122"/>
        <source>assumption: straw about 14.5 GJ/t vs coal about 25 GJ/t</source>
        <translation>допущение: солома около 14,5 ГДж/т против около 25 ГДж/т у угля</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="122"/>
        <source>assumption: straw is sold at about 30-80 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: солома продаётся по около 30–80 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="124"/>
        <source>assumption: about 1 t of plastics replaces about 1 t of coal or coke as reductant (plastics about 35-40 GJ/t)</source>
        <translation>допущение: около 1 т пластиков заменяет около 1 т угля или кокса как восстановителя (пластики около 35–40 ГДж/т)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="124"/>
        <location filename="../catalogue/exchange_rules.csv" line="125"/>
        <source>assumption: about 25 GJ/t x about 0.095 t CO2/GJ combustion factor of coal; the fossil carbon of the plastics themselves is not subtracted (gross figure)</source>
        <translation>допущение: около 25 ГДж/т × около 0,095 т CO2/ГДж — коэффициент сжигания угля; ископаемый углерод самих пластиков не вычитается (брутто)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="124"/>
        <location filename="../catalogue/exchange_rules.csv" line="125"/>
        <source>assumption: incineration gate fee of mixed plastics, order of magnitude 80-120 EUR/t</source>
        <translation>допущение: плата за сжигание смешанных пластиков, порядка 80–120 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="125"/>
        <source>assumption: plastics about 30-35 GJ/t vs coal about 25 GJ/t</source>
        <translation>допущение: пластики около 30–35 ГДж/т против около 25 ГДж/т у угля</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="126"/>
        <source>assumption: wet bagasse (about 50 % moisture) about 7-8 GJ/t vs coal about 25 GJ/t</source>
        <translation>допущение: влажная багасса (около 50 % влаги) около 7–8 ГДж/т против около 25 ГДж/т у угля</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="126"/>
        <source>assumption: surplus bagasse is otherwise burned on site without use; no disposal cost counted</source>
        <translation>допущение: избыточная багасса иначе сжигается на площадке без пользы; затраты на размещение не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="127"/>
        <source>assumption: molasses holds about 45-50 % fermentable sugar</source>
        <translation>допущение: меласса содержит около 45–50 % сбраживаемых сахаров</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="127"/>
        <source>assumption: order-of-magnitude price of refined sugar or glucose syrup, 350-500 EUR/t</source>
        <translation>допущение: порядок цены рафинированного сахара или глюкозного сиропа, 350–500 евро/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="127"/>
        <source>assumption: growing and refining sugar, order of magnitude 0.3-0.7 t CO2e/t</source>
        <translation>допущение: выращивание и рафинирование сахара, порядка 0,3–0,7 т CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="127"/>
        <source>assumption: molasses sells as feed at about 100 EUR/t; the lost sale is shown as a negative cost</source>
        <translation>допущение: меласса продаётся на корм по около 100 евро/т; упущенная продажа показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="128"/>
        <source>assumption: low-grade heat replaces boiler heat 1:1 where its temperature exceeds the digester&apos;s (about 35-40 C)</source>
        <translation>допущение: низкопотенциальное тепло заменяет тепло котельной 1:1, если его температура выше температуры метантенка (около 35–40 °C)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="131"/>
        <source>assumption: neutralisation gypsum (mostly CaSO4.2H2O) replaces natural gypsum about 1:1 after drying where its impurities allow</source>
        <translation>допущение: гипс нейтрализации (в основном CaSO4·2H2O) после сушки заменяет природный гипс примерно 1:1, если позволяют примеси</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="132"/>
        <source>assumption: high-strength food-processing water carries about 10-30 kg COD/m3; about 0.35 Nm3 methane per kg COD removed x about 10 kWh/Nm3 gives about 0.05 MWh/m3</source>
        <translation>допущение: высококонцентрированные стоки пищевых производств несут около 10–30 кг ХПК/м3; около 0,35 нм3 метана на кг удалённого ХПК × около 10 кВт·ч/нм3 дают около 0,05 МВт·ч/м3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="132"/>
        <source>assumption: surcharge of a municipal plant or own treatment of high-strength effluent, order of magnitude 1-5 EUR/m3</source>
        <translation>допущение: надбавка городских очистных сооружений или собственная очистка высококонцентрированных стоков, порядка 1–5 евро/м3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="133"/>
        <source>assumption: 1:1 by mass; copper slag is used as fill, ballast, aggregate and in road-base construction (Gorai, Jana and Premchand 2003, Resources, Conservation and Recycling 39: 299-313 (abstract); Shi, Meyer and Behnood 2008, Resources, Conservation and Recycling 52: 1115-1120 (abstract))</source>
        <translation>допущение: 1:1 по массе; медный шлак используют как засыпку, балласт, заполнитель и в основаниях дорог (Gorai, Jana and Premchand 2003, Resources, Conservation and Recycling 39: 299-313 (аннотация); Shi, Meyer and Behnood 2008, Resources, Conservation and Recycling 52: 1115-1120 (аннотация))</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="134"/>
        <source>assumption: copper and nickel slags are mostly iron silicate (about 35-45 % Fe) vs about 60 % Fe in ore fines; copper slag is used as a raw material for clinker (Shi, Meyer and Behnood 2008, Resources, Conservation and Recycling 52: 1115-1120 (abstract))</source>
        <translation>допущение: медные и никелевые шлаки в основном железистые силикаты (около 35-45 % Fe) против около 60 % Fe в рудной мелочи; медный шлак используют как сырьё для клинкера (Shi, Meyer and Behnood 2008, Resources, Conservation and Recycling 52: 1115-1120 (аннотация))</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="135"/>
        <source>assumption: 1:1 by mass; granulated copper slag replaces sand and crushed slag replaces coarse aggregate in concrete (Shi, Meyer and Behnood 2008, Resources, Conservation and Recycling 52: 1115-1120 (abstract))</source>
        <translation>допущение: 1:1 по массе; гранулированный медный шлак заменяет песок, а дроблёный шлак — крупный заполнитель в бетоне (Shi, Meyer and Behnood 2008, Resources, Conservation and Recycling 52: 1115-1120 (аннотация))</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="136"/>
        <source>petroleum coke about 14,000 Btu/lb, about 32.5 GJ/t (Petcoke Consulting, &apos;Petroleum coke primer&apos;, petcokeconsulting.com, stored copy, year not shown) vs coal about 25 GJ/t (assumption used throughout this catalogue)</source>
        <translation>нефтяной кокс около 14 000 БТЕ/фунт, около 32,5 ГДж/т (Petcoke Consulting, &apos;Petroleum coke primer&apos;, petcokeconsulting.com, сохранённая копия, год не указан) против угля около 25 ГДж/т (допущение, принятое во всём каталоге)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="136"/>
        <location filename="../catalogue/exchange_rules.csv" line="143"/>
        <location filename="../catalogue/exchange_rules.csv" line="144"/>
        <source>assumption: order-of-magnitude delivered price of steam coal, 100-150 EUR/t</source>
        <translation>допущение: порядок цены энергетического угля с доставкой, 100-150 EUR/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="136"/>
        <source>IPCC 2006 Guidelines, Vol. 2, Ch. 2, Table 2.2: petroleum coke 97.5 t CO2/TJ against other bituminous coal 94.6 t CO2/TJ, so burning petcoke in place of coal avoids no combustion CO2; coal mining and shipping avoided are not counted</source>
        <translation>Руководящие принципы МГЭИК 2006 г., т. 2, гл. 2, табл. 2.2: нефтяной кокс 97,5 т CO2/ТДж против прочего битуминозного угля 94,6 т CO2/ТДж, поэтому сжигание кокса вместо угля не сокращает выбросы CO2 от сжигания; добыча и перевозка угля не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="136"/>
        <source>petcoke is sold: delivered petcoke in north-west Europe ran at about 75 % of the price of steam coal per unit of heat (Petcoke Consulting primer, as above); 0.75 x 1.3 x 120 EUR = about 117 EUR/t of lost sale, taken as -110</source>
        <translation>нефтяной кокс продаётся: кокс с доставкой в Северо-Западной Европе стоил около 75 % цены энергетического угля на единицу тепла (Petcoke Consulting, см. выше); 0,75 x 1,3 x 120 EUR = около 117 EUR/т упущенной выручки, принято -110</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="137"/>
        <source>fluorosilicic acid is the most used fluoridation additive and is recovered from phosphate fertiliser production (US CDC, &apos;Water fluoridation additives&apos; FAQ, quoted in stored copies); about 60 % of the fluoride recovered from phosphate rock is sold as fluoridation additive (ADA, Fluoridation Facts, p. 79); 1:1 for additive of the same strength</source>
        <translation>кремнефтористоводородная кислота — самая распространённая добавка для фторирования воды, её получают при производстве фосфорных удобрений (US CDC, &apos;Water fluoridation additives&apos; FAQ, по сохранённым копиям); около 60 % фтора, извлекаемого из фосфатного сырья, продаётся как добавка для фторирования (ADA, Fluoridation Facts, с. 79); 1:1 для добавки той же концентрации</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="137"/>
        <source>assumption: order of magnitude 200-400 EUR per t of H2SiF6 delivered; no price series was at hand</source>
        <translation>допущение: порядок цены 200-400 EUR за т H2SiF6 с доставкой; ценовых рядов не было</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="137"/>
        <source>assumption: recovery by scrubbing, concentration and transport, a few tens of kg CO2e per t</source>
        <translation>допущение: улавливание скрубберами, концентрирование и перевозка, несколько десятков кг CO2-экв. на т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="137"/>
        <location filename="../catalogue/exchange_rules.csv" line="138"/>
        <source>assumption: unsold acid is neutralised with lime and the fluoride sludge landfilled, order of magnitude 20-50 EUR/t; most by-product acid is discharged or stockpiled with phosphogypsum (Lifesynfluor glossary, &apos;Hexafluorosilicic acid&apos;, stored copy, year not shown)</source>
        <translation>допущение: непроданную кислоту нейтрализуют известью, а фторидный шлам захоранивают, порядок 20-50 EUR/т; большую часть побочной кислоты сбрасывают или складируют с фосфогипсом (глоссарий Lifesynfluor, &apos;Hexafluorosilicic acid&apos;, сохранённая копия, год не указан)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="138"/>
        <source>small quantities of the acid make low-density aluminium fluoride and synthetic cryolite (Lifesynfluor glossary, as below); stoichiometry: 0.791 t F per t H2SiF6 / 0.487 t F per t CaF2 = 1.62 t fluorspar, taken as 1.5 for process losses (assumption)</source>
        <translation>из небольших количеств кислоты делают фторид алюминия низкой плотности и синтетический криолит (глоссарий Lifesynfluor, см. ниже); стехиометрия: 0,791 т F на т H2SiF6 / 0,487 т F на т CaF2 = 1,62 т плавикового шпата, принято 1,5 с учётом технологических потерь (допущение)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="138"/>
        <source>assumption: order-of-magnitude price of acid-grade fluorspar, 300-500 EUR/t</source>
        <translation>допущение: порядок цены кислотного плавикового шпата, 300-500 EUR/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="138"/>
        <source>assumption: mining, flotation and shipping of fluorspar, order of 0.1 t CO2e/t</source>
        <translation>допущение: добыча, флотация и перевозка плавикового шпата, порядка 0,1 т CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="139"/>
        <location filename="../catalogue/exchange_rules.csv" line="140"/>
        <source>about 90 % of the hydrochloric acid made in the United States is a by-product of chlorination reactions, usually recovered as 28-35 % aqueous acid (SRI, PEP Review &apos;Recovery of hydrogen chloride&apos;, December 1983, summary on spglobal.com); 1:1 by mass at equal strength</source>
        <translation>около 90 % соляной кислоты, производимой в США, — побочный продукт реакций хлорирования, обычно улавливаемый в виде 28-35 % водной кислоты (SRI, PEP Review &apos;Recovery of hydrogen chloride&apos;, декабрь 1983, резюме на spglobal.com); 1:1 по массе при равной концентрации</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="139"/>
        <location filename="../catalogue/exchange_rules.csv" line="140"/>
        <source>assumption: order of magnitude 50-200 EUR per t of 32 % acid; by-product acid is often in surplus (SRI 1983, as above: &apos;generally poor market for dilute acid&apos;)</source>
        <translation>допущение: порядок 50-200 EUR за т 32 % кислоты; побочной кислоты часто в избытке (SRI 1983, см. выше: &apos;generally poor market for dilute acid&apos;)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="139"/>
        <location filename="../catalogue/exchange_rules.csv" line="140"/>
        <source>assumption: synthetic acid burns chlor-alkali chlorine: about 0.31 t Cl2 per t of 32 % acid x about 3 MWh of electricity per t Cl2 x about 0.3 t CO2/MWh</source>
        <translation>допущение: синтетическая кислота расходует хлор хлорщелочного производства: около 0,31 т Cl2 на т 32 % кислоты x около 3 МВт·ч электроэнергии на т Cl2 x около 0,3 т CO2/МВт·ч</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="139"/>
        <location filename="../catalogue/exchange_rules.csv" line="140"/>
        <source>assumption: acid without a buyer is neutralised, order of magnitude 30-80 EUR/t</source>
        <translation>допущение: кислоту без покупателя нейтрализуют, порядок 30-80 EUR/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="141"/>
        <source>assumption: 1 MWh of cold replaces about 0.5 MWh of compressor or refrigerator electricity (a refrigerator at a COP of about 2; at cryogenic temperature a refrigerator&apos;s COP is far lower, so this is cautious); air separation is a main use of LNG cold (Noor Akashah et al. 2023, Processes 11(2): 517, section 2.2)</source>
        <translation>допущение: 1 МВт·ч холода заменяет около 0,5 МВт·ч электроэнергии компрессора или холодильной машины (холодильная машина с холодильным коэффициентом около 2; при криогенных температурах он намного ниже, так что оценка осторожная); разделение воздуха — одно из главных применений холода СПГ (Noor Akashah et al. 2023, Processes 11(2): 517, раздел 2.2)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="141"/>
        <location filename="../catalogue/exchange_rules.csv" line="142"/>
        <source>assumption: industrial electricity, order of magnitude 60-100 EUR/MWh</source>
        <translation>допущение: электроэнергия для промышленности, порядок 60-100 EUR/МВт·ч</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="141"/>
        <location filename="../catalogue/exchange_rules.csv" line="142"/>
        <source>assumption: grid electricity about 0.3 t CO2/MWh (varies widely by country)</source>
        <translation>допущение: электроэнергия сети около 0,3 т CO2/МВт·ч (сильно различается по странам)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="141"/>
        <location filename="../catalogue/exchange_rules.csv" line="142"/>
        <source>assumption: the cold is otherwise given to seawater or air in the vaporisers at no cost; more than 95 % of terminals vaporise with seawater and under 1 % of the cold is used worldwide (Agarwal et al. 2017, Energies 10: 2152, abstract)</source>
        <translation>допущение: иначе холод бесплатно отдаётся морской воде или воздуху в испарителях; более 95 % терминалов регазифицируют морской водой, и в мире используется менее 1 % холода (Agarwal et al. 2017, Energies 10: 2152, аннотация)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="142"/>
        <source>assumption: 1 MWh of cold replaces about 0.5 MWh of refrigeration electricity (COP about 2 at freezer temperatures, -20 to -30 C)</source>
        <translation>допущение: 1 МВт·ч холода заменяет около 0,5 МВт·ч электроэнергии на охлаждение (холодильный коэффициент около 2 при температурах морозильных камер, от -20 до -30 °C)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="143"/>
        <location filename="../catalogue/exchange_rules.csv" line="144"/>
        <source>assumption: about 12-18 GJ/t vs coal about 25 GJ/t; the fines, about half the residue, carry up to 40 % ash and the lowest heating value (Morselli et al. 2010, Waste Management 30: 2228-2234, abstract)</source>
        <translation>допущение: около 12-18 ГДж/т против угля около 25 ГДж/т; мелкая фракция, около половины остатка, содержит до 40 % золы и имеет наименьшую теплоту сгорания (Morselli et al. 2010, Waste Management 30: 2228-2234, аннотация)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="143"/>
        <location filename="../catalogue/exchange_rules.csv" line="144"/>
        <source>assumption: net, not gross: 2.4 t CO2 of the coal not burnt less about 1 t CO2 from each of the about 2 t of mostly plastic and rubber residue burnt in its place</source>
        <translation>допущение: нетто, не брутто: 2,4 т CO2 несожжённого угля минус около 1 т CO2 от каждой из примерно 2 т сжигаемого вместо него остатка, в основном пластмасс и резины</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="143"/>
        <location filename="../catalogue/exchange_rules.csv" line="144"/>
        <source>assumption: landfill gate fee and tax, order of magnitude 80-150 EUR/t; US residue was nearly all landfilled in 2004 (US EPA, FY2004 OSWER Innovation Pilot fact sheet, &apos;Using auto shredder residue as cement manufacturing component&apos;)</source>
        <translation>допущение: плата за захоронение и налог, порядок 80-150 EUR/т; в США в 2004 г. остаток почти весь захоранивали (US EPA, FY2004 OSWER Innovation Pilot fact sheet, &apos;Using auto shredder residue as cement manufacturing component&apos;)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="145"/>
        <source>assumption: 1:1 by mass for the same grade; recovered paper is about half the fibre of European paper (CEPI members used 48.6 Mt in 2019, a utilisation rate of 54.3 %: EUWID Recycling, 25.02.2020, reporting CEPI preliminary statistics)</source>
        <translation>допущение: 1:1 по массе для той же марки; макулатура даёт около половины волокна европейской бумаги (члены CEPI использовали 48,6 млн т в 2019 г., уровень использования 54,3 %: EUWID Recycling, 25.02.2020, по предварительной статистике CEPI)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="145"/>
        <source>assumption: order-of-magnitude mill price of mixed and corrugated grades in Europe, 50-200 EUR/t, volatile</source>
        <translation>допущение: порядок цены смешанных и гофрированных марок для комбината в Европе, 50-200 EUR/т, неустойчива</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="145"/>
        <source>assumption: only a collector&apos;s handling and haulage (about 10 kg CO2e/t) is avoided; fibre replaces fibre</source>
        <translation>допущение: устраняется только обработка и перевозка сборщиком (около 10 кг CO2-экв./т); волокно заменяет волокно</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="145"/>
        <source>assumption: a manufacturer otherwise sells baled paper to a collector for about half the mill price; the lost sale is shown as a negative cost</source>
        <translation>допущение: иначе производитель продаёт прессованную бумагу сборщику примерно за половину цены комбината; упущенная выручка показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="146"/>
        <source>assumption: about 3 kg plant-available N per t of wet mud (about 1.9 % N in the solids, &apos;Brief discussion on cane mud press&apos;, stored copy on scribd, author and year not shown, table 2); unit of the virgin input is t N; P and Ca not counted. Mill mud is returned to cane fields as fertiliser in most cane-growing countries (&apos;Fertilizing for high yield and quality sugarcane&apos;, section 3.3.1, stored copy, publisher and year not shown)</source>
        <translation>допущение: около 3 кг доступного растениям N на т влажного фильтрационного осадка (около 1,9 % N в сухом веществе, &apos;Brief discussion on cane mud press&apos;, сохранённая копия на scribd, автор и год не указаны, табл. 2); единица первичного сырья — т N; P и Ca не учитываются. Осадок возвращают на тростниковые поля как удобрение в большинстве стран, выращивающих тростник (&apos;Fertilizing for high yield and quality sugarcane&apos;, раздел 3.3.1, сохранённая копия, издатель и год не указаны)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="146"/>
        <source>assumption: stockpiling and spreading cost otherwise borne by the mill, 0-10 EUR/t</source>
        <translation>допущение: складирование и внесение, которые иначе оплачивает завод, 0-10 EUR/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="147"/>
        <source>assumption: about 50 % water; the dry dregs&apos; liming value, 39.6 % as Ca, matches a commercial limestone product at 38 % (Pöykiö et al. 2006, Environmental Chemistry Letters 4: 37-40, abstract); liming on farmland is the main use of causticising residues (NCASI Technical Bulletin 931)</source>
        <translation>допущение: около 50 % воды; известкующая способность сухого шлама зелёного щёлока, 39,6 % в пересчёте на Ca, соответствует товарному известняку с 38 % (Pöykiö et al. 2006, Environmental Chemistry Letters 4: 37-40, аннотация); известкование сельхозугодий — главное применение остатков каустизации (NCASI Technical Bulletin 931)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="147"/>
        <source>assumption: dregs are mostly landfilled (Quina and Pinheiro 2020, Applied Sciences 10: 2317, abstract); non-hazardous landfill, order of magnitude 20-40 EUR/t</source>
        <translation>допущение: шлам в основном захоранивают (Quina and Pinheiro 2020, Applied Sciences 10: 2317, аннотация); полигон неопасных отходов, порядок 20-40 EUR/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="148"/>
        <source>assumption: de-inking and fibre sludge at about 50 % moisture has about 2-3 GJ/t vs coal about 25 GJ/t; sludge is burnt in hog-fuel boilers for steam and power (Meyer 2022, TAPPI Journal 21(2): 83-92, abstract)</source>
        <translation>допущение: шлам облагораживания макулатуры и волокнистый шлам влажностью около 50 % даёт около 2-3 ГДж/т против угля около 25 ГДж/т; шлам сжигают в котлах на древесных отходах для получения пара и электроэнергии (Meyer 2022, TAPPI Journal 21(2): 83-92, аннотация)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="148"/>
        <source>assumption: about 25 GJ/t x about 0.095 t CO2/GJ of coal; the sludge&apos;s fibre is biogenic</source>
        <translation>допущение: около 25 ГДж/т x около 0,095 т CO2/ГДж угля; волокно шлама биогенное</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="149"/>
        <location filename="../catalogue/exchange_rules.csv" line="150"/>
        <source>assumption: 1:1 for the same purity; viscose spinning baths yield sodium sulphate, crystallised as Glauber&apos;s salt and dried for sale (ZDHC Roadmap to Zero knowledge base, &apos;Sodium sulphate recovery in viscose staple fibre production&apos;, stored copy, year not shown)</source>
        <translation>допущение: 1:1 при той же чистоте; осадительные ванны вискозного производства дают сульфат натрия, который кристаллизуют как глауберову соль и сушат для продажи (база знаний ZDHC Roadmap to Zero, &apos;Sodium sulphate recovery in viscose staple fibre production&apos;, сохранённая копия, год не указан)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="149"/>
        <location filename="../catalogue/exchange_rules.csv" line="150"/>
        <source>assumption: order-of-magnitude price of anhydrous sodium sulphate, 80-150 EUR/t</source>
        <translation>допущение: порядок цены безводного сульфата натрия, 80-150 EUR/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="149"/>
        <location filename="../catalogue/exchange_rules.csv" line="150"/>
        <source>assumption: mining and drying natural sulphate or making it from salt and acid, order of 0.1 t CO2e/t</source>
        <translation>допущение: добыча и сушка природного сульфата или его получение из соли и кислоты, порядка 0,1 т CO2-экв./т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="149"/>
        <location filename="../catalogue/exchange_rules.csv" line="150"/>
        <source>assumption: unsold sulphate leaves in the effluent or is landfilled, a few to 20 EUR/t</source>
        <translation>допущение: непроданный сульфат уходит со стоками или захоранивается, от нескольких до 20 EUR/т</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="151"/>
        <source>assumption: replaces cement about 1:1 by mass at 5-10 % of the binder; silica fume is a highly reactive pozzolan, over 10 million m3 of concrete with it placed each year (Bridge Ferro Metals, &apos;Silica fume&apos;, stored copy, year not shown)</source>
        <translation>допущение: заменяет цемент примерно 1:1 по массе при 5-10 % вяжущего; микрокремнезём — высокоактивная пуццолана, ежегодно укладывается более 10 млн м3 бетона с ним (Bridge Ferro Metals, &apos;Silica fume&apos;, сохранённая копия, год не указан)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="151"/>
        <location filename="../catalogue/exchange_rules.csv" line="152"/>
        <source>assumption: fume from the furnaces&apos; filters is mostly sold or else landfilled; like granulated slag, no disposal cost or lost sale is counted</source>
        <translation>допущение: пыль с фильтров печей в основном продаётся, иначе захоранивается; как и для гранулированного шлака, затраты на удаление и упущенная выручка не учитываются</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="152"/>
        <source>assumption: 1:1 by mass for clinker within EN 197-1 (CEM II/A-D: 6-10 % silica fume)</source>
        <translation>допущение: 1:1 по массе к клинкеру в пределах EN 197-1 (CEM II/A-D: 6-10 % микрокремнезёма)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="153"/>
        <source>about 2 kg of potassium per m3 of vinasse (as read from Applied and Environmental Soil Science 2013, article 581984, Table 1); unit of the virgin input is t K; N, water and organic matter not counted. Fertirrigation is vinasse&apos;s main use (Frontiers in Energy Research 2017, 5: 7, abstract)</source>
        <translation>около 2 кг калия на м3 барды (по данным Applied and Environmental Soil Science 2013, статья 581984, табл. 1); единица первичного сырья — т K; N, вода и органическое вещество не учитываются. Фертигация — главное применение барды (Frontiers in Energy Research 2017, 5: 7, аннотация)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="153"/>
        <source>assumption: potash (about 50 % K) at about 300-400 EUR/t, so about 700 EUR per t of K</source>
        <translation>допущение: калийное удобрение (около 50 % K) около 300-400 EUR/т, то есть около 700 EUR за т K</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="153"/>
        <source>assumption: mining, refining and shipping potash, about 0.3 t CO2e per t KCl, 0.6 per t K</source>
        <translation>допущение: добыча, обогащение и перевозка калийных солей, около 0,3 т CO2-экв. на т KCl, 0,6 на т K</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="153"/>
        <location filename="../catalogue/exchange_rules.csv" line="154"/>
        <source>assumption: storage and spreading or treatment otherwise borne by the distillery, order of magnitude 1-5 EUR/m3</source>
        <translation>допущение: хранение и внесение или очистка, которые иначе оплачивает спиртзавод, порядок 1-5 EUR/м3</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="154"/>
        <source>assumption: vinasse carries about 20-100 kg COD/m3; about 0.35 Nm3 methane per kg COD x about 10 kWh/Nm3 gives about 0.1 MWh/m3 at 30 kg COD</source>
        <translation>допущение: барда содержит около 20-100 кг ХПК/м3; около 0,35 нм3 метана на кг ХПК x около 10 кВт·ч/нм3 дают около 0,1 МВт·ч/м3 при 30 кг ХПК</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="155"/>
        <source>assumption: 1:1 by mass; algae take up CO2 dissolved in their culture medium as greenhouse crops take it from the air</source>
        <translation>допущение: 1:1 по массе; водоросли поглощают CO2, растворённый в культуральной среде, как тепличные культуры — из воздуха</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="156"/>
        <source>assumption: dross about 90-95 % Zn and ash about 60-80 % Zn vs about 50 % in concentrate; ash and dross are fully recovered and sold to make zinc dust and compounds (Galvanizers Association, &apos;Galvanizing recycling&apos;, galvanizing.org.uk); about 60 % of zinc oxide is made from secondary zinc, mainly top dross of continuous galvanising (poel.in, &apos;Zinc refining division&apos;, stored copy, year not shown)</source>
        <translation>допущение: гартцинк около 90-95 % Zn и цинковая зола около 60-80 % Zn против около 50 % в концентрате; зола и гартцинк полностью перерабатываются и продаются для производства цинкового порошка и соединений (Galvanizers Association, &apos;Galvanizing recycling&apos;, galvanizing.org.uk); около 60 % оксида цинка получают из вторичного цинка, в основном из верхнего гартцинка непрерывного цинкования (poel.in, &apos;Zinc refining division&apos;, сохранённая копия, год не указан)</translation>
    </message>
    <message>
        <location filename="../catalogue/exchange_rules.csv" line="156"/>
        <source>assumption: recyclers pay about half to two-thirds of the contained zinc&apos;s value (zinc about 2,500 EUR/t); the lost sale, about 1,000 EUR per t of ash and dross, is shown as a negative cost</source>
        <translation>допущение: переработчики платят от половины до двух третей стоимости содержащегося цинка (цинк около 2 500 EUR/т); упущенная выручка, около 1 000 EUR на т золы и гартцинка, показана как отрицательные затраты</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_sizes.csv" line="2"/>
        <source>rated thermal input</source>
        <translation>номинальная тепловая мощность топлива</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_sizes.csv" line="3"/>
        <source>waste incinerated</source>
        <translation>сжигаемые отходы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_sizes.csv" line="4"/>
        <source>substrate digested</source>
        <translation>сбраживаемый субстрат</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_sizes.csv" line="5"/>
        <source>population equivalent served</source>
        <translation>обслуживаемый эквивалент населения</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_sizes.csv" line="6"/>
        <location filename="../catalogue/hazard_classes.csv" line="31"/>
        <source>pulp</source>
        <translation>целлюлоза</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_sizes.csv" line="7"/>
        <source>crude steel</source>
        <translation>нерафинированная сталь</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_sizes.csv" line="8"/>
        <location filename="../catalogue/hazard_classes.csv" line="16"/>
        <source>cement</source>
        <translation>цемент</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_sizes.csv" line="8"/>
        <source>CEMBUREAU (2010), &apos;CEMBUREAU welcomes draft Decision on Benchmarks&apos;: the EU ETS benchmark of 766 kg CO2 per t of grey clinker is 11 % below the actual average of the EU industry, so about 860 kg CO2 per t of clinker; x 0.8 t clinker per t cement of the profile&apos;s plant = 0.69 t CO2 per t cement (biomass CO2 not counted)</source>
        <translation>CEMBUREAU (2010), «CEMBUREAU welcomes draft Decision on Benchmarks»: эталон EU ETS 766 кг CO2 на т серого клинкера на 11 % ниже фактического среднего по отрасли ЕС, то есть около 860 кг CO2 на т клинкера; x 0,8 т клинкера на т цемента завода профиля = 0,69 т CO2 на т цемента (CO2 биомассы не учитывается)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_sizes.csv" line="9"/>
        <source>crude oil processed</source>
        <translation>переработанная сырая нефть</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_sizes.csv" line="10"/>
        <location filename="../catalogue/hazard_classes.csv" line="47"/>
        <source>beer</source>
        <translation>пиво</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_sizes.csv" line="11"/>
        <source>beet processed</source>
        <translation>переработанная свёкла</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="2"/>
        <source>assumption: a ~400 MWe coal unit burns about 1 Mt coal/yr at about 10 % ash, about 80 % of it fly ash</source>
        <translation>допущение: угольный блок ~400 МВт (эл.) сжигает около 1 млн т угля в год при зольности около 10 %, около 80 % золы — зола-унос</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="3"/>
        <source>assumption: about 15-20 % of the coal ash leaves as bottom ash</source>
        <translation>допущение: около 15–20 % золы угля уходит в виде шлака</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="4"/>
        <source>assumption: about 1 Mt coal at about 1 % S gives about 10 kt S; about 4-5 t gypsum per t S captured</source>
        <translation>допущение: около 1 млн т угля при содержании серы около 1 % дают около 10 тыс. т S; около 4–5 т гипса на т уловленной S</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="5"/>
        <source>assumption: extraction steam a medium CHP unit can export to neighbours</source>
        <translation>допущение: пар отборов, который средний теплофикационный блок может отпускать соседям</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="6"/>
        <source>assumption: heat a medium CHP plant delivers to a town network</source>
        <translation>допущение: тепло, которое средняя ТЭЦ отпускает в городскую сеть</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="7"/>
        <source>assumption: condenser heat is about 1.2-1.5 MWh per MWh of electricity; only part is recoverable</source>
        <translation>допущение: тепло конденсатора — около 1,2–1,5 МВт·ч на МВт·ч электроэнергии; использовать можно лишь часть</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="8"/>
        <source>assumption: used once-through cooling water; only the part that can be piped to a neighbour</source>
        <translation>допущение: использованная прямоточная охлаждающая вода; только та часть, которую можно подать соседу по трубе</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="9"/>
        <source>assumption: biomass-fired units only</source>
        <translation>допущение: только блоки на биомассе</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="10"/>
        <source>assumption: about 10 % of the 1 Mt/yr fuel of a coal unit replaceable by co-fired biomass, RDF or other waste fuels</source>
        <translation>допущение: около 10 % топлива угольного блока (1 млн т в год) можно заменить совместным сжиганием биомассы, RDF или других топлив из отходов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="11"/>
        <source>assumption: gas-fired or start-up fuel that refinery gas, blast-furnace gas, coke-oven gas or biogas could replace</source>
        <translation>допущение: газ или растопочное топливо, которое могли бы заменить нефтезаводской, доменный, коксовый газ или биогаз</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="12"/>
        <source>assumption: boiler and cooling-tower make-up water of a medium thermal plant</source>
        <translation>допущение: подпиточная вода котлов и градирен средней тепловой станции</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="13"/>
        <source>assumption: heat a medium town&apos;s district-heating network needs from boilers</source>
        <translation>допущение: тепло, которое сеть централизованного теплоснабжения среднего города получает от котельных</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="14"/>
        <source>assumption: solid fuel of heat-only boilers that biomass or RDF could replace (t coal equivalent)</source>
        <translation>допущение: твёрдое топливо котельных, которое могли бы заменить биомасса или RDF (т условного угля)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="15"/>
        <source>assumption: gas burned in heat-only or peak boilers</source>
        <translation>допущение: газ, сжигаемый в котельных или пиковых котлах</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="16"/>
        <source>assumption: NACE 35.30 is steam and air-conditioning supply: part of its plants run steam networks for industry, the rest hot-water district heating</source>
        <translation>допущение: NACE 35.30 — снабжение паром и кондиционирование воздуха: часть предприятий ведёт паровые сети для промышленности, остальные — водяное централизованное теплоснабжение</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="17"/>
        <source>assumption: biomass-fired heating plants</source>
        <translation>допущение: котельные на биомассе</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="18"/>
        <source>assumption: solid-fuel heating plants</source>
        <translation>допущение: котельные на твёрдом топливе</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="19"/>
        <source>assumption: medium biogas plant digesting about 100 kt/yr of substrates</source>
        <translation>допущение: средняя биогазовая установка, перерабатывающая около 100 тыс. т субстратов в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="20"/>
        <source>assumption: about 90 % of the substrate mass leaves as digestate</source>
        <translation>допущение: около 90 % массы субстрата выходит в виде дигестата</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="21"/>
        <source>assumption: CO2 separated where biogas is upgraded to biomethane</source>
        <translation>допущение: CO2, отделяемый при облагораживании биогаза до биометана</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="22"/>
        <source>assumption: typical main substrate of agricultural biogas plants</source>
        <translation>допущение: типичный основной субстрат сельскохозяйственных биогазовых установок</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="23"/>
        <source>assumption: industrial sludge as co-substrate</source>
        <translation>допущение: промышленный осадок как косубстрат</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="24"/>
        <source>assumption: food waste as energy-rich co-substrate</source>
        <translation>допущение: пищевые отходы как энергоёмкий косубстрат</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="25"/>
        <source>assumption: fermentation biomass as co-substrate</source>
        <translation>допущение: ферментационная биомасса как косубстрат</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="26"/>
        <source>assumption: co-digestion of sewage sludge where permitted</source>
        <translation>допущение: совместное сбраживание осадка сточных вод, где это разрешено</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="27"/>
        <source>assumption: seasonal co-substrate</source>
        <translation>допущение: сезонный косубстрат</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="28"/>
        <source>assumption: co-substrate when not sold as feed</source>
        <translation>допущение: косубстрат, если не продаётся на корм</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="29"/>
        <source>assumption: co-substrate after pasteurisation</source>
        <translation>допущение: косубстрат после пастеризации</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="30"/>
        <source>assumption: about 5 Mt/yr crude at about 1 % S, most of it recovered in Claus units</source>
        <translation>допущение: около 5 млн т нефти в год при содержании серы около 1 %, большая часть улавливается на установках Клауса</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="31"/>
        <source>assumption: surplus fuel gas beyond the refinery&apos;s own furnaces</source>
        <translation>допущение: избыток топливного газа сверх потребности собственных печей НПЗ</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="32"/>
        <source>Jacobsen 2006 J. Ind. Ecol. 10(1-2): about 700000 m3/yr of refinery cooling water went to Asnaes power station</source>
        <translation>Jacobsen 2006 J. Ind. Ecol. 10(1-2): около 700 000 м³ охлаждающей воды НПЗ в год поступало на электростанцию Asnaes</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="33"/>
        <source>assumption: recoverable high-grade heat from product coolers and flue gas</source>
        <translation>допущение: используемое высокопотенциальное тепло продуктовых холодильников и дымовых газов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="34"/>
        <source>assumption: heat rejected to air and water coolers</source>
        <translation>допущение: тепло, сбрасываемое в воздушных и водяных холодильниках</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="35"/>
        <source>assumption: caustic washing of LPG and gasoline</source>
        <translation>допущение: щелочная промывка СУГ и бензина</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="36"/>
        <source>assumption: hydrotreating catalyst change-outs averaged over years</source>
        <translation>допущение: замены катализатора гидроочистки, усреднённые по годам</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="37"/>
        <source>assumption: refineries with sulphuric-acid alkylation only</source>
        <translation>допущение: только НПЗ с сернокислотным алкилированием</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="38"/>
        <source>assumption: surplus reformer hydrogen in refineries that are net hydrogen producers</source>
        <translation>допущение: избыточный водород риформинга на НПЗ, производящих водород сверх своих нужд</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="39"/>
        <source>assumption: high-purity CO2 from a steam-methane reformer</source>
        <translation>допущение: CO2 высокой чистоты от парового риформинга метана</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="40"/>
        <source>assumption: acid gas only where the refinery has no own sulphur unit</source>
        <translation>допущение: кислый газ только там, где у НПЗ нет своей установки получения серы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="41"/>
        <source>assumption: process steam of a medium refinery that could be bought from a neighbour</source>
        <translation>допущение: технологический пар среднего НПЗ, который можно было бы покупать у соседа</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="42"/>
        <source>assumption: cooling-tower make-up and process water</source>
        <translation>допущение: подпитка градирен и технологическая вода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="43"/>
        <source>assumption: hydrotreating demand beyond the reformer&apos;s output</source>
        <translation>допущение: потребность гидроочистки сверх выработки риформинга</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="44"/>
        <source>assumption: share of fossil feed that co-processing of bio-feedstocks could replace</source>
        <translation>допущение: доля ископаемого сырья, которую могла бы заменить совместная переработка биосырья</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="45"/>
        <source>assumption: co-processing of renewable oils (HVO) in some refineries</source>
        <translation>допущение: совместная переработка возобновляемых масел (HVO) на некоторых НПЗ</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="46"/>
        <source>assumption: only refineries with a lube or re-refining unit</source>
        <translation>допущение: только НПЗ с установкой масел или регенерации масел</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="47"/>
        <source>assumption: raw CO2 purified and liquefied by an industrial-gas plant</source>
        <translation>допущение: сырой CO2, очищаемый и сжижаемый заводом промышленных газов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="48"/>
        <source>assumption: by-product hydrogen purified for merchant sale</source>
        <translation>допущение: побочный водород, очищаемый для продажи</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="49"/>
        <source>assumption: cooling water of air-separation units</source>
        <translation>допущение: охлаждающая вода воздухоразделительных установок</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="50"/>
        <source>assumption: compressor cooling heat of air-separation units</source>
        <translation>допущение: тепло охлаждения компрессоров воздухоразделительных установок</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="51"/>
        <source>assumption: chlor-alkali plant of about 100 kt/yr chlorine makes about 2.8 kt hydrogen; chlor-alkali and chlorate electrolysis are a minority of the plants classed 20.13 (in the Nordic register the names of about 3 of the 21 point to chlorate or hydrogen), hence below the default confidence cut-off</source>
        <translation>допущение: хлорщелочное производство около 100 тыс. т хлора в год даёт около 2,8 тыс. т водорода; хлорщелочной электролиз и производство хлората есть лишь у меньшинства предприятий класса 20.13 (в Северном регистре на хлорат или водород указывают названия примерно 3 из 21), поэтому ниже порога достоверности по умолчанию</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="52"/>
        <source>assumption: sulphur-burning acid plants export steam</source>
        <translation>допущение: сернокислотные заводы на сжигании серы отпускают пар</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="53"/>
        <source>assumption: process off-heat</source>
        <translation>допущение: технологическое сбросное тепло</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="54"/>
        <location filename="../catalogue/sector_profiles.csv" line="67"/>
        <location filename="../catalogue/sector_profiles.csv" line="85"/>
        <location filename="../catalogue/sector_profiles.csv" line="98"/>
        <location filename="../catalogue/sector_profiles.csv" line="164"/>
        <source>assumption: cooling-water heat</source>
        <translation>допущение: тепло охлаждающей воды</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="55"/>
        <source>assumption: a sulphuric-acid plant of about 300 kt/yr acid burns about 100 kt sulphur</source>
        <translation>допущение: сернокислотный завод мощностью около 300 тыс. т кислоты в год сжигает около 100 тыс. т серы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="56"/>
        <source>assumption: acid-regeneration plants only</source>
        <translation>допущение: только установки регенерации кислоты</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="57"/>
        <source>assumption: iron-chloride coagulant makers and acid regenerators only</source>
        <translation>допущение: только производители железохлоридного коагулянта и регенераторы кислоты</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="58"/>
        <source>assumption: process steam of a medium inorganic chemicals plant</source>
        <translation>допущение: технологический пар среднего неорганического химического производства</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="59"/>
        <location filename="../catalogue/sector_profiles.csv" line="76"/>
        <location filename="../catalogue/sector_profiles.csv" line="95"/>
        <location filename="../catalogue/sector_profiles.csv" line="103"/>
        <source>assumption: process and cooling water</source>
        <translation>допущение: технологическая и охлаждающая вода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="60"/>
        <source>assumption: fuel for furnaces and dryers</source>
        <translation>допущение: топливо для печей и сушилок</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="61"/>
        <source>assumption: precipitated calcium carbonate or soda plants only</source>
        <translation>допущение: только производства осаждённого карбоната кальция или соды</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="62"/>
        <source>assumption: steam-cracker and dehydrogenation off-gas hydrogen; crackers, propane and ethylbenzene dehydrogenation are a minority of the plants classed 20.14, hence below the default confidence cut-off</source>
        <translation>допущение: водород из отходящих газов пиролиза и дегидрирования; установки пиролиза и дегидрирования пропана и этилбензола есть лишь у меньшинства предприятий класса 20.14, поэтому ниже порога достоверности по умолчанию</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="63"/>
        <source>assumption: caustic scrubbing of cracked gas</source>
        <translation>допущение: щелочная промывка пирогаза</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="64"/>
        <source>assumption: solvent purges of organic syntheses</source>
        <translation>допущение: отводимые растворители органических синтезов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="65"/>
        <source>assumption: high-purity CO2 from ethylene oxide, ethanol or hydrogen units</source>
        <translation>допущение: CO2 высокой чистоты от установок оксида этилена, этанола или водорода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="66"/>
        <source>assumption: recoverable high-grade heat</source>
        <translation>допущение: используемое высокопотенциальное тепло</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="68"/>
        <location filename="../catalogue/sector_profiles.csv" line="203"/>
        <location filename="../catalogue/sector_profiles.csv" line="213"/>
        <source>assumption: biological effluent-treatment sludge</source>
        <translation>допущение: осадок биологической очистки сточных вод</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="69"/>
        <source>assumption: enzyme and bio-based chemical plants only</source>
        <translation>допущение: только ферментные и биохимические производства</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="70"/>
        <source>assumption: fermentation plants only</source>
        <translation>допущение: только ферментационные производства</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="71"/>
        <location filename="../catalogue/sector_profiles.csv" line="87"/>
        <source>assumption: catalyst change-outs averaged over years</source>
        <translation>допущение: замены катализатора, усреднённые по годам</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="72"/>
        <source>assumption: nitration and sulphonation plants only</source>
        <translation>допущение: только производства нитрования и сульфирования</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="73"/>
        <source>assumption: bioethanol plants only</source>
        <translation>допущение: только заводы биоэтанола</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="74"/>
        <source>assumption: caprolactam or acrylonitrile plants only</source>
        <translation>допущение: только производства капролактама или акрилонитрила</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="75"/>
        <source>assumption: process steam of a medium organic chemicals site</source>
        <translation>допущение: технологический пар средней площадки органической химии</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="77"/>
        <source>assumption: gas used as fuel or feedstock</source>
        <translation>допущение: газ как топливо или сырьё</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="78"/>
        <source>assumption: hydrogenation processes</source>
        <translation>допущение: процессы гидрирования</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="79"/>
        <source>assumption: solvent make-up that recovered solvent could replace</source>
        <translation>допущение: подпитка растворителей, которую мог бы заменить регенерированный растворитель</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="80"/>
        <source>assumption: methanol or carbonate syntheses only</source>
        <translation>допущение: только синтезы метанола или карбонатов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="81"/>
        <source>assumption: bio-refineries processing tall oil only</source>
        <translation>допущение: только биоперерабатывающие заводы, перерабатывающие талловое масло</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="82"/>
        <source>assumption: ammonia plant of about 300 kt/yr NH3 releases about 1.2 t pure CO2 per t NH3, partly used for urea</source>
        <translation>допущение: аммиачный завод мощностью около 300 тыс. т NH3 в год выделяет около 1,2 т чистого CO2 на т NH3, частично используемого для карбамида</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="83"/>
        <source>assumption: about 5 t phosphogypsum per t P2O5; phosphate fertiliser plants only</source>
        <translation>допущение: около 5 т фосфогипса на т P2O5; только заводы фосфорных удобрений</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="84"/>
        <source>assumption: recoverable heat of ammonia and nitric-acid plants</source>
        <translation>допущение: используемое тепло производств аммиака и азотной кислоты</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="86"/>
        <source>assumption: surplus steam of nitric- or sulphuric-acid plants</source>
        <translation>допущение: избыточный пар производств азотной или серной кислоты</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="88"/>
        <source>assumption: by-product ammonium sulphate where made</source>
        <translation>допущение: побочный сульфат аммония, где он производится</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="89"/>
        <source>assumption: feedstock and fuel of an ammonia plant</source>
        <translation>допущение: сырьё и топливо аммиачного завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="90"/>
        <source>assumption: sulphur for sulphuric acid, thiosulphate or sulphur-containing fertilisers</source>
        <translation>допущение: сера для серной кислоты, тиосульфата или серосодержащих удобрений</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="91"/>
        <source>assumption: acid for ammonium sulphate or superphosphate</source>
        <translation>допущение: кислота для сульфата аммония или суперфосфата</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="92"/>
        <location filename="../catalogue/sector_profiles.csv" line="109"/>
        <location filename="../catalogue/sector_profiles.csv" line="255"/>
        <location filename="../catalogue/sector_profiles.csv" line="276"/>
        <source>assumption: process steam</source>
        <translation>допущение: технологический пар</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="93"/>
        <source>assumption: hydrogen for ammonia synthesis</source>
        <translation>допущение: водород для синтеза аммиака</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="94"/>
        <source>assumption: CO2 for urea synthesis where the plant&apos;s own CO2 is short</source>
        <translation>допущение: CO2 для синтеза карбамида, где собственного CO2 завода не хватает</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="96"/>
        <source>assumption: solvent purges of polymerisation</source>
        <translation>допущение: отводимые растворители полимеризации</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="97"/>
        <source>assumption: reactor and extruder heat</source>
        <translation>допущение: тепло реакторов и экструдеров</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="99"/>
        <location filename="../catalogue/sector_profiles.csv" line="107"/>
        <source>assumption: effluent-treatment sludge</source>
        <translation>допущение: осадок очистки сточных вод</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="100"/>
        <source>assumption: catalyst change-outs</source>
        <translation>допущение: замены катализатора</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="101"/>
        <source>assumption: caustic scrubbing</source>
        <translation>допущение: щелочная промывка</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="102"/>
        <source>assumption: process steam of a medium polymer plant</source>
        <translation>допущение: технологический пар среднего завода полимеров</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="104"/>
        <source>assumption: fuel for furnaces and boilers</source>
        <translation>допущение: топливо для печей и котлов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="105"/>
        <source>assumption: cleaning solvents of a medium paint plant</source>
        <translation>допущение: моющие растворители среднего лакокрасочного завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="106"/>
        <source>assumption: solvent purges</source>
        <translation>допущение: отводимые растворители</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="108"/>
        <source>assumption: sulphonation processes only</source>
        <translation>допущение: только процессы сульфирования</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="110"/>
        <source>assumption: biodiesel plants only (biodiesel is classed in 20.59)</source>
        <translation>допущение: только заводы биодизеля (биодизель относится к 20.59)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="111"/>
        <source>assumption: solvent make-up</source>
        <translation>допущение: подпитка растворителей</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="112"/>
        <source>assumption: tall-oil distilleries only</source>
        <translation>допущение: только установки перегонки таллового масла</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="113"/>
        <source>assumption: spent fermentation biomass of a medium fermentation-based API or enzyme plant</source>
        <translation>допущение: отработанная ферментационная биомасса среднего производства субстанций или ферментов на основе ферментации</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="114"/>
        <source>assumption: yeast-based production (e.g. insulin) only</source>
        <translation>допущение: только производство на дрожжевой основе (например, инсулина)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="115"/>
        <source>assumption: effluent-treatment and organic residues</source>
        <translation>допущение: осадок очистки сточных вод и органические остатки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="116"/>
        <source>assumption: extraction and crystallisation solvents of API synthesis</source>
        <translation>допущение: растворители экстракции и кристаллизации при синтезе фармсубстанций</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="117"/>
        <source>assumption: fermentation off-gas CO2</source>
        <translation>допущение: CO2 отходящих газов ферментации</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="118"/>
        <source>assumption: fermenter cooling and chiller condenser heat</source>
        <translation>допущение: тепло охлаждения ферментеров и конденсаторов холодильных машин</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="119"/>
        <location filename="../catalogue/sector_profiles.csv" line="216"/>
        <source>assumption: recoverable higher-grade heat</source>
        <translation>допущение: используемое тепло более высокого потенциала</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="120"/>
        <source>assumption: clean condensate and rinse water</source>
        <translation>допущение: чистый конденсат и промывная вода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="121"/>
        <location filename="../catalogue/sector_profiles.csv" line="168"/>
        <source>assumption: once-through cooling water</source>
        <translation>допущение: прямоточная охлаждающая вода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="122"/>
        <source>assumption: steam for sterilisation, fermentation and purification</source>
        <translation>допущение: пар для стерилизации, ферментации и очистки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="123"/>
        <source>assumption: process and cooling water of a large fermentation site</source>
        <translation>допущение: технологическая и охлаждающая вода крупной ферментационной площадки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="124"/>
        <source>assumption: of about 800 kt/yr clinker in 1 Mt/yr cement, the share that fly ash or slag could replace</source>
        <translation>допущение: доля около 800 тыс. т клинкера в год в 1 млн т цемента, которую могли бы заменить зола-унос или шлак</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="125"/>
        <source>assumption: about 4-5 % set retarder in 1 Mt/yr cement</source>
        <translation>допущение: около 4–5 % замедлителя схватывания в 1 млн т цемента в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="126"/>
        <source>assumption: about 60 % of about 100 kt/yr kiln fuel (t coal equivalent) replaceable by waste-derived fuels</source>
        <translation>допущение: около 60 % из примерно 100 тыс. т печного топлива в год (т условного угля) можно заменить топливом из отходов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="127"/>
        <source>assumption: share of about 1.2 Mt/yr limestone replaceable by alternative calcium sources</source>
        <translation>допущение: доля из примерно 1,2 млн т известняка в год, которую могли бы заменить другие источники кальция</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="128"/>
        <source>assumption: iron corrective in the raw meal</source>
        <translation>допущение: железистая корректирующая добавка в сырьевую муку</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="129"/>
        <source>assumption: silica corrective in the raw meal</source>
        <translation>допущение: кремнезёмистая корректирующая добавка в сырьевую муку</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="130"/>
        <source>assumption: conditioning-tower and cooling water</source>
        <translation>допущение: вода кондиционирующей башни и охлаждающая вода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="131"/>
        <source>assumption: gas fired in kiln burners or precalciners</source>
        <translation>допущение: газ, сжигаемый в горелках печи или декарбонизатора</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="132"/>
        <source>assumption: bypass and filter dust not returned to the kiln</source>
        <translation>допущение: байпасная и фильтровая пыль, не возвращаемая в печь</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="133"/>
        <source>assumption: clinker-cooler and pre-heater exhaust heat</source>
        <translation>допущение: тепло отходящих газов колосникового холодильника и циклонного теплообменника</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="134"/>
        <source>assumption: lime kiln dust of a medium lime works</source>
        <translation>допущение: известковая пыль печей среднего известкового завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="135"/>
        <source>assumption: kiln exhaust and cooler heat</source>
        <translation>допущение: тепло отходящих газов печи и холодильника</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="136"/>
        <source>assumption: kiln gas rich in CO2 (about 20-30 %) where captured, e.g. for precipitated calcium carbonate</source>
        <translation>допущение: печной газ, богатый CO2 (около 20–30 %), где его улавливают, например для осаждённого карбоната кальция</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="137"/>
        <source>assumption: kiln and calciner fuel</source>
        <translation>допущение: топливо печи и декарбонизатора</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="138"/>
        <source>assumption: plaster works only (23.52 also covers plaster)</source>
        <translation>допущение: только гипсовые заводы (23.52 включает и гипс)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="139"/>
        <source>assumption: cement of a medium precast plant</source>
        <translation>допущение: цемент среднего завода сборного железобетона</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="140"/>
        <source>assumption: aggregate of a medium precast plant</source>
        <translation>допущение: заполнитель среднего завода сборного железобетона</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="141"/>
        <location filename="../catalogue/sector_profiles.csv" line="148"/>
        <source>assumption: mixing and washing water</source>
        <translation>допущение: вода для затворения и промывки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="142"/>
        <source>assumption: rejected elements and concrete sludge</source>
        <translation>допущение: отбракованные изделия и бетонный шлам</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="143"/>
        <source>assumption: gypsum of a medium plasterboard line</source>
        <translation>допущение: гипс средней линии гипсокартона</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="144"/>
        <source>assumption: fuel for calciners and board dryers</source>
        <translation>допущение: топливо для варочных котлов и сушилок листов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="145"/>
        <source>assumption: production rejects and offcuts</source>
        <translation>допущение: производственный брак и обрезки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="146"/>
        <source>assumption: cement of a medium ready-mix plant (about 100000 m3/yr)</source>
        <translation>допущение: цемент среднего бетонного завода (около 100 000 м³ в год)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="147"/>
        <source>assumption: aggregate of a medium ready-mix plant</source>
        <translation>допущение: заполнитель среднего бетонного завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="149"/>
        <source>assumption: returned and washed-out concrete</source>
        <translation>допущение: возвращённый и отмытый бетон</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="150"/>
        <source>assumption: batch of a medium container or flat-glass furnace</source>
        <translation>допущение: шихта средней печи тарного или листового стекла</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="151"/>
        <source>assumption: furnace exhaust heat</source>
        <translation>допущение: тепло отходящих газов печи</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="152"/>
        <source>assumption: off-spec glass not remelted on site</source>
        <translation>допущение: некондиционное стекло, не переплавляемое на месте</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="153"/>
        <source>assumption: clay of a medium brickworks</source>
        <translation>допущение: глина среднего кирпичного завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="154"/>
        <source>assumption: kiln cooling-zone heat</source>
        <translation>допущение: тепло зоны охлаждения печи</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="155"/>
        <source>assumption: binder of a medium asphalt mixing plant (asphalt mix is classed in 23.99)</source>
        <translation>допущение: вяжущее среднего асфальтобетонного завода (асфальтобетонная смесь относится к 23.99)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="156"/>
        <source>assumption: fine aggregate</source>
        <translation>допущение: мелкий заполнитель</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="157"/>
        <source>assumption: about 100-150 kg slag per t of about 1 Mt/yr crude steel</source>
        <translation>допущение: около 100–150 кг шлака на т при выплавке около 1 млн т стали в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="158"/>
        <source>assumption: about 250-300 kg slag per t hot metal; integrated works only</source>
        <translation>допущение: около 250–300 кг шлака на т чугуна; только комбинаты полного цикла</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="159"/>
        <source>assumption: about 1-2 % of rolled tonnage</source>
        <translation>допущение: около 1–2 % прокатанного тоннажа</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="160"/>
        <source>assumption: about 15-20 kg per t of EAF steel; EAF works only</source>
        <translation>допущение: около 15–20 кг на т электростали; только электросталеплавильные заводы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="161"/>
        <source>assumption: surplus gas of an integrated works after its own use</source>
        <translation>допущение: избыточный газ комбината полного цикла после собственных нужд</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="162"/>
        <source>assumption: surplus gas where coke ovens are on site</source>
        <translation>допущение: избыточный газ там, где на площадке есть коксовые печи</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="163"/>
        <source>assumption: recoverable heat of furnaces, coolers and off-gas</source>
        <translation>допущение: используемое тепло печей, холодильников и отходящих газов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="165"/>
        <source>assumption: pickling lines only</source>
        <translation>допущение: только линии травления</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="166"/>
        <source>assumption: metal recovered by crushing and magnetic separation of slag</source>
        <translation>допущение: металл, извлекаемый дроблением и магнитной сепарацией шлака</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="167"/>
        <source>assumption: ferroalloy smelters, also classed in 24.10, make about 1-1.5 t slag per t alloy</source>
        <translation>допущение: ферросплавные заводы, также относимые к 24.10, дают около 1–1,5 т шлака на т сплава</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="169"/>
        <source>assumption: works with coke-oven by-product plants only</source>
        <translation>допущение: только заводы с коксохимическими производствами</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="170"/>
        <source>assumption: metallic charge that scrap or recovered metallics could replace</source>
        <translation>допущение: металлошихта, которую мог бы заменить лом или извлечённый металл</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="171"/>
        <source>assumption: sinter feed that mill scale could replace; integrated works only</source>
        <translation>допущение: агломерационная шихта, которую могла бы заменить прокатная окалина; только комбинаты полного цикла</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="172"/>
        <source>assumption: reheating and ladle furnace fuel</source>
        <translation>допущение: топливо нагревательных печей и печей-ковшей</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="173"/>
        <source>assumption: ferroalloy smelters only</source>
        <translation>допущение: только ферросплавные заводы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="174"/>
        <source>assumption: cooling and process water</source>
        <translation>допущение: охлаждающая и технологическая вода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="175"/>
        <source>assumption: about 1-2 % of aluminium melted</source>
        <translation>допущение: около 1–2 % переплавляемого алюминия</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="176"/>
        <source>assumption: alumina refineries only, about 1-1.5 t per t alumina</source>
        <translation>допущение: только глиноземные заводы, около 1–1,5 т на т глинозёма</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="177"/>
        <source>assumption: potline and cast-house heat</source>
        <translation>допущение: тепло электролизных серий и литейного отделения</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="178"/>
        <source>assumption: cooling heat</source>
        <translation>допущение: тепло охлаждения</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="179"/>
        <source>assumption: metal input that scrap or dross recovery could replace in remelting</source>
        <translation>допущение: металл, который при переплаве мог бы заменить лом или извлечённый из дросса металл</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="180"/>
        <source>assumption: roaster and smelter off-gas of a medium zinc or lead smelter</source>
        <translation>допущение: газы обжига и плавки среднего цинкового или свинцового завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="181"/>
        <source>assumption: zinc smelter feed that Waelz oxide could replace</source>
        <translation>допущение: сырьё цинкового завода, которое мог бы заменить вельц-оксид</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="182"/>
        <source>assumption: lead smelters only</source>
        <translation>допущение: только свинцовые заводы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="183"/>
        <source>assumption: smelter off-gas of a medium copper smelter</source>
        <translation>допущение: отходящие газы плавки среднего медеплавильного завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="184"/>
        <source>assumption: copper that scrap could replace</source>
        <translation>допущение: медь, которую мог бы заменить лом</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="185"/>
        <source>assumption: smelters of sulphide ores only</source>
        <translation>допущение: только заводы, плавящие сульфидные руды</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="186"/>
        <source>assumption: Ni, Mo, Co and V recyclers only</source>
        <translation>допущение: только переработчики Ni, Mo, Co и V</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="187"/>
        <location filename="../catalogue/sector_profiles.csv" line="190"/>
        <source>assumption: about 0.5-1 t spent sand per t castings</source>
        <translation>допущение: около 0,5–1 т отработанной формовочной смеси на т отливок</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="188"/>
        <source>assumption: cupola and furnace heat</source>
        <translation>допущение: тепло вагранок и печей</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="189"/>
        <source>assumption: metallic charge of a medium iron foundry</source>
        <translation>допущение: металлошихта среднего чугунолитейного цеха</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="191"/>
        <source>assumption: arc-furnace melting shops only</source>
        <translation>допущение: только цеха с дуговыми печами</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="192"/>
        <source>assumption: metallic charge of a medium steel foundry</source>
        <translation>допущение: металлошихта среднего сталелитейного цеха</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="193"/>
        <location filename="../catalogue/sector_profiles.csv" line="197"/>
        <source>assumption: sand casting only</source>
        <translation>допущение: только литьё в песчаные формы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="194"/>
        <source>assumption: about 1-2 % of metal melted</source>
        <translation>допущение: около 1–2 % переплавляемого металла</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="195"/>
        <source>assumption: runners and rejects not remelted on site</source>
        <translation>допущение: литники и брак, не переплавляемые на месте</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="196"/>
        <source>assumption: ingot that scrap could replace</source>
        <translation>допущение: слитки, которые мог бы заменить лом</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="198"/>
        <source>assumption: copper-alloy foundries</source>
        <translation>допущение: литейные цеха медных сплавов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="199"/>
        <source>assumption: about 10-12 % of the wood input of a 500 kt/yr kraft mill</source>
        <translation>допущение: около 10–12 % древесного сырья сульфат-целлюлозного завода мощностью 500 тыс. т в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="200"/>
        <source>assumption: surplus only where the recovery boiler limits output</source>
        <translation>допущение: избыток только там, где выработку ограничивает содорегенерационный котёл</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="201"/>
        <source>assumption: about 30 kg per t of pulp from softwood kraft mills</source>
        <translation>допущение: около 30 кг на т целлюлозы на сульфатных заводах из хвойной древесины</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="202"/>
        <source>assumption: purged lime mud</source>
        <translation>допущение: выводимый известковый шлам</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="204"/>
        <source>assumption: ash of bark and biomass boilers</source>
        <translation>допущение: зола котлов на коре и биомассе</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="205"/>
        <source>assumption: secondary heat of the mill</source>
        <translation>допущение: вторичное тепло завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="206"/>
        <source>assumption: warm effluent and cooling water</source>
        <translation>допущение: тёплые стоки и охлаждающая вода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="207"/>
        <source>assumption: surplus steam of modern kraft mills</source>
        <translation>допущение: избыточный пар современных сульфат-целлюлозных заводов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="208"/>
        <source>assumption: wood of a 500 kt/yr kraft mill (about 4 t wood per t pulp)</source>
        <translation>допущение: древесина сульфат-целлюлозного завода мощностью 500 тыс. т в год (около 4 т древесины на т целлюлозы)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="209"/>
        <source>assumption: sodium make-up as NaOH</source>
        <translation>допущение: подпитка натрием в виде NaOH</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="210"/>
        <source>assumption: fossil fuel of lime kiln and power boiler (t coal equivalent) that bark could replace</source>
        <translation>допущение: ископаемое топливо известерегенерационной печи и энергетического котла (т условного угля), которое могла бы заменить кора</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="211"/>
        <source>assumption: mills short of own steam only</source>
        <translation>допущение: только заводы, которым не хватает собственного пара</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="212"/>
        <source>assumption: fibre and de-inking sludge of a medium paper mill</source>
        <translation>допущение: волокнистый и флотационный (облагораживания макулатуры) осадок средней бумажной фабрики</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="214"/>
        <source>assumption: rejects from recovered-paper pulping</source>
        <translation>допущение: отходы роспуска макулатуры</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="215"/>
        <source>assumption: exhaust air of the dryer section and warm effluent</source>
        <translation>допущение: отработанный воздух сушильной части и тёплые стоки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="217"/>
        <source>assumption: drying steam of a medium paper machine</source>
        <translation>допущение: сушильный пар средней бумагоделательной машины</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="218"/>
        <source>assumption: process water</source>
        <translation>допущение: технологическая вода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="219"/>
        <source>assumption: boiler fuel (t coal equivalent) that bark or RDF could replace</source>
        <translation>допущение: котельное топливо (т условного угля), которое могли бы заменить кора или RDF</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="220"/>
        <source>assumption: mills with on-site precipitated calcium carbonate plants only</source>
        <translation>допущение: только фабрики с собственным производством осаждённого карбоната кальция</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="221"/>
        <source>assumption: sawdust, chips and offcuts, about 40 % of about 200 kt/yr logs</source>
        <translation>допущение: опилки, щепа и обрезки — около 40 % из примерно 200 тыс. т бревён в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="222"/>
        <source>assumption: about 10 % of the log mass</source>
        <translation>допущение: около 10 % массы бревна</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="223"/>
        <source>assumption: mills with their own biomass boiler</source>
        <translation>допущение: заводы с собственным котлом на биомассе</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="224"/>
        <source>assumption: heat for timber drying kilns</source>
        <translation>допущение: тепло для сушильных камер пиломатериалов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="225"/>
        <source>assumption: offcuts, shavings and sawdust of joinery and wood products</source>
        <translation>допущение: обрезки, стружка и опилки столярного производства и изделий из дерева</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="226"/>
        <source>assumption: wood of a medium particleboard or MDF plant</source>
        <translation>допущение: древесина среднего завода ДСП или МДФ</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="227"/>
        <source>assumption: heat for fibre and chip dryers</source>
        <translation>допущение: тепло для сушилок волокна и стружки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="228"/>
        <source>assumption: sanding dust and trim</source>
        <translation>допущение: шлифовальная пыль и обрезки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="229"/>
        <source>assumption: ash of the plant&apos;s biomass boiler</source>
        <translation>допущение: зола котла на биомассе предприятия</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="230"/>
        <source>assumption: raw material of pellet plants</source>
        <translation>допущение: сырьё пеллетных заводов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="231"/>
        <source>assumption: offcuts and dust</source>
        <translation>допущение: обрезки и пыль</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="232"/>
        <source>assumption: offcuts and sawdust of a medium furniture factory</source>
        <translation>допущение: обрезки и опилки средней мебельной фабрики</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="233"/>
        <source>assumption: lacquer and cleaning solvents</source>
        <translation>допущение: лаковые и моющие растворители</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="234"/>
        <source>assumption: logging residues and chips</source>
        <translation>допущение: порубочные остатки и щепа</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="235"/>
        <source>assumption: bark at landing sites</source>
        <translation>допущение: кора на погрузочных площадках</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="236"/>
        <source>assumption: forest liming or ash return where practised</source>
        <translation>допущение: известкование лесов или возврат золы, где это практикуется</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="237"/>
        <source>assumption: about 30-40 % of live weight of a medium slaughterhouse is by-product</source>
        <translation>допущение: около 30–40 % живой массы на средней бойне — побочные продукты</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="238"/>
        <location filename="../catalogue/sector_profiles.csv" line="243"/>
        <source>assumption: flotation and effluent sludge</source>
        <translation>допущение: флотационный осадок и осадок сточных вод</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="239"/>
        <source>assumption: lairage manure and stomach contents</source>
        <translation>допущение: навоз загонов предубойного содержания и содержимое желудков</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="240"/>
        <location filename="../catalogue/sector_profiles.csv" line="244"/>
        <location filename="../catalogue/sector_profiles.csv" line="258"/>
        <source>assumption: refrigeration condenser heat</source>
        <translation>допущение: тепло конденсаторов холодильных установок</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="241"/>
        <source>assumption: scalding, cleaning and rendering steam</source>
        <translation>допущение: пар для шпарки, мойки и вытопки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="242"/>
        <source>assumption: poultry and meat-product plants</source>
        <translation>допущение: предприятия по переработке птицы и мясных продуктов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="245"/>
        <source>assumption: cooking and cleaning steam</source>
        <translation>допущение: пар для варки и мойки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="246"/>
        <source>assumption: heads, frames and trimmings, about 40-60 % of raw fish</source>
        <translation>допущение: головы, хребты и обрезки — около 40–60 % сырой рыбы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="247"/>
        <location filename="../catalogue/sector_profiles.csv" line="251"/>
        <location filename="../catalogue/sector_profiles.csv" line="254"/>
        <location filename="../catalogue/sector_profiles.csv" line="270"/>
        <location filename="../catalogue/sector_profiles.csv" line="274"/>
        <location filename="../catalogue/sector_profiles.csv" line="284"/>
        <location filename="../catalogue/sector_profiles.csv" line="289"/>
        <location filename="../catalogue/sector_profiles.csv" line="295"/>
        <source>assumption: effluent sludge</source>
        <translation>допущение: осадок сточных вод</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="248"/>
        <source>assumption: fishmeal plants (also 10.20) only</source>
        <translation>допущение: только рыбомучные заводы (также 10.20)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="249"/>
        <source>assumption: cooking and drying steam</source>
        <translation>допущение: пар для варки и сушки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="250"/>
        <source>assumption: peelings, pomace and rejects of a medium fruit or vegetable plant</source>
        <translation>допущение: очистки, выжимки и брак средней фруктовой или овощной фабрики</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="252"/>
        <source>assumption: blanching, cooking and evaporation steam</source>
        <translation>допущение: пар для бланширования, варки и выпаривания</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="253"/>
        <source>assumption: rendering plants only</source>
        <translation>допущение: только заводы по вытопке жира</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="256"/>
        <source>assumption: about 9 t whey per t cheese; cheese dairies only</source>
        <translation>допущение: около 9 т сыворотки на т сыра; только сыродельные заводы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="257"/>
        <source>assumption: effluent and flotation sludge</source>
        <translation>допущение: осадок сточных вод и флотационный осадок</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="259"/>
        <source>assumption: pasteurisation, evaporation and cleaning steam</source>
        <translation>допущение: пар для пастеризации, выпаривания и мойки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="260"/>
        <source>assumption: bran, screenings and off-spec product</source>
        <translation>допущение: отруби, отходы очистки зерна и некондиционный продукт</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="261"/>
        <source>assumption: starch-plant effluent sludge</source>
        <translation>допущение: осадок сточных вод крахмального завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="262"/>
        <source>assumption: process steam of starch plants</source>
        <translation>допущение: технологический пар крахмальных заводов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="263"/>
        <source>assumption: grain and product drying</source>
        <translation>допущение: сушка зерна и продукции</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="264"/>
        <source>assumption: unsold bread and off-spec bakery products</source>
        <translation>допущение: непроданный хлеб и некондиционные хлебобулочные изделия</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="265"/>
        <source>assumption: pressed pulp, about 0.2 t per t of about 1 Mt beet per campaign</source>
        <translation>допущение: жом, около 0,2 т на т из примерно 1 млн т свёклы за сезон</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="266"/>
        <source>assumption: carbonatation lime, about 4 % of beet mass</source>
        <translation>допущение: дефекационная известь, около 4 % массы свёклы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="267"/>
        <source>assumption: beet tails and leaves</source>
        <translation>допущение: хвостики и ботва свёклы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="268"/>
        <source>assumption: lime-kiln CO2 not used in carbonatation</source>
        <translation>допущение: CO2 известковой печи, не используемый при сатурации</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="269"/>
        <source>assumption: evaporator condensate and vapour heat</source>
        <translation>допущение: тепло конденсата и вторичного пара выпарной станции</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="271"/>
        <source>assumption: process steam of a campaign</source>
        <translation>допущение: технологический пар сезона переработки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="272"/>
        <source>assumption: pulp drying</source>
        <translation>допущение: сушка жома</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="273"/>
        <location filename="../catalogue/sector_profiles.csv" line="433"/>
        <source>assumption: yeast factories only</source>
        <translation>допущение: только дрожжевые заводы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="275"/>
        <source>assumption: food-grade CO2 for processing and packaging</source>
        <translation>допущение: пищевой CO2 для переработки и упаковки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="277"/>
        <source>assumption: protein raw materials of a medium feed mill</source>
        <translation>допущение: белковое сырьё среднего комбикормового завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="278"/>
        <source>assumption: grain and other energy feed of a medium feed mill</source>
        <translation>допущение: зерно и другие энергетические корма среднего комбикормового завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="279"/>
        <source>assumption: pelleting and drying heat</source>
        <translation>допущение: тепло гранулирования и сушки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="280"/>
        <source>assumption: steam for conditioning feed before pelleting</source>
        <translation>допущение: пар для кондиционирования корма перед гранулированием</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="281"/>
        <source>assumption: stillage of a medium distillery</source>
        <translation>допущение: барда среднего спиртового завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="282"/>
        <source>assumption: fermentation CO2</source>
        <translation>допущение: CO2 брожения</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="283"/>
        <source>assumption: surplus yeast</source>
        <translation>допущение: избыточные дрожжи</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="285"/>
        <source>assumption: distillation steam</source>
        <translation>допущение: пар для перегонки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="286"/>
        <source>assumption: about 20 kg per hl of beer at about 1 Mhl/yr</source>
        <translation>допущение: около 20 кг на гл пива при выпуске около 1 млн гл в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="287"/>
        <source>assumption: about 2-3 kg surplus yeast per hl</source>
        <translation>допущение: около 2–3 кг избыточных дрожжей на гл</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="288"/>
        <source>assumption: about 3-4 kg fermentation CO2 per hl, part already recovered</source>
        <translation>допущение: около 3–4 кг CO2 брожения на гл, часть уже улавливается</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="290"/>
        <source>assumption: wort cooling and refrigeration heat</source>
        <translation>допущение: тепло охлаждения сусла и холодильных установок</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="291"/>
        <source>assumption: brewhouse and cleaning steam</source>
        <translation>допущение: пар варочного цеха и мойки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="292"/>
        <source>assumption: CO2 bought for carbonation and packaging</source>
        <translation>допущение: покупной CO2 для газирования и упаковки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="293"/>
        <source>assumption: carbonation CO2 of a medium soft-drink plant</source>
        <translation>допущение: CO2 для газирования среднего завода безалкогольных напитков</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="294"/>
        <source>assumption: pasteurisation and cleaning steam</source>
        <translation>допущение: пар для пастеризации и мойки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="296"/>
        <source>assumption: surplus straw of a 500 ha arable farm</source>
        <translation>допущение: избыточная солома пахотного хозяйства площадью 500 га</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="297"/>
        <source>assumption: about 150 kg N/ha on 500 ha; unit is t N</source>
        <translation>допущение: около 150 кг N/га на 500 га; единица — т N</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="298"/>
        <source>assumption: maintenance liming of acid soils</source>
        <translation>допущение: поддерживающее известкование кислых почв</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="299"/>
        <location filename="../catalogue/sector_profiles.csv" line="314"/>
        <source>assumption: gypsum as soil conditioner where used</source>
        <translation>допущение: гипс как мелиорант почвы, где применяется</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="300"/>
        <source>assumption: irrigation where practised</source>
        <translation>допущение: орошение, где практикуется</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="301"/>
        <source>assumption: heating of about 2-3 ha of greenhouses</source>
        <translation>допущение: отопление около 2–3 га теплиц</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="302"/>
        <location filename="../catalogue/sector_profiles.csv" line="308"/>
        <source>assumption: CO2 enrichment of greenhouses</source>
        <translation>допущение: подкормка теплиц CO2</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="303"/>
        <location filename="../catalogue/sector_profiles.csv" line="309"/>
        <location filename="../catalogue/sector_profiles.csv" line="336"/>
        <source>assumption: unit is t N</source>
        <translation>допущение: единица — т N</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="304"/>
        <location filename="../catalogue/sector_profiles.csv" line="310"/>
        <source>assumption: irrigation water</source>
        <translation>допущение: поливная вода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="305"/>
        <source>assumption: liming of open-field vegetable land (01.13 also covers field vegetables and potatoes)</source>
        <translation>допущение: известкование открытого грунта под овощами (01.13 включает также полевые овощи и картофель)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="306"/>
        <source>assumption: plant residues and rejected produce</source>
        <translation>допущение: растительные остатки и отбракованная продукция</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="307"/>
        <source>assumption: heating of flower greenhouses</source>
        <translation>допущение: отопление цветочных теплиц</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="311"/>
        <source>assumption: orchards and vineyards of about 200 ha; unit is t N</source>
        <translation>допущение: сады и виноградники площадью около 200 га; единица — т N</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="312"/>
        <location filename="../catalogue/sector_profiles.csv" line="337"/>
        <source>assumption: maintenance liming</source>
        <translation>допущение: поддерживающее известкование</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="313"/>
        <source>assumption: irrigation</source>
        <translation>допущение: орошение</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="315"/>
        <source>assumption: slurry and manure of a medium livestock farm</source>
        <translation>допущение: жидкий навоз и навоз среднего животноводческого хозяйства</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="316"/>
        <source>assumption: grain and compound feed</source>
        <translation>допущение: зерно и комбикорм</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="317"/>
        <location filename="../catalogue/sector_profiles.csv" line="329"/>
        <source>assumption: fertiliser for the farm&apos;s own fields; unit is t N</source>
        <translation>допущение: удобрение для собственных полей хозяйства; единица — т N</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="318"/>
        <source>assumption: about 20 t slurry per cow per year for 200 cows</source>
        <translation>допущение: около 20 т жидкого навоза на корову в год при 200 коровах</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="319"/>
        <source>assumption: concentrate feed for 200 cows</source>
        <translation>допущение: концентрированный корм для 200 коров</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="320"/>
        <source>assumption: protein feed for 200 cows</source>
        <translation>допущение: белковый корм для 200 коров</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="321"/>
        <location filename="../catalogue/sector_profiles.csv" line="325"/>
        <source>assumption: fertiliser for grassland; unit is t N</source>
        <translation>допущение: удобрение для лугов и пастбищ; единица — т N</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="322"/>
        <source>assumption: manure of about 300 beef cattle</source>
        <translation>допущение: навоз около 300 голов мясного скота</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="323"/>
        <source>assumption: concentrate feed</source>
        <translation>допущение: концентрированный корм</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="324"/>
        <location filename="../catalogue/sector_profiles.csv" line="335"/>
        <source>assumption: protein feed</source>
        <translation>допущение: белковый корм</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="326"/>
        <source>assumption: slurry of about 2000 fattening places</source>
        <translation>допущение: жидкий навоз примерно 2000 откормочных мест</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="327"/>
        <source>assumption: about 0.8-1 t feed per fattening place per year</source>
        <translation>допущение: около 0,8–1 т корма на откормочное место в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="328"/>
        <source>assumption: protein share of the ration</source>
        <translation>допущение: белковая доля рациона</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="330"/>
        <source>assumption: litter of a medium poultry farm</source>
        <translation>допущение: подстилочный помёт средней птицефабрики</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="331"/>
        <source>assumption: compound feed</source>
        <translation>допущение: комбикорм</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="332"/>
        <source>assumption: slurry and manure of a mixed farm</source>
        <translation>допущение: жидкий навоз и навоз смешанного хозяйства</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="333"/>
        <source>assumption: surplus straw</source>
        <translation>допущение: избыточная солома</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="334"/>
        <source>assumption: bought-in feed</source>
        <translation>допущение: покупной корм</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="338"/>
        <source>assumption: water of a medium land-based fish farm; warm water speeds growth</source>
        <translation>допущение: вода среднего наземного рыбоводного хозяйства; тёплая вода ускоряет рост</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="339"/>
        <source>assumption: fish sludge from water treatment</source>
        <translation>допущение: рыбный осадок от водоочистки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="340"/>
        <source>assumption: land-based marine farms only (seawater); warm water speeds growth</source>
        <translation>допущение: только наземные морские хозяйства (морская вода); тёплая вода ускоряет рост</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="341"/>
        <source>assumption: about 20 kg dry solids per person per year for 100000 people at about 25 % dry solids</source>
        <translation>допущение: около 20 кг сухого вещества на человека в год для 100 000 человек при содержании сухого вещества около 25 %</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="342"/>
        <source>assumption: about 200 l per person per day for 100000 people</source>
        <translation>допущение: около 200 л на человека в сутки для 100 000 человек</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="343"/>
        <source>assumption: plants with sludge digestion only</source>
        <translation>допущение: только сооружения с метановым сбраживанием осадка</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="344"/>
        <source>assumption: heat recoverable from effluent with heat pumps</source>
        <translation>допущение: тепло, извлекаемое из стоков тепловыми насосами</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="345"/>
        <source>assumption: iron salt for phosphorus removal</source>
        <translation>допущение: соль железа для удаления фосфора</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="346"/>
        <source>assumption: pH correction; unit is t NaOH</source>
        <translation>допущение: корректировка pH; единица — т NaOH</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="347"/>
        <source>assumption: separately collected food waste</source>
        <translation>допущение: раздельно собранные пищевые отходы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="348"/>
        <source>assumption: collected glass</source>
        <translation>допущение: собранное стекло</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="349"/>
        <source>assumption: collected used cooking oil</source>
        <translation>допущение: собранное отработанное кулинарное масло</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="350"/>
        <source>assumption: collected batteries</source>
        <translation>допущение: собранные аккумуляторы и батареи</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="351"/>
        <source>assumption: collected tyres</source>
        <translation>допущение: собранные шины</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="352"/>
        <source>assumption: heat of a 200 kt/yr waste-to-energy plant</source>
        <translation>допущение: тепло мусоросжигательной электростанции мощностью 200 тыс. т отходов в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="353"/>
        <source>assumption: process steam where an industrial customer is near</source>
        <translation>допущение: технологический пар, где рядом есть промышленный потребитель</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="354"/>
        <source>assumption: about 20 % of waste incinerated</source>
        <translation>допущение: около 20 % сжигаемых отходов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="355"/>
        <source>assumption: iron recovered from bottom ash, about 2 % of waste</source>
        <translation>допущение: железо, извлекаемое из шлака, около 2 % отходов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="356"/>
        <source>assumption: mechanical-biological treatment plants only, a minority of the sites classed 38.21 (landfills, soil treatment and sorting sites are too), hence below the default confidence cut-off</source>
        <translation>допущение: только установки механико-биологической обработки — меньшинство площадок класса 38.21 (к нему относятся и полигоны, площадки обработки грунта и сортировки), поэтому ниже порога достоверности по умолчанию</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="357"/>
        <source>assumption: landfill gas of a landfill (E-PRTR 5(d)); digestion plants are classed 35.21</source>
        <translation>допущение: свалочный газ полигона (E-PRTR 5(d)); установки сбраживания относятся к 35.21</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="358"/>
        <source>assumption: digestion plants only</source>
        <translation>допущение: только установки сбраживания</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="359"/>
        <source>assumption: solvent recovery or hazardous-waste incineration</source>
        <translation>допущение: регенерация растворителей или сжигание опасных отходов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="360"/>
        <source>assumption: Waelz plants only</source>
        <translation>допущение: только вельц-установки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="361"/>
        <source>assumption: physico-chemical treatment plants</source>
        <translation>допущение: установки физико-химической обработки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="362"/>
        <source>assumption: catalyst reclaimers only</source>
        <translation>допущение: только регенераторы катализаторов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="363"/>
        <source>assumption: car and ship dismantling</source>
        <translation>допущение: разборка автомобилей и судов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="364"/>
        <source>assumption: aluminium parts</source>
        <translation>допущение: алюминиевые детали</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="365"/>
        <source>assumption: drained oils</source>
        <translation>допущение: слитые масла</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="366"/>
        <source>assumption: vehicle batteries</source>
        <translation>допущение: автомобильные аккумуляторы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="367"/>
        <source>assumption: tyres</source>
        <translation>допущение: шины</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="368"/>
        <source>assumption: sorted ferrous metal</source>
        <translation>допущение: отсортированный чёрный металл</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="369"/>
        <source>assumption: sorted aluminium</source>
        <translation>допущение: отсортированный алюминий</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="370"/>
        <source>assumption: sorted copper</source>
        <translation>допущение: отсортированная медь</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="371"/>
        <source>assumption: processed cullet</source>
        <translation>допущение: подготовленный стеклобой</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="372"/>
        <source>assumption: refuse-derived fuel from sorting residues</source>
        <translation>допущение: топливо из отходов (RDF) из остатков сортировки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="373"/>
        <source>assumption: processed C&amp;D waste (recycled aggregate)</source>
        <translation>допущение: переработанные строительные отходы (вторичный заполнитель)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="374"/>
        <source>assumption: sorted waste wood</source>
        <translation>допущение: отсортированные древесные отходы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="375"/>
        <source>assumption: oil re-refiners only (re-refining may be classed 38.32)</source>
        <translation>допущение: только заводы регенерации масел (регенерация может относиться к 38.32)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="376"/>
        <source>assumption: dross processors only</source>
        <translation>допущение: только переработчики дросса</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="377"/>
        <source>assumption: construction waste of a medium building contractor</source>
        <translation>допущение: строительные отходы средней строительной организации</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="378"/>
        <source>assumption: plasterboard offcuts</source>
        <translation>допущение: обрезки гипсокартона</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="379"/>
        <source>assumption: reinforcement and steel offcuts</source>
        <translation>допущение: обрезки арматуры и стали</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="380"/>
        <source>assumption: formwork and packaging wood</source>
        <translation>допущение: опалубочная и упаковочная древесина</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="381"/>
        <source>assumption: mineral demolition waste of a medium demolition contractor</source>
        <translation>допущение: минеральные отходы сноса средней организации по сносу</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="382"/>
        <source>assumption: steel from demolition</source>
        <translation>допущение: сталь от сноса</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="383"/>
        <source>assumption: demolition wood</source>
        <translation>допущение: древесина от сноса</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="384"/>
        <source>assumption: plasterboard from strip-out</source>
        <translation>допущение: гипсокартон от демонтажа</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="385"/>
        <source>assumption: aggregate of a medium road contractor</source>
        <translation>допущение: заполнитель средней дорожно-строительной организации</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="386"/>
        <source>assumption: binder for asphalt layers</source>
        <translation>допущение: вяжущее для асфальтовых слоёв</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="387"/>
        <source>assumption: fine aggregate and fill</source>
        <translation>допущение: мелкий заполнитель и засыпка</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="388"/>
        <location filename="../catalogue/sector_profiles.csv" line="395"/>
        <source>assumption: soil stabilisation</source>
        <translation>допущение: стабилизация грунта</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="389"/>
        <source>assumption: milled asphalt from resurfacing</source>
        <translation>допущение: фрезерованный асфальт от ремонта покрытий</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="390"/>
        <source>assumption: broken concrete and kerbs</source>
        <translation>допущение: бетонный лом и бордюры</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="391"/>
        <source>assumption: ballast and sub-base of a railway contractor</source>
        <translation>допущение: балласт и подстилающий слой железнодорожно-строительной организации</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="392"/>
        <source>assumption: old ballast and concrete</source>
        <translation>допущение: старый балласт и бетон</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="393"/>
        <source>assumption: fill and aggregate of civil works</source>
        <translation>допущение: засыпка и заполнитель для инженерных сооружений</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="394"/>
        <source>assumption: fill</source>
        <translation>допущение: засыпка</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="396"/>
        <source>assumption: broken concrete and rubble</source>
        <translation>допущение: бетонный лом и щебень от разборки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="397"/>
        <source>assumption: drained engine oil of a medium garage</source>
        <translation>допущение: слитое моторное масло средней автомастерской</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="398"/>
        <source>assumption: replaced batteries</source>
        <translation>допущение: заменённые аккумуляторы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="399"/>
        <source>assumption: replaced tyres</source>
        <translation>допущение: заменённые шины</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="400"/>
        <source>assumption: replaced parts</source>
        <translation>допущение: заменённые детали</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="401"/>
        <source>assumption: tank-cleaning residues and returned off-spec fuel of a fuel depot</source>
        <translation>допущение: остатки зачистки резервуаров и возвращённое некондиционное топливо нефтебазы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="402"/>
        <source>assumption: scrap sold on by a medium scrap dealer</source>
        <translation>допущение: лом, перепродаваемый средним ломозаготовителем</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="403"/>
        <source>assumption: aluminium scrap</source>
        <translation>допущение: алюминиевый лом</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="404"/>
        <source>assumption: copper scrap</source>
        <translation>допущение: медный лом</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="405"/>
        <source>assumption: batteries</source>
        <translation>допущение: аккумуляторы и батареи</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="406"/>
        <source>assumption: server heat of a data centre of about 6-7 MW IT load</source>
        <translation>допущение: тепло серверов центра обработки данных с ИТ-нагрузкой около 6–7 МВт</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="407"/>
        <source>assumption: sour-gas fields only</source>
        <translation>допущение: только месторождения сернистого газа</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="408"/>
        <source>assumption: acid gas where no own sulphur unit exists</source>
        <translation>допущение: кислый газ, где нет своей установки получения серы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="409"/>
        <source>assumption: CO2 separated from natural gas</source>
        <translation>допущение: CO2, отделяемый от природного газа</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="410"/>
        <source>assumption: surplus gas of a medium coking plant</source>
        <translation>допущение: избыточный газ среднего коксохимического завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="411"/>
        <source>assumption: by-product plant output</source>
        <translation>допущение: продукция улавливающих (химических) цехов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="412"/>
        <source>assumption: coke-quenching and off-gas heat</source>
        <translation>допущение: тепло тушения кокса и отходящих газов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="413"/>
        <source>assumption: offcuts and turnings of a medium metalworking plant</source>
        <translation>допущение: обрезки и стружка среднего металлообрабатывающего завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="414"/>
        <source>assumption: aluminium offcuts</source>
        <translation>допущение: алюминиевые обрезки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="415"/>
        <location filename="../catalogue/sector_profiles.csv" line="418"/>
        <source>assumption: degreasing solvents</source>
        <translation>допущение: растворители для обезжиривания</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="416"/>
        <source>assumption: cutting and hydraulic oils</source>
        <translation>допущение: смазочно-охлаждающие и гидравлические масла</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="417"/>
        <source>assumption: spent acid of a medium pickling or plating shop</source>
        <translation>допущение: отработанная кислота среднего цеха травления или гальваники</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="419"/>
        <source>assumption: press-shop offcuts of a vehicle plant</source>
        <translation>допущение: обрезки прессового цеха автомобильного завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="420"/>
        <location filename="../catalogue/sector_profiles.csv" line="466"/>
        <source>assumption: aluminium offcuts and chips</source>
        <translation>допущение: алюминиевые обрезки и стружка</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="421"/>
        <source>assumption: paint-shop solvents</source>
        <translation>допущение: растворители окрасочного цеха</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="422"/>
        <source>assumption: machining and hydraulic oils</source>
        <translation>допущение: масла для механической обработки и гидравлические масла</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="423"/>
        <source>assumption: printing and cleaning solvents</source>
        <translation>допущение: печатные и моющие растворители</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="424"/>
        <source>assumption: rejects of tyre plants only</source>
        <translation>допущение: только брак шинных заводов</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="425"/>
        <source>assumption: frying oil of a medium restaurant or canteen</source>
        <translation>допущение: фритюрное масло среднего ресторана или столовой</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="426"/>
        <source>assumption: kitchen waste</source>
        <translation>допущение: кухонные отходы</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="427"/>
        <source>assumption: separately collected packaging plastics of a medium collector</source>
        <translation>допущение: раздельно собранная пластиковая упаковка среднего сборщика</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="428"/>
        <source>assumption: sorted mixed plastics of a medium sorting plant</source>
        <translation>допущение: отсортированная смесь пластиков средней сортировочной станции</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="429"/>
        <source>assumption: coke and injected coal of an integrated works, part replaceable by other reductants</source>
        <translation>допущение: кокс и вдуваемый уголь комбината полного цикла, частично заменимые другими восстановителями</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="430"/>
        <source>assumption: about 4 % of about 1 Mt/yr beet or cane processed</source>
        <translation>допущение: около 4 % из примерно 1 млн т перерабатываемой в год свёклы или тростника</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="431"/>
        <source>assumption: a cane mill leaves about 0.3 t wet bagasse per t cane crushed (about 1 Mt cane a season)</source>
        <translation>допущение: тростниковый завод оставляет около 0,3 т влажной багассы на т переработанного тростника (около 1 млн т тростника за сезон)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="432"/>
        <source>assumption: feedstock of a medium molasses distillery</source>
        <translation>допущение: сырьё среднего мелассного спиртового завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="434"/>
        <source>assumption: waste-heat boilers and gas-fired power plants of an integrated works export part of their steam</source>
        <translation>допущение: котлы-утилизаторы и газовые электростанции комбината полного цикла отпускают часть своего пара</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="435"/>
        <source>assumption: waste-heat boilers on roasters and the sulphuric-acid plant of a zinc or lead smelter raise more steam than the smelter uses</source>
        <translation>допущение: котлы-утилизаторы обжиговых печей и сернокислотный цех цинкового или свинцового завода вырабатывают больше пара, чем нужно заводу</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="436"/>
        <source>assumption: waste-heat boilers on smelting furnaces and the sulphuric-acid plant of a copper smelter raise more steam than the smelter uses</source>
        <translation>допущение: котлы-утилизаторы плавильных печей и сернокислотный цех медеплавильного завода вырабатывают больше пара, чем нужно заводу</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="437"/>
        <source>assumption: warm water keeps land-based freshwater fish tanks at growing temperature (a medium farm)</source>
        <translation>допущение: тёплая вода поддерживает температуру роста в бассейнах наземного пресноводного рыбоводного хозяйства (среднего)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="438"/>
        <source>assumption: fuel for cooking and drying fish and fishmeal of a medium plant</source>
        <translation>допущение: топливо для варки и сушки рыбы и рыбной муки среднего предприятия</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="439"/>
        <source>assumption: purchased gas of a medium refinery (hydrogen plant feed and fuel beyond its own refinery gas)</source>
        <translation>допущение: покупной газ среднего НПЗ (сырьё водородной установки и топливо сверх собственного нефтезаводского газа)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="440"/>
        <source>assumption: heat that keeps the sludge digesters of a plant for about 100000 people at about 35 C</source>
        <translation>допущение: тепло для поддержания около 35 °C в метантенках сооружений на 100 000 человек</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="441"/>
        <source>assumption: soil-remediation and soil-production firms compost sludge into topsoil substitutes and cover</source>
        <translation>допущение: фирмы по рекультивации и производству грунтов компостируют осадок в заменители плодородного слоя и укрывной материал</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="442"/>
        <source>assumption: steam from the boiler of a hazardous-waste incinerator beyond its own use</source>
        <translation>допущение: пар котла установки сжигания опасных отходов сверх собственных нужд</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="443"/>
        <source>assumption: nickel and cobalt refineries that reduce metal from ammoniacal solution with hydrogen</source>
        <translation>допущение: никелевые и кобальтовые заводы, восстанавливающие металл водородом из аммиачного раствора</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="444"/>
        <source>assumption: sulphate-route titanium dioxide plants neutralise their spent acid with lime, leaving several t of gypsum per t of pigment</source>
        <translation>допущение: заводы диоксида титана сернокислотным способом нейтрализуют отработанную кислоту известью, получая несколько т гипса на т пигмента</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="445"/>
        <source>assumption: water-reclamation plants that treat secondary effluent to industrial-grade water</source>
        <translation>допущение: установки доочистки, доводящие очищенные стоки до воды промышленного качества</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="446"/>
        <source>assumption: irrigation of parks and green areas</source>
        <translation>допущение: полив парков и зелёных зон</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="447"/>
        <source>assumption: stickwater, blood water and brine of a medium fish-processing plant, kept apart from dilute washing water</source>
        <translation>допущение: клеевая вода, кровяная вода и рассол среднего рыбоперерабатывающего предприятия, отдельно от разбавленных промывных вод</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="448"/>
        <source>assumption: blood and gut-room water of a medium slaughterhouse, kept apart from dilute washing water</source>
        <translation>допущение: кровь и вода кишечного цеха средней бойни, отдельно от разбавленных промывных вод</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="449"/>
        <source>assumption: whey permeate and product-loss water of a medium dairy, kept apart from dilute washing water</source>
        <translation>допущение: пермеат сыворотки и вода с потерями продукта среднего молочного завода, отдельно от разбавленных промывных вод</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="450"/>
        <source>assumption: liquid co-substrate of a medium biogas plant</source>
        <translation>допущение: жидкий косубстрат средней биогазовой установки</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="451"/>
        <source>about 2.2 t of slag per t of copper (Gorai, Jana and Premchand 2003, Resources, Conservation and Recycling 39: 299-313, abstract); assumption: a primary smelter of about 180 kt copper a year</source>
        <translation>около 2,2 т шлака на т меди (Gorai, Jana and Premchand 2003, Resources, Conservation and Recycling 39: 299-313, аннотация); допущение: первичный завод мощностью около 180 тыс. т меди в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="452"/>
        <source>assumption: lead smelters and pyrometallurgical zinc plants (Imperial smelting, Waelz, slag fuming) of medium size; electrolytic zinc plants leave leach residues instead</source>
        <translation>допущение: свинцовые заводы и пирометаллургические цинковые заводы (Imperial smelting, вельцевание, фьюмингование шлака) среднего размера; электролитные цинковые заводы оставляют вместо этого кеки выщелачивания</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="453"/>
        <source>assumption: nickel matte smelters leave several t of slag per t of nickel; precious-metal and other refiners classed 24.45 little</source>
        <translation>допущение: заводы по плавке на никелевый штейн оставляют несколько т шлака на т никеля; аффинажные и прочие заводы класса 24.45 — мало</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="454"/>
        <source>assumption: waste-heat boilers on the furnaces and acid plant of a sulphide-ore (nickel) smelter raise more steam than it uses; other 24.45 plants have none</source>
        <translation>допущение: котлы-утилизаторы печей и сернокислотного цеха завода, плавящего сульфидную (никелевую) руду, вырабатывают больше пара, чем ему нужно; у прочих предприятий 24.45 их нет</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="455"/>
        <source>petcoke is made at more than 140 refineries worldwide (SUO Global Logistics, &apos;Petcoke&apos;, stored copy, year not shown), a minority of all refineries (assumption); a coking refinery such as Valero Corpus Christi makes about 400,000 t a year (Corpus Christi Caller-Times, &apos;Fueling a unique market&apos;, stored copy, year not shown)</source>
        <translation>нефтяной кокс производят более чем на 140 НПЗ мира (SUO Global Logistics, &apos;Petcoke&apos;, сохранённая копия, год не указан) — это меньшинство всех НПЗ (допущение); НПЗ с установкой коксования, такой как Valero Corpus Christi, производит около 400 000 т в год (Corpus Christi Caller-Times, &apos;Fueling a unique market&apos;, сохранённая копия, год не указан)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="456"/>
        <source>about 50 kg of H2SiF6 (100 %) per t of phosphoric acid (Lifesynfluor glossary, &apos;Hexafluorosilicic acid&apos;, stored copy, year not shown); assumption: a plant of about 400 kt phosphoric acid a year</source>
        <translation>около 50 кг H2SiF6 (100 %) на т фосфорной кислоты (глоссарий Lifesynfluor, &apos;Hexafluorosilicic acid&apos;, сохранённая копия, год не указан); допущение: завод мощностью около 400 тыс. т фосфорной кислоты в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="457"/>
        <source>0.7 mg/l fluoride, the US recommended level (US CDC, quoted in &apos;Know the basics of water fluoridation additive products&apos;, written for fluoridation&apos;s 75th year, 2020, reprinted on fluoridealert.org), x 20 million m3 a year of a medium water works (assumption) / 0.79 t F per t H2SiF6 (stoichiometry); 72.8 % of the US population on public systems had fluoridated water in 2016 (CDC, same source)</source>
        <translation>0,7 мг/л фторида — рекомендуемый в США уровень (US CDC, цитируется в &apos;Know the basics of water fluoridation additive products&apos;, написано к 75-летию фторирования, 2020, перепечатано на fluoridealert.org), × 20 млн м³ в год среднего водопроводного предприятия (допущение) / 0,79 т F на т H2SiF6 (стехиометрия); в 2016 г. фторированную воду получали 72,8 % населения США, подключённого к централизованным системам (CDC, тот же источник)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="458"/>
        <source>assumption: isocyanate (MDI, TDI), chloromethane and other chlorination plants; a 45 kt/yr TDI plant is the example of SRI, PEP Review &apos;Recovery of hydrogen chloride&apos; (1983)</source>
        <translation>допущение: производства изоцианатов (MDI, TDI), хлорметанов и прочие производства хлорирования; пример — завод TDI мощностью 45 тыс. т в год у SRI, PEP Review &apos;Recovery of hydrogen chloride&apos; (1983)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="459"/>
        <source>assumption: a hot-dip galvaniser of about 30 kt of steel a year pickles in hydrochloric acid, about 20-40 kg of acid per t of steel</source>
        <translation>допущение: завод горячего цинкования мощностью около 30 тыс. т стали в год травит сталь соляной кислотой, около 20–40 кг кислоты на т стали</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="460"/>
        <source>filter cake of 1-7 kg (wet) per 100 kg of cane (Feedipedia, &apos;Sugarcane press mud&apos;, citing van der Poel et al. 1998); assumption: about 3 % of the about 1 Mt of cane a season of a medium mill</source>
        <translation>фильтрационный осадок 1–7 кг (влажный) на 100 кг тростника (Feedipedia, &apos;Sugarcane press mud&apos;, со ссылкой на van der Poel et al. 1998); допущение: около 3 % из примерно 1 млн т тростника за сезон среднего завода</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="461"/>
        <source>UPM&apos;s Kaukas kraft mill makes almost 10,000 t of dregs a year (bioenergy-news.com, &apos;UPM research green liquor dregs utilisation in a bid to reach zero waste status&apos;, stored copy, year not shown) and Mondi&apos;s Frantschach mill about 5,000 t (Mondi sustainable development report 2013); assumption: about 7,000 t for the 500 kt/yr mill of this profile</source>
        <translation>сульфат-целлюлозный завод UPM Kaukas образует почти 10 000 т шлама зелёного щёлока в год (bioenergy-news.com, &apos;UPM research green liquor dregs utilisation in a bid to reach zero waste status&apos;, сохранённая копия, год не указан), завод Mondi Frantschach — около 5 000 т (отчёт Mondi об устойчивом развитии, 2013); допущение: около 7 000 т для завода этого профиля мощностью 500 тыс. т в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="462"/>
        <source>assumption: a viscose plant of about 60 kt of fibre a year; the caustic soda charged (about 0.5-0.7 t NaOH per t fibre, assumption) ends as sodium sulphate in the spinning bath, 142/80 t per t NaOH (stoichiometry): about 1 t per t of fibre</source>
        <translation>допущение: вискозный завод мощностью около 60 тыс. т волокна в год; вводимый едкий натр (около 0,5–0,7 т NaOH на т волокна, допущение) переходит в сульфат натрия в осадительной ванне, 142/80 т на т NaOH (стехиометрия): около 1 т на т волокна</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="463"/>
        <source>assumption: polymer and fibre waste of synthetic-fibre spinning, about 1-3 % of a plant of a few tens of kt</source>
        <translation>допущение: отходы полимера и волокна при формовании синтетических волокон, около 1–3 % на заводе мощностью несколько десятков тыс. т</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="464"/>
        <source>assumption: spinning-bath evaporation, drawing and drying of a medium man-made fibre plant</source>
        <translation>допущение: выпаривание осадительной ванны, вытяжка и сушка среднего завода химических волокон</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="465"/>
        <source>assumption: offcuts, turnings and rejects of a medium machinery plant working about 25-40 kt of steel a year, about 15-20 % of it; about half of the US ferrous scrap supply is such prompt scrap (ISRI, 2019 Recycling Industry Yearbook, p. 20)</source>
        <translation>допущение: обрезки, стружка и брак среднего машиностроительного завода, перерабатывающего около 25–40 тыс. т стали в год, около 15–20 % от неё; около половины предложения чёрного лома в США — такой производственный лом (ISRI, 2019 Recycling Industry Yearbook, с. 20)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="467"/>
        <source>assumption: machining, cutting and hydraulic oils</source>
        <translation>допущение: масла для механической обработки, резания и гидравлические масла</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="468"/>
        <source>assumption: degreasing and paint-shop solvents</source>
        <translation>допущение: растворители для обезжиривания и окрасочного цеха</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="469"/>
        <source>assumption: a CHP engine turns about 40 % of the 50,000 MWh of biogas into jacket and exhaust heat, about half of it needed to heat the digesters</source>
        <translation>допущение: когенерационная установка превращает около 40 % из 50 000 МВт·ч биогаза в тепло рубашки и выхлопа, около половины его нужно для обогрева метантенков</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="470"/>
        <source>assumption: trim and rejects of a medium converter (boxes, bags), about 5-10 % of some 40 kt of board</source>
        <translation>допущение: обрезки и брак среднего перерабатывающего предприятия (коробки, мешки), около 5–10 % от примерно 40 тыс. т картона</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="471"/>
        <source>assumption: make-ready and trim waste of a medium printing works, about 10 % of some 10 kt of paper</source>
        <translation>допущение: приладочные отходы и обрезки средней типографии, около 10 % от примерно 10 тыс. т бумаги</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="472"/>
        <source>CEPI members used 48.6 Mt of recovered paper in 2019, 54.3 % of their paper and board output (EUWID Recycling, 25.02.2020); assumption: half the fibre of a 200 kt/yr mill</source>
        <translation>члены CEPI использовали в 2019 г. 48,6 млн т макулатуры, 54,3 % своего выпуска бумаги и картона (EUWID Recycling, 25.02.2020); допущение: половина волокна фабрики мощностью 200 тыс. т в год</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="473"/>
        <source>efficient aluminium smelters use about 13 MWh of electricity per t, roughly half of it lost as heat, most of it low-grade (Nowicki and Gosselin 2012, JOM, doi 10.1007/s11837-012-0367-4, abstract); furnace heat of silicon and ferroalloy plants goes to district heating, steam users and land-based fish farms (Elkem, &apos;Energy recovery&apos;, company page); assumption: 100,000 MWh/yr of recoverable high-grade heat</source>
        <translation>эффективные алюминиевые заводы расходуют около 13 МВт·ч электроэнергии на т, примерно половина теряется в виде тепла, в основном низкопотенциального (Nowicki and Gosselin 2012, JOM, doi 10.1007/s11837-012-0367-4, аннотация); тепло печей кремниевых и ферросплавных заводов идёт в централизованное теплоснабжение, потребителям пара и наземным рыбоводным хозяйствам (Elkem, &apos;Energy recovery&apos;, страница компании); допущение: 100 000 МВт·ч в год используемого высокопотенциального тепла</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="474"/>
        <source>efficient aluminium smelters use about 13 MWh of electricity per t, roughly half of it lost as heat, most of it low-grade (Nowicki and Gosselin 2012, JOM, doi 10.1007/s11837-012-0367-4, abstract); furnace heat of silicon and ferroalloy plants goes to district heating, steam users and land-based fish farms (Elkem, &apos;Energy recovery&apos;, company page); assumption: 200,000 MWh/yr of cooling and ventilation heat</source>
        <translation>эффективные алюминиевые заводы расходуют около 13 МВт·ч электроэнергии на т, примерно половина теряется в виде тепла, в основном низкопотенциального (Nowicki and Gosselin 2012, JOM, doi 10.1007/s11837-012-0367-4, аннотация); тепло печей кремниевых и ферросплавных заводов идёт в централизованное теплоснабжение, потребителям пара и наземным рыбоводным хозяйствам (Elkem, &apos;Energy recovery&apos;, страница компании); допущение: 200 000 МВт·ч в год тепла охлаждения и вентиляции</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="475"/>
        <source>assumption: waste-heat boilers of sulphide smelters (copper, zinc, nickel) and of some silicon and ferroalloy furnaces; a minority of non-ferrous works</source>
        <translation>допущение: котлы-утилизаторы заводов, плавящих сульфидные руды (медь, цинк, никель), и некоторых кремниевых и ферросплавных печей; меньшинство предприятий цветной металлургии</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="476"/>
        <source>about 2.2 t slag per t of copper (Gorai, Jana and Premchand 2003, Resources, Conservation and Recycling 39: 299-313, abstract); assumption: copper, nickel and lead smelters only, a minority of non-ferrous works</source>
        <translation>около 2,2 т шлака на т меди (Gorai, Jana and Premchand 2003, Resources, Conservation and Recycling 39: 299-313, аннотация); допущение: только медные, никелевые и свинцовые заводы, меньшинство предприятий цветной металлургии</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="477"/>
        <source>assumption: manganese and chromium alloy smelters, which report under the non-ferrous activity, about 1-1.5 t slag per t of alloy (as the 24.10 row)</source>
        <translation>допущение: заводы марганцевых и хромовых сплавов, отчитывающиеся по виду деятельности цветной металлургии, около 1–1,5 т шлака на т сплава (как в строке 24.10)</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="478"/>
        <source>about 300 kg of microsilica per t of ferrosilicon (Ferroall, &apos;Micro-silica&apos;, company page, stored copy, year not shown); assumption: a silicon or ferrosilicon plant of about 30 kt a year; a minority of non-ferrous works</source>
        <translation>около 300 кг микрокремнезёма на т ферросилиция (Ferroall, &apos;Micro-silica&apos;, страница компании, сохранённая копия, год не указан); допущение: кремниевый или ферросилициевый завод мощностью около 30 тыс. т в год; меньшинство предприятий цветной металлургии</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="479"/>
        <source>assumption: about 1-2 % of the metal melted in aluminium smelters, remelters and casthouses; other metals&apos; works have none</source>
        <translation>допущение: около 1–2 % металла, переплавляемого на алюминиевых заводах, переплавных заводах и в литейных цехах; на заводах других металлов их нет</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="480"/>
        <source>about 300 kg of microsilica per t of ferrosilicon (Ferroall, &apos;Micro-silica&apos;, stored copy); assumption: ferrosilicon smelters, classed with steel in 24.10, are few of it</source>
        <translation>около 300 кг микрокремнезёма на т ферросилиция (Ferroall, &apos;Micro-silica&apos;, сохранённая копия); допущение: ферросилициевых заводов, относимых вместе со сталью к 24.10, в этом классе немного</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="481"/>
        <source>8-15 L of vinasse per L of alcohol from molasses (Processes 2022, 10(1): 7, introduction), 13 L/L in Brazil (Applied and Environmental Soil Science 2013, article 581984, Table 1); assumption: the 50,000 t of molasses of this profile at about 0.25 m3 alcohol per t</source>
        <translation>8–15 л барды на л спирта из мелассы (Processes 2022, 10(1): 7, введение), 13 л/л в Бразилии (Applied and Environmental Soil Science 2013, статья 581984, табл. 1); допущение: 50 000 т мелассы этого профиля при выходе около 0,25 м³ спирта на т</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="482"/>
        <source>assumption: potassium of a 500 ha arable farm, about half its nitrogen (the 75 t N row); unit is t K</source>
        <translation>допущение: калий пахотного хозяйства площадью 500 га, около половины его азота (строка 75 т N); единица — т K</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="483"/>
        <source>exothermic processes give steam as a co-product, used by other plants of the same site (Cefic eco-profile methodology, appendix A11.1 &apos;Steam co-product&apos;, cefic.be); assumption: about 15 t/h surplus of a medium works</source>
        <translation>экзотермические процессы дают пар как попутный продукт, который используют другие установки той же площадки (методика эко-профилей Cefic, приложение A11.1 &apos;Steam co-product&apos;, cefic.be); допущение: избыток около 15 т/ч на среднем предприятии</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="484"/>
        <source>batch hot-dip galvanising consumes about 5.2-5.5 kg of zinc per 100 kg of steel, lost to the coating and to skimmings and dross (American Galvanizers Association, &apos;Where can I minimize zinc consumption?&apos;, galvanizeit.org, surveys of 2003 and 2007); assumption: a galvaniser of about 30 kt of steel a year, ash and dross about a fifth of its 1,600 t of zinc</source>
        <translation>периодическое горячее цинкование расходует около 5,2–5,5 кг цинка на 100 кг стали, теряемого в покрытии, в изгари и в гартцинке (American Galvanizers Association, &apos;Where can I minimize zinc consumption?&apos;, galvanizeit.org, обследования 2003 и 2007 гг.); допущение: завод цинкования около 30 тыс. т стали в год, изгарь и гартцинк — около пятой части его 1 600 т цинка</translation>
    </message>
    <message>
        <location filename="../catalogue/sector_profiles.csv" line="485"/>
        <source>batch hot-dip galvanising consumes about 5.2-5.5 kg of zinc per 100 kg of steel, lost to the coating and to skimmings and dross (American Galvanizers Association, &apos;Where can I minimize zinc consumption?&apos;, galvanizeit.org, surveys of 2003 and 2007); assumption: as a galvaniser of about 30 kt of steel a year; galvanisers report as ferrous-metal processing (E-PRTR 2(c)) and come in as 24.10; continuous galvanising lines of steel works too</source>
        <translation>периодическое горячее цинкование расходует около 5,2–5,5 кг цинка на 100 кг стали, теряемого в покрытии, в изгари и в гартцинке (American Galvanizers Association, &apos;Where can I minimize zinc consumption?&apos;, galvanizeit.org, обследования 2003 и 2007 гг.); допущение: как у завода цинкования около 30 тыс. т стали в год; заводы цинкования отчитываются как обработка чёрных металлов (E-PRTR 2(c)) и попадают в 24.10; то же относится к агрегатам непрерывного цинкования металлургических заводов</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="2"/>
        <source>oil refining</source>
        <translation>переработка нефти</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="2"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 lists processing of oil, associated and natural gas among class I productions (2003 edition wording; clause number not verified by EcoPark)</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 относит переработку нефти, попутного и природного газа к производствам I класса (формулировка редакции 2003 г.; номер пункта EcoPark не проверял)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="3"/>
        <source>natural gas extraction and treatment</source>
        <translation>добыча и подготовка природного газа</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="3"/>
        <source>assumption (EcoPark 2026): field treatment of sour gas taken as the class I processing of natural gas</source>
        <translation>допущение (EcoPark 2026): промысловая подготовка сернистого газа принята как переработка природного газа I класса</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="4"/>
        <source>coal mining</source>
        <translation>добыча угля</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="4"/>
        <source>assumption (EcoPark 2026): open-pit coal mining taken as class I; not verified in the SanPiN text</source>
        <translation>допущение (EcoPark 2026): открытая добыча угля принята как I класс; по тексту СанПиН не проверено</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="5"/>
        <source>crushed stone, gravel and sand</source>
        <translation>щебень, гравий и песок</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="5"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2007 edition) 7.1.4, class III item 3: crushed stone, gravel and sand</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2007 г.) 7.1.4, класс III, п. 3: щебень, гравий и песок</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="6"/>
        <source>other quarrying</source>
        <translation>прочая добыча полезных ископаемых открытым способом</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="6"/>
        <source>assumption (EcoPark 2026): as crushed stone, gravel and sand (7.1.4 class III item 3)</source>
        <translation>допущение (EcoPark 2026): как щебень, гравий и песок (7.1.4, класс III, п. 3)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="7"/>
        <source>other inorganic basic chemicals</source>
        <translation>прочие основные неорганические химические вещества</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="7"/>
        <source>assumption (EcoPark 2026): SanPiN puts chlorine by electrolysis and arsenic compounds in class I (2003 edition wording); every inorganic plant taken as one of them</source>
        <translation>допущение (EcoPark 2026): СанПиН относит получение хлора электролизом и соединений мышьяка к I классу (формулировка редакции 2003 г.); каждое неорганическое производство принято таким</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="8"/>
        <source>other organic basic chemicals</source>
        <translation>прочие основные органические химические вещества</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="8"/>
        <source>assumption (EcoPark 2026): SanPiN puts benzene-series intermediates (aniline, phenol, acetone ...) in class I (2003 edition wording); every organic plant taken as one of them</source>
        <translation>допущение (EcoPark 2026): СанПиН относит полупродукты бензольного ряда (анилин, фенол, ацетон ...) к I классу (формулировка редакции 2003 г.); каждое органическое производство принято таким</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="9"/>
        <source>fertilisers and nitrogen compounds</source>
        <translation>удобрения и азотные соединения</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="9"/>
        <source>assumption (EcoPark 2026): ammonia, nitric acid and nitrogen fertiliser plants taken as class I; not verified in the SanPiN text</source>
        <translation>допущение (EcoPark 2026): производства аммиака, азотной кислоты и азотных удобрений приняты как I класс; по тексту СанПиН не проверено</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="10"/>
        <source>man-made fibres</source>
        <translation>химические волокна</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="10"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 lists viscose and synthetic fibre production among class I productions (2003 edition wording; clause not verified)</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 относит производство вискозы и синтетических волокон к производствам I класса (формулировка редакции 2003 г.; пункт не проверен)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="11"/>
        <source>plastics in primary forms</source>
        <translation>пластмассы в первичных формах</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="11"/>
        <location filename="../catalogue/hazard_classes.csv" line="12"/>
        <source>assumption (EcoPark 2026): not found in the SanPiN text read; class II taken</source>
        <translation>допущение (EcoPark 2026): в прочитанном тексте СанПиН не найдено; принят класс II</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="12"/>
        <source>other chemicals</source>
        <translation>прочие химические продукты</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="13"/>
        <source>pharmaceuticals</source>
        <translation>лекарственные средства</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="13"/>
        <location filename="../catalogue/hazard_classes.csv" line="44"/>
        <location filename="../catalogue/hazard_classes.csv" line="46"/>
        <source>assumption (EcoPark 2026): not found in the SanPiN text read; class III taken</source>
        <translation>допущение (EcoPark 2026): в прочитанном тексте СанПиН не найдено; принят класс III</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="14"/>
        <source>builders&apos; ware of plastic</source>
        <translation>строительные изделия из пластмасс</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="14"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2007 edition) 7.1.4, class III item 6: building polymer materials</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2007 г.) 7.1.4, класс III, п. 6: строительные полимерные материалы</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="15"/>
        <source>rubber and plastic products</source>
        <translation>резиновые и пластмассовые изделия</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="15"/>
        <location filename="../catalogue/hazard_classes.csv" line="25"/>
        <location filename="../catalogue/hazard_classes.csv" line="29"/>
        <location filename="../catalogue/hazard_classes.csv" line="30"/>
        <location filename="../catalogue/hazard_classes.csv" line="33"/>
        <location filename="../catalogue/hazard_classes.csv" line="45"/>
        <location filename="../catalogue/hazard_classes.csv" line="48"/>
        <location filename="../catalogue/hazard_classes.csv" line="52"/>
        <location filename="../catalogue/hazard_classes.csv" line="53"/>
        <location filename="../catalogue/hazard_classes.csv" line="57"/>
        <location filename="../catalogue/hazard_classes.csv" line="58"/>
        <location filename="../catalogue/hazard_classes.csv" line="62"/>
        <location filename="../catalogue/hazard_classes.csv" line="63"/>
        <source>assumption (EcoPark 2026)</source>
        <translation>допущение (EcoPark 2026)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="16"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2007 edition) 7.1.4, class II item 1: cement</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2007 г.) 7.1.4, класс II, п. 1: цемент</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="17"/>
        <source>lime and plaster</source>
        <translation>известь и гипс</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="17"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2007 edition) 7.1.4, class II items 3 and 4: gypsum (alabaster), lime</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2007 г.) 7.1.4, класс II, пп. 3 и 4: гипс (алебастр), известь</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="18"/>
        <source>fibre cement</source>
        <translation>фиброцемент</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="18"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2007 edition) 7.1.4, class I item 2: asbestos and asbestos products</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2007 г.) 7.1.4, класс I, п. 2: асбест и изделия из него</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="19"/>
        <source>concrete products for construction</source>
        <translation>бетонные изделия для строительства</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="19"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2007 edition) 7.1.4, class III item 10: reinforced concrete products</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2007 г.) 7.1.4, класс III, п. 10: железобетонные изделия</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="20"/>
        <source>plaster products for construction</source>
        <translation>гипсовые изделия для строительства</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="20"/>
        <source>assumption (EcoPark 2026): boards from bought gypsum taken as class III, below the class II production of gypsum binder (7.1.4)</source>
        <translation>допущение (EcoPark 2026): плиты из покупного гипса приняты как класс III, ниже производства гипсового вяжущего II класса (7.1.4)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="21"/>
        <source>ready-mixed concrete</source>
        <translation>товарный бетон</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="21"/>
        <source>assumption (EcoPark 2026): a concrete batching plant taken as class IV</source>
        <translation>допущение (EcoPark 2026): бетонно-смесительный узел принят как класс IV</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="22"/>
        <source>bricks, tiles and construction products</source>
        <translation>кирпич, черепица и строительные изделия</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="22"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2007 edition) 7.1.4, class III item 7: bricks, building ceramics and refractories</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2007 г.) 7.1.4, класс III, п. 7: кирпич, строительная керамика и огнеупоры</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="23"/>
        <source>refractory products</source>
        <translation>огнеупорные изделия</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="23"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2007 edition) 7.1.4, class III item 7 (kiln-fired magnesite, dolomite and chamotte are class I, item 1)</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2007 г.) 7.1.4, класс III, п. 7 (обжиг магнезита, доломита и шамота — класс I, п. 1)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="24"/>
        <source>other non-metallic mineral products</source>
        <translation>прочие неметаллические минеральные продукты</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="24"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2007 edition) 7.1.4, class II item 2: asphalt concrete at stationary plants (mineral wool is class III, item 2)</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2007 г.) 7.1.4, класс II, п. 2: асфальтобетон на стационарных заводах (минеральная вата — класс III, п. 2)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="25"/>
        <source>other non-metallic minerals</source>
        <translation>прочие неметаллические минералы</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="26"/>
        <source>basic iron and steel and ferroalloys</source>
        <translation>чугун, сталь и ферросплавы</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="26"/>
        <source>assumption (EcoPark 2026): full-cycle iron and steel works and ferroalloy plants taken as class I; not verified in the SanPiN text</source>
        <translation>допущение (EcoPark 2026): металлургические комбинаты полного цикла и ферросплавные заводы приняты как класс I; по тексту СанПиН не проверено</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="27"/>
        <source>non-ferrous metals</source>
        <translation>цветные металлы</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="27"/>
        <source>assumption (EcoPark 2026): primary non-ferrous smelting taken as class I; not verified in the SanPiN text</source>
        <translation>допущение (EcoPark 2026): первичная выплавка цветных металлов принята как класс I; по тексту СанПиН не проверено</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="28"/>
        <source>casting of metals</source>
        <translation>литьё металлов</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="28"/>
        <source>assumption (EcoPark 2026): foundries taken as class III</source>
        <translation>допущение (EcoPark 2026): литейные производства приняты как класс III</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="29"/>
        <source>other basic metals</source>
        <translation>прочие основные металлы</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="30"/>
        <source>fabricated metal products</source>
        <translation>готовые металлические изделия</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="31"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 lists sulphite and sulphate pulp among class I productions (2003 edition wording; clause not verified)</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 относит сульфитную и сульфатную целлюлозу к производствам I класса (формулировка редакции 2003 г.; пункт не проверен)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="32"/>
        <source>paper and paperboard</source>
        <translation>бумага и картон</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="32"/>
        <source>assumption (EcoPark 2026): paper from bought pulp taken as class III</source>
        <translation>допущение (EcoPark 2026): бумага из покупной целлюлозы принята как класс III</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="33"/>
        <source>paper products</source>
        <translation>изделия из бумаги</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="34"/>
        <source>sawmilling</source>
        <translation>лесопиление</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="34"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2003 edition) 4.1.5, class IV: sawmills, plywood and standard wooden parts</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2003 г.) 4.1.5, класс IV: лесопильные, фанерные производства и производства деталей деревянных стандартных домов</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="35"/>
        <source>veneer sheets and wood-based panels</source>
        <translation>шпон и древесные плиты</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="35"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2003 edition) 4.1.5: particle and fibre boards with synthetic resin binders, in the list before the class IV heading (class III as read)</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2003 г.) 4.1.5: древесностружечные и древесноволокнистые плиты на синтетических смолах, в перечне перед заголовком класса IV (прочитано как класс III)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="36"/>
        <source>other wood products</source>
        <translation>прочие изделия из дерева</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="36"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2003 edition) 4.1.5: woodworking, in the list before the class IV heading (class III as read)</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2003 г.) 4.1.5: деревообработка, в перечне перед заголовком класса IV (прочитано как класс III)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="37"/>
        <source>processing and preserving of meat</source>
        <translation>переработка и консервирование мяса</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="37"/>
        <source>1000 m for meat plants and slaughterhouses in a Russian regional planning table repeating the SanPiN classes (clause not verified)</source>
        <translation>1000 м для мясокомбинатов и боен в российской региональной таблице планировки, повторяющей классы СанПиН (пункт не проверен)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="38"/>
        <source>poultry meat</source>
        <translation>мясо птицы</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="38"/>
        <source>300 m for slaughter of small animals and birds in a Russian regional planning table repeating the SanPiN classes (clause not verified)</source>
        <translation>300 м для убоя мелких животных и птиц в российской региональной таблице планировки, повторяющей классы СанПиН (пункт не проверен)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="39"/>
        <source>meat products</source>
        <translation>мясные продукты</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="39"/>
        <source>300 m for meat processing in a Russian regional planning table repeating the SanPiN classes (clause not verified)</source>
        <translation>300 м для переработки мяса в российской региональной таблице планировки, повторяющей классы СанПиН (пункт не проверен)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="40"/>
        <source>oils and fats</source>
        <translation>масла и жиры</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="40"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (edition in force): technical tallow rendering, class II</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (действующая ред.): вытопка технического жира, класс II</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="41"/>
        <source>fish processing</source>
        <translation>переработка рыбы</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="41"/>
        <source>assumption (EcoPark 2026): class III, as a secondary table citing SanPiN gives for fisheries</source>
        <translation>допущение (EcoPark 2026): класс III, как для рыбных промыслов даёт вторичная таблица со ссылкой на СанПиН</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="42"/>
        <source>fruit and vegetables</source>
        <translation>фрукты и овощи</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="42"/>
        <source>50 m for fruit and vegetable processing in a Russian regional planning table repeating the SanPiN classes (clause not verified)</source>
        <translation>50 м для переработки фруктов и овощей в российской региональной таблице планировки, повторяющей классы СанПиН (пункт не проверен)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="43"/>
        <source>dairies and cheese</source>
        <translation>молочные и сыродельные производства</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="43"/>
        <source>100 m for dairies and cheese making in a Russian regional planning table repeating the SanPiN classes (clause not verified)</source>
        <translation>100 м для молочных и сыродельных производств в российской региональной таблице планировки, повторяющей классы СанПиН (пункт не проверен)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="44"/>
        <source>sugar</source>
        <translation>сахар</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="45"/>
        <source>other food</source>
        <translation>прочие пищевые продукты</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="46"/>
        <source>distilling</source>
        <translation>производство спиртных напитков</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="47"/>
        <source>assumption (EcoPark 2026): not found in the SanPiN text read; class IV taken</source>
        <translation>допущение (EcoPark 2026): в прочитанном тексте СанПиН не найдено; принят класс IV</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="48"/>
        <source>other beverages</source>
        <translation>прочие напитки</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="49"/>
        <source>tanning and dressing of leather</source>
        <translation>дубление и выделка кожи</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="49"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (edition in force): processing of raw hides, class III</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (действующая ред.): обработка сырых кож, класс III</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="50"/>
        <source>production of electricity</source>
        <translation>производство электроэнергии</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="50"/>
        <source>assumption (EcoPark 2026): a large coal- or oil-fired station taken as class I. SanPiN puts gas-fired CHP and district boilers of 200 Gcal/h and more, and power-station ash dumps, in class III (as quoted in Russian legal commentary): set hazard_class for gas-fired plants</source>
        <translation>допущение (EcoPark 2026): крупная угольная или мазутная станция принята как класс I. СанПиН относит газовые ТЭЦ и районные котельные мощностью 200 Гкал/ч и более, а также золоотвалы электростанций к классу III (как цитируется в российских правовых комментариях): для газовых станций задайте hazard_class</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="51"/>
        <source>steam and hot water supply</source>
        <translation>снабжение паром и горячей водой</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="51"/>
        <source>gas-fired CHP and district boilers of 200 Gcal/h and more are class III, as SanPiN 2.2.1/2.1.1.1200-03 is quoted in Russian legal commentary (clause not verified)</source>
        <translation>газовые ТЭЦ и районные котельные мощностью 200 Гкал/ч и более — класс III, как СанПиН 2.2.1/2.1.1.1200-03 цитируется в российских правовых комментариях (пункт не проверен)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="52"/>
        <source>manufacture of gas (biogas)</source>
        <translation>производство газа (биогаза)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="53"/>
        <source>other energy supply</source>
        <translation>прочее энергоснабжение</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="54"/>
        <source>sewage treatment</source>
        <translation>очистка сточных вод</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="54"/>
        <source>assumption (EcoPark 2026): SanPiN sizes treatment plant zones by capacity in a table EcoPark has not verified; class II taken</source>
        <translation>допущение (EcoPark 2026): СанПиН задаёт зоны очистных сооружений по производительности в таблице, которую EcoPark не проверял; принят класс II</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="55"/>
        <source>treatment and disposal of non-hazardous waste</source>
        <translation>обработка и захоронение неопасных отходов</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="55"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2003 edition) 4.4: municipal solid waste landfills and incinerators above 40 kt/yr among class I objects (class heading not seen)</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2003 г.) 4.4: полигоны и мусоросжигательные заводы ТКО свыше 40 тыс. т/год среди объектов I класса (заголовок класса не виден)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="56"/>
        <source>treatment and disposal of hazardous waste</source>
        <translation>обработка и захоронение опасных отходов</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="56"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (2003 edition) 4.4: landfills of industrial waste among class I objects (class heading not seen)</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (ред. 2003 г.) 4.4: полигоны промышленных отходов среди объектов I класса (заголовок класса не виден)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="57"/>
        <source>materials recovery</source>
        <translation>утилизация материалов</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="58"/>
        <source>waste collection</source>
        <translation>сбор отходов</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="59"/>
        <source>raising of swine</source>
        <translation>разведение свиней</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="59"/>
        <source>class I for pig complexes in Russian regional planning tables repeating the SanPiN classes (farms of 4-12 thousand head are class II; clause not verified)</source>
        <translation>класс I для свинокомплексов в российских региональных таблицах планировки, повторяющих классы СанПиН (фермы на 4–12 тыс. голов — класс II; пункт не проверен)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="60"/>
        <source>raising of dairy cattle</source>
        <translation>разведение молочного крупного рогатого скота</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="60"/>
        <source>class II for cattle farms of 1200-2000 cows in Russian regional planning tables repeating the SanPiN classes (complexes are class I; clause not verified)</source>
        <translation>класс II для ферм КРС на 1200–2000 коров в российских региональных таблицах планировки, повторяющих классы СанПиН (комплексы — класс I; пункт не проверен)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="61"/>
        <source>raising of poultry</source>
        <translation>разведение птицы</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="61"/>
        <source>class II for poultry farms of 100-400 thousand laying hens in Russian regional planning tables repeating the SanPiN classes (larger are class I; clause not verified)</source>
        <translation>класс II для птицефабрик на 100–400 тыс. кур-несушек в российских региональных таблицах планировки, повторяющих классы СанПиН (более крупные — класс I; пункт не проверен)</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="62"/>
        <source>other animal production</source>
        <translation>прочее животноводство</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="63"/>
        <source>crops and mixed farming</source>
        <translation>растениеводство и смешанное сельское хозяйство</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="64"/>
        <source>any other activity</source>
        <translation>любой другой вид деятельности</translation>
    </message>
    <message>
        <location filename="../catalogue/hazard_classes.csv" line="64"/>
        <source>assumption (EcoPark 2026): class IV where the activity is not in this table; give a hazard_class field</source>
        <translation>допущение (EcoPark 2026): класс IV, если вида деятельности нет в этой таблице; задайте поле hazard_class</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="2"/>
        <source>dairy cattle</source>
        <translation>молочный крупный рогатый скот</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="2"/>
        <source>VNG 2009 (edition&apos;s own table, SBI-2008 0141, 0142): rearing cattle, 100 m, category 3.2</source>
        <translation>VNG 2009 (собственная таблица издания, SBI-2008 0141, 0142): разведение КРС, 100 м, категория 3.2</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="3"/>
        <source>other cattle</source>
        <translation>прочий крупный рогатый скот</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="3"/>
        <source>VNG 2009 (SBI-2008 0141, 0142): rearing cattle, 100 m, category 3.2</source>
        <translation>VNG 2009 (SBI-2008 0141, 0142): разведение КРС, 100 м, категория 3.2</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="4"/>
        <source>pigs</source>
        <translation>свиньи</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="4"/>
        <source>VNG 2009 (SBI-2008 0146): rearing pigs, 200 m, category 4.1</source>
        <translation>VNG 2009 (SBI-2008 0146): разведение свиней, 200 м, категория 4.1</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="5"/>
        <source>slaughterhouses</source>
        <translation>бойни</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="5"/>
        <source>VNG 2009 (SBI-2008 101, 102): slaughterhouses and poultry slaughterhouses, 100 m, category 3.2 (NL.IMRO.0200.bp1114-vas1)</source>
        <translation>VNG 2009 (SBI-2008 101, 102): бойни скота и птицы, 100 м, категория 3.2 (NL.IMRO.0200.bp1114-vas1)</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="6"/>
        <source>poultry slaughterhouses</source>
        <translation>птицебойни</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="6"/>
        <source>VNG 2009 (SBI-2008 101, 102): slaughterhouses and poultry slaughterhouses, 100 m, category 3.2</source>
        <translation>VNG 2009 (SBI-2008 101, 102): бойни скота и птицы, 100 м, категория 3.2</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="7"/>
        <source>potato products</source>
        <translation>продукты из картофеля</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="7"/>
        <source>VNG 2009 (SBI-2008 1031): manufacture of potato products, category 4.2 (NL.IMRO.0009.BP022DorpskernTenB-vg01)</source>
        <translation>VNG 2009 (SBI-2008 1031): производство продуктов из картофеля, категория 4.2 (NL.IMRO.0009.BP022DorpskernTenB-vg01)</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="8"/>
        <source>pasta</source>
        <translation>макаронные изделия</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="8"/>
        <source>VNG 2009 (SBI-1993 1585): pasta factories, 50 m, category 3.1 (NL.IMRO.0606.BP0006-0002)</source>
        <translation>VNG 2009 (SBI-1993 1585): макаронные фабрики, 50 м, категория 3.1 (NL.IMRO.0606.BP0006-0002)</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="9"/>
        <source>distilleries</source>
        <translation>спиртовые заводы</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="9"/>
        <source>VNG 2009 (SBI-1993 1591): distilleries and liqueur works, 300 m, category 4.2</source>
        <translation>VNG 2009 (SBI-1993 1591): спиртовые и ликёрные заводы, 300 м, категория 4.2</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="10"/>
        <source>breweries</source>
        <translation>пивоварни</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="10"/>
        <source>VNG 2009 (SBI-1993 1596): breweries, 300 m, category 4.2</source>
        <translation>VNG 2009 (SBI-1993 1596): пивоварни, 300 м, категория 4.2</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="11"/>
        <source>maltings</source>
        <translation>солодовни</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="11"/>
        <source>VNG 2009 (SBI-1993 1597): maltings, 300 m, category 4.2</source>
        <translation>VNG 2009 (SBI-1993 1597): солодовни, 300 м, категория 4.2</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="12"/>
        <source>mineral water and soft drinks</source>
        <translation>минеральная вода и безалкогольные напитки</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_vng.csv" line="12"/>
        <source>VNG 2009 (SBI-1993 1598): mineral water and soft drink factories, 100 m, category 3.2</source>
        <translation>VNG 2009 (SBI-1993 1598): заводы минеральной воды и безалкогольных напитков, 100 м, категория 3.2</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_nrw.csv" line="2"/>
        <source>coke ovens</source>
        <translation>коксовые печи</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_nrw.csv" line="2"/>
        <source>Abstandsliste 2007, Abstandsklasse I (1500 m): plants for dry distillation, e.g. coke ovens and gasworks</source>
        <translation>Abstandsliste 2007, Abstandsklasse I (1500 м): установки сухой перегонки, например коксовые печи и газовые заводы</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_nrw.csv" line="3"/>
        <source>mineral oil refineries</source>
        <translation>нефтеперерабатывающие заводы</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_nrw.csv" line="3"/>
        <source>Abstandsliste 2007, Abstandsklasse I (1500 m): mineral oil refineries</source>
        <translation>Abstandsliste 2007, Abstandsklasse I (1500 м): нефтеперерабатывающие заводы</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_nrw.csv" line="4"/>
        <source>integrated iron and steel works</source>
        <translation>металлургические комбинаты полного цикла</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_nrw.csv" line="4"/>
        <source>Abstandsliste 2007, Abstandsklasse I (1500 m): integrated steelworks, pig iron and its direct conversion to crude steel. An electric-arc steelworks is listed in a lower class: set hazard_class for it</source>
        <translation>Abstandsliste 2007, Abstandsklasse I (1500 м): комбинаты полного цикла, выплавка чугуна и его передел в сталь. Электросталеплавильный завод указан в более низком классе: задайте для него hazard_class</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_nrw.csv" line="5"/>
        <source>motor vehicles</source>
        <translation>автомобили</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_nrw.csv" line="5"/>
        <source>Abstandsliste 2007 (700 m, class III): car factories (Rheinische Post 19.11.2019)</source>
        <translation>Abstandsliste 2007 (700 м, класс III): автомобильные заводы (Rheinische Post 19.11.2019)</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_nrw.csv" line="6"/>
        <source>fertilisers</source>
        <translation>удобрения</translation>
    </message>
    <message>
        <location filename="../catalogue/zone_activities_nrw.csv" line="6"/>
        <source>Abstandsliste 2007 (500 m, class IV): plants making fertilisers (Rheinische Post 19.11.2019)</source>
        <translation>Abstandsliste 2007 (500 м, класс IV): заводы удобрений (Rheinische Post 19.11.2019)</translation>
    </message>
    <message>
        <source>assumption: chlor-alkali plant of about 100 kt/yr chlorine makes about 2.8 kt hydrogen</source>
        <translation type="vanished">допущение: хлорщелочное производство около 100 тыс. т хлора в год даёт около 2,8 тыс. т водорода</translation>
    </message>
    <message>
        <source>assumption: steam-cracker and dehydrogenation off-gas hydrogen</source>
        <translation type="vanished">допущение: водород из отходящих газов пиролиза и дегидрирования</translation>
    </message>
</context>
<context>
    <name>CompareScenarios</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="33"/>
        <source>{name}: {path} is not a file</source>
        <translation>{name}: {path} не является файлом</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="38"/>
        <source>{name}: {path} cannot be opened: {error}</source>
        <translation>{name}: не удаётся открыть {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="42"/>
        <source>{name}: {path} has no layer &apos;exchanges&apos;; give a GeoPackage written by Find symbiosis exchanges</source>
        <translation>{name}: в {path} нет слоя «exchanges»; укажите GeoPackage, записанный алгоритмом «Поиск обменов промышленного симбиоза»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="51"/>
        <source>Compare two scenarios</source>
        <translation>Сравнение двух сценариев</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="52"/>
        <source>Symbiosis</source>
        <translation>Промышленный симбиоз</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="53"/>
        <source>Puts the figures of two scenarios side by side, with the difference (B minus A), and lists the exchanges chosen in only one of them. This is the comparison of the EcoPark panel&apos;s Scenarios tab.

Inputs: the result GeoPackages of two runs (written by the panel, the command line or Find symbiosis exchanges with all outputs saved to one GeoPackage): the layer &apos;exchanges&apos; is needed; &apos;zones&apos;, &apos;zones_after&apos; and &apos;housing_conflicts&apos; add the zone and housing figures. The figures are worked out from the layers with the functions the run itself uses.

Outputs: a table of figures (figure, A, B, difference) and a table of the exchanges chosen in only one scenario.</source>
        <translation>Сопоставляет показатели двух сценариев с разницей (B минус A) и перечисляет обмены, выбранные только в одном из них. Это то же сравнение, что на вкладке «Сценарии» панели EcoPark.

Входные данные: GeoPackage с результатами двух расчётов (записанные панелью, командной строкой или алгоритмом «Поиск обменов промышленного симбиоза» со всеми результатами в одном GeoPackage): нужен слой «exchanges»; слои «zones», «zones_after» и «housing_conflicts» добавляют показатели зон и жилья. Показатели вычисляются по слоям теми же функциями, что и в самом расчёте.

Результаты: таблица показателей (показатель, A, B, разница) и таблица обменов, выбранных только в одном сценарии.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="69"/>
        <source>Scenario A (result GeoPackage)</source>
        <translation>Сценарий A (GeoPackage с результатами)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="70"/>
        <source>Scenario B (result GeoPackage)</source>
        <translation>Сценарий B (GeoPackage с результатами)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="73"/>
        <source>Name of A</source>
        <translation>Название A</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="74"/>
        <source>Name of B</source>
        <translation>Название B</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="77"/>
        <source>Figures compared</source>
        <translation>Сравнение показателей</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="82"/>
        <source>Exchanges chosen in only one</source>
        <translation>Обмены, выбранные только в одном</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="85"/>
        <source>Net benefit, B minus A (EUR/yr)</source>
        <translation>Чистая выгода, B минус A (евро/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="86"/>
        <source>Net CO2 avoided, B minus A (t/yr)</source>
        <translation>Чистые предотвращённые выбросы CO2, B минус A (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/compare_scenarios.py" line="98"/>
        <source>Reading {}</source>
        <translation>Чтение: {}</translation>
    </message>
</context>
<context>
    <name>EcoParkAlgorithm</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
</context>
<context>
    <name>EcoParkDock</name>
    <message>
        <location filename="../../ecopark_plugin/gui/context.py" line="68"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/context.py" line="68"/>
        <location filename="../../ecopark_plugin/gui/context.py" line="87"/>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="95"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/context.py" line="68"/>
        <location filename="../../ecopark_plugin/gui/context.py" line="86"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/context.py" line="68"/>
        <location filename="../../ecopark_plugin/gui/context.py" line="86"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/context.py" line="240"/>
        <source>Choose the layer of industrial sites on the Run tab</source>
        <translation>Выберите слой промышленных площадок на вкладке «Запуск»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/context.py" line="268"/>
        <location filename="../../ecopark_plugin/gui/dock.py" line="65"/>
        <source>EcoPark</source>
        <translation>EcoPark</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/context.py" line="290"/>
        <source>{} could not be opened: the desktop has no program for it; open it by hand</source>
        <translation>Не удаётся открыть {}: на рабочем столе нет программы для этого; откройте вручную</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/dock.py" line="78"/>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="93"/>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="113"/>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/dock.py" line="82"/>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/dock.py" line="83"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/dock.py" line="84"/>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/dock.py" line="85"/>
        <source>Siting</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/dock.py" line="88"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/dock.py" line="93"/>
        <source>The README&apos;s pages on the panel, in your web browser</source>
        <translation>Страницы README о панели, в веб-браузере</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="28"/>
        <source>EcoPark sample (Kalundborg)</source>
        <translation>Пример EcoPark (Калуннборг)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="40"/>
        <source>The sample cannot be copied to {}: {}</source>
        <translation>Не удаётся скопировать пример в {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="48"/>
        <source>Kalundborg sites</source>
        <translation>Площадки Калуннборга</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="48"/>
        <source>Kalundborg streams</source>
        <translation>Потоки Калуннборга</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="48"/>
        <source>Kalundborg ports</source>
        <translation>Порты Калуннборга</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="58"/>
        <source>{}: layer &apos;{}&apos; cannot be opened</source>
        <translation>{}: не удаётся открыть слой «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="60"/>
        <source>{}: QGIS refused to add layer &apos;{}&apos; to the project</source>
        <translation>{}: QGIS не принял слой «{}» в проект</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="79"/>
        <source>&lt;b&gt;Start here.&lt;/b&gt; Try the Kalundborg sample (its sites, streams and ports are filled in below), or choose your own layer of industrial sites and check the fields guessed for it. Then give the scenario a name and press &lt;b&gt;Run&lt;/b&gt;.</source>
        <translation>&lt;b&gt;С чего начать.&lt;/b&gt; Попробуйте пример Калуннборга (его площадки, потоки и порты будут подставлены ниже) или выберите свой слой промышленных площадок и проверьте поля, подобранные для него. Затем назовите сценарий и нажмите &lt;b&gt;Запуск&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="86"/>
        <source>Load the Kalundborg sample</source>
        <translation>Загрузить пример Калуннборга</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="21"/>
        <source>Identifier field</source>
        <translation>Поле идентификатора</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="22"/>
        <source>Name field</source>
        <translation>Поле названия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="23"/>
        <source>NACE code field</source>
        <translation>Поле кода NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="24"/>
        <source>Hazard class field</source>
        <translation>Поле класса опасности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="25"/>
        <source>Non-hazardous waste field</source>
        <translation>Поле неопасных отходов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="26"/>
        <source>Hazardous waste field</source>
        <translation>Поле опасных отходов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="27"/>
        <source>Production or capacity field</source>
        <translation>Поле производства или мощности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="28"/>
        <source>Production unit field</source>
        <translation>Поле единицы производства</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="29"/>
        <source>Direction field</source>
        <translation>Поле направления</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="30"/>
        <source>Stream field</source>
        <translation>Поле потока</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="31"/>
        <source>Quantity field</source>
        <translation>Поле количества</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="32"/>
        <source>Unit field</source>
        <translation>Поле единицы измерения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="33"/>
        <source>EWC code field</source>
        <translation>Поле кода EWC</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="34"/>
        <source>FKKO code field</source>
        <translation>Поле кода ФККО</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="68"/>
        <source>Industrial sites</source>
        <translation>Промышленные площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="71"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="74"/>
        <source>Edit a site…</source>
        <translation>Изменить площадку…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="76"/>
        <source>Click a site on the map to see and edit its outputs and inputs</source>
        <translation>Щёлкните площадку на карте, чтобы просмотреть и изменить её выходные и входные потоки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="78"/>
        <source>Add a site…</source>
        <translation>Добавить площадку…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="80"/>
        <source>Click the map where a new site goes</source>
        <translation>Щёлкните на карте там, где должна быть новая площадка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="85"/>
        <source>Import a register&apos;s table…</source>
        <translation>Импорт таблицы реестра…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="88"/>
        <source>Read a CSV, XLSX or any table with coordinate columns as sites: columns, codes and CRS checked</source>
        <translation>Прочитать CSV, XLSX или любую таблицу со столбцами координат как площадки: столбцы, коды и СК проверяются</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="94"/>
        <source>Streams table (outputs and inputs)</source>
        <translation>Таблица потоков (выходы и входы)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="97"/>
        <source>none: infer from the sectors</source>
        <translation>нет: выводить по отраслям</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="99"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="104"/>
        <source>Road network and housing (optional)</source>
        <translation>Дороги и жилая застройка (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="106"/>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="114"/>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="137"/>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="139"/>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="141"/>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="143"/>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="309"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="107"/>
        <source>Road layer</source>
        <translation>Слой дорог</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="110"/>
        <source>OpenStreetMap extract (*.osm.pbf *.osm)</source>
        <translation>Выгрузка OpenStreetMap (*.osm.pbf *.osm)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="111"/>
        <source>Or an OSM extract, read directly (used when no road layer is chosen)</source>
        <translation>Или выгрузка OSM, читаемая напрямую (используется, если слой дорог не выбран)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="112"/>
        <source>or OSM file</source>
        <translation>или файл OSM</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="116"/>
        <source>Housing layer</source>
        <translation>Слой жилой застройки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="119"/>
        <source>guess</source>
        <translation>определить по слою</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="120"/>
        <source>buildings</source>
        <translation>здания</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="121"/>
        <source>residential land</source>
        <translation>жилые зоны</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="122"/>
        <source>population grid or points</source>
        <translation>население (сетка или точки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="125"/>
        <source>Housing holds</source>
        <translation>Содержимое слоя</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="129"/>
        <source>Population field</source>
        <translation>Поле численности населения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="133"/>
        <source>Rail, sea and rule tables (optional)</source>
        <translation>Ж/д, море и таблицы правил (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="138"/>
        <source>Rail lines</source>
        <translation>Железнодорожные линии</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="140"/>
        <source>Rail freight terminals</source>
        <translation>Грузовые ж/д терминалы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="142"/>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="144"/>
        <source>Waterways between ports</source>
        <translation>Водные пути между портами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="149"/>
        <source>Extra exchange rules</source>
        <translation>Дополнительные правила обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="150"/>
        <source>CSV in the form of exchange_rules.csv; rows replace shipped rules of the same rule_id</source>
        <translation>CSV в формате exchange_rules.csv; строки заменяют поставляемые правила с тем же rule_id</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="154"/>
        <source>Pollution-reduction rule</source>
        <translation>Правило сокращения загрязнения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="155"/>
        <source>CSV in the form of zone_reduction.csv (default: the shipped one)</source>
        <translation>CSV в формате zone_reduction.csv (по умолчанию — поставляемый)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="159"/>
        <source>Hazard class table</source>
        <translation>Таблица классов опасности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="160"/>
        <source>CSV in the form of hazard_classes.csv (default: the shipped one)</source>
        <translation>CSV в формате hazard_classes.csv (по умолчанию — поставляемая)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="165"/>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="206"/>
        <source>Choose the layer of industrial sites</source>
        <translation>Выберите слой промышленных площадок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="209"/>
        <source>Layer &apos;{}&apos;: choose the field of {}</source>
        <translation>Слой «{}»: выберите поле для {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="214"/>
        <source>Table &apos;{}&apos;: choose the field of {}</source>
        <translation>Таблица «{}»: выберите поле для {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="74"/>
        <source>&lt;b&gt;{}&lt;/b&gt;: {} of {} feasible, between {}</source>
        <translation>&lt;b&gt;{}&lt;/b&gt;: {} из {} возможных, между {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="76"/>
        <source>%n exchange(s) chosen</source>
        <translation>
            <numerusform>выбран %n обмен</numerusform>
            <numerusform>выбрано %n обмена</numerusform>
            <numerusform>выбрано %n обменов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="78"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n партнёром</numerusform>
            <numerusform>%n партнёрами</numerusform>
            <numerusform>%n партнёрами</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="80"/>
        <source>Diverted {} t/yr; energy {} MWh/yr; water {} m3/yr</source>
        <translation>Направлено на использование {} т/год; энергия {} МВт·ч/год; вода {} м³/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="83"/>
        <source>Net benefit &lt;b&gt;{} EUR/yr&lt;/b&gt;; net CO2 avoided &lt;b&gt;{} t/yr&lt;/b&gt;</source>
        <translation>Чистая выгода &lt;b&gt;{} евро/год&lt;/b&gt;; чистые предотвращённые выбросы CO2 &lt;b&gt;{} т/год&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="89"/>
        <source>Sanitary zones {} ha before, {} ha after; {}</source>
        <translation>СЗЗ: {} га до, {} га после; {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="92"/>
        <source>%n site(s) in a lower class</source>
        <translation>
            <numerusform>%n площадка в более низком классе</numerusform>
            <numerusform>%n площадки в более низком классе</numerusform>
            <numerusform>%n площадок в более низком классе</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="97"/>
        <source>People inside zones: {} before, {} after</source>
        <translation>Жителей в зонах: {} до, {} после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="102"/>
        <source>&lt;i&gt;Its parameters are not recorded in its GeoPackage; the report says so.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Его параметры не записаны в его GeoPackage; в отчёте это указано.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="104"/>
        <source>&lt;i&gt;Its GeoPackage {} is missing.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Файл GeoPackage {} не найден.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="120"/>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="125"/>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="112"/>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="126"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="133"/>
        <source>Filter: supplier, receiver, stream, mode…</source>
        <translation>Фильтр: поставщик, получатель, поток, вид транспорта…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="135"/>
        <source>Chosen only</source>
        <translation>Только выбранные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="156"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="158"/>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="160"/>
        <source>Zoom to scenario</source>
        <translation>Приблизить к сценарию</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="194"/>
        <source>No scenario yet: choose the inputs and press Run.</source>
        <translation>Сценариев пока нет: выберите входные данные и нажмите «Запуск».</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="222"/>
        <source>Export exchanges</source>
        <translation>Экспорт обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="222"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="228"/>
        <source>Cannot write {}: {}</source>
        <translation>Не удаётся записать {}: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="230"/>
        <source>Wrote %n exchange(s) to {}</source>
        <translation>
            <numerusform>Записан %n обмен в {}</numerusform>
            <numerusform>Записано %n обмена в {}</numerusform>
            <numerusform>Записано %n обменов в {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="248"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="249"/>
        <source>{} exists. Write it again from the scenario&apos;s layers?</source>
        <translation>{} уже существует. Составить его заново по слоям сценария?</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="276"/>
        <source>The report could not be written: {}</source>
        <translation>Не удалось записать отчёт: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="281"/>
        <source>Report written: {}</source>
        <translation>Отчёт записан: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="129"/>
        <source>e.g. Base case</source>
        <translation>напр., Базовый вариант</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="130"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="134"/>
        <source>Each scenario is written to a GeoPackage named after it in this folder</source>
        <translation>Каждый сценарий записывается в этой папке в файл GeoPackage с его названием</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="135"/>
        <source>Output folder</source>
        <translation>Папка результатов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="140"/>
        <source>Replace the scenario&apos;s earlier output</source>
        <translation>Заменить прежние результаты сценария</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="144"/>
        <source>Add an OpenStreetMap basemap under the results (tiles load as the map is drawn)</source>
        <translation>Добавить подложку OpenStreetMap под результатами (тайлы загружаются при отрисовке карты)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="172"/>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="174"/>
        <source>Scenario {}</source>
        <translation>Сценарий {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="189"/>
        <source>Choose a folder, or save the project first: the files then go beside it.</source>
        <translation>Выберите папку или сначала сохраните проект: тогда файлы будут записаны рядом с ним.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="191"/>
        <source>Scenario files go to {}</source>
        <translation>Файлы сценариев записываются в {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="193"/>
        <source>Scenario files go beside the project, to {}</source>
        <translation>Файлы сценариев записываются рядом с проектом, в {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="211"/>
        <source>Where should the scenario&apos;s files go? (Save the project to keep them beside it.)</source>
        <translation>Куда записать файлы сценария? (Сохраните проект, чтобы держать их рядом с ним.)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="225"/>
        <source>Kalundborg sample</source>
        <translation>Пример Калуннборга</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="227"/>
        <source>Sample loaded: press Run</source>
        <translation>Пример загружен: нажмите «Запуск»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="249"/>
        <source>Choose an output folder, or save the project first</source>
        <translation>Выберите папку для результатов или сначала сохраните проект</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="289"/>
        <source>No output folder chosen; nothing was run</source>
        <translation>Папка для результатов не выбрана; расчёт не запущен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="303"/>
        <source>{} exists; tick &apos;Replace the scenario&apos;s earlier output&apos; or give another name</source>
        <translation>{} уже существует; отметьте «Заменить прежние результаты сценария» или укажите другое название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="308"/>
        <source>EcoPark: {}</source>
        <translation>EcoPark: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="325"/>
        <source>Starting</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="332"/>
        <source>Run the scenario again</source>
        <translation>Повторный расчёт сценария</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="334"/>
        <source>Scenario &apos;{}&apos; exists ({}). Run it again and replace its layers, its group on the map and its figures?</source>
        <translation>Сценарий «{}» уже существует ({}). Рассчитать его заново и заменить его слои, его группу на карте и его показатели?</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="347"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="357"/>
        <source>Cancelled; nothing was written</source>
        <translation>Отменено; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="358"/>
        <source>Run &apos;{}&apos; cancelled; nothing was written</source>
        <translation>Расчёт «{}» отменён; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="362"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="363"/>
        <source> (details in the log panel, EcoPark tab)</source>
        <translation> (подробности — на панели «Журнал сообщений», вкладка EcoPark)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="364"/>
        <source>the run failed</source>
        <translation>расчёт завершился с ошибкой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="384"/>
        <source>{} was written but cannot be shown: {}</source>
        <translation>Файл {} записан, но его не удаётся показать: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="399"/>
        <source>Done: %n exchange(s) chosen</source>
        <translation>
            <numerusform>Готово: выбран %n обмен</numerusform>
            <numerusform>Готово: выбрано %n обмена</numerusform>
            <numerusform>Готово: выбрано %n обменов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="401"/>
        <source>&apos;{}&apos;: %n exchange(s), net benefit {} EUR/yr, CO2 avoided {} t/yr</source>
        <translation>
            <numerusform>«{}»: %n обмен, чистая выгода {} евро/год, предотвращено CO2 {} т/год</numerusform>
            <numerusform>«{}»: %n обмена, чистая выгода {} евро/год, предотвращено CO2 {} т/год</numerusform>
            <numerusform>«{}»: %n обменов, чистая выгода {} евро/год, предотвращено CO2 {} т/год</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="404"/>
        <source>Written to {path}: layers {layers}</source>
        <translation>Записано в {path}: слои {layers}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="407"/>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="411"/>
        <source>%n exchange(s) chosen, {saved}</source>
        <translation>
            <numerusform>Выбран %n обмен, {saved}</numerusform>
            <numerusform>Выбрано %n обмена, {saved}</numerusform>
            <numerusform>Выбрано %n обменов, {saved}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="414"/>
        <source>Open report</source>
        <translation>Открыть отчёт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="426"/>
        <source>Input rows left out</source>
        <translation>Пропущенные входные строки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="431"/>
        <source>{n} input rows left out (table &apos;{layer}&apos;), e.g. {source} row {row}: {reason}</source>
        <translation>Пропущено входных строк: {n} (таблица &apos;{layer}&apos;), например {source}, строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="450"/>
        <source>EcoPark map: {}</source>
        <translation>Карта EcoPark: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="505"/>
        <source>Click a site of &apos;{}&apos; on the map</source>
        <translation>Щёлкните на карте площадку из слоя «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="513"/>
        <source>Click the map where the new site goes</source>
        <translation>Щёлкните на карте там, где должна быть новая площадка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="531"/>
        <source>Site &apos;{}&apos; saved; run again to see the effect</source>
        <translation>Площадка «{}» сохранена; запустите расчёт снова, чтобы увидеть результат</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="551"/>
        <source>Site added to &apos;{}&apos;</source>
        <translation>Площадка добавлена в слой «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="58"/>
        <source>{} cannot be opened: {}</source>
        <translation>Не удаётся открыть {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="64"/>
        <source>{} has no layer {}: give a GeoPackage written by the command line or by Find symbiosis exchanges with its outputs saved to one GeoPackage</source>
        <translation>В {} нет слоя {}: укажите GeoPackage, записанный командной строкой или алгоритмом «Поиск обменов промышленного симбиоза» со всеми результатами в одном GeoPackage</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="114"/>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="115"/>
        <source>Net benefit EUR/yr</source>
        <translation>Чистая выгода, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="116"/>
        <source>CO2 avoided t/yr</source>
        <translation>Предотвращено CO2, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="127"/>
        <source>Add to map</source>
        <translation>Добавить на карту</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="128"/>
        <source>Forget</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="129"/>
        <source>Remove from the project&apos;s list; its GeoPackage is kept</source>
        <translation>Удалить из списка сценариев проекта; файл GeoPackage сохраняется</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="130"/>
        <source>Add existing scenario…</source>
        <translation>Добавить готовый сценарий…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="133"/>
        <source>A result GeoPackage written by the command line or by Processing (Find symbiosis exchanges)</source>
        <translation>GeoPackage с результатами, записанный командной строкой или Processing («Поиск обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="158"/>
        <source>Compare two scenarios</source>
        <translation>Сравнение двух сценариев</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="165"/>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="221"/>
        <source>&apos;{}&apos; is on the map</source>
        <translation>«{}» уже на карте</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="237"/>
        <source>Add existing scenario</source>
        <translation>Добавить готовый сценарий</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="237"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="243"/>
        <source>{} is listed already as &apos;{}&apos;</source>
        <translation>{} уже в списке как «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="267"/>
        <source>Scenario &apos;{}&apos; added from {}</source>
        <translation>Сценарий «{}» добавлен из {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="288"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="288"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="307"/>
        <source>The exchanges of one of the two cannot be read</source>
        <translation>Обмены одного из двух сценариев не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="311"/>
        <source>Exchanges only in {}: {}. Only in {}: {}.</source>
        <translation>Обмены только в «{}»: {}. Только в «{}»: {}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="47"/>
        <source>Clusters of exchange potential…</source>
        <translation>Кластеры потенциала обменов…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="48"/>
        <source>Communities of sites linked by paying candidate exchanges, each with a proposed park boundary</source>
        <translation>Сообщества площадок, связанных выгодными возможными обменами, каждое с предлагаемой границей парка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="52"/>
        <source>Suitability surface…</source>
        <translation>Поверхность пригодности…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="54"/>
        <source>A grid over the region scored on exchange potential, road and rail access and distance from housing, with exclusion layers</source>
        <translation>Сетка по региону с оценкой потенциала обменов, доступа к автодорогам и железной дороге и удалённости от жилья, с исключаемыми слоями</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="133"/>
        <source>Where could the next eco-park go? These tools start from the chosen scenario&apos;s sites and candidate exchanges. Each opens its Processing dialog with the scenario&apos;s layers filled in; set the weights and distances there, and the result is written into the scenario&apos;s GeoPackage and added to the map.</source>
        <translation>Где разместить следующий эко-индустриальный парк? Эти инструменты исходят из площадок и возможных обменов выбранного сценария. Каждый открывает свой диалог Processing с уже подставленными слоями сценария; задайте там веса и расстояния, и результат будет записан в GeoPackage сценария и добавлен на карту.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="149"/>
        <source>What if: a new plant here…</source>
        <translation>А если здесь новый завод…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="153"/>
        <source>Click the map where a hypothetical plant would go, give its sector (and streams): the exchanges it would join among the Run tab&apos;s sites and what they are worth</source>
        <translation>Щёлкните на карте там, где мог бы стоять гипотетический завод, укажите его отрасль (и потоки): обмены с площадками вкладки «Запуск», в которые он вступит, и их ценность</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="211"/>
        <source>The Processing algorithm {} is not available</source>
        <translation>Алгоритм Processing {} недоступен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="228"/>
        <source>Click the map where the new plant would go</source>
        <translation>Щёлкните на карте там, где будет новый завод</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="274"/>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="305"/>
        <source>What if: {}</source>
        <translation>А если: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="277"/>
        <source>Working out what &apos;{}&apos; would join…</source>
        <translation>Расчёт обменов для «{}»…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="283"/>
        <source>The what-if run failed; details in the log panel</source>
        <translation>Расчёт «а если» не удался; подробности в панели журнала</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="284"/>
        <source>What if &apos;{}&apos;: the run failed</source>
        <translation>А если «{}»: расчёт не удался</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="307"/>
        <source>What if: {} (site)</source>
        <translation>А если: {} (площадка)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="316"/>
        <source>&apos;{}&apos; would join %n exchange(s): net benefit {} EUR/yr, CO2 avoided {} t/yr for the park</source>
        <translation>
            <numerusform>«{}» вошёл бы в %n обмен: чистая выгода {} евро/год, предотвращено CO2 {} т/год для парка</numerusform>
            <numerusform>«{}» вошёл бы в %n обмена: чистая выгода {} евро/год, предотвращено CO2 {} т/год для парка</numerusform>
            <numerusform>«{}» вошёл бы в %n обменов: чистая выгода {} евро/год, предотвращено CO2 {} т/год для парка</numerusform>
        </translation>
    </message>
    <message>
        <source>The Kalundborg sample is loaded and chosen; press Run</source>
        <translation type="vanished">Пример Калуннборга загружен и выбран; нажмите «Запуск»</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) chosen: {file}</source>
        <translation type="vanished">
            <numerusform>Выбран %n обмен: {file}</numerusform>
            <numerusform>Выбрано %n обмена: {file}</numerusform>
            <numerusform>Выбрано %n обменов: {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{scenario}&apos;: %n exchange(s) chosen, written to {file}</source>
        <translation type="vanished">
            <numerusform>«{scenario}»: выбран %n обмен, записано в {file}</numerusform>
            <numerusform>«{scenario}»: выбрано %n обмена, записано в {file}</numerusform>
            <numerusform>«{scenario}»: выбрано %n обменов, записано в {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{}&lt;/b&gt;: {} exchanges chosen of {} feasible, between {} partners</source>
        <translation type="vanished">&lt;b&gt;{}&lt;/b&gt;: выбрано обменов {} из {} возможных, партнёров {}</translation>
    </message>
    <message>
        <source>Diverted {:,.0f} t/yr; energy {:,.0f} MWh/yr; water {:,.0f} m3/yr</source>
        <translation type="vanished">Направлено на использование {:,.0f} т/год; энергия {:,.0f} МВт·ч/год; вода {:,.0f} м³/год</translation>
    </message>
    <message>
        <source>Net benefit &lt;b&gt;{:,.0f} EUR/yr&lt;/b&gt;; net CO2 avoided &lt;b&gt;{:,.0f} t/yr&lt;/b&gt;</source>
        <translation type="vanished">Чистая выгода &lt;b&gt;{:,.0f} евро/год&lt;/b&gt;; чистые предотвращённые выбросы CO2 &lt;b&gt;{:,.0f} т/год&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sanitary zones {:,.0f} ha before, {:,.0f} ha after; {} sites in a lower class</source>
        <translation type="vanished">СЗЗ: {:,.0f} га до, {:,.0f} га после; площадок с пониженным классом: {}</translation>
    </message>
    <message>
        <source>People inside zones: {:,.0f} before, {:,.0f} after</source>
        <translation type="vanished">Жителей в зонах: {:,.0f} до, {:,.0f} после</translation>
    </message>
    <message>
        <source>Wrote {} exchanges to {}</source>
        <translation type="vanished">Записано обменов: {}, файл: {}</translation>
    </message>
    <message>
        <source>Done: {} exchanges chosen</source>
        <translation type="vanished">Готово. Выбрано обменов: {}</translation>
    </message>
    <message>
        <source>&apos;{}&apos;: {} exchanges, net benefit {:,.0f} EUR/yr, CO2 avoided {:,.0f} t/yr</source>
        <translation type="vanished">«{}»: обменов {}, чистая выгода {:,.0f} евро/год, предотвращено CO2 {:,.0f} т/год</translation>
    </message>
    <message>
        <source>Where could the next eco-park go? These tools start from the chosen scenario&apos;s sites and candidate exchanges. Each opens its Processing dialog with the scenario&apos;s layers filled in; set the weights and distances there, and the result is added to the map.</source>
        <translation type="vanished">Где разместить следующий эко-индустриальный парк? Эти инструменты исходят из площадок и возможных обменов выбранного сценария. Каждый открывает свой диалог Processing с уже подставленными слоями сценария; задайте там веса и расстояния, и результат будет добавлен на карту.</translation>
    </message>
    <message>
        <source>&apos;{}&apos; would join {} exchanges: net benefit {:+,.0f} EUR/yr, CO2 avoided {:+,.0f} t/yr for the park</source>
        <translation type="vanished">«{}» вступит в обмены ({}): чистая выгода {:+,.0f} евро/год, предотвращённые выбросы CO2 {:+,.0f} т/год для парка</translation>
    </message>
    <message>
        <source>Reports come with the report module</source>
        <translation type="vanished">Отчёты станут доступны с модулем отчётов</translation>
    </message>
</context>
<context>
    <name>EcoParkPlugin</name>
    <message>
        <location filename="../../ecopark_plugin/plugin.py" line="54"/>
        <source>&amp;EcoPark</source>
        <translation>&amp;EcoPark</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/plugin.py" line="62"/>
        <source>EcoPark</source>
        <translation>EcoPark</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/plugin.py" line="65"/>
        <source>EcoPark panel</source>
        <translation>Панель EcoPark</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/plugin.py" line="67"/>
        <source>Show the EcoPark panel: inputs, run, results and scenarios</source>
        <translation>Показать панель EcoPark: входные данные, запуск, результаты и сценарии</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/plugin.py" line="71"/>
        <source>Find symbiosis exchanges…</source>
        <translation>Поиск обменов промышленного симбиоза…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/plugin.py" line="73"/>
        <source>Find, price and choose by-product exchanges between industrial sites</source>
        <translation>Найти, оценить и выбрать обмены побочными продуктами между промышленными предприятиями</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/plugin.py" line="75"/>
        <source>Render symbiosis map to image…</source>
        <translation>Экспорт карты симбиоза в изображение…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/plugin.py" line="88"/>
        <source>Missing Python packages: {}. To install them, {}.</source>
        <translation>Не хватает пакетов Python: {}. Чтобы установить их, {}.</translation>
    </message>
</context>
<context>
    <name>EcoParkProvider</name>
    <message>
        <location filename="../../ecopark_plugin/processing/provider.py" line="19"/>
        <source>EcoPark: eco-industrial park planning</source>
        <translation>EcoPark: планирование эко-индустриальных парков</translation>
    </message>
</context>
<context>
    <name>EngineStages</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="168"/>
        <source>Reading networks</source>
        <translation>Чтение сетей</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="169"/>
        <source>Reading housing</source>
        <translation>Чтение жилой застройки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="170"/>
        <source>Writing the GeoPackage</source>
        <translation>Запись GeoPackage</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="171"/>
        <source>Checking input</source>
        <translation>Проверка входных данных</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="172"/>
        <source>Inferring streams from sectors</source>
        <translation>Вывод потоков по отраслям</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="173"/>
        <source>Matching suppliers and receivers</source>
        <translation>Сопоставление поставщиков и получателей</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="174"/>
        <source>Snapping sites to the road network</source>
        <translation>Привязка площадок к дорожной сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="175"/>
        <source>Road distances</source>
        <translation>Расстояния по дорогам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="176"/>
        <source>Pipeline distances</source>
        <translation>Расстояния для трубопроводов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="177"/>
        <source>Rail distances</source>
        <translation>Расстояния по железной дороге</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="178"/>
        <source>Sea distances</source>
        <translation>Расстояния по морю</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="179"/>
        <source>Checking sites on the networks</source>
        <translation>Проверка площадок на сетях</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="180"/>
        <source>Pricing exchanges</source>
        <translation>Оценка стоимости обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="181"/>
        <source>Choosing the best set</source>
        <translation>Выбор наилучшего набора</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="182"/>
        <source>Drawing routes</source>
        <translation>Прорисовка маршрутов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="183"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="184"/>
        <source>Sanitary protection zones before and after the exchanges</source>
        <translation>Санитарно-защитные зоны до и после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="185"/>
        <source>Zones done</source>
        <translation>Зоны построены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="186"/>
        <source>Housing inside the zones</source>
        <translation>Жилая застройка внутри зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="187"/>
        <source>Population around each site</source>
        <translation>Население вокруг каждой площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="188"/>
        <source>Zones and housing done</source>
        <translation>Зоны и жилая застройка готовы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="189"/>
        <source>Building the grid</source>
        <translation>Построение сетки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="190"/>
        <source>Exchange potential</source>
        <translation>Потенциал обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="191"/>
        <source>Road access</source>
        <translation>Доступ к автодорогам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="192"/>
        <source>Rail access</source>
        <translation>Доступ к железной дороге</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="193"/>
        <source>Distance from housing</source>
        <translation>Удалённость от жилья</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="194"/>
        <source>Exclusion layers</source>
        <translation>Слои исключений</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="195"/>
        <source>Scoring</source>
        <translation>Подсчёт баллов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="196"/>
        <source>Suitability done</source>
        <translation>Пригодность рассчитана</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="198"/>
        <source>Reading the result layers</source>
        <translation>Чтение слоёв результата</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="199"/>
        <source>Working out the report</source>
        <translation>Подготовка отчёта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="200"/>
        <source>Drawing the map</source>
        <translation>Отрисовка карты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="201"/>
        <source>Writing the HTML report</source>
        <translation>Запись отчёта HTML</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="202"/>
        <source>Laying out the PDF report</source>
        <translation>Вёрстка отчёта PDF</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="203"/>
        <source>Writing the PDF report</source>
        <translation>Запись отчёта PDF</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="204"/>
        <source>Report written</source>
        <translation>Отчёт записан</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <location filename="../../ecopark_plugin/processing/enums.py" line="28"/>
        <source>Names: {names} (or the option&apos;s index, from 0)</source>
        <translation>Имена: {names} (или номер варианта, начиная с 0)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/enums.py" line="81"/>
        <source>{parameter}: {given} is not one of its choices; give one of {names}</source>
        <translation>{parameter}: {given} не входит в число его вариантов; укажите один из {names}</translation>
    </message>
</context>
<context>
    <name>ExchangeClusters</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="23"/>
        <source>Clusters of sites with exchange potential</source>
        <translation>Кластеры площадок с потенциалом обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="24"/>
        <source>Siting</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="26"/>
        <source>Reads the sites and exchanges layers of &apos;Find symbiosis exchanges&apos; and finds groups of sites that could exchange much with each other: where an eco-park could grow from existing sites.

The network joins two sites when a feasible candidate exchange between them pays, chosen or not; a link weighs the net benefit of those candidates. Its communities are found with the Louvain method (networkx, fixed seed: the same input gives the same clusters); a resolution above 1 gives more, smaller clusters. Groups of one site are left out.

Each cluster&apos;s totals (tonnes, MWh, m3, net benefit, net CO2 avoided) count the candidates inside it, each supplier&apos;s stream once, at its best use in the cluster. The proposed park boundary is the convex hull of the members buffered by the margin (500 m by default: an assumption, not a planning norm), drawn in metres; its area is measured on the ellipsoid.

Outputs: the cluster polygons, ranked by potential net benefit, and the member sites with their cluster and weighted degree (the anchor has the largest).</source>
        <translation>Читает слои площадок и обменов из «Поиск обменов промышленного симбиоза» и находит группы площадок, которые могли бы много обмениваться друг с другом: места, где эко-парк может вырасти из существующих площадок.

Сеть соединяет две площадки, если между ними есть выполнимый обмен-кандидат с выгодой, выбранный или нет; вес связи равен чистой выгоде этих кандидатов. Сообщества сети находятся методом Лувена (networkx, фиксированное зерно: одни и те же данные дают одни и те же кластеры); разрешение больше 1 даёт больше кластеров меньшего размера. Группы из одной площадки отбрасываются.

Итоги кластера (тонны, МВт·ч, м3, чистая выгода, чистое сокращение CO2) считают кандидатов внутри него, каждый поток поставщика один раз, при его лучшем использовании в кластере. Предлагаемая граница парка — выпуклая оболочка участников с отступом (по умолчанию 500 м: допущение, а не норматив), построенная в метрах; её площадь измеряется на эллипсоиде.

Результаты: полигоны кластеров, упорядоченные по потенциальной чистой выгоде, и площадки-участники с их кластером и взвешенной степенью (у якоря она наибольшая).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="47"/>
        <source>Sites with results (from Find symbiosis exchanges)</source>
        <translation>Площадки с результатами (из «Поиск обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="54"/>
        <source>Exchanges (from Find symbiosis exchanges)</source>
        <translation>Обмены (из «Поиск обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="61"/>
        <source>Least net benefit of a candidate to count (EUR/yr)</source>
        <translation>Наименьшая чистая выгода учитываемого кандидата (EUR/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="70"/>
        <source>Resolution (above 1: more, smaller clusters)</source>
        <translation>Разрешение (больше 1: больше кластеров меньшего размера)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="79"/>
        <source>Margin around the members (m; 500 is an assumption)</source>
        <translation>Отступ вокруг участников (м; 500 — допущение)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="88"/>
        <source>Longest candidate exchange within one park (km; 30 is an assumption; 0: no limit)</source>
        <translation>Наибольшая длина возможного обмена внутри одного парка (км; 30 — допущение; 0 — без ограничения)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="96"/>
        <source>Proposed parks</source>
        <translation>Предлагаемые парки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="101"/>
        <source>Cluster members</source>
        <translation>Участники кластеров</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="104"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="112"/>
        <source>layer &apos;{layer}&apos;: no coordinate reference system; set one to draw the parks in metres</source>
        <translation>слой «{layer}»: нет системы координат; задайте её, чтобы построить парки в метрах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/clusters_algorithm.py" line="143"/>
        <source>{clusters} clusters of {sites} sites; the first: {members}</source>
        <translation>Кластеров: {clusters}, площадок в них: {sites}; первый: {members}</translation>
    </message>
</context>
<context>
    <name>ExchangeExplanations</name>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/baseline.py" line="28"/>
        <source>given as existing by the user</source>
        <translation>задан пользователем как существующий</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/baseline.py" line="31"/>
        <source>evident: a CHP plant&apos;s heat to the district heating of its town (within {} km) exists already</source>
        <translation>очевидно: тепло ТЭЦ в теплосеть своего города (в пределах {} км) уже поставляется</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/baseline.py" line="40"/>
        <source>evident: a steelworks&apos; blast-furnace or coke-oven gas to the power or heat plant beside it (within {} km) exists already</source>
        <translation>очевидно: доменный или коксовый газ металлургического завода на соседнюю электростанцию или котельную (в пределах {} км) уже поставляется</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="29"/>
        <source>the line costs more than assumed, the receiver&apos;s demand is seasonal or already met, or the heat is already sold (a CHP plant&apos;s to its town&apos;s district heating)</source>
        <translation>линия обойдётся дороже, чем предполагалось, спрос получателя сезонный или уже покрыт, или тепло уже продаётся (тепло ТЭЦ — тепловой сети её города)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="34"/>
        <source>the water quality does not meet the receiver&apos;s specification, or the pipe costs more than assumed</source>
        <translation>качество воды не отвечает требованиям получателя, или трубопровод обходится дороже принятого</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="38"/>
        <source>the material fails the receiver&apos;s quality standard (e.g. EN 450 for fly ash in concrete) or its market share is full</source>
        <translation>материал не отвечает стандарту качества получателя (например, EN 450 для золы-уноса в бетоне) или его доля рынка уже занята</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="41"/>
        <source>the scrap&apos;s grade or contamination does not suit the receiver</source>
        <translation>сорт или загрязнённость лома не подходят получателю</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="45"/>
        <source>the purity does not suit the receiver, or permits for moving a hazardous stream are refused</source>
        <translation>чистота не подходит получателю, или в разрешении на перемещение опасного потока отказано</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="49"/>
        <source>hygiene or feed/fertiliser rules bar the use, or the residue has a better outlet already</source>
        <translation>санитарные правила или нормы для кормов и удобрений запрещают такое использование, или у остатка уже есть лучший сбыт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="55"/>
        <source>the plant does not have this stream at the sector&apos;s typical scale (a default: ask the plant)</source>
        <translation>у предприятия нет этого потока в типичном для отрасли объёме (типовое значение: уточните у предприятия)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="58"/>
        <source>the derivation factor does not fit this plant (check the figure with the plant)</source>
        <translation>расчётный коэффициент не подходит этому предприятию (сверьте значение с предприятием)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="115"/>
        <source>reported supply ({})</source>
        <translation>отчётное предложение ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="116"/>
        <source>derived supply ({})</source>
        <translation>расчётное предложение ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="117"/>
        <source>default supply ({})</source>
        <translation>типовое предложение ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="119"/>
        <source>its sector&apos;s typical use</source>
        <translation>типовое потребление его отрасли</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/explain.py" line="119"/>
        <source>{}; need: {}; value {} to {} EUR/yr</source>
        <translation>{}; потребность: {}; выгода от {} до {} евро/год</translation>
    </message>
    <message>
        <source>the line costs more than assumed, or the receiver&apos;s demand is seasonal or already met</source>
        <translation type="vanished">трубопровод обходится дороже принятого, или потребность получателя сезонная либо уже покрыта</translation>
    </message>
</context>
<context>
    <name>ExchangeReasons</name>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/choice.py" line="203"/>
        <source>nothing to exchange</source>
        <translation>нечем обмениваться</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/choice.py" line="206"/>
        <source>negative benefit ({} EUR/yr)</source>
        <translation>отрицательная выгода ({} евро/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/choice.py" line="208"/>
        <source>no net CO2 saving ({} t/yr)</source>
        <translation>нет чистого сокращения CO2 ({} т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/choice.py" line="211"/>
        <source>supply taken by better exchanges</source>
        <translation>предложение занято более выгодными обменами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/choice.py" line="213"/>
        <source>receiver&apos;s need met by better exchanges</source>
        <translation>потребность получателя покрыта более выгодными обменами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/choice.py" line="216"/>
        <source>receiver&apos;s assumed need met by better exchanges as far as it is sure; more of it is worth less than this supply&apos;s other uses</source>
        <translation>предполагаемая потребность получателя в той части, в которой она несомненна, покрыта лучшими обменами; дальнейшая её часть стоит меньше, чем другие применения этого предложения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/choice.py" line="220"/>
        <source>not part of the optimum</source>
        <translation>не входит в оптимум</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/engine.py" line="258"/>
        <source>worth {} EUR/yr for the {} {} left, under the {} EUR/yr an exchange needs to be worth arranging</source>
        <translation>выгода {} евро/год для оставшихся {} {} — меньше {} евро/год, ради которых обмен стоит налаживать</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/engine.py" line="265"/>
        <source>not worth it for the {} {} left (net {})</source>
        <translation>невыгодно для оставшихся {} {} (нетто {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/engine.py" line="353"/>
        <source>worth {} EUR/yr, under the {} EUR/yr an exchange needs to be worth arranging</source>
        <translation>выгода {} евро/год — меньше {} евро/год, ради которых обмен стоит налаживать</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/engine.py" line="366"/>
        <source>rests on a sector default (evidence-only run: reported or derived figures only)</source>
        <translation>основан на типовом значении отрасли (расчёт только по данным: лишь отчётные или расчётные значения)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/pricing.py" line="123"/>
        <source>rail needs a rail network</source>
        <translation>для железной дороги нужна железнодорожная сеть</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/pricing.py" line="123"/>
        <source>ship needs a ports layer</source>
        <translation>для судна нужен слой портов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/pricing.py" line="124"/>
        <source>{} needs a network</source>
        <translation>для вида «{}» нужна сеть</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/pricing.py" line="130"/>
        <source>truck: the straight line crosses open sea (give a road network or ports)</source>
        <translation>автомобиль: прямая линия пересекает открытое море (задайте дорожную сеть или порты)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/pricing.py" line="131"/>
        <source>{} not allowed for this stream</source>
        <translation>вид «{}» не допускается для этого потока</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/pricing.py" line="133"/>
        <source>{} not among the modes allowed</source>
        <translation>вида «{}» нет среди разрешённых видов транспорта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/pricing.py" line="181"/>
        <source>none allowed</source>
        <translation>ни один не разрешён</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/pricing.py" line="188"/>
        <source>too far: {} km by {} &gt; {} km</source>
        <translation>слишком далеко: {} км, вид «{}» &gt; {} км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/pricing.py" line="191"/>
        <source>no transport mode: {}</source>
        <translation>нет вида транспорта: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/reasons.py" line="13"/>
        <source>truck</source>
        <translation>автомобиль</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/reasons.py" line="13"/>
        <source>rail</source>
        <translation>железная дорога</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/reasons.py" line="13"/>
        <source>ship</source>
        <translation>судно</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/reasons.py" line="13"/>
        <source>pipeline</source>
        <translation>трубопровод</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/sense.py" line="34"/>
        <source>one plant: supplier and receiver are the same operator at the same place</source>
        <translation>одно предприятие: поставщик и получатель — один оператор в одном месте</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/sense.py" line="47"/>
        <source>two-way swap: the same stream goes the other way between these sites with more value</source>
        <translation>встречный обмен: тот же поток между этими площадками выгоднее в обратную сторону</translation>
    </message>
</context>
<context>
    <name>ExchangeTable</name>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="72"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="73"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="74"/>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="75"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="76"/>
        <source>Family</source>
        <translation>Семейство</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="77"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="78"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="79"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="80"/>
        <source>Mode</source>
        <translation>Вид транспорта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="81"/>
        <source>Transport EUR/yr</source>
        <translation>Перевозка, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="82"/>
        <source>Net benefit EUR/yr</source>
        <translation>Чистая выгода, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="83"/>
        <source>CO2 avoided t/yr</source>
        <translation>Предотвращено CO2, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="84"/>
        <source>Rests on</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="85"/>
        <source>Why not chosen</source>
        <translation>Почему не выбран</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="104"/>
        <source>truck</source>
        <translation>автомобиль</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="104"/>
        <source>rail</source>
        <translation>ж/д</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="104"/>
        <source>ship</source>
        <translation>судно</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="104"/>
        <source>pipeline</source>
        <translation>трубопровод</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="105"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="105"/>
        <source>MWh</source>
        <translation>МВт·ч</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="105"/>
        <source>m3</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="107"/>
        <source>energy</source>
        <translation>энергия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="108"/>
        <source>minerals</source>
        <translation>минеральные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="109"/>
        <source>metals</source>
        <translation>металлы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="110"/>
        <source>chemicals</source>
        <translation>химические</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="111"/>
        <source>organics</source>
        <translation>органические</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="112"/>
        <source>water</source>
        <translation>вода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="114"/>
        <source>reported</source>
        <translation>отчётные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="114"/>
        <source>derived</source>
        <translation>расчётные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="114"/>
        <source>default</source>
        <translation>типовые</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="226"/>
        <source>{} (exists already)</source>
        <translation>{} (уже существует)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="236"/>
        <source>Would fail if: {}</source>
        <translation>Не состоится, если: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="238"/>
        <source>Baseline: {}</source>
        <translation>Базовый уровень: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="252"/>
        <source>Total of {} chosen shown</source>
        <translation>Итого (показано выбранных: {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="462"/>
        <source>Right-click to choose the columns</source>
        <translation>Щёлкните правой кнопкой, чтобы выбрать столбцы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="527"/>
        <source>Default columns</source>
        <translation>Столбцы по умолчанию</translation>
    </message>
</context>
<context>
    <name>FieldAliases</name>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="16"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="17"/>
        <source>Supplier id</source>
        <translation>Код поставщика</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="18"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="19"/>
        <source>Receiver id</source>
        <translation>Код получателя</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="20"/>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="21"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="22"/>
        <source>Stream code</source>
        <translation>Код потока</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="23"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="24"/>
        <source>EWC code</source>
        <translation>Код EWC</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="25"/>
        <source>FKKO code</source>
        <translation>Код ФККО</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="26"/>
        <source>FKKO hazard class</source>
        <translation>Класс опасности по ФККО</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="27"/>
        <source>Family</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="28"/>
        <source>Use</source>
        <translation>Применение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="29"/>
        <source>Quantity offered</source>
        <translation>Предлагаемое количество</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="30"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="31"/>
        <source>Quantity chosen</source>
        <translation>Выбранное количество</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="32"/>
        <source>Supplier&apos;s whole output</source>
        <translation>Весь выход у поставщика</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="33"/>
        <source>Supply from</source>
        <translation>Источник данных о предложении</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="34"/>
        <source>Need from</source>
        <translation>Источник данных о потребности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="35"/>
        <source>Supply rests on</source>
        <translation>Основание предложения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="36"/>
        <source>Need rests on</source>
        <translation>Основание потребности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="37"/>
        <source>Rests on</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="38"/>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="39"/>
        <source>Straight line, km</source>
        <translation>По прямой, км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="40"/>
        <source>Distance, km</source>
        <translation>Расстояние, км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="41"/>
        <source>Mode</source>
        <translation>Вид транспорта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="42"/>
        <source>Modes</source>
        <translation>Виды транспорта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="43"/>
        <source>To and from terminals, km</source>
        <translation>Подвоз к терминалам и от них, км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="44"/>
        <source>Travel time, h</source>
        <translation>Время в пути, ч</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="45"/>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="46"/>
        <source>Via</source>
        <translation>Через</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="47"/>
        <source>Transport, EUR/yr</source>
        <translation>Транспорт, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="48"/>
        <source>Transport CO2, t/yr</source>
        <translation>CO2 транспорта, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="49"/>
        <source>Disposal avoided, EUR/yr</source>
        <translation>Предотвращённые затраты на размещение, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="50"/>
        <source>Purchase avoided, EUR/yr</source>
        <translation>Предотвращённые закупки, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="51"/>
        <source>CO2 of the virgin input avoided, t/yr</source>
        <translation>Предотвращённый CO2 первичного сырья, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="52"/>
        <source>Net benefit, EUR/yr</source>
        <translation>Чистая выгода, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="53"/>
        <source>CO2 avoided, t/yr</source>
        <translation>Предотвращено CO2, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="54"/>
        <source>Supplier&apos;s cost, EUR/yr</source>
        <translation>Затраты поставщика, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="55"/>
        <source>Fossil CO2 of the fuel, t/yr</source>
        <translation>Ископаемый CO2 топлива, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="56"/>
        <source>Exists already</source>
        <translation>Уже существует</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="57"/>
        <source>Known to exist from</source>
        <translation>Откуда известно, что существует</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="58"/>
        <source>Feasible</source>
        <translation>Осуществим</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="59"/>
        <source>Chosen</source>
        <translation>Выбран</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="60"/>
        <source>Why not chosen</source>
        <translation>Почему не выбран</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="61"/>
        <source>Net benefit, low, EUR/yr</source>
        <translation>Чистая выгода, нижняя оценка, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="62"/>
        <source>Net benefit, high, EUR/yr</source>
        <translation>Чистая выгода, верхняя оценка, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="63"/>
        <source>Why proposed</source>
        <translation>Почему предложен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="64"/>
        <source>Fails if</source>
        <translation>При каких условиях не состоится</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="66"/>
        <source>Site id</source>
        <translation>Код площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="67"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="68"/>
        <source>NACE code</source>
        <translation>Код NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="69"/>
        <source>Hazard class</source>
        <translation>Класс опасности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="70"/>
        <source>Non-hazardous waste reported, t/yr</source>
        <translation>Заявленные неопасные отходы, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="71"/>
        <source>Hazardous waste reported, t/yr</source>
        <translation>Заявленные опасные отходы, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="72"/>
        <source>Production</source>
        <translation>Выпуск продукции</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="73"/>
        <source>Production unit</source>
        <translation>Единица выпуска</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="74"/>
        <source>Sent, t/yr</source>
        <translation>Отправлено, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="75"/>
        <source>Received, t/yr</source>
        <translation>Получено, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="76"/>
        <source>Exchanges chosen</source>
        <translation>Выбрано обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="78"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="79"/>
        <source>Class from</source>
        <translation>Откуда класс</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="80"/>
        <source>Zone width, m</source>
        <translation>Ширина зоны, м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="81"/>
        <source>Zone area, ha</source>
        <translation>Площадь зоны, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="82"/>
        <source>Zone regime</source>
        <translation>Режим зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="83"/>
        <source>Diverted</source>
        <translation>Перенаправлено</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="84"/>
        <source>Reduction</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="85"/>
        <source>Class before</source>
        <translation>Класс до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="86"/>
        <source>Class after</source>
        <translation>Класс после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="87"/>
        <source>Zone width before, m</source>
        <translation>Ширина зоны до, м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="88"/>
        <source>Zone width after, m</source>
        <translation>Ширина зоны после, м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="89"/>
        <source>Area before, ha</source>
        <translation>Площадь до, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="90"/>
        <source>Area after, ha</source>
        <translation>Площадь после, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="91"/>
        <source>Land freed, ha</source>
        <translation>Освобождено земли, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="92"/>
        <source>Land freed of every zone, ha</source>
        <translation>Освобождено от всех зон, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="93"/>
        <source>Reduction rule</source>
        <translation>Правило сокращения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="95"/>
        <source>Housing id</source>
        <translation>Код жилого объекта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="96"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="97"/>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="98"/>
        <source>Population from</source>
        <translation>Источник численности населения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="99"/>
        <source>People inside before</source>
        <translation>Людей внутри зон до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="100"/>
        <source>People inside after</source>
        <translation>Людей внутри зон после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="101"/>
        <source>Sites whose zone covers it, before</source>
        <translation>Площадки, чьи зоны его покрывают, до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="102"/>
        <source>Sites whose zone covers it, after</source>
        <translation>Площадки, чьи зоны его покрывают, после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="103"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="104"/>
        <source>Share of the zone the housing data covers</source>
        <translation>Доля зоны, покрытая данными о жилье</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="105"/>
        <source>Housing features inside before</source>
        <translation>Жилых объектов внутри зон до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="106"/>
        <source>Housing features inside after</source>
        <translation>Жилых объектов внутри зон после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="107"/>
        <source>Residential area inside before, ha</source>
        <translation>Жилая территория внутри зон до, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/field_names.py" line="108"/>
        <source>Residential area inside after, ha</source>
        <translation>Жилая территория внутри зон после, га</translation>
    </message>
</context>
<context>
    <name>FindExchanges</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="57"/>
        <source>Find symbiosis exchanges</source>
        <translation>Поиск обменов промышленного симбиоза</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="49"/>
        <source>Symbiosis</source>
        <translation>Промышленный симбиоз</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="58"/>
        <source>Finds the exchanges of by-products, waste and surplus energy between industrial sites that the catalogue&apos;s supply -&gt; use rules link, prices every candidate and chooses the best set with a linear programme: the largest net benefit, the most CO2 avoided, or benefit + CO2 x carbon price.

Inputs. Sites: points or polygons in any CRS, with id, name and NACE Rev.2 code fields and an optional hazard class (I-V); fields left empty are guessed from their names. Streams (optional): a table of site id, direction (output/input), stream, quantity, unit (t, kg, m3, MWh, GJ ... per yr, day or h) and EWC code; sites without streams get the typical streams of their sector. Networks (optional): road, rail, ports, terminals and waterways; distances are then measured on them and truck, rail, ship and pipeline chains (truck-ship-truck, say) priced; without them a distance is the geodesic distance x the detour factor. Housing (optional): buildings, residential land or population, to count the people inside the sanitary protection zones.

Outputs. Exchanges: one line per candidate, supplier -&gt; receiver, with quantity, mode, distance, transport cost and CO2, avoided disposal and purchase, avoided virgin-production CO2, net benefit, whether it is chosen and why not. Sites with their tonnes sent and received, links, benefit and CO2. Optional: the protection zones before and after the exchanges, the zone land freed, the homes inside zones and the sites ranked by the people inside their zone. The layers go into a group named after the scenario.

Figures. Prices, CO2 factors and disposal costs come from the catalogue (resources/catalogue/exchange_rules.csv), typical streams from sector_profiles.csv; each figure names its source or is labelled an assumption. Transport parameters are set here or in a parameters file (JSON); the README lists every default with its source. Check the assumptions against your region before deciding anything.</source>
        <translation>Находит обмены побочными продуктами, отходами и избыточной энергией между промышленными предприятиями, которые связывают правила каталога «поставка -&gt; использование», оценивает каждый вариант-кандидат и выбирает наилучший набор методом линейного программирования: по наибольшей чистой выгоде, по наибольшим предотвращённым выбросам CO2 или по выгоде + CO2 × цена углерода.

Входные данные. Площадки: точки или полигоны в любой системе координат с полями идентификатора, названия и кода NACE Rev.2 и необязательным классом опасности (I–V); незаданные поля определяются по их названиям. Потоки (необязательно): таблица с идентификатором площадки, направлением (output/input), потоком, количеством, единицей измерения (t, kg, m3, MWh, GJ … в год, сутки или час) и кодом EWC; площадкам без потоков назначаются типичные потоки их отрасли. Сети (необязательно): дороги, железные дороги, порты, терминалы и водные пути; тогда расстояния измеряются по ним и оцениваются автомобильные, железнодорожные, морские и трубопроводные перевозки и их цепочки (например, грузовик–судно–грузовик); без сетей расстояние равно геодезическому расстоянию × коэффициент непрямолинейности. Жилая застройка (необязательно): здания, жилые зоны или население — чтобы подсчитать жителей внутри санитарно-защитных зон (СЗЗ).

Результаты. Обмены: по линии на каждого кандидата, поставщик -&gt; получатель, с количеством, видом транспорта, расстоянием, транспортными затратами и выбросами CO2, предотвращёнными затратами на размещение отходов и на закупку сырья, предотвращёнными выбросами CO2 от производства первичного сырья, чистой выгодой, признаком выбора и причиной, если обмен не выбран. Площадки с отправленными и полученными тоннами, числом связей, выгодой и CO2. Необязательно: СЗЗ до и после обменов, высвобожденная территория зон, жильё внутри зон и площадки, ранжированные по числу жителей в их зоне. Слои помещаются в группу с названием сценария.

Исходные значения. Цены, коэффициенты выбросов CO2 и затраты на размещение отходов берутся из каталога (resources/catalogue/exchange_rules.csv), типичные потоки — из sector_profiles.csv; у каждого значения указан источник или пометка «допущение». Транспортные параметры задаются здесь или в файле параметров (JSON); в README перечислены все значения по умолчанию с их источниками. Прежде чем принимать решения, проверьте допущения применительно к вашему региону.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="119"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="124"/>
        <source>Site id field</source>
        <translation>Поле идентификатора площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="125"/>
        <source>Site name field</source>
        <translation>Поле названия площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="126"/>
        <source>NACE code field</source>
        <translation>Поле кода NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="127"/>
        <source>Hazard class field</source>
        <translation>Поле класса опасности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="128"/>
        <source>Reporting year field (each site&apos;s latest year is kept)</source>
        <translation>Поле отчётного года (для каждой площадки берётся последний год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="136"/>
        <source>Activity codes are</source>
        <translation>Коды деятельности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="138"/>
        <source>Detected from the codes</source>
        <translation>Определить по кодам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="139"/>
        <source>NACE Rev.2</source>
        <translation>NACE Rev.2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="140"/>
        <source>E-PRTR Annex I (mapped to NACE)</source>
        <translation>E-PRTR, приложение I (переводятся в NACE)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="141"/>
        <source>OKVED2</source>
        <translation>ОКВЭД2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="149"/>
        <source>Streams table</source>
        <translation>Таблица потоков</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="153"/>
        <source>Stream: site id field</source>
        <translation>Поток: поле идентификатора площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="154"/>
        <source>Stream: direction field</source>
        <translation>Поток: поле направления</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="155"/>
        <source>Stream: name field</source>
        <translation>Поток: поле названия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="156"/>
        <source>Stream: quantity field</source>
        <translation>Поток: поле количества</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="157"/>
        <source>Stream: unit field</source>
        <translation>Поток: поле единицы измерения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="158"/>
        <source>Stream: EWC code field</source>
        <translation>Поток: поле кода EWC</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="166"/>
        <source>Exchanges that exist already (supplier, receiver, stream): the baseline</source>
        <translation>Уже существующие обмены (поставщик, получатель, поток): базовый уровень</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="174"/>
        <source>Choose only exchanges resting on reported or derived figures (no sector defaults)</source>
        <translation>Выбирать только обмены, опирающиеся на отчётные или расчётные данные (без отраслевых значений по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="182"/>
        <source>Objective</source>
        <translation>Целевая функция</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="184"/>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="321"/>
        <source>Net benefit (EUR/yr)</source>
        <translation>Чистая выгода (евро/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="185"/>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="322"/>
        <source>Net CO2 avoided (t/yr)</source>
        <translation>Чистые предотвращённые выбросы CO2 (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="186"/>
        <source>Benefit + CO2 x carbon price</source>
        <translation>Выгода + CO2 × цена углерода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="194"/>
        <source>Infer streams from the sector where none are given</source>
        <translation>Выводить потоки по отрасли, если они не заданы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="200"/>
        <source>Transport modes allowed (choose one to force it)</source>
        <translation>Допустимые виды транспорта (выберите один, чтобы задать его принудительно)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="201"/>
        <source>Truck</source>
        <translation>Автотранспорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="201"/>
        <source>Rail</source>
        <translation>Железная дорога</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="201"/>
        <source>Ship</source>
        <translation>Морской транспорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="201"/>
        <source>Pipeline</source>
        <translation>Трубопровод</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="211"/>
        <source>Scenario name (the layer group of the results)</source>
        <translation>Название сценария (группа слоёв с результатами)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="211"/>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="380"/>
        <source>EcoPark scenario</source>
        <translation>Сценарий EcoPark</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="217"/>
        <source>Detour factor (road / straight distance)</source>
        <translation>Коэффициент непрямолинейности (расстояние по дороге / по прямой)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="224"/>
        <source>Truck cost (EUR per t-km)</source>
        <translation>Стоимость автоперевозки (евро за т·км)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="231"/>
        <source>Handling (EUR per t and transfer)</source>
        <translation>Погрузка-разгрузка (евро за т и перевалку)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="238"/>
        <source>Parameters file (JSON, overrides the above)</source>
        <translation>Файл параметров (JSON, заменяет значения выше)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="243"/>
        <source>Extra catalogue rules (CSV)</source>
        <translation>Дополнительные правила каталога (CSV)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="247"/>
        <source>Import mapping file (JSON, as the runner&apos;s --save-mapping writes it)</source>
        <translation>Файл сопоставления полей (JSON, как его пишет --save-mapping командной строки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="255"/>
        <source>Go on without the sites and streams rows that cannot be used (to the rejected table)</source>
        <translation>Продолжить без строк площадок и потоков, которые нельзя использовать (в таблицу отклонённых)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="263"/>
        <source>PostgreSQL database (connection string or QGIS connection): to write the scenario into, or to route in with pgRouting</source>
        <translation>База данных PostgreSQL (строка подключения или подключение QGIS): для записи сценария или для маршрутизации в pgRouting</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="269"/>
        <source>Schema of the scenario in that database (must not exist)</source>
        <translation>Схема сценария в этой базе данных (не должна существовать)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="273"/>
        <source>Road router</source>
        <translation>Маршрутизатор по дорогам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="274"/>
        <source>In process</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="274"/>
        <source>pgRouting, in the PostgreSQL database</source>
        <translation>pgRouting, в базе данных PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="284"/>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="289"/>
        <source>Sites with results</source>
        <translation>Площадки с результатами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="295"/>
        <source>Rejected rows, each with its reason</source>
        <translation>Отклонённые строки с причиной каждой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="303"/>
        <source>Sanitary protection zones, before</source>
        <translation>Санитарно-защитные зоны, до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="304"/>
        <source>Zones after the exchanges</source>
        <translation>Зоны после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="305"/>
        <source>Zone land freed</source>
        <translation>Высвобожденная территория зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="306"/>
        <source>Homes inside zones (with a housing layer)</source>
        <translation>Жильё внутри зон (если задан слой жилой застройки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="307"/>
        <source>Sites by people inside their zone (with a housing layer)</source>
        <translation>Площадки по числу жителей в их зоне (если задан слой жилой застройки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="317"/>
        <source>Zone land freed (ha)</source>
        <translation>Высвобожденная территория зон (га)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="318"/>
        <source>People inside zones before</source>
        <translation>Жителей в зонах до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="319"/>
        <source>People inside zones after</source>
        <translation>Жителей в зонах после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="320"/>
        <source>Exchanges chosen</source>
        <translation>Выбрано обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="323"/>
        <source>Tonnes diverted (t/yr)</source>
        <translation>Направлено на использование (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="324"/>
        <source>Input rows rejected</source>
        <translation>Отклонено входных строк</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="346"/>
        <source>Parameters: {}</source>
        <translation>Параметры: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="404"/>
        <source>PostGIS output needs both a database and a schema</source>
        <translation>Для записи в PostGIS нужны и база данных, и схема</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="408"/>
        <source>schema {schema} exists in the database; choose another</source>
        <translation>схема {schema} уже есть в базе данных; выберите другую</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="421"/>
        <source>Road distances by pgRouting: {edges:,} edges loaded in {load:.1f} s; queries {query:.1f} s</source>
        <translation>Расстояния по дорогам рассчитаны pgRouting: {edges:,} рёбер загружено за {load:.1f} с; запросы {query:.1f} с</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="434"/>
        <source>Wrote schema {schema} of the database</source>
        <translation>Записана схема {schema} базы данных</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="462"/>
        <source>Zones {a:,.0f} ha before, {b:,.0f} ha after; %n site(s) in a lower class</source>
        <translation>
            <numerusform>Зоны: {a:,.0f} га до, {b:,.0f} га после; %n площадка в более низком классе</numerusform>
            <numerusform>Зоны: {a:,.0f} га до, {b:,.0f} га после; %n площадки в более низком классе</numerusform>
            <numerusform>Зоны: {a:,.0f} га до, {b:,.0f} га после; %n площадок в более низком классе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="470"/>
        <source>{selected} of %n candidate exchange(s) chosen; net benefit {net:,.0f} EUR/yr; net CO2 avoided {co2:,.0f} t/yr</source>
        <translation>
            <numerusform>Выбрано обменов: {selected} из %n кандидата; чистая выгода {net:,.0f} евро/год; чистые предотвращённые выбросы CO2 {co2:,.0f} т/год</numerusform>
            <numerusform>Выбрано обменов: {selected} из %n кандидатов; чистая выгода {net:,.0f} евро/год; чистые предотвращённые выбросы CO2 {co2:,.0f} т/год</numerusform>
            <numerusform>Выбрано обменов: {selected} из %n кандидатов; чистая выгода {net:,.0f} евро/год; чистые предотвращённые выбросы CO2 {co2:,.0f} т/год</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="506"/>
        <source>%n input row(s) left out (first: layer {layer}, row {row}: {reason})</source>
        <translation>
            <numerusform>Пропущена %n входная строка (первая: слой {layer}, строка {row}: {reason})</numerusform>
            <numerusform>Пропущены %n входные строки (первая: слой {layer}, строка {row}: {reason})</numerusform>
            <numerusform>Пропущено %n входных строк (первая: слой {layer}, строка {row}: {reason})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="543"/>
        <source>ROUTER pgrouting needs POSTGIS_DATABASE: the PostgreSQL database with pgRouting to route in</source>
        <translation>ROUTER pgrouting требует POSTGIS_DATABASE: базу данных PostgreSQL с pgRouting, в которой строятся маршруты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="547"/>
        <source>ROUTER pgrouting needs a road network (ROAD or ROAD_FILE): pgRouting routes on it</source>
        <translation>ROUTER pgrouting требует дорожную сеть (ROAD или ROAD_FILE): pgRouting строит маршруты по ней</translation>
    </message>
    <message>
        <source>{count} input rows left out (first: layer {layer}, row {row}: {reason})</source>
        <translation type="vanished">Пропущено входных строк: {count} (первая: слой {layer}, строка {row}: {reason})</translation>
    </message>
    <message>
        <source>Zones {a:,.0f} ha before, {b:,.0f} ha after; {n} sites in a lower class</source>
        <translation type="vanished">Зоны: {a:,.0f} га до, {b:,.0f} га после; площадок с пониженным классом: {n}</translation>
    </message>
    <message>
        <source>{selected} of {candidates} candidate exchanges chosen; net benefit {net:,.0f} EUR/yr; net CO2 avoided {co2:,.0f} t/yr</source>
        <translation type="vanished">Выбрано обменов: {selected} из {candidates} кандидатов; чистая выгода {net:,.0f} евро/год; чистые предотвращённые выбросы CO2 {co2:,.0f} т/год</translation>
    </message>
    <message>
        <source>Also write the scenario into this PostgreSQL database (connection string or QGIS connection)</source>
        <translation type="vanished">Также записать сценарий в эту базу данных PostgreSQL (строка подключения или подключение QGIS)</translation>
    </message>
    <message>
        <source>Zones and housing</source>
        <translation type="vanished">Зоны и жилая застройка</translation>
    </message>
</context>
<context>
    <name>HousingExposure</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="42"/>
        <source>Housing inside protection zones</source>
        <translation>Жилая застройка в санитарно-защитных зонах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="43"/>
        <source>Zones and housing</source>
        <translation>Зоны и жилая застройка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="44"/>
        <source>Counts the homes, residential area and people inside the protection zones, before and (when given) after the exchanges, and writes the housing in conflict with its status: still inside a zone, freed, or inside a zone only after.

Housing is building polygons (a building touching a zone counts whole; population from a field, else footprint x storeys / floor area per person), residential land use (area inside, population from a field or a density) or a population grid or points. An OSM extract&apos;s multipolygons layer is read as homes: buildings that are not known non-homes and not on industrial land, or landuse=residential. Totals are taken over the union of the zones, so nobody is counted twice.

Figures: floor area per person (45 m2), default storeys (2) and residential density (40 per ha) are labelled assumptions; change them in a parameters file, or give a population field where you have one.</source>
        <translation>Подсчитывает жилые объекты, площадь жилой застройки и жителей внутри санитарно-защитных зон до и (если заданы зоны после) после обменов и записывает жилую застройку, находящуюся в конфликте с зонами, с её статусом: всё ещё внутри зоны, высвобождена или попадает в зону только после обменов.

Жилая застройка — это полигоны зданий (здание, касающееся зоны, учитывается целиком; население берётся из поля, иначе оценивается как площадь застройки × этажность / общая площадь на человека), жилые зоны землепользования (учитывается площадь внутри зоны; население — из поля или по плотности) либо сетка или точки населения. Слой multipolygons выгрузки OSM читается как жильё: здания, не относящиеся к известным нежилым и не стоящие на промышленных землях, или landuse=residential. Итоги считаются по объединению зон, поэтому никто не учитывается дважды.

Исходные значения: общая площадь на человека (45 м²), этажность по умолчанию (2) и плотность населения жилых зон (40 чел./га) помечены как допущения; измените их в файле параметров или укажите поле численности населения, если оно есть.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="61"/>
        <source>Zones (before)</source>
        <translation>Зоны (до)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="67"/>
        <source>Zones after the exchanges</source>
        <translation>Зоны после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="76"/>
        <source>Housing in conflict</source>
        <translation>Жилая застройка в конфликте с зонами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="80"/>
        <source>Homes inside zones before</source>
        <translation>Жилых объектов в зонах до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="81"/>
        <source>Homes inside zones after</source>
        <translation>Жилых объектов в зонах после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="82"/>
        <source>People inside zones before</source>
        <translation>Жителей в зонах до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="83"/>
        <source>People inside zones after</source>
        <translation>Жителей в зонах после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="84"/>
        <source>Residential area inside zones before (ha)</source>
        <translation>Площадь жилой застройки в зонах до (га)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="85"/>
        <source>Residential area inside zones after (ha)</source>
        <translation>Площадь жилой застройки в зонах после (га)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="93"/>
        <source>Reading housing</source>
        <translation>Чтение жилой застройки</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="122"/>
        <source>Import a register&apos;s table as sites</source>
        <translation>Импорт таблицы реестра как площадок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="128"/>
        <source>Tables ({})</source>
        <translation>Таблицы ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="128"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="129"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="133"/>
        <source>Layer or sheet</source>
        <translation>Слой или лист</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="137"/>
        <source>How the file is written (CSV)</source>
        <translation>Формат файла (CSV)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="139"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="141"/>
        <source>Separator</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="141"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="143"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="394"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="526"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="141"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="141"/>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="46"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="143"/>
        <source>Decimal mark</source>
        <translation>Десятичный знак</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="143"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="394"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="526"/>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="144"/>
        <source>Header row</source>
        <translation>Строка заголовка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="144"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="395"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="527"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="144"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="395"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="527"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="147"/>
        <source>Columns and codes</source>
        <translation>Столбцы и коды</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="157"/>
        <source>In the unit of the sector&apos;s profile plant (t, MWth, hl, PE ...): a row in another unit is refused</source>
        <translation>В единице типового предприятия отрасли (т, МВт(т), гл, ЭЖ ...): строка в другой единице отклоняется</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="164"/>
        <source>Activity codes are</source>
        <translation>Коды деятельности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="169"/>
        <source>not set: longitude/latitude (EPSG:4326)</source>
        <translation>не задана: долгота/широта (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="172"/>
        <source>CRS of x/y</source>
        <translation>СК x/y</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="186"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="197"/>
        <source>First rows</source>
        <translation>Первые строки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="198"/>
        <source>Rows refused</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="205"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="206"/>
        <source>The sites and the rows refused are written to layers &apos;sites&apos; and &apos;rejected&apos; of it</source>
        <translation>Площадки и отклонённые строки записываются в его слои &apos;sites&apos; и &apos;rejected&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="207"/>
        <source>Write sites to</source>
        <translation>Записать площадки в</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="211"/>
        <source>Load mapping…</source>
        <translation>Загрузить сопоставление…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="213"/>
        <source>Save mapping…</source>
        <translation>Сохранить сопоставление…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="215"/>
        <source>The same JSON as the command line&apos;s --save-mapping, for next year&apos;s file</source>
        <translation>Тот же JSON, что пишет --save-mapping командной строки, — для файла следующего года</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="220"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="221"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="563"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="575"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="248"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="397"/>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="38"/>
        <source>detected</source>
        <translation>определено</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="312"/>
        <source>Reading {}…</source>
        <translation>Чтение {}…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="319"/>
        <source>EcoPark: {}</source>
        <translation>EcoPark: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="348"/>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="351"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="365"/>
        <source>Reading cancelled: choose the table again</source>
        <translation>Чтение отменено: выберите таблицу снова</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="397"/>
        <source>detected: {}</source>
        <translation>определено: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="411"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="474"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="482"/>
        <source>Load a mapping</source>
        <translation>Загрузить сопоставление</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="474"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="489"/>
        <source>Mapping (*.json)</source>
        <translation>Сопоставление (*.json)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="489"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="496"/>
        <source>Save the mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="496"/>
        <source>Choose a table first</source>
        <translation>Сначала выберите таблицу</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="499"/>
        <source>Mapping saved to {}</source>
        <translation>Сопоставление сохранено в {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="517"/>
        <source>Choose a table: CSV (any separator, decimal mark and encoding), XLSX or a layer.</source>
        <translation>Выберите таблицу: CSV (любой разделитель, десятичный знак и кодировка), XLSX или слой.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="523"/>
        <source>Encoding {encoding}, separator {separator}, decimal mark {decimal}, header row {header}.</source>
        <translation>Кодировка {encoding}, разделитель {separator}, десятичный знак {decimal}, строка заголовка: {header}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="531"/>
        <source>{rows} rows, {columns} columns.</source>
        <translation>Строк: {rows}, столбцов: {columns}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="535"/>
        <source>Activity codes: {} (detected).</source>
        <translation>Коды деятельности: {} (определено).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="539"/>
        <source>The layer has its own geometry; its CRS is used.</source>
        <translation>У слоя своя геометрия; используется его СК.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="547"/>
        <source>Use {crs}</source>
        <translation>Выбрать {crs}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="563"/>
        <source>Choose the GeoPackage the sites are written to</source>
        <translation>Выберите GeoPackage, в который записать площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="567"/>
        <source>{} is the table being imported; choose another file for the sites</source>
        <translation>{} — импортируемая таблица; выберите для площадок другой файл</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="576"/>
        <source>{} exists. Replace its layers &apos;sites&apos; and &apos;rejected&apos; (its other layers are kept)?</source>
        <translation>{} существует. Заменить его слои &apos;sites&apos; и &apos;rejected&apos; (другие слои сохранятся)?</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="593"/>
        <source>Importing {}…</source>
        <translation>Импорт {}…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="606"/>
        <source>{} was written before the cancel reached it; its layers are not added</source>
        <translation>{} записан до того, как сработала отмена; его слои не добавлены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="614"/>
        <source>{} sites</source>
        <translation>{}: площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="617"/>
        <source>{} rejected</source>
        <translation>{}: отклонённые</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="621"/>
        <source>Layer {} could not be added to the project</source>
        <translation>Не удалось добавить слой {} в проект</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="622"/>
        <source>{sites} sites imported from {file} into {out}</source>
        <translation>Импортировано площадок: {sites} из {file} в {out}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="626"/>
        <source>{} rows of earlier years left out (each site&apos;s latest year kept)</source>
        <translation>строк прежних лет пропущено: {} (у каждой площадки оставлен последний год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="631"/>
        <source>{n} rows refused (see the layer &apos;{layer}&apos;), e.g. row {row}: {reason}</source>
        <translation>отклонено строк: {n} (см. слой &apos;{layer}&apos;), например строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="647"/>
        <source>Rows refused ({})</source>
        <translation>Отклонённые строки ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="23"/>
        <source>Site id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="24"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="25"/>
        <source>Activity code</source>
        <translation>Код деятельности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="26"/>
        <source>x or longitude</source>
        <translation>x или долгота</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="27"/>
        <source>y or latitude</source>
        <translation>y или широта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="28"/>
        <source>Reporting year</source>
        <translation>Отчётный год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="29"/>
        <source>Production per year</source>
        <translation>Производство за год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="30"/>
        <source>Unit of production</source>
        <translation>Единица производства</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="31"/>
        <source>Waste, non-hazardous (t/yr)</source>
        <translation>Отходы неопасные (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="32"/>
        <source>Waste, hazardous (t/yr)</source>
        <translation>Отходы опасные (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="39"/>
        <source>NACE Rev.2</source>
        <translation>NACE Rev.2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="40"/>
        <source>E-PRTR Annex I (mapped to NACE)</source>
        <translation>E-PRTR, прил. I (в NACE)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="41"/>
        <source>OKVED2</source>
        <translation>ОКВЭД2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="46"/>
        <source>space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="81"/>
        <source>Choose the x (or longitude) and y (or latitude) columns.</source>
        <translation>Выберите столбцы x (или долготы) и y (или широты).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="83"/>
        <source>No row holds two numbers in {x} and {y}: choose other columns.</source>
        <translation>Ни в одной строке нет двух чисел в {x} и {y}: выберите другие столбцы.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="86"/>
        <source>x {x0} to {x1}, y {y0} to {y1}</source>
        <translation>x от {x0} до {x1}, y от {y0} до {y1}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="90"/>
        <source>{ranges}: degrees (longitude/latitude).</source>
        <translation>{ranges}: градусы (долгота/широта).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="92"/>
        <source>{ranges}: metres of a projected CRS.</source>
        <translation>{ranges}: метры проекционной СК.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="95"/>
        <source>Choose the CRS they are in (e.g. EPSG:3006, EPSG:25832).</source>
        <translation>Выберите СК, в которой они заданы (например, EPSG:3006, EPSG:25832).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="98"/>
        <source>{n} of {usable} positions fall far from where {crs} is used: is it the CRS they are in?</source>
        <translation>{n} из {usable} точек лежат далеко от области применения {crs}: верна ли СК?</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="103"/>
        <source>They fit {crs}.</source>
        <translation>Они соответствуют {crs}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="106"/>
        <source>Rows with no usable coordinates, to be refused: {}.</source>
        <translation>Строк без пригодных координат (будут отклонены): {}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="131"/>
        <source>The project&apos;s CRS, {crs}, does not fit them: {n} of {usable} positions would fall far from where it is used.</source>
        <translation>СК проекта, {crs}, им не подходит: {n} из {usable} точек оказались бы далеко от области её применения.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_text.py" line="135"/>
        <source>The project&apos;s CRS, {crs}, is projected and they fall where it is used: it may be theirs (nothing in the table says so; check with its source).</source>
        <translation>СК проекта, {crs}, проекционная, и точки попадают в область её применения: возможно, это их СК (в самой таблице об этом ничего не сказано; уточните у её источника).</translation>
    </message>
</context>
<context>
    <name>ImportEprtr</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="24"/>
        <source>Import E-PRTR facilities as sites</source>
        <translation>Импорт предприятий E-PRTR как площадок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="25"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="26"/>
        <source>Reads the EEA Industrial Reporting (E-PRTR) &apos;user-friendly&apos; CSV tables (releases to air F1_4 and/or off-site waste transfers F4_2) into a sites layer for the countries and extent you choose.

Each facility&apos;s E-PRTR Annex I activity becomes the NACE Rev.2 code of its typical sector (resources/catalogue/eprtr_activity_nace.csv; nace_basis says so). Its waste transfers of the latest reported year are summed: hazardous, non-hazardous, to recovery and to disposal, in tonnes. Facilities whose activity has no NACE mapping, and those the register never gives a position, are left out, reported, and written with their reasons to the optional rejected table.

Output: points in WGS 84 with site_id, name, nace, nace_basis, eprtr_activity, country, city, last_year, waste_hw_t, waste_nonhw_t, waste_recovery_t and waste_disposal_t. Run &apos;Find symbiosis exchanges&apos; on it: streams are then inferred from each site&apos;s sector, and the reported waste tonnes replace the typical figure where the sector profile says what they stand for.

Data: EEA Industrial Reporting database (IED/E-PRTR), CC BY 4.0.</source>
        <translation>Читает «удобные для пользователя» CSV-таблицы промышленной отчётности ЕАОС (E-PRTR, Европейский регистр выбросов и переноса загрязнителей): выбросы в атмосферу F1_4 и/или передачу отходов за пределы предприятия F4_2 — и создаёт из них слой площадок для выбранных стран и охвата.

Вид деятельности предприятия по Приложению I E-PRTR заменяется кодом NACE Rev.2 его типичной отрасли (resources/catalogue/eprtr_activity_nace.csv; об этом сообщает поле nace_basis). Передача отходов за последний отчётный год суммируется: опасные и неопасные отходы, переданные на утилизацию и на удаление, в тоннах. Предприятия, вид деятельности которых не сопоставлен с кодом NACE, и предприятия, для которых реестр ни в одном году не даёт координат, не включаются; о них выводится сообщение, а с причинами они записываются в необязательную таблицу отклонённых.

Результат: точки в WGS 84 с полями site_id, name, nace, nace_basis, eprtr_activity, country, city, last_year, waste_hw_t, waste_nonhw_t, waste_recovery_t и waste_disposal_t. Запустите на нём «Поиск обменов промышленного симбиоза»: потоки будут выведены по отрасли каждой площадки, а заявленные тонны отходов заменят типичные значения там, где отраслевой профиль указывает, чему они соответствуют.

Данные: база промышленной отчётности ЕАОС (IED/E-PRTR), CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="46"/>
        <source>Releases table (F1_4 CSV)</source>
        <translation>Таблица выбросов (CSV F1_4)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="51"/>
        <source>Waste transfers table (F4_2 CSV)</source>
        <translation>Таблица передачи отходов (CSV F4_2)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="56"/>
        <source>Countries (comma-separated, empty for all)</source>
        <translation>Страны (английские названия через запятую; пусто — все)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="59"/>
        <source>Extent</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="62"/>
        <source>E-PRTR sites</source>
        <translation>Площадки E-PRTR</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="68"/>
        <source>Facilities left out, each with its reason</source>
        <translation>Пропущенные предприятия с причиной каждого</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="85"/>
        <source>%n facility(ies)</source>
        <translation>
            <numerusform>%n предприятие</numerusform>
            <numerusform>%n предприятия</numerusform>
            <numerusform>%n предприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="88"/>
        <source>%n facility(ies) left out: Annex I activity &apos;{activity}&apos; has no NACE mapping</source>
        <translation>
            <numerusform>Не включено %n предприятие: вид деятельности по Приложению I «{activity}» не сопоставлен с кодом NACE</numerusform>
            <numerusform>Не включено %n предприятия: вид деятельности по Приложению I «{activity}» не сопоставлен с кодом NACE</numerusform>
            <numerusform>Не включено %n предприятий: вид деятельности по Приложению I «{activity}» не сопоставлен с кодом NACE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="96"/>
        <source>%n facility(ies) left out: the register gives no longitude/latitude (e.g. {ids})</source>
        <translation>
            <numerusform>Пропущено %n предприятие: в реестре нет долготы/широты (например, {ids})</numerusform>
            <numerusform>Пропущено %n предприятия: в реестре нет долготы/широты (например, {ids})</numerusform>
            <numerusform>Пропущено %n предприятий: в реестре нет долготы/широты (например, {ids})</numerusform>
        </translation>
    </message>
    <message>
        <source>{} facilities</source>
        <translation type="vanished">Предприятий: {}</translation>
    </message>
    <message>
        <source>{count} facilities left out: Annex I activity &apos;{activity}&apos; has no NACE mapping</source>
        <translation type="vanished">Не включено предприятий: {count}; вид деятельности по Приложению I «{activity}» не сопоставлен с кодом NACE</translation>
    </message>
    <message>
        <source>{count} facilities left out: the register gives no longitude/latitude (e.g. {ids})</source>
        <translation type="vanished">Пропущено объектов: {count}; в реестре нет долготы/широты (например, {ids})</translation>
    </message>
    <message>
        <source>Reads the EEA Industrial Reporting (E-PRTR) &apos;user-friendly&apos; CSV tables (releases to air F1_4 and/or off-site waste transfers F4_2) into a sites layer for the countries and extent you choose.

Each facility&apos;s E-PRTR Annex I activity becomes the NACE Rev.2 code of its typical sector (resources/catalogue/eprtr_activity_nace.csv; nace_basis says so). Its waste transfers of the latest reported year are summed: hazardous, non-hazardous, to recovery and to disposal, in tonnes. Facilities whose activity has no NACE mapping are left out and reported.

Output: points in WGS 84 with site_id, name, nace, nace_basis, eprtr_activity, country, city, last_year, waste_hw_t, waste_nonhw_t, waste_recovery_t and waste_disposal_t. Run &apos;Find symbiosis exchanges&apos; on it: streams are then inferred from each site&apos;s sector, and the reported waste tonnes replace the typical figure where the sector profile says what they stand for.

Data: EEA Industrial Reporting database (IED/E-PRTR), CC BY 4.0.</source>
        <translation type="vanished">Читает «удобные для пользователя» CSV-таблицы промышленной отчётности ЕАОС (E-PRTR, Европейский регистр выбросов и переноса загрязнителей): выбросы в атмосферу F1_4 и/или передачу отходов за пределы предприятия F4_2 — и создаёт из них слой площадок для выбранных стран и охвата.

Вид деятельности предприятия по Приложению I E-PRTR заменяется кодом NACE Rev.2 его типичной отрасли (resources/catalogue/eprtr_activity_nace.csv; об этом сообщает поле nace_basis). Передача отходов за последний отчётный год суммируется: опасные и неопасные отходы, переданные на утилизацию и на удаление, в тоннах. Предприятия, вид деятельности которых не сопоставлен с кодом NACE, не включаются, и о них выводится сообщение.

Результат: точки в WGS 84 с полями site_id, name, nace, nace_basis, eprtr_activity, country, city, last_year, waste_hw_t, waste_nonhw_t, waste_recovery_t и waste_disposal_t. Запустите на нём «Поиск обменов промышленного симбиоза»: потоки будут выведены по отрасли каждой площадки, а заявленные тонны отходов заменят типичные значения там, где отраслевой профиль указывает, чему они соответствуют.

Данные: база промышленной отчётности ЕАОС (IED/E-PRTR), CC BY 4.0.</translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="47"/>
        <source>Import a register&apos;s table as sites</source>
        <translation>Импорт таблицы реестра как площадок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="48"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="50"/>
        <source>Reads a register&apos;s table as it is published (CSV with any common separator, decimal mark and encoding, XLSX, or any layer GDAL opens) into a sites layer, by the same steps as the runner&apos;s --mapping and --skip-bad-rows.

Name the columns that hold the site id, name, activity code, x (or longitude), y (or latitude) and reporting year; those left empty are guessed from the column names, or taken from a saved mapping file (the JSON the runner&apos;s --save-mapping and the panel write). Give the CRS of x/y when they are metres of a national grid; values that do not fit the CRS are refused with what was found. Activity codes may be NACE Rev.2, OKVED2 or E-PRTR Annex I (1(c) or 1.(c), mapped to NACE). The quantity columns (yearly production and its unit, which must be that of the sector&apos;s profile plant; waste transferred off-site in t/yr) are read with the table&apos;s decimal mark and written as numbers.

Separator, decimal mark, encoding and header row are detected; choose them where the detection is wrong. Choices take names too: SEPARATOR=semicolon, DECIMAL=comma, ENCODING=cp1251, HEADER=no, ACTIVITY_KIND=eprtr.

Each site&apos;s latest year is kept. Rows that cannot be used (no or bad coordinates, an unknown activity code, a duplicate id ...) are left out, counted in the log and written with their reasons to the rejected table.</source>
        <translation>Читает таблицу реестра в том виде, в каком она опубликована (CSV с любым распространённым разделителем, десятичным знаком и кодировкой, XLSX или любой слой, который открывает GDAL), в слой площадок — теми же шагами, что --mapping и --skip-bad-rows командной строки.

Укажите столбцы идентификатора площадки, названия, кода деятельности, x (или долготы), y (или широты) и отчётного года; пустые угадываются по именам столбцов или берутся из сохранённого файла сопоставления (JSON, который пишут --save-mapping командной строки и панель). Задайте СК x/y, если это метры национальной системы координат; значения, не подходящие к СК, отклоняются с указанием найденного. Коды деятельности могут быть NACE Rev.2, ОКВЭД2 или E-PRTR, приложение I (1(c) или 1.(c), переводятся в NACE). Столбцы количеств (годовой объём производства и его единица, которая должна быть единицей типового предприятия отрасли; отходы, переданные за пределы площадки, т/год) читаются с десятичным знаком таблицы и записываются числами.

Разделитель, десятичный знак, кодировка и строка заголовка определяются автоматически; выберите их, если определение ошиблось. Варианты можно задавать и именами: SEPARATOR=semicolon, DECIMAL=comma, ENCODING=cp1251, HEADER=no, ACTIVITY_KIND=eprtr.

У каждой площадки остаётся последний год. Строки, которые нельзя использовать (нет координат или они неверны, неизвестный код деятельности, повторный идентификатор ...), пропускаются, считаются в журнале и записываются с причинами в таблицу отклонённых строк.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="75"/>
        <source>Table (CSV, XLSX or any vector layer file)</source>
        <translation>Таблица (CSV, XLSX или любой файл векторного слоя)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="78"/>
        <source>Layer or sheet in the file</source>
        <translation>Слой или лист в файле</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="81"/>
        <source>Saved mapping (JSON)</source>
        <translation>Сохранённое сопоставление (JSON)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="84"/>
        <source>Column of the site id</source>
        <translation>Столбец идентификатора площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="85"/>
        <source>Column of the site name</source>
        <translation>Столбец названия площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="86"/>
        <source>Column of the activity code</source>
        <translation>Столбец кода деятельности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="87"/>
        <source>Column of x (easting or longitude)</source>
        <translation>Столбец x (восточная координата или долгота)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="88"/>
        <source>Column of y (northing or latitude)</source>
        <translation>Столбец y (северная координата или широта)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="89"/>
        <source>Column of the reporting year (each site&apos;s latest is kept)</source>
        <translation>Столбец отчётного года (у каждой площадки остаётся последний)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="90"/>
        <source>Column of the yearly production or capacity</source>
        <translation>Столбец годового объёма производства или мощности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="91"/>
        <source>Column of the production&apos;s unit (the sector&apos;s profile plant&apos;s)</source>
        <translation>Столбец единицы производства (единица типового предприятия отрасли)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="92"/>
        <source>Column of the non-hazardous waste transferred off-site (t/yr)</source>
        <translation>Столбец неопасных отходов, переданных за пределы площадки (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="93"/>
        <source>Column of the hazardous waste transferred off-site (t/yr)</source>
        <translation>Столбец опасных отходов, переданных за пределы площадки (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="100"/>
        <source>Activity codes</source>
        <translation>Коды деятельности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="102"/>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="121"/>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="129"/>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="137"/>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="145"/>
        <source>Detected</source>
        <translation>Определить</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="103"/>
        <source>NACE Rev.2</source>
        <translation>NACE Rev.2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="104"/>
        <source>E-PRTR Annex I (mapped to NACE)</source>
        <translation>E-PRTR, приложение I (переводятся в NACE)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="105"/>
        <source>OKVED2</source>
        <translation>ОКВЭД2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="114"/>
        <source>CRS of x/y (empty: the saved mapping&apos;s, else EPSG:4326)</source>
        <translation>СК x/y (пусто: из сохранённого сопоставления, иначе EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="120"/>
        <source>Encoding of a CSV</source>
        <translation>Кодировка CSV</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="128"/>
        <source>Separator of a CSV</source>
        <translation>Разделитель CSV</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="129"/>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="137"/>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="129"/>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="129"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="129"/>
        <source>Pipe</source>
        <translation>Вертикальная черта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="136"/>
        <source>Decimal mark of a CSV</source>
        <translation>Десятичный знак CSV</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="137"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="144"/>
        <source>First row of a CSV names the columns</source>
        <translation>Первая строка CSV содержит имена столбцов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="145"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="145"/>
        <source>No (columns field_1, field_2 ...)</source>
        <translation>Нет (столбцы field_1, field_2 ...)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="152"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="157"/>
        <source>Rows left out, each with its reason</source>
        <translation>Пропущенные строки с причинами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="165"/>
        <source>Save the mapping used (JSON, for next year&apos;s file)</source>
        <translation>Сохранить сопоставление (JSON, для файла следующего года)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="166"/>
        <source>Mapping (*.json)</source>
        <translation>Сопоставление (*.json)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="205"/>
        <source>{file}: encoding {encoding}, separator {separator}, decimal mark {decimal}</source>
        <translation>{file}: кодировка {encoding}, разделитель {separator}, десятичный знак {decimal}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="214"/>
        <source>{n} sites from {rows} rows</source>
        <translation>Площадок: {n} из строк: {rows}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="217"/>
        <source>{n} rows of earlier years left out (each site&apos;s latest year kept)</source>
        <translation>Строк прежних лет пропущено: {n} (у каждой площадки оставлен последний год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="224"/>
        <source>  row {row}: {reason}</source>
        <translation>  строка {row}: {reason}</translation>
    </message>
    <message>
        <source>Reads a register&apos;s table as it is published (CSV with any common separator, decimal mark and encoding, XLSX, or any layer GDAL opens) into a sites layer, by the same steps as the runner&apos;s --mapping and --skip-bad-rows.

Name the columns that hold the site id, name, activity code, x (or longitude), y (or latitude) and reporting year; those left empty are guessed from the column names, or taken from a saved mapping file (the JSON the runner&apos;s --save-mapping and the panel write). Give the CRS of x/y when they are metres of a national grid; values that do not fit the CRS are refused with what was found. Activity codes may be NACE Rev.2, OKVED2 or E-PRTR Annex I (1(c) or 1.(c), mapped to NACE).

Separator, decimal mark, encoding and header row are detected; choose them where the detection is wrong. Choices take names too: SEPARATOR=semicolon, DECIMAL=comma, ENCODING=cp1251, HEADER=no, ACTIVITY_KIND=eprtr.

Each site&apos;s latest year is kept. Rows that cannot be used (no or bad coordinates, an unknown activity code, a duplicate id ...) are left out, counted in the log and written with their reasons to the rejected table.</source>
        <translation type="vanished">Читает таблицу реестра в том виде, в каком она опубликована (CSV с любым распространённым разделителем, десятичным знаком и кодировкой, XLSX или любой слой, который открывает GDAL), в слой площадок — теми же шагами, что --mapping и --skip-bad-rows командной строки.

Укажите столбцы идентификатора площадки, названия, кода деятельности, x (или долготы), y (или широты) и отчётного года; пустые угадываются по именам столбцов или берутся из сохранённого файла сопоставления (JSON, который пишут --save-mapping командной строки и панель). Задайте СК x/y, если это метры национальной системы координат; значения, не подходящие к СК, отклоняются с указанием найденного. Коды деятельности могут быть NACE Rev.2, ОКВЭД2 или E-PRTR, приложение I (1(c) или 1.(c), переводятся в NACE).

Разделитель, десятичный знак, кодировка и строка заголовка определяются автоматически; выберите их, если определение ошиблось. Варианты можно задавать и именами: SEPARATOR=semicolon, DECIMAL=comma, ENCODING=cp1251, HEADER=no, ACTIVITY_KIND=eprtr.

У каждой площадки остаётся последний год. Строки, которые нельзя использовать (нет координат или они неверны, неизвестный код деятельности, повторный идентификатор ...), пропускаются, считаются в журнале и записываются с причинами в таблицу отклонённых строк.</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <location filename="../../ecopark_plugin/core/model/errors.py" line="29"/>
        <source>layer &apos;{}&apos;</source>
        <translation>слой &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/errors.py" line="31"/>
        <source>feature {}</source>
        <translation>объект {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/errors.py" line="33"/>
        <source>field &apos;{}&apos;</source>
        <translation>поле &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/errors.py" line="53"/>
        <source>... and {} more problems</source>
        <translation>... и ещё проблем: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/fkko.py" line="47"/>
        <source>FKKO code &apos;{}&apos; is not eleven digits</source>
        <translation>код ФККО &apos;{}&apos; состоит не из одиннадцати цифр</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/fkko.py" line="50"/>
        <source>FKKO code &apos;{}&apos; ends in 0: a heading of the catalogue, not a waste; give the waste&apos;s code</source>
        <translation>код ФККО &apos;{}&apos; оканчивается на 0: это заголовок каталога, а не вид отхода; укажите код самого отхода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/fkko.py" line="53"/>
        <source>FKKO code &apos;{}&apos;: its last digit, the hazard class, is not 1-5</source>
        <translation>код ФККО &apos;{}&apos;: его последняя цифра, класс опасности, не от 1 до 5</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/fkko.py" line="67"/>
        <source>{}: cannot read: {}</source>
        <translation>{}: не удаётся прочитать: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/fkko.py" line="70"/>
        <source>{}: missing columns {}</source>
        <translation>{}: нет столбцов {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/fkko.py" line="75"/>
        <source>row {}, fkko_prefix: &apos;{}&apos; is not 1-11 digits</source>
        <translation>строка {}, fkko_prefix: &apos;{}&apos; — не от 1 до 11 цифр</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/fkko.py" line="77"/>
        <source>row {}, stream: empty</source>
        <translation>строка {}, stream: пусто</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/fkko.py" line="79"/>
        <source>row {}, basis: every mapping needs its basis</source>
        <translation>строка {}, basis: у каждого сопоставления должно быть обоснование</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/fkko.py" line="82"/>
        <source>fkko_prefix: &apos;{}&apos; is listed twice</source>
        <translation>fkko_prefix: &apos;{}&apos; указан дважды</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/fkko.py" line="140"/>
        <source>EWC {} and FKKO {} disagree: the EWC code is {} in the catalogue, the FKKO code is {} (resources/catalogue/fkko_streams.csv); correct one of them</source>
        <translation>коды EWC {} и ФККО {} расходятся: по каталогу код EWC — это {}, код ФККО — {} (resources/catalogue/fkko_streams.csv); исправьте один из них</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/fkko.py" line="182"/>
        <source>stream &apos;{}&apos; is {} in the catalogue but FKKO {} is {} (resources/catalogue/fkko_streams.csv); correct the name or the code</source>
        <translation>поток &apos;{}&apos; в каталоге — это {}, а код ФККО {} — это {} (resources/catalogue/fkko_streams.csv); исправьте название или код</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="198"/>
        <source>mapped coordinate column &apos;{}&apos; does not exist</source>
        <translation>сопоставленного столбца координат &apos;{}&apos; нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="211"/>
        <source>no coordinate</source>
        <translation>нет координаты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="211"/>
        <source>coordinate &apos;{}&apos; is not a number</source>
        <translation>координата &apos;{}&apos; не является числом</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="252"/>
        <source>no field for &apos;{}&apos; (fields: {})</source>
        <translation>нет поля для &apos;{}&apos; (поля: {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="258"/>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="341"/>
        <source>mapped field &apos;{}&apos; for &apos;{}&apos; does not exist</source>
        <translation>сопоставленного поля &apos;{}&apos; для &apos;{}&apos; нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="270"/>
        <source>production &apos;{}&apos; is not a number of 0 or more</source>
        <translation>объём производства &apos;{}&apos; не является числом от 0 и больше</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="282"/>
        <source>production {} has no unit: NACE {}&apos;s profile plant is measured in {} of {} a year; give a production_unit field</source>
        <translation>у объёма производства {} нет единицы: типовое предприятие NACE {} измеряется в {} ({}) в год; добавьте поле production_unit</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="322"/>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="233"/>
        <source>the layer has no features</source>
        <translation>в слое нет объектов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="326"/>
        <source>the layer has no geometry: give points or polygons (or lon/lat columns)</source>
        <translation>у слоя нет геометрии: дайте точки или полигоны (или столбцы lon/lat)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="328"/>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="231"/>
        <source>the layer has no coordinate reference system (CRS); set one</source>
        <translation>у слоя нет системы координат (СК); задайте её</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="332"/>
        <source>unknown CRS {}: {}</source>
        <translation>неизвестная система координат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="360"/>
        <source>empty or missing geometry</source>
        <translation>пустая или отсутствующая геометрия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="364"/>
        <source>invalid geometry: {}</source>
        <translation>некорректная геометрия: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="367"/>
        <source>{} geometry; sites are points or polygons</source>
        <translation>геометрия типа {}; площадки задаются точками или полигонами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="376"/>
        <source>position {}, {} is not longitude/latitude in degrees (longitude -180..180, latitude -90..90): are these metres of a projected CRS? Set the layer&apos;s CRS to the one they are in</source>
        <translation>положение {}; {} не является долготой/широтой в градусах (долгота -180..180, широта -90..90): может быть, это метры проекционной СК? Задайте слою ту СК, в которой они даны</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="388"/>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="529"/>
        <source>empty site id</source>
        <translation>пустой идентификатор площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="398"/>
        <source>duplicate site id &apos;{}&apos; (also feature {})</source>
        <translation>повторяющийся идентификатор площадки &apos;{}&apos; (также у объекта {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="409"/>
        <source>&apos;{}&apos; is not a NACE Rev.2 code such as 35.11</source>
        <translation>&apos;{}&apos; не является кодом NACE Rev.2 вида 35.11</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="417"/>
        <source>&apos;{}&apos; is finer than a NACE class but no OKVED2 (OK 029-2014) code: the list is resources/catalogue/okved2_fine.csv; give the NACE class or a current OKVED2 code</source>
        <translation>&apos;{}&apos; детальнее класса NACE, но не является кодом ОКВЭД2 (ОК 029-2014): список — resources/catalogue/okved2_fine.csv; укажите класс NACE или действующий код ОКВЭД2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="429"/>
        <source>NACE &apos;{}&apos; is no NACE Rev.2 division, group or class (the list: resources/catalogue/nace_rev2.csv)</source>
        <translation>NACE &apos;{}&apos; не является разделом, группой или классом NACE Rev.2 (список: resources/catalogue/nace_rev2.csv)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="441"/>
        <source>hazard class &apos;{}&apos; is not 1-5 (or I-V)</source>
        <translation>класс опасности &apos;{}&apos; не от 1 до 5 (или от I до V)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="453"/>
        <source>reported waste &apos;{}&apos; is not a number</source>
        <translation>заявленные отходы &apos;{}&apos; не являются числом</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="459"/>
        <source>negative reported waste {}</source>
        <translation>отрицательное количество заявленных отходов {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="532"/>
        <source>site id &apos;{}&apos; is not in the sites layer</source>
        <translation>площадки с идентификатором &apos;{}&apos; нет в слое площадок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="540"/>
        <source>direction &apos;{}&apos; is neither output nor input</source>
        <translation>направление &apos;{}&apos; не является ни выходом (output), ни входом (input)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="547"/>
        <source>empty stream name</source>
        <translation>пустое название потока</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="554"/>
        <source>quantity &apos;{}&apos; is not a number</source>
        <translation>количество &apos;{}&apos; не является числом</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="558"/>
        <source>empty quantity</source>
        <translation>пустое количество</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="561"/>
        <source>quantity &apos;{}&apos; is not a finite number</source>
        <translation>количество &apos;{}&apos; не является конечным числом</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="566"/>
        <source>negative quantity {}</source>
        <translation>отрицательное количество {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="584"/>
        <source>EWC code &apos;{}&apos; is not six digits</source>
        <translation>код ЕКО (EWC) &apos;{}&apos; не из шести цифр</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/inputs.py" line="599"/>
        <source>{} {} is {} {}/yr, more than any plant handles (at most {} {}/yr): check the quantity and its unit</source>
        <translation>{} {} — это {} {}/год, больше, чем проходит через любое предприятие (не более {} {}/год): проверьте количество и его единицу</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="92"/>
        <source>mapping file not found: {}</source>
        <translation>файл сопоставления полей не найден: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="94"/>
        <source>not a mapping file (JSON): {}</source>
        <translation>не файл сопоставления полей (JSON): {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="100"/>
        <source>a mapping file holds one JSON object</source>
        <translation>файл сопоставления полей содержит один объект JSON</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="104"/>
        <source>unknown keys {}</source>
        <translation>неизвестные ключи: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="109"/>
        <source>expects field -&gt; column name pairs</source>
        <translation>ожидаются пары «поле -&gt; имя столбца»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="116"/>
        <source>unknown fields {} (known: {})</source>
        <translation>неизвестные поля: {} (известные: {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="125"/>
        <source>&apos;{}&apos; is none of {}</source>
        <translation>&apos;{}&apos; не входит в список {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="130"/>
        <source>expects a CRS such as EPSG:3006</source>
        <translation>ожидается система координат, например EPSG:3006</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="133"/>
        <source>expects encoding, separator, decimal, header</source>
        <translation>ожидаются encoding, separator, decimal, header</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="140"/>
        <source>unknown keys {} (known: {})</source>
        <translation>неизвестные ключи: {} (известные: {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="144"/>
        <source>header is true or false</source>
        <translation>header — это true или false</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="191"/>
        <source>mapped year column &apos;{}&apos; does not exist</source>
        <translation>сопоставленного столбца года &apos;{}&apos; нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="195"/>
        <source>a year column needs the site id column too</source>
        <translation>для столбца года нужен и столбец идентификатора площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="201"/>
        <source>year &apos;{}&apos; is not a number</source>
        <translation>год &apos;{}&apos; — не число</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="328"/>
        <source>choose the x (or longitude) and y (or latitude) columns</source>
        <translation>выберите столбцы x (или долгота) и y (или широта)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="330"/>
        <source>no row holds two numbers in the coordinate columns: choose others</source>
        <translation>ни в одной строке в столбцах координат нет двух чисел: выберите другие</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="333"/>
        <source>the values are metres of a projected CRS, not degrees: give the CRS they are in (e.g. EPSG:3006, EPSG:25832; --sites-crs on the command line, SITES_CRS in Processing, &apos;CRS of x/y&apos; in the panel)</source>
        <translation>значения — метры проекционной СК, а не градусы: укажите СК, в которой они даны (например, EPSG:3006, EPSG:25832; --sites-crs в командной строке, SITES_CRS в Processing, «СК x/y» в панели)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="337"/>
        <source>{} of {} positions fall far from where {} is used: is it the CRS they are in?</source>
        <translation>{} из {} положений лежат далеко от области применения {}: точно ли они даны в этой СК?</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="371"/>
        <source>position {}, {} is not longitude/latitude in degrees</source>
        <translation>положение {}; {} не является долготой/широтой в градусах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/positions.py" line="29"/>
        <source>its coordinate reference system cannot be turned into longitude/latitude ({}); set its CRS</source>
        <translation>его систему координат нельзя перевести в долготу/широту ({}); задайте слою СК</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/positions.py" line="68"/>
        <source>longitude {}, latitude {}</source>
        <translation>долгота {}, широта {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/positions.py" line="70"/>
        <source>nowhere</source>
        <translation>нигде</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/positions.py" line="73"/>
        <source>position {}, {} in {} falls at {}, far from where that CRS is used ({}: longitude {} to {}, latitude {} to {}): are the coordinates in another CRS (degrees, another zone)? Give the one they are in (--sites-crs, or the layer&apos;s CRS)</source>
        <translation>положение {}; {} в {} приходится на точку ({}) далеко от области применения этой СК ({}: долгота от {} до {}, широта от {} до {}): может быть, координаты даны в другой СК (градусы, другая зона)? Укажите ту, в которой они даны (--sites-crs или СК слоя)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/rejects.py" line="97"/>
        <source>no row can be used: all {} were rejected ({} ...); mend them and run again</source>
        <translation>ни одну строку нельзя использовать: отклонены все {} ({} ...); исправьте их и запустите снова</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/rejects.py" line="137"/>
        <source>{} rows rejected ({})</source>
        <translation>отклонено строк: {} ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/sizes.py" line="108"/>
        <source>production unit &apos;{}&apos; does not fit NACE {}, whose profile plant is measured in {} of {} a year: give production_unit {}</source>
        <translation>единица производства &apos;{}&apos; не подходит для NACE {}: типовое предприятие этой отрасли измеряется в {} ({}) в год; укажите production_unit {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/tables.py" line="90"/>
        <source>the file is neither UTF-8, Windows Cyrillic (cp1251) nor Windows Western (cp1252) text: save it as UTF-8 CSV and try again</source>
        <translation>файл не является текстом ни в UTF-8, ни в кириллице Windows (cp1251), ни в западноевропейской кодировке Windows (cp1252): сохраните его как CSV в UTF-8 и попробуйте снова</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/tables.py" line="137"/>
        <source>{} {} is none of {}</source>
        <translation>{} {} не входит в список {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/tables.py" line="165"/>
        <source>is not {} text (byte {} on line {}): choose another encoding</source>
        <translation>не является текстом в кодировке {} (байт {} в строке {}): выберите другую кодировку</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/units.py" line="119"/>
        <source>empty unit</source>
        <translation>пустая единица измерения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/units.py" line="122"/>
        <source>unknown unit &apos;{}&apos;: nothing after &apos;/&apos;</source>
        <translation>неизвестная единица &apos;{}&apos;: после &apos;/&apos; ничего нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/units.py" line="126"/>
        <source>unknown unit &apos;{}&apos;: the amount &apos;{}&apos; is none of {}</source>
        <translation>неизвестная единица &apos;{}&apos;: количество &apos;{}&apos; не входит в список {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/units.py" line="133"/>
        <source>unknown unit &apos;{}&apos;: the period &apos;{}&apos; is none of {}</source>
        <translation>неизвестная единица &apos;{}&apos;: период &apos;{}&apos; не входит в список {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/units.py" line="152"/>
        <source>cannot convert &apos;{}&apos; ({}) to &apos;{}&apos; ({})</source>
        <translation>не удаётся перевести &apos;{}&apos; ({}) в &apos;{}&apos; ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/units.py" line="162"/>
        <source>&apos;{}&apos; is not a number</source>
        <translation>&apos;{}&apos; — не число</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="60"/>
        <source>missing columns {}</source>
        <translation>нет столбцов {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="67"/>
        <source>unknown network &apos;{}&apos;</source>
        <translation>неизвестная сеть &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="70"/>
        <source>speed must be a positive number</source>
        <translation>скорость должна быть положительным числом</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="124"/>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="123"/>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="127"/>
        <source>the road network file is empty (0 bytes): give the network&apos;s file</source>
        <translation>файл дорожной сети пуст (0 байт): укажите файл сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="128"/>
        <source>the rail network file is empty (0 bytes): give the network&apos;s file</source>
        <translation>файл железнодорожной сети пуст (0 байт): укажите файл сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="129"/>
        <source>the water network file is empty (0 bytes): give the network&apos;s file</source>
        <translation>файл водной сети пуст (0 байт): укажите файл сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="143"/>
        <source>holds several layers ({}); name one with |layername=</source>
        <translation>содержит несколько слоёв ({}); укажите один через |layername=</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="148"/>
        <source>cannot be read as a road network (an OSM extract or a line layer GDAL reads): {}</source>
        <translation>не читается как дорожная сеть (выгрузка OSM или линейный слой, который читает GDAL): {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="149"/>
        <source>cannot be read as a rail network (an OSM extract or a line layer GDAL reads): {}</source>
        <translation>не читается как железнодорожная сеть (выгрузка OSM или линейный слой, который читает GDAL): {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="150"/>
        <source>cannot be read as a water network (an OSM extract or a line layer GDAL reads): {}</source>
        <translation>не читается как водная сеть (выгрузка OSM или линейный слой, который читает GDAL): {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="300"/>
        <source>the layer has no coordinate reference system</source>
        <translation>у слоя нет системы координат</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="307"/>
        <source>no line features: a network needs a line layer</source>
        <translation>нет линейных объектов: для сети нужен линейный слой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="311"/>
        <source>no line to route on (no geometry, or not a line)</source>
        <translation>нет линии для маршрута (нет геометрии или это не линия)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="326"/>
        <source>no field &apos;{}&apos; (fields: {})</source>
        <translation>нет поля &apos;{}&apos; (поля: {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="338"/>
        <source>class &apos;{}&apos; is not in the class table</source>
        <translation>класса &apos;{}&apos; нет в таблице классов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="359"/>
        <source>speed {} is not positive</source>
        <translation>скорость {} не положительна</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="378"/>
        <source>no line is open to road traffic after the class filter</source>
        <translation>после отбора по классам не осталось линий, открытых для автомобильного движения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="379"/>
        <source>no line is open to rail traffic after the class filter</source>
        <translation>после отбора по классам не осталось линий, открытых для железнодорожного движения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/network.py" line="380"/>
        <source>no line is open to water traffic after the class filter</source>
        <translation>после отбора по классам не осталось линий, открытых для судоходства</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/transport/plan.py" line="540"/>
        <source>must be points</source>
        <translation>должны быть точками</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="121"/>
        <source>an OSM extract gives buildings or landuse, not &apos;{}&apos;</source>
        <translation>выгрузка OSM даёт здания (buildings) или землепользование (landuse), а не &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="237"/>
        <source>no field &apos;{}&apos; for population (fields: {})</source>
        <translation>нет поля &apos;{}&apos; для населения (поля: {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="238"/>
        <source>no field &apos;{}&apos; for levels (fields: {})</source>
        <translation>нет поля &apos;{}&apos; для этажности (поля: {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="239"/>
        <source>no field &apos;{}&apos; for id (fields: {})</source>
        <translation>нет поля &apos;{}&apos; для идентификатора (поля: {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="246"/>
        <source>kind &apos;{}&apos; is not one of {}</source>
        <translation>вид &apos;{}&apos; — не один из {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="255"/>
        <source>{} geometry; housing is polygons or points</source>
        <translation>геометрия {}; жильё задаётся полигонами или точками</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="257"/>
        <source>missing geometry; housing is polygons or points</source>
        <translation>нет геометрии; жильё задаётся полигонами или точками</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="266"/>
        <source>{} points in a &apos;{}&apos; layer; give polygons</source>
        <translation>точек: {} — в слое вида &apos;{}&apos; нужны полигоны</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="271"/>
        <source>a grid of {}-unit squares: </source>
        <translation>сетка квадратов со стороной {} ед.: </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="277"/>
        <source>a population layer needs its population field (none is named like one of {}); give it (--population-field, POPULATION_FIELD)</source>
        <translation>слою населения нужно поле численности (ни одно поле не названо как {}); укажите его (--population-field, POPULATION_FIELD)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="289"/>
        <source>population &apos;{}&apos; is not a number &gt;= 0</source>
        <translation>численность &apos;{}&apos; — не число &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/housing.py" line="313"/>
        <source>its geometry is no area or point once repaired: it holds nobody</source>
        <translation>после исправления его геометрия — не площадь и не точка: в нём никто не живёт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="213"/>
        <source>site {}: class &apos;{}&apos; is not a class of the {} regime ({}); clear the field to infer the class from the activity, or choose another regime</source>
        <translation>площадка {}: &apos;{}&apos; — не класс режима {} ({}); очистите поле, чтобы класс определился по виду деятельности, или выберите другой режим</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="243"/>
        <source>site {}: the {} regime&apos;s activity table has no class for NACE {}; give the site&apos;s class ({}) in its hazard class field, or add the activity to the table</source>
        <translation>площадка {}: в таблице видов деятельности режима {} нет класса для NACE {}; укажите класс площадки ({}) в поле класса опасности или добавьте вид деятельности в таблицу</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/job_inputs.py" line="173"/>
        <source>{} is the table being imported; choose another file for the sites</source>
        <translation>{} — импортируемая таблица; выберите для площадок другой файл</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/layers.py" line="258"/>
        <source>could not open PostGIS source &apos;{}&apos;</source>
        <translation>не удалось открыть источник PostGIS &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/layers.py" line="262"/>
        <source>file not found: {}</source>
        <translation>файл не найден: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/layers.py" line="295"/>
        <source>{} holds several layers ({}); name one</source>
        <translation>{} содержит несколько слоёв ({}); укажите один</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/layers.py" line="300"/>
        <source>{} has no layer &apos;{}&apos; (it has {})</source>
        <translation>в {} нет слоя &apos;{}&apos; (есть {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/layers.py" line="305"/>
        <source>could not open {} as a vector layer</source>
        <translation>не удалось открыть {} как векторный слой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/layers.py" line="354"/>
        <source>holds no columns: give a table with a header row</source>
        <translation>нет ни одного столбца: укажите таблицу со строкой заголовка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/networks.py" line="55"/>
        <source>has no geometry: ports and terminals must be points</source>
        <translation>нет геометрии: порты и терминалы должны быть точками</translation>
    </message>
</context>
<context>
    <name>InspectTable</name>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="228"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="228"/>
        <source>no (columns field_1 ...)</source>
        <translation>нет (столбцы field_1 ...)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="230"/>
        <source>encoding {}, separator {}, decimal mark {}, header row {}</source>
        <translation>кодировка {}, разделитель {}, десятичный знак {}, строка заголовка: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="235"/>
        <source>{} rows, columns: {}</source>
        <translation>строк: {}, столбцы: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="241"/>
        <source>mapping (model field &lt;- column):</source>
        <translation>сопоставление (поле модели &lt;- столбец):</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="242"/>
        <source>given</source>
        <translation>задано</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="242"/>
        <source>guessed</source>
        <translation>угадано</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="242"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="246"/>
        <source>nace (activity code)</source>
        <translation>nace (код деятельности)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="252"/>
        <source>(none: every row is a site)</source>
        <translation>(нет: каждая строка — площадка)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="256"/>
        <source>{} (detected)</source>
        <translation>{} (определено автоматически)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="257"/>
        <source>activity codes: {}</source>
        <translation>коды деятельности: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="264"/>
        <source>coordinates: x {} .. {}, y {} .. {}: </source>
        <translation>координаты: x {} .. {}, y {} .. {}: </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="265"/>
        <source>degrees (longitude/latitude)</source>
        <translation>градусы (долгота/широта)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="265"/>
        <source>metres of a projected CRS</source>
        <translation>метры проекционной СК</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="266"/>
        <source>; CRS used: {}</source>
        <translation>; используемая СК: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="267"/>
        <source> -- give --sites-crs (e.g. EPSG:3006, EPSG:25832)</source>
        <translation> — укажите --sites-crs (например, EPSG:3006, EPSG:25832)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="272"/>
        <source>rows without usable coordinates: {} (named in a run; --skip-bad-rows sets them apart)</source>
        <translation>строк без пригодных координат: {} (расчёт их назовёт; --skip-bad-rows отложит их)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/mapping.py" line="276"/>
        <source>first rows:</source>
        <translation>первые строки:</translation>
    </message>
</context>
<context>
    <name>LayerStyles</name>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="55"/>
        <source>Homes still inside a zone</source>
        <translation>Жильё, оставшееся в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="56"/>
        <source>Homes freed by the exchanges</source>
        <translation>Жильё, высвобожденное обменами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="57"/>
        <source>Homes inside a zone only after</source>
        <translation>Жильё в зоне только после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="62"/>
        <source>Candidate, not chosen</source>
        <translation>Кандидат, не выбран</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="63"/>
        <source>Class I</source>
        <translation>Класс I</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="64"/>
        <source>Class II</source>
        <translation>Класс II</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="65"/>
        <source>Class III</source>
        <translation>Класс III</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="66"/>
        <source>Class IV</source>
        <translation>Класс IV</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="67"/>
        <source>Class V</source>
        <translation>Класс V</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="68"/>
        <source>Zone land freed by the exchanges</source>
        <translation>Земля зон, освобождённая обменами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="69"/>
        <source>nobody in the zone</source>
        <translation>нет жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="70"/>
        <source>1-100 people in the zone</source>
        <translation>1–100 жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="71"/>
        <source>100-1,000 people in the zone</source>
        <translation>100–1 000 жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="72"/>
        <source>1,000-10,000 people in the zone</source>
        <translation>1 000–10 000 жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="73"/>
        <source>over 10,000 people in the zone</source>
        <translation>более 10 000 жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="74"/>
        <source>Road network</source>
        <translation>Дорожная сеть</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="75"/>
        <source>Road pieces cut off</source>
        <translation>Отрезанные фрагменты дорог</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="76"/>
        <source>Suitability 0-0.2</source>
        <translation>Пригодность 0–0,2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="77"/>
        <source>Suitability 0.2-0.4</source>
        <translation>Пригодность 0,2–0,4</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="78"/>
        <source>Suitability 0.4-0.6</source>
        <translation>Пригодность 0,4–0,6</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="79"/>
        <source>Suitability 0.6-0.8</source>
        <translation>Пригодность 0,6–0,8</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="80"/>
        <source>Suitability 0.8-1 (best)</source>
        <translation>Пригодность 0,8–1 (лучшие)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="86"/>
        <source>ha freed</source>
        <translation>га освобождено</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="90"/>
        <source>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;site_id&quot; %]), NACE [% &quot;nace&quot; %]&lt;br&gt;by-products out [% format_number(&quot;output_t&quot;, 0) %] t/yr; [% &quot;n_links&quot; %] links&lt;br&gt;net benefit [% format_number(&quot;net_benefit&quot;, 0) %] EUR/yr, CO2 avoided [% format_number(&quot;co2_avoided_t&quot;, 0) %] t/yr</source>
        <translation>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;site_id&quot; %]), NACE [% &quot;nace&quot; %]&lt;br&gt;побочные продукты [% format_number(&quot;output_t&quot;, 0) %] т/год; связей: [% &quot;n_links&quot; %]&lt;br&gt;чистая выгода [% format_number(&quot;net_benefit&quot;, 0) %] евро/год, предотвращено CO2 [% format_number(&quot;co2_avoided_t&quot;, 0) %] т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="96"/>
        <source>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt;: hazard class [% &quot;class_label&quot; %], zone [% format_number(&quot;width_m&quot;, 0) %] m, [% format_number(&quot;area_ha&quot;, 1) %] ha&lt;br&gt;[% &quot;class_source&quot; %]</source>
        <translation>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt;: класс опасности [% &quot;class_label&quot; %], СЗЗ [% format_number(&quot;width_m&quot;, 0) %] м, [% format_number(&quot;area_ha&quot;, 1) %] га&lt;br&gt;[% &quot;class_source&quot; %]</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="101"/>
        <source>&lt;b&gt;[% &quot;kind&quot; %] [% &quot;housing_id&quot; %]&lt;/b&gt;: [% format_number(&quot;pop_before&quot;, 0) %] people in zone before, [% format_number(&quot;pop_after&quot;, 0) %] after&lt;br&gt;sites: [% &quot;sites_before&quot; %] &amp;rarr; [% &quot;sites_after&quot; %]</source>
        <translation>&lt;b&gt;[% &quot;kind&quot; %] [% &quot;housing_id&quot; %]&lt;/b&gt;: жителей в зоне до [% format_number(&quot;pop_before&quot;, 0) %], после [% format_number(&quot;pop_after&quot;, 0) %]&lt;br&gt;площадки: [% &quot;sites_before&quot; %] &amp;rarr; [% &quot;sites_after&quot; %]</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="106"/>
        <source>&lt;b&gt;#[% &quot;risk_rank&quot; %] [% &quot;name&quot; %]&lt;/b&gt;: [% format_number(&quot;pop_in_zone&quot;, 0) %] people and [% &quot;housing_in_zone&quot; %] homes inside its class [% &quot;hazard_class&quot; %] zone</source>
        <translation>&lt;b&gt;#[% &quot;risk_rank&quot; %] [% &quot;name&quot; %]&lt;/b&gt;: в СЗЗ (класс [% &quot;hazard_class&quot; %]) жителей: [% format_number(&quot;pop_in_zone&quot;, 0) %], жилых объектов: [% &quot;housing_in_zone&quot; %]</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="114"/>
        <source>&lt;b&gt;[% &quot;stream_en&quot; %]&lt;/b&gt;: [% &quot;supplier_name&quot; %] &amp;rarr; [% &quot;receiver_name&quot; %]&lt;br&gt;[% format_number(&quot;quantity_selected&quot;, 0) %] [% &quot;unit&quot; %]/yr by [% coalesce(&quot;mode_chain&quot;, &quot;mode&quot;) %], [% format_number(&quot;distance_km&quot;, 1) %] km&lt;br&gt;transport [% format_number(&quot;transport_cost&quot;, 0) %] EUR/yr; net benefit [% format_number(&quot;net_benefit&quot;, 0) %] EUR/yr&lt;br&gt;CO2 avoided [% format_number(&quot;co2_avoided_t&quot;, 0) %] t/yr</source>
        <translation>&lt;b&gt;[% &quot;stream_en&quot; %]&lt;/b&gt;: [% &quot;supplier_name&quot; %] &amp;rarr; [% &quot;receiver_name&quot; %]&lt;br&gt;[% format_number(&quot;quantity_selected&quot;, 0) %] [% &quot;unit&quot; %]/год, транспорт: [% coalesce(&quot;mode_chain&quot;, &quot;mode&quot;) %], [% format_number(&quot;distance_km&quot;, 1) %] км&lt;br&gt;перевозка [% format_number(&quot;transport_cost&quot;, 0) %] евро/год; чистая выгода [% format_number(&quot;net_benefit&quot;, 0) %] евро/год&lt;br&gt;предотвращено CO2 [% format_number(&quot;co2_avoided_t&quot;, 0) %] т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="126"/>
        <source>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt;: class [% &quot;class_before&quot; %] &amp;rarr; [% &quot;class_after&quot; %], [% format_number(&quot;freed_ha&quot;, 1) %] ha freed ([% format_number(&quot;freed_net_ha&quot;, 1) %] ha outside other zones)&lt;br&gt;[% &quot;diverted&quot; %]</source>
        <translation>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt;: класс [% &quot;class_before&quot; %] &amp;rarr; [% &quot;class_after&quot; %], освобождено [% format_number(&quot;freed_ha&quot;, 1) %] га ([% format_number(&quot;freed_net_ha&quot;, 1) %] га вне других зон)&lt;br&gt;[% &quot;diverted&quot; %]</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="136"/>
        <source>&lt;b&gt;#[% &quot;cluster_id&quot; %]&lt;/b&gt;: [% &quot;members&quot; %]&lt;br&gt;[% format_number(&quot;net_benefit&quot;, 0) %] EUR/yr, [% format_number(&quot;tonnes&quot;, 0) %] t, [% format_number(&quot;co2_avoided_t&quot;, 0) %] t CO2/yr, [% format_number(&quot;area_ha&quot;, 0) %] ha</source>
        <translation>&lt;b&gt;#[% &quot;cluster_id&quot; %]&lt;/b&gt;: [% &quot;members&quot; %]&lt;br&gt;[% format_number(&quot;net_benefit&quot;, 0) %] евро/год, [% format_number(&quot;tonnes&quot;, 0) %] т, [% format_number(&quot;co2_avoided_t&quot;, 0) %] т CO2/год, [% format_number(&quot;area_ha&quot;, 0) %] га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="142"/>
        <source>&lt;b&gt;Score [% format_number(&quot;score&quot;, 2) %]&lt;/b&gt; [% if(&quot;excluded&quot; &lt;&gt; &apos;&apos;, &apos;excluded: &apos; || &quot;excluded&quot;, &apos;&apos;) %]&lt;br&gt;exchange [% format_number(&quot;s_exchange&quot;, 2) %], road [% format_number(&quot;s_road&quot;, 2) %], rail [% format_number(&quot;s_rail&quot;, 2) %], housing [% format_number(&quot;s_housing&quot;, 2) %]</source>
        <translation>&lt;b&gt;Оценка [% format_number(&quot;score&quot;, 2) %]&lt;/b&gt; [% if(&quot;excluded&quot; &lt;&gt; &apos;&apos;, &apos;исключено: &apos; || &quot;excluded&quot;, &apos;&apos;) %]&lt;br&gt;обмены [% format_number(&quot;s_exchange&quot;, 2) %], дороги [% format_number(&quot;s_road&quot;, 2) %], ж/д [% format_number(&quot;s_rail&quot;, 2) %], жильё [% format_number(&quot;s_housing&quot;, 2) %]</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="148"/>
        <source>&lt;b&gt;#[% &quot;rank&quot; %]&lt;/b&gt;, score [% format_number(&quot;score&quot;, 2) %]&lt;br&gt;[% format_number(&quot;exchange_eur&quot;, 0) %] EUR/yr of exchange potential: [% &quot;anchors&quot; %]</source>
        <translation>&lt;b&gt;#[% &quot;rank&quot; %]&lt;/b&gt;, оценка [% format_number(&quot;score&quot;, 2) %]&lt;br&gt;потенциал обменов [% format_number(&quot;exchange_eur&quot;, 0) %] евро/год: [% &quot;anchors&quot; %]</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="154"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="155"/>
        <source>MWh</source>
        <translation>МВт·ч</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="156"/>
        <source>m3</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="159"/>
        <source>truck</source>
        <translation>автомобиль</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="160"/>
        <source>rail</source>
        <translation>ж/д</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="161"/>
        <source>ship</source>
        <translation>судно</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="162"/>
        <source>pipeline</source>
        <translation>трубопровод</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="171"/>
        <source>Energy (steam, heat, gases)</source>
        <translation>Энергия (пар, тепло, газы)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="172"/>
        <source>Minerals (ash, gypsum, slag)</source>
        <translation>Минеральные (зола, гипс, шлак)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="173"/>
        <source>Metals</source>
        <translation>Металлы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="174"/>
        <source>Chemicals (sulphur, acids)</source>
        <translation>Химические (сера, кислоты)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="175"/>
        <source>Organics (sludge, biomass, feed)</source>
        <translation>Органика (осадки, биомасса, корм)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="176"/>
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="182"/>
        <source>Energy, heat (NACE 35)</source>
        <translation>Энергетика, теплоснабжение (NACE 35)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="183"/>
        <source>Oil, chemicals, pharma</source>
        <translation>Нефть, химия, фармацевтика</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="184"/>
        <source>Minerals, cement (23)</source>
        <translation>Минеральные материалы, цемент (23)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="185"/>
        <source>Metals (24-25)</source>
        <translation>Металлы (24-25)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="186"/>
        <source>Farming, food, drink</source>
        <translation>Сельское хозяйство, пищепром</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="187"/>
        <source>Wood, paper (16-17)</source>
        <translation>Древесина, бумага (16-17)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="188"/>
        <source>Water, waste (36-39)</source>
        <translation>Водоснабжение, отходы (36-39)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="189"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="196"/>
        <source>Exchanges (width: quantity)</source>
        <translation>Обмены (толщина: количество)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="197"/>
        <source>Sites (size: by-product output)</source>
        <translation>Площадки (размер: побочные продукты)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="198"/>
        <source>Roads</source>
        <translation>Дороги</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="199"/>
        <source>Sanitary protection zones, before</source>
        <translation>Санитарно-защитные зоны, до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="200"/>
        <source>Zones after the exchanges</source>
        <translation>Зоны после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="201"/>
        <source>Zone land freed</source>
        <translation>Высвобожденная территория зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="202"/>
        <source>Homes inside zones</source>
        <translation>Жильё в зонах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="203"/>
        <source>Sites by people inside their zone</source>
        <translation>Площадки по числу жителей в их зоне</translation>
    </message>
</context>
<context>
    <name>MapCredits</name>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="380"/>
        <source>EcoPark. Sites: EEA Industrial Reporting (E-PRTR), CC BY 4.0; some locations approximate.</source>
        <translation>EcoPark. Площадки: реестр EEA Industrial Reporting (E-PRTR), CC BY 4.0; часть координат приблизительна.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="382"/>
        <source>EcoPark. Sites: the input layer, with its own sources; some locations approximate.</source>
        <translation>EcoPark. Площадки: входной слой с указанными в нём источниками; часть координат приблизительна.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="386"/>
        <source>Distances: geodesic x detour factor.</source>
        <translation>Расстояния: геодезические × коэффициент извилистости.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="386"/>
        <location filename="../../ecopark_plugin/core/job.py" line="408"/>
        <source>Figures: see the catalogue&apos;s sources.</source>
        <translation>Показатели: см. источники каталога.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="390"/>
        <source>(c) OpenStreetMap contributors, ODbL 1.0</source>
        <translation>© участники OpenStreetMap, ODbL 1.0</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="390"/>
        <source>the user&apos;s layer</source>
        <translation>слой пользователя</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="391"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="392"/>
        <source>the &apos;{}&apos; regime</source>
        <translation>режим «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="394"/>
        <source>buildings</source>
        <translation>здания</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="394"/>
        <source>residential land</source>
        <translation>жилая застройка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="394"/>
        <source>population points</source>
        <translation>точки населения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="396"/>
        <source>Homes ({}): {}. Zones: {} classes.</source>
        <translation>Жильё ({}): {}. Зоны: классы {}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="399"/>
        <source>Road distances: geodesic x detour factor.</source>
        <translation>Расстояния по дорогам: геодезические × коэффициент извилистости.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="401"/>
        <source>Roads: (c) OpenStreetMap contributors, ODbL 1.0; chosen links drawn along their routes.</source>
        <translation>Дороги: © участники OpenStreetMap, ODbL 1.0; выбранные связи нарисованы по их маршрутам.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="404"/>
        <source>Sea: between ports along the waterways.</source>
        <translation>Море: между портами по водным путям.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/job.py" line="406"/>
        <source>Sea: between ports, geodesic x sea detour factor.</source>
        <translation>Море: между портами, геодезическое расстояние × морской коэффициент извилистости.</translation>
    </message>
</context>
<context>
    <name>MapRender</name>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="77"/>
        <source>nothing to draw: the layers are empty</source>
        <translation>нечего рисовать: слои пусты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="184"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="213"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="256"/>
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="282"/>
        <source>QGIS could not keep the print layout &apos;{name}&apos; in the project</source>
        <translation>QGIS не удалось сохранить макет печати «{name}» в проекте</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="300"/>
        <source>QGIS could not render the map image</source>
        <translation>QGIS не удалось отрисовать изображение карты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="322"/>
        <source>{path} exists; choose another name or allow overwriting</source>
        <translation>{path} уже существует; выберите другое имя или разрешите перезапись</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="328"/>
        <source>QGIS could not write the map image to {path}</source>
        <translation>QGIS не удалось записать изображение карты в {path}</translation>
    </message>
    <message>
        <source>QGIS could not render the map image to {path}</source>
        <translation type="vanished">QGIS не удалось отрисовать изображение карты в {path}</translation>
    </message>
</context>
<context>
    <name>NetworkAnalysis</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="37"/>
        <source>Analyse the symbiosis network</source>
        <translation>Анализ сети симбиоза</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="49"/>
        <source>Symbiosis</source>
        <translation>Промышленный симбиоз</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="38"/>
        <source>Reads the exchanges layer of &apos;Find symbiosis exchanges&apos; and builds the network of the chosen exchanges (a directed graph, networkx).

Output: one row per partner with its degree, tonnes sent and received, net benefit (half of each of its links), cluster (connected group of partners), whether it is an anchor tenant (the top partners by degree, then tonnage; how many is a parameter) and whether it sits on a closed loop (A -&gt; B -&gt; ... -&gt; A, up to 6 partners), and what the park loses if it closes: benefit, tonnes and the partners left with no link. This is the direct loss, before anyone re-optimises. The numbers of partners, links, clusters and closed loops are returned too.</source>
        <translation>Читает слой обменов, созданный алгоритмом «Поиск обменов промышленного симбиоза», и строит сеть выбранных обменов (ориентированный граф, networkx).

Результат: по строке на каждого партнёра — степень, отправленные и полученные тонны, чистая выгода (половина выгоды каждой его связи), кластер (связная группа партнёров), является ли он якорным резидентом (первые партнёры по степени, затем по тоннажу; их число задаётся параметром), входит ли он в замкнутый цикл (A -&gt; B -&gt; … -&gt; A, до 6 партнёров) и что теряет парк, если партнёр закроется: выгоду, тонны и партнёров, оставшихся без связей. Это прямые потери, до какой-либо повторной оптимизации. Также возвращаются числа партнёров, связей, кластеров и замкнутых циклов.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="53"/>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="59"/>
        <source>Number of anchor tenants</source>
        <translation>Число якорных резидентов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="66"/>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="69"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="70"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="71"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="72"/>
        <source>Closed loops</source>
        <translation>Замкнутые циклы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="82"/>
        <source>layer &apos;{layer}&apos;: missing fields {fields} (use the output of &apos;Find symbiosis exchanges&apos;)</source>
        <translation>слой «{layer}»: нет полей {fields} (используйте результат «Поиска обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="94"/>
        <source>{partners} partners, {links} links, {clusters} clusters, {closed_loops} closed loops</source>
        <translation>Партнёров: {partners}, связей: {links}, кластеров: {clusters}, замкнутых циклов: {closed_loops}</translation>
    </message>
</context>
<context>
    <name>NetworkParameters</name>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="44"/>
        <source>Road network (line layer; OSM lines work as they are)</source>
        <translation>Дорожная сеть (линейный слой; линии OSM подходят как есть)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="48"/>
        <source>or road network file (OSM extract .osm.pbf, or any line file)</source>
        <translation>или файл дорожной сети (выгрузка OSM .osm.pbf или любой файл с линиями)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="50"/>
        <source>OSM extracts (*.osm.pbf *.osm);;Line files (*.gpkg *.shp *.geojson *.fgb);;All files (*)</source>
        <translation>Выгрузки OSM (*.osm.pbf *.osm);;Файлы с линиями (*.gpkg *.shp *.geojson *.fgb);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="56"/>
        <source>Rail network (line layer)</source>
        <translation>Железнодорожная сеть (линейный слой)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="57"/>
        <source>Rail freight terminals (points)</source>
        <translation>Железнодорожные грузовые терминалы (точки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="58"/>
        <source>Ports (points)</source>
        <translation>Порты (точки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="60"/>
        <source>Waterways between ports (line layer)</source>
        <translation>Водные пути между портами (линейный слой)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="68"/>
        <source>Maximum snapping distance from a site to the network (m)</source>
        <translation>Максимальное расстояние привязки площадки к сети (м)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="73"/>
        <source>Truck routes</source>
        <translation>Маршруты автотранспорта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="73"/>
        <source>Shortest</source>
        <translation>Кратчайшие</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="73"/>
        <source>Fastest</source>
        <translation>Быстрейшие</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="98"/>
        <source>Building the networks</source>
        <translation>Построение сетей</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="101"/>
        <source>Road network</source>
        <translation>Дорожная сеть</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="101"/>
        <source>Rail network</source>
        <translation>Железнодорожная сеть</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="101"/>
        <source>Waterway network</source>
        <translation>Сеть водных путей</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/transport_parameters.py" line="107"/>
        <source>{network}: {edges:,} edges, {nodes:,} nodes, {length_km:,.0f} km, {pieces} pieces</source>
        <translation>{network}: рёбер {edges:,}, узлов {nodes:,}, {length_km:,.0f} км, фрагментов {pieces}</translation>
    </message>
</context>
<context>
    <name>ParameterErrors</name>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="138"/>
        <source>unknown parameters: {}; known: {}</source>
        <translation>неизвестные параметры: {}; известные: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="157"/>
        <source>parameter &apos;{}&apos; is negative ({})</source>
        <translation>параметр &apos;{}&apos; отрицателен ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="160"/>
        <source>parameter &apos;detour_factor&apos; must be &gt;= 1 ({})</source>
        <translation>параметр &apos;detour_factor&apos; должен быть &gt;= 1 ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="163"/>
        <source>parameter &apos;objective&apos; is &apos;{}&apos;; use benefit, co2 or weighted</source>
        <translation>параметр &apos;objective&apos; равен &apos;{}&apos;; используйте benefit, co2 или weighted</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="165"/>
        <source>parameter &apos;route_weight&apos; is &apos;{}&apos;; use length or time</source>
        <translation>параметр &apos;route_weight&apos; равен &apos;{}&apos;; используйте length или time</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="168"/>
        <source>parameter &apos;pipeline_route&apos; is &apos;{}&apos;; use roads or straight</source>
        <translation>параметр &apos;pipeline_route&apos; равен &apos;{}&apos;; используйте roads или straight</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="172"/>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="204"/>
        <source>parameter &apos;{}&apos; must be positive</source>
        <translation>параметр &apos;{}&apos; должен быть положительным</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="175"/>
        <source>parameter &apos;sea_detour_factor&apos; must be &gt;= 1 ({})</source>
        <translation>параметр &apos;sea_detour_factor&apos; должен быть &gt;= 1 ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="181"/>
        <source>parameter &apos;zone_widths_m&apos; needs five positive widths, classes I-V ({})</source>
        <translation>параметру &apos;zone_widths_m&apos; нужны пять положительных ширин, для классов I–V ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="186"/>
        <source>parameter &apos;zone_widths_m&apos; sets the widths of the SanPiN classes; the &apos;{}&apos; regime takes its widths from resources/catalogue/zone_classes.csv: leave zone_widths_m at its default</source>
        <translation>параметр &apos;zone_widths_m&apos; задаёт ширины классов СанПиН; режим &apos;{}&apos; берёт ширины из resources/catalogue/zone_classes.csv: оставьте zone_widths_m по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="194"/>
        <source>parameter &apos;zone_regime&apos; is &apos;{}&apos;; use {}</source>
        <translation>параметр &apos;zone_regime&apos; равен &apos;{}&apos;; используйте {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="198"/>
        <source>parameter &apos;max_km&apos; needs four distances, truck, rail, ship and pipeline ({})</source>
        <translation>параметру &apos;max_km&apos; нужны четыре расстояния: автомобиль, железная дорога, судно и трубопровод ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="201"/>
        <source>parameter &apos;risk_bands_m&apos; needs positive distances ({})</source>
        <translation>параметру &apos;risk_bands_m&apos; нужны положительные расстояния ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="207"/>
        <source>unknown transport modes {}</source>
        <translation>неизвестные виды транспорта {}</translation>
    </message>
</context>
<context>
    <name>ParameterSources</name>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="214"/>
        <source>assumption (EcoPark 2026): typical road circuity 1.2-1.4; replaced by network distance when a network is given</source>
        <translation>допущение (EcoPark 2026): типичная извилистость дорог 1,2–1,4; при заданной сети заменяется расстоянием по сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="218"/>
        <source>assumption (EcoPark 2026), of the order of US BTS 2010 truck revenue, about 9.8 US cents per t-km</source>
        <translation>допущение (EcoPark 2026), порядка выручки автоперевозок по данным US BTS 2010, около 9,8 цента США за т·км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="221"/>
        <source>assumption (EcoPark 2026): loading and unloading bulk, per tonne and transfer</source>
        <translation>допущение (EcoPark 2026): погрузка и выгрузка навалом, за тонну и перевалку</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="224"/>
        <source>UK DEFRA/DESNZ 2025 freight factors: HGV, all, average laden, tank-to-wheel</source>
        <translation>коэффициенты грузоперевозок UK DEFRA/DESNZ 2025: грузовые автомобили (HGV), все, средняя загрузка, «от бака до колеса»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="227"/>
        <source>assumption (EcoPark 2026): about half of the truck rate</source>
        <translation>допущение (EcoPark 2026): около половины автомобильного тарифа</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="230"/>
        <source>assumption (EcoPark 2026): transhipment at two rail terminals</source>
        <translation>допущение (EcoPark 2026): перевалка на двух железнодорожных терминалах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="233"/>
        <source>UK DEFRA/DESNZ 2025 freight factors: rail freight, tank-to-wheel</source>
        <translation>коэффициенты грузоперевозок UK DEFRA/DESNZ 2025: железнодорожные грузоперевозки, «от бака до колеса»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="235"/>
        <source>assumption (EcoPark 2026): short-sea bulk</source>
        <translation>допущение (EcoPark 2026): каботажная перевозка навалочных грузов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="236"/>
        <source>assumption (EcoPark 2026): handling in two ports</source>
        <translation>допущение (EcoPark 2026): перевалка в двух портах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="238"/>
        <source>UK DEFRA/DESNZ 2025 freight factors: bulk carrier, average</source>
        <translation>коэффициенты грузоперевозок UK DEFRA/DESNZ 2025: балкер, среднее</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="241"/>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="244"/>
        <source>Hotmaps excess-heat model: transmission lines 195-976 EUR/m for 0.2-190 MW</source>
        <translation>модель сбросного тепла Hotmaps: магистральные трубопроводы 195–976 евро/м для 0,2–190 МВт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="247"/>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="250"/>
        <source>Hotmaps excess-heat model (capacity range of the pipe prices)</source>
        <translation>модель сбросного тепла Hotmaps (диапазон мощностей для цен трубопроводов)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="253"/>
        <source>Hotmaps excess-heat model: 15 kEUR/MW at the source</source>
        <translation>модель сбросного тепла Hotmaps: 15 тыс. евро/МВт у источника</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="256"/>
        <source>Hotmaps excess-heat model: 265 kEUR/MW at the sink below 1 MW</source>
        <translation>модель сбросного тепла Hotmaps: 265 тыс. евро/МВт у потребителя мощностью до 1 МВт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="259"/>
        <source>Hotmaps excess-heat model: 100 kEUR/MW at the sink above 1 MW</source>
        <translation>модель сбросного тепла Hotmaps: 100 тыс. евро/МВт у потребителя мощностью свыше 1 МВт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="262"/>
        <source>assumption (EcoPark 2026): full-load hours of an industrial heat link</source>
        <translation>допущение (EcoPark 2026): число часов работы промышленной тепловой связи на полной мощности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="265"/>
        <source>THERMOS: DN100 pipe about 300 EUR/m plus civil works 249 EUR/m (soft ground)</source>
        <translation>THERMOS: труба DN100 около 300 евро/м плюс строительные работы 249 евро/м (мягкий грунт)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="268"/>
        <source>Hotmaps excess-heat model default heat loss 10 %; district heating about 10 % observed</source>
        <translation>модель сбросного тепла Hotmaps: потери тепла по умолчанию 10 %; в системах теплоснабжения наблюдается около 10 %</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="270"/>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="271"/>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="324"/>
        <source>assumption (EcoPark 2026)</source>
        <translation>допущение (EcoPark 2026)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="273"/>
        <source>assumption (EcoPark 2026): a plant gate is rarely more than 1 km from a mapped road</source>
        <translation>допущение (EcoPark 2026): проходная предприятия редко бывает дальше 1 км от дороги на карте</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="277"/>
        <source>assumption (EcoPark 2026): below the 90 km/h of EU heavy-goods speed limiters (Directive 92/6/EEC)</source>
        <translation>допущение (EcoPark 2026): ниже 90 км/ч ограничителей скорости грузовиков в ЕС (Директива 92/6/ЕЭС)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="280"/>
        <source>assumption (EcoPark 2026): mean truck speed mixing urban and rural roads</source>
        <translation>допущение (EcoPark 2026): средняя скорость грузовика по городским и загородным дорогам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="282"/>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="299"/>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="323"/>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="336"/>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="337"/>
        <source>user choice</source>
        <translation>выбор пользователя</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="283"/>
        <source>user choice; pipes usually follow road corridors</source>
        <translation>выбор пользователя; трубопроводы обычно прокладывают вдоль дорог</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="285"/>
        <source>assumption (EcoPark 2026): a siding or quay within 500 m needs no truck leg</source>
        <translation>допущение (EcoPark 2026): подъездному пути или причалу ближе 500 м не нужно автомобильное плечо</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="288"/>
        <source>assumption (EcoPark 2026): pre- and on-carriage by truck rarely exceeds 50 km</source>
        <translation>допущение (EcoPark 2026): подвоз и вывоз автотранспортом редко превышают 50 км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="291"/>
        <source>assumption (EcoPark 2026): sea route over great-circle distance between ports</source>
        <translation>допущение (EcoPark 2026): отношение морского пути к расстоянию между портами по ортодромии</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="294"/>
        <source>assumption (EcoPark 2026): mean freight train speed, terminal time excluded</source>
        <translation>допущение (EcoPark 2026): средняя скорость грузового поезда без учёта времени на терминалах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="297"/>
        <source>assumption (EcoPark 2026): about 11 knots for a loaded bulk carrier or barge</source>
        <translation>допущение (EcoPark 2026): около 11 узлов для гружёного балкера или баржи</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="301"/>
        <source>assumption (EcoPark 2026): a carbon price for the weighted objective; set your own</source>
        <translation>допущение (EcoPark 2026): цена углерода для взвешенной цели; задайте свою</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="305"/>
        <source>assumption (EcoPark 2026): order of magnitude of Nordic wholesale electricity prices, 30-100 EUR/MWh in the 2020s; set your own</source>
        <translation>допущение (EcoPark 2026): порядок оптовых цен на электроэнергию в Северной Европе, 30–100 евро/МВт·ч в 2020-е годы; задайте свою</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="309"/>
        <source>assumption (EcoPark 2026): extraction-condensing CHP units lose about 1 MWh of electricity per 3-5 MWh of medium-pressure steam (the Z-ratio)</source>
        <translation>допущение (EcoPark 2026): теплофикационные конденсационные блоки ТЭЦ теряют около 1 МВт·ч электроэнергии на 3–5 МВт·ч пара среднего давления (Z-коэффициент)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="313"/>
        <source>assumption (EcoPark 2026): district-heating extraction at 80-120 C costs about 1 MWh of electricity per 6-9 MWh of heat (the Z-ratio)</source>
        <translation>допущение (EcoPark 2026): теплофикационный отбор при 80–120 °C стоит около 1 МВт·ч электроэнергии на 6–9 МВт·ч тепла (Z-коэффициент)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="317"/>
        <source>assumption (EcoPark 2026): screening, drying, grinding or testing a by-product before use, order of magnitude 5-20 EUR/t</source>
        <translation>допущение (EcoPark 2026): грохочение, сушка, помол или испытания побочного продукта перед использованием, порядка 5–20 евро/т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="321"/>
        <source>assumption (EcoPark 2026): distilling spent solvents or purifying spent acids and caustic before reuse, order of magnitude 200-400 EUR/t</source>
        <translation>допущение (EcoPark 2026): перегонка отработанных растворителей или очистка отработанных кислот и щелочей перед повторным использованием, порядка 200–400 евро/т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="327"/>
        <source>assumption (EcoPark 2026): below about 10,000 EUR a year an exchange does not pay for the contract, permits and logistics it needs (a few days of staff time and a permit change)</source>
        <translation>допущение (EcoPark 2026): обмен дешевле примерно 10 000 евро в год не окупает нужные ему договор, разрешения и логистику (несколько дней работы сотрудников и изменение разрешения)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="330"/>
        <source>user choice: the proposals a planner can defend from the data alone (symbiosis/explain.py)</source>
        <translation>выбор пользователя: предложения, которые планировщик может обосновать одними данными (symbiosis/explain.py)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="334"/>
        <source>EcoPark choice (2026): a register&apos;s stale facilities and earlier ids of one plant stay out unless the user keeps them (symbiosis/hygiene.py)</source>
        <translation>выбор EcoPark (2026): устаревшие объекты реестра и прежние идентификаторы одного предприятия исключаются, если пользователь не оставит их (symbiosis/hygiene.py)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="340"/>
        <source>user choice; 0 keeps the limits of the catalogue&apos;s rules (exchange_rules.csv, each with its source)</source>
        <translation>выбор пользователя; 0 сохраняет пределы правил каталога (exchange_rules.csv, у каждого свой источник)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="343"/>
        <source>user choice; each regime&apos;s source and status in resources/catalogue/zone_regimes.csv</source>
        <translation>выбор пользователя; источник и статус каждого режима — в resources/catalogue/zone_regimes.csv</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="347"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (Russia), new edition of 2007 (decree No 74 of 25.09.2007), 7.1: sanitary protection zone of hazard classes I-V, 1000/500/300/100/50 m</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (Россия), новая редакция 2007 года (постановление № 74 от 25.09.2007), п. 7.1: санитарно-защитные зоны классов опасности I–V, 1000/500/300/100/50 м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="350"/>
        <source>assumption (EcoPark 2026): distance bands for the risk table; set your own</source>
        <translation>допущение (EcoPark 2026): пояса расстояний для таблицы риска; задайте свои</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="354"/>
        <source>assumption (EcoPark 2026): order of magnitude of dwelling floor area per person in northern Europe; give a population field where you have one</source>
        <translation>допущение (EcoPark 2026): порядок жилой площади на человека в Северной Европе; укажите поле численности населения, если оно есть</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="357"/>
        <source>assumption (EcoPark 2026): storeys of a building whose levels are not mapped</source>
        <translation>допущение (EcoPark 2026): этажность здания, этажи которого не нанесены на карту</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/model/parameters.py" line="361"/>
        <source>assumption (EcoPark 2026): gross density of mixed low- and mid-rise residential land; give a population field where you have one</source>
        <translation>допущение (EcoPark 2026): брутто-плотность смешанной мало- и среднеэтажной жилой застройки; укажите поле численности населения, если оно есть</translation>
    </message>
</context>
<context>
    <name>ParametersForm</name>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="21"/>
        <source>Road detour factor (no network)</source>
        <translation>Коэф. непрямолинейности дорог (без сети)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="22"/>
        <source>Truck, EUR per t-km</source>
        <translation>Грузовик, евро за т·км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="23"/>
        <source>Loading and unloading, EUR per t</source>
        <translation>Погрузка и разгрузка, евро за т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="24"/>
        <source>Truck, kg CO2 per t-km</source>
        <translation>Грузовик, кг CO2 на т·км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="25"/>
        <source>Rail, EUR per t-km</source>
        <translation>Ж/д, евро за т·км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="26"/>
        <source>Rail terminals, EUR per t</source>
        <translation>Ж/д терминалы, евро за т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="27"/>
        <source>Rail, kg CO2 per t-km</source>
        <translation>Ж/д, кг CO2 на т·км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="28"/>
        <source>Ship, EUR per t-km</source>
        <translation>Судно, евро за т·км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="29"/>
        <source>Ports, EUR per t</source>
        <translation>Порты, евро за т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="30"/>
        <source>Ship, kg CO2 per t-km</source>
        <translation>Судно, кг CO2 на т·км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="31"/>
        <source>Heat pipe, smallest, EUR per m</source>
        <translation>Теплопровод, наименьший, евро за м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="32"/>
        <source>Heat pipe, largest, EUR per m</source>
        <translation>Теплопровод, наибольший, евро за м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="33"/>
        <source>Smallest heat pipe, MW</source>
        <translation>Наименьший теплопровод, МВт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="34"/>
        <source>Largest heat pipe, MW</source>
        <translation>Наибольший теплопровод, МВт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="35"/>
        <source>Heat exchanger at source, EUR per MW</source>
        <translation>Теплообменник у источника, евро за МВт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="36"/>
        <source>Heat exchanger at sink &lt; 1 MW, EUR per MW</source>
        <translation>Теплообменник потребителя &lt; 1 МВт, евро/МВт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="37"/>
        <source>Heat exchanger at sink &gt; 1 MW, EUR per MW</source>
        <translation>Теплообменник потребителя &gt; 1 МВт, евро/МВт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="38"/>
        <source>Heat link full-load hours a year</source>
        <translation>Часы полной нагрузки теплообмена в год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="39"/>
        <source>Water pipe, EUR per m</source>
        <translation>Водопровод, евро за м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="40"/>
        <source>Heat loss along a pipe (share)</source>
        <translation>Теплопотери в трубопроводе (доля)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="41"/>
        <source>Discount rate</source>
        <translation>Ставка дисконтирования</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="42"/>
        <source>Pipe lifetime, years</source>
        <translation>Срок службы трубопровода, лет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="43"/>
        <source>Largest distance from a site to the network, m</source>
        <translation>Макс. расстояние от площадки до сети, м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="44"/>
        <source>Truck speed cap, km/h</source>
        <translation>Ограничение скорости грузовика, км/ч</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="45"/>
        <source>Truck speed without network, km/h</source>
        <translation>Скорость грузовика без сети, км/ч</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="46"/>
        <source>Own siding or quay within, m</source>
        <translation>Свой подъездной путь или причал в пределах, м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="47"/>
        <source>Longest truck leg to a terminal or port, km</source>
        <translation>Подвоз грузовиком до терминала/порта, макс. км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="48"/>
        <source>Sea detour factor</source>
        <translation>Коэф. непрямолинейности морского пути</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="49"/>
        <source>Freight train speed, km/h</source>
        <translation>Скорость грузового поезда, км/ч</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="50"/>
        <source>Ship speed, km/h</source>
        <translation>Скорость судна, км/ч</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="51"/>
        <source>CO2 price for the weighted objective, EUR per t</source>
        <translation>Цена CO2 во взвешенной цели, евро/т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="52"/>
        <source>Smallest confidence of an inferred stream</source>
        <translation>Мин. достоверность выведенного потока</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="53"/>
        <source>Zone widths of SanPiN classes I-V, m</source>
        <translation>Ширина зон классов I–V по СанПиН, м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="54"/>
        <source>Risk distance bands, m</source>
        <translation>Пояса расстояний для оценки риска, м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="55"/>
        <source>Floor area per person, m2</source>
        <translation>Общая площадь на человека, м²</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="56"/>
        <source>Storeys of a building without levels</source>
        <translation>Этажность здания без данных об этажах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="57"/>
        <source>Residents per ha of residential land</source>
        <translation>Жителей на 1 га жилой зоны</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="58"/>
        <source>CHP electricity given up, EUR/MWh</source>
        <translation>Недовыработка электроэнергии ТЭЦ, евро/МВт·ч</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="59"/>
        <source>CHP Z-ratio, steam</source>
        <translation>Z-коэффициент ТЭЦ, пар</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="60"/>
        <source>CHP Z-ratio, district heat</source>
        <translation>Z-коэффициент ТЭЦ, сетевая вода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="61"/>
        <source>By-product processing, EUR/t</source>
        <translation>Подготовка побочного продукта, евро/т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="62"/>
        <source>Chemical regeneration, EUR/t</source>
        <translation>Регенерация химиката, евро/т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="63"/>
        <source>Smallest exchange worth arranging, EUR/yr</source>
        <translation>Мин. выгода обмена, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="142"/>
        <source>Transport costs and CO2</source>
        <translation>Транспортные затраты и CO2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="143"/>
        <source>Supplier costs</source>
        <translation>Затраты поставщика</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="144"/>
        <source>Pipes</source>
        <translation>Трубопроводы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="145"/>
        <source>Distances and speeds</source>
        <translation>Расстояния и скорости</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="146"/>
        <source>Streams, zones and housing</source>
        <translation>Потоки, зоны и жилая застройка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="151"/>
        <source>Truck</source>
        <translation>Грузовик</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="151"/>
        <source>Rail</source>
        <translation>Ж/д</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="151"/>
        <source>Ship</source>
        <translation>Судно</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="151"/>
        <source>Pipeline</source>
        <translation>Трубопровод</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="164"/>
        <source>Net benefit (EUR)</source>
        <translation>Чистая выгода (евро)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="165"/>
        <source>CO2 avoided</source>
        <translation>Предотвращённые выбросы CO2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="166"/>
        <source>Benefit plus CO2 at a price</source>
        <translation>Выгода + CO2 × цена</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="169"/>
        <source>Objective</source>
        <translation>Целевая функция</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="176"/>
        <source>Transport modes</source>
        <translation>Виды транспорта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="184"/>
        <source>catalogue</source>
        <translation>по каталогу</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="188"/>
        <source>Longest distance by {}</source>
        <translation>Макс. расстояние ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="190"/>
        <source>Shortest</source>
        <translation>Кратчайшие</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="191"/>
        <source>Fastest</source>
        <translation>Быстрейшие</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="192"/>
        <source>Truck routes</source>
        <translation>Маршруты автотранспорта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="194"/>
        <source>Along roads</source>
        <translation>Вдоль дорог</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="195"/>
        <source>Straight</source>
        <translation>По прямой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="196"/>
        <source>Pipes laid</source>
        <translation>Прокладка трубопроводов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="200"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (Russia)</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (Россия)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="201"/>
        <source>VNG Bedrijven en milieuzonering 2009 (Netherlands)</source>
        <translation>VNG «Bedrijven en milieuzonering» 2009 (Нидерланды)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="202"/>
        <source>Abstandserlass NRW 2007 (Germany)</source>
        <translation>Abstandserlass NRW 2007 (Германия)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="205"/>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="213"/>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="240"/>
        <source>Source: {}</source>
        <translation>Источник: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="206"/>
        <source>Zone regime</source>
        <translation>Нормы санитарных зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="207"/>
        <source>Infer streams from the sector (NACE) where none are given</source>
        <translation>Выводить потоки по отрасли (NACE), если они не заданы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="208"/>
        <source>Prefer entered streams to inferred ones</source>
        <translation>Предпочитать введённые потоки выведенным</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="210"/>
        <source>Keep register facilities that stopped reporting or report under a newer id</source>
        <translation>Оставить объекты реестра, прекратившие отчётность или отчитывающиеся под новым идентификатором</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="217"/>
        <source>Only exchanges resting on reported or derived figures</source>
        <translation>Только обмены на отчётных или расчётных данных</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="220"/>
        <source>Leave out every exchange whose quantity rests on a sector default: what the data alone can defend</source>
        <translation>Исключить все обмены, объём которых взят из отраслевых значений по умолчанию: только то, что подтверждают сами данные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="240"/>
        <source>assumption</source>
        <translation>допущение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="285"/>
        <source>choose at least one transport mode</source>
        <translation>выберите хотя бы один вид транспорта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/parameters_form.py" line="293"/>
        <source>{}: &apos;{}&apos; is not a list of numbers</source>
        <translation>{}: «{}» — не список чисел</translation>
    </message>
    <message>
        <source>Zone widths of classes I-V, m</source>
        <translation type="vanished">Ширина зон классов I–V, м</translation>
    </message>
</context>
<context>
    <name>PgRouting</name>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/pgrouting.py" line="217"/>
        <source>the pgRouting router needs the pgrouting extension in the database; run CREATE EXTENSION pgrouting CASCADE there (as its owner), or route in process</source>
        <translation>маршрутизатору pgRouting нужно расширение pgrouting в базе данных; выполните в ней CREATE EXTENSION pgrouting CASCADE (от имени владельца) или стройте маршруты встроенным маршрутизатором</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/pgrouting.py" line="228"/>
        <source>table {table} exists in the database; choose another schema for the router&apos;s network, or allow overwriting</source>
        <translation>таблица {table} уже есть в базе данных; выберите другую схему для сети маршрутизатора или разрешите перезапись</translation>
    </message>
</context>
<context>
    <name>PostGIS</name>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/postgis.py" line="53"/>
        <source>PostGIS needs the psycopg2 module (Debian: apt install python3-psycopg2; or pip install psycopg2)</source>
        <translation>Для PostGIS нужен модуль psycopg2 (Debian: apt install python3-psycopg2; или pip install psycopg2)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/postgis.py" line="62"/>
        <source>no database given: a connection string or a QGIS connection name</source>
        <translation>база данных не указана: нужна строка подключения или имя подключения QGIS</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/postgis.py" line="75"/>
        <source>&apos;{name}&apos; is neither a connection string (host=... dbname=...) nor a QGIS PostgreSQL connection</source>
        <translation>«{name}» не является ни строкой подключения (host=... dbname=...), ни подключением QGIS к PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/postgis.py" line="91"/>
        <source>cannot connect to the database ({info}): {error}</source>
        <translation>не удаётся подключиться к базе данных ({info}): {error}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/postgis.py" line="104"/>
        <source>&apos;{name}&apos; is not a table name: write schema.table</source>
        <translation>«{name}» не является именем таблицы: укажите схема.таблица</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/postgis.py" line="113"/>
        <source>{source} names a database table, but no database was given (--db)</source>
        <translation>{source} указывает на таблицу базы данных, но база данных не задана (--db)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/postgis.py" line="122"/>
        <source>no table or view {schema}.{table} in the database</source>
        <translation>в базе данных нет таблицы или представления {schema}.{table}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/postgis.py" line="158"/>
        <source>QGIS could not open {source} from the database</source>
        <translation>QGIS не удалось открыть {source} из базы данных</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/postgis.py" line="214"/>
        <source>&apos;{schema}&apos; is not a usable schema name: lower-case letters, digits and _, starting with a letter</source>
        <translation>«{schema}» не годится как имя схемы: строчные латинские буквы, цифры и _, первой должна быть буква</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/postgis.py" line="275"/>
        <source>schema {schema} exists in the database; choose another scenario name or allow overwriting</source>
        <translation>схема {schema} уже есть в базе данных; выберите другое имя сценария или разрешите перезапись</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/postgis.py" line="315"/>
        <source>layer {name}: its CRS has no EPSG code, which PostGIS needs</source>
        <translation>слой {name}: у его системы координат нет кода EPSG, а он нужен PostGIS</translation>
    </message>
</context>
<context>
    <name>ProtectionZones</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/protection_zones.py" line="23"/>
        <source>Sanitary protection zones</source>
        <translation>Санитарно-защитные зоны</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/protection_zones.py" line="24"/>
        <source>Zones and housing</source>
        <translation>Зоны и жилая застройка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/protection_zones.py" line="25"/>
        <source>Gives every site a hazard class I-V and draws its sanitary protection zone, 1000, 500, 300, 100 or 50 m from the site&apos;s outline for classes I to V (SanPiN 2.2.1/2.1.1.1200-03).

The class is the hazard class field where it is filled, else it is inferred from the NACE code with the activity table (resources/catalogue/hazard_classes.csv: the most specific NACE prefix wins; each row names its basis: a SanPiN clause, regional planning tables that repeat it, or an assumption). Give the class where you know it: SanPiN also sets classes by capacity, which a NACE code cannot tell.

Zone regime: SanPiN by default; the Dutch VNG guide &apos;Bedrijven en milieuzonering&apos; (2009, categories 2 to 5.1, 30 to 500 m) or the NRW Abstandserlass (2007, classes I, III, IV and V, 1500 to 300 m) can be chosen instead, each with its own activity table (resources/catalogue/zone_regimes.csv names each one&apos;s source and status). hazard_class is then the class&apos;s rank and class_label its name in the regime; a site whose activity the regime does not list needs its class.

Output: one zone per site with hazard_class, class_label, class_source, width_m, area_ha and regime. Widths are metres on the ground in any CRS; areas are geodesic hectares.</source>
        <translation>Присваивает каждой площадке класс опасности I–V и строит её санитарно-защитную зону (СЗЗ): 1000, 500, 300, 100 или 50 м от границы площадки для классов I–V соответственно (СанПиН 2.2.1/2.1.1.1200-03).

Класс берётся из поля класса опасности, если оно заполнено, иначе определяется по коду NACE по таблице видов деятельности (resources/catalogue/hazard_classes.csv: выбирается наиболее конкретный префикс NACE; в каждой строке указано основание — пункт СанПиН, повторяющие его региональные нормативы градостроительного проектирования или допущение). Указывайте класс, если он известен: СанПиН задаёт классы и по мощности производства, которую код NACE не отражает.

Нормы санитарных зон: по умолчанию СанПиН; вместо них можно выбрать нидерландское руководство VNG «Bedrijven en milieuzonering» (2009, категории 2–5.1, 30–500 м) или Abstandserlass земли Северный Рейн — Вестфалия (2007, классы I, III, IV и V, 1500–300 м), каждое со своей таблицей видов деятельности (источник и статус каждого — в resources/catalogue/zone_regimes.csv). Тогда hazard_class — порядковый номер класса, а class_label — его название в выбранных нормах; площадке, вид деятельности которой в нормах не указан, нужно задать класс.

Результат: по одной зоне на площадку с полями hazard_class, class_label, class_source, width_m, area_ha и regime. Ширина — метры на местности при любой системе координат; площади — геодезические гектары.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/protection_zones.py" line="47"/>
        <source>Protection zones</source>
        <translation>Санитарно-защитные зоны</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/protection_zones.py" line="50"/>
        <source>Area of all zones (ha)</source>
        <translation>Площадь всех зон (га)</translation>
    </message>
    <message>
        <source>Gives every site a hazard class I-V and draws its sanitary protection zone, 1000, 500, 300, 100 or 50 m from the site&apos;s outline for classes I to V (SanPiN 2.2.1/2.1.1.1200-03).

The class is the hazard class field where it is filled, else it is inferred from the NACE code with the activity table (resources/catalogue/hazard_classes.csv: the most specific NACE prefix wins; each row names its basis: a SanPiN clause, regional planning tables that repeat it, or an assumption). Give the class where you know it: SanPiN also sets classes by capacity, which a NACE code cannot tell.

Output: one zone per site with hazard_class, class_label, class_source, width_m and area_ha. Widths are metres on the ground in any CRS; areas are geodesic hectares.</source>
        <translation type="vanished">Присваивает каждой площадке класс опасности I–V и строит её санитарно-защитную зону (СЗЗ): 1000, 500, 300, 100 или 50 м от границы площадки для классов I–V соответственно (СанПиН 2.2.1/2.1.1.1200-03).

Класс берётся из поля класса опасности, если оно заполнено, иначе определяется по коду NACE по таблице видов деятельности (resources/catalogue/hazard_classes.csv: выбирается наиболее конкретный префикс NACE; в каждой строке указано основание — пункт СанПиН, повторяющие его региональные нормативы градостроительного проектирования или допущение). Указывайте класс, если он известен: СанПиН задаёт классы и по мощности производства, которую код NACE не отражает.

Результат: по одной зоне на площадку с полями hazard_class, class_label, class_source, width_m и area_ha. Ширина — метры на местности при любой системе координат; площади — геодезические гектары.</translation>
    </message>
</context>
<context>
    <name>ReductionZones</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="35"/>
        <source>Pollution-reduction zones</source>
        <translation>Зоны после сокращения загрязнения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="36"/>
        <source>Zones and housing</source>
        <translation>Зоны и жилая застройка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="37"/>
        <source>Recomputes each site&apos;s hazard class after the chosen exchanges and draws the zone land they free.

The rule (resources/catalogue/zone_reduction.csv, editable; its rows are labelled assumptions): a row names a stream or a stream family, the share of the site&apos;s output that chosen exchanges must take, and how many classes the site then moves down. A site moves down only when every output matching a row with steps &gt; 0 is diverted enough; class V is the floor. Confirm a reduction with a dispersion calculation before relying on it.

Inputs: the sites and exchanges of &apos;Find symbiosis exchanges&apos;. Give the streams table too when you have one: without it a site&apos;s outputs are those its exchanges name.

Outputs: the zones before, the zones after, and the freed land: the ring between the zone before and after (&apos;freed (net)&apos; leaves out land still inside another site&apos;s zone).</source>
        <translation>Пересчитывает класс опасности каждой площадки после выбранных обменов и строит высвобождаемую ими территорию зон.

Правило (resources/catalogue/zone_reduction.csv, его можно редактировать; все строки помечены как допущения): строка называет поток или семейство потоков, долю выхода площадки, которую должны забирать выбранные обмены, и на сколько классов площадка при этом понижается. Площадка понижается, только если каждый её выходной поток, подходящий под строку с шагом &gt; 0, перенаправлен в достаточной доле; класс V — нижняя граница. Прежде чем полагаться на сокращение зоны, подтвердите его расчётом рассеивания.

Входные данные: площадки и обмены из «Поиска обменов промышленного симбиоза». Укажите и таблицу потоков, если она есть: без неё выходными потоками площадки считаются те, что названы в её обменах.

Результаты: зоны до, зоны после и высвобожденная территория — кольцо между зоной до и зоной после («высвобождено (нетто)» не включает территорию, которая остаётся в зоне другой площадки).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="55"/>
        <source>Streams table</source>
        <translation>Таблица потоков</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="60"/>
        <source>Zones before</source>
        <translation>Зоны до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="61"/>
        <source>Zones after the exchanges</source>
        <translation>Зоны после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="62"/>
        <source>Zone land freed</source>
        <translation>Высвобожденная территория зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="67"/>
        <source>Zone land freed (ha)</source>
        <translation>Высвобожденная территория зон (га)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="68"/>
        <source>Sites in a lower class</source>
        <translation>Площадок с пониженным классом</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="80"/>
        <source>Exchanges layer &apos;{layer}&apos; lacks the fields {fields}: give the exchanges of &apos;Find symbiosis exchanges&apos;</source>
        <translation>В слое обменов «{layer}» нет полей {fields}: укажите обмены из «Поиска обменов промышленного симбиоза»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="122"/>
        <source>%n site(s) in a lower class; zones {a:,.0f} ha before, {b:,.0f} ha after</source>
        <translation>
            <numerusform>%n площадка в более низком классе; зоны {a:,.0f} га до, {b:,.0f} га после</numerusform>
            <numerusform>%n площадки в более низком классе; зоны {a:,.0f} га до, {b:,.0f} га после</numerusform>
            <numerusform>%n площадок в более низком классе; зоны {a:,.0f} га до, {b:,.0f} га после</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} sites in a lower class; zones {a:,.0f} ha before, {b:,.0f} ha after</source>
        <translation type="vanished">Площадок с пониженным классом: {n}; зоны: {a:,.0f} га до, {b:,.0f} га после</translation>
    </message>
    <message>
        <source>Exchanges (from Find symbiosis exchanges)</source>
        <translation type="vanished">Обмены (из «Поиска обменов промышленного симбиоза»)</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/hygiene.py" line="80"/>
        <source>same name</source>
        <translation>одно и то же название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/hygiene.py" line="83"/>
        <source>&apos;{}&apos; starts both names</source>
        <translation>оба названия начинаются с &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/hygiene.py" line="87"/>
        <source>same operator &apos;{}&apos;</source>
        <translation>один оператор &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/hygiene.py" line="119"/>
        <source>reports as {} ({}) at the same place</source>
        <translation>отчитывается как {} ({}) на том же месте</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/hygiene.py" line="127"/>
        <source>last report {}, {}&apos;s register runs to {}</source>
        <translation>последний отчёт — {} год, реестр ({}) ведётся до {} года</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/hygiene.py" line="132"/>
        <source>its name marks a reserve or peak-load plant: no steady supply to promise a neighbour</source>
        <translation>по названию это резервная или пиковая установка: постоянных поставок соседу она обещать не может</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/hygiene.py" line="136"/>
        <source>the register withholds its address: the position is not the plant&apos;s</source>
        <translation>регистр скрывает её адрес: указанное положение — не положение предприятия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="51"/>
        <source>E-PRTR Annex I {} -&gt; NACE {}</source>
        <translation>E-PRTR, приложение I, {} -&gt; NACE {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="53"/>
        <source>E-PRTR Annex I {}: no NACE mapping</source>
        <translation>E-PRTR, приложение I, {}: нет соответствия в NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="60"/>
        <source>{} is empty: give an E-PRTR facility table</source>
        <translation>файл {} пуст: укажите таблицу предприятий E-PRTR</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="62"/>
        <source>cannot read {}: {}</source>
        <translation>не удаётся прочитать {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="66"/>
        <source>{} is not an E-PRTR facility table: no {}</source>
        <translation>{} — не таблица предприятий E-PRTR: нет {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="77"/>
        <source>{}: empty facility id</source>
        <translation>{}: пустой идентификатор предприятия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="84"/>
        <source>{}: &apos;{}&apos; is not a number</source>
        <translation>{}: &apos;{}&apos; — не число</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="124"/>
        <source>give the releases table, the waste transfers table or both</source>
        <translation>укажите таблицу выбросов, таблицу передачи отходов или обе</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="130"/>
        <source>the tables have no countryName column to filter on</source>
        <translation>в таблицах нет столбца countryName для отбора по стране</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="207"/>
        <source>Annex I activity &apos;{}&apos; has no NACE mapping</source>
        <translation>для вида деятельности &apos;{}&apos; по приложению I нет соответствия в NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="215"/>
        <source>the register gives no longitude/latitude in any year</source>
        <translation>регистр ни за один год не приводит долготу и широту</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="237"/>
        <source>holds several releases tables ({})</source>
        <translation>содержит несколько таблиц выбросов ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="237"/>
        <source>holds several waste tables ({})</source>
        <translation>содержит несколько таблиц отходов ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/register.py" line="243"/>
        <source>holds no E-PRTR table named {} or {}</source>
        <translation>не содержит таблиц E-PRTR с именем {} или {}</translation>
    </message>
</context>
<context>
    <name>RenderMap</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/render_map.py" line="22"/>
        <source>Render symbiosis map to image</source>
        <translation>Экспорт карты симбиоза в изображение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/render_map.py" line="23"/>
        <source>Maps</source>
        <translation>Карты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/render_map.py" line="24"/>
        <source>Draws the exchanges over the sites and writes the map as a PNG image (A4 landscape, 150 dpi) through a print layout: links coloured by stream family, width by quantity, arrows towards the receiver; sites coloured by sector and sized by their by-product output; a title, a legend of what is on the map, a scale bar and the data credits.

Inputs: the sites and exchanges layers of &apos;Find symbiosis exchanges&apos;. The layers are copied before styling, so the project&apos;s own styles stay as they are.

Output: the PNG image.</source>
        <translation>Рисует обмены поверх площадок и сохраняет карту в изображение PNG (A4, альбомная ориентация, 150 dpi) через макет печати: связи окрашены по семейству потоков, толщина линии — по количеству, стрелки направлены к получателю; площадки окрашены по отрасли, а их размер зависит от выхода побочных продуктов; на карте есть заголовок, легенда того, что на ней показано, масштабная линейка и сведения об источниках данных.

Входные данные: слои площадок и обменов, созданные алгоритмом «Поиск обменов промышленного симбиоза». Перед оформлением слои копируются, поэтому стили проекта не меняются.

Результат: изображение PNG.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/render_map.py" line="43"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/render_map.py" line="48"/>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/render_map.py" line="52"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/render_map.py" line="52"/>
        <source>EcoPark: proposed symbiosis</source>
        <translation>EcoPark: предлагаемый промышленный симбиоз</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/render_map.py" line="55"/>
        <source>Map image</source>
        <translation>Изображение карты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/render_map.py" line="55"/>
        <source>PNG files (*.png)</source>
        <translation>Файлы PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ecopark_plugin/core/report/charts.py" line="73"/>
        <source>EUR/yr</source>
        <translation>евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/charts.py" line="73"/>
        <source>t/yr</source>
        <translation>т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/charts.py" line="73"/>
        <source>MWh/yr</source>
        <translation>МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/charts.py" line="73"/>
        <source>m3/yr</source>
        <translation>м3/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/charts.py" line="240"/>
        <source>Cumulative net CO2 avoided ({})</source>
        <translation>Нарастающий итог предотвращённого CO2, нетто ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/charts.py" line="247"/>
        <source>EUR per t CO2 avoided</source>
        <translation>евро на т предотвращённого CO2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/charts.py" line="264"/>
        <source>Off the scale (EUR per t):</source>
        <translation>За пределами шкалы (евро на т):</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/charts.py" line="267"/>
        <source>... and {} more (see the table of chosen exchanges)</source>
        <translation>... и ещё {} (см. таблицу выбранных обменов)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/charts.py" line="378"/>
        <source>gives ({})</source>
        <translation>отдаёт ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/charts.py" line="381"/>
        <source>receives ({})</source>
        <translation>получает ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="25"/>
        <source>EcoPark: proposed industrial symbiosis</source>
        <translation>EcoPark: предлагаемый промышленный симбиоз</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="30"/>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="30"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="567"/>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="30"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="572"/>
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="99"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="119"/>
        <source>Net benefit</source>
        <translation>Чистая выгода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="100"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="120"/>
        <source>Net CO2 avoided</source>
        <translation>Предотвращённый CO2 (нетто)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="101"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="114"/>
        <source>Exchanges chosen</source>
        <translation>Выбрано обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="101"/>
        <source>{} of {} candidates</source>
        <translation>{} из {} кандидатов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="102"/>
        <location filename="../../ecopark_plugin/core/report/html.py" line="82"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="102"/>
        <source>{} of {} sites</source>
        <translation>{} из {} площадок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="112"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="113"/>
        <source>Candidate exchanges (feasible)</source>
        <translation>Обмены-кандидаты (осуществимые)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="115"/>
        <source>Partners in chosen exchanges</source>
        <translation>Партнёров в выбранных обменах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="116"/>
        <source>Materials diverted</source>
        <translation>Перенаправлено материалов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="117"/>
        <source>Energy exchanged</source>
        <translation>Передано энергии</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="118"/>
        <source>Water exchanged</source>
        <translation>Передано воды</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="121"/>
        <source>Transport cost (counted in the net benefit)</source>
        <translation>Затраты на транспорт (учтены в чистой выгоде)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="122"/>
        <source>Transport CO2 (counted in the net CO2)</source>
        <translation>CO2 транспорта (учтён в нетто-CO2)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="125"/>
        <source>Objective of the optimisation</source>
        <translation>Цель оптимизации</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="126"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="477"/>
        <source>parameters not recorded</source>
        <translation>параметры не записаны</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="128"/>
        <source>Network links</source>
        <translation>Связей в сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="129"/>
        <source>Clusters</source>
        <translation>Кластеров</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="130"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="170"/>
        <source>Closed loops</source>
        <translation>Замкнутые циклы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="131"/>
        <source>Network density</source>
        <translation>Плотность сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="132"/>
        <source>Anchor tenants</source>
        <translation>Якорные участники</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="132"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="154"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="137"/>
        <source>Zone regime</source>
        <translation>Нормы санитарных зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="138"/>
        <source>Sanitary zones before</source>
        <translation>Санитарные зоны до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="138"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="139"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="140"/>
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="139"/>
        <source>Sanitary zones after</source>
        <translation>Санитарные зоны после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="140"/>
        <source>Zone land freed</source>
        <translation>Освобождено земли в зонах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="141"/>
        <source>Sites in a lower hazard class</source>
        <translation>Площадок в более низком классе опасности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="147"/>
        <source>Housing inside zones ({}), before -&gt; after</source>
        <translation>Жильё в зонах ({}), до -&gt; после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="151"/>
        <source>People inside zones, before -&gt; after</source>
        <translation>Жителей в зонах, до -&gt; после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="154"/>
        <source>Most exposed sites</source>
        <translation>Площадки с наибольшим числом жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="156"/>
        <source>Summary figures</source>
        <translation>Сводные показатели</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="156"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="156"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="476"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="496"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="171"/>
        <source>Loop</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="171"/>
        <source>Partners, each giving to the next and the last back to the first</source>
        <translation>Партнёры: каждый передаёт следующему, последний — первому</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="194"/>
        <source>Net benefit and CO2 avoided by stream family</source>
        <translation>Чистая выгода и предотвращённый CO2 по группам потоков</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="198"/>
        <source>Net benefit (EUR/yr)</source>
        <translation>Чистая выгода (евро/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="205"/>
        <source>Net CO2 avoided (t/yr)</source>
        <translation>Предотвращённый CO2 (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="215"/>
        <source>Chosen exchanges at their chosen quantity, summed by the family of the stream exchanged.</source>
        <translation>Выбранные обмены в выбранном объёме, суммированные по группе передаваемого потока.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="224"/>
        <source>Each bar is a chosen exchange (numbered as in the table of chosen exchanges): its width is the net CO2 it avoids, its height the cost of avoiding a tonne (minus the net benefit over the CO2 avoided; below zero the exchange saves money). Sorted from the cheapest tonne.</source>
        <translation>Каждый столбец — выбранный обмен (номера как в таблице выбранных обменов): его ширина — предотвращённый им CO2 (нетто), высота — стоимость предотвращения тонны (чистая выгода со знаком минус, делённая на предотвращённый CO2; ниже нуля обмен экономит деньги). По возрастанию стоимости тонны.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/core/report/content.py" line="230"/>
        <source>Listed beside it, with no net CO2 avoided: %n chosen exchange(s).</source>
        <translation>
            <numerusform>Рядом перечислен %n выбранный обмен без чистого сокращения CO2.</numerusform>
            <numerusform>Рядом перечислены %n выбранных обмена без чистого сокращения CO2.</numerusform>
            <numerusform>Рядом перечислены %n выбранных обменов без чистого сокращения CO2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="232"/>
        <source>Abatement-cost curve</source>
        <translation>Кривая затрат на сокращение выбросов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="248"/>
        <source>{} flows between partners ({})</source>
        <translation>{}: потоки между партнёрами ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="255"/>
        <source>Who gives (left) to whom (right), in {}, coloured by stream family. Quantities in tonnes, MWh and m3 cannot be added up, so each unit has its own diagram.</source>
        <translation>Кто (слева) передаёт кому (справа), {}, цвет — группа потока. Тонны, МВт·ч и м3 не складываются, поэтому у каждой единицы своя диаграмма.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="269"/>
        <source>transport emits more than the exchange saves</source>
        <translation>транспорт выбрасывает больше, чем экономит обмен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="269"/>
        <source>no CO2 avoided</source>
        <translation>CO2 не предотвращается</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="275"/>
        <source>Chosen exchanges not on the abatement-cost curve</source>
        <translation>Выбранные обмены вне кривой затрат на сокращение выбросов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="278"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="331"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="279"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="332"/>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="280"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="333"/>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="91"/>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="124"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="281"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="340"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="360"/>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="124"/>
        <source>Net benefit EUR/yr</source>
        <translation>Чистая выгода, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="282"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="361"/>
        <source>Net CO2 t/yr</source>
        <translation>CO2 нетто, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="283"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="312"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="328"/>
        <source>Chosen exchanges</source>
        <translation>Выбранные обмены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="334"/>
        <source>Family</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="335"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="336"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="337"/>
        <source>Mode</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="339"/>
        <source>Transport EUR/yr</source>
        <translation>Транспорт, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="341"/>
        <source>Net CO2 avoided t/yr</source>
        <translation>Предотвращённый CO2, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="342"/>
        <source>EUR per t CO2</source>
        <translation>Евро за т CO2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="347"/>
        <source>Quantities per year. Net benefit: avoided disposal + avoided purchase - transport. Net CO2: virgin production avoided - transport. EUR per t CO2: minus the net benefit over the net CO2 avoided (below zero the exchange saves money).</source>
        <translation>Количества за год. Чистая выгода: предотвращённые затраты на размещение отходов + предотвращённые закупки − транспорт. CO2 нетто: предотвращённое производство первичного сырья − транспорт. Евро за т CO2: чистая выгода со знаком минус, делённая на предотвращённый CO2 (ниже нуля обмен экономит деньги).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="356"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="381"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="356"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="358"/>
        <source>Gives {}</source>
        <translation>Передаёт, {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="358"/>
        <source>Receives {}</source>
        <translation>Получает, {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="362"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="381"/>
        <source>Anchor</source>
        <translation>Якорный</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="363"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="381"/>
        <source>In a loop</source>
        <translation>В цикле</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="364"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="365"/>
        <source>Benefit lost if it closes</source>
        <translation>Выгода, теряемая при закрытии</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="375"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="376"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="590"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="384"/>
        <source>Balance per partner</source>
        <translation>Баланс по партнёрам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="389"/>
        <source>A link&apos;s benefit and CO2 are split evenly between its two partners. Anchor tenants: the partners with the most links. &apos;Benefit lost if it closes&apos;: the net benefit of every link the partner takes part in.</source>
        <translation>Выгода и CO2 связи делятся поровну между двумя её партнёрами. Якорные участники — партнёры с наибольшим числом связей. «Выгода, теряемая при закрытии» — чистая выгода всех связей, в которых участвует партнёр.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="400"/>
        <source>Status: {}</source>
        <translation>Статус: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="407"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="447"/>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="408"/>
        <source>Class before</source>
        <translation>Класс до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="409"/>
        <source>Class after</source>
        <translation>Класс после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="410"/>
        <source>Width before m</source>
        <translation>Ширина до, м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="411"/>
        <source>Width after m</source>
        <translation>Ширина после, м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="412"/>
        <source>Freed ha</source>
        <translation>Освобождено, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="413"/>
        <source>Freed net ha</source>
        <translation>Освобождено нетто, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="416"/>
        <source>Homes before</source>
        <translation>Жильё до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="416"/>
        <source>Homes after</source>
        <translation>Жильё после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="416"/>
        <source>People before</source>
        <translation>Жителей до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="416"/>
        <source>People after</source>
        <translation>Жителей после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="433"/>
        <source>Sanitary protection zones and housing, before and after</source>
        <translation>Санитарно-защитные зоны и жильё, до и после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="438"/>
        <source>Classes and zone widths: {}. &apos;Freed net&apos;: the land freed that no other site&apos;s zone still covers. Homes and people per zone; the summary counts each home once.</source>
        <translation>Классы и ширина зон: {}. «Освобождено нетто» — освобождённая земля, не покрытая зоной другой площадки. Жильё и жители — по каждой зоне; в сводке каждое жилище учтено один раз.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="447"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="447"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="447"/>
        <source>Homes in zone</source>
        <translation>Жильё в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="447"/>
        <source>People in zone</source>
        <translation>Жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="463"/>
        <source>Sites by people inside their zone</source>
        <translation>Площадки по числу жителей в их зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="467"/>
        <source>People in distance bands from each site&apos;s outline; the most exposed sites first (ten at most).</source>
        <translation>Жители в поясах расстояний от границы каждой площадки; сначала площадки с наибольшим числом жителей (не более десяти).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="475"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="495"/>
        <source>Assumptions: parameters and their sources</source>
        <translation>Допущения: параметры и их источники</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="476"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="496"/>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="476"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="496"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="479"/>
        <source>The result&apos;s GeoPackage has no table &apos;parameters&apos; (written before EcoPark recorded the parameters of a run): its figures come from its layers; run the scenario again to record them.</source>
        <translation>В GeoPackage результата нет таблицы &apos;parameters&apos; (он записан до того, как EcoPark стал сохранять параметры расчёта): показатели взяты из его слоёв; выполните сценарий заново, чтобы записать параметры.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="489"/>
        <source>no source recorded</source>
        <translation>источник не указан</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="499"/>
        <source>Currency EUR, distances km, quantities per year. Figures marked &apos;assumption&apos; have no published source at hand; set your own in a parameters file.</source>
        <translation>Валюта — евро, расстояния — км, количества — за год. У значений с пометкой «assumption» (допущение) нет опубликованного источника; задайте свои в файле параметров.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="511"/>
        <source>ratio {}</source>
        <translation>коэффициент замещения {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="512"/>
        <source>virgin price {} EUR/{}</source>
        <translation>цена первичного сырья {} евро/{}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="513"/>
        <source>virgin CO2 {} t/{}</source>
        <translation>CO2 первичного сырья {} т/{}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="514"/>
        <source>disposal {} EUR/{}</source>
        <translation>размещение отходов {} евро/{}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="518"/>
        <source>pipe loss {}</source>
        <translation>потери в трубопроводе {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="521"/>
        <source>ratio: {}</source>
        <translation>коэффициент: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="522"/>
        <source>price: {}</source>
        <translation>цена: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="523"/>
        <source>CO2: {}</source>
        <translation>CO2: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="524"/>
        <source>disposal: {}</source>
        <translation>размещение: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="534"/>
        <source>The catalogue&apos;s figures behind the chosen exchanges (resources/catalogue/exchange_rules.csv).</source>
        <translation>Значения каталога, на которых основаны выбранные обмены (resources/catalogue/exchange_rules.csv).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="536"/>
        <source>Not in the catalogue given to the report: {}.</source>
        <translation>Нет в каталоге, переданном отчёту: {}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="539"/>
        <source>Assumptions: catalogue figures of the chosen exchanges and their sources</source>
        <translation>Допущения: значения каталога для выбранных обменов и их источники</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="540"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="540"/>
        <source>Stream -&gt; use</source>
        <translation>Поток -&gt; использование</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="540"/>
        <source>Figures per unit</source>
        <translation>Значения на единицу</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="540"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="555"/>
        <source>truck</source>
        <translation>автомобиль</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="555"/>
        <source>rail</source>
        <translation>железная дорога</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="555"/>
        <source>ship</source>
        <translation>судно</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="555"/>
        <source>pipeline</source>
        <translation>трубопровод</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="560"/>
        <source>net benefit</source>
        <translation>чистая выгода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="560"/>
        <source>CO2 avoided</source>
        <translation>предотвращённый CO2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="560"/>
        <source>benefit plus CO2 at a price</source>
        <translation>выгода плюс CO2 по цене</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="568"/>
        <source>Minerals</source>
        <translation>Минеральные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="569"/>
        <source>Metals</source>
        <translation>Металлы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="570"/>
        <source>Chemicals</source>
        <translation>Химические</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="571"/>
        <source>Organics</source>
        <translation>Органические</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="590"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="602"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="602"/>
        <source>MWh</source>
        <translation>МВт·ч</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="602"/>
        <source>m3</source>
        <translation>м3</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="21"/>
        <source>reported</source>
        <translation>отчётные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="21"/>
        <source>derived</source>
        <translation>расчётные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="21"/>
        <source>default</source>
        <translation>типовые</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="34"/>
        <source>Net benefit resting on {} figures</source>
        <translation>Чистая выгода, основание «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="35"/>
        <source>{}%</source>
        <translation>{} %</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="41"/>
        <source>Baseline: exchanges that exist already (not in the net benefit)</source>
        <translation>Базовая линия: уже существующие обмены (не входят в чистую выгоду)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="81"/>
        <source>{} to {}</source>
        <translation>от {} до {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="87"/>
        <source>Why each exchange is proposed</source>
        <translation>Почему предложен каждый обмен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="90"/>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="124"/>
        <source>Supplier -&gt; receiver</source>
        <translation>Поставщик -&gt; получатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="92"/>
        <source>Rests on</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="93"/>
        <source>Net benefit range EUR/yr</source>
        <translation>Диапазон чистой выгоды, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="94"/>
        <source>What would make it fail</source>
        <translation>Что может помешать</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="99"/>
        <source>Rests on: the basis of the figure that limits the quantity, the supplier&apos;s output or the receiver&apos;s need: reported (a register&apos;s or the user&apos;s figure), derived (worked out from reported releases with a stated factor) or default (a sector&apos;s typical figure). The range follows from the range of that figure.</source>
        <translation>Основание — на чём держится значение, ограничивающее количество (выход поставщика или потребность получателя): отчётные (значение регистра или пользователя), расчётные (получены из отчётных выбросов с указанным коэффициентом) или типовые (типичное значение для отрасли). Диапазон следует из диапазона этого значения.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="123"/>
        <source>Baseline: exchanges that exist already</source>
        <translation>Базовая линия: уже существующие обмены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="124"/>
        <source>Why it is taken to exist</source>
        <translation>Почему считается существующим</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="127"/>
        <source>Not counted in the net benefit, the CO2 avoided or the tables above: these flows are there today.</source>
        <translation>Не учитываются в чистой выгоде, предотвращённом CO2 и таблицах выше: эти потоки существуют уже сегодня.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/html.py" line="79"/>
        <location filename="../../ecopark_plugin/core/report/html.py" line="87"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/html.py" line="81"/>
        <location filename="../../ecopark_plugin/core/report/html.py" line="97"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/html.py" line="82"/>
        <location filename="../../ecopark_plugin/core/report/html.py" line="102"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/html.py" line="82"/>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/html.py" line="84"/>
        <source>Zones and housing</source>
        <translation>Зоны и жильё</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/html.py" line="85"/>
        <location filename="../../ecopark_plugin/core/report/html.py" line="124"/>
        <source>Assumptions</source>
        <translation>Допущения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/html.py" line="98"/>
        <source>Map of the sites, the chosen exchanges and the zones</source>
        <translation>Карта площадок, выбранных обменов и зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/html.py" line="105"/>
        <source>No exchange was chosen: nothing to chart.</source>
        <translation>Ни один обмен не выбран: строить диаграммы не из чего.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/html.py" line="128"/>
        <source>EcoPark symbiosis report, {}. Figures are yearly estimates from the catalogue and parameters listed under Assumptions.</source>
        <translation>Отчёт EcoPark о промышленном симбиозе, {}. Показатели — годовые оценки по каталогу и параметрам, перечисленным в разделе «Допущения».</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/report.py" line="125"/>
        <source>give an HTML file, a PDF file or both for the report</source>
        <translation>укажите для отчёта файл HTML, файл PDF или оба</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/report.py" line="128"/>
        <source>{path} exists; choose another name or allow overwriting</source>
        <translation>{path} уже существует; выберите другое имя или разрешите перезапись</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/report.py" line="172"/>
        <source>QGIS could not write the PDF report {path}: {error}</source>
        <translation>QGIS не удалось записать отчёт PDF {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/report.py" line="197"/>
        <source>QGIS could not encode the map image</source>
        <translation>QGIS не удалось закодировать изображение карты</translation>
    </message>
    <message>
        <source>{} chosen exchange(s) avoid no net CO2 and are listed beside it.</source>
        <translation type="vanished">Выбранных обменов, не предотвращающих CO2 (нетто): {}; они перечислены рядом.</translation>
    </message>
    <message>
        <source>not result layers: {unknown}; known: {known}</source>
        <translation type="vanished">не слои результатов: {unknown}; известные: {known}</translation>
    </message>
</context>
<context>
    <name>ReportErrors</name>
    <message>
        <location filename="../../ecopark_plugin/core/report/build.py" line="66"/>
        <source>the report needs this layer (written by Find symbiosis exchanges)</source>
        <translation>для отчёта нужен этот слой (его записывает «Поиск обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/build.py" line="70"/>
        <source>not a result layer; known: {}</source>
        <translation>не слой результата; известные: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/build.py" line="73"/>
        <source>give both zone layers, before and after the exchanges, or neither</source>
        <translation>укажите оба слоя зон, до и после обменов, или ни одного</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/build.py" line="76"/>
        <source>needs the zone layers before and after the exchanges</source>
        <translation>нужны слои зон до и после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/build.py" line="86"/>
        <source>missing: give the layer as EcoPark wrote it (Find symbiosis exchanges)</source>
        <translation>нет поля: укажите слой в том виде, в каком его записал EcoPark («Поиск обменов промышленного симбиоза»)</translation>
    </message>
</context>
<context>
    <name>ResultFiles</name>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="107"/>
        <source>{file}: its layer &apos;{layer}&apos; is not EcoPark&apos;s; the run&apos;s parameters were not recorded (save the outputs to another GeoPackage to record them)</source>
        <translation>{file}: его слой &apos;{layer}&apos; создан не EcoPark; параметры расчёта не записаны (сохраните результаты в другой GeoPackage, чтобы их записать)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="116"/>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="219"/>
        <source>{file}: layer &apos;{layer}&apos; cannot be written: {error}</source>
        <translation>{file}: не удаётся записать слой «{layer}»: {error}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="130"/>
        <source>{} cannot be opened: {}</source>
        <translation>{} не удаётся открыть: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="140"/>
        <source>{file}: table &apos;{layer}&apos;, field &apos;parameters&apos; is not EcoPark&apos;s parameters ({error}); delete the table or run the scenario again</source>
        <translation>{file}: таблица &apos;{layer}&apos;, поле &apos;parameters&apos; не содержит параметров EcoPark ({error}); удалите таблицу или выполните сценарий заново</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="159"/>
        <source>GDAL cannot open it as a GeoPackage</source>
        <translation>GDAL не может открыть его как GeoPackage</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="166"/>
        <source>{path} cannot be read to keep its other layers ({error}); choose another name</source>
        <translation>{path} не удаётся прочитать, чтобы сохранить его другие слои ({error}); выберите другое имя</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="182"/>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="200"/>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="319"/>
        <source>{path} exists; choose another name or allow overwriting</source>
        <translation>{path} уже существует; выберите другое имя или разрешите перезапись</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="223"/>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="233"/>
        <source>{file}: layer &apos;{layer}&apos; cannot be opened</source>
        <translation>{file}: не удаётся открыть слой «{layer}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="248"/>
        <source>not result layers: {unknown}; known: {known}</source>
        <translation>не слои результатов: {unknown}; известные: {known}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="296"/>
        <source>QGIS could not make the OpenStreetMap basemap layer</source>
        <translation>QGIS не удалось создать слой подложки OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="298"/>
        <source>QGIS refused to add the OpenStreetMap basemap layer to the project</source>
        <translation>QGIS не принял подложку OpenStreetMap в проект</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/results.py" line="334"/>
        <source>QGIS could not write the project {path}: {error}</source>
        <translation>QGIS не удалось записать проект {path}: {error}</translation>
    </message>
</context>
<context>
    <name>RouteLinks</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="29"/>
        <source>Route links along a network</source>
        <translation>Прокладка связей по сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="30"/>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="31"/>
        <source>Redraws links (the exchanges layer of &apos;Find symbiosis exchanges&apos;, or any lines with supplier and receiver site ids) along the road network: trucks by the shortest or fastest route respecting one-way streets, pipelines (mode &apos;pipeline&apos;) along the roads in either direction.

Inputs: the links, the sites they name, and a road network layer or file (an OSM extract works).

Output: the links with route_km, route_h and route_status; a link with no route keeps its straight line and says why.</source>
        <translation>Перерисовывает связи (слой обменов из «Поиска обменов промышленного симбиоза» или любые линии с идентификаторами поставщика и получателя) по дорожной сети: грузовики — по кратчайшему или быстрейшему маршруту с учётом одностороннего движения, трубопроводы (вид транспорта «pipeline») — вдоль дорог в любом направлении.

Входные данные: связи, площадки, на которые они ссылаются, и слой или файл дорожной сети (подходит выгрузка OSM).

Результат: связи с полями route_km, route_h и route_status; связь, для которой маршрут не найден, остаётся прямой линией, и указывается причина.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="51"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="54"/>
        <source>Supplier id field</source>
        <translation>Поле идентификатора поставщика</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="57"/>
        <source>Receiver id field</source>
        <translation>Поле идентификатора получателя</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="62"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="67"/>
        <source>Site id field</source>
        <translation>Поле идентификатора площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="72"/>
        <source>Only links whose &apos;selected&apos; field is true</source>
        <translation>Только связи, у которых поле «selected» истинно</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="77"/>
        <source>Routed links</source>
        <translation>Связи по маршрутам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="89"/>
        <source>Give a road network layer or file</source>
        <translation>Укажите слой или файл дорожной сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="99"/>
        <source>layer &apos;{layer}&apos;: no field &apos;{field}&apos;</source>
        <translation>слой «{layer}»: нет поля «{field}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="110"/>
        <source>layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: no site &apos;{site}&apos; in &apos;{sites}&apos;</source>
        <translation>слой «{layer}», объект {fid}, поле «{field}»: площадки «{site}» нет в слое «{sites}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="120"/>
        <source>Building the road network</source>
        <translation>Построение дорожной сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="124"/>
        <source>Routing</source>
        <translation>Построение маршрутов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/route_links.py" line="147"/>
        <source>{routed} of {links} links routed</source>
        <translation>Проложено связей: {routed} из {links}</translation>
    </message>
</context>
<context>
    <name>RunnerHelp</name>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="24"/>
        <source>argument {}: invalid choice: {} (choose from {})</source>
        <translation>аргумент {}: недопустимый вариант {} (выберите из {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="28"/>
        <source>argument {}: expected one argument</source>
        <translation>аргумент {}: ожидается одно значение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="30"/>
        <source>unrecognized arguments: {}</source>
        <translation>нераспознанные аргументы: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="33"/>
        <source>the following arguments are required: {}</source>
        <translation>нужны аргументы: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="50"/>
        <source>{}: error: {}</source>
        <translation>{}: ошибка: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="57"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="62"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="63"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="66"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="83"/>
        <source>EcoPark eco-industrial park planner</source>
        <translation>EcoPark: планирование эко-индустриальных парков</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="89"/>
        <source>find, price and choose exchanges; write a GeoPackage and a map</source>
        <translation>найти, оценить и выбрать обмены; записать GeoPackage и карту</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="95"/>
        <source>sites: GeoPackage, shapefile, GeoJSON, CSV or XLSX with coordinates, PostGIS URI</source>
        <translation>площадки: GeoPackage, shapefile, GeoJSON, CSV или XLSX с координатами, URI PostGIS</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="97"/>
        <source>layer name inside a multi-layer sites file (default: &apos;sites&apos;)</source>
        <translation>имя слоя в многослойном файле площадок (по умолчанию &apos;sites&apos;)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="101"/>
        <source>CRS of a CSV&apos;s coordinate columns, e.g. EPSG:25832 for a register&apos;s x/y in metres (default EPSG:4326)</source>
        <translation>СК столбцов координат CSV, например EPSG:25832 для x/y реестра в метрах (по умолчанию EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="105"/>
        <source>streams table (CSV, GeoPackage ...); omitted: streams from sector profiles</source>
        <translation>таблица потоков (CSV, GeoPackage ...); если не задана — потоки по профилям отраслей</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="108"/>
        <source>layer name inside a multi-layer streams file (default: &apos;streams&apos;)</source>
        <translation>имя слоя в многослойном файле потоков (по умолчанию &apos;streams&apos;)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="110"/>
        <source>output GeoPackage (layers &apos;sites&apos; and &apos;exchanges&apos;)</source>
        <translation>выходной GeoPackage (слои &apos;sites&apos; и &apos;exchanges&apos;)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="111"/>
        <source>map image to write (default: beside --out, same name .png)</source>
        <translation>изображение карты (по умолчанию рядом с --out, то же имя, .png)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="112"/>
        <source>do not render a map image</source>
        <translation>не строить изображение карты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="114"/>
        <source>map and report title (default: &apos;EcoPark: proposed industrial symbiosis&apos;, translated)</source>
        <translation>заголовок карты и отчёта (по умолчанию — &apos;EcoPark: предлагаемый промышленный симбиоз&apos;)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="116"/>
        <source>field mapping, e.g. site_id=FacilityId,name=facilityName,nace=NACE</source>
        <translation>сопоставление полей, например site_id=FacilityId,name=facilityName,nace=NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="117"/>
        <source>field mapping of the streams table, e.g. quantity=tonnes</source>
        <translation>сопоставление полей таблицы потоков, например quantity=tonnes</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="118"/>
        <source>import mapping (a register&apos;s table as it is published)</source>
        <translation>сопоставление для импорта (таблица реестра в том виде, в каком она опубликована)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="120"/>
        <source>print what is detected in a sites table and the mapping used</source>
        <translation>вывести, что распознано в таблице площадок, и использованное сопоставление</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="122"/>
        <source>read the import mapping from this file</source>
        <translation>прочитать сопоставление для импорта из этого файла</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="124"/>
        <source>write the mapping used to this file, for next year</source>
        <translation>записать использованное сопоставление в этот файл — на следующий год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="130"/>
        <source>only import the --sites table: write its sites and the rows refused (layers &apos;sites&apos;, &apos;rejected&apos;) to --out, as the panel&apos;s Import a register&apos;s table and ecopark:importtable do</source>
        <translation>только импортировать таблицу --sites: записать её площадки и отклонённые строки (слои &apos;sites&apos;, &apos;rejected&apos;) в --out, как это делают «Импорт таблицы реестра» на панели и ecopark:importtable</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="134"/>
        <source>column of the site id</source>
        <translation>столбец идентификатора площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="135"/>
        <source>column of the site name</source>
        <translation>столбец названия площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="136"/>
        <source>column of the activity code</source>
        <translation>столбец кода вида деятельности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="141"/>
        <source>what the activity codes are: NACE Rev.2, E-PRTR Annex I (mapped to NACE), OKVED2 (default: detected)</source>
        <translation>что за коды деятельности: NACE Rev.2, E-PRTR (приложение I; переводится в NACE), ОКВЭД2 (по умолчанию определяется автоматически)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="144"/>
        <source>column of x (easting or longitude)</source>
        <translation>столбец x (восточная координата или долгота)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="145"/>
        <source>column of y (northing or latitude)</source>
        <translation>столбец y (северная координата или широта)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="146"/>
        <source>column of the reporting year: each site&apos;s latest year is kept</source>
        <translation>столбец отчётного года: у каждой площадки остаётся последний год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="147"/>
        <source>a CSV&apos;s encoding (default: detected)</source>
        <translation>кодировка CSV (по умолчанию определяется автоматически)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="148"/>
        <source>a CSV&apos;s separator: &apos;,&apos; &apos;;&apos; &apos;|&apos; or &apos;tab&apos; (default: detected)</source>
        <translation>разделитель CSV: &apos;,&apos; &apos;;&apos; &apos;|&apos; или &apos;tab&apos; (по умолчанию определяется автоматически)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="149"/>
        <source>a CSV&apos;s decimal mark (default: detected)</source>
        <translation>десятичный знак CSV (по умолчанию определяется автоматически)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="154"/>
        <source>whether a CSV&apos;s first row names its columns (default: detected; without one they are field_1 ...)</source>
        <translation>содержит ли первая строка CSV названия столбцов (по умолчанию определяется автоматически; без неё столбцы — field_1 ...)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="157"/>
        <source>column of the streams table&apos;s quantity</source>
        <translation>столбец количества в таблице потоков</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="158"/>
        <source>column of the streams table&apos;s unit</source>
        <translation>столбец единицы измерения в таблице потоков</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="159"/>
        <source>parameters file (JSON); see README for the names</source>
        <translation>файл параметров (JSON); имена — в README</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="160"/>
        <source>extra catalogue rules (CSV); may repeat</source>
        <translation>дополнительные правила каталога (CSV); можно указать несколько раз</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="162"/>
        <source>what the optimiser maximises</source>
        <translation>что максимизирует оптимизация</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="164"/>
        <source>do not infer streams from sectors</source>
        <translation>не выводить потоки по отраслям</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="169"/>
        <source>choose only exchanges whose quantity rests on reported or derived figures, none on a sector default</source>
        <translation>выбирать только обмены, количество которых основано на отчётных или расчётных значениях, а не на типовых значениях отрасли</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="174"/>
        <source>road network: an OSM extract (.osm.pbf) or a line layer file (file.gpkg|layername=roads)</source>
        <translation>дорожная сеть: выгрузка OSM (.osm.pbf) или файл линейного слоя (file.gpkg|layername=roads)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="181"/>
        <source>road router: in-process (default), or pgrouting: the --network goes into a table of --db and pgRouting computes the candidate pairs&apos; road distances</source>
        <translation>маршрутизатор дорог: in-process (по умолчанию) или pgrouting: --network загружается в таблицу --db, и pgRouting считает дорожные расстояния пар-кандидатов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="188"/>
        <source>with --router pgrouting: keep the network&apos;s table (road_edges) in this schema of --db (default: a temporary schema, dropped after the run)</source>
        <translation>при --router pgrouting: сохранить таблицу сети (road_edges) в этой схеме --db (по умолчанию — временная схема, удаляемая после расчёта)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="192"/>
        <source>rail network: an OSM extract or a line layer file</source>
        <translation>железнодорожная сеть: выгрузка OSM или файл линейного слоя</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="193"/>
        <source>waterway network between ports: an OSM extract or a line layer file</source>
        <translation>сеть водных путей между портами: выгрузка OSM или файл линейного слоя</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="194"/>
        <source>ports (points) for ship transport</source>
        <translation>порты (точки) для перевозки судами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="195"/>
        <source>rail freight terminals (points)</source>
        <translation>железнодорожные грузовые терминалы (точки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="197"/>
        <source>transport modes allowed, comma-separated (truck,rail,ship,pipeline); one forces it</source>
        <translation>разрешённые виды транспорта через запятую (truck,rail,ship,pipeline); один — значит только он</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="200"/>
        <source>shortest (default) or fastest truck routes</source>
        <translation>кратчайшие (по умолчанию) или быстрейшие автомобильные маршруты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="204"/>
        <source>housing: buildings, residential land use or population (an OSM extract or any layer file)</source>
        <translation>жильё: здания, жилая застройка или население (выгрузка OSM или любой файл слоя)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="210"/>
        <source>what the housing layer holds (default: guessed; from an OSM extract: buildings unless landuse)</source>
        <translation>что содержит слой жилья (по умолчанию угадывается; из выгрузки OSM — здания, если не указано landuse)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="212"/>
        <source>field of the housing layer with its population</source>
        <translation>поле слоя жилья с численностью населения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="213"/>
        <source>field of a buildings layer with its storeys</source>
        <translation>поле слоя зданий с этажностью</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="215"/>
        <source>pollution-reduction rule (CSV; default: the shipped zone_reduction.csv)</source>
        <translation>правило снижения загрязнения (CSV; по умолчанию поставляемый zone_reduction.csv)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="219"/>
        <source>activity -&gt; class table in the zone regime&apos;s classes (CSV; default: the regime&apos;s own)</source>
        <translation>таблица «вид деятельности -&gt; класс» в классах режима зон (CSV; по умолчанию — таблица самого режима)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="225"/>
        <source>zone classes and widths: sanpin (Russia, default), vng (Netherlands), nrw (North Rhine-Westphalia)</source>
        <translation>классы и ширины зон: sanpin (Россия, по умолчанию), vng (Нидерланды), nrw (Северный Рейн-Вестфалия)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="231"/>
        <source>exchanges that exist already (CSV or layer with supplier, receiver, stream): the baseline, reported apart from the new benefit</source>
        <translation>уже существующие обмены (CSV или слой с supplier, receiver, stream): базовый уровень, показывается отдельно от новой выгоды</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="235"/>
        <source>scenario name: the layer group of the project (default: the title)</source>
        <translation>название сценария: группа слоёв проекта (по умолчанию — заголовок)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="236"/>
        <source>QGIS project to write (default: beside --out, same name .qgz)</source>
        <translation>записываемый проект QGIS (по умолчанию рядом с --out, то же имя, .qgz)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="237"/>
        <source>do not write a QGIS project</source>
        <translation>не записывать проект QGIS</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="238"/>
        <source>label the chosen links with stream and quantity</source>
        <translation>подписать выбранные связи потоком и количеством</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="243"/>
        <source>language and number format of the report (default: the system&apos;s, English when it has no translation)</source>
        <translation>язык и формат чисел отчёта (по умолчанию — системный; английский, если перевода нет)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="250"/>
        <source>write the report as one self-contained HTML file: map, figures, tables, charts, assumptions (default: none)</source>
        <translation>записать отчёт одним автономным HTML-файлом: карта, показатели, таблицы, диаграммы, допущения (по умолчанию не записывается)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="253"/>
        <source>write the same report as a PDF (default: none)</source>
        <translation>записать тот же отчёт в PDF (по умолчанию не записывается)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="258"/>
        <source>run without the sites and streams rows that cannot be used (each written with its reason to the layer &apos;rejected&apos; of --out) instead of stopping</source>
        <translation>считать без непригодных строк площадок и потоков (каждая записывается с причиной в слой &apos;rejected&apos; файла --out), а не останавливаться</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="265"/>
        <source>PostgreSQL database (libpq string &apos;host=... dbname=...&apos;, postgresql:// URL or a QGIS connection name) for inputs given as postgis:schema.table and for --schema</source>
        <translation>база данных PostgreSQL (строка libpq &apos;host=... dbname=...&apos;, URL postgresql:// или имя подключения QGIS) для входных данных вида postgis:schema.table и для --schema</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="272"/>
        <source>also write the result layers, with their styles, into this schema of --db (one transaction; an existing schema is kept unless --overwrite)</source>
        <translation>также записать слои результата со стилями в эту схему --db (одной транзакцией; существующая схема сохраняется, если не указан --overwrite)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="276"/>
        <source>replace existing output files</source>
        <translation>заменять существующие выходные файлы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_options.py" line="277"/>
        <source>no progress lines</source>
        <translation>без строк хода выполнения</translation>
    </message>
</context>
<context>
    <name>RunnerSummary</name>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="34"/>
        <location filename="../../ecopark_plugin/__main__.py" line="98"/>
        <location filename="../../ecopark_plugin/__main__.py" line="142"/>
        <location filename="../../ecopark_plugin/__main__.py" line="183"/>
        <location filename="../../ecopark_plugin/__main__.py" line="237"/>
        <location filename="../../ecopark_plugin/__main__.py" line="245"/>
        <location filename="../../ecopark_plugin/__main__.py" line="255"/>
        <location filename="../../ecopark_plugin/__main__.py" line="365"/>
        <location filename="../../ecopark_plugin/__main__.py" line="379"/>
        <source>error: {}</source>
        <translation>ошибка: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="34"/>
        <source>--map expects model=field pairs, got {}</source>
        <translation>--map ожидает пары модель=поле, получено {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="92"/>
        <source>{}:</source>
        <translation>{}:</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="96"/>
        <source>Wrote the mapping to {}</source>
        <translation>Сопоставление полей записано в {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="145"/>
        <source>{} sites from {} rows of {} written to {} (layer &apos;sites&apos;)</source>
        <translation>записано площадок: {} (из {} строк файла {}) в {} (слой &apos;sites&apos;)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="151"/>
        <source>{} rows of earlier years left out (each site&apos;s latest year kept)</source>
        <translation>строк прежних лет пропущено: {} (у каждой площадки оставлен последний год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="157"/>
        <source>{}, each with its reason in layer &apos;{}&apos; of {}:</source>
        <translation>{}, у каждой причина — в слое &apos;{}&apos; файла {}:</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="162"/>
        <source>  row {}: {}</source>
        <translation>  строка {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="184"/>
        <source>the following arguments are required: {} (or --inspect FILE)</source>
        <translation>нужны аргументы: {} (или --inspect ФАЙЛ)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="230"/>
        <source>--schema needs --db: the database to write the scenario into</source>
        <translation>для --schema нужен --db: база данных, в которую записать сценарий</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="233"/>
        <source>schema {} exists in the database; pass --overwrite to replace it</source>
        <translation>схема {} уже есть в базе данных; чтобы заменить её, укажите --overwrite</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="246"/>
        <source>{} is also an input; writing it would replace the input&apos;s layers. Choose another --out</source>
        <translation>{} — также входной файл; запись заменила бы слои входных данных. Выберите другой --out</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="255"/>
        <source>{} exists; pass --overwrite to replace it</source>
        <translation>{} уже существует; чтобы заменить его, укажите --overwrite</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="296"/>
        <source>[{}%] {}</source>
        <translation>[{} %] {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="334"/>
        <source>PostGIS: writing schema {}</source>
        <translation>PostGIS: запись схемы {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="359"/>
        <source>Report: {}</source>
        <translation>Отчёт: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/__main__.py" line="372"/>
        <source>%n row(s) cannot be used. Mend them, or run with --skip-bad-rows to go on without them (they are then written, with their reasons, to the layer &apos;rejected&apos; of {})</source>
        <translation>
            <numerusform>%n строку нельзя использовать. Исправьте её или запустите с --skip-bad-rows, чтобы продолжить без неё (она будет записана с причиной в слой &apos;rejected&apos; файла {})</numerusform>
            <numerusform>%n строки нельзя использовать. Исправьте их или запустите с --skip-bad-rows, чтобы продолжить без них (они будут записаны с причинами в слой &apos;rejected&apos; файла {})</numerusform>
            <numerusform>%n строк нельзя использовать. Исправьте их или запустите с --skip-bad-rows, чтобы продолжить без них (они будут записаны с причинами в слой &apos;rejected&apos; файла {})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="401"/>
        <source>table {}</source>
        <translation>таблицу {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="403"/>
        <source>a temporary schema (dropped after the run)</source>
        <translation>временную схему (удаляется после расчёта)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/__main__.py" line="407"/>
        <source>Road distances by pgRouting: %n edge(s) loaded in {} s into {}; queries {} s</source>
        <translation>
            <numerusform>Дорожные расстояния pgRouting: %n ребро загружено за {} с в {}; запросы {} с</numerusform>
            <numerusform>Дорожные расстояния pgRouting: %n ребра загружены за {} с в {}; запросы {} с</numerusform>
            <numerusform>Дорожные расстояния pgRouting: %n рёбер загружено за {} с в {}; запросы {} с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/__main__.py" line="414"/>
        <source>Import: %n row(s) of earlier years left out (each site&apos;s latest year kept); activity codes: {}</source>
        <translation>
            <numerusform>Импорт: пропущена %n строка прежних лет (для каждой площадки взят последний год); коды деятельности: {}</numerusform>
            <numerusform>Импорт: пропущены %n строки прежних лет (для каждой площадки взят последний год); коды деятельности: {}</numerusform>
            <numerusform>Импорт: пропущено %n строк прежних лет (для каждой площадки взят последний год); коды деятельности: {}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/__main__.py" line="424"/>
        <source>%n row(s) rejected ({}): left out of the run, each with its reason in layer &apos;{}&apos; of {}</source>
        <translation>
            <numerusform>Отклонена %n строка ({}): не вошла в расчёт, причина записана в слой «{}» файла {}</numerusform>
            <numerusform>Отклонены %n строки ({}): не вошли в расчёт, причина каждой записана в слой «{}» файла {}</numerusform>
            <numerusform>Отклонено %n строк ({}): не вошли в расчёт, причина каждой записана в слой «{}» файла {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="429"/>
        <source>Wrote {} (layers {})</source>
        <translation>Записан {} (слои {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/__main__.py" line="432"/>
        <source>Wrote schema {} of the database (tables {}, styles in layer_styles)</source>
        <translation>Записана схема {} базы данных (таблицы {}, стили в layer_styles)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="19"/>
        <source>reported</source>
        <translation>отчётные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="19"/>
        <source>derived</source>
        <translation>расчётные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="19"/>
        <source>default</source>
        <translation>типовые</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="20"/>
        <source>EUR/yr</source>
        <translation>евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="21"/>
        <source>Rests on: {}</source>
        <translation>Основа выгоды: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/runner_summary.py" line="24"/>
        <source>; baseline (exists already, not counted above): %n exchange(s), {} EUR/yr</source>
        <translation>
            <numerusform>; базовый уровень (уже существует, выше не учтён): %n обмен, {} евро/год</numerusform>
            <numerusform>; базовый уровень (уже существует, выше не учтён): %n обмена, {} евро/год</numerusform>
            <numerusform>; базовый уровень (уже существует, выше не учтён): %n обменов, {} евро/год</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/runner_summary.py" line="51"/>
        <source>%n site(s); streams: {} given, {} inferred</source>
        <translation>
            <numerusform>%n площадка; потоки: заданных {}, выведенных {}</numerusform>
            <numerusform>%n площадки; потоки: заданных {}, выведенных {}</numerusform>
            <numerusform>%n площадок; потоки: заданных {}, выведенных {}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/runner_summary.py" line="52"/>
        <source>%n candidate exchange(s): {} feasible, {} chosen, {} partners</source>
        <translation>
            <numerusform>%n возможный обмен: осуществимых {}, выбрано {}, партнёров {}</numerusform>
            <numerusform>%n возможных обмена: осуществимых {}, выбрано {}, партнёров {}</numerusform>
            <numerusform>%n возможных обменов: осуществимых {}, выбрано {}, партнёров {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="55"/>
        <source>Diverted {} t/yr, energy {} MWh/yr, water {} m3/yr</source>
        <translation>Направлено на использование {} т/год, энергия {} МВт·ч/год, вода {} м³/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="58"/>
        <source>Net benefit {} EUR/yr, net CO2 avoided {} t/yr (transport {} EUR/yr, {} t CO2/yr)</source>
        <translation>Чистая выгода {} евро/год, чистые предотвращённые выбросы CO2 {} т/год (транспорт {} евро/год, {} т CO2/год)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/runner_summary.py" line="62"/>
        <source>Network: %n link(s); clusters: {}; closed loops: {}; anchor tenants: {}</source>
        <translation>
            <numerusform>Сеть: %n связь; кластеров: {}; замкнутых циклов: {}; якорные предприятия: {}</numerusform>
            <numerusform>Сеть: %n связи; кластеров: {}; замкнутых циклов: {}; якорные предприятия: {}</numerusform>
            <numerusform>Сеть: %n связей; кластеров: {}; замкнутых циклов: {}; якорные предприятия: {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="63"/>
        <location filename="../../ecopark_plugin/runner_summary.py" line="146"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="68"/>
        <source>Zone regime: {}</source>
        <translation>Режим зон: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/runner_summary.py" line="71"/>
        <source>Sanitary zones: {} ha before, {} ha after ({} ha freed, %n site(s) in a lower class)</source>
        <translation>
            <numerusform>СЗЗ: {} га до, {} га после (освобождено {} га, %n площадка в более низком классе)</numerusform>
            <numerusform>СЗЗ: {} га до, {} га после (освобождено {} га, %n площадки в более низком классе)</numerusform>
            <numerusform>СЗЗ: {} га до, {} га после (освобождено {} га, %n площадок в более низком классе)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="78"/>
        <source>Housing ({}) inside zones: {} before, {} after; people {} -&gt; {}; most exposed: {}</source>
        <translation>Жильё ({}) в зонах: {} до, {} после; жителей {} -&gt; {}; наиболее затронуты: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="80"/>
        <source>buildings</source>
        <translation>здания</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="81"/>
        <source>residential land</source>
        <translation>жилая застройка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="82"/>
        <source>population</source>
        <translation>население</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="95"/>
        <source>The housing data cover {}% of the zones&apos; area: homes beyond it are not counted (a floor, not the whole; see housing_cover in the site_risk layer)</source>
        <translation>Данные о жилье покрывают {}% площади зон: жильё за их пределами не учтено (нижняя оценка, а не полная; см. housing_cover в слое site_risk)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/runner_summary.py" line="103"/>
        <source>Road network: %n edge(s), {} km, {} pieces; sites off the network: {}; chosen by {}</source>
        <translation>
            <numerusform>Дорожная сеть: %n ребро, {} км, частей {}; площадок вне сети: {}; выбрано по видам транспорта: {}</numerusform>
            <numerusform>Дорожная сеть: %n ребра, {} км, частей {}; площадок вне сети: {}; выбрано по видам транспорта: {}</numerusform>
            <numerusform>Дорожная сеть: %n рёбер, {} км, частей {}; площадок вне сети: {}; выбрано по видам транспорта: {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="111"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="111"/>
        <source>MWh</source>
        <translation>МВт·ч</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="111"/>
        <source>m3</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="113"/>
        <source>supplier</source>
        <translation>поставщик</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="113"/>
        <source>receiver</source>
        <translation>получатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="113"/>
        <source>stream</source>
        <translation>поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="113"/>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="113"/>
        <source>unit</source>
        <translation>ед.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="114"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="114"/>
        <source>mode</source>
        <translation>транспорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="114"/>
        <source>net EUR/yr</source>
        <translation>евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="114"/>
        <source>CO2 t/yr</source>
        <translation>CO2 т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="126"/>
        <source>(no exchange chosen)</source>
        <translation>(ни один обмен не выбран)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="141"/>
        <source>truck</source>
        <translation>авто</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="141"/>
        <source>rail</source>
        <translation>ж/д</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="141"/>
        <source>ship</source>
        <translation>судно</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/runner_summary.py" line="141"/>
        <source>pipeline</source>
        <translation>трубопровод</translation>
    </message>
</context>
<context>
    <name>SafeOutputs</name>
    <message>
        <location filename="../../ecopark_plugin/processing/safe_outputs.py" line="103"/>
        <source>{outputs}: {path} is also the input {inputs}; writing it would delete the input&apos;s layers. Choose another file</source>
        <translation>{outputs}: {path} — это и входные данные {inputs}; запись в него удалила бы слои входного файла. Выберите другой файл</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/safe_outputs.py" line="109"/>
        <source>{outputs} all name {path}: each would replace the one before. Give each its own file</source>
        <translation>{outputs} указывают на один файл {path}: каждый заменил бы предыдущий. Дайте каждому свой файл</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/staged_outputs.py" line="58"/>
        <source>{path} cannot be read to keep its other layers ({error}); choose another file</source>
        <translation>Не удалось прочитать {path}, чтобы сохранить его другие слои ({error}); выберите другой файл</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="13"/>
        <source>Exchanges chosen</source>
        <translation>Выбрано обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="14"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="15"/>
        <source>Tonnes diverted a year</source>
        <translation>Направлено на использование, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="16"/>
        <source>Energy exchanged, MWh a year</source>
        <translation>Обмен энергией, МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="17"/>
        <source>Water exchanged, m3 a year</source>
        <translation>Обмен водой, м³/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="18"/>
        <source>Net benefit, EUR a year</source>
        <translation>Чистая выгода, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="19"/>
        <source>Net CO2 avoided, t a year</source>
        <translation>Чистые предотвращённые выбросы CO2, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="20"/>
        <source>Transport cost, EUR a year</source>
        <translation>Транспортные затраты, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="21"/>
        <source>Transport CO2, t a year</source>
        <translation>Выбросы CO2 от транспорта, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="22"/>
        <source>Links between partners</source>
        <translation>Связи между партнёрами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="23"/>
        <source>Closed loops</source>
        <translation>Замкнутые циклы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="24"/>
        <source>Sanitary zones before, ha</source>
        <translation>СЗЗ до, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="25"/>
        <source>Sanitary zones after, ha</source>
        <translation>СЗЗ после, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="26"/>
        <source>Land freed, ha</source>
        <translation>Высвобожденная территория, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="27"/>
        <source>Sites in a lower hazard class</source>
        <translation>Площадок с пониженным классом опасности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="28"/>
        <source>People inside zones before</source>
        <translation>Жителей в зонах до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/figures.py" line="29"/>
        <source>People inside zones after</source>
        <translation>Жителей в зонах после</translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="81"/>
        <source>Site: {}</source>
        <translation>Площадка: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="86"/>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="342"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="87"/>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="342"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="88"/>
        <source>NACE code</source>
        <translation>Код NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="89"/>
        <source>Hazard class (1-5)</source>
        <translation>Класс опасности (1–5)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="90"/>
        <source>Non-hazardous waste, t/yr</source>
        <translation>Неопасные отходы, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="91"/>
        <source>Hazardous waste, t/yr</source>
        <translation>Опасные отходы, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="92"/>
        <source>Production or capacity a year</source>
        <translation>Производство или мощность в год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="93"/>
        <source>Production unit (t, hl, MWth, PE)</source>
        <translation>Единица производства (т, гл, МВт тепл., экв. жителей)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="101"/>
        <source>Field &apos;{}&apos; of layer &apos;{}&apos;</source>
        <translation>Поле «{}» слоя «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="105"/>
        <source>Outputs and inputs (streams table)</source>
        <translation>Выходы и входы (таблица потоков)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="109"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="109"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="109"/>
        <source>Quantity a year</source>
        <translation>Количество в год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="109"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="109"/>
        <source>EWC code</source>
        <translation>Код EWC</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="114"/>
        <source>Add stream</source>
        <translation>Добавить поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="115"/>
        <source>Remove stream</source>
        <translation>Удалить поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="128"/>
        <source>Choose a streams table in the panel to edit this site&apos;s outputs and inputs.</source>
        <translation>Выберите таблицу потоков на панели EcoPark, чтобы изменять выходы и входы этой площадки.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="175"/>
        <source>{}: row {} of site {}</source>
        <translation>{}: строка {} площадки {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="177"/>
        <source>{}, field &apos;stream&apos;: give the stream&apos;s name</source>
        <translation>{}, поле «stream»: укажите название потока</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="182"/>
        <source>{}, field &apos;quantity&apos;: &apos;{}&apos; is not a number</source>
        <translation>{}, поле «quantity»: «{}» — не число</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="185"/>
        <source>{}, field &apos;quantity&apos;: must not be negative</source>
        <translation>{}, поле «quantity»: значение не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="189"/>
        <source>{}, field &apos;unit&apos;: {}</source>
        <translation>{}, поле «unit»: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="195"/>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="277"/>
        <source>{}: feature {}</source>
        <translation>{}: объект {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="198"/>
        <source>{}, field &apos;{}&apos;: must not be empty</source>
        <translation>{}, поле «{}»: значение не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="201"/>
        <source>{}, field &apos;{}&apos;: hazard class is 1 to 5</source>
        <translation>{}, поле «{}»: класс опасности должен быть от 1 до 5</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="242"/>
        <source>{}, field &apos;{}&apos;: &apos;{}&apos; does not fit a {} field</source>
        <translation>{}, поле «{}»: значение «{}» не подходит для поля типа {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="245"/>
        <source>{}, field &apos;{}&apos;: the field holds whole numbers, not &apos;{}&apos;</source>
        <translation>{}, поле «{}»: поле принимает только целые числа, а не «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="254"/>
        <source>{}: the layer cannot be edited</source>
        <translation>{}: слой нельзя редактировать</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="262"/>
        <source>{}: the changes could not be saved: {}</source>
        <translation>{}: не удалось сохранить изменения: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="269"/>
        <source>{}: the edits could not be undone; discard them in the layer&apos;s edit mode</source>
        <translation>{}: правки не удалось отменить; отмените их в режиме редактирования слоя</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="284"/>
        <source>{}: field {} could not be changed</source>
        <translation>{}: поле {}: значение не удалось изменить</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="305"/>
        <source>{}: a stream row could not be added</source>
        <translation>{}: не удалось добавить строку потока</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="312"/>
        <source>{}: feature {}, field {} could not be changed</source>
        <translation>{}: объект {}, поле {}: значение не удалось изменить</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="326"/>
        <source>New site in &apos;{}&apos;</source>
        <translation>Новая площадка в слое «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="342"/>
        <source>NACE code (e.g. 23.51)</source>
        <translation>Код NACE (напр., 23.51)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="342"/>
        <source>Hazard class (1-5, optional)</source>
        <translation>Класс опасности (1–5, необязательно)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="353"/>
        <source>Identifier &apos;{}&apos; is empty or taken</source>
        <translation>Идентификатор «{}» пуст или уже занят</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="355"/>
        <source>Give the site a name</source>
        <translation>Укажите название площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="357"/>
        <source>Give the site&apos;s NACE code, e.g. 35.11 for a power station</source>
        <translation>Укажите код NACE площадки, например 35.11 для электростанции</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="359"/>
        <source>Hazard class is 1 to 5, or empty to take it from the NACE code</source>
        <translation>Класс опасности — от 1 до 5; оставьте пустым, чтобы определить его по коду NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="376"/>
        <source>{}: the layer holds polygons; draw the new site with QGIS&apos;s digitizing tools</source>
        <translation>{}: слой содержит полигоны; нарисуйте новую площадку инструментами оцифровки QGIS</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="381"/>
        <source>{}: new site</source>
        <translation>{}: новая площадка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="387"/>
        <source>{}: no field is mapped to &apos;{}&apos;</source>
        <translation>{}: с «{}» не сопоставлено ни одно поле</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="392"/>
        <source>{}: the feature could not be added</source>
        <translation>{}: не удалось добавить объект</translation>
    </message>
</context>
<context>
    <name>SiteRisk</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/site_risk.py" line="31"/>
        <source>Industrial risk near housing</source>
        <translation>Промышленный риск рядом с жильём</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/site_risk.py" line="32"/>
        <source>Zones and housing</source>
        <translation>Зоны и жилая застройка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/site_risk.py" line="33"/>
        <source>For environmental agencies: for each site, the homes and people inside its sanitary protection zone and the people in distance bands from its outline (default 0-500, 500-1000, 1000-2000, 2000-5000 m, an assumption: set your own), ranked.

Inputs: the sites (hazard class from a field or inferred from NACE, as in &apos;Sanitary protection zones&apos;) and a housing layer (buildings, residential land or population).

Output: each site with hazard_class, width_m, housing_in_zone, pop_in_zone, res_area_in_zone_ha, the people in each band and risk_rank (1: the most people inside the zone), styled by the people inside the zone so the worst sites show at a glance.</source>
        <translation>Для природоохранных органов: для каждой площадки — жилые объекты и жители внутри её санитарно-защитной зоны и жители в поясах расстояний от её границы (по умолчанию 0–500, 500–1000, 1000–2000, 2000–5000 м; это допущение — задайте свои), с ранжированием.

Входные данные: площадки (класс опасности из поля или по коду NACE, как в «Санитарно-защитных зонах») и слой жилой застройки (здания, жилые зоны или население).

Результат: каждая площадка с полями hazard_class, width_m, housing_in_zone, pop_in_zone, res_area_in_zone_ha, числом жителей в каждом поясе и risk_rank (1 — больше всего жителей в зоне); стиль задаётся по числу жителей в зоне, так что самые проблемные площадки видны сразу.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/site_risk.py" line="49"/>
        <source>Distance bands, metres from the site (outer edges)</source>
        <translation>Пояса расстояний в метрах от площадки (внешние границы)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/site_risk.py" line="55"/>
        <source>Sites by risk</source>
        <translation>Площадки по риску</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/site_risk.py" line="58"/>
        <source>People inside the zones (sum over sites)</source>
        <translation>Жителей в зонах (сумма по площадкам)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/site_risk.py" line="69"/>
        <source>Distance bands &apos;{}&apos;: give positive metres such as 500, 1000, 2000</source>
        <translation>Пояса расстояний «{}»: укажите положительные расстояния в метрах, например 500, 1000, 2000</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/site_risk.py" line="78"/>
        <source>Reading housing</source>
        <translation>Чтение жилой застройки</translation>
    </message>
</context>
<context>
    <name>SitingErrors</name>
    <message>
        <location filename="../../ecopark_plugin/core/siting/candidates.py" line="137"/>
        <source>number of candidates {}: give 1 or more</source>
        <translation>число кандидатов {}: укажите 1 или больше</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/candidates.py" line="141"/>
        <source>lacks the fields {}: give a suitability grid</source>
        <translation>нет полей {}: укажите сетку пригодности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/candidates.py" line="153"/>
        <source>minimum separation {} m: give 0 or more</source>
        <translation>минимальное расстояние между кандидатами {} м: укажите 0 или больше</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/clusters.py" line="118"/>
        <source>missing field (use the exchanges output of &apos;Find symbiosis exchanges&apos;)</source>
        <translation>нет поля (используйте выходной слой обменов алгоритма «Поиск обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/clusters.py" line="123"/>
        <source>missing field (use the sites output of &apos;Find symbiosis exchanges&apos;)</source>
        <translation>нет поля (используйте выходной слой площадок алгоритма «Поиск обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="92"/>
        <source>CRS {} is not projected in metres; give a metric CRS</source>
        <translation>СК {} — не проекция в метрах; укажите метрическую СК</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="95"/>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="190"/>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="319"/>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="335"/>
        <source>the layer has no coordinate reference system (CRS); set one</source>
        <translation>у слоя нет системы координат (СК); задайте её</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="105"/>
        <source>cell size {} m: give a positive size</source>
        <translation>размер ячейки {} м: укажите положительный размер</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="108"/>
        <source>extent {} is empty</source>
        <translation>охват {} пуст</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="113"/>
        <source>{} x {} cells of {} m is over 5 million cells: give a larger cell size</source>
        <translation>{} × {} ячеек по {} м — больше 5 миллионов ячеек: укажите больший размер ячейки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="144"/>
        <source>rule &apos;{}&apos; is not in the catalogue</source>
        <translation>правила &apos;{}&apos; нет в каталоге</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="265"/>
        <source>hazard class {}: give 1 to 5 (I-V)</source>
        <translation>класс опасности {}: укажите от 1 до 5 (I–V)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="269"/>
        <source>unknown criteria {}; known: {}</source>
        <translation>неизвестные критерии {}; известные: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="274"/>
        <source>weights must be 0 or more ({})</source>
        <translation>веса должны быть не меньше 0 ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/suitability.py" line="347"/>
        <source>the weights of the criteria with data ({}) are all 0</source>
        <translation>веса всех критериев с данными ({}) равны 0</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/whatif.py" line="200"/>
        <source>the new plant needs an id</source>
        <translation>новому предприятию нужен идентификатор</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/whatif.py" line="206"/>
        <source>id &apos;{}&apos; is already the id of site &apos;{}&apos;; choose another</source>
        <translation>идентификатор &apos;{}&apos; уже принадлежит площадке &apos;{}&apos;; выберите другой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/whatif.py" line="214"/>
        <source>a NACE Rev.2 code (such as 23.51) is required</source>
        <translation>нужен код NACE Rev.2 (например, 23.51)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/whatif.py" line="217"/>
        <source>&apos;{}&apos; is not a NACE Rev.2 code such as 23.51</source>
        <translation>&apos;{}&apos; — не код NACE Rev.2 вида 23.51</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/whatif.py" line="222"/>
        <source>hazard class &apos;{}&apos; is not 1-5</source>
        <translation>класс опасности &apos;{}&apos; — не от 1 до 5</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/whatif.py" line="238"/>
        <source>({}, {}) is not a point</source>
        <translation>({}; {}) — не точка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/whatif.py" line="241"/>
        <source>({}, {}) is not a place in {}; is the point in another CRS?</source>
        <translation>({}; {}) — не место в {}; может быть, точка в другой СК?</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/siting/whatif.py" line="249"/>
        <source>the point ({}, {} lon/lat) is far outside the area of {}</source>
        <translation>точка ({}; {} долгота/широта) лежит далеко за пределами области {}</translation>
    </message>
</context>
<context>
    <name>StreamBasis</name>
    <message>
        <location filename="../../ecopark_plugin/core/model/sizes.py" line="116"/>
        <source>derived: {} {}/yr of {} given / {} of the profile&apos;s plant = x {} (linear scaling: assumption)</source>
        <translation>расчёт: заданные {} {}/год ({}) / {} у профильного предприятия = × {} (линейное масштабирование: допущение)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="25"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="25"/>
        <source>MWh</source>
        <translation>МВт·ч</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="25"/>
        <source>m3</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="30"/>
        <source>{}%</source>
        <translation>{} %</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="100"/>
        <source>derived: {} t fossil CO2/yr reported (biomass excluded)</source>
        <translation>выведено: {} т ископаемого CO2/год по отчёту (без биомассы)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="102"/>
        <source>derived: {} t CO2/yr reported (no figure excluding biomass)</source>
        <translation>выведено: {} т CO2/год по отчёту (цифры без биомассы нет)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="118"/>
        <source> / {} t CO2 per t of bituminous coal (IPCC 2006, Vol. 2, Tables 1.2 and 2.2) = {} t coal/yr (all of it taken as coal: an upper reading)</source>
        <translation> / {} т CO2 на т каменного угля (IPCC 2006, т. 2, табл. 1.2 и 2.2) = {} т угля/год (всё принято за уголь: оценка сверху)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="135"/>
        <source> / {} t CO2 per {} of {} ({}) = {} {}/yr / {} of the profile&apos;s plant = x {} (linear scaling: assumption)</source>
        <translation> / {} т CO2 на {} продукции «{}» ({}) = {} {}/год / {} у завода профиля = x {} (линейное масштабирование: допущение)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="194"/>
        <source>derived: {} t CO2/yr reported / {} t CO2 per MWh of solid fuel (IPCC 2006, Vol. 2, Table 2.2) = {} MWh fuel x {} (assumption)</source>
        <translation>расчёт: {} т CO2/год по отчёту / {} т CO2 на МВт·ч твёрдого топлива (IPCC 2006, т. 2, табл. 2.2) = {} МВт·ч топлива × {} (допущение)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="199"/>
        <source>derived: {} t CO2/yr reported / {} t CO2 per MWh of gas fuel (IPCC 2006, Vol. 2, Table 2.2) = {} MWh fuel x {} (assumption)</source>
        <translation>расчёт: {} т CO2/год по отчёту / {} т CO2 на МВт·ч газового топлива (IPCC 2006, т. 2, табл. 2.2) = {} МВт·ч топлива × {} (допущение)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="210"/>
        <source>{} x {} t per t coal (assumption: about 10 % ash in the coal)</source>
        <translation>{} x {} т на т угля (допущение: зольность угля около 10 %)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="219"/>
        <source>derived: {} t SOx/yr released after desulphurisation removing {} (assumption) = {} t SO2 captured x {} t gypsum per t SO2 (stoichiometry)</source>
        <translation>расчёт: {} т SOx/год выброшено после сероочистки, улавливающей {} (допущение) = {} т уловленного SO2 × {} т гипса на т SO2 (стехиометрия)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="267"/>
        <source> x {} of it raising steam ({})</source>
        <translation> × {} из него на выработку пара ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="268"/>
        <source> x {} boiler efficiency (assumption)</source>
        <translation> × КПД котла {} (допущение)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="283"/>
        <source>{} x {} replaceable by co-fired biomass or waste fuels (assumption)</source>
        <translation>{} x {} можно заменить совместным сжиганием биомассы или топлива из отходов (допущение)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="293"/>
        <source>derived: {} t CO2/yr reported / {} t CO2 per MWh of gas (IPCC 2006, Vol. 2, Table 2.2) = {} MWh fuel</source>
        <translation>расчёт: {} т CO2/год по отчёту / {} т CO2 на МВт·ч газа (IPCC 2006, т. 2, табл. 2.2) = {} МВт·ч топлива</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="296"/>
        <source> (gas-fired: its SOx per CO2 shows no sulphur-bearing fuel)</source>
        <translation> (на газе: по отношению SOx к CO2 серосодержащего топлива нет)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="359"/>
        <source>capped: the register reports no CO2, so under {} t/yr (E-PRTR threshold), under {} MWh of gas burnt</source>
        <translation>ограничено: регистр не сообщает о CO2, значит, его меньше {} т/год (порог E-PRTR), сожжено меньше {} МВт·ч газа</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="366"/>
        <source>{} x {} (assumption)</source>
        <translation>{} × {} (допущение)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="372"/>
        <source>capped: the register reports no hazardous waste sent off-site, so under {} t/yr (E-PRTR threshold)</source>
        <translation>ограничено: регистр не сообщает о вывозе опасных отходов, значит, их меньше {} т/год (порог E-PRTR)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/evidence.py" line="378"/>
        <source>capped: at most the {} t/yr of hazardous waste the register says it sends off-site</source>
        <translation>ограничено: не больше {} т/год опасных отходов, вывоз которых указан в регистре</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/profiles.py" line="140"/>
        <source>entered by the user</source>
        <translation>введено пользователем</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/profiles.py" line="174"/>
        <source>sector profile {}: {}</source>
        <translation>профиль отрасли {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/profiles.py" line="187"/>
        <source>reported off-site hazardous waste transfers (sector profile {})</source>
        <translation>отчётный вывоз опасных отходов (профиль отрасли {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/profiles.py" line="189"/>
        <source>reported off-site non-hazardous waste transfers (sector profile {})</source>
        <translation>отчётный вывоз неопасных отходов (профиль отрасли {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/profiles.py" line="193"/>
        <source>{} x the profile plant&apos;s {} {}/yr (sector profile {}: {})</source>
        <translation>{} × {} {}/год профильного предприятия (профиль отрасли {}: {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/profiles.py" line="201"/>
        <source>{}: an upper bound; the need is taken as anywhere below it, {} {} central</source>
        <translation>{}: верхняя граница; потребность принята как любое значение ниже неё, в среднем {} {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/symbiosis/profiles.py" line="215"/>
        <source>{}; {}; taken as {} of that, the mean of the plants the register shows below its threshold</source>
        <translation>{}; {}; принято {} этого значения: в среднем столько у предприятий, которые регистр показывает ниже порога</translation>
    </message>
    <message>
        <source>{}; {}; taken as half of that (anywhere below it)</source>
        <translation type="vanished">{}; {}; принята половина этого значения (любое значение ниже него)</translation>
    </message>
</context>
<context>
    <name>Suitability</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="42"/>
        <source>Suitability surface for a new park</source>
        <translation>Карта пригодности для нового парка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="43"/>
        <source>Siting</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="45"/>
        <source>Scores every cell of a square grid over the extent (default: the sites&apos; extent plus 5 km) for a new eco-industrial park, in the sites&apos; UTM zone.

Criteria, each 0-1: exchange potential (the summed net benefit of the existing sites&apos; by-products with a feasible exchange that could reach the cell within its catalogue rule&apos;s truck distance, straight line x detour factor, falling linearly with distance; divided by the grid&apos;s largest), road and rail access (1 on the line, 0 at 5 km from a road or 10 km from a railway, straight line), and distance from housing (0 inside the zone of the new park&apos;s hazard class, 1 at three times its width). Cells with housing inside the zone, or touching a feature of an exclusion layer, are excluded with the reason and score 0.

score = weighted sum of the criteria / sum of their weights, over the criteria whose layers are given. The default weights (0.4, 0.25, 0.1, 0.25) and distances are assumptions: set your own.

Top candidates (optional output): the best-scoring cells that are not excluded, taken best first and skipping any whose centre is closer than the minimum separation (default 3 cell sides) to one already taken; points at the cell centres with their rank, scores and anchor tenants: the 3 existing suppliers contributing most to the cell&apos;s exchange potential, with their EUR/yr.</source>
        <translation>Оценивает каждую ячейку квадратной сетки в пределах охвата (по умолчанию: охват площадок плюс 5 км) как место для нового эко-индустриального парка, в зоне UTM площадок.

Критерии, каждый от 0 до 1: потенциал обменов (сумма чистой выгоды побочных продуктов существующих площадок с выполнимым обменом, которые могут дойти до ячейки в пределах автомобильного расстояния правила каталога, по прямой с коэффициентом извилистости, линейно убывая с расстоянием; делится на наибольшее значение по сетке), доступ к автодорогам и железной дороге (1 на линии, 0 в 5 км от дороги или в 10 км от железной дороги, по прямой) и удалённость от жилья (0 внутри зоны класса опасности нового парка, 1 на утроенной ширине зоны). Ячейки с жильём внутри зоны или касающиеся объекта слоя исключений исключаются с указанием причины и получают балл 0.

score = взвешенная сумма критериев / сумма их весов по критериям, для которых заданы слои. Веса по умолчанию (0,4, 0,25, 0,1, 0,25) и расстояния — допущения: задайте свои.

Лучшие места (необязательный выход): ячейки с наибольшим баллом, не исключённые, берутся по убыванию балла с пропуском тех, чей центр ближе минимального расстояния (по умолчанию 3 стороны ячейки) к уже выбранной; точки в центрах ячеек с рангом, баллами и якорными резидентами: 3 существующих поставщика с наибольшим вкладом в потенциал обменов ячейки, с их EUR/год.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="67"/>
        <source>Extent (default: the sites plus 5 km)</source>
        <translation>Охват (по умолчанию: площадки плюс 5 км)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="72"/>
        <source>Cell size (m)</source>
        <translation>Размер ячейки (м)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="81"/>
        <source>Expected hazard class of the new park</source>
        <translation>Ожидаемый класс опасности нового парка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="88"/>
        <source>Road network (lines)</source>
        <translation>Дорожная сеть (линии)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="89"/>
        <source>Rail network (lines)</source>
        <translation>Железнодорожная сеть (линии)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="100"/>
        <source>Exclusion layers (water, protected areas, residential land...)</source>
        <translation>Слои исключений (водоёмы, охраняемые территории, жилая застройка...)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="106"/>
        <source>Weight: exchange potential</source>
        <translation>Вес: потенциал обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="107"/>
        <source>Weight: road access</source>
        <translation>Вес: доступ к автодорогам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="108"/>
        <source>Weight: rail access</source>
        <translation>Вес: доступ к железной дороге</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="109"/>
        <source>Weight: distance from housing</source>
        <translation>Вес: удалённость от жилья</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="123"/>
        <source>Parameters file (JSON: detour factor, zone widths)</source>
        <translation>Файл параметров (JSON: коэффициент извилистости, ширина зон)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="130"/>
        <source>Suitability grid</source>
        <translation>Сетка пригодности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="136"/>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="154"/>
        <source>Top candidate sites</source>
        <translation>Лучшие места для парка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="145"/>
        <source>Minimum separation of candidates (m; empty: 3 cell sides)</source>
        <translation>Минимальное расстояние между местами (м; пусто: 3 стороны ячейки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="160"/>
        <source>Cells</source>
        <translation>Ячейки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="161"/>
        <source>Cells excluded</source>
        <translation>Исключённые ячейки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="162"/>
        <source>Best score</source>
        <translation>Лучший балл</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="177"/>
        <source>Reading the layers</source>
        <translation>Чтение слоёв</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="241"/>
        <source>%n candidate site(s) at least {m:,.0f} m apart</source>
        <translation>
            <numerusform>%n площадка-кандидат (расстояние между площадками не менее {m:,.0f} м)</numerusform>
            <numerusform>%n площадки-кандидата (расстояние между площадками не менее {m:,.0f} м)</numerusform>
            <numerusform>%n площадок-кандидатов (расстояние между площадками не менее {m:,.0f} м)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="247"/>
        <source>{n:,} cells, {x:,} excluded; best score {best:.2f}</source>
        <translation>{n:,} ячеек, исключено {x:,}; лучший балл {best:.2f}</translation>
    </message>
    <message>
        <source>{n} candidate sites at least {m:,.0f} m apart</source>
        <translation type="vanished">{n} мест для парка не ближе {m:,.0f} м друг к другу</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="48"/>
        <source>What if: a new plant</source>
        <translation>Что если: новое предприятие</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="57"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="58"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="59"/>
        <source>NACE code</source>
        <translation>Код NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="62"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="62"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="62"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="62"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="64"/>
        <source>Add a stream</source>
        <translation>Добавить поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="71"/>
        <source>Streams (leave empty: those typical of the sector)</source>
        <translation>Потоки (пусто: типичные для отрасли)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="104"/>
        <source>Id: required</source>
        <translation>Код: обязателен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="109"/>
        <source>NACE code: &apos;{}&apos; is not a code such as 23.51</source>
        <translation>Код NACE: «{}» не является кодом вида 23.51</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="115"/>
        <source>Stream row {}</source>
        <translation>Поток, строка {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="117"/>
        <source>{}, direction: &apos;{}&apos; is not input or output</source>
        <translation>{}, направление: «{}» не input и не output</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="119"/>
        <source>{}, stream: required</source>
        <translation>{}, поток: обязателен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="125"/>
        <source>{}, quantity: &apos;{}&apos; is not a number &gt;= 0</source>
        <translation>{}, количество: «{}» не число &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="130"/>
        <source>{}, unit: &apos;{}&apos; is not a unit such as t/yr or MWh/yr</source>
        <translation>{}, единица: «{}» не единица вида t/yr или MWh/yr</translation>
    </message>
</context>
<context>
    <name>WhatIfPlant</name>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="258"/>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="123"/>
        <source>The point cannot be placed in the sites&apos; CRS {}: {}</source>
        <translation>Точку нельзя перевести в СК площадок {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="40"/>
        <source>What if: a new plant at a point</source>
        <translation>Что если: новое предприятие в точке</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="41"/>
        <source>Siting</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="43"/>
        <source>Places a hypothetical new plant (id, name, NACE code and optionally its streams) at a point and runs the exchange search twice, without and with it, with the same catalogue and parameters as Find symbiosis exchanges (transport priced on straight lines x detour factor).

Outputs. The exchanges the new plant would join in the best set (lines, with their figures); a table of the park&apos;s figures before and after and their difference; the gain in net benefit and in net CO2 avoided. The log also lists the exchanges it could join that were not chosen, with the reason, and the exchanges of today&apos;s park it would displace.

New plant&apos;s streams (optional): a table of direction, stream, quantity and unit (as the streams table; the site id may be left out). Without it the plant gets the typical streams of its sector. The streams tables&apos; fields are found by their names.</source>
        <translation>Помещает в точку гипотетическое новое предприятие (код, название, код NACE и, по желанию, его потоки) и дважды выполняет поиск обменов, без него и с ним, с тем же каталогом и параметрами, что и «Поиск обменов симбиоза» (транспорт оценивается по прямой x коэффициент извилистости).

Результаты. Обмены, в которые новое предприятие вошло бы в лучшем наборе (линии с показателями); таблица показателей парка до и после и их разность; прирост чистой выгоды и предотвращённых выбросов CO2. В журнале также перечислены обмены, в которые оно могло бы войти, но которые не выбраны, с причиной, и обмены нынешнего парка, которые оно вытеснило бы.

Потоки нового предприятия (необязательно): таблица с направлением, потоком, количеством и единицей (как таблица потоков; код площадки можно не указывать). Без неё предприятию назначаются типичные потоки его отрасли. Поля таблиц потоков определяются по их именам.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="60"/>
        <source>Streams table</source>
        <translation>Таблица потоков</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="64"/>
        <source>Location of the new plant</source>
        <translation>Местоположение нового предприятия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="65"/>
        <source>New plant: id</source>
        <translation>Новое предприятие: код</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="66"/>
        <source>New plant: name</source>
        <translation>Новое предприятие: название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="67"/>
        <source>New plant: NACE Rev.2 code (e.g. 23.51)</source>
        <translation>Новое предприятие: код NACE Rev.2 (например, 23.51)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="71"/>
        <source>New plant&apos;s streams (default: from its sector)</source>
        <translation>Потоки нового предприятия (по умолчанию: по его отрасли)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="79"/>
        <source>Parameters file (JSON: prices, transport, objective)</source>
        <translation>Файл параметров (JSON: цены, транспорт, цель)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="86"/>
        <source>Extra catalogue rules of the run (CSV)</source>
        <translation>Дополнительные правила каталога расчёта (CSV)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="91"/>
        <source>Exchanges the new plant joins</source>
        <translation>Обмены с участием нового предприятия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="96"/>
        <source>Park figures before and after</source>
        <translation>Показатели парка до и после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="99"/>
        <source>Gain in net benefit (EUR/yr)</source>
        <translation>Прирост чистой выгоды (EUR/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="100"/>
        <source>Gain in net CO2 avoided (t/yr)</source>
        <translation>Прирост предотвращённых выбросов CO2 (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="171"/>
        <source>{name}: the streams given ({n})</source>
        <translation>{name}: заданные потоки ({n})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="172"/>
        <source>{name}: %n stream(s) typical of sector {nace}</source>
        <translation>
            <numerusform>{name}: %n поток, типичный для отрасли {nace}</numerusform>
            <numerusform>{name}: %n потока, типичных для отрасли {nace}</numerusform>
            <numerusform>{name}: %n потоков, типичных для отрасли {nace}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="173"/>
        <source>{name}: no streams given and no profile for sector {nace}; it can still receive what its sector uses</source>
        <translation>{name}: потоки не заданы и профиля отрасли {nace} нет; оно всё же может получать то, что использует его отрасль</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="177"/>
        <source>{role} {stream}: {partner}, {q:,.0f} {unit}/yr, net {net:,.0f} EUR/yr, CO2 {co2:,.0f} t/yr</source>
        <translation>{role} {stream}: {partner}, {q:,.0f} {unit}/год, чистая выгода {net:,.0f} EUR/год, CO2 {co2:,.0f} т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="182"/>
        <source>Would send</source>
        <translation>Отправляло бы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="182"/>
        <source>Would receive</source>
        <translation>Получало бы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="193"/>
        <source>Not chosen: {s} -&gt; {r} ({stream}): {reason}</source>
        <translation>Не выбран: {s} -&gt; {r} ({stream}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="199"/>
        <source>Displaced: {s} -&gt; {r} ({stream}), net {net:,.0f} EUR/yr</source>
        <translation>Вытеснен: {s} -&gt; {r} ({stream}), чистая выгода {net:,.0f} EUR/год</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="205"/>
        <source>%n exchange(s) joined; the park&apos;s net benefit changes by {net:+,.0f} EUR/yr and its net CO2 avoided by {co2:+,.0f} t/yr</source>
        <translation>
            <numerusform>Добавлен %n обмен; чистая выгода парка изменится на {net:+,.0f} евро/год, чистые предотвращённые выбросы CO2 — на {co2:+,.0f} т/год</numerusform>
            <numerusform>Добавлено %n обмена; чистая выгода парка изменится на {net:+,.0f} евро/год, чистые предотвращённые выбросы CO2 — на {co2:+,.0f} т/год</numerusform>
            <numerusform>Добавлено %n обменов; чистая выгода парка изменится на {net:+,.0f} евро/год, чистые предотвращённые выбросы CO2 — на {co2:+,.0f} т/год</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {n} streams typical of sector {nace}</source>
        <translation type="vanished">{name}: {n} потоков, типичных для отрасли {nace}</translation>
    </message>
    <message>
        <source>{n} exchanges joined; the park&apos;s net benefit changes by {net:+,.0f} EUR/yr and its net CO2 avoided by {co2:+,.0f} t/yr</source>
        <translation type="vanished">Обменов с его участием: {n}; чистая выгода парка меняется на {net:+,.0f} EUR/год, предотвращённые выбросы CO2 на {co2:+,.0f} т/год</translation>
    </message>
</context>
<context>
    <name>WriteReport</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="23"/>
        <source>Write symbiosis report</source>
        <translation>Отчёт о промышленном симбиозе</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="24"/>
        <source>Maps</source>
        <translation>Карты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="26"/>
        <source>Writes the report of a run for decision makers: one self-contained HTML file (open it in any browser, send it by mail) and/or a PDF from a QGIS print layout.

It holds the map of the exchanges and zones, the summary figures, the chosen exchanges, the balance per partner, the network metrics, the zones and homes before and after, charts of benefit and CO2 by stream family, an abatement-cost curve, Sankey diagrams of the flows between partners, and every assumption with its source.

Give the outputs of &apos;Find symbiosis exchanges&apos; (sites with results and exchanges; the zone and housing layers add their sections) and the parameters file of the run, if it had one, so the assumptions listed are the ones used.</source>
        <translation>Пишет отчёт о расчёте для лиц, принимающих решения: один самодостаточный HTML-файл (открывается в любом браузере, его можно отправить по почте) и/или PDF из макета печати QGIS.

В отчёте: карта обменов и зон, сводные показатели, выбранные обмены, баланс по каждому участнику, показатели сети, зоны и жилые дома до и после, диаграммы выгоды и CO2 по семействам потоков, кривая затрат на сокращение выбросов, диаграммы Санки потоков между участниками и каждое допущение с его источником.

Укажите результаты алгоритма «Поиск обменов промышленного симбиоза» (площадки с результатами и обмены; слои зон и жилья добавляют свои разделы) и файл параметров расчёта, если он был, чтобы в отчёте были перечислены именно те допущения, с которыми выполнен расчёт.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="56"/>
        <source>Sites with results (from Find symbiosis exchanges)</source>
        <translation>Площадки с результатами (из «Поиск обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="63"/>
        <source>Exchanges (from Find symbiosis exchanges)</source>
        <translation>Обмены (из «Поиск обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="72"/>
        <source>Sanitary protection zones, before</source>
        <translation>Санитарно-защитные зоны до обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="73"/>
        <source>Zones after the exchanges</source>
        <translation>Зоны после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="74"/>
        <source>Zone land freed</source>
        <translation>Высвобожденная земля зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="75"/>
        <source>Homes inside zones</source>
        <translation>Жилые дома в зонах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="76"/>
        <source>Sites by people inside their zone</source>
        <translation>Площадки по числу жителей в их зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="80"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="85"/>
        <source>Parameters file of the run (JSON; default: the default parameters)</source>
        <translation>Файл параметров расчёта (JSON; по умолчанию — параметры по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="90"/>
        <source>Extra catalogue rules of the run (CSV)</source>
        <translation>Дополнительные правила каталога расчёта (CSV)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="95"/>
        <source>HTML report</source>
        <translation>Отчёт HTML</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="95"/>
        <source>HTML files (*.html)</source>
        <translation>Файлы HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="100"/>
        <source>PDF report</source>
        <translation>Отчёт PDF</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="100"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="119"/>
        <source>Choose an HTML file, a PDF file or both for the report</source>
        <translation>Выберите для отчёта файл HTML, файл PDF или оба</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/report_algorithm.py" line="135"/>
        <source>Wrote {}</source>
        <translation>Записано: {}</translation>
    </message>
    <message>
        <source>Give both zone layers, before and after the exchanges, or neither</source>
        <translation type="vanished">Укажите оба слоя зон, до и после обменов, или ни одного</translation>
    </message>
</context>
<context>
    <name>ZoneAlgorithms</name>
    <message>
        <location filename="../../ecopark_plugin/processing/housing_exposure.py" line="35"/>
        <source>Zones layer &apos;{}&apos; has no site_id field: give zones made by EcoPark</source>
        <translation>В слое зон «{}» нет поля site_id: укажите зоны, построенные EcoPark</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="52"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="57"/>
        <source>Site id field</source>
        <translation>Поле идентификатора площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="58"/>
        <source>Site name field</source>
        <translation>Поле названия площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="59"/>
        <source>NACE code field</source>
        <translation>Поле кода NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="60"/>
        <source>Hazard class field (I-V or 1-5; empty: inferred from NACE)</source>
        <translation>Поле класса опасности (I–V или 1–5; если пусто — по коду NACE)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="69"/>
        <source>Exchanges (from Find symbiosis exchanges)</source>
        <translation>Обмены (из «Поиск обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="87"/>
        <source>Decimal mark of a streams CSV&apos;s quantities</source>
        <translation>Десятичный знак количеств в CSV потоков</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="88"/>
        <source>Detected</source>
        <translation>Определить</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="88"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="88"/>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="133"/>
        <source>{kind} inside zones: {hb:,} before, {ha:,} after; people {pb:,.0f} -&gt; {pa:,.0f}</source>
        <translation>Жилая застройка ({kind}) в зонах: {hb:,} до, {ha:,} после; жителей {pb:,.0f} -&gt; {pa:,.0f}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="148"/>
        <source>Zone regime (classes and widths)</source>
        <translation>Нормы санитарных зон (классы и ширина)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="150"/>
        <source>As the parameters file says (default: SanPiN)</source>
        <translation>Как в файле параметров (по умолчанию СанПиН)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="151"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (Russia), classes I-V</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (Россия), классы I–V</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="152"/>
        <source>VNG Bedrijven en milieuzonering 2009 (Netherlands), categories</source>
        <translation>VNG «Bedrijven en milieuzonering» 2009 (Нидерланды), категории</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="153"/>
        <source>Abstandserlass NRW 2007 (Germany), distance classes</source>
        <translation>Abstandserlass NRW 2007 (Германия), классы расстояний</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="165"/>
        <source>Pollution-reduction rule (CSV; default: the shipped one)</source>
        <translation>Правило сокращения загрязнения (CSV; по умолчанию — поставляемое с модулем)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="173"/>
        <source>Activity -&gt; class table in the regime&apos;s classes (CSV; default: the regime&apos;s own)</source>
        <translation>Таблица «вид деятельности -&gt; класс» в классах выбранных норм (CSV; по умолчанию — таблица этих норм)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="182"/>
        <source>Parameters file (JSON: zone widths, risk bands, housing estimates)</source>
        <translation>Файл параметров (JSON: ширина зон, пояса риска, оценки населения)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="198"/>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="212"/>
        <source>Parameters: {}</source>
        <translation>Параметры: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="233"/>
        <source>Housing: buildings, residential land use, or population grid or points</source>
        <translation>Жилая застройка: здания, жилые зоны землепользования, сетка или точки населения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="241"/>
        <source>Housing layer holds</source>
        <translation>Содержимое слоя жилой застройки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="243"/>
        <source>Guess from the layer</source>
        <translation>Определить по слою</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="244"/>
        <source>Buildings</source>
        <translation>Здания</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="245"/>
        <source>Residential land use</source>
        <translation>Жилые зоны землепользования</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="246"/>
        <source>Population (grid or points)</source>
        <translation>Население (сетка или точки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="253"/>
        <source>Population field</source>
        <translation>Поле численности населения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="254"/>
        <source>Storeys field (buildings)</source>
        <translation>Поле этажности (здания)</translation>
    </message>
    <message>
        <source>Activity -&gt; hazard class table (CSV; default: the shipped one)</source>
        <translation type="vanished">Таблица «вид деятельности -&gt; класс опасности» (CSV; по умолчанию — поставляемая с модулем)</translation>
    </message>
</context>
<context>
    <name>ZoneClasses</name>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="88"/>
        <source>{}%</source>
        <translation>{} %</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="222"/>
        <source>given</source>
        <translation>задан</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="232"/>
        <source>NACE {} {}</source>
        <translation>NACE {} {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="235"/>
        <source>inferred: {} ({})</source>
        <translation>по виду деятельности: {} ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="456"/>
        <source>{} {} (rule &apos;{}&apos;: {})</source>
        <translation>{} {} (правило &apos;{}&apos;: {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="468"/>
        <source>{} class(es) down: every zone-driving output diverted</source>
        <translation>классов ниже: {} — все выходы, задающие зону, направлены на использование</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="470"/>
        <source>no change: an output below its share</source>
        <translation>без изменений: доля одного из выходов ниже порога</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="472"/>
        <source>no change: no zone-driving output</source>
        <translation>без изменений: нет выходов, задающих зону</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/zones/protection.py" line="484"/>
        <source>reduced by the chosen exchanges: {}</source>
        <translation>снижен выбранными обменами: {}</translation>
    </message>
</context>
</TS>
