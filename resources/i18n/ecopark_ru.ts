<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>BuildNetwork</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
    <name>CompareScenarios</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
</context>
<context>
    <name>EcoParkDock</name>
    <message>
        <location filename="../../ecopark_plugin/gui/context.py" line="195"/>
        <source>Choose the layer of industrial sites on the Run tab</source>
        <translation>Выберите слой промышленных площадок на вкладке «Запуск»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/context.py" line="218"/>
        <location filename="../../ecopark_plugin/gui/dock.py" line="65"/>
        <source>EcoPark</source>
        <translation>EcoPark</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/context.py" line="231"/>
        <source>{} could not be opened: the desktop has no program for it; open it by hand</source>
        <translation>Не удаётся открыть {}: на рабочем столе нет программы для этого; откройте вручную</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/dock.py" line="78"/>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="90"/>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="101"/>
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
        <location filename="../../ecopark_plugin/gui/guide.py" line="36"/>
        <source>The sample cannot be copied to {}: {}</source>
        <translation>Не удаётся скопировать пример в {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="44"/>
        <source>Kalundborg sites</source>
        <translation>Площадки Калуннборга</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="44"/>
        <source>Kalundborg streams</source>
        <translation>Потоки Калуннборга</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="44"/>
        <source>Kalundborg ports</source>
        <translation>Порты Калуннборга</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="54"/>
        <source>{}: layer &apos;{}&apos; cannot be opened</source>
        <translation>{}: не удаётся открыть слой «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="56"/>
        <source>{}: QGIS refused to add layer &apos;{}&apos; to the project</source>
        <translation>{}: QGIS не принял слой «{}» в проект</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="75"/>
        <source>&lt;b&gt;Start here.&lt;/b&gt; Try the Kalundborg sample (its sites, streams and ports are filled in below), or choose your own layer of industrial sites and check the fields guessed for it. Then give the scenario a name and press &lt;b&gt;Run&lt;/b&gt;.</source>
        <translation>&lt;b&gt;С чего начать.&lt;/b&gt; Попробуйте пример Калуннборга (его площадки, потоки и порты будут подставлены ниже) или выберите свой слой промышленных площадок и проверьте поля, подобранные для него. Затем назовите сценарий и нажмите &lt;b&gt;Запуск&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/guide.py" line="82"/>
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
        <source>Direction field</source>
        <translation>Поле направления</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="28"/>
        <source>Stream field</source>
        <translation>Поле потока</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="29"/>
        <source>Quantity field</source>
        <translation>Поле количества</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="30"/>
        <source>Unit field</source>
        <translation>Поле единицы измерения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="31"/>
        <source>EWC code field</source>
        <translation>Поле кода EWC</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="32"/>
        <source>FKKO code field</source>
        <translation>Поле кода ФККО</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="66"/>
        <source>Industrial sites</source>
        <translation>Промышленные площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="69"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="72"/>
        <source>Edit a site…</source>
        <translation>Изменить площадку…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="74"/>
        <source>Click a site on the map to see and edit its outputs and inputs</source>
        <translation>Щёлкните площадку на карте, чтобы просмотреть и изменить её выходные и входные потоки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="76"/>
        <source>Add a site…</source>
        <translation>Добавить площадку…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="78"/>
        <source>Click the map where a new site goes</source>
        <translation>Щёлкните на карте там, где должна быть новая площадка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="83"/>
        <source>Import a register&apos;s table…</source>
        <translation>Импорт таблицы реестра…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="86"/>
        <source>Read a CSV, XLSX or any table with coordinate columns as sites: columns, codes and CRS checked</source>
        <translation>Прочитать CSV, XLSX или любую таблицу со столбцами координат как площадки: столбцы, коды и СК проверяются</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="92"/>
        <source>Streams table (outputs and inputs)</source>
        <translation>Таблица потоков (выходы и входы)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="95"/>
        <source>none: infer from the sectors</source>
        <translation>нет: выводить по отраслям</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="97"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="102"/>
        <source>Road network and housing (optional)</source>
        <translation>Дороги и жилая застройка (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="104"/>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="112"/>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="135"/>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="137"/>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="139"/>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="141"/>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="283"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="105"/>
        <source>Road layer</source>
        <translation>Слой дорог</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="108"/>
        <source>OpenStreetMap extract (*.osm.pbf *.osm)</source>
        <translation>Выгрузка OpenStreetMap (*.osm.pbf *.osm)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="109"/>
        <source>Or an OSM extract, read directly (used when no road layer is chosen)</source>
        <translation>Или выгрузка OSM, читаемая напрямую (используется, если слой дорог не выбран)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="110"/>
        <source>or OSM file</source>
        <translation>или файл OSM</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="114"/>
        <source>Housing layer</source>
        <translation>Слой жилой застройки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="117"/>
        <source>guess</source>
        <translation>определить по слою</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="118"/>
        <source>buildings</source>
        <translation>здания</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="119"/>
        <source>residential land</source>
        <translation>жилые зоны</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="120"/>
        <source>population grid or points</source>
        <translation>население (сетка или точки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="123"/>
        <source>Housing holds</source>
        <translation>Содержимое слоя</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="127"/>
        <source>Population field</source>
        <translation>Поле численности населения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="131"/>
        <source>Rail, sea and rule tables (optional)</source>
        <translation>Ж/д, море и таблицы правил (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="136"/>
        <source>Rail lines</source>
        <translation>Железнодорожные линии</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="138"/>
        <source>Rail freight terminals</source>
        <translation>Грузовые ж/д терминалы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="140"/>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="142"/>
        <source>Waterways between ports</source>
        <translation>Водные пути между портами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="147"/>
        <source>Extra exchange rules</source>
        <translation>Дополнительные правила обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="148"/>
        <source>CSV in the form of exchange_rules.csv; rows replace shipped rules of the same rule_id</source>
        <translation>CSV в формате exchange_rules.csv; строки заменяют поставляемые правила с тем же rule_id</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="152"/>
        <source>Pollution-reduction rule</source>
        <translation>Правило сокращения загрязнения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="153"/>
        <source>CSV in the form of zone_reduction.csv (default: the shipped one)</source>
        <translation>CSV в формате zone_reduction.csv (по умолчанию — поставляемый)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="157"/>
        <source>Hazard class table</source>
        <translation>Таблица классов опасности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="158"/>
        <source>CSV in the form of hazard_classes.csv (default: the shipped one)</source>
        <translation>CSV в формате hazard_classes.csv (по умолчанию — поставляемая)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="163"/>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="204"/>
        <source>Choose the layer of industrial sites</source>
        <translation>Выберите слой промышленных площадок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="207"/>
        <source>Layer &apos;{}&apos;: choose the field of {}</source>
        <translation>Слой «{}»: выберите поле для {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/inputs.py" line="212"/>
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
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="122"/>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="100"/>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="125"/>
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
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="275"/>
        <source>The report could not be written: {}</source>
        <translation>Не удалось записать отчёт: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/results_tab.py" line="280"/>
        <source>Report written: {}</source>
        <translation>Отчёт записан: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="92"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="126"/>
        <source>e.g. Base case</source>
        <translation>напр., Базовый вариант</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="127"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="131"/>
        <source>Each scenario is written to a GeoPackage named after it in this folder</source>
        <translation>Каждый сценарий записывается в этой папке в файл GeoPackage с его названием</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="132"/>
        <source>Output folder</source>
        <translation>Папка результатов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="137"/>
        <source>Replace the scenario&apos;s earlier output</source>
        <translation>Заменить прежние результаты сценария</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="141"/>
        <source>Add an OpenStreetMap basemap under the results (tiles load as the map is drawn)</source>
        <translation>Добавить подложку OpenStreetMap под результатами (тайлы загружаются при отрисовке карты)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="169"/>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="171"/>
        <source>Scenario {}</source>
        <translation>Сценарий {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="186"/>
        <source>Choose a folder, or save the project first: the files then go beside it.</source>
        <translation>Выберите папку или сначала сохраните проект: тогда файлы будут записаны рядом с ним.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="188"/>
        <source>Scenario files go to {}</source>
        <translation>Файлы сценариев записываются в {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="190"/>
        <source>Scenario files go beside the project, to {}</source>
        <translation>Файлы сценариев записываются рядом с проектом, в {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="208"/>
        <source>Where should the scenario&apos;s files go? (Save the project to keep them beside it.)</source>
        <translation>Куда записать файлы сценария? (Сохраните проект, чтобы держать их рядом с ним.)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="222"/>
        <source>Kalundborg sample</source>
        <translation>Пример Калуннборга</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="224"/>
        <source>The Kalundborg sample is loaded and chosen; press Run</source>
        <translation>Пример Калуннборга загружен и выбран; нажмите «Запуск»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="246"/>
        <source>Choose an output folder, or save the project first</source>
        <translation>Выберите папку для результатов или сначала сохраните проект</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="286"/>
        <source>No output folder chosen; nothing was run</source>
        <translation>Папка для результатов не выбрана; расчёт не запущен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="300"/>
        <source>{} exists; tick &apos;Replace the scenario&apos;s earlier output&apos; or give another name</source>
        <translation>{} уже существует; отметьте «Заменить прежние результаты сценария» или укажите другое название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="305"/>
        <source>EcoPark: {}</source>
        <translation>EcoPark: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="322"/>
        <source>Starting</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="329"/>
        <source>Run the scenario again</source>
        <translation>Повторный расчёт сценария</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="331"/>
        <source>Scenario &apos;{}&apos; exists ({}). Run it again and replace its layers, its group on the map and its figures?</source>
        <translation>Сценарий «{}» уже существует ({}). Рассчитать его заново и заменить его слои, его группу на карте и его показатели?</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="344"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="354"/>
        <source>Cancelled; nothing was written</source>
        <translation>Отменено; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="355"/>
        <source>Run &apos;{}&apos; cancelled; nothing was written</source>
        <translation>Расчёт «{}» отменён; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="359"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="360"/>
        <source> (details in the log panel, EcoPark tab)</source>
        <translation> (подробности — на панели «Журнал сообщений», вкладка EcoPark)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="361"/>
        <source>the run failed</source>
        <translation>расчёт завершился с ошибкой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="377"/>
        <source>{} was written but cannot be shown: {}</source>
        <translation>Файл {} записан, но его не удаётся показать: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="392"/>
        <source>Done: %n exchange(s) chosen</source>
        <translation>
            <numerusform>Готово: выбран %n обмен</numerusform>
            <numerusform>Готово: выбрано %n обмена</numerusform>
            <numerusform>Готово: выбрано %n обменов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="394"/>
        <source>&apos;{}&apos;: %n exchange(s), net benefit {} EUR/yr, CO2 avoided {} t/yr</source>
        <translation>
            <numerusform>«{}»: %n обмен, чистая выгода {} евро/год, предотвращено CO2 {} т/год</numerusform>
            <numerusform>«{}»: %n обмена, чистая выгода {} евро/год, предотвращено CO2 {} т/год</numerusform>
            <numerusform>«{}»: %n обменов, чистая выгода {} евро/год, предотвращено CO2 {} т/год</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="408"/>
        <source>Input rows left out</source>
        <translation>Пропущенные входные строки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="413"/>
        <source>{n} input rows left out (table &apos;{layer}&apos;), e.g. {source} row {row}: {reason}</source>
        <translation>Пропущено входных строк: {n} (таблица &apos;{layer}&apos;), например {source}, строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="432"/>
        <source>EcoPark map: {}</source>
        <translation>Карта EcoPark: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="487"/>
        <source>Click a site of &apos;{}&apos; on the map</source>
        <translation>Щёлкните на карте площадку из слоя «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="495"/>
        <source>Click the map where the new site goes</source>
        <translation>Щёлкните на карте там, где должна быть новая площадка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="513"/>
        <source>Site &apos;{}&apos; saved; run again to see the effect</source>
        <translation>Площадка «{}» сохранена; запустите расчёт снова, чтобы увидеть результат</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/run_tab.py" line="533"/>
        <source>Site added to &apos;{}&apos;</source>
        <translation>Площадка добавлена в слой «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="54"/>
        <source>{} cannot be opened: {}</source>
        <translation>Не удаётся открыть {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="60"/>
        <source>{} has no layer {}: give a GeoPackage written by the command line or by Find symbiosis exchanges with its outputs saved to one GeoPackage</source>
        <translation>В {} нет слоя {}: укажите GeoPackage, записанный командной строкой или алгоритмом «Поиск обменов промышленного симбиоза» со всеми результатами в одном GeoPackage</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="102"/>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="103"/>
        <source>Net benefit EUR/yr</source>
        <translation>Чистая выгода, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="104"/>
        <source>CO2 avoided t/yr</source>
        <translation>Предотвращено CO2, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="112"/>
        <source>Add to map</source>
        <translation>Добавить на карту</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="113"/>
        <source>Forget</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="114"/>
        <source>Remove from the project&apos;s list; its GeoPackage is kept</source>
        <translation>Удалить из списка сценариев проекта; файл GeoPackage сохраняется</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="115"/>
        <source>Add existing scenario…</source>
        <translation>Добавить готовый сценарий…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="118"/>
        <source>A result GeoPackage written by the command line or by Processing (Find symbiosis exchanges)</source>
        <translation>GeoPackage с результатами, записанный командной строкой или Processing («Поиск обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="133"/>
        <source>Compare two scenarios</source>
        <translation>Сравнение двух сценариев</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="140"/>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="195"/>
        <source>&apos;{}&apos; is on the map</source>
        <translation>«{}» уже на карте</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="211"/>
        <source>Add existing scenario</source>
        <translation>Добавить готовый сценарий</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="211"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="217"/>
        <source>{} is listed already as &apos;{}&apos;</source>
        <translation>{} уже в списке как «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="241"/>
        <source>Scenario &apos;{}&apos; added from {}</source>
        <translation>Сценарий «{}» добавлен из {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="262"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="262"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="281"/>
        <source>The exchanges of one of the two cannot be read</source>
        <translation>Обмены одного из двух сценариев не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/scenarios_tab.py" line="285"/>
        <source>Exchanges only in {}: {}. Only in {}: {}.</source>
        <translation>Обмены только в «{}»: {}. Только в «{}»: {}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="46"/>
        <source>Clusters of exchange potential…</source>
        <translation>Кластеры потенциала обменов…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="47"/>
        <source>Communities of sites linked by paying candidate exchanges, each with a proposed park boundary</source>
        <translation>Сообщества площадок, связанных выгодными возможными обменами, каждое с предлагаемой границей парка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="51"/>
        <source>Suitability surface…</source>
        <translation>Поверхность пригодности…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="53"/>
        <source>A grid over the region scored on exchange potential, road and rail access and distance from housing, with exclusion layers</source>
        <translation>Сетка по региону с оценкой потенциала обменов, доступа к автодорогам и железной дороге и удалённости от жилья, с исключаемыми слоями</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="132"/>
        <source>Where could the next eco-park go? These tools start from the chosen scenario&apos;s sites and candidate exchanges. Each opens its Processing dialog with the scenario&apos;s layers filled in; set the weights and distances there, and the result is written into the scenario&apos;s GeoPackage and added to the map.</source>
        <translation>Где разместить следующий эко-индустриальный парк? Эти инструменты исходят из площадок и возможных обменов выбранного сценария. Каждый открывает свой диалог Processing с уже подставленными слоями сценария; задайте там веса и расстояния, и результат будет записан в GeoPackage сценария и добавлен на карту.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="148"/>
        <source>What if: a new plant here…</source>
        <translation>А если здесь новый завод…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="152"/>
        <source>Click the map where a hypothetical plant would go, give its sector (and streams): the exchanges it would join among the Run tab&apos;s sites and what they are worth</source>
        <translation>Щёлкните на карте там, где мог бы стоять гипотетический завод, укажите его отрасль (и потоки): обмены с площадками вкладки «Запуск», в которые он вступит, и их ценность</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="210"/>
        <source>The Processing algorithm {} is not available</source>
        <translation>Алгоритм Processing {} недоступен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="223"/>
        <source>Click the map where the new plant would go</source>
        <translation>Щёлкните на карте там, где будет новый завод</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="269"/>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="300"/>
        <source>What if: {}</source>
        <translation>А если: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="272"/>
        <source>Working out what &apos;{}&apos; would join…</source>
        <translation>Расчёт обменов для «{}»…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="278"/>
        <source>The what-if run failed; details in the log panel</source>
        <translation>Расчёт «а если» не удался; подробности в панели журнала</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="279"/>
        <source>What if &apos;{}&apos;: the run failed</source>
        <translation>А если «{}»: расчёт не удался</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="302"/>
        <source>What if: {} (site)</source>
        <translation>А если: {} (площадка)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="308"/>
        <source>&apos;{}&apos; would join %n exchange(s): net benefit {} EUR/yr, CO2 avoided {} t/yr for the park</source>
        <translation>
            <numerusform>«{}» вошёл бы в %n обмен: чистая выгода {} евро/год, предотвращено CO2 {} т/год для парка</numerusform>
            <numerusform>«{}» вошёл бы в %n обмена: чистая выгода {} евро/год, предотвращено CO2 {} т/год для парка</numerusform>
            <numerusform>«{}» вошёл бы в %n обменов: чистая выгода {} евро/год, предотвращено CO2 {} т/год для парка</numerusform>
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
        <location filename="../../ecopark_plugin/processing/base.py" line="161"/>
        <source>Reading networks</source>
        <translation>Чтение сетей</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="162"/>
        <source>Reading housing</source>
        <translation>Чтение жилой застройки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="163"/>
        <source>Writing the GeoPackage</source>
        <translation>Запись GeoPackage</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="164"/>
        <source>Checking input</source>
        <translation>Проверка входных данных</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="165"/>
        <source>Inferring streams from sectors</source>
        <translation>Вывод потоков по отраслям</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="166"/>
        <source>Matching suppliers and receivers</source>
        <translation>Сопоставление поставщиков и получателей</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="167"/>
        <source>Snapping sites to the road network</source>
        <translation>Привязка площадок к дорожной сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="168"/>
        <source>Road distances</source>
        <translation>Расстояния по дорогам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="169"/>
        <source>Pipeline distances</source>
        <translation>Расстояния для трубопроводов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="170"/>
        <source>Rail distances</source>
        <translation>Расстояния по железной дороге</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="171"/>
        <source>Sea distances</source>
        <translation>Расстояния по морю</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="172"/>
        <source>Checking sites on the networks</source>
        <translation>Проверка площадок на сетях</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="173"/>
        <source>Pricing exchanges</source>
        <translation>Оценка стоимости обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="174"/>
        <source>Choosing the best set</source>
        <translation>Выбор наилучшего набора</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="175"/>
        <source>Drawing routes</source>
        <translation>Прорисовка маршрутов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="176"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="177"/>
        <source>Sanitary protection zones before and after the exchanges</source>
        <translation>Санитарно-защитные зоны до и после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="178"/>
        <source>Zones done</source>
        <translation>Зоны построены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="179"/>
        <source>Housing inside the zones</source>
        <translation>Жилая застройка внутри зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="180"/>
        <source>Population around each site</source>
        <translation>Население вокруг каждой площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="181"/>
        <source>Zones and housing done</source>
        <translation>Зоны и жилая застройка готовы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="182"/>
        <source>Building the grid</source>
        <translation>Построение сетки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="183"/>
        <source>Exchange potential</source>
        <translation>Потенциал обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="184"/>
        <source>Road access</source>
        <translation>Доступ к автодорогам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="185"/>
        <source>Rail access</source>
        <translation>Доступ к железной дороге</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="186"/>
        <source>Distance from housing</source>
        <translation>Удалённость от жилья</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="187"/>
        <source>Exclusion layers</source>
        <translation>Слои исключений</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="188"/>
        <source>Scoring</source>
        <translation>Подсчёт баллов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="189"/>
        <source>Suitability done</source>
        <translation>Пригодность рассчитана</translation>
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
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
    <name>ExchangeTable</name>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="67"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="68"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="69"/>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="70"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="71"/>
        <source>Family</source>
        <translation>Семейство</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="72"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="73"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="74"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="75"/>
        <source>Mode</source>
        <translation>Вид транспорта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="76"/>
        <source>Transport EUR/yr</source>
        <translation>Перевозка, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="77"/>
        <source>Net benefit EUR/yr</source>
        <translation>Чистая выгода, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="78"/>
        <source>CO2 avoided t/yr</source>
        <translation>Предотвращено CO2, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="79"/>
        <source>Rests on</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="80"/>
        <source>Why not chosen</source>
        <translation>Почему не выбран</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="155"/>
        <source>{} (exists already)</source>
        <translation>{} (уже существует)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="174"/>
        <source>Would fail if: {}</source>
        <translation>Не состоится, если: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="176"/>
        <source>Baseline: {}</source>
        <translation>Базовый уровень: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="190"/>
        <source>Total of {} chosen shown</source>
        <translation>Итого (показано выбранных: {})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="396"/>
        <source>Right-click to choose the columns</source>
        <translation>Щёлкните правой кнопкой, чтобы выбрать столбцы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/exchange_table.py" line="457"/>
        <source>Default columns</source>
        <translation>Столбцы по умолчанию</translation>
    </message>
</context>
<context>
    <name>FindExchanges</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="54"/>
        <source>Find symbiosis exchanges</source>
        <translation>Поиск обменов промышленного симбиоза</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="47"/>
        <source>Symbiosis</source>
        <translation>Промышленный симбиоз</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="55"/>
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
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="116"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="121"/>
        <source>Site id field</source>
        <translation>Поле идентификатора площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="122"/>
        <source>Site name field</source>
        <translation>Поле названия площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="123"/>
        <source>NACE code field</source>
        <translation>Поле кода NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="124"/>
        <source>Hazard class field</source>
        <translation>Поле класса опасности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="125"/>
        <source>Reporting year field (each site&apos;s latest year is kept)</source>
        <translation>Поле отчётного года (для каждой площадки берётся последний год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="133"/>
        <source>Activity codes are</source>
        <translation>Коды деятельности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="135"/>
        <source>Detected from the codes</source>
        <translation>Определить по кодам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="136"/>
        <source>NACE Rev.2</source>
        <translation>NACE Rev.2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="137"/>
        <source>E-PRTR Annex I (mapped to NACE)</source>
        <translation>E-PRTR, приложение I (переводятся в NACE)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="138"/>
        <source>OKVED2</source>
        <translation>ОКВЭД2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="146"/>
        <source>Streams table</source>
        <translation>Таблица потоков</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="150"/>
        <source>Stream: site id field</source>
        <translation>Поток: поле идентификатора площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="151"/>
        <source>Stream: direction field</source>
        <translation>Поток: поле направления</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="152"/>
        <source>Stream: name field</source>
        <translation>Поток: поле названия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="153"/>
        <source>Stream: quantity field</source>
        <translation>Поток: поле количества</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="154"/>
        <source>Stream: unit field</source>
        <translation>Поток: поле единицы измерения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="155"/>
        <source>Stream: EWC code field</source>
        <translation>Поток: поле кода EWC</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="162"/>
        <source>Exchanges that exist already (supplier, receiver, stream): the baseline</source>
        <translation>Уже существующие обмены (поставщик, получатель, поток): базовый уровень</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="170"/>
        <source>Choose only exchanges resting on reported or derived figures (no sector defaults)</source>
        <translation>Выбирать только обмены, опирающиеся на отчётные или расчётные данные (без отраслевых значений по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="178"/>
        <source>Objective</source>
        <translation>Целевая функция</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="180"/>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="317"/>
        <source>Net benefit (EUR/yr)</source>
        <translation>Чистая выгода (евро/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="181"/>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="318"/>
        <source>Net CO2 avoided (t/yr)</source>
        <translation>Чистые предотвращённые выбросы CO2 (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="182"/>
        <source>Benefit + CO2 x carbon price</source>
        <translation>Выгода + CO2 × цена углерода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="190"/>
        <source>Infer streams from the sector where none are given</source>
        <translation>Выводить потоки по отрасли, если они не заданы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="196"/>
        <source>Transport modes allowed (choose one to force it)</source>
        <translation>Допустимые виды транспорта (выберите один, чтобы задать его принудительно)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="197"/>
        <source>Truck</source>
        <translation>Автотранспорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="197"/>
        <source>Rail</source>
        <translation>Железная дорога</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="197"/>
        <source>Ship</source>
        <translation>Морской транспорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="197"/>
        <source>Pipeline</source>
        <translation>Трубопровод</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="207"/>
        <source>Scenario name (the layer group of the results)</source>
        <translation>Название сценария (группа слоёв с результатами)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="207"/>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="376"/>
        <source>EcoPark scenario</source>
        <translation>Сценарий EcoPark</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="213"/>
        <source>Detour factor (road / straight distance)</source>
        <translation>Коэффициент непрямолинейности (расстояние по дороге / по прямой)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="220"/>
        <source>Truck cost (EUR per t-km)</source>
        <translation>Стоимость автоперевозки (евро за т·км)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="227"/>
        <source>Handling (EUR per t and transfer)</source>
        <translation>Погрузка-разгрузка (евро за т и перевалку)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="234"/>
        <source>Parameters file (JSON, overrides the above)</source>
        <translation>Файл параметров (JSON, заменяет значения выше)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="239"/>
        <source>Extra catalogue rules (CSV)</source>
        <translation>Дополнительные правила каталога (CSV)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="243"/>
        <source>Import mapping file (JSON, as the runner&apos;s --save-mapping writes it)</source>
        <translation>Файл сопоставления полей (JSON, как его пишет --save-mapping командной строки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="251"/>
        <source>Go on without the sites and streams rows that cannot be used (to the rejected table)</source>
        <translation>Продолжить без строк площадок и потоков, которые нельзя использовать (в таблицу отклонённых)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="259"/>
        <source>PostgreSQL database (connection string or QGIS connection): to write the scenario into, or to route in with pgRouting</source>
        <translation>База данных PostgreSQL (строка подключения или подключение QGIS): для записи сценария или для маршрутизации в pgRouting</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="265"/>
        <source>Schema of the scenario in that database (must not exist)</source>
        <translation>Схема сценария в этой базе данных (не должна существовать)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="269"/>
        <source>Road router</source>
        <translation>Маршрутизатор по дорогам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="270"/>
        <source>In process</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="270"/>
        <source>pgRouting, in the PostgreSQL database</source>
        <translation>pgRouting, в базе данных PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="280"/>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="285"/>
        <source>Sites with results</source>
        <translation>Площадки с результатами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="291"/>
        <source>Rejected rows, each with its reason</source>
        <translation>Отклонённые строки с причиной каждой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="299"/>
        <source>Sanitary protection zones, before</source>
        <translation>Санитарно-защитные зоны, до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="300"/>
        <source>Zones after the exchanges</source>
        <translation>Зоны после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="301"/>
        <source>Zone land freed</source>
        <translation>Высвобожденная территория зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="302"/>
        <source>Homes inside zones (with a housing layer)</source>
        <translation>Жильё внутри зон (если задан слой жилой застройки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="303"/>
        <source>Sites by people inside their zone (with a housing layer)</source>
        <translation>Площадки по числу жителей в их зоне (если задан слой жилой застройки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="313"/>
        <source>Zone land freed (ha)</source>
        <translation>Высвобожденная территория зон (га)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="314"/>
        <source>People inside zones before</source>
        <translation>Жителей в зонах до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="315"/>
        <source>People inside zones after</source>
        <translation>Жителей в зонах после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="316"/>
        <source>Exchanges chosen</source>
        <translation>Выбрано обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="319"/>
        <source>Tonnes diverted (t/yr)</source>
        <translation>Направлено на использование (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="320"/>
        <source>Input rows rejected</source>
        <translation>Отклонено входных строк</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="342"/>
        <source>Parameters: {}</source>
        <translation>Параметры: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="399"/>
        <source>PostGIS output needs both a database and a schema</source>
        <translation>Для записи в PostGIS нужны и база данных, и схема</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="403"/>
        <source>schema {schema} exists in the database; choose another</source>
        <translation>схема {schema} уже есть в базе данных; выберите другую</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="416"/>
        <source>Road distances by pgRouting: {edges:,} edges loaded in {load:.1f} s; queries {query:.1f} s</source>
        <translation>Расстояния по дорогам рассчитаны pgRouting: {edges:,} рёбер загружено за {load:.1f} с; запросы {query:.1f} с</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="429"/>
        <source>Wrote schema {schema} of the database</source>
        <translation>Записана схема {schema} базы данных</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="448"/>
        <source>{count} input rows left out (first: layer {layer}, row {row}: {reason})</source>
        <translation>Пропущено входных строк: {count} (первая: слой {layer}, строка {row}: {reason})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="474"/>
        <source>Zones {a:,.0f} ha before, {b:,.0f} ha after; {n} sites in a lower class</source>
        <translation>Зоны: {a:,.0f} га до, {b:,.0f} га после; площадок с пониженным классом: {n}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="483"/>
        <source>{selected} of {candidates} candidate exchanges chosen; net benefit {net:,.0f} EUR/yr; net CO2 avoided {co2:,.0f} t/yr</source>
        <translation>Выбрано обменов: {selected} из {candidates} кандидатов; чистая выгода {net:,.0f} евро/год; чистые предотвращённые выбросы CO2 {co2:,.0f} т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="521"/>
        <source>ROUTER pgrouting needs POSTGIS_DATABASE: the PostgreSQL database with pgRouting to route in</source>
        <translation>ROUTER pgrouting требует POSTGIS_DATABASE: базу данных PostgreSQL с pgRouting, в которой строятся маршруты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/find_exchanges.py" line="525"/>
        <source>ROUTER pgrouting needs a road network (ROAD or ROAD_FILE): pgRouting routes on it</source>
        <translation>ROUTER pgrouting требует дорожную сеть (ROAD или ROAD_FILE): pgRouting строит маршруты по ней</translation>
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
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="75"/>
        <source>Site id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="76"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="77"/>
        <source>Activity code</source>
        <translation>Код деятельности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="78"/>
        <source>x or longitude</source>
        <translation>x или долгота</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="79"/>
        <source>y or latitude</source>
        <translation>y или широта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="80"/>
        <source>Reporting year</source>
        <translation>Отчётный год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="86"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="218"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="299"/>
        <source>detected</source>
        <translation>определено</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="87"/>
        <source>NACE Rev.2</source>
        <translation>NACE Rev.2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="88"/>
        <source>E-PRTR Annex I (mapped to NACE)</source>
        <translation>E-PRTR, прил. I (в NACE)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="89"/>
        <source>OKVED2</source>
        <translation>ОКВЭД2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="94"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="131"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="94"/>
        <source>space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="112"/>
        <source>Import a register&apos;s table as sites</source>
        <translation>Импорт таблицы реестра как площадок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="118"/>
        <source>Tables ({})</source>
        <translation>Таблицы ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="118"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="119"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="123"/>
        <source>Layer or sheet</source>
        <translation>Слой или лист</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="127"/>
        <source>How the file is written (CSV)</source>
        <translation>Формат файла (CSV)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="129"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="131"/>
        <source>Separator</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="131"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="133"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="296"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="426"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="131"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="133"/>
        <source>Decimal mark</source>
        <translation>Десятичный знак</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="133"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="296"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="426"/>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="134"/>
        <source>Header row</source>
        <translation>Строка заголовка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="134"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="297"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="427"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="134"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="297"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="427"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="137"/>
        <source>Columns and codes</source>
        <translation>Столбцы и коды</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="150"/>
        <source>Activity codes are</source>
        <translation>Коды деятельности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="155"/>
        <source>not set: longitude/latitude (EPSG:4326)</source>
        <translation>не задана: долгота/широта (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="157"/>
        <source>CRS of x/y</source>
        <translation>СК x/y</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="169"/>
        <source>First rows</source>
        <translation>Первые строки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="170"/>
        <source>Rows refused</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="177"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="178"/>
        <source>The sites and the rows refused are written to layers &apos;sites&apos; and &apos;rejected&apos; of it</source>
        <translation>Площадки и отклонённые строки записываются в его слои &apos;sites&apos; и &apos;rejected&apos;</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="179"/>
        <source>Write sites to</source>
        <translation>Записать площадки в</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="183"/>
        <source>Load mapping…</source>
        <translation>Загрузить сопоставление…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="185"/>
        <source>Save mapping…</source>
        <translation>Сохранить сопоставление…</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="187"/>
        <source>The same JSON as the command line&apos;s --save-mapping, for next year&apos;s file</source>
        <translation>Тот же JSON, что пишет --save-mapping командной строки, — для файла следующего года</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="192"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="193"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="459"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="471"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="299"/>
        <source>detected: {}</source>
        <translation>определено: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="313"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="377"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="385"/>
        <source>Load a mapping</source>
        <translation>Загрузить сопоставление</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="377"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="392"/>
        <source>Mapping (*.json)</source>
        <translation>Сопоставление (*.json)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="392"/>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="399"/>
        <source>Save the mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="399"/>
        <source>Choose a table first</source>
        <translation>Сначала выберите таблицу</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="402"/>
        <source>Mapping saved to {}</source>
        <translation>Сопоставление сохранено в {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="417"/>
        <source>Choose a table: CSV (any separator, decimal mark and encoding), XLSX or a layer.</source>
        <translation>Выберите таблицу: CSV (любой разделитель, десятичный знак и кодировка), XLSX или слой.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="423"/>
        <source>Encoding {encoding}, separator {separator}, decimal mark {decimal}, header row {header}.</source>
        <translation>Кодировка {encoding}, разделитель {separator}, десятичный знак {decimal}, строка заголовка: {header}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="431"/>
        <source>{rows} rows, {columns} columns.</source>
        <translation>Строк: {rows}, столбцов: {columns}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="435"/>
        <source>Activity codes: {} (detected).</source>
        <translation>Коды деятельности: {} (определено).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="439"/>
        <source>The layer has its own geometry; its CRS is used.</source>
        <translation>У слоя своя геометрия; используется его СК.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="459"/>
        <source>Choose the GeoPackage the sites are written to</source>
        <translation>Выберите GeoPackage, в который записать площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="463"/>
        <source>{} is the table being imported; choose another file for the sites</source>
        <translation>{} — импортируемая таблица; выберите для площадок другой файл</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="472"/>
        <source>{} exists. Replace its layers &apos;sites&apos; and &apos;rejected&apos; (its other layers are kept)?</source>
        <translation>{} существует. Заменить его слои &apos;sites&apos; и &apos;rejected&apos; (другие слои сохранятся)?</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="487"/>
        <source>{} sites</source>
        <translation>{}: площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="490"/>
        <source>{} rejected</source>
        <translation>{}: отклонённые</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="494"/>
        <source>Layer {} could not be added to the project</source>
        <translation>Не удалось добавить слой {} в проект</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="495"/>
        <source>{sites} sites imported from {file} into {out}</source>
        <translation>Импортировано площадок: {sites} из {file} в {out}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="499"/>
        <source>{} rows of earlier years left out (each site&apos;s latest year kept)</source>
        <translation>строк прежних лет пропущено: {} (у каждой площадки оставлен последний год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="504"/>
        <source>{n} rows refused (see the layer &apos;{layer}&apos;), e.g. row {row}: {reason}</source>
        <translation>отклонено строк: {n} (см. слой &apos;{layer}&apos;), например строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="520"/>
        <source>Rows refused ({})</source>
        <translation>Отклонённые строки ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="547"/>
        <source>Choose the x (or longitude) and y (or latitude) columns.</source>
        <translation>Выберите столбцы x (или долготы) и y (или широты).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="549"/>
        <source>No row holds two numbers in {x} and {y}: choose other columns.</source>
        <translation>Ни в одной строке нет двух чисел в {x} и {y}: выберите другие столбцы.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="552"/>
        <source>x {x0} to {x1}, y {y0} to {y1}</source>
        <translation>x от {x0} до {x1}, y от {y0} до {y1}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="556"/>
        <source>{ranges}: degrees (longitude/latitude).</source>
        <translation>{ranges}: градусы (долгота/широта).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="558"/>
        <source>{ranges}: metres of a projected CRS.</source>
        <translation>{ranges}: метры проекционной СК.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="561"/>
        <source>Choose the CRS they are in (e.g. EPSG:3006, EPSG:25832).</source>
        <translation>Выберите СК, в которой они заданы (например, EPSG:3006, EPSG:25832).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="564"/>
        <source>{n} of {usable} positions fall far from where {crs} is used: is it the CRS they are in?</source>
        <translation>{n} из {usable} точек лежат далеко от области применения {crs}: верна ли СК?</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="569"/>
        <source>They fit {crs}.</source>
        <translation>Они соответствуют {crs}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/import_dialog.py" line="572"/>
        <source>Rows with no usable coordinates, to be refused: {}.</source>
        <translation>Строк без пригодных координат (будут отклонены): {}.</translation>
    </message>
</context>
<context>
    <name>ImportEprtr</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="85"/>
        <source>{} facilities</source>
        <translation>Предприятий: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="88"/>
        <source>{count} facilities left out: Annex I activity &apos;{activity}&apos; has no NACE mapping</source>
        <translation>Не включено предприятий: {count}; вид деятельности по Приложению I «{activity}» не сопоставлен с кодом NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_eprtr.py" line="95"/>
        <source>{count} facilities left out: the register gives no longitude/latitude (e.g. {ids})</source>
        <translation>Пропущено объектов: {count}; в реестре нет долготы/широты (например, {ids})</translation>
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
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="43"/>
        <source>Import a register&apos;s table as sites</source>
        <translation>Импорт таблицы реестра как площадок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="44"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="46"/>
        <source>Reads a register&apos;s table as it is published (CSV with any common separator, decimal mark and encoding, XLSX, or any layer GDAL opens) into a sites layer, by the same steps as the runner&apos;s --mapping and --skip-bad-rows.

Name the columns that hold the site id, name, activity code, x (or longitude), y (or latitude) and reporting year; those left empty are guessed from the column names, or taken from a saved mapping file (the JSON the runner&apos;s --save-mapping and the panel write). Give the CRS of x/y when they are metres of a national grid; values that do not fit the CRS are refused with what was found. Activity codes may be NACE Rev.2, OKVED2 or E-PRTR Annex I (1(c) or 1.(c), mapped to NACE).

Separator, decimal mark, encoding and header row are detected; choose them where the detection is wrong. Choices take names too: SEPARATOR=semicolon, DECIMAL=comma, ENCODING=cp1251, HEADER=no, ACTIVITY_KIND=eprtr.

Each site&apos;s latest year is kept. Rows that cannot be used (no or bad coordinates, an unknown activity code, a duplicate id ...) are left out, counted in the log and written with their reasons to the rejected table.</source>
        <translation>Читает таблицу реестра в том виде, в каком она опубликована (CSV с любым распространённым разделителем, десятичным знаком и кодировкой, XLSX или любой слой, который открывает GDAL), в слой площадок — теми же шагами, что --mapping и --skip-bad-rows командной строки.

Укажите столбцы идентификатора площадки, названия, кода деятельности, x (или долготы), y (или широты) и отчётного года; пустые угадываются по именам столбцов или берутся из сохранённого файла сопоставления (JSON, который пишут --save-mapping командной строки и панель). Задайте СК x/y, если это метры национальной системы координат; значения, не подходящие к СК, отклоняются с указанием найденного. Коды деятельности могут быть NACE Rev.2, ОКВЭД2 или E-PRTR, приложение I (1(c) или 1.(c), переводятся в NACE).

Разделитель, десятичный знак, кодировка и строка заголовка определяются автоматически; выберите их, если определение ошиблось. Варианты можно задавать и именами: SEPARATOR=semicolon, DECIMAL=comma, ENCODING=cp1251, HEADER=no, ACTIVITY_KIND=eprtr.

У каждой площадки остаётся последний год. Строки, которые нельзя использовать (нет координат или они неверны, неизвестный код деятельности, повторный идентификатор ...), пропускаются, считаются в журнале и записываются с причинами в таблицу отклонённых строк.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="69"/>
        <source>Table (CSV, XLSX or any vector layer file)</source>
        <translation>Таблица (CSV, XLSX или любой файл векторного слоя)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="72"/>
        <source>Layer or sheet in the file</source>
        <translation>Слой или лист в файле</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="75"/>
        <source>Saved mapping (JSON)</source>
        <translation>Сохранённое сопоставление (JSON)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="78"/>
        <source>Column of the site id</source>
        <translation>Столбец идентификатора площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="79"/>
        <source>Column of the site name</source>
        <translation>Столбец названия площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="80"/>
        <source>Column of the activity code</source>
        <translation>Столбец кода деятельности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="81"/>
        <source>Column of x (easting or longitude)</source>
        <translation>Столбец x (восточная координата или долгота)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="82"/>
        <source>Column of y (northing or latitude)</source>
        <translation>Столбец y (северная координата или широта)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="83"/>
        <source>Column of the reporting year (each site&apos;s latest is kept)</source>
        <translation>Столбец отчётного года (у каждой площадки остаётся последний)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="90"/>
        <source>Activity codes</source>
        <translation>Коды деятельности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="92"/>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="111"/>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="119"/>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="127"/>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="135"/>
        <source>Detected</source>
        <translation>Определить</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="93"/>
        <source>NACE Rev.2</source>
        <translation>NACE Rev.2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="94"/>
        <source>E-PRTR Annex I (mapped to NACE)</source>
        <translation>E-PRTR, приложение I (переводятся в NACE)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="95"/>
        <source>OKVED2</source>
        <translation>ОКВЭД2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="104"/>
        <source>CRS of x/y (empty: the saved mapping&apos;s, else EPSG:4326)</source>
        <translation>СК x/y (пусто: из сохранённого сопоставления, иначе EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="110"/>
        <source>Encoding of a CSV</source>
        <translation>Кодировка CSV</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="118"/>
        <source>Separator of a CSV</source>
        <translation>Разделитель CSV</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="119"/>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="127"/>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="119"/>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="119"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="119"/>
        <source>Pipe</source>
        <translation>Вертикальная черта</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="126"/>
        <source>Decimal mark of a CSV</source>
        <translation>Десятичный знак CSV</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="127"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="134"/>
        <source>First row of a CSV names the columns</source>
        <translation>Первая строка CSV содержит имена столбцов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="135"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="135"/>
        <source>No (columns field_1, field_2 ...)</source>
        <translation>Нет (столбцы field_1, field_2 ...)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="142"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="147"/>
        <source>Rows left out, each with its reason</source>
        <translation>Пропущенные строки с причинами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="155"/>
        <source>Save the mapping used (JSON, for next year&apos;s file)</source>
        <translation>Сохранить сопоставление (JSON, для файла следующего года)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="156"/>
        <source>Mapping (*.json)</source>
        <translation>Сопоставление (*.json)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="195"/>
        <source>{file}: encoding {encoding}, separator {separator}, decimal mark {decimal}</source>
        <translation>{file}: кодировка {encoding}, разделитель {separator}, десятичный знак {decimal}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="204"/>
        <source>{n} sites from {rows} rows</source>
        <translation>Площадок: {n} из строк: {rows}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="207"/>
        <source>{n} rows of earlier years left out (each site&apos;s latest year kept)</source>
        <translation>Строк прежних лет пропущено: {n} (у каждой площадки оставлен последний год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/import_table.py" line="214"/>
        <source>  row {row}: {reason}</source>
        <translation>  строка {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>LayerStyles</name>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="49"/>
        <source>Homes still inside a zone</source>
        <translation>Жильё, оставшееся в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="50"/>
        <source>Homes freed by the exchanges</source>
        <translation>Жильё, высвобожденное обменами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="51"/>
        <source>Homes inside a zone only after</source>
        <translation>Жильё, попадающее в зону только после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="56"/>
        <source>Candidate, not chosen</source>
        <translation>Кандидат, не выбран</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="57"/>
        <source>Class I</source>
        <translation>Класс I</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="58"/>
        <source>Class II</source>
        <translation>Класс II</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="59"/>
        <source>Class III</source>
        <translation>Класс III</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="60"/>
        <source>Class IV</source>
        <translation>Класс IV</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="61"/>
        <source>Class V</source>
        <translation>Класс V</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="62"/>
        <source>Zone land freed by the exchanges</source>
        <translation>Территория зон, высвобожденная обменами</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="63"/>
        <source>nobody in the zone</source>
        <translation>нет жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="64"/>
        <source>1-100 people in the zone</source>
        <translation>1–100 жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="65"/>
        <source>100-1,000 people in the zone</source>
        <translation>100–1 000 жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="66"/>
        <source>1,000-10,000 people in the zone</source>
        <translation>1 000–10 000 жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="67"/>
        <source>over 10,000 people in the zone</source>
        <translation>более 10 000 жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="68"/>
        <source>Road network</source>
        <translation>Дорожная сеть</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="69"/>
        <source>Road pieces cut off</source>
        <translation>Отрезанные фрагменты дорог</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="70"/>
        <source>Suitability 0-0.2</source>
        <translation>Пригодность 0–0,2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="71"/>
        <source>Suitability 0.2-0.4</source>
        <translation>Пригодность 0,2–0,4</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="72"/>
        <source>Suitability 0.4-0.6</source>
        <translation>Пригодность 0,4–0,6</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="73"/>
        <source>Suitability 0.6-0.8</source>
        <translation>Пригодность 0,6–0,8</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="74"/>
        <source>Suitability 0.8-1 (best)</source>
        <translation>Пригодность 0,8–1 (лучшие)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="84"/>
        <source>Energy (steam, heat, gases)</source>
        <translation>Энергия (пар, тепло, газы)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="85"/>
        <source>Minerals (ash, gypsum, slag)</source>
        <translation>Минеральные (зола, гипс, шлак)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="86"/>
        <source>Metals</source>
        <translation>Металлы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="87"/>
        <source>Chemicals (sulphur, acids)</source>
        <translation>Химические (сера, кислоты)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="88"/>
        <source>Organics (sludge, biomass, feed)</source>
        <translation>Органические (осадки, биомасса, корма)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="89"/>
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="95"/>
        <source>Energy, heat (NACE 35)</source>
        <translation>Энергетика, теплоснабжение (NACE 35)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="96"/>
        <source>Oil, chemicals, pharma</source>
        <translation>Нефть, химия, фармацевтика</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="97"/>
        <source>Minerals, cement (23)</source>
        <translation>Минеральные материалы, цемент (23)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="98"/>
        <source>Metals (24-25)</source>
        <translation>Металлы (24-25)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="99"/>
        <source>Farming, food, drink</source>
        <translation>Сельское хозяйство, пищевые продукты, напитки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="100"/>
        <source>Wood, paper (16-17)</source>
        <translation>Древесина, бумага (16-17)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="101"/>
        <source>Water, waste (36-39)</source>
        <translation>Водоснабжение, отходы (36-39)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="102"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="109"/>
        <source>Exchanges (width: quantity)</source>
        <translation>Обмены (толщина: количество)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="110"/>
        <source>Sites (size: by-product output)</source>
        <translation>Площадки (размер: выход побочных продуктов)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="111"/>
        <source>Roads</source>
        <translation>Дороги</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="112"/>
        <source>Sanitary protection zones, before</source>
        <translation>Санитарно-защитные зоны, до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="113"/>
        <source>Zones after the exchanges</source>
        <translation>Зоны после обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="114"/>
        <source>Zone land freed</source>
        <translation>Высвобожденная территория зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="115"/>
        <source>Homes inside zones</source>
        <translation>Жильё в зонах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/styles.py" line="116"/>
        <source>Sites by people inside their zone</source>
        <translation>Площадки по числу жителей в их зоне</translation>
    </message>
</context>
<context>
    <name>MapRender</name>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="75"/>
        <source>nothing to draw: the layers are empty</source>
        <translation>нечего рисовать: слои пусты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="179"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="207"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="246"/>
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="272"/>
        <source>QGIS could not keep the print layout &apos;{name}&apos; in the project</source>
        <translation>QGIS не удалось сохранить макет печати «{name}» в проекте</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="290"/>
        <source>QGIS could not render the map image</source>
        <translation>QGIS не удалось отрисовать изображение карты</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="312"/>
        <source>{path} exists; choose another name or allow overwriting</source>
        <translation>{path} уже существует; выберите другое имя или разрешите перезапись</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/qgis_io/render.py" line="318"/>
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
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/network_analysis.py" line="37"/>
        <source>Analyse the symbiosis network</source>
        <translation>Анализ сети симбиоза</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="47"/>
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
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
    <message>
        <location filename="../../ecopark_plugin/processing/reduction_zones.py" line="121"/>
        <source>{n} sites in a lower class; zones {a:,.0f} ha before, {b:,.0f} ha after</source>
        <translation>Площадок с пониженным классом: {n}; зоны: {a:,.0f} га до, {b:,.0f} га после</translation>
    </message>
    <message>
        <source>Exchanges (from Find symbiosis exchanges)</source>
        <translation type="vanished">Обмены (из «Поиска обменов промышленного симбиоза»)</translation>
    </message>
</context>
<context>
    <name>RenderMap</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
        <location filename="../../ecopark_plugin/core/report/content.py" line="28"/>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="28"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="563"/>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="28"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="568"/>
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="33"/>
        <source>EUR/yr</source>
        <translation>евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="33"/>
        <source>t/yr</source>
        <translation>т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="33"/>
        <source>MWh/yr</source>
        <translation>МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="33"/>
        <source>m3/yr</source>
        <translation>м3/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="102"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="122"/>
        <source>Net benefit</source>
        <translation>Чистая выгода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="103"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="123"/>
        <source>Net CO2 avoided</source>
        <translation>Предотвращённый CO2 (нетто)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="104"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="117"/>
        <source>Exchanges chosen</source>
        <translation>Выбрано обменов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="104"/>
        <source>{} of {} candidates</source>
        <translation>{} из {} кандидатов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="105"/>
        <location filename="../../ecopark_plugin/core/report/html.py" line="82"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="105"/>
        <source>{} of {} sites</source>
        <translation>{} из {} площадок</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="115"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="116"/>
        <source>Candidate exchanges (feasible)</source>
        <translation>Обмены-кандидаты (осуществимые)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="118"/>
        <source>Partners in chosen exchanges</source>
        <translation>Партнёров в выбранных обменах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="119"/>
        <source>Materials diverted</source>
        <translation>Перенаправлено материалов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="120"/>
        <source>Energy exchanged</source>
        <translation>Передано энергии</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="121"/>
        <source>Water exchanged</source>
        <translation>Передано воды</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="124"/>
        <source>Transport cost (counted in the net benefit)</source>
        <translation>Затраты на транспорт (учтены в чистой выгоде)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="125"/>
        <source>Transport CO2 (counted in the net CO2)</source>
        <translation>CO2 транспорта (учтён в нетто-CO2)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="128"/>
        <source>Objective of the optimisation</source>
        <translation>Цель оптимизации</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="129"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="480"/>
        <source>parameters not recorded</source>
        <translation>параметры не записаны</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="131"/>
        <source>Network links</source>
        <translation>Связей в сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="132"/>
        <source>Clusters</source>
        <translation>Кластеров</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="133"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="173"/>
        <source>Closed loops</source>
        <translation>Замкнутые циклы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="134"/>
        <source>Network density</source>
        <translation>Плотность сети</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="135"/>
        <source>Anchor tenants</source>
        <translation>Якорные участники</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="135"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="157"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="140"/>
        <source>Zone regime</source>
        <translation>Нормы санитарных зон</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="141"/>
        <source>Sanitary zones before</source>
        <translation>Санитарные зоны до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="141"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="142"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="143"/>
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="142"/>
        <source>Sanitary zones after</source>
        <translation>Санитарные зоны после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="143"/>
        <source>Zone land freed</source>
        <translation>Освобождено земли в зонах</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="144"/>
        <source>Sites in a lower hazard class</source>
        <translation>Площадок в более низком классе опасности</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="150"/>
        <source>Housing inside zones ({}), before -&gt; after</source>
        <translation>Жильё в зонах ({}), до -&gt; после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="154"/>
        <source>People inside zones, before -&gt; after</source>
        <translation>Жителей в зонах, до -&gt; после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="157"/>
        <source>Most exposed sites</source>
        <translation>Площадки с наибольшим числом жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="159"/>
        <source>Summary figures</source>
        <translation>Сводные показатели</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="159"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="159"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="479"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="492"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="174"/>
        <source>Loop</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="174"/>
        <source>Partners, each giving to the next and the last back to the first</source>
        <translation>Партнёры: каждый передаёт следующему, последний — первому</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="197"/>
        <source>Net benefit and CO2 avoided by stream family</source>
        <translation>Чистая выгода и предотвращённый CO2 по группам потоков</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="201"/>
        <source>Net benefit (EUR/yr)</source>
        <translation>Чистая выгода (евро/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="208"/>
        <source>Net CO2 avoided (t/yr)</source>
        <translation>Предотвращённый CO2 (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="218"/>
        <source>Chosen exchanges at their chosen quantity, summed by the family of the stream exchanged.</source>
        <translation>Выбранные обмены в выбранном объёме, суммированные по группе передаваемого потока.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="227"/>
        <source>Each bar is a chosen exchange (numbered as in the table of chosen exchanges): its width is the net CO2 it avoids, its height the cost of avoiding a tonne (minus the net benefit over the CO2 avoided; below zero the exchange saves money). Sorted from the cheapest tonne.</source>
        <translation>Каждый столбец — выбранный обмен (номера как в таблице выбранных обменов): его ширина — предотвращённый им CO2 (нетто), высота — стоимость предотвращения тонны (чистая выгода со знаком минус, делённая на предотвращённый CO2; ниже нуля обмен экономит деньги). По возрастанию стоимости тонны.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="232"/>
        <source>{} chosen exchange(s) avoid no net CO2 and are listed beside it.</source>
        <translation>Выбранных обменов, не предотвращающих CO2 (нетто): {}; они перечислены рядом.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="235"/>
        <source>Abatement-cost curve</source>
        <translation>Кривая затрат на сокращение выбросов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="251"/>
        <source>{} flows between partners ({})</source>
        <translation>{}: потоки между партнёрами ({})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="258"/>
        <source>Who gives (left) to whom (right), in {}, coloured by stream family. Quantities in tonnes, MWh and m3 cannot be added up, so each unit has its own diagram.</source>
        <translation>Кто (слева) передаёт кому (справа), {}, цвет — группа потока. Тонны, МВт·ч и м3 не складываются, поэтому у каждой единицы своя диаграмма.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="272"/>
        <source>transport emits more than the exchange saves</source>
        <translation>транспорт выбрасывает больше, чем экономит обмен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="272"/>
        <source>no CO2 avoided</source>
        <translation>CO2 не предотвращается</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="278"/>
        <source>Chosen exchanges not on the abatement-cost curve</source>
        <translation>Выбранные обмены вне кривой затрат на сокращение выбросов</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="281"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="334"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="282"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="335"/>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="283"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="336"/>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="75"/>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="108"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="284"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="343"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="363"/>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="108"/>
        <source>Net benefit EUR/yr</source>
        <translation>Чистая выгода, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="285"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="364"/>
        <source>Net CO2 t/yr</source>
        <translation>CO2 нетто, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="286"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="315"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="331"/>
        <source>Chosen exchanges</source>
        <translation>Выбранные обмены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="337"/>
        <source>Family</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="338"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="339"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="340"/>
        <source>Mode</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="342"/>
        <source>Transport EUR/yr</source>
        <translation>Транспорт, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="344"/>
        <source>Net CO2 avoided t/yr</source>
        <translation>Предотвращённый CO2, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="345"/>
        <source>EUR per t CO2</source>
        <translation>Евро за т CO2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="350"/>
        <source>Quantities per year. Net benefit: avoided disposal + avoided purchase - transport. Net CO2: virgin production avoided - transport. EUR per t CO2: minus the net benefit over the net CO2 avoided (below zero the exchange saves money).</source>
        <translation>Количества за год. Чистая выгода: предотвращённые затраты на размещение отходов + предотвращённые закупки − транспорт. CO2 нетто: предотвращённое производство первичного сырья − транспорт. Евро за т CO2: чистая выгода со знаком минус, делённая на предотвращённый CO2 (ниже нуля обмен экономит деньги).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="359"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="384"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="359"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="361"/>
        <source>Gives {}</source>
        <translation>Передаёт, {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="361"/>
        <source>Receives {}</source>
        <translation>Получает, {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="365"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="384"/>
        <source>Anchor</source>
        <translation>Якорный</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="366"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="384"/>
        <source>In a loop</source>
        <translation>В цикле</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="367"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="368"/>
        <source>Benefit lost if it closes</source>
        <translation>Выгода, теряемая при закрытии</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="378"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="379"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="585"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="387"/>
        <source>Balance per partner</source>
        <translation>Баланс по партнёрам</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="392"/>
        <source>A link&apos;s benefit and CO2 are split evenly between its two partners. Anchor tenants: the partners with the most links. &apos;Benefit lost if it closes&apos;: the net benefit of every link the partner takes part in.</source>
        <translation>Выгода и CO2 связи делятся поровну между двумя её партнёрами. Якорные участники — партнёры с наибольшим числом связей. «Выгода, теряемая при закрытии» — чистая выгода всех связей, в которых участвует партнёр.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="403"/>
        <source>Status: {}</source>
        <translation>Статус: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="410"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="450"/>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="411"/>
        <source>Class before</source>
        <translation>Класс до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="412"/>
        <source>Class after</source>
        <translation>Класс после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="413"/>
        <source>Width before m</source>
        <translation>Ширина до, м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="414"/>
        <source>Width after m</source>
        <translation>Ширина после, м</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="415"/>
        <source>Freed ha</source>
        <translation>Освобождено, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="416"/>
        <source>Freed net ha</source>
        <translation>Освобождено нетто, га</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="419"/>
        <source>Homes before</source>
        <translation>Жильё до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="419"/>
        <source>Homes after</source>
        <translation>Жильё после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="419"/>
        <source>People before</source>
        <translation>Жителей до</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="419"/>
        <source>People after</source>
        <translation>Жителей после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="436"/>
        <source>Sanitary protection zones and housing, before and after</source>
        <translation>Санитарно-защитные зоны и жильё, до и после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="441"/>
        <source>Classes and zone widths: {}. &apos;Freed net&apos;: the land freed that no other site&apos;s zone still covers. Homes and people per zone; the summary counts each home once.</source>
        <translation>Классы и ширина зон: {}. «Освобождено нетто» — освобождённая земля, не покрытая зоной другой площадки. Жильё и жители — по каждой зоне; в сводке каждое жилище учтено один раз.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="450"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="450"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="450"/>
        <source>Homes in zone</source>
        <translation>Жильё в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="450"/>
        <source>People in zone</source>
        <translation>Жителей в зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="466"/>
        <source>Sites by people inside their zone</source>
        <translation>Площадки по числу жителей в их зоне</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="470"/>
        <source>People in distance bands from each site&apos;s outline; the most exposed sites first (ten at most).</source>
        <translation>Жители в поясах расстояний от границы каждой площадки; сначала площадки с наибольшим числом жителей (не более десяти).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="478"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="491"/>
        <source>Assumptions: parameters and their sources</source>
        <translation>Допущения: параметры и их источники</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="479"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="492"/>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="479"/>
        <location filename="../../ecopark_plugin/core/report/content.py" line="492"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="482"/>
        <source>The result&apos;s GeoPackage has no table &apos;parameters&apos; (written before EcoPark recorded the parameters of a run): its figures come from its layers; run the scenario again to record them.</source>
        <translation>В GeoPackage результата нет таблицы &apos;parameters&apos; (он записан до того, как EcoPark стал сохранять параметры расчёта): показатели взяты из его слоёв; выполните сценарий заново, чтобы записать параметры.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="488"/>
        <source>no source recorded</source>
        <translation>источник не указан</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="495"/>
        <source>Currency EUR, distances km, quantities per year. Figures marked &apos;assumption&apos; have no published source at hand; set your own in a parameters file.</source>
        <translation>Валюта — евро, расстояния — км, количества — за год. У значений с пометкой «assumption» (допущение) нет опубликованного источника; задайте свои в файле параметров.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="507"/>
        <source>ratio {}</source>
        <translation>коэффициент замещения {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="508"/>
        <source>virgin price {} EUR/{}</source>
        <translation>цена первичного сырья {} евро/{}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="509"/>
        <source>virgin CO2 {} t/{}</source>
        <translation>CO2 первичного сырья {} т/{}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="510"/>
        <source>disposal {} EUR/{}</source>
        <translation>размещение отходов {} евро/{}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="514"/>
        <source>pipe loss {}</source>
        <translation>потери в трубопроводе {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="517"/>
        <source>ratio: {}</source>
        <translation>коэффициент: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="518"/>
        <source>price: {}</source>
        <translation>цена: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="519"/>
        <source>CO2: {}</source>
        <translation>CO2: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="520"/>
        <source>disposal: {}</source>
        <translation>размещение: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="530"/>
        <source>The catalogue&apos;s figures behind the chosen exchanges (resources/catalogue/exchange_rules.csv).</source>
        <translation>Значения каталога, на которых основаны выбранные обмены (resources/catalogue/exchange_rules.csv).</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="532"/>
        <source>Not in the catalogue given to the report: {}.</source>
        <translation>Нет в каталоге, переданном отчёту: {}.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="535"/>
        <source>Assumptions: catalogue figures of the chosen exchanges and their sources</source>
        <translation>Допущения: значения каталога для выбранных обменов и их источники</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="536"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="536"/>
        <source>Stream -&gt; use</source>
        <translation>Поток -&gt; использование</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="536"/>
        <source>Figures per unit</source>
        <translation>Значения на единицу</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="536"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="551"/>
        <source>truck</source>
        <translation>автомобиль</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="551"/>
        <source>rail</source>
        <translation>железная дорога</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="551"/>
        <source>ship</source>
        <translation>судно</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="551"/>
        <source>pipeline</source>
        <translation>трубопровод</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="556"/>
        <source>net benefit</source>
        <translation>чистая выгода</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="556"/>
        <source>CO2 avoided</source>
        <translation>предотвращённый CO2</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="556"/>
        <source>benefit plus CO2 at a price</source>
        <translation>выгода плюс CO2 по цене</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="564"/>
        <source>Minerals</source>
        <translation>Минеральные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="565"/>
        <source>Metals</source>
        <translation>Металлы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="566"/>
        <source>Chemicals</source>
        <translation>Химические</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="567"/>
        <source>Organics</source>
        <translation>Органические</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/content.py" line="585"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="19"/>
        <source>reported</source>
        <translation>отчётные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="19"/>
        <source>derived</source>
        <translation>расчётные</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="19"/>
        <source>default</source>
        <translation>типовые</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="32"/>
        <source>Net benefit resting on {} figures</source>
        <translation>Чистая выгода, основание «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="33"/>
        <source>{}%</source>
        <translation>{} %</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="39"/>
        <source>Baseline: exchanges that exist already (not in the net benefit)</source>
        <translation>Базовая линия: уже существующие обмены (не входят в чистую выгоду)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="65"/>
        <source>{} to {}</source>
        <translation>от {} до {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="71"/>
        <source>Why each exchange is proposed</source>
        <translation>Почему предложен каждый обмен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="74"/>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="108"/>
        <source>Supplier -&gt; receiver</source>
        <translation>Поставщик -&gt; получатель</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="76"/>
        <source>Rests on</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="77"/>
        <source>Net benefit range EUR/yr</source>
        <translation>Диапазон чистой выгоды, евро/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="78"/>
        <source>What would make it fail</source>
        <translation>Что может помешать</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="83"/>
        <source>Rests on: the basis of the figure that limits the quantity, the supplier&apos;s output or the receiver&apos;s need: reported (a register&apos;s or the user&apos;s figure), derived (worked out from reported releases with a stated factor) or default (a sector&apos;s typical figure). The range follows from the range of that figure.</source>
        <translation>Основание — на чём держится значение, ограничивающее количество (выход поставщика или потребность получателя): отчётные (значение регистра или пользователя), расчётные (получены из отчётных выбросов с указанным коэффициентом) или типовые (типичное значение для отрасли). Диапазон следует из диапазона этого значения.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="107"/>
        <source>Baseline: exchanges that exist already</source>
        <translation>Базовая линия: уже существующие обмены</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="108"/>
        <source>Why it is taken to exist</source>
        <translation>Почему считается существующим</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/core/report/evidence.py" line="111"/>
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
        <source>not result layers: {unknown}; known: {known}</source>
        <translation type="vanished">не слои результатов: {unknown}; известные: {known}</translation>
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
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="80"/>
        <source>Site: {}</source>
        <translation>Площадка: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="85"/>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="342"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="86"/>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="342"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="87"/>
        <source>NACE code</source>
        <translation>Код NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="88"/>
        <source>Hazard class (1-5)</source>
        <translation>Класс опасности (1–5)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="89"/>
        <source>Non-hazardous waste, t/yr</source>
        <translation>Неопасные отходы, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="90"/>
        <source>Hazardous waste, t/yr</source>
        <translation>Опасные отходы, т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="98"/>
        <source>Field &apos;{}&apos; of layer &apos;{}&apos;</source>
        <translation>Поле «{}» слоя «{}»</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="102"/>
        <source>Outputs and inputs (streams table)</source>
        <translation>Выходы и входы (таблица потоков)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="106"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="106"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="106"/>
        <source>Quantity a year</source>
        <translation>Количество в год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="106"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="106"/>
        <source>EWC code</source>
        <translation>Код EWC</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="111"/>
        <source>Add stream</source>
        <translation>Добавить поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="112"/>
        <source>Remove stream</source>
        <translation>Удалить поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="125"/>
        <source>Choose a streams table in the panel to edit this site&apos;s outputs and inputs.</source>
        <translation>Выберите таблицу потоков на панели EcoPark, чтобы изменять выходы и входы этой площадки.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="172"/>
        <source>{}: row {} of site {}</source>
        <translation>{}: строка {} площадки {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="174"/>
        <source>{}, field &apos;stream&apos;: give the stream&apos;s name</source>
        <translation>{}, поле «stream»: укажите название потока</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="179"/>
        <source>{}, field &apos;quantity&apos;: &apos;{}&apos; is not a number</source>
        <translation>{}, поле «quantity»: «{}» — не число</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="182"/>
        <source>{}, field &apos;quantity&apos;: must not be negative</source>
        <translation>{}, поле «quantity»: значение не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="186"/>
        <source>{}, field &apos;unit&apos;: {}</source>
        <translation>{}, поле «unit»: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="192"/>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="277"/>
        <source>{}: feature {}</source>
        <translation>{}: объект {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="195"/>
        <source>{}, field &apos;{}&apos;: must not be empty</source>
        <translation>{}, поле «{}»: значение не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/site_editor.py" line="198"/>
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
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
    <name>Suitability</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="241"/>
        <source>{n} candidate sites at least {m:,.0f} m apart</source>
        <translation>{n} мест для парка не ближе {m:,.0f} м друг к другу</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/suitability_algorithm.py" line="248"/>
        <source>{n:,} cells, {x:,} excluded; best score {best:.2f}</source>
        <translation>{n:,} ячеек, исключено {x:,}; лучший балл {best:.2f}</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="49"/>
        <source>What if: a new plant</source>
        <translation>Что если: новое предприятие</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="58"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="59"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="60"/>
        <source>NACE code</source>
        <translation>Код NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="63"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="63"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="63"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="63"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="65"/>
        <source>Add a stream</source>
        <translation>Добавить поток</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="74"/>
        <source>Streams (leave empty: those typical of the sector)</source>
        <translation>Потоки (пусто: типичные для отрасли)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="107"/>
        <source>Id: required</source>
        <translation>Код: обязателен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="112"/>
        <source>NACE code: &apos;{}&apos; is not a code such as 23.51</source>
        <translation>Код NACE: «{}» не является кодом вида 23.51</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="118"/>
        <source>Stream row {}</source>
        <translation>Поток, строка {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="120"/>
        <source>{}, direction: &apos;{}&apos; is not input or output</source>
        <translation>{}, направление: «{}» не input и не output</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="122"/>
        <source>{}, stream: required</source>
        <translation>{}, поток: обязателен</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="128"/>
        <source>{}, quantity: &apos;{}&apos; is not a number &gt;= 0</source>
        <translation>{}, количество: «{}» не число &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/gui/whatif_dialog.py" line="133"/>
        <source>{}, unit: &apos;{}&apos; is not a unit such as t/yr or MWh/yr</source>
        <translation>{}, единица: «{}» не единица вида t/yr или MWh/yr</translation>
    </message>
</context>
<context>
    <name>WhatIfPlant</name>
    <message>
        <location filename="../../ecopark_plugin/gui/siting_tab.py" line="253"/>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="112"/>
        <source>The point cannot be placed in the sites&apos; CRS {}: {}</source>
        <translation>Точку нельзя перевести в СК площадок {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
        <source>Output {}: {}</source>
        <translation>Результат {}: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="32"/>
        <source>What if: a new plant at a point</source>
        <translation>Что если: новое предприятие в точке</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="33"/>
        <source>Siting</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="35"/>
        <source>Places a hypothetical new plant (id, name, NACE code and optionally its streams) at a point and runs the exchange search twice, without and with it, with the same catalogue and parameters as Find symbiosis exchanges (transport priced on straight lines x detour factor).

Outputs. The exchanges the new plant would join in the best set (lines, with their figures); a table of the park&apos;s figures before and after and their difference; the gain in net benefit and in net CO2 avoided. The log also lists the exchanges it could join that were not chosen, with the reason, and the exchanges of today&apos;s park it would displace.

New plant&apos;s streams (optional): a table of direction, stream, quantity and unit (as the streams table; the site id may be left out). Without it the plant gets the typical streams of its sector. The streams tables&apos; fields are found by their names.</source>
        <translation>Помещает в точку гипотетическое новое предприятие (код, название, код NACE и, по желанию, его потоки) и дважды выполняет поиск обменов, без него и с ним, с тем же каталогом и параметрами, что и «Поиск обменов симбиоза» (транспорт оценивается по прямой x коэффициент извилистости).

Результаты. Обмены, в которые новое предприятие вошло бы в лучшем наборе (линии с показателями); таблица показателей парка до и после и их разность; прирост чистой выгоды и предотвращённых выбросов CO2. В журнале также перечислены обмены, в которые оно могло бы войти, но которые не выбраны, с причиной, и обмены нынешнего парка, которые оно вытеснило бы.

Потоки нового предприятия (необязательно): таблица с направлением, потоком, количеством и единицей (как таблица потоков; код площадки можно не указывать). Без неё предприятию назначаются типичные потоки его отрасли. Поля таблиц потоков определяются по их именам.</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="52"/>
        <source>Streams table</source>
        <translation>Таблица потоков</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="55"/>
        <source>Location of the new plant</source>
        <translation>Местоположение нового предприятия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="56"/>
        <source>New plant: id</source>
        <translation>Новое предприятие: код</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="57"/>
        <source>New plant: name</source>
        <translation>Новое предприятие: название</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="58"/>
        <source>New plant: NACE Rev.2 code (e.g. 23.51)</source>
        <translation>Новое предприятие: код NACE Rev.2 (например, 23.51)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="62"/>
        <source>New plant&apos;s streams (default: from its sector)</source>
        <translation>Потоки нового предприятия (по умолчанию: по его отрасли)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="70"/>
        <source>Parameters file (JSON: prices, transport, objective)</source>
        <translation>Файл параметров (JSON: цены, транспорт, цель)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="77"/>
        <source>Extra catalogue rules of the run (CSV)</source>
        <translation>Дополнительные правила каталога расчёта (CSV)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="82"/>
        <source>Exchanges the new plant joins</source>
        <translation>Обмены с участием нового предприятия</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="87"/>
        <source>Park figures before and after</source>
        <translation>Показатели парка до и после</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="90"/>
        <source>Gain in net benefit (EUR/yr)</source>
        <translation>Прирост чистой выгоды (EUR/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="91"/>
        <source>Gain in net CO2 avoided (t/yr)</source>
        <translation>Прирост предотвращённых выбросов CO2 (т/год)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="160"/>
        <source>{name}: the streams given ({n})</source>
        <translation>{name}: заданные потоки ({n})</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="161"/>
        <source>{name}: {n} streams typical of sector {nace}</source>
        <translation>{name}: {n} потоков, типичных для отрасли {nace}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="162"/>
        <source>{name}: no streams given and no profile for sector {nace}; it can still receive what its sector uses</source>
        <translation>{name}: потоки не заданы и профиля отрасли {nace} нет; оно всё же может получать то, что использует его отрасль</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="166"/>
        <source>{role} {stream}: {partner}, {q:,.0f} {unit}/yr, net {net:,.0f} EUR/yr, CO2 {co2:,.0f} t/yr</source>
        <translation>{role} {stream}: {partner}, {q:,.0f} {unit}/год, чистая выгода {net:,.0f} EUR/год, CO2 {co2:,.0f} т/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="171"/>
        <source>Would send</source>
        <translation>Отправляло бы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="171"/>
        <source>Would receive</source>
        <translation>Получало бы</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="182"/>
        <source>Not chosen: {s} -&gt; {r} ({stream}): {reason}</source>
        <translation>Не выбран: {s} -&gt; {r} ({stream}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="188"/>
        <source>Displaced: {s} -&gt; {r} ({stream}), net {net:,.0f} EUR/yr</source>
        <translation>Вытеснен: {s} -&gt; {r} ({stream}), чистая выгода {net:,.0f} EUR/год</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/whatif_algorithm.py" line="194"/>
        <source>{n} exchanges joined; the park&apos;s net benefit changes by {net:+,.0f} EUR/yr and its net CO2 avoided by {co2:+,.0f} t/yr</source>
        <translation>Обменов с его участием: {n}; чистая выгода парка меняется на {net:+,.0f} EUR/год, предотвращённые выбросы CO2 на {co2:+,.0f} т/год</translation>
    </message>
</context>
<context>
    <name>WriteReport</name>
    <message>
        <location filename="../../ecopark_plugin/processing/base.py" line="154"/>
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
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="50"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="55"/>
        <source>Site id field</source>
        <translation>Поле идентификатора площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="56"/>
        <source>Site name field</source>
        <translation>Поле названия площадки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="57"/>
        <source>NACE code field</source>
        <translation>Поле кода NACE</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="58"/>
        <source>Hazard class field (I-V or 1-5; empty: inferred from NACE)</source>
        <translation>Поле класса опасности (I–V или 1–5; если пусто — по коду NACE)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="67"/>
        <source>Exchanges (from Find symbiosis exchanges)</source>
        <translation>Обмены (из «Поиск обменов промышленного симбиоза»)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="106"/>
        <source>{kind} inside zones: {hb:,} before, {ha:,} after; people {pb:,.0f} -&gt; {pa:,.0f}</source>
        <translation>Жилая застройка ({kind}) в зонах: {hb:,} до, {ha:,} после; жителей {pb:,.0f} -&gt; {pa:,.0f}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="121"/>
        <source>Zone regime (classes and widths)</source>
        <translation>Нормы санитарных зон (классы и ширина)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="123"/>
        <source>As the parameters file says (default: SanPiN)</source>
        <translation>Как в файле параметров (по умолчанию СанПиН)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="124"/>
        <source>SanPiN 2.2.1/2.1.1.1200-03 (Russia), classes I-V</source>
        <translation>СанПиН 2.2.1/2.1.1.1200-03 (Россия), классы I–V</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="125"/>
        <source>VNG Bedrijven en milieuzonering 2009 (Netherlands), categories</source>
        <translation>VNG «Bedrijven en milieuzonering» 2009 (Нидерланды), категории</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="126"/>
        <source>Abstandserlass NRW 2007 (Germany), distance classes</source>
        <translation>Abstandserlass NRW 2007 (Германия), классы расстояний</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="138"/>
        <source>Pollution-reduction rule (CSV; default: the shipped one)</source>
        <translation>Правило сокращения загрязнения (CSV; по умолчанию — поставляемое с модулем)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="146"/>
        <source>Activity -&gt; class table in the regime&apos;s classes (CSV; default: the regime&apos;s own)</source>
        <translation>Таблица «вид деятельности -&gt; класс» в классах выбранных норм (CSV; по умолчанию — таблица этих норм)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="155"/>
        <source>Parameters file (JSON: zone widths, risk bands, housing estimates)</source>
        <translation>Файл параметров (JSON: ширина зон, пояса риска, оценки населения)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="171"/>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="185"/>
        <source>Parameters: {}</source>
        <translation>Параметры: {}</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="206"/>
        <source>Housing: buildings, residential land use, or population grid or points</source>
        <translation>Жилая застройка: здания, жилые зоны землепользования, сетка или точки населения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="214"/>
        <source>Housing layer holds</source>
        <translation>Содержимое слоя жилой застройки</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="216"/>
        <source>Guess from the layer</source>
        <translation>Определить по слою</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="217"/>
        <source>Buildings</source>
        <translation>Здания</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="218"/>
        <source>Residential land use</source>
        <translation>Жилые зоны землепользования</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="219"/>
        <source>Population (grid or points)</source>
        <translation>Население (сетка или точки)</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="226"/>
        <source>Population field</source>
        <translation>Поле численности населения</translation>
    </message>
    <message>
        <location filename="../../ecopark_plugin/processing/shared_parameters.py" line="227"/>
        <source>Storeys field (buildings)</source>
        <translation>Поле этажности (здания)</translation>
    </message>
    <message>
        <source>Activity -&gt; hazard class table (CSV; default: the shipped one)</source>
        <translation type="vanished">Таблица «вид деятельности -&gt; класс опасности» (CSV; по умолчанию — поставляемая с модулем)</translation>
    </message>
</context>
</TS>
