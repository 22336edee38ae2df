<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="95" />
        <location filename="../../greendesk/ui/action_editor.py" line="181" />
        <source>Select an action</source>
        <translation>Іс-шараны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="107" />
        <source>tenge</source>
        <translation>теңге</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="110" />
        <source>e.g. t/yr less tailings, GJ/yr saved</source>
        <translation>мысалы, жылына т аз қалдық, жылына ГДж үнемдеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="114" />
        <source>why it does not apply here</source>
        <translation>мұнда неге қолданылмайды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="121" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="125" />
        <source>Attach file…</source>
        <translation>Файл тіркеу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="128" />
        <source>Save copy…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="130" />
        <source>Record a drill…</source>
        <translation>Оқу-жаттығуды жазу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="143" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="143" />
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="144" />
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="144" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="145" />
        <source>Cost class</source>
        <translation>Шығын сыныбы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="146" />
        <location filename="../../greendesk/ui/action_editor.py" line="211" />
        <source>Estimated cost</source>
        <translation>Болжамды шығын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="147" />
        <location filename="../../greendesk/ui/action_editor.py" line="212" />
        <source>Expected effect</source>
        <translation>Күтілетін әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="148" />
        <source>Effect unit</source>
        <translation>Әсер бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="149" />
        <source>Indicator moved</source>
        <translation>Өзгеретін көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="150" />
        <location filename="../../greendesk/ui/action_editor.py" line="214" />
        <source>Actual effect</source>
        <translation>Нақты әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="151" />
        <source>Not applicable because</source>
        <translation>Қолданылмайды, себебі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="152" />
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="162" />
        <source>Evidence</source>
        <translation>Растайтын құжаттар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="166" />
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="172" />
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
</context>
<context>
    <name>ActionLabels</name>
    <message>
        <location filename="../../greendesk/labels.py" line="150" />
        <location filename="../../greendesk/ui/action_editor.py" line="34" />
        <source>Not started</source>
        <translation>Басталмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="151" />
        <location filename="../../greendesk/ui/action_editor.py" line="35" />
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="152" />
        <location filename="../../greendesk/ui/action_editor.py" line="36" />
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="153" />
        <location filename="../../greendesk/ui/action_editor.py" line="37" />
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="154" />
        <location filename="../../greendesk/ui/action_editor.py" line="38" />
        <source>Not applicable</source>
        <translation>Қолданылмайды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="41" />
        <source>Low — organisational</source>
        <translation>Төмен — ұйымдастырушылық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="42" />
        <source>Medium — process changes</source>
        <translation>Орташа — процестерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="43" />
        <source>High — investment project</source>
        <translation>Жоғары — инвестициялық жоба</translation>
    </message>
</context>
<context>
    <name>AirEditing</name>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="62" />
        <source>Add source</source>
        <translation>Көз қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="64" />
        <source>Edit source</source>
        <translation>Көзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="66" />
        <source>Delete source</source>
        <translation>Көзді жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="68" />
        <source>Add norm</source>
        <translation>Норматив қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="69" />
        <source>Edit norm</source>
        <translation>Нормативті өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="71" />
        <location filename="../../greendesk/ui/air_editing.py" line="197" />
        <source>Delete norm</source>
        <translation>Нормативті жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="73" />
        <source>Load factor file…</source>
        <translation>Коэффициенттер файлын жүктеу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="118" />
        <source>Add emission source “%s”</source>
        <translation>«%s» шығарындылар көзін қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="128" />
        <source>Edit emission source “%s”</source>
        <translation>«%s» шығарындылар көзін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="135" />
        <source>Delete emission source</source>
        <translation>Шығарындылар көзін жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="136" />
        <source>Delete emission source “%s”?</source>
        <translation>«%s» шығарындылар көзін жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="138" />
        <source>Delete emission source “%s”</source>
        <translation>«%s» шығарындылар көзін жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="178" />
        <source>Edit norm for %s</source>
        <translation>Нормативті өзгерту: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="188" />
        <source>Add norm for %1 of source “%2”</source>
        <translation>«%2» көзі үшін %1 бойынша норматив қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="197" />
        <source>Delete the norm for %s?</source>
        <translation>Нормативті жою керек пе: %s?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="199" />
        <source>Delete norm for %s</source>
        <translation>Нормативті жою: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="209" />
        <source>Load factor file</source>
        <translation>Коэффициенттер файлын жүктеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="210" />
        <source>Factor files (*.xlsx *.csv)</source>
        <translation>Коэффициенттер файлдары (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="223" />
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="233" />
        <source>The file matches the library as loaded; nothing changed.</source>
        <translation>Файл жүктелген кітапханамен сәйкес келеді; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="236" />
        <source>Load factor file “%s”</source>
        <translation>«%s» коэффициенттер файлын жүктеу</translation>
    </message>
</context>
<context>
    <name>AirView</name>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="51" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="51" />
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="52" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="54" />
        <source>AR4</source>
        <translation>AR4</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="54" />
        <source>AR5</source>
        <translation>AR5</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="57" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="58" />
        <source>Global warming potentials</source>
        <translation>Жаһандық жылыну әлеуеттері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="59" />
        <location filename="../../greendesk/ui/air_view.py" line="68" />
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="59" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="60" />
        <location filename="../../greendesk/ui/air_view.py" line="64" />
        <location filename="../../greendesk/ui/air_view.py" line="68" />
        <source>Source</source>
        <translation>Шығарындылар көзі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="60" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="61" />
        <source>Mobile</source>
        <translation>Жылжымалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="61" />
        <source>Height, m</source>
        <translation>Биіктігі, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="62" />
        <source>Streams</source>
        <translation>Ағындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="62" />
        <source>Abatement η</source>
        <translation>Тазарту η</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="64" />
        <source>Permit</source>
        <translation>Рұқсат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="65" />
        <location filename="../../greendesk/ui/air_view.py" line="69" />
        <location filename="../../greendesk/ui/air_view.py" line="87" />
        <source>Substance</source>
        <translation>Зат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="65" />
        <source>g/s</source>
        <translation>г/с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="66" />
        <source>t/year</source>
        <translation>т/жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="66" />
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="67" />
        <source>Valid until</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="69" />
        <source>Basis</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="70" />
        <location filename="../../greendesk/ui/air_view.py" line="87" />
        <source>Activity</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="70" />
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="71" />
        <source>Mass, t</source>
        <translation>Масса, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="71" />
        <source>Norm, t</source>
        <translation>Норматив, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="72" />
        <source>Above norm, t</source>
        <translation>Нормативтен артық, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="74" />
        <source>No emission source is recorded yet: sources, their ledger streams and the permits' norms make this table.</source>
        <translation>Шығарындылар көздері әлі енгізілмеген: кестені көздер, олардың журналдағы ағындары және рұқсат нормативтері құрайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="78" />
        <source>Fuel</source>
        <translation>Отын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="78" />
        <source>Fuel, t</source>
        <translation>Отын, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="79" />
        <source>Energy, GJ</source>
        <translation>Энергия, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="79" />
        <source>CO₂, t</source>
        <translation>CO₂, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="80" />
        <source>CH₄, t</source>
        <translation>CH₄, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="80" />
        <source>N₂O, t</source>
        <translation>N₂O, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="81" />
        <source>CO₂e, t</source>
        <translation>CO₂-бал., т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="88" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="88" />
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="89" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="89" />
        <source>Cited source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="96" />
        <source>Choose a line of the table to see its months against the norm.</source>
        <translation>Нормативпен айлар бойынша салыстыруды көру үшін кестенің жолын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="102" />
        <source>Sources and norms</source>
        <translation>Шығарындылар көздері және нормативтер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="104" />
        <source>Emissions against norms</source>
        <translation>Шығарындылар және нормативтер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="106" />
        <source>Greenhouse gases</source>
        <translation>Парниктік газдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="107" />
        <source>Factors</source>
        <translation>Коэффициенттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="109" />
        <source>Air and climate</source>
        <translation>Атмосфералық ауа және климат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="146" />
        <source>organised</source>
        <translation>ұйымдастырылған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="147" />
        <source>fugitive</source>
        <translation>ұйымдастырылмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="148" />
        <source>discharge to water</source>
        <translation>су объектісіне төгінді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="150" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="173" />
        <source>measured</source>
        <translation>өлшенген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="173" />
        <source>calculated</source>
        <translation>есептелген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="186" />
        <source>process: %1</source>
        <translation>технологиялық: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="189" />
        <source>Total: %1 t CO₂, %2 t CO₂-equivalent.</source>
        <translation>Барлығы: %1 т CO₂, %2 т CO₂-баламасы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="191" />
        <source>Above the threshold of 20,000 t CO₂ a year: the installation is subject to greenhouse-gas regulation.</source>
        <translation>Жылына 20 000 т CO₂ шегінен жоғары: қондырғы парниктік газдар шығарындыларын реттеуге жатады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="193" />
        <source>Below the threshold of 20,000 t CO₂ a year.</source>
        <translation>Жылына 20 000 т CO₂ шегінен төмен.</translation>
    </message>
</context>
<context>
    <name>AnchorsPanel</name>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="53" />
        <source>Anchors outside the database</source>
        <translation>Дерекқордан тыс зәкірлер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="58" />
        <source>Workbook</source>
        <translation>Excel кітабы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="58" />
        <source>Entry</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="59" />
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="59" />
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="66" />
        <source>Check a workbook…</source>
        <translation>Кітапты тексеру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="68" />
        <source>Check a head…</source>
        <translation>Соңғы жазбаны тексеру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="75" />
        <source>Every exported workbook carries the trail's head. A copy the database's owner cannot change — the auditor's, a head written into a letter — shows whether the trail was cut or rewritten since; your own copies can be changed with it.</source>
        <translation>Әрбір экспортталған кітапта өзгерістер журналының соңғы жазбасы бар. Дерекқор иесі өзгерте алмайтын көшірме — аудитордағы көшірме немесе хатқа жазылған соңғы жазба — журналдың содан бері қысқартылғанын не қайта жазылғанын көрсетеді; өз көшірмелеріңіз онымен бірге өзгертілуі мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="116" />
        <source>A workbook GreenDesk exported</source>
        <translation>GreenDesk экспорттаған кітап</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="117" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="140" />
        <source>(written down)</source>
        <translation>(қолмен жазылған)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="142" />
        <source>%1 (export, entry #%2)</source>
        <translation>%1 (экспорт, № %2 жазба)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="144" />
        <source>not checked yet</source>
        <translation>әлі тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="145" />
        <source>holds</source>
        <translation>сақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="145" />
        <source>broken</source>
        <translation>бұзылған</translation>
    </message>
</context>
<context>
    <name>AssumptionsDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="344" />
        <source>Assumptions for %1</source>
        <translation>%1 үшін болжамдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="345" />
        <source>Default screening assumptions</source>
        <translation>Әдепкі бағалау болжамдары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="350" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="350" />
        <source>Price per t of metal, %1</source>
        <translation>Металдың 1 т бағасы, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="351" />
        <source>Recovery, %</source>
        <translation>Бөліп алу, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="352" />
        <source>Processing cost per t, %1</source>
        <translation>1 т өңдеу шығыны, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="365" />
        <source>default: %1 · %2 % · %3</source>
        <translation>әдепкі: %1 · %2 % · %3</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="378" />
        <source>Default: %1</source>
        <translation>Әдепкі: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="382" />
        <source>Leave a cell empty to use the default.</source>
        <translation>Әдепкі мәнді қолдану үшін ұяшықты бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="387" />
        <source>code, e.g. Mo</source>
        <translation>код, мысалы, Mo</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="390" />
        <source>Add component</source>
        <translation>Компонент қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="397" />
        <source>Another component</source>
        <translation>Басқа компонент</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="80" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="81" />
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="82" />
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="83" />
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="84" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="135" />
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="136" />
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="137" />
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="138" />
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="139" />
        <source>Period closed</source>
        <translation>Кезең жабылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="140" />
        <source>Period reopened</source>
        <translation>Кезең қайта ашылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="141" />
        <source>Restored</source>
        <translation>Қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="142" />
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="203" />
        <source>Audit trail</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="205" />
        <source>Change…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="214" />
        <source>Verify</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="215" />
        <source>Recompute the hash chain and compare every record with the trail</source>
        <translation>Хеш тізбегін қайта есептеп, әр жазбаны журналмен салыстыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="228" />
        <source>All actions</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="231" />
        <source>From</source>
        <comment>start of a date range</comment>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="233" />
        <source>to</source>
        <comment>end of a date range</comment>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="238" />
        <source>Search notes, records, people…</source>
        <translation>Ескертпелер, жазбалар, адамдар бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="274" />
        <location filename="../../greendesk/ui/audit_view.py" line="392" />
        <source>Select an entry to see what it changed.</source>
        <translation>Не өзгергенін көру үшін журнал жазбасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="276" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="276" />
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="277" />
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="282" />
        <source>Closed periods</source>
        <translation>Жабық кезеңдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="283" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="283" />
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="284" />
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="284" />
        <source>Reopened because</source>
        <translation>Қайта ашылу себебі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="286" />
        <source>Close a period…</source>
        <translation>Кезеңді жабу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="288" />
        <source>Reopen…</source>
        <translation>Қайта ашу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="325" />
        <location filename="../../greendesk/ui/audit_view.py" line="343" />
        <source>Not verified yet.</source>
        <translation>Әлі тексерілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="363" />
        <source>All records</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/audit_view.py" line="384" />
        <source>Entries: %n</source>
        <translation>
            <numerusform>Жазбалар: %n</numerusform>
            <numerusform>Жазбалар: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="399" />
        <source>Entry #%1 · %2 %3 · %4 · %5</source>
        <translation>№ %1 жазба · %2 %3 · %4 · %5</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="424" />
        <source>Verifying the audit trail…</source>
        <translation>Өзгерістер журналын тексеру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="448" />
        <source>The audit trail could not be verified: %s</source>
        <translation>Өзгерістер журналын тексеру мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="458" />
        <source>Verified at %1: the trail is intact — %2 entries, the chain unbroken, and all %3 records match it.</source>
        <translation>%1 тексерілді: журнал бүтін — жазбалар саны %2, тізбек үзілмеген, барлық %3 жазба оған сәйкес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="464" />
        <source>Verified at %1: %2 problem(s) found. %3</source>
        <translation>%1 тексерілді: %2 мәселе табылды. %3</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="481" />
        <source>Officer: %s</source>
        <translation>Орындаушы: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="482" />
        <source>Officer: (not set)</source>
        <translation>Орындаушы: (көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="493" />
        <source>The settings could not be saved: %s</source>
        <translation>Баптауларды сақтау мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="505" />
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="505" />
        <source>reopened</source>
        <translation>қайта ашылған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="521" />
        <source>Close %s</source>
        <translation>%s жабу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="522" />
        <source>reopen the period in the Audit trail, with a reason.</source>
        <translation>кезеңді Өзгерістер журналында себебін көрсетіп қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="523" />
        <source>%s is closed: its records can no longer change.</source>
        <translation>%s кезеңі жабылды: оның жазбаларын енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="531" />
        <source>Select the closed period to reopen.</source>
        <translation>Қайта ашылатын жабық кезеңді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="540" />
        <source>Reopen %s</source>
        <translation>%s қайта ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="541" />
        <source>close the period again in the Audit trail.</source>
        <translation>кезеңді Өзгерістер журналында қайта жабыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="542" />
        <source>%s is open again.</source>
        <translation>%s кезеңі қайта ашылды.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="42" />
        <source>automatic, on opening</source>
        <translation>автоматты, ашқан кезде</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="43" />
        <source>made by hand</source>
        <translation>қолмен жасалған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="44" />
        <source>the file replaced by a restore</source>
        <translation>қалпына келтіру кезінде ауыстырылған файл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="47" />
        <source>a damaged file, kept as it was</source>
        <translation>бүлінген файл, сол күйінде сақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="50" />
        <source>before the upgrade from %s</source>
        <translation>%s нұсқасынан жаңартудың алдында</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="62" />
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="74" />
        <source>Other file…</source>
        <translation>Басқа файл…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="77" />
        <source>%s will be backed up first, then replaced by the backup you choose. Changes made since that backup are lost (they stay in the file kept aside).</source>
        <translation>Алдымен %s файлының сақтық көшірмесі жасалады, содан кейін ол сіз таңдаған көшірмемен ауыстырылады. Сол көшірмеден кейінгі өзгерістер жоғалады (олар бөлек сақталған файлда қалады).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="87" />
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="93" />
        <source>Restore from a backup file</source>
        <translation>Сақтық көшірме файлынан қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="95" />
        <source>GreenDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>GreenDesk дерекқорлары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="109" />
        <source>There is no backup of this database yet; choose another file.</source>
        <translation>Бұл дерекқордың сақтық көшірмесі әлі жоқ; басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="130" />
        <source>Restore this backup</source>
        <translation>Осы көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="159" />
        <source>&amp;Back up now</source>
        <translation>Сақтық &amp;көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="163" />
        <source>&amp;Restore from backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="193" />
        <source>%s could not be opened.</source>
        <translation>%s ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="203" />
        <source>The automatic backup failed: %s</source>
        <translation>Автоматты сақтық көшірме жасалмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="210" />
        <source>%s may be damaged.</source>
        <translation>%s файлы бүлінген болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="223" />
        <source>%1 The newest good backup is from %2 (%3).</source>
        <translation>%1 Ең соңғы жарамды сақтық көшірме — %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="250" />
        <source>Backed up to %1 (checked with SQLite's integrity check); the newest %2 backups are kept.</source>
        <translation>Сақтық көшірме %1 ішіне сақталды (SQLite тұтастық тексеруімен тексерілді); соңғы %2 көшірме сақталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="274" />
        <source>The restore failed.</source>
        <translation>Қалпына келтіру сәтсіз аяқталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="295" />
        <source> The replaced file was kept as %s.</source>
        <translation> Ауыстырылған файл %s ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="301" />
        <source>Restored %1 from %2.</source>
        <translation>%1 файлы %2 көшірмесінен қалпына келтірілді.</translation>
    </message>
</context>
<context>
    <name>BalanceCharts</name>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="75" />
        <source>Monthly losses per node: accounted (solid) and unaccounted (light)</source>
        <translation>Түйіндер бойынша айлық шығындар: есепке алынған (тұтас) және есепке алынбаған (ашық)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="76" />
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="77" />
        <source>Unaccounted loss, % of inputs</source>
        <translation>Есепке алынбаған шығындар, кірістің %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="78" />
        <source>Energy intensity, GJ per tonne of production</source>
        <translation>Энергия сыйымдылығы, өнім тоннасына ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="79" />
        <source>GJ/t</source>
        <translation>ГДж/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="128" />
        <source>%1: accounted %2 t, unaccounted %3 t</source>
        <translation>%1: есепке алынған %2 т, есепке алынбаған %3 т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="141" />
        <source>(threshold %s %%)</source>
        <translation>(шегі %s %%)</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="125" />
        <source>Balances</source>
        <translation>Баланстар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="75" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="75" />
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="76" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="77" />
        <source>From – to</source>
        <translation>Еркін кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="85" />
        <source>Unaccounted losses larger than this share of inputs (loss or apparent gain) are highlighted.</source>
        <translation>Кірістің осы үлесінен асатын есепке алынбаған шығындар (шығын немесе көрінетін өсім) түспен белгіленеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="88" />
        <source>Record stock-taking…</source>
        <translation>Түгендеуді жазу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="89" />
        <source>Record what a stock holds at the end of a day; stock changes come from these counts.</source>
        <translation>Күн соңында қоймада қанша бар екенін жазыңыз; қор өзгерістері осы есептеулерден шығарылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="92" />
        <source>Month close…</source>
        <translation>Айды жабу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="94" />
        <source>What the chosen month still needs before it is closed: stock-takings, assays, readings, transfers, balances above the threshold.</source>
        <translation>Таңдалған айды жаппас бұрын не қажет: түгендеулер, талдаулар, өлшемдер, берулер, шектен жоғары баланстар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="97" />
        <source>Relations…</source>
        <translation>Байланыстар…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="99" />
        <source>What you know between the site's flows: one a share of another, or two equal.</source>
        <translation>Алаң ағындары туралы белгілі нәрсе: біреуі екіншісінің үлесі немесе екеуі тең.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="101" />
        <source>Reconcile</source>
        <translation>Үйлестіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="103" />
        <source>Adjust the site's measured flows within their uncertainties so that every process and stock balances, and test for gross errors.</source>
        <translation>Әр процесс пен қойманың балансы тоғысуы үшін алаңның өлшенген ағындарын олардың белгісіздігі шегінде түзету және өрескел қателерге тексеру.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="108" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="108" />
        <source>Node</source>
        <translation>Түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="109" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="110" />
        <source>Highlight unaccounted above</source>
        <translation>Есепке алынбаған шығындарды белгілеу шегі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="115" />
        <source>Material balance</source>
        <translation>Материалдық баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="116" />
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="117" />
        <source>Metal and indicators</source>
        <translation>Металл және көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="119" />
        <source>Charts</source>
        <translation>Графиктер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="121" />
        <source>Sankey</source>
        <translation>Санкей</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="122" />
        <source>Reconciliation</source>
        <translation>Балансты үйлестіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="158" />
        <source>No energy flows at this site in the chosen period. Energy carriers are materials measured in energy units (GJ, kWh, Gcal) or fuels with a calorific value.</source>
        <translation>Бұл алаңда таңдалған кезеңде энергия ағындары жоқ. Энергия тасымалдаушылар — энергия бірліктеріндегі (ГДж, кВт·сағ, Гкал) материалдар немесе жану жылуы бар отын.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="163" />
        <source>Energy carriers are balanced here, in GJ and in tonnes of coal equivalent (each carrier's own tce factor, or 29.3076 GJ per tce). Fuels measured in tonnes count through their net calorific value and are not part of the material balance's total mass. Supplied = purchased + produced; energy flowing into a process is its metered use; unaccounted = supplied − use − passed on − accounted losses − stock change.</source>
        <translation>Мұнда энергия тасымалдағыштардың балансы ГДж және шартты отын тоннасымен (әр тасымалдағыштың өз коэффициенті бойынша немесе 1 т ш.о. үшін 29,3076 ГДж) жасалады. Тоннамен өлшенетін отын төменгі жану жылуы арқылы есептеледі және материалдық баланстың жалпы массасына кірмейді. Түскені = сатып алынғаны + өндірілгені; процеске түсетін энергия — оның есептелген тұтынуы; есепке алынбағаны = түскені − тұтыну − берілгені − есепке алынған шығындар − қор өзгерісі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="180" />
        <source>No flow records to balance yet: enter or import them in the Flow ledger, and the balance of each site and node appears here.</source>
        <translation>Баланс үшін ағын жазбалары әлі жоқ: оларды «Ағындар журналында» енгізіңіз немесе импорттаңыз, сонда мұнда әр алаң мен түйіннің балансы шығады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="182" />
        <source>No flows at this site in the chosen period; choose another period or site.</source>
        <translation>Бұл алаңда таңдалған кезеңде ағындар жоқ; басқа кезеңді немесе алаңды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="192" />
        <source>Contained metal = quantity × grade (assays of flows, or of a material leaving a node over a period)</source>
        <translation>Құрамындағы металл = саны × құрамы (ағындар сынамаларының немесе кезең ішінде түйіннен шығатын материал сынамаларының талдауы бойынша)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="197" />
        <source>Rational use of mineral resources (all sites)</source>
        <translation>Минералдық ресурстарды ұтымды пайдалану (барлық алаңдар)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="205" />
        <source>Default uncertainty (1σ) of records without their own:</source>
        <translation>Өз белгісіздігі жоқ жазбалар үшін әдепкі белгісіздік (1σ):</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="206" />
        <source>measured</source>
        <translation>өлшенген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="206" />
        <source>calculated</source>
        <translation>есептелген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="207" />
        <location filename="../../greendesk/ui/balance_view.py" line="532" />
        <source>estimated</source>
        <translation>бағаланған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="215" />
        <source>Save defaults</source>
        <translation>Әдепкі мәндерді сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="222" />
        <location filename="../../greendesk/ui/balance_view.py" line="321" />
        <source>Press Reconcile to adjust the site's flows for the chosen period.</source>
        <translation>Таңдалған кезеңдегі алаң ағындарын түзету үшін «Үйлестіру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="265" />
        <source>Whole site</source>
        <translation>Бүкіл алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="514" />
        <source>Save default uncertainties</source>
        <translation>Әдепкі белгісіздіктерді сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="535" />
        <source>Measured</source>
        <translation>Өлшенген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="536" />
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="536" />
        <source>Reconciled</source>
        <translation>Үйлестірілгені</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="536" />
        <source>Adjustment</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="78" />
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="78" />
        <location filename="../../greendesk/ui/balance_view.py" line="535" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="60" />
        <source>Receipts</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="63" />
        <source>Received, total mass</source>
        <translation>Кіріс барлығы, жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="65" />
        <source>Expenditures</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="68" />
        <source>Spent, total mass</source>
        <translation>Шығыс барлығы, жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="70" />
        <source>Unaccounted, total mass</source>
        <translation>Есепке алынбаған шығындар, жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="73" />
        <source>Materials passing through unchanged</source>
        <translation>Өзгеріссіз өтетін материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="75" />
        <source>Unaccounted: %1</source>
        <translation>Есепке алынбаған шығындар: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="79" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="79" />
        <source>% of receipts</source>
        <translation>Кірістің %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="104" />
        <source>Opening stock: %1</source>
        <translation>Кезең басындағы қалдық: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="106" />
        <source>Closing stock: %1</source>
        <translation>Кезең соңындағы қалдық: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="108" />
        <source>Accounted loss (%1): %2</source>
        <translation>Есепке алынған шығындар (%1): %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="118" />
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: no material flows.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: материалдық ағындар жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="125" />
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 — unaccounted loss of total mass: &lt;span style='color:%3'&gt;&lt;b&gt;%4 t&lt;/b&gt; (%5 % of inputs)&lt;/span&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 — жалпы массаның есепке алынбаған шығыны: &lt;span style='color:%3'&gt;&lt;b&gt;%4 т&lt;/b&gt; (кірістің %5 %)&lt;/span&gt;%6</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="131" />
        <source> — above the threshold</source>
        <translation> — шектен жоғары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="132" />
        <source>Energy carriers are balanced on the Energy tab (GJ and tce), not in the total mass. Volumes (m³) are totalled apart from masses.</source>
        <translation>Энергия тасымалдағыштардың балансы жалпы массада емес, «Энергия» қойындысында (ГДж және т ш.о.). Көлемдер (м³) массалардан бөлек қосылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="135" />
        <source>A process turns one material into others, so only the total mass shows what is unaccounted; a material's own unaccounted line is shown where it passes through unchanged.</source>
        <translation>Процесс бір материалды басқаларға айналдырады, сондықтан есепке алынбағанды тек жалпы масса көрсетеді; материалдың өз есепке алынбаған шығындар жолы ол өзгеріссіз өтетін жерде көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="143" />
        <source>Carrier</source>
        <translation>Тасымалдағыш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="143" />
        <source>Purchased, GJ</source>
        <translation>Сатып алынды, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="144" />
        <source>Produced, GJ</source>
        <translation>Өндірілді, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="144" />
        <source>Use, GJ</source>
        <translation>Тұтыну, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="145" />
        <source>Passed on, GJ</source>
        <translation>Берілді, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="146" />
        <source>Accounted losses, GJ</source>
        <translation>Есепке алынған шығындар, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="147" />
        <source>Stock change, GJ</source>
        <translation>Қор өзгерісі, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="148" />
        <source>Unaccounted, GJ</source>
        <translation>Есепке алынбаған, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="149" />
        <source>Supplied, tce</source>
        <translation>Түсті, т ш.о.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="149" />
        <source>Use, tce</source>
        <translation>Тұтыну, т ш.о.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="168" />
        <source>Energy use %1 GJ; production %2 t; energy intensity %3 GJ per tonne.</source>
        <translation>Энергия тұтыну %1 ГДж; өндіріс %2 т; энергия сыйымдылығы тоннасына %3 ГДж.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="178" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="178" />
        <source>Feed, t</source>
        <translation>Өңдеуге түсті, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="179" />
        <source>Products, t</source>
        <translation>Өнім, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="179" />
        <source>Wastes, t</source>
        <translation>Қалдықтар, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="180" />
        <source>Accounted losses, t</source>
        <translation>Есепке алынған шығындар, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="181" />
        <source>Unaccounted, t</source>
        <translation>Есепке алынбаған, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="181" />
        <source>Recovery, %</source>
        <translation>Бөліп алу, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="182" />
        <source>Technological recovery, %</source>
        <translation>Технологиялық бөліп алу, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="183" />
        <source>Metal unaccounted, t</source>
        <translation>Металдың есепке алынбаған шығындары, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="184" />
        <source>Yield, %</source>
        <translation>Шығым, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="185" />
        <source>Ratio of concentration</source>
        <translation>Қысқару дәрежесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="186" />
        <source>Enrichment ratio</source>
        <translation>Байыту дәрежесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="213" />
        <source>Recovery: %s</source>
        <translation>Бөліп алу: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="214" />
        <source>Technological recovery: %s</source>
        <translation>Технологиялық бөліп алу: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="215" />
        <source>No assays for this scope and period.</source>
        <translation>Бұл қамту мен кезең үшін сынама талдаулары жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="218" />
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="218" />
        <source>Value, %</source>
        <translation>Мәні, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="219" />
        <source>Numerator</source>
        <translation>Алымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="219" />
        <source>Denominator</source>
        <translation>Бөлімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="220" />
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="341" />
        <source>Export charts as PNG…</source>
        <translation>Графиктерді PNG-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="362" />
        <source>Export charts</source>
        <translation>Графиктерді экспорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="364" />
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="371" />
        <source>Charts saved: %s</source>
        <translation>Графиктер сақталды: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="383" />
        <source>Mass (t)</source>
        <translation>Масса (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="384" />
        <source>Energy (GJ)</source>
        <translation>Энергия (ГДж)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="386" />
        <source>Export PNG or SVG…</source>
        <translation>PNG немесе SVG-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="389" />
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="401" />
        <source>Export the Sankey diagram</source>
        <translation>Санкей диаграммасын экспорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="402" />
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG сызбасы (*.svg);;PNG суреті (*.png)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="414" />
        <source>Sankey diagram saved as %s.</source>
        <translation>Санкей диаграммасы %s ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="426" />
        <source>This site has no stock nodes to count.</source>
        <translation>Бұл алаңда түгенделетін қойма түйіндері жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="28" />
        <location filename="../../greendesk/ui/balance_view.py" line="493" />
        <source>Record stock-taking</source>
        <translation>Түгендеуді жазу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="518" />
        <source>Default uncertainties saved.</source>
        <translation>Әдепкі белгісіздіктер сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="531" />
        <source>adjusted</source>
        <translation>түзетілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="531" />
        <source>not redundant</source>
        <translation>артықтығы жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="532" />
        <source>fixed</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="533" />
        <source>cannot be estimated</source>
        <translation>бағалау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="534" />
        <source>not in any balance</source>
        <translation>ешбір баланста жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="535" />
        <source>Flow</source>
        <translation>Ағын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="535" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="537" />
        <source>Adjustment / its σ</source>
        <translation>Түзету / оның σ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="537" />
        <source>Gross error?</source>
        <translation>Өрескел қате ме?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="554" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="561" />
        <source>failed</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="562" />
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="564" />
        <source>Global test: χ² = %1 with %2 degrees of freedom, p = %3; critical value %4 at %5 % — %6.</source>
        <translation>Жаһандық тест: χ² = %1, еркіндік дәрежесі %2, p = %3; %5 % деңгейіндегі сыни мән %4 — %6.</translation>
    </message>
</context>
<context>
    <name>BasisDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="369" />
        <source>Production for waste intensities</source>
        <translation>Қалдықтардың үлес көрсеткіштеріне арналған өндіріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="377" />
        <source>e.g. Anode copper</source>
        <translation>мысалы, Анодты мыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="382" />
        <source>For</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="382" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="383" />
        <source>Main product</source>
        <translation>Негізгі өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="384" />
        <source>Main product, t</source>
        <translation>Негізгі өнім, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="385" />
        <source>Output value</source>
        <translation>Өнім құны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="386" />
        <source>Value unit</source>
        <translation>Құн бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="391" />
        <source>main product</source>
        <translation>негізгі өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="392" />
        <source>output value</source>
        <translation>өнім құны</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="320" />
        <source>Edit block</source>
        <translation>Блокты өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="320" />
        <source>New block</source>
        <translation>Жаңа блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="324" />
        <source>Block or zone</source>
        <translation>Блок немесе аймақ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="325" />
        <source>Tonnage, t</source>
        <translation>Тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="326" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="329" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="50" />
        <source>Calendar of obligations</source>
        <translation>Міндеттемелер күнтізбесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="54" />
        <source>Set status…</source>
        <translation>Мәртебені белгілеу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="63" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="63" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="63" />
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="63" />
        <source>Obligation</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="64" />
        <source>For</source>
        <translation>Кім тапсырады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="64" />
        <source>Basis</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="91" />
        <source>Due from %1 to %2, and anything overdue from the past year. Red: past due and not submitted.</source>
        <translation>%1 мен %2 аралығындағы мерзімдер және өткен жылғы мерзімі өткеннің бәрі. Қызылмен: мерзімі өтті, тапсырылмаған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="99" />
        <source>the enterprise</source>
        <translation>кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="100" />
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="118" />
        <source>Choose an item to see its basis and what data is still missing.</source>
        <translation>Негіздемесін және қандай деректер әлі жетіспейтінін көру үшін тармақты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="127" />
        <source>Deadline: %1</source>
        <translation>Мерзімі: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="128" />
        <source>Basis: %1</source>
        <translation>Негіздеме: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="129" />
        <source>Hand in to: %1</source>
        <translation>Қайда тапсырылады: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="131" />
        <source>Check against current law: %1</source>
        <translation>Қолданыстағы заңнама бойынша тексеру керек: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="134" />
        <source>Applies: %1 in %2 was %3 (threshold %4).</source>
        <translation>Қолданылады: %2 жылғы %1 — %3 (шегі %4).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="139" />
        <source>Applies only above its threshold (%1 ≥ %2); %3 counted for %4 so far, some factors missing.</source>
        <translation>Тек шегінен жоғары болғанда қолданылады (%1 ≥ %2); %4 жылға әзірге %3 есептелді, кейбір коэффициенттер жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="146" />
        <source>Applies only above its threshold (%1 ≥ %2); GreenDesk does not know the figure.</source>
        <translation>Тек шектен жоғары болғанда қолданылады (%1 ≥ %2); GreenDesk бұл көрсеткішті білмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="150" />
        <source>GreenDesk has no public holidays for %1: the due date skips weekends only.</source>
        <translation>GreenDesk-те %1 жылға мереке күндері жоқ: мерзім тек демалыс күндерінен ауыстырылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="154" />
        <source>Submitted on %1, reference %2.</source>
        <translation>%1 тапсырылды, тіркеу нөмірі %2.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="160" />
        <source>Exported workbook: audit entry #%1</source>
        <translation>Экспортталған жұмыс кітабы: аудит жазбасы №%1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="164" />
        <source>The period is not over yet.</source>
        <translation>Кезең әлі аяқталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="166" />
        <source>Its data is complete: every month of the period is closed.</source>
        <translation>Деректер толық: кезеңнің барлық айлары жабық.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="168" />
        <source>Still missing:</source>
        <translation>Әлі жетіспейді:</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="169" />
        <source>%1 is not closed.</source>
        <translation>%1 жабылмаған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="190" />
        <source>Set the status of “%1”</source>
        <translation>«%1» мәртебесі</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="131" />
        <source>Greening plan</source>
        <translation>Экологияландыру жоспары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="72" />
        <source>Add own action…</source>
        <translation>Өз іс-шараңызды қосу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="73" />
        <source>Log incident…</source>
        <translation>Инцидентті тіркеу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="76" />
        <source>Cost class</source>
        <translation>Шығын сыныбы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="76" />
        <source>Action</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="76" />
        <location filename="../../greendesk/ui/checklist_view.py" line="83" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="76" />
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="77" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="77" />
        <source>Expected effect</source>
        <translation>Күтілетін әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="77" />
        <source>Estimated cost, ₸</source>
        <translation>Болжамды шығын, ₸</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="78" />
        <source>Effect per million ₸</source>
        <translation>Миллион ₸-ге шаққандағы әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="80" />
        <source>The plan gives every site its actions: add a site in Plant structure, then choose it above.</source>
        <translation>Жоспар әр алаңға оның іс-шараларын береді: «Кәсіпорын құрылымы» бөлімінде алаң қосып, оны жоғарыдан таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="83" />
        <source>Measure / action</source>
        <translation>Шара / іс-шара</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="84" />
        <source>Progress / value</source>
        <translation>Орындалу барысы / мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="84" />
        <location filename="../../greendesk/ui/checklist_view.py" line="323" />
        <source>Trend</source>
        <translation>Серпін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="95" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="95" />
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="95" />
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="95" />
        <source>Released</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="96" />
        <source>Response</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="96" />
        <source>Clean-up waste records</source>
        <translation>Жою жұмыстарының қалдықтары туралы жазбалар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="107" />
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="108" />
        <source>Measures and indicators</source>
        <translation>Шаралар мен көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="109" />
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="110" />
        <source>Incidents</source>
        <translation>Инциденттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="133" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="209" />
        <source>%s — overdue</source>
        <translation>%s — мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="226" />
        <source>%1 of %2 done (%3)</source>
        <translation>%2 ішінен %1 орындалды (%3)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="239" />
        <source>Indicator: %s</source>
        <translation>Көрсеткіш: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="252" />
        <source>No longer in the built-in checklist</source>
        <translation>Кірістірілген тізімде енді жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="274" />
        <source>No data yet.</source>
        <translation>Деректер әлі жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="275" />
        <source>No data yet: needs %1.</source>
        <translation>Деректер әлі жоқ: %1 қажет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="311" />
        <source>Progress per measure, % of applicable actions done</source>
        <translation>Шаралар бойынша орындалуы, қолданылатын іс-шаралардың орындалған %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="322" />
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="322" />
        <source>Latest</source>
        <translation>Соңғы мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="350" />
        <source>Open actions: %1 low-cost, %2 medium, %3 investment projects. Overdue: %4.</source>
        <translation>Ашық іс-шаралар: аз шығынды — %1, орташа — %2, инвестициялық жобалар — %3. Мерзімі өткені: %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="392" />
        <source>Save action %1</source>
        <translation>%1 іс-шарасын сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="396" />
        <source>Action saved.</source>
        <translation>Іс-шара сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="402" />
        <source>Attach evidence</source>
        <translation>Растайтын құжатты тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="409" />
        <source>Attach %s</source>
        <translation>%s тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="413" />
        <source>%s attached.</source>
        <translation>%s тіркелді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="420" />
        <source>Save a copy to</source>
        <translation>Көшірмесін сақтау орны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="432" />
        <source>Saved %s.</source>
        <translation>Сақталды: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="436" />
        <source>Replace the file?</source>
        <translation>Файлды ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="437" />
        <source>%1 already exists in %2. Replace it, or keep both and save this copy as %3?</source>
        <translation>%1 файлы %2 қалтасында бар. Оны ауыстыру керек пе, әлде екеуін де сақтап, бұл көшірмені %3 деп жазу керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="441" />
        <source>Replace</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="442" />
        <source>Keep both</source>
        <translation>Екеуін де сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="465" />
        <source>Add own action</source>
        <translation>Өз іс-шарасын қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="478" />
        <source>Log incident</source>
        <translation>Инцидентті тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="479" />
        <source>Incident logged.</source>
        <translation>Инцидент тіркелді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="492" />
        <source>Record drill</source>
        <translation>Оқу-жаттығуды жазу</translation>
    </message>
</context>
<context>
    <name>ClassifierImportDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="400" />
        <source>Import waste classifier</source>
        <translation>Қалдықтар сыныптауышын импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="403" />
        <source>CSV or XLSX; a separate headings file may follow after ;</source>
        <translation>CSV немесе XLSX; ; белгісінен кейін бөлек тақырыптар файлын көрсетуге болады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="405" />
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="413" />
        <source>Recognise from the text</source>
        <translation>Мәтін бойынша анықтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="417" />
        <source>optional, e.g. code=Код, description=Наименование</source>
        <translation>міндетті емес, мысалы, code=Код, description=Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="418" />
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="419" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="420" />
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="425" />
        <source>Waste classifier</source>
        <translation>Қалдықтар сыныптауышы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="426" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Кестелер (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="433" />
        <source>Choose the classifier file.</source>
        <translation>Сыныптауыш файлын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="157" />
        <source>Close a period</source>
        <translation>Кезеңді жабу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="159" />
        <source>2025-03 for a month, 2025 for a year</source>
        <translation>2025-03 — ай, 2025 — жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="161" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="162" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="163" />
        <source>Records dated in a closed period cannot be added, changed, deleted or imported until it is reopened with a reason.</source>
        <translation>Жабық кезеңдегі күнмен жазбаларды кезең себебі көрсетіліп қайта ашылғанға дейін қосуға, өзгертуге, жоюға немесе импорттауға болмайды.</translation>
    </message>
</context>
<context>
    <name>ContractorDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="212" />
        <source>Edit contractor</source>
        <translation>Мердігерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="212" />
        <source>New contractor</source>
        <translation>Жаңа мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="215" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="220" />
        <source>licensed operations, e.g. R4, R5, D9, D10</source>
        <translation>лицензияланған операциялар, мысалы, R4, R5, D9, D10</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="224" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="224" />
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="225" />
        <source>Licence number</source>
        <translation>Лицензия нөмірі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="226" />
        <source>Licence valid until</source>
        <translation>Лицензияның қолданылу мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="227" />
        <source>Licensed operations</source>
        <translation>Лицензияланған операциялар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="228" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="102" />
        <source>Record a drill</source>
        <translation>Оқу-жаттығуды жазу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="105" />
        <source>Held on</source>
        <translation>Өткізілген күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="106" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>DueSoon</name>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="31" />
        <source>Due in the next 30 days</source>
        <translation>Алдағы 30 күндегі мерзімдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="32" />
        <source>Open the calendar</source>
        <translation>Күнтізбені ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="47" />
        <source>Nothing is due in the next 30 days.</source>
        <translation>Алдағы 30 күнде мерзімдер жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="56" />
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="64" />
        <source>The period is not over yet.</source>
        <translation>Кезең әлі аяқталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="66" />
        <source>Its data is complete.</source>
        <translation>Деректер толық.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="69" />
        <source>Months not closed: %1</source>
        <translation>Жабылмаған айлар: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="74" />
        <source>and %1 more in the Calendar</source>
        <translation>және тағы %1 — күнтізбеде</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="177" />
        <source>&amp;Redo: %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="177" />
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="179" />
        <source>Redo: %1</source>
        <translation>Қайталау: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="179" />
        <source>Nothing to redo.</source>
        <translation>Қайталайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="185" />
        <source>&amp;Undo: %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="186" />
        <source>Undo: %1</source>
        <translation>Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="189" />
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="189" />
        <source>Nothing to undo.</source>
        <translation>Болдырмайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="191" />
        <source>“%1” cannot be undone: %2</source>
        <translation>«%1» болдырмау мүмкін емес: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="194" />
        <source>“%1” cannot be undone, so Undo stops here: undoing an older change after it could leave the records wrong.</source>
        <translation>«%1» болдырмау мүмкін емес, сондықтан болдырмау осы жерде тоқтайды: одан кейін ертерек өзгерісті болдырмау жазбаларды бұзуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="196" />
        <source>Cannot undo: %1</source>
        <translation>Болдырмау мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="19" />
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="21" />
        <source>e.g. Saryarka Copper JSC</source>
        <translation>мысалы, «Сарыарқа Мыс» АҚ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="23" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="25" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="26" />
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
</context>
<context>
    <name>Expiry</name>
    <message>
        <location filename="../../greendesk/ui/expiry.py" line="14" />
        <source>Permit %1 of %2 expires on %3, in %4 days.</source>
        <translation>%2 экологиялық рұқсаты %1 мерзімі %3 аяқталады, %4 күннен кейін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/expiry.py" line="16" />
        <source>Licence %1 of %2 expires on %3, in %4 days.</source>
        <translation>%2 лицензиясы %1 мерзімі %3 аяқталады, %4 күннен кейін.</translation>
    </message>
</context>
<context>
    <name>FactorPreviewDialog</name>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="338" />
        <source>Load factor file</source>
        <translation>Коэффициенттер файлын жүктеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="341" />
        <source>%1: %2 factors — %3 added, %4 removed, %5 changed against the library as loaded. OK loads it as a new version.</source>
        <translation>%1: коэффициенттер саны — %2; жүктелген кітапханамен салыстырғанда %3 қосылды, %4 жойылды, %5 өзгерді. «ОК» файлды жаңа нұсқа ретінде жүктейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="351" />
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="351" />
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="352" />
        <source>Changed</source>
        <translation>Өзгерді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="355" />
        <source>The file matches the library as loaded; nothing would change.</source>
        <translation>Файл жүктелген кітапханамен сәйкес келеді; ештеңе өзгермейді.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../greendesk/ui/file_dialogs.py" line="102" />
        <source>Choose another file</source>
        <translation>Басқа файлды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/file_dialogs.py" line="103" />
        <source>%s is a database GreenDesk has open; nothing was written. Choose another name.</source>
        <translation>%s — GreenDesk ашып отырған дерекқор; ештеңе жазылмады. Басқа атау таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>FlowEntryPanel</name>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="61" />
        <source>New flow record</source>
        <translation>Жаңа ағын жазбасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="69" />
        <source>e.g. 12 500,5</source>
        <translation>мысалы, 12 500,5</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="81" />
        <source>Measured: the quantity is a measurement. Unmeasured: it is your estimate, for the reconciliation to estimate; never counted as a measurement. Constant: it is exact (σ = 0), e.g. a contractual quantity.</source>
        <translation>Өлшенген: мөлшер — өлшеу нәтижесі. Өлшенбеген: бұл сіздің бағаңыз, оны балансты үйлестіру нақтылайды; ешқашан өлшеу ретінде саналмайды. Тұрақты: мөлшер нақты (σ = 0), мысалы, шарттық мөлшер.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="90" />
        <location filename="../../greendesk/ui/flow_entry.py" line="108" />
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="94" />
        <source>e.g. Cu 1,2 %; Au 3,4 g/t</source>
        <translation>мысалы, Cu 1,2 %; Au 3,4 г/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="95" />
        <source>Grades of the components in this record (% or g/t), separated by ;. They give the contained metal of the Metal tab; a flow's own grade wins over the period assay.</source>
        <translation>Осы жазбадағы компоненттердің құрамы (% немесе г/т), ; арқылы. Олар бойынша «Металл» қойындысындағы металл есептеледі; ағынның өз құрамы кезең талдауынан басым.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="114" />
        <source>Save (Enter)</source>
        <translation>Сақтау (Enter)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="126" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="126" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="126" />
        <source>From</source>
        <comment>source node of a flow</comment>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="127" />
        <source>To</source>
        <comment>destination node of a flow</comment>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="128" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="128" />
        <location filename="../../greendesk/ui/flow_entry.py" line="232" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="128" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="134" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="89" />
        <source>Uncertainty</source>
        <translation>Белгісіздік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="135" />
        <source>Reconciliation</source>
        <translation>Үйлестіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="136" />
        <source>Grades</source>
        <translation>Құрамдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="137" />
        <source>Grades obtained</source>
        <translation>Құрамдарды анықтау тәсілі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="107" />
        <source>Grades' uncertainty</source>
        <translation>Құрамдардың белгісіздігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="138" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="231" />
        <source>Enter the quantity.</source>
        <translation>Санын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="233" />
        <source>%s is not a number.</source>
        <translation>%s — сан емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="239" />
        <source>Choose %s from the list.</source>
        <translation>Тізімнен таңдаңыз: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="259" />
        <source>the source node</source>
        <translation>бастапқы түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="260" />
        <source>the destination node</source>
        <translation>қабылдаушы түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="261" />
        <source>the material</source>
        <translation>материал</translation>
    </message>
</context>
<context>
    <name>FlowImportController</name>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="115" />
        <source>Import flow records</source>
        <translation>Ағын жазбаларын импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="116" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Кестелер (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="125" />
        <source>Reading %s…</source>
        <translation>%s оқылуда…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="125" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="127" />
        <source>Importing flow records</source>
        <translation>Ағын жазбаларын импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="159" />
        <source>Checking and writing the rows… %s %%</source>
        <translation>Жолдарды тексеру және жазу… %s %%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/flow_import_ui.py" line="169" />
        <source>Import %n flow record(s) from %1</source>
        <translation>
            <numerusform>%1 ішінен %n ағын жазбасын импорттау</numerusform>
            <numerusform>%1 ішінен %n ағын жазбасын импорттау</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="171" />
        <source>Imported %1 flow records from %2.</source>
        <translation>%2 файлынан %1 ағын жазбасы импортталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="188" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт тоқтатылды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="195" />
        <source>The import failed unexpectedly and nothing was imported: %s</source>
        <translation>Импорт күтпеген жерден сәтсіз аяқталды, ештеңе импортталмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="203" />
        <source>Import rows already recorded?</source>
        <translation>Есепке алынған жолдарды импорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="204" />
        <source>Import these rows anyway, recording them a second time?</source>
        <translation>Бұл жолдарды екінші рет есепке алып, бәрібір импорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="206" />
        <source>Import again?</source>
        <translation>Қайта импорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="206" />
        <source>Import it again anyway?</source>
        <translation>Бәрібір қайта импорттау керек пе?</translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="35" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="36" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="37" />
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="38" />
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="39" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="40" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="41" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="42" />
        <source>Canonical</source>
        <translation>Негізгі бірлікпен</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="43" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="44" />
        <source>Uncertainty, %</source>
        <translation>Белгісіздік, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="45" />
        <source>Reconciliation</source>
        <translation>Үйлестіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="46" />
        <source>Grades</source>
        <translation>Құрамдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="47" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>FormationDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="52" />
        <source>%1: %2 is not a year.</source>
        <translation>%1: %2 — жыл емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="67" />
        <source>Edit formation</source>
        <translation>Түзілімді өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="67" />
        <source>New formation</source>
        <translation>Жаңа түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="84" />
        <source>(no site: an external register)</source>
        <translation>(алаңсыз: сыртқы тізілім)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="95" />
        <source>Linked to a stock node, a formation holds its opening tonnage plus what the ledger placed in it; a tonnage typed here is then a survey checked against that.</source>
        <translation>Түзілім қойма түйінімен байланысқан болса, оның тоннажы — бастапқы тоннаж пен ағындар журналы бойынша орналастырылғанның қосындысы; мұнда енгізілген тоннаж түсірілім деректері ретінде онымен салыстырылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="105" />
        <source>YYYY-MM-DD: placements count from it</source>
        <translation>ЖЖЖЖ-АА-КК: орналастыру осы күннен бастап есептеледі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="110" />
        <source>(not known)</source>
        <translation>(белгісіз)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="112" />
        <source>(not classified)</source>
        <translation>(жіктелмеген)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="114" />
        <source>e.g. 01 03 06</source>
        <translation>мысалы, 01 03 06</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="115" />
        <source>Not known</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="115" />
        <source>Hazardous</source>
        <translation>Қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="116" />
        <source>Not hazardous</source>
        <translation>Қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="126" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="126" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="127" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="127" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="128" />
        <source>Stock node (placements)</source>
        <translation>Қойма түйіні (орналастыру)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="129" />
        <source>Tonnage, t</source>
        <translation>Тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="130" />
        <source>Volume, m³</source>
        <translation>Көлемі, м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="131" />
        <source>Bulk density, t/m³</source>
        <translation>Үйме тығыздығы, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="133" />
        <source>Opening tonnage, t</source>
        <translation>Бастапқы тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="134" />
        <source>Opening date</source>
        <translation>Бастапқы тоннаж күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="135" />
        <source>Area, ha</source>
        <translation>Ауданы, га</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="136" />
        <source>Height, m</source>
        <translation>Биіктігі, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="139" />
        <location filename="../../greendesk/ui/formation_dialogs.py" line="220" />
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="140" />
        <location filename="../../greendesk/ui/formation_dialogs.py" line="221" />
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="141" />
        <source>Placement from (year)</source>
        <translation>Орналастыру басталған жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="142" />
        <source>Placement to (year)</source>
        <translation>Орналастыру аяқталған жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="143" />
        <source>Construction method</source>
        <translation>Салу тәсілі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="144" />
        <source>Consequence class</source>
        <translation>Салдар сыныбы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="145" />
        <source>Design capacity, m³</source>
        <translation>Жобалық сыйымдылығы, м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="146" />
        <source>Design capacity, t</source>
        <translation>Жобалық сыйымдылығы, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="147" />
        <source>List of Waste code</source>
        <translation>Қалдықтар сыныптауышы бойынша код</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="148" />
        <source>Hazard</source>
        <translation>Қауіптілік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="149" />
        <source>Responsible person</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="150" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="151" />
        <source>Locality</source>
        <translation>Орналасқан жері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="152" />
        <source>Identifier in a register</source>
        <translation>Тізілімдегі сәйкестендіргіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="153" />
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="154" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="170" />
        <source>(not linked)</source>
        <translation>(байланыспаған)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="191" />
        <source>The three figures disagree: check them.</source>
        <translation>Үш мән бір-біріне сәйкес келмейді: тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="193" />
        <source>The derived density is implausible.</source>
        <translation>Есептелген тығыздық шындыққа жанаспайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="195" />
        <source>= %1 t</source>
        <translation>= %1 т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="198" />
        <source>= %1 m³</source>
        <translation>= %1 м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="201" />
        <source>= %1 t/m³</source>
        <translation>= %1 т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="211" />
        <source>The opening date %1 is not a date; write %2.</source>
        <translation>Бастапқы тоннаж күні %1 — күн емес; %2 деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="222" />
        <source>Placement from</source>
        <translation>Орналастыру басы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="223" />
        <source>Placement to</source>
        <translation>Орналастыру соңы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="224" />
        <source>Area</source>
        <translation>Ауданы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="225" />
        <source>Volume</source>
        <translation>Көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="226" />
        <source>Bulk density</source>
        <translation>Үйме тығыздығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="227" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="228" />
        <location filename="../../greendesk/ui/formation_dialogs.py" line="229" />
        <source>Design capacity</source>
        <translation>Жобалық сыйымдылығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="231" />
        <source>Opening tonnage</source>
        <translation>Бастапқы тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="232" />
        <source>Height</source>
        <translation>Биіктігі</translation>
    </message>
</context>
<context>
    <name>FormationImportDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="98" />
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="104" />
        <source>Formations</source>
        <translation>Түзілімдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="105" />
        <source>Samples and assays</source>
        <translation>Сынамалар мен талдаулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="106" />
        <source>Monitoring readings</source>
        <translation>Мониторинг нәтижелері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="111" />
        <source>as the file suggests</source>
        <translation>файлда көрсетілгендей</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="112" />
        <source>decimal comma</source>
        <translation>ондық үтір</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="113" />
        <source>decimal point</source>
        <translation>ондық нүкте</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="116" />
        <source>e.g. &lt;Nulo&gt; ; S/I ; н/д (besides empty and -)</source>
        <translation>мысалы, &lt;Nulo&gt; ; S/I ; н/д (бос және - белгісінен басқа)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="118" />
        <location filename="../../greendesk/ui/formation_import_ui.py" line="126" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="118" />
        <source>From the file</source>
        <translation>Файлдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="119" />
        <source>Decimal mark</source>
        <translation>Ондық бөлгіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="126" />
        <source>In the file</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="127" />
        <source>Means</source>
        <translation>Мағынасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="132" />
        <source>Import even if this file was imported before</source>
        <translation>Бұл файл бұрын импортталған болса да импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="134" />
        <source>name to save the mapping under (optional)</source>
        <translation>сәйкестендіруді сақтауға арналған атау (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="141" />
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="146" />
        <source>The file holds</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="147" />
        <source>Mapping</source>
        <translation>Сәйкестендіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="148" />
        <source>Numbers use</source>
        <translation>Сандардағы бөлгіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="149" />
        <source>Also unknown</source>
        <translation>Сондай-ақ белгісіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="151" />
        <source>%1: %2 rows. Pick the column of each field, type several as A | B (the first known is taken), a template as {A}, {B}, or = value for a constant.</source>
        <translation>%1: жолдар саны — %2. Әр өріс үшін бағанды таңдаңыз; бірнешеуін A | B түрінде (бірінші белгілісі алынады), үлгіні {A}, {B} түрінде, тұрақты мәнді = мән түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="176" />
        <source>(new: guessed from the headings)</source>
        <translation>(жаңа: тақырыптар бойынша анықталды)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="220" />
        <source>(as the file)</source>
        <translation>(файлдағыдай)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="220" />
        <source>comma</source>
        <translation>үтір</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="221" />
        <source>point</source>
        <translation>нүкте</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="258" />
        <source>(not mapped)</source>
        <translation>(сәйкестендірілмеген)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="259" />
        <source>(unknown)</source>
        <translation>(белгісіз)</translation>
    </message>
</context>
<context>
    <name>FormationTableModel</name>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="34" />
        <location filename="../../greendesk/ui/formation_table.py" line="48" />
        <source>Formation</source>
        <translation>Түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="35" />
        <location filename="../../greendesk/ui/formation_table.py" line="57" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="36" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="37" />
        <location filename="../../greendesk/ui/formation_table.py" line="56" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="38" />
        <location filename="../../greendesk/ui/formation_table.py" line="53" />
        <source>Tonnage, t</source>
        <translation>Тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="39" />
        <location filename="../../greendesk/ui/formation_table.py" line="49" />
        <source>Net value, USD</source>
        <translation>Таза құны, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="40" />
        <location filename="../../greendesk/ui/formation_table.py" line="47" />
        <source>Rank</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="41" />
        <location filename="../../greendesk/ui/formation_table.py" line="54" />
        <source>Hazardous</source>
        <translation>Қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="42" />
        <location filename="../../greendesk/ui/formation_table.py" line="55" />
        <source>Area, ha</source>
        <translation>Ауданы, га</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="43" />
        <source>Volume, m³</source>
        <translation>Көлемі, м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="44" />
        <source>Density, t/m³</source>
        <translation>Тығыздығы, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="50" />
        <source>Recoverable value, USD</source>
        <translation>Бөліп алынатын құны, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="51" />
        <source>Processing cost, USD</source>
        <translation>Өңдеу шығыны, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="52" />
        <source>Paying components</source>
        <translation>Тиімді компоненттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="162" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="162" />
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="187" />
        <source>Derived from the other two figures.</source>
        <translation>Басқа екі мән бойынша есептелді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="189" />
        <source>Opening tonnage plus %1 t placed through %2.</source>
        <translation>Бастапқы тоннаж және %2 дейін орналастырылған %1 т.</translation>
    </message>
</context>
<context>
    <name>FormationsView</name>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="151" />
        <source>Technogenic formations</source>
        <translation>Техногендік минералдық түзілімдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="75" />
        <location filename="../../greendesk/ui/formations_view.py" line="306" />
        <source>Add formation</source>
        <translation>Түзілім қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="76" />
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="77" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="79" />
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="80" />
        <source>Default assumptions…</source>
        <translation>Әдепкі болжамдар…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="85" />
        <source>Find a formation, site, kind or status…</source>
        <translation>Түзілімді, алаңды, түрді немесе күйді іздеу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="90" />
        <source>No technogenic formations registered yet. Add formation for each dump, tailings facility or slag heap (or Import… a list); its samples give grades and value.</source>
        <translation>Техногендік минералдық түзілімдер әлі тіркелмеген. Әр үйінді, қалдық қоймасы немесе қож үйіндісі үшін түзілім қосыңыз (немесе тізімді импорттаңыз); сынамалар құрамы мен құнын береді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="131" />
        <source>Formations by the net value of re-mining them at the screening assumptions: recoverable metal × price − processing cost, counting only the components that pay. Hazard, area and status beside it say what each costs to keep.</source>
        <translation>Бағалау болжамдары бойынша қайта игерудің таза құны бойынша түзілімдер: бөліп алынатын металл × баға − өңдеу шығыны, тек тиімді компоненттер бойынша. Қасындағы қауіптілік, аудан және күй әрқайсысын ұстау қаншаға түсетінін көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="146" />
        <source>Register</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="147" />
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="148" />
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="160" />
        <location filename="../../greendesk/ui/formations_view.py" line="348" />
        <source>Add sample</source>
        <translation>Сынама қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="162" />
        <source>Edit sample</source>
        <translation>Сынаманы өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="164" />
        <source>Delete sample</source>
        <translation>Сынаманы жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="166" />
        <location filename="../../greendesk/ui/formations_view.py" line="383" />
        <source>Add block</source>
        <translation>Блок қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="168" />
        <source>Assumptions…</source>
        <translation>Болжамдар…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="180" />
        <source>Samples</source>
        <translation>Сынамалар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="184" />
        <location filename="../../greendesk/ui/formations_view.py" line="209" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="184" />
        <source>Basis</source>
        <translation>Есептеу негізі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="184" />
        <source>Grade</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="184" />
        <source>Tonnage, t</source>
        <translation>Тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="185" />
        <source>Contained, t</source>
        <translation>Құрамында, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="185" />
        <source>Recovery, %</source>
        <translation>Бөліп алу, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="185" />
        <source>Recoverable, t</source>
        <translation>Бөліп алынатыны, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="186" />
        <source>Price per t, USD</source>
        <translation>1 т бағасы, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="186" />
        <source>Value, USD</source>
        <translation>Құны, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="186" />
        <source>Processing cost, USD</source>
        <translation>Өңдеу шығыны, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="187" />
        <source>Net value, USD</source>
        <translation>Таза құны, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="187" />
        <source>Pays?</source>
        <translation>Тиімді ме?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="196" />
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="202" />
        <source>Cut-off</source>
        <translation>Шекті құрам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="202" />
        <source>Tonnage above, t</source>
        <translation>Жоғары тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="202" />
        <source>Mean grade above</source>
        <translation>Жоғары орташа құрам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="203" />
        <source>Metal, t</source>
        <translation>Металл, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="203" />
        <source>Blocks</source>
        <translation>Блоктар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="221" />
        <source>Grade–tonnage curve</source>
        <translation>«Құрам — тоннаж» қисығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="242" />
        <source>%1 formations, %2 with a screening value</source>
        <translation>Түзілімдер: %1, құны бағаланғаны: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="53" />
        <source>No formation selected</source>
        <translation>Түзілім таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="85" />
        <source>placements through %1</source>
        <translation>%1 дейін орналастыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="89" />
        <source>%1 construction</source>
        <translation>салу тәсілі: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="92" />
        <source>consequence class: %1</source>
        <translation>салдар сыныбы: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="95" />
        <source>LoW %1</source>
        <translation>Код %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="105" />
        <source>Sample</source>
        <translation>Сынама</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="105" />
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="105" />
        <source>Taken on</source>
        <translation>Алынған күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="105" />
        <source>Depth, m</source>
        <translation>Тереңдігі, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="124" />
        <source>blocks</source>
        <translation>блоктар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="125" />
        <source>mean grade</source>
        <translation>орташа құрам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="138" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="138" />
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="142" />
        <source>Not valued: the formation needs assays and a tonnage (or blocks).</source>
        <translation>Бағаланбады: түзілімге сынама талдаулары мен тоннаж (немесе блоктар) қажет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="145" />
        <source>Net value %1 USD, rank %2 of %3: re-mining pays for %4.</source>
        <translation>Таза құны %1 USD, рейтингі %3 ішінен %2: қайта игеру %4 үшін тиімді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="150" />
        <source>Net value %1 USD, rank %2 of %3: re-mining does not pay at these assumptions.</source>
        <translation>Таза құны %1 USD, рейтингі %3 ішінен %2: осы болжамдар бойынша қайта игеру тиімсіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="159" />
        <source>A curve needs blocks with assays.</source>
        <translation>Қисық үшін сынама талдаулары бар блоктар қажет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="173" />
        <source>Break-even grade at the assumptions: %1 %2</source>
        <translation>Болжамдар бойынша залалсыздық құрамы: %1 %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="308" />
        <source>Formation “%1” added.</source>
        <translation>«%1» түзілімі қосылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="321" />
        <source>Edit formation</source>
        <translation>Түзілімді өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="322" />
        <source>Formation “%1” saved.</source>
        <translation>«%1» түзілімі сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="332" />
        <source>Delete formation</source>
        <translation>Түзілімді жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="337" />
        <source>Formation “%1” deleted with its samples. Undo with Ctrl+Z.</source>
        <translation>«%1» түзілімі сынамаларымен бірге жойылды. Болдырмау — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="363" />
        <source>Edit sample %1</source>
        <translation>%1 сынамасын өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="371" />
        <source>Delete sample %1</source>
        <translation>%1 сынамасын жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="372" />
        <source>Sample %1 deleted.</source>
        <translation>%1 сынамасы жойылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="394" />
        <source>Edit the assumptions of “%1”</source>
        <translation>«%1» болжамдарын өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="407" />
        <source>Add component %1</source>
        <translation>%1 компонентін қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="421" />
        <source>Edit the default assumptions</source>
        <translation>Әдепкі болжамдарды өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="430" />
        <source>Import formations, assays or readings</source>
        <translation>Түзілімдерді, талдауларды немесе мониторинг нәтижелерін импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="431" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Кестелер (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="444" />
        <source>formations</source>
        <translation>түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="444" />
        <source>assays</source>
        <translation>талдау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="445" />
        <source>readings</source>
        <translation>мониторинг нәтижесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="447" />
        <source>Import %1 %2 from %3</source>
        <translation>Импорттау: %3 ішінен %1 %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="449" />
        <source>Imported %1 %2 from %3.</source>
        <translation>%3 файлынан %1 %2 импортталды.</translation>
    </message>
</context>
<context>
    <name>GradeTonnageChart</name>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="60" />
        <source>Tonnage above cut-off, Mt</source>
        <translation>Шекті құрамнан жоғары тоннаж, млн т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="69" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="74" />
        <source>Mean grade</source>
        <translation>Орташа құрам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="77" />
        <source>break-even</source>
        <translation>залалсыздық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="89" />
        <source>Cut-off grade, %1</source>
        <translation>Шекті құрам, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="90" />
        <source>Mean grade, %1</source>
        <translation>Орташа құрам, %1</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="15" />
        <source>Export...</source>
        <translation>Экспорттау...</translation>
    </message>
</context>
<context>
    <name>HeadDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="40" />
        <source>Check a head written down</source>
        <translation>Жазып алынған соңғы жазбаны тексеру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="42" />
        <source>entry:hash, as a workbook's cover shows it</source>
        <translation>жазба:хеш, кітаптың титул парағындағыдай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="43" />
        <source>Head</source>
        <translation>Соңғы жазба</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="49" />
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="56" />
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="56" />
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="56" />
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="56" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="57" />
        <source>What is wrong</source>
        <translation>Не дұрыс емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="67" />
        <source>Copy list</source>
        <translation>Тізімді көшіру</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="40" />
        <source>Log an environmental incident</source>
        <translation>Экологиялық инцидентті тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="56" />
        <source>(no clean-up waste)</source>
        <translation>(жою жұмыстарының қалдықтарынсыз)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="64" />
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="66" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="67" />
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="68" />
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="69" />
        <source>Substances released</source>
        <translation>Шығарылған заттар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="70" />
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="85" />
        <source>Quantity released</source>
        <translation>Шығарылған мөлшер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="71" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="72" />
        <source>Weather</source>
        <translation>Ауа райы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="73" />
        <source>Response actions</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="74" />
        <source>Clean-up waste from</source>
        <translation>Жою қалдықтары қайдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="75" />
        <source>Clean-up waste to</source>
        <translation>Жою қалдықтары қайда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="76" />
        <source>Waste</source>
        <translation>Қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="77" />
        <source>Waste quantity, t</source>
        <translation>Қалдықтар мөлшері, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="89" />
        <source>Waste quantity</source>
        <translation>Қалдықтар мөлшері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="91" />
        <source>Give where the clean-up waste went and how much.</source>
        <translation>Жою қалдықтары қайда жіберілгенін және олардың мөлшерін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="96" />
        <source>clean-up of incident: %s</source>
        <translation>инцидентті жою: %s</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="31" />
        <source>All periods</source>
        <translation>Барлық кезеңдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="31" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="32" />
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="32" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="33" />
        <source>From – to</source>
        <translation>Еркін кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="38" />
        <source>Search notes, nodes, materials</source>
        <translation>Ескертпелер, түйіндер, материалдар бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="47" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="47" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="48" />
        <source>Node</source>
        <translation>Түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="49" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="50" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="51" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="51" />
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="66" />
        <source>All sites</source>
        <translation>Барлық алаңдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="68" />
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="70" />
        <source>All materials</source>
        <translation>Барлық материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="72" />
        <source>All methods</source>
        <translation>Барлық әдістер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="88" />
        <source>All nodes</source>
        <translation>Барлық түйіндер</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="110" />
        <source>Flow ledger</source>
        <translation>Ағындар журналы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="65" />
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="67" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="69" />
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="73" />
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="74" />
        <source>Import template…</source>
        <translation>Импорт үлгісі…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="158" />
        <source>Set up the plant first: its sites and nodes in Plant structure, what flows between them in Materials. Then enter flows here.</source>
        <translation>Алдымен кәсіпорынды сипаттаңыз: алаңдар мен түйіндерді — «Кәсіпорын құрылымы» бөлімінде, олардың арасында не қозғалатынын — «Материалдар» бөлімінде. Содан кейін ағындарды осында енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="161" />
        <source>No flow records yet. Enter one in the panel on the right, or fill the import template (Import template…) and Import… a month at once.</source>
        <translation>Ағын жазбалары әлі жоқ. Оң жақтағы панельде жазба енгізіңіз немесе импорт үлгісін («Импорт үлгісі…») толтырып, бір айды бірден импорттаңыз («Импорт…»).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="164" />
        <source>No records match the filters; choose "All periods" or another site, node or material.</source>
        <translation>Сүзгілерге сәйкес жазбалар жоқ; «Барлық кезеңдер» немесе басқа алаңды, түйінді не материалды таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="199" />
        <location filename="../../greendesk/ui/ledger_view.py" line="240" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="238" />
        <source>Totals could not be computed: %s</source>
        <translation>Қорытындыларды есептеу мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="254" />
        <source>Add flow record</source>
        <translation>Ағын жазбасын қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="270" />
        <source>%1 is not a valid %2.</source>
        <translation>%1 — «%2» өрісі үшін жарамсыз мән.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="277" />
        <source>Edit the grades of a flow record</source>
        <translation>Ағын жазбасының құрамдарын өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="281" />
        <source>Edit flow record</source>
        <translation>Ағын жазбасын өзгерту</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="298" />
        <source>Delete %n flow record(s)</source>
        <translation>
            <numerusform>%n ағын жазбасын жою</numerusform>
            <numerusform>%n ағын жазбасын жою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="303" />
        <source>%n record(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n жазба жойылды. Болдырмау — Ctrl+Z.</numerusform>
            <numerusform>%n жазба жойылды. Болдырмау — Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="318" />
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n жол көшірілді.</numerusform>
            <numerusform>%n жол көшірілді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="328" />
        <source>Save the flow import template</source>
        <translation>Ағындарды импорттау үлгісін сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="329" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="337" />
        <source>The template could not be written: %s</source>
        <translation>Үлгіні жазу мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="339" />
        <source>Template saved as %s.</source>
        <translation>Үлгі %s ретінде сақталды.</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="101" />
        <source>Permitted limit at %1</source>
        <translation>%1 үшін норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="107" />
        <source>only where a lower bound applies (pH)</source>
        <translation>тек төменгі шек болғанда (pH)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="108" />
        <source>A reading equal to the limit is an exceedance</source>
        <translation>Нормативке тең мән асу болып саналады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="110" />
        <source>e.g. permit No., appendix</source>
        <translation>мысалы, рұқсат нөмірі, қосымша</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="111" />
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="112" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="119" />
        <source>Upper limit</source>
        <translation>Жоғарғы шек</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="113" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="120" />
        <source>Lower limit</source>
        <translation>Төменгі шек</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="115" />
        <source>Basis</source>
        <translation>Негіздеме</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="198" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="199" />
        <source>&amp;New database…</source>
        <translation>&amp;Жаңа дерекқор…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="201" />
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="203" />
        <source>Connect to &amp;server…</source>
        <translation>&amp;Серверге қосылу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="205" />
        <source>Open &amp;recent</source>
        <translation>Соңғы &amp;ашылғандар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="208" />
        <source>Open &amp;demo plant</source>
        <translation>&amp;Демо кәсіпорынды ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="211" />
        <source>&amp;Import flow records…</source>
        <translation>Ағын жазбаларын &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="213" />
        <source>Save flow import &amp;template…</source>
        <translation>Ағындарды импорттау &amp;үлгісін сақтау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="216" />
        <source>Import &amp;plant set-up…</source>
        <translation>Кәсіпорын &amp;баптауын импорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="217" />
        <source>Save plant set-up templa&amp;te…</source>
        <translation>Кәсіпорын баптау &amp;үлгісін сақтау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="220" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="221" />
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="230" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="231" />
        <source>&amp;About GreenDesk</source>
        <translation>GreenDesk &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="245" />
        <source>(no recent databases)</source>
        <translation>(соңғы дерекқорлар жоқ)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="263" />
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="301" />
        <source>Database: %s</source>
        <translation>Дерекқор: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="303" />
        <source> (read-only)</source>
        <translation> (тек оқу үшін)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="309" />
        <source>This database is read-only: you can look, but changes cannot be saved.</source>
        <translation>Дерекқор тек оқу үшін қолжетімді: қарауға болады, бірақ өзгерістерді сақтау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="313" />
        <source>The database was upgraded to this version's format; the previous file was kept as %s.</source>
        <translation>Дерекқор осы нұсқаның пішіміне жаңартылды; бұрынғы файл %s ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="323" />
        <source>New GreenDesk database</source>
        <translation>Жаңа GreenDesk дерекқоры</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="324" />
        <source>GreenDesk databases (*.sqlite *.db)</source>
        <translation>GreenDesk дерекқорлары (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="329" />
        <source>%s already exists; choose Open to work with it.</source>
        <translation>%s бұрыннан бар; онымен жұмыс істеу үшін «Ашу» пәрменін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="335" />
        <source>Open GreenDesk database</source>
        <translation>GreenDesk дерекқорын ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="336" />
        <source>GreenDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>GreenDesk дерекқорлары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="345" />
        <source>Writing the demo plant…</source>
        <translation>Демо кәсіпорын жазылуда…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="361" />
        <source>About GreenDesk</source>
        <translation>GreenDesk туралы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="362" />
        <source>&lt;b&gt;GreenDesk %s&lt;/b&gt;&lt;br&gt;The environmental officer's desk for mining and metallurgical plants.</source>
        <translation>&lt;b&gt;GreenDesk %s&lt;/b&gt;&lt;br&gt;Тау-кен металлургия кәсіпорны экологының жұмыс орны.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="31" />
        <source>Edit material</source>
        <translation>Материалды өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="31" />
        <source>New material</source>
        <translation>Жаңа материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="41" />
        <source>t/m³, optional</source>
        <translation>т/м³, міндетті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="43" />
        <source>GJ per t or m³, optional (fuels)</source>
        <translation>т немесе м³ үшін ГДж, міндетті емес (отын)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="45" />
        <source>tce per unit, optional</source>
        <translation>бірлікке т ш.о., міндетті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="52" />
        <source>List of Waste code, wastes only</source>
        <translation>Қалдықтар сыныптауышы бойынша код, тек қалдықтар үшін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="55" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="55" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="56" />
        <source>Measured by</source>
        <translation>Өлшеу түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="57" />
        <source>Default unit</source>
        <translation>Әдепкі бірлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="58" />
        <source>Density, t/m³</source>
        <translation>Тығыздығы, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="59" />
        <location filename="../../greendesk/ui/materials_view.py" line="91" />
        <source>Net calorific value</source>
        <translation>Төменгі жану жылуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="60" />
        <location filename="../../greendesk/ui/materials_view.py" line="92" />
        <source>tce factor</source>
        <translation>Ш.о.-ға айналдыру коэффициенті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="61" />
        <source>tce factor per</source>
        <translation>Ш.о. коэффициенті, бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="62" />
        <source>List of Waste code</source>
        <translation>Қалдықтар сыныптауышы бойынша код</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="63" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="89" />
        <source>Density</source>
        <translation>Тығыздығы</translation>
    </message>
</context>
<context>
    <name>MaterialsView</name>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="123" />
        <source>Materials</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="115" />
        <source>Add material</source>
        <translation>Материал қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="98" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="99" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="100" />
        <source>Measured by</source>
        <translation>Өлшеу түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="101" />
        <source>Default unit</source>
        <translation>Әдепкі бірлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="102" />
        <source>Density, t/m³</source>
        <translation>Тығыздығы, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="103" />
        <source>NCV, GJ per unit</source>
        <translation>Жану жылуы, ГДж/бірлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="104" />
        <source>tce factor</source>
        <translation>Ш.о. коэффициенті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="105" />
        <source>List of Waste</source>
        <translation>Қалдық коды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="116" />
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="120" />
        <source>No materials yet. Add material: ore, concentrate, tailings, fuels, electricity and the rest that flows between the nodes, each with the unit it is measured in.</source>
        <translation>Материалдар әлі жоқ. Материал қосыңыз: кен, концентрат, қалдықтар, отын, электр энергиясы және түйіндер арасында қозғалатын басқалары — әрқайсысы өлшем бірлігімен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="164" />
        <source>Add material “%s”</source>
        <translation>«%s» материалын қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="165" />
        <source>Material “%s” added.</source>
        <translation>«%s» материалы қосылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="169" />
        <source>Edit material “%s”</source>
        <translation>«%s» материалын өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="170" />
        <source>Material “%s” saved.</source>
        <translation>«%s» материалы сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="173" />
        <source>Material “%1” saved; the canonical quantities of %2 record(s) were recomputed from their entries with the new properties.</source>
        <translation>«%1» материалы сақталды; жаңа қасиеттермен %2 жазбаның негізгі бірліктегі саны қайта есептелді.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../greendesk/ui/forms.py" line="85" />
        <source>Dismiss</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="164" />
        <source>Add point</source>
        <translation>Нүкте қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="165" />
        <source>Edit point</source>
        <translation>Нүктені өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="166" />
        <source>Set limit</source>
        <translation>Норматив белгілеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="167" />
        <source>PEK programme…</source>
        <translation>ӨЭБ бағдарламасы…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="169" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="407" />
        <source>Add reading</source>
        <translation>Өлшеу қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="170" />
        <source>Delete readings</source>
        <translation>Өлшеулерді жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="173" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="185" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="188" />
        <source>Point</source>
        <translation>Нүкте</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="173" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="185" />
        <source>Watches</source>
        <translation>Бақылау нысаны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="173" />
        <source>Medium</source>
        <translation>Орта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="173" />
        <source>Every</source>
        <translation>Жиілігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="174" />
        <source>Limits</source>
        <translation>Нормативтер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="181" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="185" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="181" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="186" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="181" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="186" />
        <source>Limit</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="181" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="185" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="188" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="198" />
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="186" />
        <source>Margin</source>
        <translation>Нормативке дейінгі қор</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="188" />
        <source>No reading from</source>
        <translation>Өлшеусіз кезең басы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="189" />
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="188" />
        <source>To</source>
        <comment>end of a date range</comment>
        <translation>Соңы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="189" />
        <source>Required</source>
        <translation>Талап етіледі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="191" />
        <source>Exceedances</source>
        <translation>Нормативтен асулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="192" />
        <source>Gaps in the readings</source>
        <translation>Өлшеулердегі олқылықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="211" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="260" />
        <source>%1 days</source>
        <translation>%1 күн</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="338" />
        <source>every %1 days</source>
        <translation>әр %1 күн сайын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="340" />
        <source>Exceedances (%1)</source>
        <translation>Нормативтен асулар (%1)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="342" />
        <source>Gaps in the readings (%1)</source>
        <translation>Өлшеулердегі олқылықтар (%1)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="367" />
        <source>Add monitoring point</source>
        <translation>Мониторинг нүктесін қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="376" />
        <source>Edit monitoring point %1</source>
        <translation>%1 мониторинг нүктесін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="385" />
        <source>Set a limit at %1</source>
        <translation>%1 нүктесінде нормативті белгілеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="396" />
        <source>PEK programme at %1</source>
        <translation>ӨЭБ бағдарламасы: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/formation_monitoring.py" line="418" />
        <source>Delete %n reading(s)</source>
        <translation>
            <numerusform>%n өлшемді жою</numerusform>
            <numerusform>%n өлшемді жою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/formation_monitoring.py" line="422" />
        <source>%n reading(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n өлшеу жойылды. Болдырмау — Ctrl+Z.</numerusform>
            <numerusform>%n өлшеу жойылды. Болдырмау — Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthCloseDialog</name>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="48" />
        <source>Month close</source>
        <translation>Айды жабу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="55" />
        <source>Close the month</source>
        <translation>Айды жабу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="56" />
        <source>Close the month for every site: its records can no longer change until it is reopened.</source>
        <translation>Айды барлық алаңдар үшін жабу: ол қайта ашылмайынша оның жазбаларын өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="59" />
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="77" />
        <source>Stock-taking</source>
        <translation>Түгендеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="77" />
        <source>Assay</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="78" />
        <source>Monitoring reading</source>
        <translation>Мониторинг өлшемі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="79" />
        <source>Waste transfer</source>
        <translation>Қалдықтарды беру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="80" />
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="81" />
        <source>Metal balance</source>
        <translation>Металл балансы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="82" />
        <source>Emission factor</source>
        <translation>Шығарынды коэффициенті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="95" />
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: %3 open, %4 waived.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: ашық %3, өткізілген %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="99" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="99" />
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="99" />
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="102" />
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="102" />
        <source>waived: %1</source>
        <translation>өткізілді: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="119" />
        <source>Nothing is open for this site.</source>
        <translation>Бұл алаң бойынша ашық тармақ жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="121" />
        <source>Still open: %1.</source>
        <translation>Әлі ашық: %1.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="124" />
        <source>Every item is done or waived.</source>
        <translation>Әр тармақ орындалды немесе өткізілді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="130" />
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="131" />
        <source>Open the place to fix this item.</source>
        <translation>Осы тармақты түзететін орынды ашу.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="135" />
        <source>Waive…</source>
        <translation>Өткізу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="136" />
        <source>Leave this item as it is, with a reason kept in the audit trail.</source>
        <translation>Тармақты сол күйінде қалдыру, себебі аудит журналында сақталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="147" />
        <source>Waive item</source>
        <translation>Тармақты өткізу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="148" />
        <source>Why is this item left as it is?</source>
        <translation>Неліктен тармақ сол күйінде қалды?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="153" />
        <source>Waive month-close item</source>
        <translation>Ай жабу тармағын өткізу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="162" />
        <source>Close %s</source>
        <translation>%s жабу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="163" />
        <source>reopen the period in the Audit trail, with a reason.</source>
        <translation>кезеңді аудит журналында себебін көрсетіп қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="164" />
        <source>%s is closed: its records can no longer change.</source>
        <translation>%s жабылды: оның жазбаларын енді өзгертуге болмайды.</translation>
    </message>
</context>
<context>
    <name>MoveNodeDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="95" />
        <source>Move node</source>
        <translation>Түйінді көшіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="97" />
        <source>Move %s to</source>
        <translation>«%s» түйінін көшіру орны</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="249" />
        <source>monthly total</source>
        <translation>айлық жиынтық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="272" />
        <source>Waste</source>
        <translation>Қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="273" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="274" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="275" />
        <source>From</source>
        <comment>source node of a flow</comment>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="276" />
        <source>To</source>
        <comment>destination node of a flow</comment>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="278" />
        <source>Contractor</source>
        <translation>Мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="279" />
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="280" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="326" />
        <source>(the contractor's own node, made if missing)</source>
        <translation>(мердігердің өз түйіні; жоқ болса, жасалады)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="343" />
        <source>In %1 on that day: %2</source>
        <translation>Сол күні %1 ішінде: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="349" />
        <source>Choose the waste.</source>
        <translation>Қалдықты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="350" />
        <source>quantity</source>
        <translation>мөлшері</translation>
    </message>
</context>
<context>
    <name>NodeDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="62" />
        <source>Edit node</source>
        <translation>Түйінді өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="62" />
        <source>New node</source>
        <translation>Жаңа түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="67" />
        <source>e.g. Flotation</source>
        <translation>мысалы, Флотация</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="72" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="73" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="74" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="75" />
        <source>Loss reason</source>
        <translation>Шығын себебі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="76" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>NormChart</name>
    <message>
        <location filename="../../greendesk/ui/air_charts.py" line="28" />
        <source>mass</source>
        <translation>масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_charts.py" line="52" />
        <source>within the norm</source>
        <translation>норматив шегінде</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_charts.py" line="53" />
        <source>above the norm</source>
        <translation>нормативтен артық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_charts.py" line="62" />
        <source>norm, prorated</source>
        <translation>айлық норматив</translation>
    </message>
</context>
<context>
    <name>NormDialog</name>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="287" />
        <source>Edit permit norm</source>
        <translation>Рұқсат нормативін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="288" />
        <source>New permit norm</source>
        <translation>Рұқсаттың жаңа нормативі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="302" />
        <source>no end date</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="311" />
        <source>Source</source>
        <translation>Шығарындылар көзі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="312" />
        <source>Permit</source>
        <translation>Рұқсат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="313" />
        <source>Substance</source>
        <translation>Зат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="314" />
        <location filename="../../greendesk/ui/air_dialogs.py" line="328" />
        <source>g/s</source>
        <translation>г/с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="315" />
        <location filename="../../greendesk/ui/air_dialogs.py" line="329" />
        <source>t/year</source>
        <translation>т/жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="316" />
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="317" />
        <source>Valid until</source>
        <translation>Қолданылу соңы</translation>
    </message>
</context>
<context>
    <name>ObligationStatusDialog</name>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="19" />
        <source>not started</source>
        <translation>басталмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="20" />
        <source>in preparation</source>
        <translation>дайындалуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="22" />
        <source>submitted</source>
        <translation>тапсырылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="36" />
        <source>Status of an obligation</source>
        <translation>Міндеттеме мәртебесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="44" />
        <source>the authority's reference number</source>
        <translation>органның тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="49" />
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="57" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="60" />
        <source>Obligation</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="61" />
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="62" />
        <source>Submitted on</source>
        <translation>Тапсырылған күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="63" />
        <source>Reference number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="64" />
        <source>Submitted file</source>
        <translation>Тапсырылған файл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="65" />
        <source>Exported workbook</source>
        <translation>Экспортталған жұмыс кітабы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="66" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="73" />
        <source>no file</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="82" />
        <source>The submitted file</source>
        <translation>Тапсырылған файл</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="180" />
        <source>Officer's name</source>
        <translation>Орындаушының аты-жөні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="182" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="183" />
        <source>Recorded with every change, together with the computer's user name.</source>
        <translation>Әр өзгеріспен бірге компьютер пайдаланушысының атымен жазылады.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="65" />
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>OwnActionDialog</name>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="21" />
        <source>Add an own action</source>
        <translation>Өз іс-шараңызды қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="31" />
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="32" />
        <source>Action</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="33" />
        <source>Cost class</source>
        <translation>Шығын сыныбы</translation>
    </message>
</context>
<context>
    <name>PassportActions</name>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="200" />
        <location filename="../../greendesk/ui/waste_passport.py" line="222" />
        <source>Select a waste type in the list first.</source>
        <translation>Алдымен тізімнен қалдық түрін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="212" />
        <source>Edit the passport data of “%s”</source>
        <translation>«%s» паспортының деректерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="214" />
        <source>Passport data of “%s” saved; undo with Ctrl+Z.</source>
        <translation>«%s» паспортының деректері сақталды; болдырмау — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="225" />
        <source>“%s” is not a hazardous waste; passports are made for hazardous waste only.</source>
        <translation>«%s» қауіпті қалдықтарға жатпайды; паспорттар тек қауіпті қалдықтарға жасалады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="233" />
        <source>Save the passport as</source>
        <translation>Паспортты былайша сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="234" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PassportDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="54" />
        <source>Passport data of “%s”</source>
        <translation>«%s» паспортының деректері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="61" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="61" />
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="61" />
        <source>Unit</source>
        <translation>Өлш. бірл.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="62" />
        <source>Basis (protocol No., date, or calculation)</source>
        <translation>Негіздеме (хаттама №, күні немесе есеп)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="73" />
        <source>Add component</source>
        <translation>Компонент қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="74" />
        <source>Remove component</source>
        <translation>Компонентті жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="88" />
        <source>Composition</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="92" />
        <source>Property</source>
        <translation>Қасиеті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="92" />
        <source>Basis</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="104" />
        <source>Basis of each hazardous property</source>
        <translation>Әр қауіпті қасиеттің негіздемесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="109" />
        <source>entered</source>
        <translation>көрсетілген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="120" />
        <source>Handling precautions</source>
        <translation>Қолдану кезіндегі сақтық шаралары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="121" />
        <source>Transport precautions</source>
        <translation>Тасымалдау кезіндегі сақтық шаралары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="122" />
        <source>Storage precautions</source>
        <translation>Сақтау кезіндегі сақтық шаралары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="123" />
        <source>Prepared by</source>
        <translation>Жасаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="124" />
        <source>Passport date</source>
        <translation>Паспорт күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="131" />
        <source>not entered</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="166" />
        <source>share of %s</source>
        <translation>%s үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="166" />
        <source>row %d</source>
        <translation>%d-жол</translation>
    </message>
</context>
<context>
    <name>PermitAlertsList</name>
    <message>
        <location filename="../../greendesk/ui/permit_alerts_list.py" line="43" />
        <source>Permit conditions at risk</source>
        <translation>Қауіп төнген рұқсат шарттары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_alerts_list.py" line="59" />
        <source>on course to exceed the year's limit</source>
        <translation>жылдық норматив асып кетеді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_alerts_list.py" line="60" />
        <source>Open the contractors</source>
        <translation>Мердігерлерді ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_alerts_list.py" line="61" />
        <source>Open the permits</source>
        <translation>Рұқсаттарды ашу</translation>
    </message>
</context>
<context>
    <name>PermitDialog</name>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="26" />
        <source>Edit permit</source>
        <translation>Рұқсатты өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="26" />
        <source>New permit</source>
        <translation>Жаңа рұқсат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="31" />
        <source>as printed on the permit</source>
        <translation>рұқсатта басылғандай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="34" />
        <source>the body that issued it</source>
        <translation>рұқсатты берген орган</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="38" />
        <source>no end date</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="48" />
        <source>Comprehensive environmental permit applying best available techniques</source>
        <translation>Ең үздік қолжетімді техникаларды қолданатын кешенді экологиялық рұқсат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="50" />
        <source>The fee prices the site's mass within the norm at the loaded BAT coefficient while this permit is in force.</source>
        <translation>Осы рұқсат әрекет еткенде, алаңның норматив шегіндегі массасы үшін төлемақы жүктелген ЕҮҚТ коэффициентімен есептеледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="55" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="56" />
        <source>Permit number</source>
        <translation>Рұқсат нөмірі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="57" />
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="58" />
        <source>Issuing authority</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="59" />
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="60" />
        <source>Valid until</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="61" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="62" />
        <source>Best available techniques</source>
        <translation>Ең үздік қолжетімді техникалар</translation>
    </message>
</context>
<context>
    <name>PermitTermsDialog</name>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="21" />
        <source>Conditions and limits of permit “%s”</source>
        <translation>«%s» рұқсатының шарттары мен лимиттері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="24" />
        <source>one condition a line, as the permit lists them</source>
        <translation>әр жолға бір шарт, рұқсаттағы ретпен</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="30" />
        <source>Waste type</source>
        <translation>Қалдық түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="30" />
        <source>Accumulation limit, t/year</source>
        <translation>Жинақтау лимиті, т/жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="31" />
        <source>Burial limit, t/year</source>
        <translation>Көму лимиті, т/жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="43" />
        <source>Conditions</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="44" />
        <source>Waste limits</source>
        <translation>Қалдықтар лимиттері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="49" />
        <source>waste limit</source>
        <translation>қалдықтар лимиті</translation>
    </message>
</context>
<context>
    <name>PermitsPanel</name>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="53" />
        <source>Add permit</source>
        <translation>Рұқсат қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="54" />
        <source>Edit permit</source>
        <translation>Рұқсатты өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="56" />
        <location filename="../../greendesk/ui/permits_panel.py" line="189" />
        <source>Delete permit</source>
        <translation>Рұқсатты жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="58" />
        <source>Conditions and limits…</source>
        <translation>Шарттар мен лимиттер…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="61" />
        <source>Permit number</source>
        <translation>Рұқсат нөмірі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="61" />
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="61" />
        <source>Issuing authority</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="62" />
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="62" />
        <source>Valid until</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="62" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="86" />
        <source>Environmental permits of “%s”</source>
        <translation>«%s» алаңының экологиялық рұқсаттары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="87" />
        <source>Choose a site to see its environmental permits.</source>
        <translation>Экологиялық рұқсаттарын көру үшін алаңды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="88" />
        <source>no end date</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="104" />
        <source>Permit %1: %2 accumulated %3 t in %4 against a limit of %5 t (%6 t over).</source>
        <translation>%1 рұқсаты: %4 жылы %2 — %3 т жинақталды, лимит %5 т (%6 т асып кетті).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="106" />
        <source>Permit %1: %2 buried %3 t in %4 against a limit of %5 t (%6 t over).</source>
        <translation>%1 рұқсаты: %4 жылы %2 — %3 т көмілді, лимит %5 т (%6 т асып кетті).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="127" />
        <source>No conditions entered.</source>
        <translation>Шарттар енгізілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="130" />
        <source>%1: accumulation %2 t/year, burial %3 t/year</source>
        <translation>%1: жинақтау %2 т/жыл, көму %3 т/жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="162" />
        <source>Add permit “%s”</source>
        <translation>«%s» рұқсатын қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="171" />
        <source>Edit permit “%s”</source>
        <translation>«%s» рұқсатын өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="183" />
        <source>Conditions and limits of permit “%s”</source>
        <translation>«%s» рұқсатының шарттары мен лимиттері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="190" />
        <source>Delete permit “%s”?</source>
        <translation>«%s» рұқсатын жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="202" />
        <source>Delete permit “%s”</source>
        <translation>«%s» рұқсатын жою</translation>
    </message>
</context>
<context>
    <name>PlantImportController</name>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="46" />
        <location filename="../../greendesk/ui/plant_import_ui.py" line="88" />
        <source>Import plant set-up</source>
        <translation>Кәсіпорын баптауын импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="47" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="78" />
        <source>%1 matches the plant; nothing to change.</source>
        <translation>%1 кәсіпорын деректерімен сәйкес келеді; өзгертетін ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/plant_import_ui.py" line="83" />
        <source>Importing %1 makes %n change(s):</source>
        <translation>
            <numerusform>%1 импорты %n өзгеріс енгізеді:</numerusform>
            <numerusform>%1 импорты %n өзгеріс енгізеді:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/plant_import_ui.py" line="87" />
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… және тағы %n (толығырақ қараңыз).</numerusform>
            <numerusform>… және тағы %n (толығырақ қараңыз).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="89" />
        <source>Apply these changes?</source>
        <translation>Осы өзгерістерді қолдану керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="101" />
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="111" />
        <source>Import plant set-up from %1</source>
        <translation>%1 файлынан кәсіпорын баптауын импорттау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/plant_import_ui.py" line="113" />
        <source>Imported the plant set-up from %1: %n change(s).</source>
        <translation>
            <numerusform>Кәсіпорын баптауы %1 файлынан импортталды: %n өзгеріс.</numerusform>
            <numerusform>Кәсіпорын баптауы %1 файлынан импортталды: %n өзгеріс.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="22" />
        <source>Plot Options</source>
        <translation>График параметрлері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="23" />
        <source>Transforms</source>
        <translation>Түрлендірулер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="24" />
        <source>Downsample</source>
        <translation>Нүктелерді сирету</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="25" />
        <source>Average</source>
        <translation>Орташалау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="26" />
        <source>Alpha</source>
        <translation>Мөлдірлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="27" />
        <source>Grid</source>
        <translation>Тор</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="28" />
        <source>Points</source>
        <translation>Нүктелер</translation>
    </message>
</context>
<context>
    <name>PointDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="66" />
        <source>Edit monitoring point</source>
        <translation>Мониторинг нүктесін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="67" />
        <source>New monitoring point</source>
        <translation>Жаңа мониторинг нүктесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="72" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="74" />
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="79" />
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="81" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="82" />
        <source>Watches</source>
        <translation>Бақылау нысаны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="83" />
        <source>Formation</source>
        <translation>Түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="84" />
        <source>Source node</source>
        <translation>Көз түйіні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="85" />
        <source>Medium</source>
        <translation>Орта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="86" />
        <source>A reading at least every</source>
        <translation>Өлшеу кемінде әр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="88" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="24" />
        <source>PEK programme at %1</source>
        <translation>ӨЭБ бағдарламасы: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="32" />
        <source>Measured</source>
        <translation>Өлшенеді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="32" />
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="32" />
        <source>Norm</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="32" />
        <source>Frequency</source>
        <translation>Кезеңділік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="33" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="33" />
        <source>Laboratory</source>
        <translation>Зертхана</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="59" />
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="127" />
        <source>New reading at %1</source>
        <translation>%1 нүктесінде жаңа өлшеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="137" />
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="138" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="139" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="143" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="140" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>ReconciledWriteButton</name>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="32" />
        <source>Write reconciled values into the unmeasured flows</source>
        <translation>Үйлестірілген мәндерді өлшенбеген ағындарға жазу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="33" />
        <source>Each flow the reconciliation estimated takes its reconciled value; a flow with weighed records too takes the rest. Edit ▸ Undo takes it back.</source>
        <translation>Балансты үйлестіру бағалаған әр ағын үйлестірілген мәнін алады; өлшенген жазбалары да бар ағын қалғанын алады. Түзету ▸ Болдырмау бұрынғы мәндерді қайтарады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="52" />
        <location filename="../../greendesk/ui/reconcile_write.py" line="69" />
        <source>Write reconciled values</source>
        <translation>Үйлестірілген мәндерді жазу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="61" />
        <source>The global test did not pass (or could not be run), so the estimates rest on balances that do not close. Write them into the unmeasured flows anyway?</source>
        <translation>Жаһандық сынақ өтпеді (немесе орындалмады), сондықтан бағалаулар жабылмайтын баланстарға сүйенеді. Оларды бәрібір өлшенбеген ағындарға жазу керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="73" />
        <source>Reconciled values written; flows changed: %1.</source>
        <translation>Үйлестірілген мәндер жазылды; өзгерген ағындар: %1.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="76" />
        <source>Left as they were, since reconciliation could not determine them: %1.</source>
        <translation>Өзгеріссіз қалдырылды, себебі балансты үйлестіру оларды анықтай алмады: %1.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../greendesk/analysis/formations.py" line="34" />
        <source>{text!r} is not a grade unit; write %, g/t, ppm, ppb or kg/t.</source>
        <translation>{text!r} — құрам өлшем бірлігі емес; %, g/t, ppm, ppb немесе kg/t деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="68" />
        <source>There is no site {text!r}; the sites are: {names}.</source>
        <translation>{text!r} алаңы жоқ; бар алаңдар: {names}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="82" />
        <source>There is no node {text!r} at that site.</source>
        <translation>Бұл алаңда {text!r} түйіні жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="83" />
        <source>There is no node {text!r}.</source>
        <translation>{text!r} түйіні жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="85" />
        <source>Several sites have a node {text!r}; add --site to choose one.</source>
        <translation>{text!r} түйіні бірнеше алаңда бар; біреуін таңдау үшін --site қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="329" />
        <source>--alpha is a significance level between 0 and 0.5, e.g. 0.05.</source>
        <translation>--alpha — 0 мен 0.5 аралығындағы маңыздылық деңгейі, мысалы, 0.05.</translation>
    </message>
    <message>
        <location filename="../../greendesk/demo/names.py" line="39" />
        <source>The demo plant is written in English, Russian or Kazakh (en, ru, kk), not {value!r}.</source>
        <translation>Демо кәсіпорын ағылшын, орыс немесе қазақ тілінде (en, ru, kk) жазылады, {value!r} емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="105" />
        <source>The mapping {part!r} is not FIELD=COLUMN, e.g. code=Код.</source>
        <translation>{part!r} сәйкестендіруі FIELD=COLUMN түрінде емес, мысалы, code=Код.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="109" />
        <source>{name!r} is not a classifier field; the fields are: {fields}.</source>
        <translation>{name!r} — сыныптауыш өрісі емес; өрістер: {fields}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="161" />
        <source>The column {column!r} named for {field} in the mapping is not in the file; the headings found are: {found}.</source>
        <translation>Сәйкестендіруде {field} өрісі үшін көрсетілген {column!r} бағаны файлда жоқ; табылған тақырыптар: {found}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="175" />
        <location filename="../../greendesk/importers/flows_rows.py" line="264" />
        <source>The required column {column} is missing; the headings found in row {row} are: {found}.</source>
        <translation>Міндетті {column} бағаны жоқ; {row}-жолдағы тақырыптар: {found}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="193" />
        <source>'{value}' is not a hazardous flag; write yes or no (да/нет), or leave it empty and mark hazardous codes with an asterisk.</source>
        <translation>«{value}» — қауіптілік белгісі емес; yes немесе no (иә/жоқ) деп жазыңыз не ұяшықты бос қалдырып, қауіпті кодтарды жұлдызшамен белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="215" />
        <source>'{value}' is not an entry type; write, e.g., Absolute hazardous or Mirror non-hazardous.</source>
        <translation>«{value}» — позиция түрі емес; мысалы, Absolute hazardous немесе Mirror non-hazardous деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="260" />
        <source>'{value}' is not a level; write chapter, subchapter or entry (глава, подглава, позиция).</source>
        <translation>«{value}» — деңгей емес; chapter, subchapter немесе entry (тарау, бөлім, позиция) деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="267" />
        <source>The code is missing.</source>
        <translation>Код көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="276" />
        <source>{code} is not the code of a {value}; check the level or the code.</source>
        <translation>{code} — «{value}» деңгейінің коды емес; деңгейді немесе кодты тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="286" />
        <source>The description is missing.</source>
        <translation>Атауы көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="289" />
        <source>The description is {count:,} characters long, over the limit of {most:,}.</source>
        <translation>Атаудың ұзындығы {count:,} таңба, бұл {most:,} шегінен асады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="309" />
        <source>The code {raw} has the hazardous asterisk, but this column says the entry is not hazardous.</source>
        <translation>{raw} кодында қауіптілік жұлдызшасы бар, бірақ бұл бағанда позиция қауіпті емес деп көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="322" />
        <source>The entry type says {typed}, but the code and the hazardous flag say {flag}.</source>
        <translation>Позиция түрінде «{typed}» делінген, ал код пен қауіптілік белгісі бойынша — «{flag}».</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="337" />
        <source>{code} is a heading, which cannot be hazardous; only six-digit entries carry the asterisk.</source>
        <translation>{code} — тақырып, ол қауіпті бола алмайды; жұлдызша тек алты таңбалы позицияларға қойылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="351" />
        <source>The code {code} appears twice; it is also in {target}.</source>
        <translation>{code} коды екі рет кездеседі; ол мына жерде де бар: {target}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="372" />
        <source>hazardous</source>
        <translation>қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="373" />
        <source>not hazardous</source>
        <translation>қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="390" />
        <source>Choose the classifier file to import.</source>
        <translation>Импорттау үшін сыныптауыш файлын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="413" />
        <source>{name} has no six-digit entries, only headings; load the headings together with the entries file.</source>
        <translation>{name} файлында алты таңбалы позициялар жоқ, тек тақырыптар бар; тақырыптарды позициялар файлымен бірге жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="82" />
        <source>{name} was already imported on {when:%Y-%m-%d at %H:%M} ({count:,} flow records, as {file_name}); nothing was imported. Import it again only if its records should be added a second time.</source>
        <translation>{name} файлы бұрын импортталған: {when:%Y-%m-%d at %H:%M} (ағын жазбалары: {count:,}, {file_name} атауымен); ештеңе импортталмады. Оның жазбаларын екінші рет қосу қажет болса ғана қайта импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="126" />
        <source>{name} has column headings but no flow records to import.</source>
        <translation>{name} файлында баған тақырыптары бар, бірақ импорттайтын ағын жазбалары жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="142" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт тоқтатылды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="156" />
        <source>Importing {name}</source>
        <translation>{name} файлын импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="169" />
        <source>{name} changed while it was being imported; nothing was imported. Import it again.</source>
        <translation>{name} файлы импорттау кезінде өзгерді; ештеңе импортталмады. Оны қайта импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_repeat.py" line="103" />
        <source>{count:,} entered in the ledger</source>
        <translation>ағындар журналына енгізілгені: {count:,}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_repeat.py" line="106" />
        <source>{count:,} imported from {file} on {when:%Y-%m-%d at %H:%M}</source>
        <translation>{file} файлынан импортталғаны ({when:%Y-%m-%d at %H:%M}): {count:,}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_repeat.py" line="110" />
        <source>; and more</source>
        <translation>; және басқалар</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_repeat.py" line="112" />
        <source>{count:,} of the {total:,} rows of {file} match records already in the database (the same date, nodes, material, quantity and unit): {shown}{more}; nothing was imported. Import it again only if these records should be added a second time.</source>
        <translation>{file} файлының {total:,} жолының {count:,} жолы дерекқорда бар жазбалармен сәйкес келеді (күні, түйіндері, материалы, саны және өлшем бірлігі бірдей): {shown}{more}; ештеңе импортталмады. Бұл жазбаларды екінші рет қосу қажет болса ғана қайта импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="34" />
        <source>sheet {sheet}</source>
        <translation>{sheet} парағы</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="36" />
        <source>row {row}</source>
        <translation>{row}-жол</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="38" />
        <source>column {column} ({header})</source>
        <translation>{column} бағаны ({header})</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="41" />
        <source>column {column}</source>
        <translation>{column} бағаны</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="69" />
        <source>{file} has 1 problem; nothing was imported. First: {first}</source>
        <translation>{file} файлында 1 қате бар; ештеңе импортталмады. Біріншісі: {first}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="73" />
        <source>{file} has {total:,} problems; nothing was imported. First: {first}</source>
        <translation>{file} файлында {total:,} қате бар; ештеңе импортталмады. Біріншісі: {first}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="77" />
        <source>{file} has {total:,} problems (the first {listed:,} are listed); nothing was imported. First: {first}</source>
        <translation>{file} файлында {total:,} қате бар (тізімде алғашқы {listed:,}); ештеңе импортталмады. Біріншісі: {first}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="128" />
        <source>{show} is not a month of the calendar.</source>
        <translation>{show} — күнтізбедегі ай емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="135" />
        <source>{show} is not a date; write 2025-03-31 or 31.03.2025 for a day, 2025-03 or 03.2025 for a monthly total.</source>
        <translation>{show} — жарамды күн емес; бір күн үшін 2025-03-31 немесе 31.03.2025, айлық жиынтық үшін 2025-03 немесе 03.2025 деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="139" />
        <source>{show} is a number, not a date; format the cell as a date or write 2025-03-31.</source>
        <translation>{show} — күн емес, сан; ұяшыққа күн пішімін беріңіз немесе 2025-03-31 деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="169" />
        <source>{show} is ambiguous: the comma may separate thousands or decimals; write the number without a thousands separator.</source>
        <translation>{show} — екіұшты: үтір мыңдықтарды да, ондық бөлшекті де бөле алады; санды мыңдық бөлгішсіз жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="175" />
        <source>{show} does not use the file's decimal mark.</source>
        <translation>{show}: ондық бөлгіш файлдағы бөлгішке сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="178" />
        <source>{show} is not a number: its separators are misplaced.</source>
        <translation>{show} — сан емес: бөлгіштер дұрыс қойылмаған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="180" />
        <location filename="../../greendesk/importers/flows_rows.py" line="503" />
        <location filename="../../greendesk/importers/mapped_cells.py" line="182" />
        <source>{show} is not a number.</source>
        <translation>{show} — сан емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="193" />
        <source>{show} is not a method; write measured, calculated or estimated (измерено, расчёт, оценка).</source>
        <translation>{show} — әдіс емес; measured, calculated немесе estimated (өлшенген, есептелген, бағаланған) деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="204" />
        <source>{show} is not a reconciliation role; write measured, unmeasured or constant (измерено, не измерено, константа).</source>
        <translation>{show} — балансты үйлестірудегі рөл емес; жазыңыз: өлшенген, өлшенбеген немесе тұрақты (измерено, не измерено, константа).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="254" />
        <location filename="../../greendesk/importers/plant_import.py" line="154" />
        <source>Columns {first} and {second} are both {heading}; keep one of them.</source>
        <translation>{first} және {second} бағандарының екеуі де — «{heading}»; біреуін ғана қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="292" />
        <source>The site is missing.</source>
        <translation>Алаң көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="296" />
        <source>{show} is not a site of the plant; the sites are: {known}.</source>
        <translation>{show} — кәсіпорын алаңы емес; алаңдар: {known}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="300" />
        <location filename="../../greendesk/services/waste_movements.py" line="352" />
        <source>comes from</source>
        <translation>шығатын</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="301" />
        <location filename="../../greendesk/services/waste_movements.py" line="400" />
        <location filename="../../greendesk/services/waste_movements.py" line="408" />
        <source>goes to</source>
        <translation>баратын</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="305" />
        <source>The node the flow {what} is missing.</source>
        <translation>Ағын {what} түйін көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="314" />
        <source>{show} is not a node of {site}; it belongs to {sites}. Flows run within one site: record a shipment and a receipt at each site's boundary nodes.</source>
        <translation>{show} — {site} алаңының түйіні емес; ол мына алаңға тиесілі: {sites}. Ағындар бір алаң ішінде жүреді: әр алаңның шекаралық түйіндерінде жөнелтуді және қабылдауды жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="318" />
        <source>{show} is not a node of {site}.</source>
        <translation>{show} — {site} алаңының түйіні емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="324" />
        <source>The material is missing.</source>
        <translation>Материал көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="327" />
        <source>{show} is not in the material catalogue.</source>
        <translation>{show} материалдар анықтамалығында жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="330" />
        <source>The unit is missing.</source>
        <translation>Өлшем бірлігі көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="358" />
        <source>{value} is not a unit GreenDesk knows; accepted units are {units}.</source>
        <translation>{value} — GreenDesk білмейтін өлшем бірлігі; қабылданатын бірліктер: {units}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="371" />
        <location filename="../../greendesk/services/flows.py" line="172" />
        <source>{qty:,.6g} {unit} of {material} is more than a billion {canonical} in one record; check the quantity and unit.</source>
        <translation>{material} материалының {qty:,.6g} {unit} мөлшері бір жазбада миллиард {canonical} шамасынан асады; саны мен өлшем бірлігін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="375" />
        <location filename="../../greendesk/services/flows.py" line="166" />
        <source>{qty!r} {unit} is too small to record: it is 0 {canonical} once converted; check the quantity and unit.</source>
        <translation>{qty!r} {unit} жазу үшін тым аз: қайта есептегенде 0 {canonical} болады; саны мен өлшем бірлігін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="385" />
        <source>{period} is closed; reopen it (with a reason) to change its records.</source>
        <translation>{period} кезеңі жабық; оның жазбаларын өзгерту үшін кезеңді қайта ашыңыз (себебін көрсетіп).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="411" />
        <source>The date is missing.</source>
        <translation>Күні көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="413" />
        <source>{value} is not a date.</source>
        <translation>{value} — жарамды күн емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="420" />
        <location filename="../../greendesk/importers/mapped_cells.py" line="226" />
        <location filename="../../greendesk/services/flows.py" line="122" />
        <source>The date {date} is out of range.</source>
        <translation>{date} күні рұқсат етілген ауқымнан тыс.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="424" />
        <source>The date {date} is after today ({today}); a flow record states what has happened.</source>
        <translation>{date} күні бүгінгі күннен ({today}) кейін; ағын жазбасы болып өткен нәрсені тіркейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="489" />
        <source>The quantity is missing.</source>
        <translation>Саны көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="499" />
        <source>The quantity must be greater than zero, not {show}.</source>
        <translation>Саны нөлден көп болуы керек, ал көрсетілгені: {show}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="538" />
        <source>The uncertainty is a percentage from 0 to 100, not {value:g}.</source>
        <translation>Белгісіздік 0-ден 100-ге дейінгі пайызбен беріледі, ал көрсетілгені: {value:g}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="550" />
        <source>The note is {count:,} characters long, over the limit of {most:,}.</source>
        <translation>Ескертпенің ұзындығы {count:,} таңба, бұл {most:,} шегінен асады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="578" />
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}, {sheet} парағы, {row}-жол</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="580" />
        <source>{file}, row {row}</source>
        <translation>{file}, {row}-жол</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="260" />
        <source>In {where}, write a heading or an object with a column.</source>
        <translation>{where}: тақырыпты немесе бағаны (column) көрсетілген объектіні жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="267" />
        <source>In {where}, {option!r} is not a mapping option; the options are {options}.</source>
        <translation>{where}: {option!r} — сәйкестендіру параметрі емес; параметрлер: {options}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="272" />
        <source>In {where}, give exactly one of column, columns, template or value.</source>
        <translation>{where}: column, columns, template немесе value ішінен дәл біреуін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="277" />
        <source>In {where}, decimal is "comma", "point" or "auto".</source>
        <translation>{where}: decimal мәні «comma», «point» немесе «auto» болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="283" />
        <source>In {where}, scale must be a positive number.</source>
        <translation>{where}: scale оң сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="288" />
        <source>In {where}, values must map file words to GreenDesk values.</source>
        <translation>{where}: values файлдағы сөздерді GreenDesk мәндеріне сәйкестендіруі керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="297" />
        <source>In {where}, {word!r} maps to {value!r}, which is not one of {values}.</source>
        <translation>{where}: {word!r} сөзі {value!r} мәніне сәйкестендірілген, ол мыналардың бірі емес: {values}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="310" />
        <source>{source} is not a column mapping: it should be a JSON object.</source>
        <translation>{source} — бағандарды сәйкестендіру емес: ол JSON объектісі болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="315" />
        <source>{source} is for {target!r}; a mapping is for formations, assays or readings.</source>
        <translation>{source}: {target!r} мақсаты қолданылмайды; сәйкестендіру formations, assays немесе readings (түзілімдер, сынама талдаулары, мониторинг нәтижелері) үшін болады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="320" />
        <source>{source} maps no fields.</source>
        <translation>{source}: бірде-бір өріс сәйкестендірілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="325" />
        <source>{source} maps {key!r}, which is not a field of {target}; the fields are {fields}.</source>
        <translation>{source}: {key!r} — {target} өрісі емес; өрістер: {fields}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="332" />
        <source>In {source}, decimal is "comma", "point" or "auto".</source>
        <translation>{source}: decimal мәні «comma», «point» немесе «auto» болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="354" />
        <source>Give the mapping a name.</source>
        <translation>Сәйкестендіруге атау беріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="375" />
        <source>There is no mapping file {path}.</source>
        <translation>{path} сәйкестендіру файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="384" />
        <source>There is no saved mapping named {text!r}; the mappings are: {names}.</source>
        <translation>{text!r} атаулы сақталған сәйкестендіру жоқ; бар сәйкестендірулер: {names}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="393" />
        <source>The mapping {path} could not be read: {reason}.</source>
        <translation>{path} сәйкестендіруін оқу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="397" />
        <source>The mapping {file} is not valid JSON (line {line}: {reason}).</source>
        <translation>{file} сәйкестендіруі — жарамсыз JSON ({line}-жол: {reason}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="78" />
        <location filename="../../greendesk/readers/tabular.py" line="141" />
        <location filename="../../greendesk/readers/tabular.py" line="162" />
        <source>{name} could not be read: {reason}.</source>
        <translation>{name} файлын оқу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="91" />
        <source>{name} was already imported on {when:%Y-%m-%d at %H:%M} ({count:,} rows, as {file_name}); nothing was imported. Import it again only if that is meant.</source>
        <translation>{name} файлы бұрын импортталған: {when:%Y-%m-%d at %H:%M} (жолдар: {count:,}, {file_name} атауымен); ештеңе импортталмады. Шынымен қажет болса ғана қайта импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="126" />
        <source>{name} has column headings but no rows to import.</source>
        <translation>{name} файлында баған тақырыптары бар, бірақ импорттайтын жолдар жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="156" />
        <source>There is no site named {site!r} in this database.</source>
        <translation>Бұл дерекқорда {site!r} атаулы алаң жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="205" />
        <source>The formation's {label} is missing.</source>
        <translation>Түзілімнің «{label}» өрісі көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="214" />
        <source>{show} is not a site of the plant.</source>
        <translation>{show} — кәсіпорын алаңы емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="222" />
        <source>{show} is not a node of the formation's site.</source>
        <translation>{show} — түзілім алаңының түйіні емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="236" />
        <source>The identifier {identifier!r} is also on row {row}.</source>
        <translation>{identifier!r} сәйкестендіргіші {row}-жолда да бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="245" />
        <source>The name {name!r} is also on row {row} for the same site.</source>
        <translation>{name!r} атауы сол алаң үшін {row}-жолда да бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="112" />
        <source>The mapping reads grades of {code!r}, which is not a component; add it first (Cu, Zn, Pb, Fe, Au, Ag and those added).</source>
        <translation>Сәйкестендіру {code!r} құрамын оқиды, бірақ ол компонент емес; алдымен оны қосыңыз (Cu, Zn, Pb, Fe, Au, Ag және қосылғандар бар).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="117" />
        <source>The mapping says neither where the component and grade are nor which columns hold grades (grade:Cu, grade:Au, ...).</source>
        <translation>Сәйкестендіруде компонент пен құрамының қайда екені де, құрамдар қай бағандарда екені де көрсетілмеген (grade:Cu, grade:Au, ...).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="136" />
        <location filename="../../greendesk/importers/lab_import.py" line="346" />
        <source>The {what} is missing.</source>
        <translation>«{what}» өрісі көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="144" />
        <source>The formation already has a sample {code}; it was not imported twice.</source>
        <translation>Түзілімде {code} сынамасы бұрыннан бар; ол екінші рет импортталмады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="155" />
        <source>Sample {code} is in block {block} on row {row}.</source>
        <translation>{row}-жолда {code} сынамасы {block} блогына жатады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="197" />
        <source>The {missing} is missing.</source>
        <translation>«{missing}» өрісі көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="210" />
        <source>{show} is not a formation of the register.</source>
        <translation>{show} түзілімдер тізілімінде жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="213" />
        <source>{show} is the name of {count} formations; use their identifiers instead.</source>
        <translation>{show} — {count} түзілімнің атауы; оның орнына олардың сәйкестендіргіштерін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="228" />
        <source>Block {block} holds {tonnage:,.0f} t in the register, not {given:,.0f} t.</source>
        <translation>Тізілім бойынша {block} блогында {given:,.0f} т емес, {tonnage:,.0f} т бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="238" />
        <source>Block {block} has {first:,.0f} t on row {row}, not {given:,.0f} t.</source>
        <translation>{row}-жолда {block} блогы үшін {given:,.0f} т емес, {first:,.0f} т көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="253" />
        <source>{show} is not a component; add it first.</source>
        <translation>{show} — компонент емес; алдымен оны қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="258" />
        <source>Sample {code} has a second grade of {component}.</source>
        <translation>{code} сынамасында {component} құрамы екінші рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="269" />
        <source>{grade:g} {unit} is not a possible grade of {code}.</source>
        <translation>{grade:g} {unit} — {code} үшін мүмкін емес құрам.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="280" />
        <source>Block {name} is new: give its tonnage (greater than zero).</source>
        <translation>{name} блогы жаңа: оның тоннажын көрсетіңіз (нөлден көп).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="351" />
        <source>{show} is not a monitoring point; add it first.</source>
        <translation>{show} — мониторинг нүктесі емес; алдымен оны қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="357" />
        <source>{show} is not a parameter; add it first.</source>
        <translation>{show} — параметр емес; алдымен оны қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="64" />
        <source>The mapping '{mapping}' reads {what} from a column {column!r}, which the file does not have; its headings are: {found}.</source>
        <translation>«{mapping}» сәйкестендіруі «{what}» өрісін файлда жоқ {column!r} бағанынан алады; файл тақырыптары: {found}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="71" />
        <source>The mapping '{mapping}' does not say where {field_name} comes from; it is required.</source>
        <translation>«{mapping}» сәйкестендіруінде «{field_name}» өрісі қайдан алынатыны көрсетілмеген; ол міндетті.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="154" />
        <source>The text is {count:,} characters long, over the limit of {limit:,}.</source>
        <translation>Мәтіннің ұзындығы {count:,} таңба, бұл {limit:,} шегінен асады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="174" />
        <source>{show} is ambiguous: the comma may separate thousands or decimals; set the column's decimal mark in the mapping.</source>
        <translation>{show} — екіұшты: үтір мыңдықтарды да, ондық бөлшекті де бөле алады; сәйкестендіруде бағанның ондық бөлгішін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="179" />
        <source>{show} does not use the decimal mark the mapping sets.</source>
        <translation>{show}: ондық бөлгіш сәйкестендіруде берілгенге сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="203" />
        <source>{show} is not a year such as 1975.</source>
        <translation>{show} — жыл емес (мысалы, 1975).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="220" />
        <source>{show} is not a date; write 2025-03-31 or 31.03.2025.</source>
        <translation>{show} — жарамды күн емес; 2025-03-31 немесе 31.03.2025 деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="246" />
        <source>{show} is not a {kind} GreenDesk knows ({allowed}); say what it means in the mapping's values.</source>
        <translation>{show} — GreenDesk білмейтін «{kind}» мәні (рұқсат етілгендері: {allowed}); оның мағынасын сәйкестендіру мәндерінде көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="269" />
        <source>{show} is neither yes nor no.</source>
        <translation>{show} — «иә» де, «жоқ» та емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/paths.py" line="50" />
        <location filename="../../greendesk/store/db.py" line="366" />
        <source>{value} is neither a file path nor a database URL.</source>
        <translation>{value} — файл жолы да, дерекқор URL-і де емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/paths.py" line="55" />
        <source>GreenDesk keeps a plant in an SQLite file or on a PostgreSQL server; {backend} databases are not supported.</source>
        <translation>GreenDesk кәсіпорын деректерін SQLite файлында немесе PostgreSQL серверінде сақтайды; {backend} дерекқорларына қолдау көрсетілмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/paths.py" line="61" />
        <source>{value} names no database file.</source>
        <translation>{value} ешбір дерекқор файлын көрсетпейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="34" />
        <source>The period {period} ends before it starts.</source>
        <translation>{period} кезеңі басталуынан бұрын аяқталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="45" />
        <source>There is no year {year} in GreenDesk's records; years run from 1901 to 2199.</source>
        <translation>GreenDesk жазбаларында {year} жыл жоқ; жылдар 1901-ден 2199-ға дейін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="55" />
        <source>There is no quarter {quarter}; quarters are 1 to 4.</source>
        <translation>{quarter} тоқсаны жоқ; тоқсандар 1-ден 4-ке дейін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="67" />
        <source>There is no month {month}; months are 1 to 12.</source>
        <translation>{month} айы жоқ; айлар 1-ден 12-ге дейін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="92" />
        <source>There is no day {day} in the calendar.</source>
        <translation>Күнтізбеде {day} күні жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="104" />
        <source>{text!r} is not a period; write a year (2025), a quarter (2025-Q1), a month (2025-03) or a range (2025-01-01..2025-06-30).</source>
        <translation>{text!r} — кезең емес; жылды (2025), тоқсанды (2025-Q1), айды (2025-03) немесе аралықты (2025-01-01..2025-06-30) жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="90" />
        <source>column index must be &gt;= 0</source>
        <translation>баған индексі &gt;= 0 болуы керек</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="112" />
        <source>{name} is an old binary Excel file (.xls), which GreenDesk does not read: open it in Excel and save it as .xlsx.</source>
        <translation>{name} — ескі екілік Excel файлы (.xls), GreenDesk оны оқымайды: оны Excel-де ашып, .xlsx ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="117" />
        <source>{name} is not a file type GreenDesk reads ({kind}): save it as .xlsx or as CSV UTF-8.</source>
        <translation>GreenDesk {name} файлының түрін ({kind}) оқымайды: оны .xlsx немесе CSV UTF-8 ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="120" />
        <source>no extension</source>
        <translation>кеңейтімсіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="122" />
        <source>{name} could not be opened: it does not exist or is not a file.</source>
        <translation>{name} ашылмады: ол жоқ немесе файл емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="126" />
        <location filename="../../greendesk/readers/tabular.py" line="154" />
        <source>{name} is a database GreenDesk has open, not a table to import.</source>
        <translation>{name} — GreenDesk ашып отырған дерекқор, импорттауға арналған кесте емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="130" />
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} файлы бос (0 байт).</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="150" />
        <source>{name} is not an Excel workbook (.xlsx) GreenDesk can open.</source>
        <translation>{name} — GreenDesk аша алатын Excel кітабы (.xlsx) емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="169" />
        <source>{name}, {cell}: the value is {length:,} characters long, over the limit of {most:,} characters.</source>
        <translation>{name}, {cell}: мәннің ұзындығы {length:,} таңба, бұл {most:,} таңба шегінен асады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="178" />
        <source>{where} has data in column {column}, beyond the limit of {columns} columns (A to {last}).</source>
        <translation>{where}: {column} бағанында деректер бар, бұл {columns} баған шегінен (A–{last}) тыс.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="209" />
        <source>{where} is empty: there is no data to read.</source>
        <translation>{where} бос: оқитын деректер жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="215" />
        <source>{where}: row {row} is empty, but it should hold the column headings.</source>
        <translation>{where}: {row}-жол бос, бірақ онда баған тақырыптары болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="221" />
        <source>{where} has {count:,} data rows, more than the limit of {most:,} rows.</source>
        <translation>{where}: деректер жолдары {count:,}, бұл {most:,} жол шегінен көп.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="246" />
        <source>not a number: {text!r} has misplaced separators</source>
        <translation>сан емес: {text!r} ішінде бөлгіштер дұрыс қойылмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="257" />
        <source>not a number</source>
        <translation>сан емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="261" />
        <source>not a finite number</source>
        <translation>ақырлы сан емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="280" />
        <location filename="../../greendesk/readers/tabular.py" line="298" />
        <source>not a number: {value!r} does not match the file's decimal mark</source>
        <translation>сан емес: {value!r} файлдың ондық бөлгішіне сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="286" />
        <source>not a number: {value!r} has two decimal marks</source>
        <translation>сан емес: {value!r} ішінде екі ондық бөлгіш бар</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="305" />
        <source>ambiguous: {value} could be {head}{tail} or {head}.{tail}; state whether the file uses decimal commas</source>
        <translation>екіұшты: {value} мәні {head}{tail} немесе {head}.{tail} болуы мүмкін; файлда ондық үтір қолданыла ма, соны көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="84" />
        <source>a formula (or text starting with =, + or @) is not a value; type the value itself.</source>
        <translation>формула (немесе =, + не @ белгісінен басталатын мәтін) мән емес; мәннің өзін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="89" />
        <source>this cell must be filled in.</source>
        <translation>бұл ұяшықты толтыру қажет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="126" />
        <location filename="../../greendesk/readers/tabular.py" line="313" />
        <source>not a number: {value!r}</source>
        <translation>сан емес: {value!r}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="134" />
        <source>{value!r} is not a whole number.</source>
        <translation>{value!r} — бүтін сан емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="153" />
        <source>{value!r} is neither yes nor no.</source>
        <translation>{value!r} — «иә» да, «жоқ» та емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="163" />
        <source>{value!r} is not one of the list: {choices}.</source>
        <translation>{value!r} тізімде жоқ: {choices}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="213" />
        <source>There is no {what} named {name!r} in the workbook or the plant.</source>
        <translation>Кітапта да, кәсіпорын деректерінде де {name!r} атты «{what}» жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="223" />
        <source>node at this site</source>
        <translation>осы алаңның түйіні</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="282" />
        <source>the import does not delete this kind of record; delete it in the window if it is no longer needed</source>
        <translation>импорт мұндай жазбаларды жоймайды; жазба енді қажет болмаса, оны бағдарлама терезесінде жойыңыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="317" />
        <source>not a number: {value!r} is out of range</source>
        <translation>сан емес: {value!r} рұқсат етілген ауқымнан тыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="338" />
        <source>not a date: {value!r} is outside Excel's date range</source>
        <translation>жарамды күн емес: {value!r} Excel күндерінің ауқымынан тыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="341" />
        <source>not a date: serial 60 is Excel's non-existent 29 February 1900</source>
        <translation>жарамды күн емес: Excel-дегі 60 саны болмаған 1900 жылғы 29 ақпанды білдіреді</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="346" />
        <source>not a date</source>
        <translation>жарамды күн емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="353" />
        <source>not a date: {value!r} gives a month but no day</source>
        <translation>жарамды күн емес: {value!r} ішінде ай бар, бірақ күн жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="357" />
        <source>not a date: {value!r}; use 2025-03-31 or 31.03.2025</source>
        <translation>жарамды күн емес: {value!r}; 2025-03-31 немесе 31.03.2025 пішімін қолданыңыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="362" />
        <source>not a date: {value!r} has a time of day that does not exist</source>
        <translation>жарамды күн емес: {value!r} ішіндегі тәулік уақыты мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="369" />
        <source>not a date: {value!r} does not exist in the calendar</source>
        <translation>жарамды күн емес: {value!r} күнтізбеде жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="72" />
        <source>{name} is not a text file: line {line} contains a NUL byte; save it as "CSV UTF-8" and try again.</source>
        <translation>{name} — мәтіндік файл емес: {line}-жолда NUL байты бар; оны «CSV UTF-8» ретінде сақтап, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="90" />
        <source>{name} is not UTF-8 text: line {line} has a byte that is not valid UTF-8 (probably a Windows code page); in Excel use Save As "CSV UTF-8 (comma delimited)" and try again.</source>
        <translation>{name} — UTF-8 мәтіні емес: {line}-жолда UTF-8 үшін жарамсыз байт бар (Windows кодтық беті болуы мүмкін); Excel-де «Save As» («Сохранить как») арқылы «CSV UTF-8 (comma delimited)» түрін таңдап, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="158" />
        <source>{name} could not be read as CSV near line {line}: {reason}.</source>
        <translation>{name} файлын {line}-жол маңында CSV ретінде оқу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="225" />
        <source>{name}: the quoted value that opens on line {line} runs over {count:,} line ends into what reads as further rows, so they would all become one cell; nothing was imported. Close the quote, or remove the stray " on line {line}, and try again.</source>
        <translation>{name}: {line}-жолда ашылған тырнақшадағы мән {count:,} жол соңынан өтіп, келесі жолдар сияқты көрінетін бөлікке жалғасады, сондықтан олардың бәрі бір ұяшыққа айналар еді; ештеңе импортталмады. Тырнақшаны жабыңыз немесе {line}-жолдағы артық «"» белгісін өшіріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="267" />
        <source>{path} changed while it was being read; nothing was imported. Close the program writing it and try again.</source>
        <translation>{path} файлы оқу кезінде өзгерді; ештеңе импортталмады. Оған жазып жатқан бағдарламаны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="279" />
        <source>{name} is {size:.1f} GiB, larger than the {most} GiB GreenDesk reads.</source>
        <translation>{name} өлшемі — {size:.1f} ГиБ, бұл GreenDesk оқи алатын {most} ГиБ көлемінен үлкен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="298" />
        <source>{name} has more than {most:,} data rows, the limit.</source>
        <translation>{name} файлында деректер жолдары {most:,} шегінен көп.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="309" />
        <source>{name} is empty: there is no data to read.</source>
        <translation>{name} файлы бос: оқитын деректер жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="321" />
        <source>{name}: row {row} is empty, but it should hold the column headings.</source>
        <translation>{name}: {row}-жол бос, бірақ онда баған тақырыптары болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="53" />
        <source>{name} is not a readable Excel workbook: the file is damaged or is not a .xlsx file.</source>
        <translation>{name} — оқылатын Excel кітабы емес: файл бүлінген немесе .xlsx файлы емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="65" />
        <source>{name} was refused: it holds {count:,} parts, more than any real workbook (limit {most:,}).</source>
        <translation>{name} қабылданбады: онда {count:,} бөлік бар, бұл кез келген нақты кітаптағыдан көп (шегі {most:,}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="70" />
        <source>{name} is a zip archive but not an Excel workbook: it has no workbook part inside.</source>
        <translation>{name} — zip мұрағаты, бірақ Excel кітабы емес: ішінде кітап бөлігі (workbook) жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="76" />
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="340" />
        <source>{name} is password-protected: remove the password in Excel and try again.</source>
        <translation>{name} құпиясөзбен қорғалған: Excel-де құпиясөзді алып тастап, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="123" />
        <source>{name} was refused as a suspected zip bomb: its part {part} unpacks to over {size:,} MB, over {ratio} times its packed size.</source>
        <translation>{name} zip-бомба деп күдіктеліп, қабылданбады: оның {part} бөлігі {size:,} МБ-тан астам көлемге ашылады, бұл қысылған өлшемінен {ratio} еседен астам көп.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="128" />
        <source>{name} was refused: it unpacks to more than 1 GiB, more than GreenDesk reads.</source>
        <translation>{name} қабылданбады: ашқанда ол 1 ГиБ-тан асады, бұл GreenDesk оқи алатын көлемнен көп.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="174" />
        <source>{name} was refused: it contains an XML document type declaration, which Excel never writes; it may be an entity-expansion attack.</source>
        <translation>{name} қабылданбады: онда Excel ешқашан жазбайтын XML құжат түрінің хабарламасы (DTD) бар; бұл мәндерді кеңейту (entity expansion) шабуылы болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="182" />
        <source>{name} was refused: its shared-text table claims far more entries than it holds, which Excel never writes.</source>
        <translation>{name} қабылданбады: оның ортақ мәтін кестесінде нақты бар жазбалардан әлдеқайда көп жазба көрсетілген, Excel бұлай ешқашан жазбайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="189" />
        <source>{name} was refused: it contains cell references that Excel cannot write (outside A1:XFD1048576 or malformed).</source>
        <translation>{name} қабылданбады: онда Excel жаза алмайтын ұяшық сілтемелері бар (A1:XFD1048576 ауқымынан тыс немесе қате пішімді).</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="197" />
        <source>{name} is too large to read safely: a sheet spans up to {height:,} rows by {width:,} columns, over {most:,} cells.</source>
        <translation>{name} қауіпсіз оқу үшін тым үлкен: парақ {height:,} жол мен {width:,} бағанға дейін созылады, бұл {most:,} ұяшықтан көп.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="355" />
        <source>{name} is larger than 1 GiB, more than GreenDesk reads.</source>
        <translation>{name} файлы 1 ГиБ-тан үлкен, бұл GreenDesk оқи алатын көлемнен көп.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="360" />
        <source>{name} is password-protected or is an old .xls workbook: remove the password, or save it as .xlsx, and try again.</source>
        <translation>{name} құпиясөзбен қорғалған немесе ескі .xls кітабы: құпиясөзді алып тастаңыз немесе оны .xlsx ретінде сақтап, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="408" />
        <source>{name} has no sheet named '{sheet}'; its sheets are: {sheets}.</source>
        <translation>{name} ішінде «{sheet}» парағы жоқ; парақтары: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="426" />
        <source>Sheet '{sheet}' of {name} is empty: there is no data to read.</source>
        <translation>{name} ішіндегі «{sheet}» парағы бос: оқитын деректер жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="429" />
        <source>{name} has no data in any of its sheets.</source>
        <translation>{name} ішінде бірде-бір парақта деректер жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="460" />
        <source>{name}, {cell}: the value contains a NUL character, which no spreadsheet text holds; the file is damaged.</source>
        <translation>{name}, {cell}: мәнде NUL таңбасы бар, ол кесте мәтінінде болмайды; файл бүлінген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/registry.py" line="86" />
        <source>Unknown report {report!r}; choose from {reports}.</source>
        <translation>{report!r} есебі белгісіз; мыналардан таңдаңыз: {reports}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/registry.py" line="91" />
        <source>{target}: reports are written as .xlsx workbooks.</source>
        <translation>{target}: есептер .xlsx кітаптары ретінде жазылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="62" />
        <source>{path} is not an Excel workbook (.xlsx).</source>
        <translation>{path} — Excel кітабы (.xlsx) емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="69" />
        <location filename="../../greendesk/services/checklist.py" line="374" />
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} файлын оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="74" />
        <source>{path} cannot be read as an Excel workbook.</source>
        <translation>{path} файлын Excel кітабы ретінде оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="82" />
        <source>{name} was not made by GreenDesk (it has no report record).</source>
        <translation>{name} GreenDesk-те жасалмаған (онда есептің қызметтік жазбасы жоқ).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="91" />
        <location filename="../../greendesk/reports/verify.py" line="140" />
        <source>{file}'s GreenDesk report record cannot be read: the workbook was edited or damaged.</source>
        <translation>{file} ішіндегі GreenDesk есебінің қызметтік жазбасын оқу мүмкін емес: кітап өзгертілген немесе бүлінген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="108" />
        <source>{path} carries no audit trail head: it was exported before GreenDesk recorded one, or its report record was edited.</source>
        <translation>{path} ішінде өзгерістер журналының соңғы жазбасы жоқ: кітап GreenDesk оны жазуды бастағанға дейін экспортталған немесе оның есептің қызметтік жазбасы өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="69" />
        <source>{what} must be a number.</source>
        <translation>«{what}» мәні сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="72" />
        <source>{what} cannot be negative, not {value:g}.</source>
        <translation>«{what}» мәні теріс бола алмайды, ал көрсетілгені: {value:g}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="84" />
        <source>There is nothing to record.</source>
        <translation>Жазатын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="102" />
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="111" />
        <source>Choose a stock node: stock-takings count what a stock holds.</source>
        <translation>Қойма түйінін таңдаңыз: түгендеу қоймада не бар екенін санайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="118" />
        <location filename="../../greendesk/services/balance_records.py" line="244" />
        <location filename="../../greendesk/services/flow_relations.py" line="149" />
        <location filename="../../greendesk/services/flows.py" line="147" />
        <source>Choose the material.</source>
        <translation>Материалды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="121" />
        <location filename="../../greendesk/services/flows.py" line="119" />
        <source>The date must be a real calendar date.</source>
        <translation>Күні күнтізбеде бар күн болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="123" />
        <source>a stock-taking</source>
        <translation>түгендеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="124" />
        <source>The counted quantity</source>
        <translation>Саналған мөлшер</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_assays.py" line="96" />
        <source>{show} is not a grade.</source>
        <translation>{show} — құрам емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_assays.py" line="123" />
        <location filename="../../greendesk/services/balance_records.py" line="276" />
        <location filename="../../greendesk/services/flows.py" line="179" />
        <source>The uncertainty is a percentage from 0 to 100.</source>
        <translation>Белгісіздік 0-ден 100-ге дейінгі пайызбен беріледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="138" />
        <source>{node} already has a count of {material} on {date}; delete it first.</source>
        <translation>{node} түйінінде {material} материалының {date} күнгі түгендеуі бұрыннан бар; алдымен оны жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="219" />
        <source>{value!r} is not a component; write a symbol such as Cu, Zn or Au.</source>
        <translation>{value!r} — компонент емес; Cu, Zn немесе Au сияқты белгіні жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="229" />
        <source>Grades are entered in % or g/t, not {unit!r}.</source>
        <translation>Құрамы {unit!r} бірлігімен емес, % немесе g/t бірлігімен енгізіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="232" />
        <source>The grade</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="235" />
        <source>A grade of {value:g} {unit} is more than the whole material.</source>
        <translation>{value:g} {unit} құрамы бүкіл материалдан көп.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="246" />
        <source>{material} is measured by {kind}; grades are kept for materials measured by mass.</source>
        <translation>{material} материалы «{kind}» бойынша өлшенеді; құрам тек массасы бойынша өлшенетін материалдар үшін жүргізіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="259" />
        <source>{component} is given twice; a record has one grade of each component.</source>
        <translation>{component} екі рет көрсетілген; жазбада әр компоненттің бір құрамы болады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="311" />
        <location filename="../../greendesk/services/balance_records.py" line="319" />
        <source>{part!r} is not a grade; write e.g. Cu 1,2 % or Au 3,4 g/t, separated by ;.</source>
        <translation>{part!r} — құрам емес; мысалы, Cu 1,2 % немесе Au 3,4 г/т деп, ; арқылы жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="352" />
        <location filename="../../greendesk/services/flows.py" line="324" />
        <location filename="../../greendesk/services/flows.py" line="355" />
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Жазба енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="354" />
        <source>an assay</source>
        <translation>сынама талдауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="385" />
        <source>Choose the node the material leaves.</source>
        <translation>Материал шығатын түйінді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="390" />
        <source>The period's dates must be real calendar dates.</source>
        <translation>Кезеңнің күндері күнтізбеде бар күндер болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="395" />
        <source>The period ends before it starts.</source>
        <translation>Кезең басталуынан бұрын аяқталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="399" />
        <source>an assay of a period</source>
        <translation>кезеңдегі сынама талдауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="407" />
        <source>{component} in {material} leaving {node} already has a grade for part of {start} – {end}.</source>
        <translation>{node} түйінінен шығатын {material} материалындағы {component} үшін {start} – {end} кезеңінің бір бөлігіне құрамы бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_reference.py" line="190" />
        <source>The node no longer exists; it may have been deleted.</source>
        <translation>Түйін енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_reference.py" line="193" />
        <source>{name} is a boundary or loss node; balances are kept for process and stock nodes.</source>
        <translation>{name} — шекаралық түйін немесе шығын түйіні; баланстар процесс және қойма түйіндері үшін жасалады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_reference.py" line="199" />
        <location filename="../../greendesk/services/emission_sources.py" line="89" />
        <location filename="../../greendesk/services/flow_relations.py" line="130" />
        <location filename="../../greendesk/services/obligation_status.py" line="134" />
        <location filename="../../greendesk/services/permits.py" line="141" />
        <source>The site no longer exists; it may have been deleted.</source>
        <translation>Алаң енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reconcile_site.py" line="113" />
        <source>The default uncertainty is a percentage above 0 and at most 100.</source>
        <translation>Әдепкі белгісіздік пайызбен беріледі: 0-ден көп және 100-ден аспайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="238" />
        <source>The due date is before the start date.</source>
        <translation>Орындау мерзімі басталу күнінен бұрын.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="240" />
        <source>estimated cost</source>
        <translation>болжамды шығын</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="241" />
        <source>expected effect</source>
        <translation>күтілетін әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="242" />
        <source>actual effect</source>
        <translation>нақты әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="245" />
        <source>The {what} must be a non-negative number.</source>
        <translation>«{what}» мәні теріс емес сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="250" />
        <source>Say why the action does not apply to this site.</source>
        <translation>Іс-шараның бұл алаңға неге қолданылмайтынын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="254" />
        <source>Enter the actual effect of the finished action (0 if none).</source>
        <translation>Аяқталған іс-шараның нақты әсерін енгізіңіз (болмаса, 0).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="282" />
        <location filename="../../greendesk/services/checklist.py" line="379" />
        <location filename="../../greendesk/services/checklist.py" line="542" />
        <source>The action no longer exists.</source>
        <translation>Іс-шара енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="299" />
        <source>Describe the action.</source>
        <translation>Іс-шараны сипаттаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="302" />
        <source>There is no measure {measure}.</source>
        <translation>{measure} шарасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="305" />
        <location filename="../../greendesk/services/checklist.py" line="487" />
        <source>The site no longer exists.</source>
        <translation>Алаң енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="361" />
        <source>{path} is a database GreenDesk has open; it cannot be attached. Attach a backup copy of it instead.</source>
        <translation>{path} — GreenDesk ашып отырған дерекқор; оны тіркеуге болмайды. Оның орнына сақтық көшірмесін тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="369" />
        <source>{file} is {size:.0f} MB; evidence files may be at most {most} MB.</source>
        <translation>{file} өлшемі — {size:.0f} МБ; растайтын файлдар {most} МБ-тан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="403" />
        <source>{file} already exists in {folder}; nothing was written.</source>
        <translation>{file} файлы {folder} қалтасында бұрыннан бар; ештеңе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="419" />
        <source>The attached file no longer exists.</source>
        <translation>Тіркелген файл енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="422" />
        <source>The stored copy of {name} no longer matches its recorded hash.</source>
        <translation>{name} файлының сақталған көшірмесі енді жазылған хешке сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="433" />
        <source>{target} cannot be written: {value}.</source>
        <translation>{target} файлын жазу мүмкін емес: {value}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="477" />
        <source>Say where the incident happened and what happened.</source>
        <translation>Инцидент қай жерде болғанын және не болғанын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="480" />
        <source>an incident record</source>
        <translation>инцидент туралы жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="483" />
        <source>The quantity released cannot be negative.</source>
        <translation>Шығарылған мөлшер теріс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="500" />
        <source>Clean-up waste {number}: {material} is not a waste material.</source>
        <translation>Жою қалдығы № {number}: {material} — «Қалдықтар» санатындағы материал емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="505" />
        <source>Clean-up waste {number} is recorded at another site.</source>
        <translation>Жою қалдығы № {number} басқа алаңда тіркелген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="545" />
        <source>Drills are recorded for emergency-preparedness actions (measure 9).</source>
        <translation>Оқу-жаттығулар авариялық дайындық іс-шаралары үшін жазылады (9-шара).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="549" />
        <source>The drill date is in the future; plan it with the due date.</source>
        <translation>Оқу-жаттығу күні әлі келмеген; оны орындау мерзімі арқылы жоспарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist_template.py" line="119" />
        <source>Checklist template item {it!r} is duplicated or not under measure {m!r}.</source>
        <translation>Тізім үлгісінің {it!r} тармағы қайталанады немесе {m!r} шарасына жатпайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/classifier.py" line="46" />
        <location filename="../../greendesk/services/classifier.py" line="54" />
        <location filename="../../greendesk/services/classifier.py" line="60" />
        <source>{value} is not a List of Waste code.</source>
        <translation>{value} — Қалдықтар сыныптауышы бойынша код емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/classifier.py" line="66" />
        <source>'{text}' is not a List of Waste code; write six digits such as 01 03 04 (or 01 03 04* for a hazardous entry).</source>
        <translation>«{text}» — Қалдықтар сыныптауышы бойынша код емес; 01 03 04 сияқты алты цифр жазыңыз (қауіпті позиция үшін 01 03 04*).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/classifier.py" line="73" />
        <source>'{text}' is not a List of Waste code: chapters start at 01.</source>
        <translation>«{text}» — Қалдықтар сыныптауышы бойынша код емес: тараулар 01-ден басталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/classifier.py" line="89" />
        <source>The language must be a code such as en, ru or kk, not {language!r}.</source>
        <translation>Тіл {language!r} емес, en, ru немесе kk сияқты кодпен көрсетілуі керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/classifier.py" line="388" />
        <source>{file_name} has no six-digit entries; a classifier needs its entries (headings alone can be loaded together with them).</source>
        <translation>{file_name} файлында алты таңбалы позициялар жоқ; сыныптауышқа позициялар қажет (тақырыптарды тек солармен бірге жүктеуге болады).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/conflicts.py" line="44" />
        <source>This record was changed elsewhere after you opened it; reload and try again.</source>
        <translation>Бұл жазба сіз ашқаннан кейін басқа жерде өзгертілді; деректерді қайта жүктеп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/conflicts.py" line="50" />
        <source>This record was changed elsewhere (by {who} at {when:%Y-%m-%d %H:%M}) after you opened it: {what}; reload and try again.</source>
        <translation>Бұл жазба сіз ашқаннан кейін басқа жерде өзгертілді ({who}, {when:%Y-%m-%d %H:%M}): {what}; деректерді қайта жүктеп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/dated.py" line="31" />
        <location filename="../../greendesk/services/flow_writes.py" line="116" />
        <location filename="../../greendesk/services/flow_writes.py" line="137" />
        <source>a flow record</source>
        <translation>ағын жазбасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/dated.py" line="32" />
        <source>a record</source>
        <translation>жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/dated.py" line="53" />
        <source>{where}: the date {date} is after today ({today}); {noun} states what has happened.</source>
        <translation>{where}: {date} күні бүгінгі күннен ({today}) кейін; {noun} болып өткен нәрсені тіркейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/dated.py" line="55" />
        <source>the date {date} is after today ({today}); {noun} states what has happened.</source>
        <translation>{date} күні бүгінгі күннен ({today}) кейін; {noun} болып өткен жайды тіркейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/dated.py" line="88" />
        <source>{taken} of these records cannot be put back: their numbers have been given to records added since (by an import, an incident's clean-up or another window). Enter them again instead.</source>
        <translation>Бұл жазбалардың ішінен {taken} жазбаны қайтару мүмкін емес: олардың нөмірлері кейін қосылған жазбаларға (импорт, инцидентті жою немесе басқа терезе арқылы) берілген. Оның орнына оларды қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_writes.py" line="34" />
        <location filename="../../greendesk/services/flows.py" line="257" />
        <source>This record</source>
        <translation>Бұл жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_writes.py" line="84" />
        <source>{label}: this record</source>
        <translation>{label}: бұл жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="128" />
        <source>Choose the node the flow comes from.</source>
        <translation>Ағын шығатын түйінді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="132" />
        <source>Choose the node the flow goes to.</source>
        <translation>Ағын баратын түйінді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="135" />
        <source>A flow cannot go from {src!r} to itself.</source>
        <translation>Ағын {src!r} түйінінен сол түйіннің өзіне бара алмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="140" />
        <source>{src!r} and {dst!r} belong to different sites; record a shipment and a receipt at each site's boundary nodes.</source>
        <translation>{src!r} және {dst!r} түйіндері әртүрлі алаңдарға жатады; әр алаңның шекаралық түйіндерінде жөнелтуді және қабылдауды жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="152" />
        <source>The quantity must be a number.</source>
        <translation>Саны сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="155" />
        <source>The quantity must be greater than zero, not {qty:g}.</source>
        <translation>Саны нөлден үлкен болуы керек, {qty:g} емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="184" />
        <location filename="../../greendesk/services/monitoring.py" line="208" />
        <location filename="../../greendesk/services/monitoring.py" line="352" />
        <source>The note is longer than 2,000 characters.</source>
        <translation>Ескертпе 2000 таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="205" />
        <source>{value!r} is not a reconciliation role; choose measured, unmeasured or constant.</source>
        <translation>{value!r} — балансты үйлестірудегі рөл емес; таңдаңыз: өлшенген, өлшенбеген немесе тұрақты.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="251" />
        <source>Undoing this entry</source>
        <translation>Бұл жазбаны болдырмау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="253" />
        <location filename="../../greendesk/services/monitoring.py" line="405" />
        <source>There is nothing to add.</source>
        <translation>Қосатын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="258" />
        <source>These records</source>
        <translation>Бұл жазбалар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="307" />
        <source>This edit does not say which version of the record it changes; open the record again and make the change there.</source>
        <translation>Бұл өзгерісте жазбаның қай нұсқасы өзгертілетіні көрсетілмеген; жазбаны қайта ашып, өзгерісті сонда енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="398" />
        <source>Select the records to delete.</source>
        <translation>Жоятын жазбаларды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="410" />
        <source>Some of the selected records no longer exist; refresh the ledger and try again.</source>
        <translation>Таңдалған жазбалардың кейбірі енді жоқ; журналды жаңартып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="418" />
        <source>{count} of the selected records are referred to by {what} entries (e.g. an incident's clean-up waste); change those first.</source>
        <translation>Таңдалған жазбалардың {count} жазбасына «{what}» жазбалары сілтеме жасайды (мысалы, инцидентті жою қалдықтары); алдымен соларды өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="438" />
        <source>Undoing the delete</source>
        <translation>Жоюды болдырмау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_assessment.py" line="116" />
        <location filename="../../greendesk/services/formation_records.py" line="285" />
        <source>The formation no longer exists; it may have been deleted.</source>
        <translation>Түзілім енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="232" />
        <location filename="../../greendesk/services/formation_records.py" line="129" />
        <location filename="../../greendesk/services/formation_records.py" line="144" />
        <location filename="../../greendesk/services/formation_records.py" line="162" />
        <location filename="../../greendesk/services/formation_records.py" line="371" />
        <location filename="../../greendesk/services/formation_records.py" line="414" />
        <location filename="../../greendesk/services/formation_rows.py" line="238" />
        <location filename="../../greendesk/services/formation_samples.py" line="91" />
        <source>formation</source>
        <translation>түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="313" />
        <source>price of {what}</source>
        <translation>{what} бағасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="314" />
        <source>recovery of {what}</source>
        <translation>{what} бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="315" />
        <source>processing cost for {what}</source>
        <translation>{what} үшін өңдеу шығыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="325" />
        <source>A component's code is 1 to 12 characters, such as Mo.</source>
        <translation>Компонент коды 1–12 таңбадан тұрады, мысалы Mo.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="327" />
        <location filename="../../greendesk/services/formation_records.py" line="351" />
        <source>component</source>
        <translation>компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="332" />
        <source>A component's grade is in % or in g/t.</source>
        <translation>Компоненттің құрамы % немесе g/t бірлігінде көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="338" />
        <source>There is already a component {code}.</source>
        <translation>{code} компоненті бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="377" />
        <source>A component no longer exists; reopen the assumptions.</source>
        <translation>Компоненттердің бірі енді жоқ; болжамдарды қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="401" />
        <location filename="../../greendesk/services/formation_records.py" line="434" />
        <location filename="../../greendesk/services/formation_records.py" line="451" />
        <source>block</source>
        <translation>блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="402" />
        <source>tonnage of block {name}</source>
        <translation>{name} блогының тоннажы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="405" />
        <location filename="../../greendesk/services/formation_rows.py" line="296" />
        <location filename="../../greendesk/services/formation_samples.py" line="106" />
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="418" />
        <location filename="../../greendesk/services/formation_records.py" line="438" />
        <source>The formation already has a block named {name!r}.</source>
        <translation>Түзілімде {name!r} атты блок бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="187" />
        <source>The {what} must be a number.</source>
        <translation>«{what}» мәні сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="192" />
        <source>The {what} must be {bound} {low:g}, not {value:g}.</source>
        <translation>«{what}» мәні {bound} {low:g} болуы керек, {value:g} емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="196" />
        <source>The {what} must be at most {high:g}, not {value:g}.</source>
        <translation>«{what}» мәні ең көбі {high:g} болуы керек, {value:g} емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="206" />
        <source>The {what} must be a year such as 1975, not {value!r}.</source>
        <translation>«{what}» мәні 1975 сияқты жыл болуы керек, {value!r} емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="215" />
        <source>The {what} is {count:,} characters long; at most {limit:,} are allowed.</source>
        <translation>«{what}» ұзындығы {count:,} таңба; ең көбі {limit:,} таңбаға рұқсат етіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="227" />
        <source>{code!r} is not a List of Waste code; it has six digits, such as 01 03 06 (an asterisk marks a hazardous entry).</source>
        <translation>{code!r} қалдықтар сыныптауышы бойынша код емес; код алты цифрдан тұрады, мысалы 01 03 06 (жұлдызша қауіпті позицияны білдіреді).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="242" />
        <source>{kind!r} is not a kind of formation.</source>
        <translation>{kind!r} түзілім түрі емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="247" />
        <source>{status!r} is not a formation status.</source>
        <translation>{status!r} түзілім күйі емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="251" />
        <source>{name}: a construction method is recorded for tailings storage facilities only.</source>
        <translation>{name}: салу тәсілі тек қалдық қоймалары үшін көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="255" />
        <source>first year of placement</source>
        <translation>орналастыру басталған жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="256" />
        <source>last year of placement</source>
        <translation>орналастыру аяқталған жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="258" />
        <source>{name}: placement cannot end in {year_to} before it began in {year_from}.</source>
        <translation>{name}: орналастырудың аяқталған жылы ({year_to}) басталған жылынан ({year_from}) ерте болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="265" />
        <source>The external identifier is longer than 60 characters.</source>
        <translation>Сыртқы сәйкестендіргіш 60 таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="270" />
        <source>The opening date must be a calendar date.</source>
        <translation>Бастапқы тоннаж күні күнтізбелік күн болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="274" />
        <location filename="../../greendesk/services/monitoring.py" line="212" />
        <source>latitude</source>
        <translation>ендік</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="275" />
        <location filename="../../greendesk/services/monitoring.py" line="213" />
        <source>longitude</source>
        <translation>бойлық</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="277" />
        <source>area in hectares</source>
        <translation>ауданы, га</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="278" />
        <location filename="../../greendesk/units.py" line="26" />
        <source>volume</source>
        <translation>көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="279" />
        <source>bulk density</source>
        <translation>үйме тығыздығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="281" />
        <source>tonnage</source>
        <translation>тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="282" />
        <source>design capacity in m³</source>
        <translation>жобалық сыйымдылық, m³</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="284" />
        <source>design capacity in tonnes</source>
        <translation>жобалық сыйымдылық, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="286" />
        <source>opening tonnage</source>
        <translation>бастапқы тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="289" />
        <source>height</source>
        <translation>биіктік</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="292" />
        <source>responsible person</source>
        <translation>жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="293" />
        <source>list of documents</source>
        <translation>құжаттар тізбесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="294" />
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="295" />
        <source>locality</source>
        <translation>орналасқан жері</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="308" />
        <location filename="../../greendesk/services/monitoring.py" line="198" />
        <source>The site no longer exists; choose another.</source>
        <translation>Алаң енді жоқ; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="314" />
        <source>The linked node no longer exists; choose another.</source>
        <translation>Байланысқан түйін енді жоқ; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="317" />
        <source>{node!r} is not a stock node; placements go into a formation through a stock node of its site.</source>
        <translation>{node!r} қойма түйіні емес; түзілімге орналастыру оның алаңындағы қойма түйіні арқылы жүргізіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="324" />
        <source>{node!r} belongs to another site than the formation.</source>
        <translation>{node!r} түйіні түзілімнен басқа алаңға жатады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="331" />
        <source>{node!r} is already linked to the formation {other!r}.</source>
        <translation>{node!r} түйіні {other!r} түзілімімен бұрыннан байланысқан.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="340" />
        <source>The site already has a formation named {name!r}.</source>
        <translation>Алаңда {name!r} атты түзілім бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="349" />
        <source>The identifier {identifier!r} is already used by {taken!r}.</source>
        <translation>{identifier!r} сәйкестендіргіші {taken!r} түзілімінде бұрыннан қолданылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="358" />
        <location filename="../../greendesk/services/monitoring.py" line="253" />
        <location filename="../../greendesk/services/structure.py" line="396" />
        <source>The {what} no longer exists; it may have been deleted.</source>
        <translation>Бұл нысан ({what}) енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="47" />
        <source>Sample {sample}: {component!r} is not a component; the components are {known} (add others in the assumptions).</source>
        <translation>{sample} сынамасы: {component!r} компонент емес; компоненттер: {known} (басқаларын болжамдарда қосыңыз).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="54" />
        <source>Sample {sample} has two assays of {code}; keep one.</source>
        <translation>{sample} сынамасында {code} бойынша екі талдау бар; біреуін қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="59" />
        <source>grade of {code} in sample {sample}</source>
        <translation>{sample} сынамасындағы {code} құрамы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="65" />
        <source>Sample {sample}, {code}: {reason}</source>
        <translation>{sample} сынамасы, {code}: {reason}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="69" />
        <source>Sample {sample}: {grade:g} {unit} of {code} is more than the whole sample; check the grade and its unit.</source>
        <translation>{sample} сынамасы: {code} құрамы {grade:g} {unit} бүкіл сынамадан көп; құрамды және оның өлшем бірлігін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="79" />
        <source>depth</source>
        <translation>тереңдік</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="86" />
        <source>The sample needs its number or code.</source>
        <translation>Сынаманың нөмірін немесе кодын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="89" />
        <source>The sample code is longer than 60 characters.</source>
        <translation>Сынама коды 60 таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="95" />
        <source>The block is not a block of this formation.</source>
        <translation>Бұл блок осы түзілімге жатпайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="101" />
        <source>The formation already has a sample {code}.</source>
        <translation>Түзілімде {code} сынамасы бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="137" />
        <source>sample</source>
        <translation>сынама</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="139" />
        <source>A sample cannot move to another formation.</source>
        <translation>Сынаманы басқа түзілімге көшіруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="228" />
        <location filename="../../greendesk/services/materials.py" line="75" />
        <source>material</source>
        <translation>материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="82" />
        <source>{name} cannot be entered in {unit}: it is measured by {kind}.</source>
        <translation>{name} материалын {unit} бірлігінде енгізуге болмайды: оның шама түрі — {kind}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="90" />
        <source>The tce factor of {name} needs both a value and its unit.</source>
        <translation>{name} материалының т ш.о. коэффициенті үшін мәні де, өлшем бірлігі де көрсетілуі керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="96" />
        <source>The tce factor of {name} must be positive.</source>
        <translation>{name} материалының т ш.о. коэффициенті оң болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="101" />
        <source>{name}: a List of Waste code has six digits and belongs to a waste material.</source>
        <translation>{name}: қалдықтар сыныптауышы бойынша код алты цифрдан тұрады және тек «Қалдықтар» санатындағы материалдарға беріледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="118" />
        <location filename="../../greendesk/services/materials.py" line="160" />
        <source>There is already a material named {name!r}.</source>
        <translation>{name!r} атты материал бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="83" />
        <source>Enter the source's number (at most 20 characters).</source>
        <translation>Шығарындылар көзінің нөмірін енгізіңіз (20 таңбадан аспайды).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="86" />
        <source>Enter the source's name.</source>
        <translation>Шығарындылар көзінің атауын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="96" />
        <source>{site!r} already has a source numbered {number!r}.</source>
        <translation>{site!r} объектісінде {number!r} нөмірлі шығарындылар көзі бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="102" />
        <source>A stack's height, diameter and gas flow are above zero.</source>
        <translation>Құбырдың биіктігі, диаметрі және газ шығыны нөлден үлкен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="105" />
        <source>A source works 1 to 8,784 hours a year.</source>
        <translation>Шығарындылар көзі жылына 1-ден 8 784 сағатқа дейін жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="112" />
        <source>A source's nodes and streams are on its own site, {site}.</source>
        <translation>Шығарындылар көзінің тораптары мен ағындары өз объектісінде — {site}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="117" />
        <location filename="../../greendesk/services/materials.py" line="155" />
        <source>The material no longer exists; it may have been deleted.</source>
        <translation>Материал енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="120" />
        <source>Name each stream's activity material as the factor library names it (e.g. diesel).</source>
        <translation>Әр ағынның қызмет материалын коэффициенттер кітапханасындағыдай атаңыз (мысалы, diesel).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="124" />
        <source>A stream's share of the source is above 0 and at most 1, not {share}.</source>
        <translation>Ағынның көзге тиесілі үлесі 0-ден үлкен және 1-ден аспайды, {share} емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="129" />
        <source>Give each substance's abatement once.</source>
        <translation>Әр зат бойынша тазартуды бір рет көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="133" />
        <source>An abatement efficiency η is at least 0 and below 1, not {eta}.</source>
        <translation>Тазарту тиімділігі η 0-ден кем емес және 1-ден кіші, {eta} емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="174" />
        <source>The emission source no longer exists; it may have been deleted.</source>
        <translation>Шығарындылар көзі енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="244" />
        <source>Source {number} has permit norms; delete them first.</source>
        <translation>{number} шығарындылар көзінің рұқсат нормативтері бар; алдымен оларды жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="289" />
        <source>Name the norm's substance.</source>
        <translation>Нормативтің затын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="292" />
        <source>A norm states g/s, t/year or both.</source>
        <translation>Норматив г/с, т/жыл немесе екеуінде де беріледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="295" />
        <source>A norm cannot be negative.</source>
        <translation>Норматив теріс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="298" />
        <source>A norm's validity must end after it begins.</source>
        <translation>Нормативтің қолданылу мерзімі басталғаннан кейін аяқталуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="305" />
        <source>Permit {permit} is not of the site of source {number}.</source>
        <translation>{permit} рұқсаты {number} шығарындылар көзі орналасқан объектіге берілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="363" />
        <location filename="../../greendesk/services/emission_sources.py" line="390" />
        <source>The norm no longer exists; it may have been deleted.</source>
        <translation>Норматив енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="168" />
        <source>{material} is measured by {kind} in {count:,} records; its kind cannot change while they exist.</source>
        <translation>{material} материалының шама түрі — {kind}, оған {count:,} жазба бар; олар тұрғанда шама түрін өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="185" />
        <source>{count:,} records of {material} were entered in {unit}; {reason}</source>
        <translation>{material} материалының {count:,} жазбасы {unit} бірлігінде енгізілген; {reason}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="137" />
        <source>A parameter's code is 1 to 20 characters, such as Ni.</source>
        <translation>Параметр коды 1–20 таңбадан тұрады, мысалы Ni.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="240" />
        <location filename="../../greendesk/services/monitoring.py" line="139" />
        <location filename="../../greendesk/services/monitoring.py" line="310" />
        <source>parameter</source>
        <translation>параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="142" />
        <source>Give the unit {name} is measured in, such as mg/L.</source>
        <translation>{name} параметрі өлшенетін бірлікті көрсетіңіз, мысалы mg/L.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="148" />
        <source>There is already a parameter {code}.</source>
        <translation>{code} параметрі бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="162" />
        <source>The {what} must be a number from {low:g} to {high:g}.</source>
        <translation>«{what}» мәні {low:g} және {high:g} аралығындағы сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="236" />
        <location filename="../../greendesk/services/monitoring.py" line="169" />
        <location filename="../../greendesk/services/monitoring.py" line="231" />
        <location filename="../../greendesk/services/monitoring.py" line="243" />
        <location filename="../../greendesk/services/monitoring.py" line="309" />
        <location filename="../../greendesk/services/pek.py" line="147" />
        <location filename="../../greendesk/services/pek.py" line="159" />
        <source>monitoring point</source>
        <translation>мониторинг нүктесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="174" />
        <source>The required interval between readings is a number of days from 1 to 3,660 (31 for monthly, 92 for quarterly).</source>
        <translation>Өлшеулер арасындағы талап етілетін аралық — 1-ден 3660-қа дейінгі күндер саны (ай сайын — 31, тоқсан сайын — 92).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="180" />
        <source>{name} watches a formation: choose which.</source>
        <translation>{name} нүктесі түзілімді бақылайды: қай түзілім екенін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="185" />
        <source>The formation no longer exists; choose another.</source>
        <translation>Түзілім енді жоқ; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="192" />
        <source>The source node no longer exists; choose another.</source>
        <translation>Көз түйіні енді жоқ; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="202" />
        <source>There is already a monitoring point named {name!r}.</source>
        <translation>{name!r} атты мониторинг нүктесі бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="293" />
        <source>upper limit</source>
        <translation>жоғарғы шек</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="294" />
        <source>lower limit</source>
        <translation>төменгі шек</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="296" />
        <source>Give the upper limit, the lower limit or both.</source>
        <translation>Жоғарғы шекті, төменгі шекті немесе екеуін де көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="299" />
        <source>The lower limit {low:g} is above the upper limit {high:g}.</source>
        <translation>Төменгі шек ({low:g}) жоғарғы шектен ({high:g}) жоғары.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="305" />
        <source>The basis of the limit is longer than 400 characters.</source>
        <translation>Норматив негіздемесі 400 таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="335" />
        <source>Choose the monitoring point.</source>
        <translation>Мониторинг нүктесін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="338" />
        <source>Choose the parameter.</source>
        <translation>Параметрді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="340" />
        <source>The date of the reading must be a real calendar date.</source>
        <translation>Өлшеу күні нақты күнтізбелік күн болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="343" />
        <location filename="../../greendesk/services/monitoring.py" line="367" />
        <source>a monitoring reading</source>
        <translation>мониторинг өлшеуі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="347" />
        <source>The reading must be a number.</source>
        <translation>Өлшеу нәтижесі сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="438" />
        <source>Select the readings to delete.</source>
        <translation>Жоятын өлшеулерді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="448" />
        <source>Some of the selected readings no longer exist.</source>
        <translation>Таңдалған өлшеулердің кейбірі енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="49" />
        <source>{text!r} is not a month or a year; write 2025-03 for March 2025 or 2025 for the whole year.</source>
        <translation>{text!r} ай да, жыл да емес; 2025 жылғы наурыз үшін 2025-03, ал бүкіл жыл үшін 2025 деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="63" />
        <source>{year} is closed; reopen it (with a reason) to change its records.</source>
        <translation>{year} жыл жабық; оның жазбаларын өзгерту үшін оны қайта ашыңыз (себебін көрсетіп).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="85" />
        <source>{label} is already closed.</source>
        <translation>{label} кезеңі бұрыннан жабық.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="88" />
        <source>{label} is already closed: the whole year {year} is closed.</source>
        <translation>{label} кезеңі бұрыннан жабық: бүкіл {year} жыл жабық.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="108" />
        <source>Give a reason for reopening {label}; it is kept in the audit trail.</source>
        <translation>{label} кезеңін қайта ашу себебін көрсетіңіз; ол өзгерістер журналында сақталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="68" />
        <source>The month close is kept per month; write 2026-01 for January 2026.</source>
        <translation>Жабу ай сайын жүргізіледі; 2026 жылғы қаңтар үшін 2026-01 деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="188" />
        <source>Give a reason for waiving the item; it is kept in the audit trail.</source>
        <translation>Тармақты өткізіп жіберу себебін көрсетіңіз; ол аудит журналында сақталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="192" />
        <location filename="../../greendesk/services/periods_closed.py" line="112" />
        <source>The reason is longer than 2,000 characters.</source>
        <translation>Себеп 2000 таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="196" />
        <source>Choose an item of the checklist.</source>
        <translation>Тізімнен тармақты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="223" />
        <source>{site} has {count} open items for {month}; fix or waive each (with a reason) before closing the month.</source>
        <translation>{site} алаңында {month} бойынша ашық тармақтар саны: {count}; айды жаппас бұрын әрқайсысын түзетіңіз немесе (себебімен) өткізіп жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="119" />
        <source>{label} is closed as part of the year {year}; reopen the year.</source>
        <translation>{label} кезеңі {year} жылдың құрамында жабық; жылды қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="122" />
        <source>{label} is not closed.</source>
        <translation>{label} кезеңі жабық емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reference_names.py" line="24" />
        <source>grade component</source>
        <translation>құрамдас бөлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reference_names.py" line="25" />
        <source>monitoring parameter</source>
        <translation>мониторинг параметрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reference_names.py" line="46" />
        <source>There is no {what} with the code {code}.</source>
        <translation>{code} коды бар нысан ({what}) жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/new_plant.py" line="29" />
        <source>The greening plan is written in English, Russian or Kazakh (en, ru, kk), not {value!r}.</source>
        <translation>Экологияландыру жоспары ағылшын, орыс немесе қазақ тілінде (en, ru, kk) жазылған, {value!r} тілінде емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/new_plant.py" line="45" />
        <location filename="../../greendesk/services/new_plant.py" line="63" />
        <source>{path} already exists; GreenDesk does not overwrite a file with a new plant. Choose another name.</source>
        <translation>{path} бар; GreenDesk файлды жаңа кәсіпорынмен қайта жазбайды. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/new_plant.py" line="49" />
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/new_plant.py" line="51" />
        <location filename="../../greendesk/services/new_plant.py" line="79" />
        <location filename="../../greendesk/services/structure.py" line="145" />
        <source>enterprise</source>
        <translation>кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/new_plant.py" line="87" />
        <source>The server database {name} already holds a plant; GreenDesk does not overwrite it with a new one.</source>
        <translation>{name} серверлік дерекқорында кәсіпорын бар; GreenDesk оны жаңасымен алмастырмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="163" />
        <source>Choose the region the site is in.</source>
        <translation>Алаң орналасқан өңірді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="172" />
        <source>An address is at most 500 characters.</source>
        <translation>Мекенжай 500 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="184" />
        <source>{value!r} is not a facility category; the categories are I, II, III and IV.</source>
        <translation>{value!r} объект санаты емес; санаттар: I, II, III және IV.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="194" />
        <source>There is already a site named {name!r}.</source>
        <translation>{name!r} атты алаң бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="219" />
        <location filename="../../greendesk/services/structure.py" line="201" />
        <location filename="../../greendesk/services/structure.py" line="220" />
        <location filename="../../greendesk/services/structure.py" line="223" />
        <location filename="../../greendesk/services/structure.py" line="237" />
        <location filename="../../greendesk/services/structure.py" line="308" />
        <location filename="../../greendesk/services/structure.py" line="344" />
        <source>site</source>
        <translation>алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="206" />
        <source>Enter the enterprise's name and BIN before adding sites.</source>
        <translation>Алаңдарды қоспас бұрын кәсіпорынның атауын және БСН нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="241" />
        <source>Site {site!r} cannot be deleted: {count:,} flow records belong to it.</source>
        <translation>{site!r} алаңын жоюға болмайды: оған {count:,} ағын жазбасы жатады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="249" />
        <source>Site {site!r} cannot be deleted: it has emission sources; delete them first.</source>
        <translation>{site!r} объектісін жоюға болмайды: оның шығарындылар көздері бар; алдымен оларды жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="258" />
        <source>Site {site!r} cannot be deleted: the calendar records {count:,} obligation statuses for it.</source>
        <translation>{site!r} алаңын жою мүмкін емес: күнтізбеде ол үшін {count:,} міндеттеме мәртебесі жазылған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="278" />
        <location filename="../../greendesk/services/structure.py" line="324" />
        <location filename="../../greendesk/services/structure.py" line="343" />
        <location filename="../../greendesk/services/structure.py" line="364" />
        <source>node</source>
        <translation>түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="283" />
        <source>A loss node needs a reason: storage, transport, handling, process or measurement.</source>
        <translation>Шығын түйіні үшін себебін көрсетіңіз: сақтау, тасымалдау, тиеу-түсіру, технологиялық шығын немесе өлшеу қателігі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="298" />
        <source>Site {site!r} already has a node named {name!r}.</source>
        <translation>{site!r} алаңында {name!r} атты түйін бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="350" />
        <source>Node {node!r} cannot be moved to {target!r}: {count:,} flow records of its present site refer to it.</source>
        <translation>{node!r} түйінін {target!r} алаңына көшіруге болмайды: оған қазіргі алаңының {count:,} ағын жазбасы сілтеме жасайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="368" />
        <source>Node {node!r} cannot be deleted: {count:,} flow records refer to it.</source>
        <translation>{node!r} түйінін жоюға болмайды: оған {count:,} ағын жазбасы сілтеме жасайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="376" />
        <source>Node {node!r} cannot be deleted: {count:,} relations between flows name it; remove them first.</source>
        <translation>{node!r} түйінін жоюға болмайды: оған ағындар арасындағы байланыстар ({count:,}) сілтейді; алдымен оларды жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="386" />
        <source>Node {node!r} cannot be deleted: an emission source or its stream refers to it.</source>
        <translation>{node!r} торабын жоюға болмайды: оған шығарындылар көзі немесе оның ағыны сілтеме жасайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="86" />
        <source>{word!r} is not a recovery or disposal operation; the codes are R1–R13 and D1–D15.</source>
        <translation>{word!r} қалпына келтіру немесе жою операциясы емес; операция кодтары: R1–R13 және D1–D15.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="97" />
        <source>{word!r} is not a hazardous property; they are HP1–HP15 and C16 (persistent organic pollutants).</source>
        <translation>{word!r} қауіпті қасиет емес; қауіпті қасиеттер: HP1–HP15 және C16 (тұрақты органикалық ластағыштар).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="151" />
        <source>The licence {licence} of {name} expired on {until}, before the transfer on {on}; record the transfer to a contractor with a valid licence, or enter the renewed licence first.</source>
        <translation>{name} мердігерінің {licence} лицензиясының мерзімі {until} күні, яғни {on} күнгі беруден бұрын аяқталған; беруді жарамды лицензиясы бар мердігерге жазыңыз немесе алдымен жаңартылған лицензияны енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="159" />
        <source>The licence {licence} of {name} does not cover {operation} ({meaning}); it covers {covered}.</source>
        <translation>{name} мердігерінің {licence} лицензиясы {operation} ({meaning}) операциясын қамтымайды; лицензия қамтитын операциялар: {covered}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="165" />
        <source>no operations</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="219" />
        <location filename="../../greendesk/services/waste.py" line="383" />
        <location filename="../../greendesk/services/waste.py" line="430" />
        <location filename="../../greendesk/services/waste_passport.py" line="195" />
        <location filename="../../greendesk/services/waste_stock.py" line="165" />
        <source>The waste type no longer exists; it may have been deleted.</source>
        <translation>Қалдық түрі енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="225" />
        <source>waste type</source>
        <translation>қалдық түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="229" />
        <source>Choose the site the waste arises at.</source>
        <translation>Қалдықтар түзілетін алаңды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="242" />
        <source>{code} is not an entry of the loaded waste classifier; choose a six-digit code from the list.</source>
        <translation>{code} коды жүктелген қалдықтар сыныптауышында жоқ; тізімнен алты таңбалы кодты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="247" />
        <source>No waste classifier is loaded yet; import it first (Import classifier…, or greendesk classifier import FILE).</source>
        <translation>Қалдықтар сыныптауышы әлі жүктелмеген; алдымен оны импорттаңыз (Сыныптауышты импорттау… немесе greendesk classifier import FILE).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="252" />
        <source>{code!r} is not a List of Waste entry: an entry has six digits, such as 01 03 04 (01 03 04* for a hazardous one).</source>
        <translation>{code!r} — қалдықтар сыныптауышының позициясы емес: позиция алты цифрдан тұрады, мысалы 01 03 04 (қауіптісі үшін 01 03 04*).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="259" />
        <source>{code} is not a hazardous entry; write it without the asterisk, or choose the hazardous entry.</source>
        <translation>{code} қауіпті позиция емес; оны жұлдызшасыз жазыңыз немесе қауіпті позицияны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="266" />
        <source>{code} was retired from the classifier; choose a current code.</source>
        <translation>{code} коды сыныптауыштан алынып тасталған; қолданыстағы кодты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="272" />
        <source>Choose the process of {site} that generates the waste.</source>
        <translation>{site} алаңында қалдықтар түзілетін процесті таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="277" />
        <source>{node} is not a process; waste is generated by a process.</source>
        <translation>{node} түйіні процесс емес; қалдықтар процесте түзіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="284" />
        <source>{code} is a non-hazardous entry, so hazardous properties ({properties}) do not apply; choose the hazardous (mirror) entry if the waste has them.</source>
        <translation>{code} — қауіпті емес позиция, сондықтан қауіпті қасиеттер ({properties}) қолданылмайды; егер қалдықтарда олар болса, қауіпті (айналы) позицияны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="291" />
        <source>{code} is a mirror entry: record the assessment that makes this waste hazardous and its reason (analyses, composition).</source>
        <translation>{code} — айналы позиция: осы қалдықтарды қауіпті деп тануға негіз болған бағалауды және оның себебін (талдаулар, құрамы) жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="294" />
        <source>{code} is a mirror entry: record the assessment that makes this waste non-hazardous and its reason (analyses, composition).</source>
        <translation>{code} — айналы позиция: осы қалдықтарды қауіпті емес деп тануға негіз болған бағалауды және оның себебін (талдаулар, құрамы) жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="299" />
        <source>The assessment and the note are at most 2,000 characters each.</source>
        <translation>Бағалау мен ескертпенің әрқайсысы 2000 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="304" />
        <source>The storage limit is a whole number of months from 1 to 120.</source>
        <translation>Жинақтаудың шекті мерзімі — 1-ден 120-ға дейінгі айлардың бүтін саны.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="309" />
        <source>{site} already has a waste type named {name!r}.</source>
        <translation>{site} алаңында {name!r} атты қалдық түрі бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="326" />
        <source>Choose the material the waste is recorded as.</source>
        <translation>Қалдықтар қай материал ретінде есепке алынатынын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="336" />
        <source>{material} is not a waste in the material catalogue; choose a waste material or another name.</source>
        <translation>Материалдар каталогында {material} қалдықтарға жатпайды; «Қалдықтар» санатындағы материалды немесе басқа атауды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="341" />
        <source>{material} is measured by {kind}; waste figures are in tonnes, so choose a material measured by mass (it can still be entered in litres or m³ when its density is set).</source>
        <translation>{material} материалының шама түрі — {kind}; қалдықтар көрсеткіштері тоннамен есептеледі, сондықтан массамен өлшенетін материалды таңдаңыз (тығыздығы берілсе, оны литрмен немесе m³ бірлігімен де енгізуге болады).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="365" />
        <source>{material} is already registered at this site as the waste type {taken!r}.</source>
        <translation>{material} материалы осы алаңда {taken!r} қалдық түрі ретінде бұрыннан тіркелген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="387" />
        <source>A waste type stays at its site; register it at the other site instead.</source>
        <translation>Қалдық түрі өз алаңында қалады; оның орнына оны басқа алаңда тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="392" />
        <source>A waste type keeps its material, in which its movements are recorded.</source>
        <translation>Қалдық түрінің материалы өзгермейді: оның қозғалысы сол материалмен есепке алынады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="414" />
        <source>{name} ({code}): {reason}</source>
        <translation>{name} ({code}): {reason}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="438" />
        <source>{waste!r} cannot be deleted: permit {number} sets limits for it; remove them from the permit first.</source>
        <translation>{waste!r} жою мүмкін емес: {number} рұқсатында оған лимиттер белгіленген; алдымен оларды рұқсаттан алып тастаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="461" />
        <source>contractor</source>
        <translation>мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="465" />
        <source>Enter the licence number of {name}.</source>
        <translation>{name} мердігерінің лицензия нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="468" />
        <source>The licence number is longer than 100 characters.</source>
        <translation>Лицензия нөмірі 100 таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="472" />
        <source>Enter the date until which the licence is valid.</source>
        <translation>Лицензияның қолданылу мерзімі аяқталатын күнді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="477" />
        <source>List the operations the licence of {name} covers, e.g. R4, D9.</source>
        <translation>{name} мердігерінің лицензиясы қамтитын операцияларды тізіп жазыңыз, мысалы R4, D9.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="483" />
        <source>There is already a contractor named {name!r}.</source>
        <translation>{name!r} атты мердігер бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="508" />
        <source>The contractor no longer exists; it may have been deleted.</source>
        <translation>Мердігер енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="525" />
        <source>{year} is not a year.</source>
        <translation>{year} жыл емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="527" />
        <source>main product</source>
        <translation>негізгі өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="528" />
        <source>output value</source>
        <translation>өнім құны</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="530" />
        <source>The {what} must be a positive number.</source>
        <translation>«{what}» мәні оң сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="534" />
        <source>Choose the site.</source>
        <translation>Алаңды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="180" />
        <source>Only a stock node can be waste storage or a formation.</source>
        <translation>Қалдықтарды жинақтау орны немесе түзілім тек қойма түйіні бола алады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="226" />
        <source> (after the movements recorded later)</source>
        <translation> (кейін жазылған қозғалыстардан соң)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="229" />
        <source>{what} would make the stock of {material} at {node} negative: it would be {tonnes} on {date}{later}, {short} short.</source>
        <translation>{what}: {node} түйініндегі {material} қоры теріс болады — {date} күні{later} ол {tonnes} болады, {short} жетіспейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="288" />
        <source>This movement</source>
        <translation>Бұл қозғалыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="289" />
        <source>Undoing this movement</source>
        <translation>Бұл қозғалысты болдырмау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="322" />
        <source>Generating</source>
        <translation>Түзілу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="323" />
        <source>Recycling</source>
        <translation>Қайта өңдеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="324" />
        <source>Transferring</source>
        <translation>Беру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="325" />
        <source>Placing</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="334" />
        <source>Choose the waste type.</source>
        <translation>Қалдық түрін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="343" />
        <source>Choose the node the waste {what}.</source>
        <translation>Қалдықтар {what} түйінді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="346" />
        <source>{node} is not a node of {site}, where {name} arises.</source>
        <translation>{node} түйіні {name} түзілетін {site} алаңына жатпайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="354" />
        <source>{src} is not a process; waste is generated by a process.</source>
        <translation>{src} түйіні процесс емес; қалдықтар процесте түзіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="359" />
        <source>{name} can leave only a process or a stock, not {src}.</source>
        <translation>{name} тек процестен немесе қоймадан шыға алады, {src} түйінінен емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="369" />
        <source>Choose the contractor the waste is transferred to.</source>
        <translation>Қалдықтар берілетін мердігерді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="374" />
        <source>Choose the recovery (R1–R13) or disposal (D1–D15) operation {name} performs.</source>
        <translation>{name} орындайтын қалпына келтіру (R1–R13) немесе жою (D1–D15) операциясын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="387" />
        <source>{site} has a node named {name} that is not a waste-contractor node; choose the contractor's node.</source>
        <translation>{site} алаңында қалдықтар жөніндегі мердігердің түйіні емес {name} атты түйін бар; мердігердің түйінін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="402" />
        <source>{dst} is not a waste-contractor node; a transfer goes to the contractor's boundary node.</source>
        <translation>{dst} түйіні қалдықтар жөніндегі мердігердің түйіні емес; беру мердігердің шекаралық түйініне бағытталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="412" />
        <source>{dst} is not a process; recycled waste goes to the process that uses it.</source>
        <translation>{dst} түйіні процесс емес; қайта өңделетін қалдықтар оларды пайдаланатын процеске жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="421" />
        <source>{node} is not a stock; generated waste is accumulated in an on-site storage.</source>
        <translation>{node} түйіні қойма емес; түзілген қалдықтар алаңдағы жинақтау орнында жинақталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="424" />
        <source>{node} is not a stock; waste is placed in a formation (a tailings facility, a dump, a slag heap).</source>
        <translation>{node} түйіні қойма емес; қалдықтар түзілімге (қалдық қоймасына, үйіндіге, шлак үйіндісіне) орналастырылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="429" />
        <source>{node} is marked as a technogenic formation; record a placement there.</source>
        <translation>{node} түйіні техногендік минералдық түзілімге жатқызылған; оған орналастыруды жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="432" />
        <source>{node} is marked as temporary storage; place waste in a formation, or mark the node as a formation first.</source>
        <translation>{node} түйіні уақытша жинақтау орны ретінде белгіленген; қалдықтарды түзілімге орналастырыңыз немесе алдымен түйінді түзілімге жатқызыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="440" />
        <source>A movement cannot go from {src} to itself.</source>
        <translation>Қозғалыс {src} түйінінен сол түйіннің өзіне бара алмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="444" />
        <source>{doing} {quantity} on {date}</source>
        <translation>{doing} {quantity} ({date})</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="446" />
        <source>{doing} {quantity}</source>
        <translation>{doing} {quantity}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="466" />
        <source>Record {record} does not go to a contractor, so it is not a transfer.</source>
        <translation>{record} жазбасы мердігерге бағытталмаған, сондықтан ол қалдықтарды беру емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="472" />
        <source>Record {record}</source>
        <translation>{record} жазбасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="472" />
        <source>a waste transfer</source>
        <translation>қалдықтарды беру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="489" />
        <source>Choose the recovery (R1–R13) or disposal (D1–D15) operation.</source>
        <translation>Қалпына келтіру (R1–R13) немесе жою (D1–D15) операциясын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="496" />
        <source>Choose the contractor.</source>
        <translation>Мердігерді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="503" />
        <source>Some of the records no longer exist; refresh and try again.</source>
        <translation>Кейбір жазбалар енді жоқ; деректерді жаңартып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/settings.py" line="120" />
        <source>Keep between 1 and {most} backups.</source>
        <translation>Сақталатын сақтық көшірмелер санын 1 және {most} аралығында көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_anchor.py" line="67" />
        <source>{text!r} is not an audit trail head: write it as the entry number, a colon and the 64-character hash, as a workbook's cover shows it (e.g. 1234:9f86d0…).</source>
        <translation>{text!r} өзгерістер журналының соңғы жазбасы емес: оны кітаптың титул парағындағыдай жазба нөмірі, қос нүкте және 64 таңбалы хеш түрінде жазыңыз (мысалы, 1234:9f86d0…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_codec.py" line="249" />
        <source>rows of {width} values expected</source>
        <translation>{width} мәннен тұратын жолдар күтілген</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="97" />
        <location filename="../../greendesk/store/backup.py" line="100" />
        <source>{name} could not be backed up: {reason}.</source>
        <translation>{name} сақтық көшірмесін жасау мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="155" />
        <source>{name} is not a GreenDesk backup: it is not an SQLite file.</source>
        <translation>{name} GreenDesk сақтық көшірмесі емес: ол SQLite файлы емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="159" />
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} файлын оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="166" />
        <source>{name} is damaged (it fails SQLite's integrity check) and cannot be restored.</source>
        <translation>{name} бүлінген (SQLite тұтастық тексерісінен өтпейді), одан дерекқорды қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="178" />
        <source>{name} is damaged or is not a GreenDesk backup.</source>
        <translation>{name} бүлінген немесе GreenDesk сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="183" />
        <source>{name} is an SQLite file but not a GreenDesk database.</source>
        <translation>{name} — SQLite файлы, бірақ GreenDesk дерекқоры емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="187" />
        <source>{name} was written by a newer version of GreenDesk (schema {revision}); install that version to restore it.</source>
        <translation>{name} GreenDesk-тің жаңарақ нұсқасымен жазылған (схема {revision}); оны қалпына келтіру үшін сол нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="213" />
        <source>A database cannot be restored from itself.</source>
        <translation>Дерекқорды өзінен қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="226" />
        <source>{name} could not be restored: {reason}; the database was not changed.</source>
        <translation>{name} дерекқорын қалпына келтіру мүмкін болмады: {reason}; дерекқор өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="253" />
        <source>{name} is open in another GreenDesk window or program; close it there and try again.</source>
        <translation>{name} GreenDesk-тің басқа терезесінде немесе басқа бағдарламада ашық; оны сол жерде жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="259" />
        <source>damaged</source>
        <translation>бүлінген</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/closed_periods.py" line="51" />
        <source>{where}: {label} is closed; reopen it (with a reason) to change its records.</source>
        <translation>{where}: {label} кезеңі жабық; оның жазбаларын өзгерту үшін оны қайта ашыңыз (себебін көрсетіп).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/closed_periods.py" line="53" />
        <source>{label} is closed; reopen it (with a reason) to change its records.</source>
        <translation>{label} кезеңі жабық; оның жазбаларын өзгерту үшін оны қайта ашыңыз (себебін көрсетіп).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="128" />
        <source>{path} is open read-only; changes cannot be saved.</source>
        <translation>{path} тек оқу үшін ашық; өзгерістерді сақтау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="266" />
        <source>{path} is a folder, not a GreenDesk database file.</source>
        <translation>{path} — бума, GreenDesk дерекқорының файлы емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="270" />
        <source>There is no database at {path}.</source>
        <translation>{path} жолында дерекқор жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="279" />
        <source>{name} is not a GreenDesk database: it is not an SQLite file at all.</source>
        <translation>{name} GreenDesk дерекқоры емес: ол мүлдем SQLite файлы емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="284" />
        <source>{name} cannot be read: permission denied.</source>
        <translation>{name} файлын оқу мүмкін емес: қатынауға рұқсат жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="295" />
        <source>{name} is an SQLite database but not a GreenDesk one (it holds tables such as {table!r}).</source>
        <translation>{name} — SQLite дерекқоры, бірақ GreenDesk дерекқоры емес (онда, мысалы, {table!r} кестесі бар).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="298" />
        <source>{name} is an SQLite database but not a GreenDesk one (it is empty).</source>
        <translation>{name} — SQLite дерекқоры, бірақ GreenDesk дерекқоры емес (ол бос).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="306" />
        <location filename="../../greendesk/store/db.py" line="389" />
        <source>{name} was written by a newer version of GreenDesk (schema {revision}); install that version to open it. The file was not changed.</source>
        <translation>{name} GreenDesk-тің жаңарақ нұсқасымен жазылған (схема {revision}); оны ашу үшін сол нұсқаны орнатыңыз. Файл өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="314" />
        <source>{name} is not a GreenDesk database (unknown schema {revision!r}).</source>
        <translation>{name} GreenDesk дерекқоры емес (белгісіз схема {revision!r}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="323" />
        <source>{name} needs an upgrade to this version's schema, but it is read-only.</source>
        <translation>{name} файлын осы нұсқаның схемасына дейін жаңарту қажет, бірақ ол тек оқу үшін қолжетімді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="350" />
        <source>{name} is locked by another program; close it there and try again.</source>
        <translation>{name} басқа бағдарламамен бұғатталған; оны сол жерде жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="354" />
        <source>{name} cannot be opened: the file is damaged or is not a GreenDesk database.</source>
        <translation>{name} файлын ашу мүмкін емес: файл бүлінген немесе GreenDesk дерекқоры емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="380" />
        <source>{name} is a server database but not a GreenDesk one (it holds tables such as {table!r}).</source>
        <translation>{name} — серверлік дерекқор, бірақ GreenDesk дерекқоры емес (онда, мысалы, {table!r} кестесі бар).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="384" />
        <source>The server database {name} is empty: it holds no GreenDesk plant yet.</source>
        <translation>{name} серверлік дерекқоры бос: онда әлі GreenDesk кәсіпорны жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="413" />
        <source>{name} claims schema revision {revision}, but it already holds the {kind} {what} of a later revision, so its revision stamp was set back outside GreenDesk; the file was not changed.</source>
        <translation>{name} схема ревизиясын {revision} деп көрсетеді, бірақ онда кейінгі ревизияның {kind} {what} нысаны бұрыннан бар, демек ревизия белгісі GreenDesk-тен тыс кері қайтарылған; файл өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="23" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="25" />
        <source>mass</source>
        <translation>масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="27" />
        <source>energy</source>
        <translation>энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="159" />
        <source>{what} must be a positive finite number, got {value!r}.</source>
        <translation>«{what}» мәні оң шекті сан болуы керек; алынғаны: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="161" />
        <source>{what} must be a finite number, got {value!r}.</source>
        <translation>«{what}» мәні шекті сан болуы керек; алынғаны: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="183" />
        <source>Density</source>
        <translation>Тығыздық</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="184" />
        <source>Net calorific value</source>
        <translation>Төменгі жану жылуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="187" />
        <source>{label} makes no sense for energy carrier {material}.</source>
        <translation>«{label}» {material} энергия тасымалдағышы үшін мағынасыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="200" />
        <source>Unknown quantity kind {kind!r}; expected one of {kinds}.</source>
        <translation>Белгісіз шама түрі {kind!r}; күтілетіндер: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="214" />
        <source>Unit {unit!r} is ambiguous; enter 'Mt' for megatonnes or 't' for tonnes.</source>
        <translation>{unit!r} бірлігі екіұшты; мегатонна үшін 'Mt', тонна үшін 't' енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="218" />
        <source>Unknown unit {text!r}; accepted units are {units}.</source>
        <translation>Белгісіз бірлік {text!r}; қабылданатын бірліктер: {units}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="254" />
        <source>Cannot convert {sym} of {material} to {target}: the material is an energy carrier and is entered in energy units only.</source>
        <translation>{material} материалының {sym} мөлшерін {target} бірлігіне айналдыру мүмкін емес: материал энергия тасымалдағыш болып табылады және тек энергия бірліктерімен енгізіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="260" />
        <source>net calorific value</source>
        <translation>төменгі жану жылуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="263" />
        <source>density</source>
        <translation>тығыздық</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="266" />
        <source>Cannot convert {sym} of {material} to {target}: the material has no {prop}.</source>
        <translation>{material} материалының {sym} мөлшерін {target} бірлігіне айналдыру мүмкін емес: материал үшін {prop} көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="318" />
        <source>The tce factor of {material} has no unit.</source>
        <translation>{material} материалының т ш.о. коэффициентінің өлшем бірлігі көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="328" />
        <source>Cannot convert {sym} of {material} to tce: the material has no net calorific value and no tce factor.</source>
        <translation>{material} материалының {sym} мөлшерін т ш.о. бірлігіне айналдыру мүмкін емес: материал үшін төменгі жану жылуы да, т ш.о. коэффициенті де көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="36" />
        <source>The BIN must be exactly 12 digits; {value!r} is not.</source>
        <translation>БСН дәл 12 цифрдан тұруы керек; {value!r} бұған сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="42" />
        <source>The BIN {bin} is not valid: digits 3–4 must be the registration month.</source>
        <translation>БСН {bin} жарамсыз: 3–4-цифрлар тіркелген айды білдіруі керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="49" />
        <source>The BIN {bin} is not valid: the fifth digit must be 4, 5 or 6 for a legal entity.</source>
        <translation>БСН {bin} жарамсыз: заңды тұлға үшін бесінші цифр 4, 5 немесе 6 болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="56" />
        <source>The BIN {bin} is not valid: its control digit does not match; check for a typo.</source>
        <translation>БСН {bin} жарамсыз: бақылау цифры сәйкес келмейді; қате терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="68" />
        <source>The {what} name must not be empty.</source>
        <translation>{what}: атауы бос болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="72" />
        <source>The {what} name is {count} characters long; at most {most} are allowed.</source>
        <translation>{what}: атауының ұзындығы {count} таңба; ең көбі {most} таңбаға рұқсат етіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="63" />
        <source>GreenDesk writes reports in en, ru or kk, not {language!r}.</source>
        <translation>GreenDesk есептерді en, ru және kk тілдерінде жасайды, {language!r} емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="88" />
        <source>The file's GreenDesk mark (SQLite's application_id) is missing: it was removed or changed outside GreenDesk.</source>
        <translation>Файлда GreenDesk белгісі (SQLite application_id) жоқ: ол GreenDesk-тен тыс жойылған немесе өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="91" />
        <source>The file's GreenDesk mark (SQLite's application_id) is {mark}, not GreenDesk's: it was removed or changed outside GreenDesk.</source>
        <translation>Файл белгісі (SQLite application_id) — {mark}, GreenDesk белгісі емес: ол GreenDesk-тен тыс жойылған немесе өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="268" />
        <source>entry #{eid} ({action} {entity} #{id}, {at} UTC)</source>
        <translation>№{eid} жазба ({action} {entity} №{id}, {at} UTC)</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="270" />
        <source>entry #{eid} ({action} {entity}, {at} UTC)</source>
        <translation>№{eid} жазба ({action} {entity}, {at} UTC)</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="274" />
        <source>The audit trail is broken at entry #{eid}: it jumps from entry #{prev} to #{eid}, so entries were deleted.</source>
        <translation>Өзгерістер журналы №{eid} жазбада бұзылған: №{prev} жазбадан кейін бірден №{eid} келеді, яғни жазбалар жойылған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="277" />
        <source>The audit trail is broken at entry #{eid}: it is out of order.</source>
        <translation>Өзгерістер журналы №{eid} жазбада бұзылған: ол ретімен тұрмаған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="280" />
        <source>The audit trail is broken at {what}: it does not link to the entry before it, so entries were inserted, deleted or replaced there.</source>
        <translation>Өзгерістер журналы мына жазбада бұзылған: {what}; ол алдыңғы жазбамен байланыспайды, яғни мұнда жазбалар қосылған, жойылған немесе ауыстырылған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="291" />
        <source>The audit trail is broken at {what}: the entry was altered after it was written.</source>
        <translation>Өзгерістер журналы мына жазбада бұзылған: {what}; жазба жазылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="305" />
        <source>Entry #{eid} of the audit trail cannot be read (its values are not valid JSON).</source>
        <translation>Өзгерістер журналының №{eid} жазбасын оқу мүмкін емес (оның мәндері дұрыс JSON емес).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="390" />
        <source>The table {table} is missing, but the audit trail has records in it.</source>
        <translation>{table} кестесі жоқ, бірақ өзгерістер журналында оның жазбалары бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="442" />
        <source>{table} #{key} exists without an entry in the audit trail (it was added outside GreenDesk).</source>
        <translation>{table} №{key} өзгерістер журналында жазбасыз бар (ол GreenDesk-тен тыс қосылған).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="454" />
        <source>{table} #{key} is missing: the audit trail (entry #{eid}) says it exists.</source>
        <translation>{table} №{key} жоқ, бірақ өзгерістер журналы бойынша (№{eid} жазба) ол бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="468" />
        <source>{table} #{key} exists, but the audit trail (entry #{eid}) says it was deleted.</source>
        <translation>{table} №{key} бар, бірақ өзгерістер журналы бойынша (№{eid} жазба) ол жойылған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="476" />
        <source>{table} #{key} differs from the audit trail (entry #{eid}): {column} is {value}, the trail says {expected}.</source>
        <translation>{table} №{key} өзгерістер журналынан өзгеше (№{eid} жазба): {column} — {value}, ал журналда — {expected}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="500" />
        <source>{table} #{key} is missing: it arrived in bulk (entry #{eid}) and the trail does not say it was deleted.</source>
        <translation>{table} №{key} жоқ: ол топтамамен келген (№{eid} жазба), ал журналда оның жойылғаны туралы жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="510" />
        <source>{table} #{key} differs from what entry #{eid} recorded when it arrived in bulk.</source>
        <translation>{table} №{key} топтамамен келген кезде №{eid} жазба тіркегеннен өзгеше.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="518" />
        <source>The {rows:,} {table} records of entry #{eid} do not match its digest.</source>
        <translation>№{eid} жазбаның {table} жазбалары ({rows:,}) оның бақылау сомасына сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="109" />
        <source>Enter the permit's number.</source>
        <translation>Рұқсаттың нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="112" />
        <source>A permit number is at most 100 characters.</source>
        <translation>Рұқсат нөмірі 100 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="116" />
        <source>The issuing authority's name is at most 300 characters.</source>
        <translation>Берген органның атауы 300 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="119" />
        <source>a permit's issue date</source>
        <translation>рұқсаттың берілген күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="123" />
        <source>A permit's validity must end after it begins: valid until {until} is not after valid from {start}.</source>
        <translation>Рұқсаттың қолданылу мерзімі басталғаннан кейін аяқталуы керек: аяқталу күні {until} басталу күні {start} кейін емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="246" />
        <source>Permit {number} holds emission norms; delete them first.</source>
        <translation>{number} рұқсатында шығарынды нормативтері бар; алдымен оларды жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="135" />
        <source>{value!r} is not a kind of relation; choose transfer or equal.</source>
        <translation>{value!r} — байланыс түрі емес; таңдаңыз: ауысу коэффициенті немесе теңдік.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="141" />
        <source>A relation's streams run between nodes of {site}; choose them again.</source>
        <translation>Байланыс ағындары {site} алаңының түйіндері арасында өтеді; оларды қайта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="146" />
        <source>A stream cannot go from a node to itself.</source>
        <translation>Ағын түйіннен сол түйінге бара алмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="151" />
        <source>A relation ties two different streams; choose another stream B.</source>
        <translation>Байланыс екі түрлі ағынды байланыстырады; басқа B ағынын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="157" />
        <source>The transfer coefficient is a number greater than zero.</source>
        <translation>Ауысу коэффициенті — нөлден үлкен сан.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="161" />
        <source>The coefficient's standard deviation is a number of zero or more.</source>
        <translation>Коэффициенттің стандартты ауытқуы — нөлден кем емес сан.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="166" />
        <source>Two equal streams take no coefficient.</source>
        <translation>Екі тең ағын үшін коэффициент берілмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="169" />
        <source>A relation's validity must end on or after it begins: valid until {until} is before valid from {start}.</source>
        <translation>Байланыстың қолданылу мерзімі басталғаннан ерте аяқтала алмайды: «дейін» {until} күні «бастап» {start} күнінен ерте.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="176" />
        <location filename="../../greendesk/services/obligation_status.py" line="92" />
        <location filename="../../greendesk/services/permits.py" line="130" />
        <source>A note is at most 2,000 characters.</source>
        <translation>Ескертпе 2 000 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="198" />
        <source>These two streams already have a relation valid from {start}; end it before this one begins, or edit it.</source>
        <translation>Бұл екі ағынның {start} бастап қолданылатын байланысы бар; оны осы байланыс басталғанға дейін аяқтаңыз немесе өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="216" />
        <source>The relation no longer exists; it may have been deleted.</source>
        <translation>Байланыс енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="149" />
        <source>{site!r} already has a permit numbered {number!r}.</source>
        <translation>{site!r} алаңында {number!r} нөмірлі рұқсат бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="302" />
        <location filename="../../greendesk/services/permits.py" line="157" />
        <source>The permit no longer exists; it may have been deleted.</source>
        <translation>Рұқсат енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="84" />
        <source>The {what} text is {count} characters long; at most {most} are allowed.</source>
        <translation>«{what}» мәтінінің ұзындығы {count} таңба; {most} таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="93" />
        <source>Row {n} of the composition has no component name.</source>
        <translation>Құрамның {n}-жолында компоненттің атауы көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="96" />
        <source>The component name in row {n} is longer than 200 characters.</source>
        <translation>{n}-жолдағы компоненттің атауы 200 таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="102" />
        <source>The share of {name} is in {unit!r}; shares are in %, mg/kg or g/t.</source>
        <translation>{name} үлесі {unit!r} бірлігінде берілген; үлестер %, мг/кг немесе г/т бірлігінде беріледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="108" />
        <source>The share of {name} must be a number of zero or more.</source>
        <translation>{name} үлесі нөлден кем емес сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="112" />
        <source>The share of {name} is {share} %; a share is at most 100 %.</source>
        <translation>{name} үлесі {share} %; үлес 100 %-дан аспайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="116" />
        <source>The share of {name} is {share} {unit}; a share is at most 1,000,000 {unit} (the whole waste).</source>
        <translation>{name} үлесі {share} {unit}; үлес 1 000 000 {unit}-дан (қалдықтардың бүкіл массасы) аспайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="120" />
        <source>basis of a share</source>
        <translation>үлестің негіздемесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="129" />
        <source>A composition lists at most {most} components; this one has {count}.</source>
        <translation>Құрамда {most} компоненттен аспауы керек; мұнда {count}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="135" />
        <source>{name} is listed twice in the composition; give each component once.</source>
        <translation>{name} құрамда екі рет көрсетілген; әр компонентті бір рет көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="142" />
        <source>The shares add up to {total} % of the waste, more than 100 %; check the figures and their units.</source>
        <translation>Үлестердің қосындысы қалдықтар массасының {total} %-ын құрайды, бұл 100 %-дан көп; мәндер мен өлшем бірліктерін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="156" />
        <source>{property} is not among the hazardous properties of {name}; record it on the waste type first.</source>
        <translation>{property} «{name}» қалдықтарының қауіпті қасиеттеріне кірмейді; алдымен оны қалдық түрінде көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="161" />
        <source>{property} has two bases; give one.</source>
        <translation>{property} үшін екі негіздеме көрсетілген; біреуін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="163" />
        <source>basis of a hazardous property</source>
        <translation>қауіпті қасиеттің негіздемесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="174" />
        <source>Enter the date the passport was prepared.</source>
        <translation>Паспорттың жасалған күнін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="177" />
        <source>The passport date {on} is after today; enter the day it was prepared.</source>
        <translation>Паспорт күні {on} бүгіннен кейін; оның жасалған күнін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="182" />
        <source>handling precautions</source>
        <translation>қолдану кезіндегі сақтық шаралары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="184" />
        <source>transport precautions</source>
        <translation>тасымалдау кезіндегі сақтық шаралары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="186" />
        <source>storage precautions</source>
        <translation>сақтау кезіндегі сақтық шаралары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="188" />
        <source>name of who prepared it</source>
        <translation>жасаған адамның аты</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="296" />
        <source>{name} ({code}) is not a hazardous waste; passports are made for hazardous waste only.</source>
        <translation>{name} ({code}) қауіпті қалдықтарға жатпайды; паспорттар тек қауіпті қалдықтарға жасалады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="68" />
        <source>{sheet}: add {record}</source>
        <translation>{sheet}: {record} қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="71" />
        <source>{sheet}: delete {record}</source>
        <translation>{sheet}: {record} жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="73" />
        <source>{sheet}: {record}, {column}: {before} → {after}</source>
        <translation>{sheet}: {record}, {column}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="167" />
        <source>Sheet {sheet} has no column {columns}; add it with its heading in row 1.</source>
        <translation>{sheet} парағында {columns} бағаны жоқ; оны 1-жолдағы тақырыбымен қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="194" />
        <source>{name} has no rows on any plant set-up sheet ({sheets}); fill in the workbook that greendesk template plant writes.</source>
        <translation>{name} файлында кәсіпорын баптауының бірде-бір парағында ({sheets}) жол жоқ; greendesk template plant жасайтын кітапты толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="255" />
        <source>{record} is also on row {row}; keep one of the two rows.</source>
        <translation>{record} {row}-жолда да бар; екі жолдың біреуін қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="300" />
        <source>{sheet}: {record} is not in the workbook and was kept: {reason}</source>
        <translation>{sheet}: {record} кітапта жоқ, жазба сақталды: {reason}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="162" />
        <source>plant set-up workbook</source>
        <translation>кәсіпорын баптау кітабы</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/template.py" line="240" />
        <source>template</source>
        <translation>үлгі</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/xlsx_kit.py" line="78" />
        <source>{target}: the {what} is an Excel workbook; give a file name ending in .xlsx.</source>
        <translation>{target}: {what} — Excel кітабы; .xlsx кеңейтімді файл атауын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="115" />
        <source>{component}: not every stream of the node is assayed.</source>
        <translation>{component}: түйіннің барлық ағындары сынамаланбаған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="52" />
        <location filename="../../greendesk/analysis/metal_formulas.py" line="66" />
        <location filename="../../greendesk/analysis/metal_formulas.py" line="102" />
        <source>The feed grade is {feed}: with no component in the feed there is nothing to recover.</source>
        <translation>Қоректендірудегі құрам {feed}: қоректендіруде компонент жоқ, бөліп алатын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="62" />
        <source>A grade of {grade} is negative: grades are shares of the stream.</source>
        <translation>{grade} құрамы теріс: құрам — ағындағы үлес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="70" />
        <source>The concentrate and the tail both assay {grade}: the assays cannot tell how the feed split between them.</source>
        <translation>Концентрат та, қалдық та {grade} құрайды: талдаулар бойынша қоректендірудің олардың арасында қалай бөлінгенін анықтау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="75" />
        <source>Feed {feed}, concentrate {concentrate} and tail {tail} give a concentrate yield of {pct:.2f} %, outside 0–100 %: the feed's grade must lie between the tail's and the concentrate's; check the samples.</source>
        <translation>Қоректендіру {feed}, концентрат {concentrate} және қалдық {tail} концентрат шығымын {pct:.2f} % береді, 0–100 % шегінен тыс: қоректендірудегі құрам қалдық пен концентрат құрамының арасында болуы тиіс; сынамаларды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="110" />
        <source>The two concentrates assay alike in both components: the assays cannot tell how the feed split between them.</source>
        <translation>Екі концентрат екі компонент бойынша бірдей: талдаулар бойынша қоректендірудің олардың арасында қалай бөлінгенін анықтау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="117" />
        <source>The assays give yields of {y1:.2f} %, {y2:.2f} % and {y3:.2f} %: a negative yield means the samples do not fit together; check them.</source>
        <translation>Талдаулар {y1:.2f} %, {y2:.2f} % және {y3:.2f} % шығымдар береді: теріс шығым сынамалардың бір-біріне сәйкес келмейтінін білдіреді; оларды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/stock_sheet.py" line="44" />
        <source>Sheet {sheet} lacks the columns {columns}.</source>
        <translation>{sheet} парағында {columns} бағандары жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/stock_sheet.py" line="70" />
        <source>{where}: the site, node, material, date or quantity cannot be read; write them as in GreenDesk.</source>
        <translation>{where}: алаңды, түйінді, материалды, күнді немесе мөлшерді оқу мүмкін емес; оларды GreenDesk-тегідей жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_reconciled.py" line="53" />
        <source>There is nothing to write.</source>
        <translation>Жазатын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_reconciled.py" line="79" />
        <source>The reconciled value of {stream} is {value:g}; only a quantity above zero can be written into its records.</source>
        <translation>{stream} ағынының үйлестірілген мәні {value:g}; оның жазбаларына тек нөлден үлкен мөлшерді жазуға болады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_reconciled.py" line="90" />
        <source>{stream} has no unmeasured record from {start} to {end}.</source>
        <translation>{stream} ағынында {start} бастап {end} дейін өлшенбеген жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_reconciled.py" line="167" />
        <source>The global test of the reconciliation did not pass, so its estimates are not written unless you confirm them.</source>
        <translation>Балансты үйлестірудің жаһандық сынағы өтпеді, сондықтан оның бағалаулары сіздің растауыңызсыз жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_reconciled.py" line="172" />
        <source>The reconciliation estimated no unmeasured flow, so there is nothing to write.</source>
        <translation>Балансты үйлестіру бірде-бір өлшенбеген ағынды бағаламады, жазатын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/deadlines.py" line="110" />
        <source>The deadline of obligation {code} is not one GreenDesk can read: {rule}.</source>
        <translation>{code} міндеттемесінің мерзімі GreenDesk оқи алмайтын түрде жазылған: {rule}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="61" />
        <source>Obligation {code} in the register file: {what}.</source>
        <translation>Тізілім файлындағы {code} міндеттемесі: {what}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="72" />
        <source>{field} is a date written YYYY-MM-DD</source>
        <translation>{field} — ЖЖЖЖ-АА-КК түріндегі күн</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="79" />
        <source>give its {field}</source>
        <translation>{field} көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="81" />
        <source>its {field} is at most {limit} characters</source>
        <translation>{field} {limit} таңбадан аспауы керек</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="89" />
        <source>give its {field} in en, ru and kk</source>
        <translation>{field} en, ru және kk тілдерінде көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="101" />
        <source>an entry is a mapping of its fields</source>
        <translation>жазба — оның өрістерінің жиынтығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="104" />
        <source>give each entry a code of letters, digits and _</source>
        <translation>әр жазбаға әріптерден, цифрлардан және _ белгісінен тұратын код беріңіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="110" />
        <source>give its legal basis (act, article, order, date)</source>
        <translation>құқықтық негіздемесін көрсетіңіз (акт, бап, бұйрық, күні)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="114" />
        <source>say whom it applies to: scope enterprise or site</source>
        <translation>кімге қолданылатынын көрсетіңіз: scope enterprise немесе site</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="118" />
        <source>name the facility categories it applies to (I, II, III, IV)</source>
        <translation>қолданылатын объект санаттарын көрсетіңіз (I, II, III, IV)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="126" />
        <source>a threshold names its figure (ghg_t_co2) and its minimum</source>
        <translation>шек көрсеткішін (ghg_t_co2) және ең аз мәнін көрсетеді</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="131" />
        <source>its period is month, quarter, half_year, year or once</source>
        <translation>кезеңі — month, quarter, half_year, year немесе once</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="136" />
        <source>no GreenDesk report is called {report!r}</source>
        <translation>GreenDesk-те {report!r} есебі жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="139" />
        <source>confirmed is true or false</source>
        <translation>confirmed — true немесе false</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="169" />
        <location filename="../../greendesk/services/obligation_file.py" line="174" />
        <source>{file} is not a register of obligations GreenDesk can read.</source>
        <translation>{file} — GreenDesk оқи алатын міндеттемелер тізілімі емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="181" />
        <source>its code appears twice</source>
        <translation>оның коды екі рет кездеседі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="78" />
        <source>{file} cannot be read, so it cannot be kept as evidence.</source>
        <translation>{file} оқылмайды, сондықтан оны растау ретінде сақтау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="88" />
        <source>A reference number is at most 100 characters.</source>
        <translation>Тіркеу нөмірі 100 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="100" />
        <source>Enter the date it was submitted.</source>
        <translation>Тапсырылған күнін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="102" />
        <source>a submission</source>
        <translation>есептілікті тапсыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="106" />
        <source>{value!r} is not a SHA-256 hash (64 hexadecimal digits).</source>
        <translation>{value!r} — SHA-256 хэші емес (64 он алтылық цифр).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="112" />
        <source>Audit entry #{entry} is not the export of a workbook.</source>
        <translation>Аудит журналының №{entry} жазбасы — жұмыс кітабының экспорты емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="131" />
        <source>The obligation is no longer in the register.</source>
        <translation>Бұл міндеттеме тізілімде енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="130" />
        <source>Waste placed beyond the permit's burial limit (t a year) is priced above the norm, counted from 1 January: once the year's running total passes the limit, what a quarter places beyond it is above the norm (check against current law).</source>
        <translation>Рұқсаттағы көму нормативінен (жылына т) тыс орналастырылған қалдықтар 1 қаңтардан бастап өспелі қорытындымен нормативтен тыс ретінде есептеледі: жылдық қорытынды нормативтен асқанда, тоқсанда одан тыс орналастырылғаны нормативтен тыс болады (қолданыстағы заңнамамен салыстырып тексеріңіз).</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="229" />
        <source>No MCI is loaded for {day}; load the rates with the year's MCI.</source>
        <translation>{day} күнге АЕК жүктелмеген; осы жылдың АЕК-і бар мөлшерлемелерді жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="248" />
        <location filename="../../greendesk/analysis/fees.py" line="266" />
        <source>No rate for {item} on {day}: load one.</source>
        <translation>{day} күнге {item} үшін мөлшерлеме жоқ: оны жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="252" />
        <location filename="../../greendesk/analysis/fees.py" line="271" />
        <source>No coefficient for the mass above the norm on {day}: load one.</source>
        <translation>{day} күнге нормативтен асқан масса үшін коэффициент жоқ: оны жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="282" />
        <source>A site holds a comprehensive permit applying best available techniques, but no BAT coefficient is loaded for {day}: its mass within the norm is priced at 1.</source>
        <translation>Алаңның ең үздік қолжетімді техникаларды қолданатын кешенді экологиялық рұқсаты бар, бірақ {day} күнге ЕҮҚТ коэффициенті жүктелмеген: норматив шегіндегі масса 1 коэффициентімен есептелді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="287" />
        <source>Sites of category IV pay no fee and are left out.</source>
        <translation>IV санаттағы объектілер төлемақы төлемейді және есепке алынбайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="86" />
        <source>{file_name} holds no rates: write mrp, emission, waste or coefficient entries.</source>
        <translation>{file_name} файлында мөлшерлемелер жоқ: mrp, emission, waste немесе coefficient жазбаларын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="96" />
        <source>{file_name}, {where}: {value} is not a date such as 2025-01-01.</source>
        <translation>{file_name}, {where}: {value} 2025-01-01 түріндегі күн емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="102" />
        <source>{file_name}, {where}: {value} is not a number.</source>
        <translation>{file_name}, {where}: {value} сан емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="110" />
        <source>{file_name}, {where}: {value} is negative; a rate is zero or more.</source>
        <translation>{file_name}, {where}: {value} теріс мән; мөлшерлеме нөлден кем болмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="119" />
        <source>{file_name}, {where}: {value} is not a year.</source>
        <translation>{file_name}, {where}: {value} жыл емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="132" />
        <source>{file_name}, {where}: write the year and its value.</source>
        <translation>{file_name}, {where}: жылды және мәнін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="142" />
        <source>{file_name}, {where}: write the item's code.</source>
        <translation>{file_name}, {where}: позицияның кодын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="147" />
        <source>{file_name}, {where}: per must be t or kg, not {per}.</source>
        <translation>{file_name}, {where}: per мәні {per} емес, t немесе kg болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="154" />
        <source>{file_name}, {where}: write from (a date) and value.</source>
        <translation>{file_name}, {where}: from (күн) және value мәнін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="160" />
        <source>{file_name}, {where}: the rate ends before it starts.</source>
        <translation>{file_name}, {where}: мөлшерлеме басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="173" />
        <source>{file_name}, {where}: two rates start on {day}.</source>
        <translation>{file_name}, {where}: екі мөлшерлеме {day} басталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="186" />
        <source>{file_name} cannot be read: {why}.</source>
        <translation>{file_name} оқылмайды: {why}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="191" />
        <source>{file_name} is not a YAML rates file.</source>
        <translation>{file_name} YAML пішіміндегі мөлшерлемелер файлы емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fees.py" line="46" />
        <source>The fee is declared per quarter; choose a quarter or a year, not {period}.</source>
        <translation>Төлемақы тоқсан сайын декларацияланады; {period} емес, тоқсанды немесе жылды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/pek.py" line="101" />
        <source>The parameter no longer exists; it may have been deleted.</source>
        <translation>Параметр енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/pek.py" line="105" />
        <source>The parameter {parameter} is in the point's programme twice.</source>
        <translation>{parameter} параметрі нүкте бағдарламасында екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/pek.py" line="112" />
        <source>A method or laboratory is at most 300 characters.</source>
        <translation>Әдіс немесе зертхана 300 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="81" />
        <source>A waste limit is a number of tonnes from 0 up; {value} is not.</source>
        <translation>Қалдықтар лимиті — 0-ден бастап тонна саны; {value} жарамайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="93" />
        <source>A permit lists at most 500 conditions.</source>
        <translation>Рұқсатта 500-ден аспайтын шарт болады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="97" />
        <source>A permit condition is at most 2,000 characters.</source>
        <translation>Рұқсат шарты 2 000 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="106" />
        <source>A permit's waste limits are for waste types of its own site.</source>
        <translation>Рұқсаттың қалдықтар лимиттері өз алаңының қалдық түрлеріне беріледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="111" />
        <source>The waste type {waste!r} is listed twice in the permit's limits.</source>
        <translation>{waste!r} қалдық түрі рұқсат лимиттерінде екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="118" />
        <source>Give the accumulation limit, the burial limit or both for {waste!r}.</source>
        <translation>{waste!r} үшін жинақтау лимитін, көму лимитін немесе екеуін де көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="70" />
        <source>no factor for {activity} / {substance} — load one</source>
        <translation>{activity} / {substance} үшін коэффициент жоқ — оны жүктеңіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="71" />
        <source>no net calorific value for {activity} — load one</source>
        <translation>{activity} үшін төменгі жану жылуы жоқ — оны жүктеңіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="72" />
        <source>{substance} is read in g/s at the source, but its working hours a year are not given — enter them</source>
        <translation>{substance} көзде г/с бірлігінде өлшенеді, бірақ оның жылдық жұмыс уақыты көрсетілмеген — оны енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="75" />
        <source>no concentration of {substance} measured at the discharge point in the period — record one</source>
        <translation>кезеңде төгінді нүктесінде өлшенген {substance} концентрациясы жоқ — оны енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="92" />
        <source>A factor per unit of energy needs the fuel's net calorific value; load one.</source>
        <translation>Энергия бірлігіне арналған коэффициентке отынның төменгі жану жылуы қажет; оны жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="96" />
        <source>{unit} is not a unit of an emission factor.</source>
        <translation>{unit} шығарынды коэффициентінің бірлігі емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/factors_import.py" line="41" />
        <source>{name} has no column {column!r}; a factor file has substance, activity, value, unit and citation.</source>
        <translation>{name} файлында {column!r} бағаны жоқ; коэффициенттер файлында substance, activity, value, unit және citation бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/factors_import.py" line="72" />
        <source>{where}: {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="73" />
        <source>Loaded {n} factors: {added} added, {removed} removed, {changed} changed.</source>
        <translation>{n} коэффициент жүктелді: {added} қосылды, {removed} жойылды, {changed} өзгерді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="88" />
        <source>{where}: a factor needs its substance and its activity material.</source>
        <translation>{where}: коэффициенттің заты мен қызмет материалы көрсетілуі керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="91" />
        <source>{where}: {unit!r} is not a factor unit; write kg/TJ, g/GJ, kg/t, TJ/Gg or %S.</source>
        <translation>{where}: {unit!r} коэффициент бірлігі емес; kg/TJ, g/GJ, kg/t, TJ/Gg немесе %S жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="95" />
        <source>{where}: a net calorific value is substance NCV in TJ/Gg, and only it.</source>
        <translation>{where}: төменгі жану жылуы NCV заты ретінде TJ/Gg бірлігінде жазылады, тек сол ғана.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="99" />
        <source>{where}: a factor cannot be negative.</source>
        <translation>{where}: коэффициент теріс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="102" />
        <source>{where}: the share bound in ash (η′) is at least 0 and below 1.</source>
        <translation>{where}: күлмен байланысатын үлес (η′) 0-ден кем емес және 1-ден кіші.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="106" />
        <source>{where}: every factor cites its source (document and table).</source>
        <translation>{where}: әр коэффициенттің дереккөзі (құжат пен кесте) көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="109" />
        <source>{where}: the factor's validity ends before it begins.</source>
        <translation>{where}: коэффициенттің қолданылу мерзімі басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="123" />
        <source>{file_name} has no factors.</source>
        <translation>{file_name} файлында коэффициенттер жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="128" />
        <source>{file_name} gives {row} twice.</source>
        <translation>{file_name} файлында {row} екі рет берілген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="228" />
        <source>There is no relation {number}; `greendesk relations list` shows them.</source>
        <translation>{number} байланысы жоқ; байланыстар тізімін `greendesk relations list` көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/postgres.py" line="59" />
        <source>Opening a server database needs the PostgreSQL driver: install GreenDesk with its server extra (pip install "greendesk[server]").</source>
        <translation>Серверлік дерекқорды ашу үшін PostgreSQL драйвері қажет: GreenDesk-ті server қосымшасымен орнатыңыз (pip install "greendesk[server]").</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/postgres.py" line="201" />
        <source>The server database {name} cannot be reached or refused the login; check the address, the user name and that the server is running.</source>
        <translation>{name} серверлік дерекқорына қосылу мүмкін емес немесе ол кіруден бас тартты; мекенжайды, пайдаланушы атын және сервердің іске қосылғанын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/postgres.py" line="209" />
        <source>{name} is a server database: its backups are the server's business (pg_dump and pg_restore), not GreenDesk's.</source>
        <translation>{name} — серверлік дерекқор: оның сақтық көшірмелерін GreenDesk емес, сервер жасайды (pg_dump және pg_restore).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="85" />
        <source>{file} is refused: {member} unpacks to far more than records take.</source>
        <translation>{file} қабылданбады: {member} жазбалар алатын көлемнен әлдеқайда көп болып ашылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="91" />
        <source>{file} is refused: {member} is not the size its entry states.</source>
        <translation>{file} қабылданбады: {member} өлшемі оның жазбасында көрсетілгенге сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="110" />
        <location filename="../../greendesk/services/sync_codec.py" line="175" />
        <location filename="../../greendesk/services/sync_import.py" line="167" />
        <source>{file} is not a GreenDesk period package.</source>
        <translation>{file} GreenDesk кезең пакеті емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="131" />
        <source>{file} is incomplete: {member} is missing.</source>
        <translation>{file} толық емес: {member} жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="136" />
        <source>{file} holds {member}, which its manifest does not list.</source>
        <translation>{file} ішінде манифестте жоқ {member} бар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="159" />
        <source>{file} is refused: the site's audit trail does not check.</source>
        <translation>{file} қабылданбады: алаңның өзгерістер журналы тексеруден өтпейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="165" />
        <source>{file} was changed after it was written: {member} does not match its digest.</source>
        <translation>{file} жазылғаннан кейін өзгертілген: {member} өз дайджестіне сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="184" />
        <source>{file} is refused: the site's audit trail does not check at entry {entry}.</source>
        <translation>{file} қабылданбады: алаңның өзгерістер журналы {entry} жазбасында тексеруден өтпейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="189" />
        <source>{file} is refused: the site's audit trail does not end at the head its manifest names.</source>
        <translation>{file} қабылданбады: алаңның өзгерістер журналы манифестте көрсетілген жазбамен аяқталмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_export.py" line="56" />
        <source>There is no site named {site}.</source>
        <translation>{site} атты алаң жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_export.py" line="65" />
        <source>Hand in one month at a time, e.g. {year}-01.</source>
        <translation>Бір айдан тапсырыңыз, мысалы {year}-01.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_export.py" line="83" />
        <source>{label} is open; close it before handing it in.</source>
        <translation>{label} ашық; тапсырмас бұрын оны жабыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="79" />
        <source>{file} was written by this database; import it into the company database.</source>
        <translation>{file} осы дерекқормен жазылған; оны компания дерекқорына импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="93" />
        <source>{file} is refused: {label} of {site} was handed in from another database ({origin}).</source>
        <translation>{file} қабылданбады: {site} алаңының {label} кезеңі басқа дерекқордан тапсырылған ({origin}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="126" />
        <source>{file} is refused: its records do not fit this database.</source>
        <translation>{file} қабылданбады: оның жазбалары осы дерекқорға сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="136" />
        <source>the site</source>
        <translation>алаңды</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="137" />
        <source>the node</source>
        <translation>түйінді</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="138" />
        <source>the material</source>
        <translation>материалды</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="139" />
        <source>the contractor</source>
        <translation>мердігерді</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="140" />
        <source>the monitoring point</source>
        <translation>мониторинг пунктін</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="141" />
        <source>the parameter</source>
        <translation>параметрді</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="148" />
        <source>{file} names {what} {name}, which this database does not have; import the company's structure at the site first.</source>
        <translation>{file} осы дерекқорда жоқ {name} деген {what} атайды; алдымен алаңда компания құрылымын импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="182" />
        <source>{file} is refused: the site's audit trail no longer holds entry {entry}, where an earlier package of it ended; it was rewritten.</source>
        <translation>{file} қабылданбады: алаңның өзгерістер журналында оның бұрынғы пакеті аяқталған {entry} жазбасы енді жоқ; журнал қайта жазылған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="193" />
        <source>{site} has handed in {label} already; reopen {label} here (with a reason) to take in a corrected package.</source>
        <translation>{site} {label} кезеңін тапсырып қойған; түзетілген пакетті қабылдау үшін {label} кезеңін осында қайта ашыңыз (себебін көрсетіп).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="56" />
        <source>There is no source numbered {number!r} at {site}.</source>
        <translation>{site} объектісінде {number!r} нөмірлі шығарындылар көзі жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="238" />
        <source>Choose each stream's nodes and material.</source>
        <translation>Әр ағынның тораптары мен материалын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="266" />
        <source>Add a site first: a source belongs to a site.</source>
        <translation>Алдымен объект қосыңыз: шығарындылар көзі объектіге тиесілі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="324" />
        <source>The source's site has no permit yet: add one in Plant structure.</source>
        <translation>Бұл көздің объектісінде әлі рұқсат жоқ: оны «Кәсіпорын құрылымы» бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_actions.py" line="101" />
        <source>{file} names the checklist item {item}, which this database does not have.</source>
        <translation>{file} осы дерекқорда жоқ {item} чек-парақ тармағына сілтейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="173" />
        <source>The demo plant is written to a file of its own, not to a server database: give --db a file path.</source>
        <translation>Демонстрациялық кәсіпорын серверлік дерекқорға емес, жеке файлға жазылады: --db параметрінде файл жолын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/process_emissions.py" line="36" />
        <source>no carbon content for {activity} — load one</source>
        <translation>{activity} үшін көміртек мөлшері жоқ — оны жүктеңіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/process_emissions.py" line="38" />
        <source>no {component} grade assayed for {material} — record one</source>
        <translation>{material} үшін {component} құрамының талдауы жоқ — оны енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/process_emissions.py" line="86" />
        <source>An efficiency is from 0 to below 1.</source>
        <translation>Тиімділік 0-ден 1-ден кіші мәнге дейін болады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/process_emissions.py" line="94" />
        <source>More of the element leaves in the products ({out:.3f} t) than enters ({into:.3f} t): check the tonnages and grades.</source>
        <translation>Өнімдермен элемент түсетіннен ({into:.3f} т) көп шығады ({out:.3f} т): массалар мен құрамдарды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/process_emissions.py" line="125" />
        <source>The ash content is a percentage, the share carried from 0 to 1 and the efficiency from 0 to below 1.</source>
        <translation>Күлділік пайызбен, ұшпа күл үлесі 0-ден 1-ге дейін, тиімділік 0-ден 1-ден кіші мәнге дейін беріледі.</translation>
    </message>
</context>
<context>
    <name>RelationsDialog</name>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="66" />
        <source>Relations between flows</source>
        <translation>Ағындар арасындағы байланыстар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="68" />
        <source>What you know about the flows of “%s” beyond their measurements: one is a share of another (stream B = k × stream A), or two are equal. Reconciliation keeps to them.</source>
        <translation>«%s» ағындары туралы өлшеулерден тыс белгілі нәрсе: біреуі екіншісінің үлесі (B ағыны = k × A ағыны) немесе екеуі тең. Балансты үйлестіру оларды сақтайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="74" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="117" />
        <source>Stream A</source>
        <translation>A ағыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="74" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="119" />
        <source>Stream B</source>
        <translation>B ағыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="74" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="118" />
        <source>Relation</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="75" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="122" />
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="75" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="123" />
        <source>Valid until</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="75" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="124" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="78" />
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="88" />
        <source>e.g. 0,002</source>
        <translation>мыс. 0,002</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="90" />
        <source>0 when exact</source>
        <translation>нақты болса, 0</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="94" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="158" />
        <source>no end date</source>
        <translation>аяқталу күні жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="104" />
        <source>Add relation</source>
        <translation>Байланыс қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="106" />
        <source>Save changes</source>
        <translation>Өзгерістерді сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="107" />
        <source>Change the relation chosen in the list to what the form says.</source>
        <translation>Тізімде таңдалған байланысты формада көрсетілгендей өзгерту.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="113" />
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="120" />
        <source>Coefficient k (B = k × A)</source>
        <translation>k коэффициенті (B = k × A)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="121" />
        <source>Standard deviation of k</source>
        <translation>k стандартты ауытқуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="168" />
        <source>B = A</source>
        <translation>B = A</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="169" />
        <source>B = %1 × A (σ %2)</source>
        <translation>B = %1 × A (σ %2)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="210" />
        <source>coefficient</source>
        <translation>коэффициент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="213" />
        <source>standard deviation</source>
        <translation>стандартты ауытқу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="224" />
        <source>Add relation between flows</source>
        <translation>Ағындар арасында байланыс қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="239" />
        <source>Change relation between flows</source>
        <translation>Ағындар арасындағы байланысты өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="253" />
        <source>Remove relation between flows</source>
        <translation>Ағындар арасындағы байланысты жою</translation>
    </message>
</context>
<context>
    <name>ReopenPeriodDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="171" />
        <source>Reopen %s</source>
        <translation>%s қайта ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="174" />
        <source>Why it is reopened (kept in the audit trail)</source>
        <translation>Қайта ашу себебі (өзгерістер журналында сақталады)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="175" />
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="110" />
        <location filename="../../greendesk/ui/reports_view.py" line="121" />
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="67" />
        <source>Open the folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="78" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="78" />
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="79" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="88" />
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="89" />
        <location filename="../../greendesk/ui/reports_view.py" line="90" />
        <source>name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="97" />
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="105" />
        <source>Export workbook</source>
        <translation>Кітапты экспорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="111" />
        <source>Sites</source>
        <translation>Алаңдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="112" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="113" />
        <source>Prepared by</source>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="114" />
        <source>Approved by</source>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="115" />
        <source>Save as</source>
        <translation>Сақтау орны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="116" />
        <source>Will include</source>
        <translation>Қамтылады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="170" />
        <source>Nothing: the database has no flow records yet.</source>
        <translation>Ештеңе: дерекқорда әзірге ағын жазбалары жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="180" />
        <source>%1 report(s) for %2 site(s), %3; %4 flow records in the period.</source>
        <translation>Есептер: %1, алаңдар: %2, %3; кезеңдегі ағын жазбалары: %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="186" />
        <source>Save the report as</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="188" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="83" />
        <source>Writing %s…</source>
        <translation>%s жазылуда…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="84" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="27" />
        <source>Skipped</source>
        <translation>Өткізіліп жіберілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="30" />
        <source>Its cover carries the audit trail head %s.</source>
        <translation>Оның титул парағында өзгерістер журналының соңғы жазбасы бар: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="33" />
        <source>Saved %s.</source>
        <translation>Сақталды: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="36" />
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="39" />
        <source>Nothing to report: %s</source>
        <translation>Есепке деректер жоқ: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="42" />
        <source>The workbook could not be written: %s</source>
        <translation>Кітапты жазу мүмкін болмады: %s</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="250" />
        <source>Edit sample</source>
        <translation>Сынаманы өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="250" />
        <source>New sample</source>
        <translation>Жаңа сынама</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="256" />
        <source>(no block)</source>
        <translation>(блоксыз)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="261" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="261" />
        <source>Grade</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="262" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="280" />
        <source>Sample</source>
        <translation>Сынама</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="281" />
        <source>Block or zone</source>
        <translation>Блок немесе аймақ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="282" />
        <source>Taken on</source>
        <translation>Алынған күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="283" />
        <source>Depth, m</source>
        <translation>Тереңдігі, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="284" />
        <source>Assays</source>
        <translation>Талдаулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="285" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="314" />
        <source>Depth</source>
        <translation>Тереңдігі</translation>
    </message>
</context>
<context>
    <name>SankeyView</name>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="32" />
        <source>Material flow</source>
        <translation>Материалдық ағын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="33" />
        <source>Waste</source>
        <translation>Қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="34" />
        <source>Accounted loss</source>
        <translation>Есепке алынған шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="75" />
        <source>No flows in this period.</source>
        <translation>Бұл кезеңде ағындар жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="140" />
        <source>Band widths are proportional to quantity (%s).</source>
        <translation>Жолақтардың ені мөлшерге пропорционал (%s).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="207" />
        <source>GreenDesk Sankey diagram</source>
        <translation>GreenDesk Санкей диаграммасы</translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="143" />
        <source>limit %1</source>
        <translation>норматив %1</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../greendesk/ui/server_dialog.py" line="27" />
        <source>Connect to server</source>
        <translation>Серверге қосылу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/server_dialog.py" line="29" />
        <source>The address of the company database on its PostgreSQL server, as the server's administrator gave it:</source>
        <translation>Компанияның PostgreSQL серверіндегі дерекқорының мекенжайы (сервер әкімшісі берген түрде):</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="31" />
        <source>Edit site</source>
        <translation>Алаңды өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="31" />
        <source>New site</source>
        <translation>Жаңа алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="41" />
        <source>as the site's permit states it</source>
        <translation>алаң рұқсатында көрсетілгендей</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="43" />
        <source>Not set</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="45" />
        <source>The category of the object under Article 12 of the Environmental Code of the Republic of Kazakhstan, by its negative impact on the environment.</source>
        <translation>Қазақстан Республикасы Экология кодексінің 12-бабы бойынша объектінің қоршаған ортаға жағымсыз әсеріне қарай санаты.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="47" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="48" />
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="49" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="50" />
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="51" />
        <source>Facility category</source>
        <translation>Объект санаты</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="81" />
        <source>Edit emission source</source>
        <translation>Шығарындылар көзін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="82" />
        <source>New emission source</source>
        <translation>Жаңа шығарындылар көзі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="89" />
        <source>as on the inventory, e.g. 0001</source>
        <translation>түгендеудегідей, мысалы 0001</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="91" />
        <source>organised</source>
        <translation>ұйымдастырылған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="92" />
        <source>fugitive</source>
        <translation>ұйымдастырылмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="93" />
        <source>discharge to water</source>
        <translation>су объектісіне төгінді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="95" />
        <source>mobile (pays no fee)</source>
        <translation>жылжымалы (төлем алынбайды)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="111" />
        <source>height, m</source>
        <translation>биіктігі, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="112" />
        <source>diameter, m</source>
        <translation>диаметрі, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="113" />
        <source>gas flow, m³/s</source>
        <translation>газ шығыны, м³/с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="114" />
        <source>temperature, °C</source>
        <translation>температурасы, °C</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="118" />
        <location filename="../../greendesk/ui/air_dialogs.py" line="188" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="120" />
        <source>hours a year</source>
        <translation>жылына сағат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="123" />
        <source>From node</source>
        <translation>Қай тораптан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="123" />
        <source>To node</source>
        <translation>Қай торапқа</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="124" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="124" />
        <source>Activity in the library</source>
        <translation>Кітапханадағы қызмет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="125" />
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="126" />
        <source>Equipment</source>
        <translation>Жабдық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="126" />
        <source>Substance</source>
        <translation>Зат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="127" />
        <source>Efficiency η</source>
        <translation>Тиімділігі η</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="130" />
        <source>Driving streams</source>
        <translation>Көздің ағындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="132" />
        <source>Abatement</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="134" />
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="135" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="136" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="137" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="138" />
        <source>Process node</source>
        <translation>Технологиялық торап</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="139" />
        <source>Stack</source>
        <translation>Мұржа</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="140" />
        <source>Monitoring point</source>
        <translation>Мониторинг нүктесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="141" />
        <source>Working hours a year</source>
        <translation>Жылына жұмыс сағаты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="142" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="164" />
        <source>Add row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="166" />
        <source>Remove row</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="240" />
        <source>share</source>
        <translation>үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="251" />
        <source>efficiency η</source>
        <translation>тиімділігі η</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="272" />
        <source>height</source>
        <translation>биіктігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="273" />
        <source>diameter</source>
        <translation>диаметрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="274" />
        <source>gas flow</source>
        <translation>газ шығыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="275" />
        <source>temperature</source>
        <translation>температурасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="277" />
        <source>working hours</source>
        <translation>жұмыс сағаттары</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="32" />
        <source>Plant structure</source>
        <translation>Кәсіпорын құрылымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="33" />
        <source>The sites and their nodes: mines, plants, stores, dumps, and where flows enter and leave.</source>
        <translation>Алаңдар мен олардың түйіндері: кеніштер, фабрикалар, қоймалар, үйінділер, сондай-ақ ағындардың кіру және шығу нүктелері.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="35" />
        <source>Materials</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="36" />
        <source>What flows between the nodes: ore, concentrate, tailings, fuels, energy, with their units.</source>
        <translation>Түйіндер арасында не қозғалады: кен, концентрат, қалдықтар, отын, энергия — өлшем бірліктерімен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="38" />
        <source>Waste classifier</source>
        <translation>Қалдықтар сыныптауышы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="39" />
        <source>Load the national classifier of waste in the Waste register, so waste types get their official codes.</source>
        <translation>Қалдықтар түрлері ресми кодтарын алуы үшін «Қалдықтар тізілімі» бөлімінде қалдықтар сыныптауышын жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="42" />
        <source>Waste types</source>
        <translation>Қалдықтар түрлері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="43" />
        <source>The plant's wastes with their codes, hazard and the node that generates them.</source>
        <translation>Кәсіпорын қалдықтары — кодтарымен, қауіптілігімен және олар түзілетін түйінмен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="45" />
        <source>First month of flows</source>
        <translation>Ағындардың алғашқы айы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="46" />
        <source>Enter a month of flow records in the ledger, or import them from the flow template.</source>
        <translation>Бір айдағы ағын жазбаларын журналға енгізіңіз немесе оларды ағындар үлгісінен импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="48" />
        <source>First report</source>
        <translation>Алғашқы есеп</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="49" />
        <source>Export a workbook for the authority or an auditor in Reports.</source>
        <translation>«Есептер» бөлімінде уәкілетті орган немесе аудитор үшін Excel кітабын шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="65" />
        <source>Start here</source>
        <translation>Жұмысты бастау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="72" />
        <source>Set up your plant once; every balance, register and report is built from it. Choose how to begin, then take the steps below in order. The set-up workbook holds sheets for sites, nodes, materials, waste types, contractors, formations and monitoring points: fill it in Excel and set up the plant from it in one go.</source>
        <translation>Кәсіпорынды бір рет сипаттаңыз — барлық баланстар, тізілімдер мен есептер осыдан құрылады. Неден бастайтыныңызды таңдап, төмендегі қадамдарды ретімен орындаңыз. Кәсіпорын баптау кітабында алаңдар, түйіндер, материалдар, қалдық түрлері, мердігерлер, түзілімдер және мониторинг нүктелері парақтары бар: оны Excel-де толтырып, кәсіпорынды бір жолда баптаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="82" />
        <source>Save the set-up workbook…</source>
        <translation>Кәсіпорын баптау кітабын сақтау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="83" />
        <source>Set up from a workbook…</source>
        <translation>Excel кітабынан толтыру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="84" />
        <source>Open the demo plant</source>
        <translation>Демо-кәсіпорынды ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="85" />
        <source>Enter the plant by hand</source>
        <translation>Кәсіпорынды қолмен енгізу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="94" />
        <source>Steps</source>
        <translation>Қадамдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="104" />
        <source>Go</source>
        <translation>Өту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="137" />
        <source>done (%1)</source>
        <translation>орындалды (%1)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="138" />
        <source>next</source>
        <translation>келесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="138" />
        <source>to do</source>
        <translation>алда</translation>
    </message>
</context>
<context>
    <name>StockTakingDialog</name>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="50" />
        <source>method's default</source>
        <translation>әдіс бойынша әдепкі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="53" />
        <source>Stock</source>
        <translation>Қойма</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="54" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="55" />
        <source>Counted at the end of</source>
        <translation>Күн соңындағы қалдық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="56" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="57" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="58" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="59" />
        <source>Uncertainty (1σ)</source>
        <translation>Белгісіздік (1σ)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="66" />
        <source>Previous count</source>
        <translation>Алдыңғы есеп</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="94" />
        <source>none before this day</source>
        <translation>осы күнге дейін жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="97" />
        <source>%1 %2 on %3</source>
        <translation>%3 күні %1 %2</translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="51" />
        <source>Enterprise…</source>
        <translation>Кәсіпорын…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="53" />
        <location filename="../../greendesk/ui/structure_view.py" line="279" />
        <source>Add site</source>
        <translation>Алаң қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="54" />
        <location filename="../../greendesk/ui/structure_view.py" line="296" />
        <source>Add node</source>
        <translation>Түйін қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="56" />
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="58" />
        <source>Move to site…</source>
        <translation>Алаңға көшіру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="59" />
        <location filename="../../greendesk/ui/structure_view.py" line="351" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="65" />
        <source>This database has no enterprise yet. Enter its name and BIN to start describing your plant.</source>
        <translation>Дерекқорда әлі кәсіпорын жоқ. Кәсіпорынды сипаттауды бастау үшін оның атауы мен БСН-ын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="67" />
        <source>Enter the enterprise…</source>
        <translation>Кәсіпорынды енгізу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="72" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="72" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="72" />
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="89" />
        <source>Plant structure</source>
        <translation>Кәсіпорын құрылымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="111" />
        <source>Save the plant set-up template</source>
        <translation>Кәсіпорын баптау үлгісін сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="112" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="118" />
        <source>The template could not be written: %s</source>
        <translation>Үлгіні жазу мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="121" />
        <source>Template saved as %s. Fill it in and use Import plant set-up….</source>
        <translation>Үлгі %s ретінде сақталды. Оны толтырып, «Кәсіпорын баптауын импорттау…» пәрменін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="145" />
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="146" />
        <source>BIN %s</source>
        <translation>БСН %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="267" />
        <source>Edit the enterprise</source>
        <translation>Кәсіпорын туралы мәліметтерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="310" />
        <source>Edit site “%s”</source>
        <translation>«%s» алаңын өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="317" />
        <source>Edit node “%s”</source>
        <translation>«%s» түйінін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="328" />
        <source>Move node “%s”</source>
        <translation>«%s» түйінін көшіру</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/structure_view.py" line="337" />
        <source>Delete site “%s” and its %n node(s)?</source>
        <translation>
            <numerusform>«%s» алаңын және оның %n түйінін жою керек пе?</numerusform>
            <numerusform>«%s» алаңын және оның %n түйінін жою керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="341" />
        <source>Site “%s” deleted.</source>
        <translation>«%s» алаңы жойылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="342" />
        <source>Delete site “%s”</source>
        <translation>«%s» алаңын жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="345" />
        <source>Delete node “%s”?</source>
        <translation>«%s» түйінін жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="349" />
        <source>Node “%s” deleted.</source>
        <translation>«%s» түйіні жойылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="350" />
        <source>Delete node “%s”</source>
        <translation>«%s» түйінін жою</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../greendesk/ui/transfer_dialog.py" line="24" />
        <source>Contractor and operation of a transfer</source>
        <translation>Берудің мердігері мен операциясы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/transfer_dialog.py" line="26" />
        <source>Record %1 of %2: %3 %4 — %5</source>
        <translation>%2 күнгі %1 жазба: %3 %4 — %5</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/transfer_dialog.py" line="37" />
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/transfer_dialog.py" line="38" />
        <source>Contractor</source>
        <translation>Мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/transfer_dialog.py" line="39" />
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="16" />
        <source>ViewBox options</source>
        <translation>Қарау аймағының параметрлері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="17" />
        <source>View All</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="18" />
        <source>axis</source>
        <translation>осі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="19" />
        <source>Mouse Mode</source>
        <translation>Тінтуір режимі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="20" />
        <source>3 button</source>
        <translation>3 батырма</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="21" />
        <source>1 button</source>
        <translation>1 батырма</translation>
    </message>
</context>
<context>
    <name>WasteCharts</name>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="26" />
        <source>Generation by hazard</source>
        <translation>Қауіптілігі бойынша түзілуі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="27" />
        <source>generated</source>
        <translation>түзілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="32" />
        <source>Storage stock at year end</source>
        <translation>Жыл соңындағы жинақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="33" />
        <source>stock</source>
        <translation>жинақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="53" />
        <source>hazardous</source>
        <translation>қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="53" />
        <source>non-hazardous</source>
        <translation>қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="54" />
        <source>unclassified</source>
        <translation>жіктелмеген</translation>
    </message>
</context>
<context>
    <name>WasteCodeModel</name>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="58" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="58" />
        <source>Description</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="70" />
        <source>mirror entry</source>
        <translation>айналы позиция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="72" />
        <source>retired</source>
        <translation>алынып тасталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="77" />
        <source>Hazardous</source>
        <translation>Қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="77" />
        <source>Non-hazardous</source>
        <translation>Қауіпті емес</translation>
    </message>
</context>
<context>
    <name>WasteCodePicker</name>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="110" />
        <source>Search by code (10 06 01) or words (copper slag)</source>
        <translation>Код (10 06 01) немесе сөздер (мыс шлагы) бойынша іздеу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/waste_picker.py" line="143" />
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиция</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WasteTypeDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="104" />
        <source>Edit waste type</source>
        <translation>Қалдық түрін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="105" />
        <source>Register waste type</source>
        <translation>Қалдық түрін тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="113" />
        <source>No code chosen</source>
        <translation>Код таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="121" />
        <source>hazardous wastes: e.g. HP6, HP14</source>
        <translation>қауіпті қалдықтар үшін: мысалы, HP6, HP14</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="125" />
        <source>mirror entries: why hazardous or not</source>
        <translation>айналы позициялар үшін: неге қауіпті немесе қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="133" />
        <source> months</source>
        <translation> ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="136" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="137" />
        <source>List of Waste code</source>
        <translation>Қалдықтар сыныптауышы бойынша код</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="139" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="140" />
        <source>Recorded as material</source>
        <translation>Материал ретінде есепке алынады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="141" />
        <source>Physical state</source>
        <translation>Агрегаттық күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="142" />
        <source>Generated by</source>
        <translation>Түзілу көзі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="143" />
        <source>Hazardous properties</source>
        <translation>Қауіпті қасиеттері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="144" />
        <source>Mirror-entry assessment</source>
        <translation>Айналы позиция бойынша бағалау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="145" />
        <source>Legacy hazard level</source>
        <translation>Бұрынғы қауіптілік деңгейі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="146" />
        <source>Storage limit</source>
        <translation>Жинақтаудың шекті мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="147" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="176" />
        <source>(a new material named like the waste)</source>
        <translation>(қалдық атауымен жаңа материал)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="185" />
        <source>No code chosen: search, then click an entry.</source>
        <translation>Код таңдалмаған: іздеп, позицияны басыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="187" />
        <source>hazardous</source>
        <translation>қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="187" />
        <source>non-hazardous</source>
        <translation>қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="190" />
        <source>mirror entry: record the assessment below</source>
        <translation>айналы позиция: бағалауды төменде жазыңыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="200" />
        <source>Choose the List of Waste code in the list.</source>
        <translation>Тізімнен қалдықтар сыныптауышы бойынша кодты таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>WasteView</name>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="96" />
        <source>Waste register</source>
        <translation>Қалдықтар тізілімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="100" />
        <source>Register waste type</source>
        <translation>Қалдық түрін тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="102" />
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="105" />
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="109" />
        <source>Passport data…</source>
        <translation>Паспорт деректері…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="111" />
        <source>Passport…</source>
        <translation>Паспорт…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="120" />
        <source>Record movement</source>
        <translation>Қозғалысты жазу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="131" />
        <source>New contractor</source>
        <translation>Жаңа мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="134" />
        <source>Import classifier…</source>
        <translation>Сыныптауышты импорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="143" />
        <location filename="../../greendesk/ui/waste_view.py" line="153" />
        <location filename="../../greendesk/ui/waste_view.py" line="167" />
        <source>Waste type</source>
        <translation>Қалдық түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="143" />
        <location filename="../../greendesk/ui/waste_view.py" line="167" />
        <location filename="../../greendesk/ui/waste_view.py" line="196" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="144" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="144" />
        <source>Hazard</source>
        <translation>Қауіптілік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="145" />
        <source>Properties</source>
        <translation>Қасиеттері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="145" />
        <source>Legacy level</source>
        <translation>Бұрынғы деңгей</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="146" />
        <source>State</source>
        <translation>Агрегаттық күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="146" />
        <source>Generated by</source>
        <translation>Түзілу көзі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="147" />
        <source>Description</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="150" />
        <source>No waste types here yet. Register waste type for each waste the plant generates; load the classifier first (Import classifier…) so each gets its official code.</source>
        <translation>Мұнда қалдықтар түрлері әлі жоқ. Кәсіпорынның әр қалдығы үшін қалдық түрін тіркеңіз; әрқайсысы ресми код алуы үшін алдымен сыныптауышты жүктеңіз («Сыныптауышты импорттау…»).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="153" />
        <location filename="../../greendesk/ui/waste_view.py" line="168" />
        <source>Storage</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="154" />
        <source>Opening, t</source>
        <translation>Басында, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="41" />
        <location filename="../../greendesk/ui/waste_view.py" line="154" />
        <source>Generated, t</source>
        <translation>Түзілді, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="155" />
        <source>Recycled, t</source>
        <translation>Қайта өңделді, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="54" />
        <location filename="../../greendesk/ui/waste_view.py" line="155" />
        <source>Transferred, t</source>
        <translation>Берілді, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="156" />
        <source>Placed, t</source>
        <translation>Орналастырылды, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="156" />
        <source>Other, t</source>
        <translation>Басқасы, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="157" />
        <source>Closing, t</source>
        <translation>Соңында, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="158" />
        <source>Treat as a formation</source>
        <translation>Түзілім деп санау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="161" />
        <source>Period </source>
        <translation>Кезең </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="168" />
        <source>Overdue, t</source>
        <translation>Мерзімнен асқаны, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="169" />
        <source>Stored since</source>
        <translation>Жинақталған күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="169" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="170" />
        <source>Days over</source>
        <translation>Мерзімнен асқан күндер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="170" />
        <source>Limit</source>
        <translation>Шекті мерзім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="171" />
        <source>Contractor</source>
        <translation>Мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="171" />
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="172" />
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="172" />
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="173" />
        <source>Operations</source>
        <translation>Операциялар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="173" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="177" />
        <source>Production for intensities…</source>
        <translation>Үлес көрсеткіштеріне арналған өндіріс…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="185" />
        <source>Waste types</source>
        <translation>Қалдық түрлері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="186" />
        <source>Stock</source>
        <translation>Жинақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="187" />
        <source>Overdue</source>
        <translation>Мерзімнен асқан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="188" />
        <source>Contractors</source>
        <translation>Мердігерлер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="190" />
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="198" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="245" />
        <source>No waste classifier is loaded yet: Import classifier… reads the List of Waste from CSV or XLSX.</source>
        <translation>Қалдықтар сыныптауышы әлі жүктелмеген: «Сыныптауышты импорттау…» сыныптауышты CSV немесе XLSX файлынан оқиды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="247" />
        <source>From the command line: greendesk classifier import FILE --db PATH [--language ru]</source>
        <translation>Пәрмен жолынан: greendesk classifier import ФАЙЛ --db ЖОЛ [--language ru]</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="271" />
        <source>Enterprise (all sites)</source>
        <translation>Кәсіпорын (барлық алаңдар)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="292" />
        <source>Whole year %s</source>
        <translation>%s жыл толығымен</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="321" />
        <source>hazardous</source>
        <translation>қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="321" />
        <source>non-hazardous</source>
        <translation>қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="323" />
        <source> (mirror: assessed)</source>
        <translation> (айналы: бағаланған)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="324" />
        <source> — retired</source>
        <translation> — алынып тасталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="325" />
        <source> — code not verified</source>
        <translation> — код тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="351" />
        <source>Stored longer than allowed, as of %s (oldest first out):</source>
        <translation>%s күйіне рұқсат етілген мерзімнен ұзақ жинақталғандар (алдымен ең ескісі шығарылады):</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="353" />
        <source>Nothing is stored longer than allowed as of %s.</source>
        <translation>%s күйіне рұқсат етілген мерзімнен ұзақ жинақталған ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/waste_view.py" line="357" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ай</numerusform>
            <numerusform>%n ай</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="366" />
        <source> (expired)</source>
        <translation> (мерзімі өтті)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/waste_view.py" line="368" />
        <source> (in %n day(s))</source>
        <translation>
            <numerusform> (%n күннен кейін)</numerusform>
            <numerusform> (%n күннен кейін)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="391" />
        <source>Register waste type “%s”</source>
        <translation>«%s» қалдық түрін тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="505" />
        <source>Enter the production basis for %s</source>
        <translation>%s үшін өндірістік базаны енгізу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="542" />
        <source>Load the waste classifier</source>
        <translation>Қалдықтар сыныптауышын жүктеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="42" />
        <source>  hazardous, t</source>
        <translation>  қауіпті, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="43" />
        <source>  non-hazardous, t</source>
        <translation>  қауіпті емес, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="44" />
        <source>  unclassified, t</source>
        <translation>  жіктелмеген, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="45" />
        <source>  green level, t</source>
        <translation>  жасыл деңгей, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="46" />
        <source>  amber level, t</source>
        <translation>  сары деңгей, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="47" />
        <source>  red level, t</source>
        <translation>  қызыл деңгей, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="48" />
        <source>Recycled incl. incineration, t</source>
        <translation>Қайта өңделді, өртеуді қоса, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="49" />
        <source>  on site, t</source>
        <translation>  алаңда, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="50" />
        <source>  by contractors (R), t</source>
        <translation>  мердігерлер (R), т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="51" />
        <source>  incinerated (D10, D11), t</source>
        <translation>  өртелді (D10, D11), т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="52" />
        <source>Recycling share</source>
        <translation>Қайта өңдеу үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="55" />
        <source>Placed in formations (net), t</source>
        <translation>Түзілімдерге орналастырылды (нетто), т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="56" />
        <source>Per tonne of main product, t/t</source>
        <translation>Негізгі өнім тоннасына, т/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="59" />
        <source>Per unit of output value, t</source>
        <translation>Өнім құнының бірлігіне, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="63" />
        <source>Stock at year end, t</source>
        <translation>Жыл соңында жинақталған, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="67" />
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="69" />
        <source>Generation on the previous year</source>
        <translation>Өткен жылмен салыстырғанда түзілуі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="393" />
        <source>Waste type “%s” registered.</source>
        <translation>«%s» қалдық түрі тіркелді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="415" />
        <source>Edit waste type “%s”</source>
        <translation>«%s» қалдық түрін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="417" />
        <source>Waste type “%s” saved.</source>
        <translation>«%s» қалдық түрі сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="428" />
        <source>Add contractor “%s”</source>
        <translation>«%s» мердігерін қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="430" />
        <source>Contractor “%s” added.</source>
        <translation>«%s» мердігері қосылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="442" />
        <source>Edit contractor “%s”</source>
        <translation>«%s» мердігерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="444" />
        <source>Contractor “%s” saved.</source>
        <translation>«%s» мердігері сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="453" />
        <source>Register a waste type first; movements are recorded per waste type.</source>
        <translation>Алдымен қалдық түрін тіркеңіз: қозғалыс қалдық түрлері бойынша есепке алынады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="457" />
        <source>Add the contractor first, with its licence.</source>
        <translation>Алдымен мердігерді оның лицензиясымен қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="474" />
        <source>Recorded; undo with Ctrl+Z.</source>
        <translation>Жазылды; болдырмау — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="480" />
        <source>Select the storage in the stock table first.</source>
        <translation>Алдымен жинақтау кестесінен жинақтау орнын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="485" />
        <source>Mark %s as a technogenic formation</source>
        <translation>%s техногендік минералдық түзілімдерге жатқызу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="490" />
        <source>%s is now treated as a technogenic formation: waste there counts as placed, not stored.</source>
        <translation>%s енді техногендік минералдық түзілім болып саналады: ондағы қалдықтар жинақталған емес, орналастырылған болып есептеледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="497" />
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
</context>
<context>
    <name>balances</name>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="214" />
        <source>Total mass</source>
        <translation>Жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="215" />
        <source>Total volume</source>
        <translation>Жалпы көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="385" />
        <source>no calorific value: not in the total</source>
        <translation>жану жылуы жоқ: жиынтыққа кірмейді</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="396" />
        <source>Total energy</source>
        <translation>Жалпы энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="439" />
        <source>ε = Σ(Q_product × β) / Σ(Q_feed × α) × 100 %  — metal in products over metal in feed (Q tonnes, α and β grades)</source>
        <translation>ε = Σ(Q_product × β) / Σ(Q_feed × α) × 100 %  — өнімдегі металдың бастапқы шикізаттағы металға қатынасы (Q — тонна, α және β — құрамы)</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="499" />
        <source>Extraction of the mineral from the subsoil</source>
        <translation>Пайдалы қазбаны жер қойнауынан алу толықтығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="500" />
        <source>K_ext = (Q_mined − Q_lost) / Q_mined × 100 %, where Q_mined is raw material taken from the subsoil and Q_lost its accounted and unaccounted losses at the mine</source>
        <translation>K_ext = (Q_mined − Q_lost) / Q_mined × 100 %, мұнда Q_mined — жер қойнауынан алынған шикізат, Q_lost — оның кеніштегі есепке алынған және есепке алынбаған шығындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="504" />
        <source>Recovery of useful components in beneficiation</source>
        <translation>Байыту кезінде пайдалы компоненттерді бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="505" />
        <source>ε_b = metal in the concentrator's products / metal in the ore fed to its processes × 100 %</source>
        <translation>ε_b = байыту фабрикасы өніміндегі металл / оның процестеріне берілген кендегі металл × 100 %</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="508" />
        <source>Recovery in metallurgical conversion</source>
        <translation>Металлургиялық қайта өңдеу кезінде бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="509" />
        <source>ε_m = metal in the smelter's products / metal in the concentrate and other feed to its processes × 100 %</source>
        <translation>ε_m = металлургия зауыты өніміндегі металл / оның процестеріне берілген концентрат пен басқа шикізаттағы металл × 100 %</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="512" />
        <source>Use of production waste</source>
        <translation>Өндіріс қалдықтарын пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="513" />
        <source>K_w = Q_used / Q_generated × 100 %, where Q_generated is overburden, tailings, slag and other waste leaving processes and Q_used the site's waste going into a process or to a customer</source>
        <translation>K_w = Q_used / Q_generated × 100 %, мұнда Q_generated — процестерден шығатын аршылған жыныстар, байыту қалдықтары, шлактар және басқа қалдықтар, Q_used — процеске немесе тұтынушыға жіберілген алаң қалдықтары</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="22" />
        <source>The weighed tonnages do not fit the assays, and the total mass does not close either: check the weighing of feed and products first.</source>
        <translation>Өлшенген мөлшерлер талдауларға сәйкес келмейді, жалпы масса балансы да жабылмайды: алдымен қоректендіру мен өнімдердің өлшенуін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="25" />
        <source>The weighed tonnages do not fit the assays, though the total mass closes: check the sampling and assaying of feed, concentrate and tail.</source>
        <translation>Өлшенген мөлшерлер талдауларға сәйкес келмейді, бірақ жалпы масса балансы жабылады: қоректендіру, концентрат және қалдық сынамалануы мен талдауларын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="28" />
        <source>γ = (α − θ) / (β − θ), ε_tech = γ × β / α, K = 1 / γ, i = β / α  — from the grades of feed (α), concentrate (β) and tail (θ) alone; with two concentrates, the three-product formulas over two components</source>
        <translation>γ = (α − θ) / (β − θ), ε_тех = γ × β / α, K = 1 / γ, i = β / α  — тек қоректендірудегі (α), концентраттағы (β) және қалдықтағы (θ) құрамдар бойынша; екі концентрат болса — екі компонент бойынша үш өнімді формулалар</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="78" />
        <source>The formulas need assayed feed, one assayed tail and one assayed concentrate (or two, with two components assayed); this node has {products} product(s) and {tails} tail(s) assayed.</source>
        <translation>Формулаларға сынамаланған қоректендіру, бір сынамаланған қалдық және бір сынамаланған концентрат (немесе екі компонент сынамаланса — екеуі) қажет; бұл түйінде сынамаланған өнімдер: {products}, қалдықтар: {tails}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="94" />
        <source>{component}: not every stream of the node is assayed.</source>
        <translation>{component}: түйіннің барлық ағындары сынамаланбаған.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="147" />
        <source>adjusted</source>
        <translation>түзетілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="148" />
        <source>non_redundant</source>
        <translation>артықтықсыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="149" />
        <source>fixed</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="150" />
        <source>estimated</source>
        <translation>бағаланды</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="151" />
        <source>unobservable</source>
        <translation>бақыланбайды</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="152" />
        <source>not in any balance</source>
        <translation>ешбір баланста жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="251" />
        <location filename="../../greendesk/cli/emissions.py" line="311" />
        <source>unit</source>
        <translation>өлш. бірл.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="202" />
        <source>accounted</source>
        <translation>есепке алынған</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="202" />
        <source>unaccounted</source>
        <translation>есепке алынбаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="169" />
        <source>accounted losses by reason: {losses}</source>
        <translation>себептер бойынша есепке алынған шығындар: {losses}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="173" />
        <source>(no flows in this period)</source>
        <translation>(бұл кезеңде ағындар жоқ)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="175" />
        <source>note: {note}</source>
        <translation>ескертпе: {note}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="177" />
        <source>energy (GJ; tce)</source>
        <translation>энергия (ГДж; т ш. о.)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="187" />
        <source>carrier</source>
        <translation>энергия тасымалдағыш</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="187" />
        <source>supplied GJ</source>
        <translation>түскен, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="188" />
        <source>use GJ</source>
        <translation>тұтыну, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="188" />
        <source>passed on GJ</source>
        <translation>берілген, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="189" />
        <source>accounted GJ</source>
        <translation>есепке алынған, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="189" />
        <source>stock change GJ</source>
        <translation>қор өзгерісі, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="190" />
        <source>unaccounted GJ</source>
        <translation>есепке алынбаған, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="190" />
        <source>supplied tce</source>
        <translation>түскен, т ш. о.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="191" />
        <source>use tce</source>
        <translation>тұтыну, т ш. о.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="193" />
        <source>production {product} t; energy intensity {intensity} GJ/t</source>
        <translation>өндіріс {product} т; энергия сыйымдылығы {intensity} ГДж/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="198" />
        <source>contained metal (t)</source>
        <translation>құрамындағы металл (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="200" />
        <source>component</source>
        <translation>компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="200" />
        <source>feed</source>
        <translation>берілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="201" />
        <source>products</source>
        <translation>өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="201" />
        <source>wastes</source>
        <translation>қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="203" />
        <source>recovery</source>
        <translation>бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="204" />
        <source>technological recovery</source>
        <translation>технологиялық бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="205" />
        <source>metal unaccounted</source>
        <translation>металдың есепке алынбаған шығындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="227" />
        <source>opening stock: {material}</source>
        <translation>кезең басындағы қалдық: {material}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="228" />
        <source>closing stock: {material}</source>
        <translation>кезең соңындағы қалдық: {material}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="230" />
        <source>accounted loss ({reason}): {material}</source>
        <translation>есепке алынған шығындар ({reason}): {material}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="237" />
        <source>receipts</source>
        <translation>кіріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="239" />
        <source>received, total mass</source>
        <translation>кіріс барлығы, жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="241" />
        <source>expenditures</source>
        <translation>шығыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="244" />
        <source>spent, total mass</source>
        <translation>шығыс барлығы, жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="246" />
        <source>unaccounted, total mass</source>
        <translation>есепке алынбаған шығындар, жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="249" />
        <source>unaccounted, passing through: {material}</source>
        <translation>есепке алынбаған шығындар, өзгеріссіз өтеді: {material}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="251" />
        <source>line</source>
        <translation>жол</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="252" />
        <source>quantity</source>
        <translation>саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="253" />
        <source>of receipts</source>
        <translation>кірістен</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="257" />
        <source>rational use of mineral resources</source>
        <translation>минералдық ресурстарды ұтымды пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="354" />
        <source>Reconciled values written into the unmeasured records; flows changed: {count}.</source>
        <translation>Үйлестірілген мәндер өлшенбеген жазбаларға жазылды; өзгерген ағындар: {count}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="358" />
        <source>Not written, since reconciliation could not determine them: {flows}.</source>
        <translation>Жазылмады, себебі балансты үйлестіру оларды анықтай алмады: {flows}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="367" />
        <source>== reconciliation: {site} — {period}</source>
        <translation>== балансты үйлестіру: {site} — {period}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="318" />
        <source>GROSS ERROR?</source>
        <translation>ӨРЕСКЕЛ ҚАТЕ?</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="370" />
        <location filename="../../greendesk/cli/balances.py" line="380" />
        <source>flow</source>
        <translation>ағын</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="370" />
        <location filename="../../greendesk/cli/balances.py" line="380" />
        <location filename="../../greendesk/cli/formations.py" line="104" />
        <location filename="../../greendesk/cli/obligations.py" line="109" />
        <source>status</source>
        <translation>күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="371" />
        <source>measured t</source>
        <translation>өлшенген, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="371" />
        <source>σ t</source>
        <translation>σ, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="372" />
        <source>reconciled t</source>
        <translation>үйлестірілген, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="372" />
        <source>adjustment t</source>
        <translation>түзету, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="373" />
        <location filename="../../greendesk/cli/balances.py" line="383" />
        <source>flag</source>
        <translation>белгі</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="375" />
        <source>== {component}, {unit}: balances of {nodes}</source>
        <translation>== {component}, {unit}: баланстары {nodes}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="381" />
        <source>measured grade</source>
        <translation>өлшенген құрамы</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="381" />
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="382" />
        <source>reconciled grade</source>
        <translation>үйлестірілген құрамы</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="382" />
        <source>adjustment</source>
        <translation>түзету</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="386" />
        <source>global test: χ² = {chi2:,.4f}, degrees of freedom {dof}, p = {p:.4g}, critical {critical:,.4f} at {level:g} %</source>
        <translation>жаһандық тест: χ² = {chi2:,.4f}, еркіндік дәрежесі {dof}, p = {p:.4g}, {level:g} % кезіндегі сыни мән {critical:,.4f}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="92" />
        <source>The register has no formations yet.</source>
        <translation>Тізілімде әзірге түзілімдер жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="95" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="96" />
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="103" />
        <source>formation</source>
        <translation>түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="104" />
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="171" />
        <location filename="../../greendesk/cli/formations.py" line="105" />
        <location filename="../../greendesk/cli/permits.py" line="96" />
        <location filename="../../greendesk/cli/relations.py" line="116" />
        <location filename="../../greendesk/cli/waste.py" line="138" />
        <source>site</source>
        <translation>алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="106" />
        <source>tonnage, t</source>
        <translation>тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="107" />
        <source>area, ha</source>
        <translation>аудан, га</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="108" />
        <location filename="../../greendesk/cli/waste.py" line="146" />
        <source>hazardous</source>
        <translation>қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="109" />
        <source>net value, {currency}</source>
        <translation>таза құны, {currency}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="110" />
        <source>paying</source>
        <translation>тиімді</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="113" />
        <location filename="../../greendesk/cli/main.py" line="309" />
        <location filename="../../greendesk/cli/plant.py" line="108" />
        <source>Note: {note}</source>
        <translation>Ескертпе: {note}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="149" />
        <source>Exceedances in {period}: {n}</source>
        <translation>{period} кезеңіндегі нормативтен асулар: {n}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="152" />
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="152" />
        <location filename="../../greendesk/cli/formations.py" line="163" />
        <source>point</source>
        <translation>нүкте</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="153" />
        <location filename="../../greendesk/cli/formations.py" line="164" />
        <source>parameter</source>
        <translation>көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="311" />
        <location filename="../../greendesk/cli/formations.py" line="154" />
        <source>value</source>
        <translation>мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="154" />
        <source>limit</source>
        <translation>норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="155" />
        <source>margin</source>
        <translation>ауытқу</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="161" />
        <source>Gaps in the readings: {n}</source>
        <translation>Өлшемдердегі олқылықтар: {n}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="165" />
        <source>no reading from</source>
        <translation>өлшем жоқ, басы</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="166" />
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="166" />
        <source>days</source>
        <translation>күн</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="167" />
        <source>required</source>
        <translation>талап етіледі</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="169" />
        <source>every {n} days</source>
        <translation>әр {n} күн сайын</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="180" />
        <source>greendesk: the mapping {name!r} is for {target}, not {asked}.</source>
        <translation>greendesk: {name!r} сәйкестендіруі {asked} үшін емес, {target} үшін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="191" />
        <source>Imported {n:,} formations ({added:,} new, {updated:,} updated) from {file}.</source>
        <translation>{file} файлынан импортталған түзілімдер: {n:,} (жаңа: {added:,}, жаңартылған: {updated:,}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="195" />
        <source>Imported {n:,} assays from {file}.</source>
        <translation>{file} файлынан импортталған талдаулар: {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="197" />
        <source>Imported {n:,} readings from {file}.</source>
        <translation>{file} файлынан импортталған өлшемдер: {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="180" />
        <source>greendesk: {path} already exists; use --force to replace it.</source>
        <translation>greendesk: {path} бұрыннан бар; оны ауыстыру үшін --force қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="188" />
        <source>greendesk: --flows must be a positive number.</source>
        <translation>greendesk: --flows оң сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="194" />
        <source>greendesk: --years must be between 1 and 30.</source>
        <translation>greendesk: --years 1 мен 30 аралығында болуы керек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="198" />
        <source>Wrote {path} with {n:,} flow records.</source>
        <translation>{path} жазылды: ағын жазбалары — {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="208" />
        <source>Created {path}: an empty plant of {enterprise}. Next: its sites, nodes and materials.</source>
        <translation>{path} құрылды: {enterprise} бос кәсіпорны. Әрі қарай: оның алаңдары, түйіндері мен материалдары.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="224" />
        <source>database</source>
        <translation>дерекқор</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="225" />
        <source>schema</source>
        <translation>схема</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="226" />
        <source>sites</source>
        <translation>алаңдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="227" />
        <source>nodes</source>
        <translation>түйіндер</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="228" />
        <source>materials</source>
        <translation>материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="229" />
        <source>flows</source>
        <translation>ағындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="231" />
        <location filename="../../greendesk/cli/obligations.py" line="108" />
        <source>period</source>
        <translation>кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="258" />
        <source>Wrote the flow template {out} with the lists of {path}.</source>
        <translation>{out} ағындар үлгісі {path} тізімдерімен жазылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="261" />
        <source>Wrote the flow template {out} with no plant lists (no database).</source>
        <translation>{out} ағындар үлгісі кәсіпорын тізімдерінсіз жазылды (дерекқор жоқ).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="271" />
        <source>, value (empty)</source>
        <translation>, мәні (бос)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="272" />
        <source>, value {value}</source>
        <translation>, мәні {value}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="277" />
        <source>  ... and {n:,} more.</source>
        <translation>  ... және тағы {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="302" />
        <source>greendesk: {refusal} To import it anyway, add --again.</source>
        <translation>greendesk: {refusal} Оны бәрібір импорттау үшін --again қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="321" />
        <source>Imported {n:,} flow records from {file}.</source>
        <translation>{file} файлынан импортталған ағын жазбалары: {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="92" />
        <source>greendesk: there is no report {report!r}; choose from {reports}.</source>
        <translation>greendesk: {report!r} есебі жоқ; мыналардан таңдаңыз: {reports}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="93" />
        <source>No site has a permit recorded yet.</source>
        <translation>Әзірге бірде-бір алаңның рұқсаты жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="95" />
        <location filename="../../greendesk/cli/relations.py" line="114" />
        <source>no end date</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="97" />
        <source>category</source>
        <translation>санат</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="98" />
        <source>permit number</source>
        <translation>рұқсат нөмірі</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="99" />
        <source>issued</source>
        <translation>берілген</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="100" />
        <source>issuing authority</source>
        <translation>берген орган</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="101" />
        <location filename="../../greendesk/cli/relations.py" line="120" />
        <source>valid from</source>
        <translation>қолданылу басы</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="102" />
        <location filename="../../greendesk/cli/relations.py" line="121" />
        <source>valid until</source>
        <translation>қолданылу соңы</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="117" />
        <source>Waste limits exceeded in {year}:</source>
        <translation>{year} жылы асып кеткен қалдықтар лимиттері:</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="119" />
        <source>accumulated</source>
        <translation>жинақталды</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="120" />
        <source>buried</source>
        <translation>көмілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="121" />
        <source>{site}, permit {number}: {waste} {kind} {actual:,.3f} t against a limit of {limit:,.3f} t, {excess:,.3f} t over.</source>
        <translation>{site}, {number} рұқсаты: {waste} — {kind} {actual:,.3f} т, лимит {limit:,.3f} т, {excess:,.3f} т асып кетті.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="129" />
        <source>Permit {number} of {site} expires on {day} (in {days} days).</source>
        <translation>{site} экологиялық рұқсаты {number} мерзімі {day} аяқталады ({days} күннен кейін).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="61" />
        <source>greendesk: give the database with --db PATH.</source>
        <translation>greendesk: дерекқорды көрсетіңіз: --db ЖОЛ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="97" />
        <source>Permit conditions at risk:</source>
        <translation>Қауіп төнген рұқсат шарттары:</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="102" />
        <source>Nothing is due in these dates.</source>
        <translation>Бұл күндерде мерзімдер жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="104" />
        <source>the enterprise</source>
        <translation>кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="105" />
        <source>due</source>
        <translation>мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="106" />
        <source>obligation</source>
        <translation>міндеттеме</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="107" />
        <source>for</source>
        <translation>кім тапсырады</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="110" />
        <source>data</source>
        <translation>деректер</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="173" />
        <location filename="../../greendesk/cli/obligations.py" line="111" />
        <source>basis</source>
        <translation>негіздеме</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="122" />
        <source>submitted {day}</source>
        <translation>{day} тапсырылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="124" />
        <source>in preparation</source>
        <translation>дайындалуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="126" />
        <source>not started</source>
        <translation>басталмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="127" />
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="134" />
        <source>period not over</source>
        <translation>кезең аяқталмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="136" />
        <source>ready</source>
        <translation>дайын</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="137" />
        <source>{months} month(s) open, {items} item(s) missing</source>
        <translation>ашық айлар: {months}, жетіспейтін тармақтар: {items}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="143" />
        <source>check against current law</source>
        <translation>қолданыстағы заңнама бойынша тексеру керек</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="147" />
        <source>{key} {year}: {value:.0f} (threshold {minimum:.0f})</source>
        <translation>{key} {year}: {value:.0f} (шегі {minimum:.0f})</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="152" />
        <source>applies only above its threshold</source>
        <translation>тек шегінен жоғары болғанда қолданылады</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="167" />
        <source>{label}: the register loaded already matches this file; nothing changed.</source>
        <translation>{label}: жүктелген тізілім бұл файлмен сәйкес келеді; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="170" />
        <source>Loaded {label}: {added} added, {changed} changed, {removed} removed, {retired} retired.</source>
        <translation>{label} жүктелді: қосылды {added}, өзгертілді {changed}, жойылды {removed}, қолданыстан шығарылды {retired}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="192" />
        <source>greendesk: the register has no obligation {code!r}.</source>
        <translation>greendesk: тізілімде {code!r} міндеттемесі жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="200" />
        <location filename="../../greendesk/cli/permits.py" line="149" />
        <location filename="../../greendesk/cli/relations.py" line="137" />
        <location filename="../../greendesk/cli/reports.py" line="103" />
        <source>greendesk: there is no site named {name!r}.</source>
        <translation>greendesk: {name!r} алаңы жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="212" />
        <source>Recorded {code} for {period}: {state}.</source>
        <translation>{code}, {period} кезеңі үшін жазылды: {state}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="156" />
        <source>Added permit {number} to {site}.</source>
        <translation>{number} рұқсаты {site} алаңына қосылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="78" />
        <source>greendesk: give the period of the report: --year or --period.</source>
        <translation>greendesk: есептің кезеңін көрсетіңіз: --year немесе --period.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="125" />
        <source>greendesk: nothing to report: {why}</source>
        <translation>greendesk: есепке енгізетін ештеңе жоқ: {why}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="129" />
        <source>greendesk: {file} cannot be written: {why}</source>
        <translation>greendesk: {file} жазу мүмкін емес: {why}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="136" />
        <source>skipped {kind}: {why}</source>
        <translation>{kind} өткізілді: {why}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="137" />
        <source>Wrote {path} ({kinds}; {n:,} records; fingerprint {fingerprint}…).</source>
        <translation>{path} жазылды ({kinds}; жазбалар: {n:,}; іздің басы {fingerprint}…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="143" />
        <source>Audit trail head on its cover: {head} (the export is entry #{entry}).</source>
        <translation>Титул парағындағы өзгерістер журналының соңғы жазбасы: {head} (экспорт — №{entry} жазба).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="146" />
        <source>Audit trail head on its cover: {head}.</source>
        <translation>Титул парағындағы өзгерістер журналының соңғы жазбасы: {head}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="155" />
        <source>greendesk: there is no file {file}.</source>
        <translation>greendesk: {file} файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="26" />
        <source>January</source>
        <translation>Қаңтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="26" />
        <source>February</source>
        <translation>Ақпан</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="27" />
        <source>March</source>
        <translation>Наурыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="27" />
        <source>April</source>
        <translation>Сәуір</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="28" />
        <source>May</source>
        <translation>Мамыр</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="28" />
        <source>June</source>
        <translation>Маусым</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="29" />
        <source>July</source>
        <translation>Шілде</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="29" />
        <source>August</source>
        <translation>Тамыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="30" />
        <source>September</source>
        <translation>Қыркүйек</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="30" />
        <source>October</source>
        <translation>Қазан</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="31" />
        <source>November</source>
        <translation>Қараша</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="31" />
        <source>December</source>
        <translation>Желтоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="104" />
        <source>{name}: {entries:,} audit entries, {records:,} records checked.</source>
        <translation>{name}: өзгерістер журналының жазбалары — {entries:,}, тексерілген жазбалар — {records:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="107" />
        <source>Head of the chain: {head}</source>
        <translation>Тізбектің соңғы жазбасы: {head}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="113" />
        <source>OK: the chain is unbroken and every record matches the trail.</source>
        <translation>Дұрыс: тізбек бұзылмаған, әр жазба өзгерістер журналына сәйкес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="116" />
        <source>greendesk: {n:,} problem(s) found in {name}:</source>
        <translation>greendesk: {name} ішінде табылған ақаулар: {n:,}:</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="122" />
        <source>  ... and {n:,} more (--all lists them).</source>
        <translation>  ... және тағы {n:,} (толық тізім: --all).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="125" />
        <source>First broken entry: #{entry}</source>
        <translation>Бірінші бұзылған жазба: №{entry}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="138" />
        <source>{period} is closed in {file}.</source>
        <translation>{period}: кезең {file} ішінде жабылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="151" />
        <source>{period} is open again in {file}.</source>
        <translation>{period}: кезең {file} ішінде қайта ашылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="165" />
        <source>No period has been closed.</source>
        <translation>Жабық кезеңдер жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="167" />
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="168" />
        <source>reopened {date} ({reason})</source>
        <translation>{date} қайта ашылды ({reason})</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="171" />
        <source>closed {date} by {who}; {state}</source>
        <translation>{date} жабылды, жапқан {who}; {state}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="193" />
        <source>Backed up {file} to {target} (integrity checked).</source>
        <translation>{file} сақтық көшірмесі {target} ішіне жазылды (тұтастығы тексерілді).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="204" />
        <source>Restored {file} from {backup}; the replaced file was kept as {kept}.</source>
        <translation>{file} {backup} көшірмесінен қалпына келтірілді; ауыстырылған файл {kept} ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="208" />
        <source>Restored {file} from {backup}.</source>
        <translation>{file} {backup} көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="63" />
        <source>{file} holds the same rates as those loaded ({n:,} rates); nothing changed.</source>
        <translation>{file} файлында жүктелген мөлшерлемелермен бірдей мөлшерлемелер бар ({n:,} мөлшерлеме); ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="67" />
        <source>Loaded {n:,} rates from {file} as version {version}; {unconfirmed:,} of them are marked unconfirmed.</source>
        <translation>{file} файлынан {n:,} мөлшерлеме {version} нұсқасы ретінде жүктелді; олардың {unconfirmed:,} расталмаған деп белгіленген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="161" />
        <source>No emission source is recorded yet.</source>
        <translation>Шығарындылар көздері әлі енгізілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="163" />
        <source>measured</source>
        <translation>өлшенген</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="164" />
        <source>calculated</source>
        <translation>есептелген</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="169" />
        <source>Emissions to air, {period} (tonnes)</source>
        <translation>Атмосфераға шығарындылар, {period} (тонна)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="171" />
        <source>source</source>
        <translation>шығарындылар көзі</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="172" />
        <location filename="../../greendesk/cli/emissions.py" line="179" />
        <location filename="../../greendesk/cli/emissions.py" line="310" />
        <source>substance</source>
        <translation>зат</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="174" />
        <location filename="../../greendesk/cli/emissions.py" line="309" />
        <source>activity</source>
        <translation>қызмет</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="175" />
        <location filename="../../greendesk/cli/emissions.py" line="180" />
        <source>mass</source>
        <translation>масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="175" />
        <source>norm</source>
        <translation>норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="176" />
        <source>above norm</source>
        <translation>нормативтен артық</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="178" />
        <source>total</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="186" />
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="190" />
        <source>Exceedance: {source}, {substance}: {mass} t against a norm of {norm} t, {over} t above it.</source>
        <translation>Асып кету: {source}, {substance}: {norm} т норматив кезінде {mass} т, нормативтен {over} т артық.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="196" />
        <source>Exceedance: {source}, {substance}: a reading of {peak} g/s against a norm of {norm} g/s.</source>
        <translation>Асып кету: {source}, {substance}: {norm} г/с норматив кезінде {peak} г/с өлшенді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="243" />
        <source>Greenhouse gases, {year} (GWP {gwp})</source>
        <translation>Парниктік газдар, {year} (ЖЖӘП {gwp})</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="248" />
        <source>process</source>
        <translation>технологиялық</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="251" />
        <source>fuel</source>
        <translation>отын</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="255" />
        <source>Total: {co2} t CO₂, {co2e} t CO₂-equivalent.</source>
        <translation>Барлығы: {co2} т CO₂, {co2e} т CO₂-баламасы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="258" />
        <source>Above the threshold of 20,000 t CO₂ a year: the installation is subject to greenhouse-gas regulation.</source>
        <translation>Жылына 20 000 т CO₂ шегінен жоғары: қондырғы парниктік газдар шығарындыларын реттеуге жатады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="262" />
        <source>Below the threshold of 20,000 t CO₂ a year.</source>
        <translation>Жылына 20 000 т CO₂ шегінен төмен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="276" />
        <source>The file matches the library as loaded; nothing changed.</source>
        <translation>Файл жүктелген кітапханамен сәйкес келеді; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="280" />
        <location filename="../../greendesk/cli/fees.py" line="72" />
        <location filename="../../greendesk/cli/waste.py" line="68" />
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="281" />
        <location filename="../../greendesk/cli/fees.py" line="73" />
        <location filename="../../greendesk/cli/waste.py" line="69" />
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="282" />
        <location filename="../../greendesk/cli/fees.py" line="74" />
        <location filename="../../greendesk/cli/waste.py" line="71" />
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="307" />
        <source>No factor library is loaded yet.</source>
        <translation>Коэффициенттер кітапханасы әлі жүктелмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="312" />
        <source>cited source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="90" />
        <source>greendesk: {value!r} is not a date such as 2025-01-01.</source>
        <translation>greendesk: {value!r} 2025-01-01 түріндегі күн емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="113" />
        <source>No rates are in force on {day}.</source>
        <translation>{day} күні қолданыстағы мөлшерлемелер жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="116" />
        <source>Version {id}: {label} ({file}), {n:,} rates.</source>
        <translation>{id} нұсқа: {label} ({file}), {n:,} мөлшерлеме.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="168" />
        <source>Total</source>
        <translation>Жиыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="171" />
        <source>* priced with a rate marked unconfirmed in the loaded rates: check it against the law in force.</source>
        <translation>* жүктелген мөлшерлемелерде расталмаған деп белгіленген мөлшерлемемен есептелді: оны қолданыстағы заңмен салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="73" />
        <source>; ... and {n:,} more</source>
        <translation>; ... және тағы {n:,}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="98" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="73" />
        <location filename="../../greendesk/cli/fees.py" line="140" />
        <location filename="../../greendesk/cli/waste.py" line="99" />
        <source>greendesk: {site!r} is not a site of the plant; the sites are: {known}.</source>
        <translation>greendesk: {site!r} — кәсіпорынның алаңы емес; алаңдар: {known}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="134" />
        <source>unspecified</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="177" />
        <location filename="../../greendesk/cli/waste.py" line="137" />
        <source>enterprise</source>
        <translation>кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="143" />
        <source>generated</source>
        <translation>түзілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="144" />
        <source>({change} % on {period})</source>
        <translation>({change} %, {period} кезеңіне қарағанда)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="155" />
        <source>({share} in {period})</source>
        <translation>({share}, {period} кезеңінде)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="167" />
        <source>stock at the end of the period</source>
        <translation>кезең соңындағы жинақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="147" />
        <source>non-hazardous</source>
        <translation>қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="149" />
        <source>unclassified</source>
        <translation>жіктелмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="151" />
        <source>recycled (incl. incineration)</source>
        <translation>қайта өңделді (өртеуді қоса)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="153" />
        <source>recycling share</source>
        <translation>қайта өңдеу үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="158" />
        <source>per t of {product}</source>
        <translation>{product} 1 т-ға</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="159" />
        <source>main product</source>
        <translation>негізгі өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="163" />
        <source>per {unit} of output</source>
        <translation>өнімнің {unit} бірлігіне</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="165" />
        <source>stock at year end</source>
        <translation>жыл соңындағы қор</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="71" />
        <source>Wrote the plant set-up template {out}. Fill it in and import it: greendesk import plant {out} --db PATH.</source>
        <translation>Кәсіпорын баптауының үлгісі {out} файлына жазылды. Оны толтырып, импорттаңыз: greendesk import plant {out} --db PATH.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="85" />
        <source>Wrote the plant of {path} to {out}.</source>
        <translation>{path} кәсіпорын деректері {out} файлына жазылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="93" />
        <source>Apply these changes? [y/N] </source>
        <translation>Осы өзгерістерді қолдану керек пе? [и/Ж] </translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="112" />
        <source>{file} matches the plant; nothing to change.</source>
        <translation>{file} кәсіпорын деректерімен сәйкес келеді; өзгертетін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="117" />
        <source>Nothing was changed: {n:,} differences. To apply them, add --apply.</source>
        <translation>Ештеңе өзгертілген жоқ: {n:,} айырмашылық. Оларды қолдану үшін --apply қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="127" />
        <source>Imported the plant set-up from {file}: {n:,} changes.</source>
        <translation>Кәсіпорын баптауы {file} файлынан импортталды: {n:,} өзгеріс.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="16" />
        <source>stock-taking</source>
        <translation>түгендеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="17" />
        <source>assay</source>
        <translation>талдау</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="18" />
        <source>monitoring reading</source>
        <translation>мониторинг өлшемі</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="19" />
        <source>waste transfer</source>
        <translation>қалдықтарды беру</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="20" />
        <source>balance</source>
        <translation>баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="21" />
        <source>metal balance</source>
        <translation>металл балансы</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="63" />
        <source>[{kind}] {what} — open: {where}</source>
        <translation>[{kind}] {what} — ашу: {where}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="66" />
        <source>(waived: {reason})</source>
        <translation>(өткізілді: {reason})</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="69" />
        <source>{site}, {month}: {open} open, {waived} waived.</source>
        <translation>{site}, {month}: ашық {open}, өткізілген {waived}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="112" />
        <source>No relation between streams is recorded.</source>
        <translation>Ағындар арасындағы байланыстар жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="115" />
        <source>number</source>
        <translation>нөмір</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="117" />
        <source>stream A</source>
        <translation>A ағыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="118" />
        <source>stream B</source>
        <translation>B ағыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="119" />
        <source>relation</source>
        <translation>байланыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="166" />
        <location filename="../../greendesk/cli/relations.py" line="237" />
        <source>greendesk: {site} has no node or material named {name!r}.</source>
        <translation>greendesk: {site} алаңында {name!r} атты түйін немесе материал жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="177" />
        <source>Added relation {number} to {site}.</source>
        <translation>{number} байланысы {site} алаңына қосылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="191" />
        <source>Removed relation {number}.</source>
        <translation>{number} байланысы жойылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="255" />
        <source>Changed relation {number}.</source>
        <translation>{number} байланысы өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="48" />
        <source>greendesk: give --site and --period, or --structure.</source>
        <translation>greendesk: --site және --period немесе --structure көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="59" />
        <source>Wrote the structure of {path} to {out}; import it at each site: greendesk sync import {out} --db SITE.</source>
        <translation>{path} құрылымы {out} файлына жазылды; оны әр алаңда импорттаңыз: greendesk sync import {out} --db SITE.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="66" />
        <source>Wrote {out}: {n:,} records of {site} for {period}, digest {digest}, site chain head #{head}.</source>
        <translation>{out} жазылды: {site} алаңының {period} кезеңіндегі {n:,} жазбасы, дайджест {digest}, алаң журналының соңғы жазбасы №{head}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="89" />
        <source>Reference data from {file}: {n:,} new versions of the classifier and the emission factor library.</source>
        <translation>{file} ішіндегі анықтамалық деректер: сыныптауыш пен шығарынды коэффициенттері кітапханасының жаңа нұсқалары — {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="93" />
        <source>Imported the company's structure from {file}: {n:,} changes.</source>
        <translation>Компания құрылымы {file} файлынан импортталды: {n:,} өзгеріс.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="101" />
        <source>{file} was taken in before; nothing changed.</source>
        <translation>{file} бұрын қабылданған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="104" />
        <source>Took in {n:,} records of {site} for {period} (digest {digest}){replaced}.</source>
        <translation>{site} алаңының {period} кезеңіндегі {n:,} жазбасы қабылданды (дайджест {digest}){replaced}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="107" />
        <source>, replacing the earlier package</source>
        <translation>, бұрынғы пакеттің орнына</translation>
    </message>
</context>
<context>
    <name>formation_labels</name>
    <message>
        <location filename="../../greendesk/labels.py" line="96" />
        <source>Waste-rock dump</source>
        <translation>Аршылған жыныстар үйіндісі</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="97" />
        <source>Tailings storage facility</source>
        <translation>Қалдық қоймасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="98" />
        <source>Slag heap</source>
        <translation>Шлак үйіндісі</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="99" />
        <source>Sludge pond</source>
        <translation>Шлам жинағыш</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="100" />
        <source>Heap-leach residue</source>
        <translation>Үймелеп шаймалау қалдықтары</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="102" />
        <location filename="../../greendesk/labels.py" line="115" />
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="103" />
        <source>Operating</source>
        <translation>Жұмыс істеп тұр</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="104" />
        <source>Inactive</source>
        <translation>Уақытша пайдаланылмайды</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="105" />
        <source>Closed</source>
        <translation>Жабылған</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="106" />
        <source>Reclaimed</source>
        <translation>Қалпына келтірілген</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="107" />
        <source>Abandoned</source>
        <translation>Иесіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="108" />
        <source>Under construction</source>
        <translation>Салынуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="110" />
        <source>Upstream</source>
        <translation>Қойма жағына қарай</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="111" />
        <source>Downstream</source>
        <translation>Төменгі беткей жағына қарай</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="112" />
        <source>Centreline</source>
        <translation>Бөгет осі бойынша</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="113" />
        <source>Water-retaining dam</source>
        <translation>Су ұстайтын бөгет</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="116" />
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="117" />
        <source>Significant</source>
        <translation>Елеулі</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="118" />
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="119" />
        <source>Very high</source>
        <translation>Өте жоғары</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="120" />
        <source>Extreme</source>
        <translation>Төтенше</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="121" />
        <source>Air</source>
        <translation>Атмосфералық ауа</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="122" />
        <source>Groundwater</source>
        <translation>Жерасты сулары</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="123" />
        <source>Surface water</source>
        <translation>Жерүсті сулары</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="124" />
        <source>Soil</source>
        <translation>Топырақ</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="125" />
        <source>Structure (level, settlement)</source>
        <translation>Құрылыс (деңгей, шөгу)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="126" />
        <source>Formation</source>
        <translation>Түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="127" />
        <source>Stack</source>
        <translation>Түтін мұржасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="128" />
        <source>Discharge</source>
        <translation>Төгінді</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="129" />
        <source>Dusting surface</source>
        <translation>Шаңдайтын бет</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="130" />
        <source>Other source</source>
        <translation>Басқа көз</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="131" />
        <source>Monthly</source>
        <translation>Ай сайын</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="132" />
        <source>Quarterly</source>
        <translation>Тоқсан сайын</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="133" />
        <source>Half-yearly</source>
        <translation>Жарты жылда бір рет</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="134" />
        <source>Yearly</source>
        <translation>Жыл сайын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="34" />
        <source>%1 and %2</source>
        <comment>both sides of a limit</comment>
        <translation>%1 және %2</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../greendesk/ui/kit/numbers.py" line="44" />
        <source>Enter the %s.</source>
        <translation>«%s» өрісін толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/kit/numbers.py" line="65" />
        <source>%1: %2 is not a number.</source>
        <translation>%1: %2 — сан емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/kit/numbers.py" line="72" />
        <source>%1: “%2” could be %3 or %4; write %3 without the thousands separator, or %4 with a decimal point.</source>
        <translation>%1: «%2» %3 немесе %4 болуы мүмкін; %3 санын разряд бөлгішінсіз немесе %4 санын ондық нүктемен жазыңыз.</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="295" />
        <source>Energy intensity</source>
        <translation>Энергия сыйымдылығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="296" />
        <source>energy carriers received (GJ, fuels by calorific value) ÷ mass shipped to customers (t)</source>
        <translation>алынған энергия тасымалдағыштар (ГДж, отын жану жылуы бойынша) ÷ тұтынушыларға жөнелтілген масса (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="298" />
        <source>Waste per tonne shipped</source>
        <translation>Жөнелтілген өнім тоннасына қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="299" />
        <source>waste leaving the processes (t) ÷ mass shipped to customers (t)</source>
        <translation>процестерден шығатын қалдықтар (т) ÷ тұтынушыларға жөнелтілген масса (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="301" />
        <source>By-products shipped</source>
        <translation>Жөнелтілген қосалқы өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="302" />
        <source>by-products delivered to customers (t)</source>
        <translation>тұтынушыларға жеткізілген қосалқы өнім (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="303" />
        <source>Environmental incidents</source>
        <translation>Экологиялық инциденттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="304" />
        <source>incidents logged in the year</source>
        <translation>жыл ішінде тіркелген инциденттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="305" />
        <source>Emergency drills held</source>
        <translation>Өткізілген авариялық оқу-жаттығулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="306" />
        <source>drills recorded for measure-9 actions in the year</source>
        <translation>жыл ішінде 9-шара іс-шаралары бойынша жазылған оқу-жаттығулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="308" />
        <source>Unaccounted material loss</source>
        <translation>Материалдардың есепке алынбаған шығындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="309" />
        <source>unaccounted loss ÷ inputs of the site (total mass balance)</source>
        <translation>есепке алынбаған шығындар ÷ алаңның кірісі (жалпы масса балансы)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="311" />
        <source>Accounted material loss</source>
        <translation>Материалдардың есепке алынған шығындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="312" />
        <source>accounted losses ÷ inputs of the site (total mass balance)</source>
        <translation>есепке алынған шығындар ÷ алаңның кірісі (жалпы масса балансы)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="314" />
        <source>Unaccounted energy loss</source>
        <translation>Энергияның есепке алынбаған шығындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="315" />
        <source>(purchased + produced − metered use − exported − accounted) ÷ (purchased + produced)</source>
        <translation>(сатып алынғаны + өндірілгені − есептелген тұтыну − берілгені − есепке алынған шығындар) ÷ (сатып алынғаны + өндірілгені)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="317" />
        <source>Recovery in beneficiation</source>
        <translation>Байыту кезінде бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="318" />
        <source>Cu in the concentrators' products ÷ Cu in the ore fed (whole chain)</source>
        <translation>Байыту фабрикалары өніміндегі Cu ÷ берілген кендегі Cu (бүкіл тізбек)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="320" />
        <source>assays of ore and concentrate</source>
        <translation>кен мен концентрат талдаулары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="321" />
        <source>Recovery in metallurgy</source>
        <translation>Металлургияда бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="322" />
        <source>Cu in the smelters' products ÷ Cu in the concentrate fed (whole chain)</source>
        <translation>Металлургия зауыттары өніміндегі Cu ÷ берілген концентраттағы Cu (бүкіл тізбек)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="324" />
        <source>assays of concentrate and products</source>
        <translation>концентрат пен өнім талдаулары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="325" />
        <source>Waste utilisation</source>
        <translation>Қалдықтарды пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="326" />
        <source>wastes recycled, recovered or incinerated ÷ wastes generated (the Waste register's recycling share)</source>
        <translation>қайта өңделген, қалпына келтірілген немесе өртелген қалдықтар ÷ түзілген қалдықтар (қалдықтар тізіліміндегі қайта өңдеу үлесі)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="328" />
        <source>waste movements (the Waste register)</source>
        <translation>қалдықтардың қозғалысы (қалдықтар тізілімі)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="329" />
        <source>Secondary raw materials in inputs</source>
        <translation>Кірістегі қайталама шикізат</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="330" />
        <source>wastes recycled on site ÷ (raw materials received + wastes recycled on site)</source>
        <translation>алаңда қайта өңделген қалдықтар ÷ (алынған шикізат + алаңда қайта өңделген қалдықтар)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="332" />
        <source>recycled waste movements (the Waste register)</source>
        <translation>қайта өңделген қалдықтардың қозғалысы (қалдықтар тізілімі)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="333" />
        <source>Monitoring coverage</source>
        <translation>Мониторингпен қамту</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="334" />
        <source>monitoring points with readings in every required interval ÷ all points (whole plant)</source>
        <translation>әр талап етілетін аралықта өлшеулері бар мониторинг нүктелері ÷ барлық нүктелер (бүкіл кәсіпорын)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="336" />
        <source>monitoring points and readings (Technogenic formations)</source>
        <translation>мониторинг нүктелері мен өлшеулер (Техногендік минералдық түзілімдер)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="338" />
        <source>Limit exceedances</source>
        <translation>Нормативтерден асу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="339" />
        <source>readings beyond their permitted limit (whole plant)</source>
        <translation>нормативтен асқан өлшеулер (бүкіл кәсіпорын)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="341" />
        <source>monitoring readings (Technogenic formations)</source>
        <translation>мониторинг нәтижелері (Техногендік минералдық түзілімдер)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="342" />
        <source>Water recirculation</source>
        <translation>Айналымдағы сумен жабдықтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="343" />
        <source>recirculated water ÷ all water used</source>
        <translation>айналымдағы су ÷ пайдаланылған барлық су</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="344" />
        <source>flows of recirculated water (a material for it)</source>
        <translation>айналымдағы су ағындары (бөлек материал)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="345" />
        <source>Reagent recovery</source>
        <translation>Реагенттерді регенерациялау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="346" />
        <source>reagents recovered ÷ reagents consumed</source>
        <translation>регенерацияланған реагенттер ÷ жұмсалған реагенттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="347" />
        <source>flows of recovered reagents</source>
        <translation>регенерацияланған реагенттер ағындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="348" />
        <source>Hazardous materials in inputs</source>
        <translation>Кірістегі қауіпті материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="349" />
        <source>hazardous materials received ÷ all materials received</source>
        <translation>алынған қауіпті материалдар ÷ алынған барлық материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="350" />
        <source>hazard classes of the input materials</source>
        <translation>түсетін материалдардың қауіптілік сыныптары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="351" />
        <source>Fugitive pollution sources</source>
        <translation>Ұйымдастырылмаған ластану көздері</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="352" />
        <source>unorganised sources in the emission inventory as it stands (Air and climate)</source>
        <translation>шығарындылардың ағымдағы түгендеуіндегі ұйымдастырылмаған көздер («Атмосфера және климат» бөлімі)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="355" />
        <source>an emission-source inventory</source>
        <translation>шығарынды көздерін түгендеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="356" />
        <source>Emissions to air per tonne shipped</source>
        <translation>Жөнелтілген бір тоннаға атмосфераға шығарындылар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="357" />
        <source>pollutants emitted to air, greenhouse gases aside (kg) ÷ mass shipped to customers (t)</source>
        <translation>атмосфераға шығарылған ластағыш заттар, парниктік газдарсыз (кг) ÷ тұтынушыларға жөнелтілген масса (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="360" />
        <source>emission sources with factors (Air and climate) and shipments</source>
        <translation>коэффициенттері бар шығарындылар көздері («Атмосфера және климат» бөлімі) және жөнелтулер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="362" />
        <source>Greenhouse gases per tonne shipped</source>
        <translation>Жөнелтілген бір тоннаға парниктік газдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="363" />
        <source>CO₂-equivalent of the fuels burned (t, GWP AR5) ÷ mass shipped to customers (t)</source>
        <translation>жағылған отынның CO₂-баламасы (т, ЖЖӘП AR5) ÷ тұтынушыларға жөнелтілген масса (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="366" />
        <source>fuel streams of emission sources (Air and climate) and shipments</source>
        <translation>шығарындылар көздерінің отын ағындары («Атмосфера және климат» бөлімі) және жөнелтулер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="376" />
        <source>data for these years</source>
        <translation>осы жылдардағы деректер</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../greendesk/labels.py" line="49" />
        <source>Mine or quarry</source>
        <translation>Кеніш немесе карьер</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="50" />
        <source>Concentrator</source>
        <translation>Байыту фабрикасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="51" />
        <source>Smelter or refinery</source>
        <translation>Металлургия зауыты</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="52" />
        <source>Auxiliary</source>
        <translation>Қосалқы өндіріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="54" />
        <source>Category I: significant negative impact</source>
        <translation>I санат: елеулі жағымсыз әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="55" />
        <source>Category II: moderate negative impact</source>
        <translation>II санат: бірқалыпты жағымсыз әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="56" />
        <source>Category III: insignificant negative impact</source>
        <translation>III санат: болмашы жағымсыз әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="58" />
        <source>Category IV: minimal negative impact</source>
        <translation>IV санат: барынша аз жағымсыз әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="59" />
        <source>Organised (stack)</source>
        <translation>Ұйымдастырылған (мұржа)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="60" />
        <source>Fugitive</source>
        <translation>Ұйымдастырылмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="61" />
        <source>Discharge to water</source>
        <translation>Су объектісіне төгінді</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="62" />
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="63" />
        <source>Stock or storage</source>
        <translation>Қор (қойма)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="64" />
        <source>Supplier (boundary)</source>
        <translation>Жеткізуші (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="65" />
        <source>Customer (boundary)</source>
        <translation>Тұтынушы (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="66" />
        <source>Environment (boundary)</source>
        <translation>Қоршаған орта (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="67" />
        <source>Waste contractor (boundary)</source>
        <translation>Қалдықтар жөніндегі мердігер (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="68" />
        <source>Accounted loss</source>
        <translation>Есепке алынған шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="69" />
        <source>Storage</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="70" />
        <source>Transport</source>
        <translation>Тасымалдау</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="71" />
        <source>Handling</source>
        <translation>Тиеу-түсіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="72" />
        <source>Process losses</source>
        <translation>Технологиялық</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="73" />
        <source>Measurement</source>
        <translation>Өлшеу қателігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="74" />
        <source>Raw material</source>
        <translation>Шикізат</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="75" />
        <source>Reagent</source>
        <translation>Реагент</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="76" />
        <source>Intermediate</source>
        <translation>Жартылай өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="77" />
        <source>Product</source>
        <translation>Өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="78" />
        <source>By-product</source>
        <translation>Қосалқы өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="79" />
        <source>Energy carrier</source>
        <translation>Энергия тасымалдағыш</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="80" />
        <source>Water</source>
        <translation>Су</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="81" />
        <source>Waste</source>
        <translation>Қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="82" />
        <source>Mass</source>
        <translation>Масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="83" />
        <source>Volume</source>
        <translation>Көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="84" />
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="85" />
        <location filename="../../greendesk/labels.py" line="89" />
        <source>Measured</source>
        <translation>Өлшенген</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="86" />
        <source>Calculated</source>
        <translation>Есептелген</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="87" />
        <source>Estimated</source>
        <translation>Бағаланған</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="90" />
        <source>Unmeasured</source>
        <translation>Өлшенбеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="91" />
        <source>Constant</source>
        <translation>Тұрақты</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="92" />
        <source>Transfer coefficient</source>
        <translation>Ауысу коэффициенті</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="93" />
        <source>Equal flows</source>
        <translation>Тең ағындар</translation>
    </message>
</context>
<context>
    <name>month_close</name>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="67" />
        <source>{node}, {material}: no stock-taking at the end of the month ({day}).</source>
        <translation>{node}, {material}: ай соңындағы түгендеу жоқ ({day}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="70" />
        <source>{node}, {material}: no stock-taking before the month, so its stock change is unknown.</source>
        <translation>{node}, {material}: ай басталғанға дейін түгендеу жоқ, сондықтан қордың өзгерісі белгісіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="95" />
        <source>{scope}: {share:.2f} % of inputs is unaccounted, above the threshold of {threshold:.2f} %.</source>
        <translation>{scope}: түсімнің {share:.2f} % есепке алынбаған, бұл {threshold:.2f} % шегінен жоғары.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="124" />
        <source>{node}, {component}: technological recovery {technological:.2f} % against commercial {commercial:.2f} %, {metal:.3f} t of metal unaccounted; the gap is above the threshold of {threshold:.2f} %.</source>
        <translation>{node}, {component}: технологиялық бөліп алу {technological:.2f} %, тауарлық {commercial:.2f} %, {metal:.3f} т металл есепке алынбаған; айырма {threshold:.2f} % шегінен жоғары.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="168" />
        <source>{material} from {source} to {target}: no assay of {components} this month, so the metal balance leaves it out.</source>
        <translation>{material}, {source} → {target}: осы айда {components} бойынша талдау жоқ, сондықтан металл балансы оны есепке алмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="192" />
        <source>{source}, {substance}: the permit sets a norm but the {quarter} emissions cannot be counted ({missing}).</source>
        <translation>{source}, {substance}: рұқсатта норматив белгіленген, бірақ {quarter} шығарындыларын есептеу мүмкін емес ({missing}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="107" />
        <source>Record {record} ({day}) to {contractor}: no contractor and R/D operation recorded for the transfer.</source>
        <translation>{record} жазба ({day}), {contractor}: беру үшін мердігер мен R/D операциясы көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="120" />
        <source>{point}, {parameter}: no reading from {start} to {end}; one is due every {interval} days.</source>
        <translation>{point}, {parameter}: {start} бастап {end} дейін өлшеу жоқ; өлшеу әр {interval} күн сайын қажет.</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="405" />
        <source>Columns of {name} GreenDesk does not use were not read: {columns}.</source>
        <translation>{name} файлының GreenDesk пайдаланбайтын бағандары оқылмады: {columns}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="135" />
        <source>Columns GreenDesk does not know were not imported: {columns}.</source>
        <translation>GreenDesk білмейтін бағандар импортталмады: {columns}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="101" />
        <source>Columns the mapping does not read were not imported: {columns}.</source>
        <translation>Сәйкестендіру оқымайтын бағандар импортталмады: {columns}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="392" />
        <source>{name} has cells showing Excel errors such as #DIV/0!; they were read as empty.</source>
        <translation>{name} ішінде #DIV/0! сияқты Excel қателері бар ұяшықтар бар; олар бос ретінде оқылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="396" />
        <source>{name} contains macros; they were not run and are not kept, only the cell values were read.</source>
        <translation>{name} ішінде макростар бар; олар іске қосылмады және сақталмады, тек ұяшық мәндері оқылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="400" />
        <source>{name} links to other workbooks; the values saved in this file were used and the links were not followed.</source>
        <translation>{name} басқа кітаптарға сілтейді; осы файлда сақталған мәндер пайдаланылды, сілтемелер ашылмады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="70" />
        <source>{n:,} {entity} records from {file} (sha256 {sha}…)</source>
        <translation>{entity} жазбалары: {n:,}, {file} файлынан (sha256 {sha}…)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="75" />
        <source>{n:,} {entity} records</source>
        <translation>{entity} жазбалары: {n:,}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="80" />
        <source>{records}; changed: {columns}</source>
        <translation>{records}; өзгертілгені: {columns}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="114" />
        <source>Records written by a new database.</source>
        <translation>Жаңа дерекқор жазған жазбалар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="117" />
        <source>Records written by the schema upgrade from {revision} (the file before it was kept as {backup}).</source>
        <translation>{revision} нұсқасынан схеманы жаңарту жазған жазбалар (жаңартуға дейінгі файл {backup} ретінде сақталды).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="120" />
        <source>Records written by the demo generator.</source>
        <translation>Демо-деректер генераторы жазған жазбалар.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="122" />
        <source>Exported {file}</source>
        <translation>Экспортталды: {file}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="124" />
        <source>Restored from the backup {backup}; the replaced file was kept as {kept}.</source>
        <translation>{backup} сақтық көшірмесінен қалпына келтірілді; ауыстырылған файл {kept} ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="126" />
        <source>Restored from the backup {backup}.</source>
        <translation>{backup} сақтық көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="189" />
        <source>The entry's values cannot be read.</source>
        <translation>Жазбаның мәндерін оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balances.py" line="155" />
        <source>{node}, {material}: no opening stock-taking (none before the period); stock change taken as 0.</source>
        <translation>{node}, {material}: бастапқы түгендеу жоқ (кезеңге дейін болмаған); қор өзгерісі 0 деп алынды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balances.py" line="157" />
        <source>{node}, {material}: no closing stock-taking within the period; stock change taken as 0.</source>
        <translation>{node}, {material}: кезең ішінде қорытынды түгендеу жоқ; қор өзгерісі 0 деп алынды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="160" />
        <source>Sheet {sheet}: columns GreenDesk does not know were not imported: {columns}.</source>
        <translation>{sheet} парағы: GreenDesk білмейтін бағандар импортталмады: {columns}.</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <location filename="../../greendesk/periods.py" line="125" />
        <source>January</source>
        <translation>қаңтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="125" />
        <source>February</source>
        <translation>ақпан</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="126" />
        <source>March</source>
        <translation>наурыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="126" />
        <source>April</source>
        <translation>сәуір</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="127" />
        <source>May</source>
        <translation>мамыр</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="127" />
        <source>June</source>
        <translation>маусым</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="128" />
        <source>July</source>
        <translation>шілде</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="128" />
        <source>August</source>
        <translation>тамыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="129" />
        <source>September</source>
        <translation>қыркүйек</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="130" />
        <source>October</source>
        <translation>қазан</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="131" />
        <source>November</source>
        <translation>қараша</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="132" />
        <source>December</source>
        <translation>желтоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="133" />
        <source>year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="134" />
        <source>quarter</source>
        <translation>тоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="135" />
        <source>month</source>
        <translation>ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="136" />
        <source>range of days</source>
        <translation>күндер аралығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="161" />
        <source>{year}</source>
        <translation>{year} жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="164" />
        <source>Q{quarter} {year}</source>
        <translation>{year} жылғы {roman} тоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="167" />
        <source>{month} {year}</source>
        <translation>{year} жылғы {month}</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="170" />
        <source>{start} – {end}</source>
        <translation>{start} – {end} кезеңі</translation>
    </message>
</context>
<context>
    <name>permit_alerts</name>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="30" />
        <source>{site}, permit {number}: {waste} stored {actual:.3f} t at the end of {year}, above its accumulation limit of {limit:.3f} t by {excess:.3f} t</source>
        <translation>{site}, рұқсат {number}: {waste} — {year} жылдың соңында {actual:.3f} т жинақталған, жинақтау нормативінен ({limit:.3f} т) {excess:.3f} т артық</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="33" />
        <source>{site}, permit {number}: {waste} placed {actual:.3f} t in {year}, above its burial limit of {limit:.3f} t by {excess:.3f} t</source>
        <translation>{site}, рұқсат {number}: {waste} — {year} жылы {actual:.3f} т орналастырылған, көму нормативінен ({limit:.3f} т) {excess:.3f} т артық</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="38" />
        <source>{site}, permit {number}: {waste} stored {actual:.3f} t on {day}, already above the year's accumulation limit of {limit:.3f} t by {excess:.3f} t</source>
        <translation>{site}, рұқсат {number}: {waste} — {day} күні {actual:.3f} т жинақталған, жылдық жинақтау нормативінен ({limit:.3f} т) қазірдің өзінде {excess:.3f} т артық</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="42" />
        <source>{site}, permit {number}: {waste} placed {actual:.3f} t from 1 January to {day}, already above the year's burial limit of {limit:.3f} t by {excess:.3f} t</source>
        <translation>{site}, рұқсат {number}: {waste} — 1 қаңтардан {day} дейін {actual:.3f} т орналастырылған, жылдық көму нормативінен ({limit:.3f} т) қазірдің өзінде {excess:.3f} т артық</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="48" />
        <source>Permit {number} of {holder} expires on {day} (days left: {days})</source>
        <translation>{holder} экологиялық рұқсаты {number} мерзімі {day} аяқталады (қалған күндер: {days})</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="50" />
        <source>Licence {number} of {holder} expires on {day} (days left: {days})</source>
        <translation>{holder} лицензиясы {number} мерзімі {day} аяқталады (қалған күндер: {days})</translation>
    </message>
</context>
<context>
    <name>plantbook</name>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="113" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="113" />
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="19" />
        <source>The name, unique in this sheet; a row with a name already in GreenDesk updates that record.</source>
        <translation>Осы парақта бірегей атау; GreenDesk-те бұрыннан бар атауы бар жол сол жазбаны жаңартады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="130" />
        <location filename="../../greendesk/importers/plant_structure.py" line="21" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="131" />
        <location filename="../../greendesk/importers/plant_structure.py" line="22" />
        <source>Free text.</source>
        <translation>Еркін мәтін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="39" />
        <source>Sites</source>
        <translation>Алаңдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="40" />
        <source>One row per site of the enterprise: a mine or quarry, a concentrator, a smelter or an auxiliary site.</source>
        <translation>Кәсіпорынның әр алаңына бір жол: кеніш немесе карьер, байыту фабрикасы, зауыт немесе қосалқы алаң.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="27" />
        <location filename="../../greendesk/importers/plant_structure.py" line="42" />
        <location filename="../../greendesk/importers/plant_structure.py" line="78" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="44" />
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="45" />
        <source>The region the site is in.</source>
        <translation>Алаң орналасқан өңір.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="46" />
        <source>Kind of site</source>
        <translation>Алаң түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="108" />
        <location filename="../../greendesk/importers/plant_structure.py" line="47" />
        <location filename="../../greendesk/importers/plant_structure.py" line="85" />
        <location filename="../../greendesk/importers/plant_structure.py" line="124" />
        <source>Choose from the list.</source>
        <translation>Тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="49" />
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="50" />
        <source>Where the site is, as its permits name it.</source>
        <translation>Алаңның орналасқан жері, оның рұқсаттарында көрсетілгендей.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="52" />
        <source>Facility category</source>
        <translation>Объект санаты</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="53" />
        <source>I to IV under Article 12 of the Environmental Code; it decides which obligations apply.</source>
        <translation>Экологиялық кодекстің 12-бабы бойынша I–IV; қандай міндеттемелер қолданылатынын осы анықтайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="75" />
        <source>Nodes</source>
        <translation>Түйіндер</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="76" />
        <source>One row per node of a site: where material comes from or goes to. A loss node needs its reason.</source>
        <translation>Алаңның әр түйініне бір жол: материал қайдан келеді немесе қайда кетеді. Шығын түйініне себебі қажет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="28" />
        <location filename="../../greendesk/importers/plant_structure.py" line="79" />
        <source>A site of sheet Sites (or of the plant).</source>
        <translation>«Алаңдар» парағындағы (немесе бұрыннан бар) алаң.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="30" />
        <location filename="../../greendesk/importers/plant_emissions.py" line="102" />
        <source>Source number</source>
        <translation>Көздің нөмірі</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="31" />
        <source>A source of sheet Emission sources at this site.</source>
        <translation>Осы объектідегі «Шығарындылар көздері» парағындағы көз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="34" />
        <source>A number.</source>
        <translation>Сан.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="97" />
        <source>Emission sources</source>
        <translation>Шығарындылар көздері</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="98" />
        <source>One row per source of emissions to air (an organised stack or a fugitive source) or discharge point to water; its streams and abatement are on the next sheets.</source>
        <translation>Атмосфераға шығарындылардың әр көзіне (ұйымдастырылған — мұржа — немесе ұйымдастырылмаған) не суға төгінді шығаратын орынға бір жол; оның ағындары мен тазартуы келесі парақтарда.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="103" />
        <source>As on the inventory of sources (0001, 6001); unique at its site.</source>
        <translation>Көздерді түгендеудегідей (0001, 6001); өз объектісінде бірегей.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="105" />
        <source>Source</source>
        <translation>Шығарындылар көзі</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="106" />
        <source>What it is.</source>
        <translation>Бұл не.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="107" />
        <source>Kind of source</source>
        <translation>Көздің түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="110" />
        <location filename="../../greendesk/importers/plant_structure.py" line="81" />
        <source>Node</source>
        <translation>Түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="111" />
        <source>The process node it belongs to.</source>
        <translation>Ол тиесілі технологиялық торап.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="113" />
        <source>Mobile</source>
        <translation>Жылжымалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="114" />
        <source>yes: a vehicle fleet, which pays no fee (empty: no).</source>
        <translation>иә: төлем алынбайтын көлік паркі (бос: жоқ).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="116" />
        <source>Height, m</source>
        <translation>Биіктігі, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="118" />
        <source>Diameter, m</source>
        <translation>Диаметрі, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="120" />
        <source>Gas flow, m³/s</source>
        <translation>Газ шығыны, м³/с</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="122" />
        <source>Gas temperature, °C</source>
        <translation>Газ температурасы, °C</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="124" />
        <source>Monitoring point</source>
        <translation>Мониторинг нүктесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="125" />
        <source>The point its instrumental measurements are taken at.</source>
        <translation>Оның аспаптық өлшеулері жүргізілетін нүкте.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="128" />
        <source>Working hours a year</source>
        <translation>Жылына жұмыс сағаты</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="168" />
        <source>Source streams</source>
        <translation>Көздердің ағындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="169" />
        <source>The ledger flows that drive a source (fuel burned, ore crushed): from node, to node and material, the factor library's name of the activity and the share of the flow attributed to the source.</source>
        <translation>Көздің шығарындыларын тудыратын журнал ағындары (жағылған отын, ұсатылған кен): қай тораптан, қай торапқа және материал, коэффициенттер кітапханасындағы қызмет атауы және көзге жатқызылатын ағын үлесі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="174" />
        <source>From node</source>
        <translation>Қай тораптан</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="175" />
        <location filename="../../greendesk/importers/plant_emissions.py" line="178" />
        <source>A node of the site.</source>
        <translation>Объектінің торабы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="177" />
        <source>To node</source>
        <translation>Қай торапқа</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="181" />
        <source>A material of sheet Materials.</source>
        <translation>«Материалдар» парағындағы материал.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="183" />
        <source>Activity</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="184" />
        <source>As the factor library names it (diesel, coal, ore_crushing).</source>
        <translation>Коэффициенттер кітапханасындағыдай (diesel, coal, ore_crushing).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="187" />
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="188" />
        <source>Above 0, at most 1 (empty: 1).</source>
        <translation>0-ден үлкен, 1-ден аспайды (бос: 1).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="221" />
        <source>Abatement</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="222" />
        <source>A source's gas cleaning: its equipment and efficiency η for one substance.</source>
        <translation>Көздің газ тазартуы: жабдығы және бір зат бойынша тиімділігі η.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="225" />
        <source>Substance</source>
        <translation>Зат</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="226" />
        <source>DUST, SO2, NOX…</source>
        <translation>DUST, SO2, NOX…</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="228" />
        <source>Equipment</source>
        <translation>Жабдық</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="229" />
        <source>What cleans the gas.</source>
        <translation>Газ немен тазартылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="230" />
        <source>Efficiency η</source>
        <translation>Тиімділігі η</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="231" />
        <source>At least 0 and below 1 (0.99 for 99 %).</source>
        <translation>0-ден кем емес және 1-ден кіші (0,99 — бұл 99 %).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="82" />
        <source>The node's name, unique at its site.</source>
        <translation>Түйіннің өз алаңындағы бірегей атауы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="84" />
        <source>Kind of node</source>
        <translation>Түйін түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="87" />
        <source>Loss reason</source>
        <translation>Шығын себебі</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="88" />
        <source>For an accounted-loss node only.</source>
        <translation>Тек есепке алынған шығын түйіні үшін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="116" />
        <source>Materials</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="117" />
        <source>One row per material that flows: what it is, whether it is measured by mass, volume or energy, and the factors its units need (a density for volumes, a calorific value for energy).</source>
        <translation>Ағындардағы әр материалға бір жол: ол не, массамен, көлеммен немесе энергиямен өлшене ме, және оның бірліктеріне қажет коэффициенттер (көлем үшін тығыздық, энергия үшін жану жылуы).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="180" />
        <location filename="../../greendesk/importers/plant_structure.py" line="121" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="123" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="126" />
        <source>Measured by</source>
        <translation>Өлшеу түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="127" />
        <source>mass, volume or energy.</source>
        <translation>масса, көлем немесе энергия.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="129" />
        <source>Default unit</source>
        <translation>Әдепкі бірлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="130" />
        <source>The unit it is usually entered in (empty: t, m³ or GJ).</source>
        <translation>Әдетте енгізілетін бірлігі (бос болса: т, м³ немесе ГДж).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="132" />
        <source>Density, t/m³</source>
        <translation>Тығыздығы, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="133" />
        <source>Needed to enter it in volume units.</source>
        <translation>Көлем бірліктерімен енгізу үшін қажет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="135" />
        <source>Calorific value, GJ per t or m³</source>
        <translation>Жану жылуы, т немесе м³ үшін ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="136" />
        <source>Net calorific value; needed to enter it in energy units.</source>
        <translation>Төменгі жану жылуы; энергия бірліктерімен енгізу үшін қажет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="139" />
        <source>tce factor</source>
        <translation>Ш.о.-ға айналдыру коэффициенті</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="140" />
        <source>Tonnes of coal equivalent per tce unit, as tabled.</source>
        <translation>Бекітілген кесте бойынша бірлікке шаққандағы шартты отын тоннасы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="142" />
        <source>tce unit</source>
        <translation>Ш.о. бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="143" />
        <source>The unit the tce factor is per (e.g. MWh).</source>
        <translation>Ш.о. коэффициенті қатысты бірлік (мысалы, МВт·сағ).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="145" />
        <source>List of Waste code</source>
        <translation>Қалдықтар сыныптауышы бойынша код</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="146" />
        <source>A waste's six-digit code (optional).</source>
        <translation>Қалдықтың алты таңбалы коды (міндетті емес).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="33" />
        <source>Instructions</source>
        <translation>Нұсқаулық</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="37" />
        <source>How to fill in the plant set-up workbook</source>
        <translation>Кәсіпорын баптау кітабын қалай толтыру керек</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="38" />
        <source>Each sheet holds one kind of record, one row each. Keep the headings in row 1; columns may be in any order and a sheet you do not need may be left empty or removed. GreenDesk checks every row of every sheet before it writes anything: if one row is wrong, nothing is imported and every problem is listed with its sheet, row, column and value.</source>
        <translation>Әр парақта бір түрдегі жазбалар бар, әр жолда біреуден. Тақырыптарды 1-жолда қалдырыңыз; бағандар кез келген ретпен келе алады, ал қажет емес парақты бос қалдыруға немесе жоюға болады. GreenDesk бірдеңе жазбас бұрын әр парақтың әр жолын тексереді: бір жол қате болса, ештеңе импортталмайды және әр қате парағымен, жолымен, бағанымен және мәнімен көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="44" />
        <source>Importing again updates the records by name and shows the differences before they are applied. A sheet left empty changes nothing; on a sheet with rows, a record missing from it is deleted only when nothing refers to it: flow records always keep what they refer to, and the import says what it kept and why.</source>
        <translation>Қайта импорттау жазбаларды атауы бойынша жаңартады және айырмашылықтарды қолданар алдында көрсетеді. Бос парақ ештеңені өзгертпейді; парақта жолдар болса, онда жоқ жазба оған ештеңе сілтемегенде ғана жойылады: ағын жазбалары өздері сілтейтінді әрқашан сақтайды, ал импорт нені және неге сақтағанын айтады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="95" />
        <source>required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="105" />
        <source>example</source>
        <translation>мысал</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="192" />
        <source>There is nothing to reconcile: no process or stock node has flows in this period.</source>
        <translation>Үйлестіретін ештеңе жоқ: бұл кезеңде бірде-бір процесте немесе қоймада ағын жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="195" />
        <source>No balance can be checked: every balance contains a flow or stock change that is not measured, so the measurements are kept as they are.</source>
        <translation>Бірде-бір балансты тексеру мүмкін емес: әрқайсысында өлшенбеген ағын немесе қор өзгерісі бар, сондықтан өлшемдер өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="198" />
        <source>{n} measured values are not redundant (no balance without an unknown checks them); they are kept as measured.</source>
        <translation>Артықтығы жоқ өлшенген мәндер: {n} (оларды белгісізі жоқ бірде-бір баланс тексермейді); олар өлшенген күйінде қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="201" />
        <source>{labels}: cannot be determined from the balances, which leave these unknowns free together; measure one of them, or state a relation (a transfer coefficient or an equality) that ties one of them to a measured flow.</source>
        <translation>{labels}: баланстардан анықтау мүмкін емес — бұл белгісіздер оларда бірге еркін; олардың бірін өлшеңіз немесе біреуін өлшенетін ағынмен байланыстыратын қатынасты (ауысу коэффициентін немесе теңдікті) беріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="205" />
        <source>{labels}: cannot be determined from the balances, which leave these unknowns free together; measure {n} of them, or state {n} relations (transfer coefficients or equalities) that tie them to measured flows.</source>
        <translation>{labels}: баланстардан анықтау мүмкін емес — бұл белгісіздер оларда бірге еркін; олардың {n}-ін өлшеңіз немесе оларды өлшенетін ағындармен байланыстыратын {n} қатынасты (ауысу коэффициенттерін немесе теңдіктерді) беріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="209" />
        <source>{labels}: cannot be determined, since no balance holds it; measure it, or state a relation (a transfer coefficient or an equality) with a measured flow.</source>
        <translation>{labels}: анықтау мүмкін емес — оны ешбір баланс қамтымайды; оны өлшеңіз немесе өлшенетін ағынмен қатынасты (ауысу коэффициентін немесе теңдікті) беріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="212" />
        <source>{n} measured values are in no balance ({labels}); they are listed as measured and checked by nothing.</source>
        <translation>Ешбір балансқа кірмейтін өлшенген мәндер: {n} ({labels}); олар өлшенген күйінде көрсетілген және ештеңемен тексерілмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="215" />
        <source>The balance of {label} cannot close: all its values are fixed (zero uncertainty) but they leave {residual:,.6g}; give one of them an uncertainty.</source>
        <translation>{label} балансы тоғыспайды: оның барлық мәндері тіркелген (нөлдік белгісіздік), бірақ {residual:,.6g} айырма қалады; олардың біріне белгісіздік беріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="218" />
        <source>The fixed values (zero uncertainty) contradict each other across the balances; give some of them an uncertainty.</source>
        <translation>Тіркелген мәндер (нөлдік белгісіздік) баланстарда бір-біріне қайшы келеді; олардың кейбіріне белгісіздік беріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="221" />
        <source>The measurements do not fit the balances (χ² = {chi2:,.4g} &gt; {critical:,.4g} at {level:g} %): a gross error is likely; check the flagged values first.</source>
        <translation>Өлшемдер баланстарға сәйкес келмейді ({level:g} % деңгейінде χ² = {chi2:,.4g} &gt; {critical:,.4g}): өрескел қате болуы ықтимал; алдымен белгіленген мәндерді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="224" />
        <source>The measurements fit the balances within their uncertainties (χ² = {chi2:,.4g} ≤ {critical:,.4g} at {level:g} %).</source>
        <translation>Өлшемдер баланстарға өз белгісіздігі шегінде сәйкес келеді ({level:g} % деңгейінде χ² = {chi2:,.4g} ≤ {critical:,.4g}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile_nl.py" line="31" />
        <source>The balances could not be reconciled: after {n} linearisations the values still moved by {step:.3g} of their size. Check the grades and tonnages for values far off (a grade in the wrong unit, a tonnage with a digit too many) and try again.</source>
        <translation>Баланстарды үйлестіру мүмкін болмады: {n} сызықтандырудан кейін мәндер әлі де өз шамасының {step:.3g} үлесіне жылжыды. Құрамдар мен тоннаждарды қатты ауытқыған мәндерге тексеріңіз (құрам басқа бірлікте, тоннажда артық цифр) және қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile_nl.py" line="35" />
        <source>The relation {label} holds no variable and is not met; it is left out.</source>
        <translation>{label} қатынасында айнымалылар жоқ және ол орындалмайды; ол ескерілмейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reconcile_site.py" line="50" />
        <source>{component}: no component balance for {nodes}, since not every flow of theirs that can carry it has an assay of it (or, for a stock, the stock's grade is not known).</source>
        <translation>{component}: {nodes} үшін компонент балансы жоқ, өйткені оны қамти алатын әрбір ағынында оған талдау жоқ (немесе қор үшін қордағы құрамы белгісіз).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reconcile_site.py" line="55" />
        <source>Relation {id} is left out: one of its streams has no flows in this period.</source>
        <translation>{id} қатынасы ескерілмеді: оның ағындарының бірінде осы кезеңде жазбалар жоқ.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="50" />
        <source>enterprise</source>
        <translation>кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="51" />
        <source>material</source>
        <translation>материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="52" />
        <source>site</source>
        <translation>алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="53" />
        <source>permit</source>
        <translation>рұқсат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="54" />
        <source>obligations register version</source>
        <translation>міндеттемелер тізілімінің нұсқасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="55" />
        <source>obligation</source>
        <translation>міндеттеме</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="56" />
        <source>obligation status</source>
        <translation>міндеттеме мәртебесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="57" />
        <source>permit condition</source>
        <translation>рұқсат шарты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="58" />
        <source>permit waste limit</source>
        <translation>рұқсаттың қалдықтар лимиті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="59" />
        <source>node</source>
        <translation>түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="60" />
        <source>import batch</source>
        <translation>импорт бумасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="61" />
        <source>flow</source>
        <translation>ағын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="62" />
        <source>flow relation</source>
        <translation>ағындар байланысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="63" />
        <source>database identity</source>
        <translation>дерекқор сәйкестендіргіші</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="64" />
        <source>handed-in package</source>
        <translation>тапсырылған пакет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="65" />
        <source>handed-in record</source>
        <translation>тапсырылған жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="66" />
        <source>month-close waiver</source>
        <translation>ай жабу тармағынан бас тарту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="67" />
        <source>fee rate version</source>
        <translation>төлемақы мөлшерлемелерінің нұсқасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="68" />
        <source>fee rate</source>
        <translation>төлемақы мөлшерлемесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="69" />
        <source>method uncertainty</source>
        <translation>әдіс белгісіздігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="70" />
        <source>period assay</source>
        <translation>кезең талдауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="71" />
        <source>stock taking</source>
        <translation>қорларды түгендеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="72" />
        <source>flow assay</source>
        <translation>ағын талдауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="73" />
        <source>classifier version</source>
        <translation>сыныптауыш нұсқасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="74" />
        <source>classifier entry</source>
        <translation>сыныптауыш позициясы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="75" />
        <source>classifier text</source>
        <translation>сыныптауыш мәтіні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="76" />
        <source>waste contractor</source>
        <translation>қалдықтар жөніндегі мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="77" />
        <source>waste storage</source>
        <translation>қалдықтарды жинақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="78" />
        <source>waste basis</source>
        <translation>қалдықтардың үлестік көрсеткіштер негізі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="79" />
        <source>waste type</source>
        <translation>қалдық түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="80" />
        <source>waste transfer</source>
        <translation>қалдықтарды беру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="81" />
        <source>waste component</source>
        <translation>қалдықтар құрамының компоненті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="82" />
        <source>basis of a hazardous property</source>
        <translation>қауіпті қасиеттің негіздемесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="83" />
        <source>waste passport</source>
        <translation>қалдықтар паспорты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="84" />
        <source>closed period</source>
        <translation>жабық кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="85" />
        <source>grade component</source>
        <translation>пайдалы құрамдас</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="86" />
        <source>monitoring parameter</source>
        <translation>мониторинг параметрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="87" />
        <source>formation</source>
        <translation>түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="88" />
        <source>formation assumption</source>
        <translation>түзілім бойынша болжам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="89" />
        <source>formation block</source>
        <translation>түзілім блогы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="90" />
        <source>monitoring point</source>
        <translation>мониторинг нүктесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="91" />
        <source>formation sample</source>
        <translation>түзілім сынамасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="92" />
        <source>monitoring limit</source>
        <translation>мониторинг нормативі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="93" />
        <source>PEK programme item</source>
        <translation>ӨЭБ бағдарламасының жолы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="94" />
        <source>monitoring reading</source>
        <translation>мониторинг өлшеуі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="95" />
        <source>formation assay</source>
        <translation>түзілім талдауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="96" />
        <source>checklist measure</source>
        <translation>іс-шаралар жоспарының шарасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="97" />
        <source>checklist template state</source>
        <translation>жоспар үлгісінің күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="98" />
        <source>checklist item</source>
        <translation>іс-шаралар жоспарының тармағы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="99" />
        <source>incident</source>
        <translation>инцидент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="100" />
        <source>site action</source>
        <translation>алаң іс-шарасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="101" />
        <source>action change</source>
        <translation>іс-шараның өзгерісі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="102" />
        <source>drill</source>
        <translation>оқу-жаттығу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="103" />
        <source>evidence</source>
        <translation>растайтын құжат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="104" />
        <source>incident waste</source>
        <translation>инцидент қалдықтары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="105" />
        <source>database</source>
        <translation>дерекқор</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="106" />
        <source>report</source>
        <translation>есеп</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="107" />
        <source>emission source</source>
        <translation>шығарындылар көзі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="108" />
        <source>emission source's stream</source>
        <translation>шығарындылар көзінің ағыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="109" />
        <source>emission source's abatement</source>
        <translation>шығарындылар көзін тазарту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="110" />
        <source>emission factor library version</source>
        <translation>шығарынды коэффициенттері кітапханасының нұсқасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="111" />
        <source>emission factor</source>
        <translation>шығарынды коэффициенті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="112" />
        <source>emission norm</source>
        <translation>шығарынды нормативі</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <location filename="../../greendesk/services/structure.py" line="30" />
        <source>Abai</source>
        <translation>Абай облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="31" />
        <source>Akmola</source>
        <translation>Ақмола облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="32" />
        <source>Aktobe</source>
        <translation>Ақтөбе облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="33" />
        <source>Almaty</source>
        <translation>Алматы облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="34" />
        <source>Atyrau</source>
        <translation>Атырау облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="35" />
        <source>East Kazakhstan</source>
        <translation>Шығыс Қазақстан облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="36" />
        <source>Jambyl</source>
        <translation>Жамбыл облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="37" />
        <source>Jetisu</source>
        <translation>Жетісу облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="38" />
        <location filename="../../greendesk/ui/structure_dialogs.py" line="37" />
        <source>Karaganda</source>
        <translation>Қарағанды облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="39" />
        <source>Kostanay</source>
        <translation>Қостанай облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="40" />
        <source>Kyzylorda</source>
        <translation>Қызылорда облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="41" />
        <source>Mangystau</source>
        <translation>Маңғыстау облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="42" />
        <source>North Kazakhstan</source>
        <translation>Солтүстік Қазақстан облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="43" />
        <source>Pavlodar</source>
        <translation>Павлодар облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="44" />
        <source>Turkistan</source>
        <translation>Түркістан облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="45" />
        <source>Ulytau</source>
        <translation>Ұлытау облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="46" />
        <source>West Kazakhstan</source>
        <translation>Батыс Қазақстан облысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="47" />
        <source>Astana (city)</source>
        <translation>Астана қаласы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="48" />
        <source>Almaty (city)</source>
        <translation>Алматы қаласы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="49" />
        <source>Shymkent (city)</source>
        <translation>Шымкент қаласы</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="18" />
        <source>Material and energy balance</source>
        <translation>Материалдық және энергетикалық баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="21" />
        <source>Storage losses</source>
        <translation>Сақтау кезіндегі шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="22" />
        <source>Transport losses</source>
        <translation>Тасымалдау кезіндегі шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="23" />
        <source>Handling losses</source>
        <translation>Тиеу-түсіру кезіндегі шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="24" />
        <source>Process losses</source>
        <translation>Технологиялық</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="25" />
        <source>Measurement losses</source>
        <translation>Өлшеу қателігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="42" />
        <source>whole site</source>
        <translation>бүкіл алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="43" />
        <location filename="../../greendesk/reports/balance_report.py" line="54" />
        <location filename="../../greendesk/reports/cover.py" line="95" />
        <location filename="../../greendesk/reports/emissions_report.py" line="79" />
        <location filename="../../greendesk/reports/emissions_report.py" line="135" />
        <location filename="../../greendesk/reports/emissions_report.py" line="176" />
        <location filename="../../greendesk/reports/fees_report.py" line="54" />
        <location filename="../../greendesk/reports/fees_report.py" line="101" />
        <location filename="../../greendesk/reports/formations_report.py" line="38" />
        <location filename="../../greendesk/reports/ghg_report.py" line="61" />
        <location filename="../../greendesk/reports/greening_plan.py" line="31" />
        <location filename="../../greendesk/reports/greening_plan.py" line="77" />
        <location filename="../../greendesk/reports/ledger_extract.py" line="32" />
        <location filename="../../greendesk/reports/metal_sheet.py" line="25" />
        <location filename="../../greendesk/reports/passport_report.py" line="121" />
        <location filename="../../greendesk/reports/pek_report.py" line="105" />
        <location filename="../../greendesk/reports/pek_report.py" line="241" />
        <location filename="../../greendesk/reports/rational_use.py" line="77" />
        <location filename="../../greendesk/reports/receipts_sheet.py" line="25" />
        <location filename="../../greendesk/reports/waste_limits.py" line="24" />
        <location filename="../../greendesk/reports/waste_report.py" line="90" />
        <location filename="../../greendesk/reports/waste_report.py" line="124" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="43" />
        <location filename="../../greendesk/reports/balance_report.py" line="54" />
        <location filename="../../greendesk/reports/receipts_sheet.py" line="26" />
        <location filename="../../greendesk/reports/waste_report.py" line="184" />
        <source>Scope</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="44" />
        <location filename="../../greendesk/reports/balance_report.py" line="55" />
        <location filename="../../greendesk/reports/receipts_sheet.py" line="27" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="45" />
        <source>Inputs</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="46" />
        <source>Outputs</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="47" />
        <location filename="../../greendesk/reports/balance_report.py" line="60" />
        <source>Stock change</source>
        <translation>Қор өзгерісі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="49" />
        <location filename="../../greendesk/reports/balance_report.py" line="61" />
        <source>Accounted losses</source>
        <translation>Есепке алынған шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="50" />
        <location filename="../../greendesk/reports/balance_report.py" line="62" />
        <source>Unaccounted loss</source>
        <translation>Есепке алынбаған шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="51" />
        <source>Unaccounted share of inputs</source>
        <translation>Кірістегі есепке алынбаған шығындар үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="56" />
        <source>Purchased</source>
        <translation>Сатып алынды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="57" />
        <source>Produced</source>
        <translation>Өндірілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="58" />
        <location filename="../../greendesk/reports/balance_report.py" line="65" />
        <source>Use</source>
        <translation>Тұтыну</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="59" />
        <source>Exported</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="63" />
        <source>Unaccounted share of supply</source>
        <translation>Түсімдегі есепке алынбаған шығындар үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="64" />
        <source>Supplied</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="68" />
        <source>There are no sites to balance.</source>
        <translation>Баланс жасайтын алаңдар жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="70" />
        <source>There are no flows in the period to balance.</source>
        <translation>Кезеңде баланс жасайтын ағындар жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="71" />
        <source>Material balance</source>
        <translation>Материалдық баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="72" />
        <source>Total mass per month; energy carriers are in the energy sheet. %s</source>
        <translation>Айлар бойынша жалпы масса; энергия тасымалдағыштар — энергетикалық баланс парағында. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="74" />
        <location filename="../../greendesk/reports/balance_report.py" line="75" />
        <source>Energy balance</source>
        <translation>Энергетикалық баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="76" />
        <source>GJ, and tonnes of coal equivalent by each carrier's factor. %s</source>
        <translation>ГДж және әр тасымалдағыштың коэффициенті бойынша шартты отын тоннасы. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="41" />
        <source>{period} ({kind}, {start} – {end})</source>
        <translation>{period} ({kind}, {start} – {end})</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="49" />
        <source>Cover</source>
        <translation>Титул парағы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="127" />
        <source>Environmental compliance report</source>
        <translation>Экологиялық талаптардың сақталуы туралы есеп</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="132" />
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="133" />
        <location filename="../../greendesk/reports/waste_report.py" line="126" />
        <location filename="../../greendesk/reports/waste_report.py" line="229" />
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="102" />
        <source>Sites</source>
        <translation>Алаңдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="103" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="135" />
        <location filename="../../greendesk/reports/rational_use.py" line="35" />
        <location filename="../../greendesk/reports/rational_use.py" line="76" />
        <location filename="../../greendesk/reports/waste_report.py" line="185" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="112" />
        <location filename="../../greendesk/reports/passport_report.py" line="54" />
        <location filename="../../greendesk/reports/passport_report.py" line="148" />
        <location filename="../../greendesk/reports/passport_report.py" line="149" />
        <source>Prepared by</source>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="139" />
        <source>Generated at</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="140" />
        <source>GreenDesk version</source>
        <translation>GreenDesk нұсқасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="136" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="63" />
        <source>no permit in force</source>
        <translation>қолданыстағы рұқсат жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="64" />
        <location filename="../../greendesk/reports/cover.py" line="91" />
        <location filename="../../greendesk/reports/passport_report.py" line="20" />
        <source>not entered</source>
        <translation>енгізілмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="65" />
        <source>No. {number} of {issued}, issued by {authority}, valid {start} – {end}</source>
        <translation>№ {number}, {issued}, берген: {authority}, қолданылу мерзімі {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="70" />
        <source>No. {number} of {issued}, issued by {authority}, valid from {start} with no end date</source>
        <translation>№ {number}, {issued}, берген: {authority}, {start} бастап мерзімсіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="77" />
        <source> (valid on {days} of the period's {total} days)</source>
        <translation> (кезеңнің {total} күнінің {days} күнінде қолданылады)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="96" />
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="97" />
        <source>Facility category</source>
        <translation>Объект санаты</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="99" />
        <source>Environmental permit</source>
        <translation>Экологиялық рұқсат</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="113" />
        <location filename="../../greendesk/reports/cover.py" line="117" />
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="115" />
        <location filename="../../greendesk/reports/cover.py" line="119" />
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="116" />
        <source>Approved by</source>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="141" />
        <source>Records used</source>
        <translation>Пайдаланылған жазбалар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="142" />
        <source>Data fingerprint (SHA-256)</source>
        <translation>Деректердің цифрлық ізі (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="146" />
        <source>Audit trail head (entry:SHA-256)</source>
        <translation>Өзгерістер журналының соңғы жазбасы (жазба:SHA-256)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="151" />
        <source>Totals and derived columns are Excel formulas over the rows above them. `greendesk verify FILE --db DATABASE` tells whether the figures still match the database they came from.</source>
        <translation>Қорытындылар мен есептік бағандар — жоғарыдағы жолдар бойынша Excel формулалары. `greendesk verify ФАЙЛ --db ДЕРЕКҚОР` пәрмені сандардың өздері алынған дерекқорға әлі де сәйкес келетінін көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="156" />
        <source>The audit trail head is the database's change log as it stood at export. `greendesk audit verify --db DATABASE --anchor THIS.xlsx` tells whether the log still holds it: a copy kept out of the database owner's reach shows whether history was rewritten since.</source>
        <translation>Өзгерістер журналының соңғы жазбасы — экспорт сәтіндегі дерекқор журналының күйі. `greendesk audit verify --db ДЕРЕКҚОР --anchor ОСЫ_КІТАП.xlsx` пәрмені журналда ол әлі бар-жоғын көрсетеді: дерекқор иесінің қолы жетпейтін көшірме тарихтың содан бері қайта жазылғанын көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="14" />
        <source>Technogenic formations</source>
        <translation>Техногендік минералдық түзілімдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="16" />
        <source>tonnage</source>
        <translation>тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="17" />
        <source>price</source>
        <translation>баға</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="18" />
        <source>recovery</source>
        <translation>бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="19" />
        <source>processing cost</source>
        <translation>өңдеу шығыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="24" />
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="25" />
        <source>no %s</source>
        <translation>деректер жоқ: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="34" />
        <source>No technogenic formations are registered.</source>
        <translation>Техногендік минералдық түзілімдер тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="36" />
        <source>Rank</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="37" />
        <source>Formation</source>
        <translation>Түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="38" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="39" />
        <location filename="../../greendesk/reports/greening_plan.py" line="35" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="40" />
        <location filename="../../greendesk/reports/passport_report.py" line="70" />
        <location filename="../../greendesk/reports/passport_report.py" line="117" />
        <location filename="../../greendesk/reports/pek_report.py" line="243" />
        <location filename="../../greendesk/reports/waste_report.py" line="92" />
        <location filename="../../greendesk/reports/waste_report.py" line="131" />
        <source>List of Waste code</source>
        <translation>Қалдықтар сыныптауышы бойынша код</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="41" />
        <source>Area</source>
        <translation>Ауданы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="42" />
        <source>Volume</source>
        <translation>Көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="43" />
        <source>Bulk density</source>
        <translation>Үйме тығыздығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="45" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="46" />
        <source>Placed in the period</source>
        <translation>Кезеңде орналастырылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="48" />
        <source>contained</source>
        <translation>құрамында</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="51" />
        <source>Recoverable value</source>
        <translation>Бөліп алынатын құны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="53" />
        <source>Processing cost</source>
        <translation>Өңдеу шығыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="55" />
        <source>Net value</source>
        <translation>Таза құны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="57" />
        <source>Screening note</source>
        <translation>Бағалауға ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="58" />
        <source>Formations</source>
        <translation>Түзілімдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="59" />
        <source>Net value = recoverable value − processing cost, for the components that pay. Placed in the period: waste and other material put into the formation's node in %s, net of what was taken out; the tonnage includes it.</source>
        <translation>Таза құн = бөліп алынатын құн − өңдеу шығыны, өтелетін компоненттер бойынша. Кезеңде орналастырылды: %s ішінде түзілім түйініне орналастырылған қалдықтар мен басқа материал, алынғанын шегергенде; тоннаж мұны қамтиды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="90" />
        <source>Point</source>
        <translation>Нүкте</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="91" />
        <source>Attached to</source>
        <translation>Бақылау нысаны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="92" />
        <location filename="../../greendesk/reports/pek_report.py" line="51" />
        <location filename="../../greendesk/reports/pek_report.py" line="59" />
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="93" />
        <location filename="../../greendesk/reports/passport_report.py" line="67" />
        <location filename="../../greendesk/reports/pek_report.py" line="52" />
        <location filename="../../greendesk/reports/rational_use.py" line="40" />
        <location filename="../../greendesk/reports/rational_use.py" line="82" />
        <location filename="../../greendesk/reports/receipts_sheet.py" line="30" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="114" />
        <location filename="../../greendesk/reports/cover.py" line="118" />
        <location filename="../../greendesk/reports/formations_report.py" line="94" />
        <location filename="../../greendesk/reports/ledger_extract.py" line="31" />
        <location filename="../../greendesk/reports/passport_report.py" line="56" />
        <location filename="../../greendesk/reports/passport_report.py" line="150" />
        <location filename="../../greendesk/reports/passport_report.py" line="152" />
        <location filename="../../greendesk/reports/pek_report.py" line="176" />
        <location filename="../../greendesk/reports/pek_report.py" line="213" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="95" />
        <source>Reading</source>
        <translation>Өлшеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="96" />
        <location filename="../../greendesk/reports/waste_limits.py" line="27" />
        <source>Limit</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="97" />
        <source>Margin</source>
        <translation>Нормативке дейінгі қор</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="98" />
        <source>Exceedances</source>
        <translation>Нормативтен асулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="99" />
        <source>Monitoring readings beyond their permitted limits</source>
        <translation>Нормативтен асқан мониторинг нәтижелері</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="12" />
        <location filename="../../greendesk/reports/greening_plan.py" line="50" />
        <location filename="../../greendesk/reports/pek_report.py" line="227" />
        <source>Greening plan</source>
        <translation>Экологияландыру жоспары</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="14" />
        <source>not started</source>
        <translation>басталмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="14" />
        <source>planned</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="15" />
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="15" />
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="16" />
        <source>not applicable</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="18" />
        <source>low</source>
        <translation>төмен</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="18" />
        <source>medium</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="18" />
        <source>high</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="29" />
        <source>There is no greening plan for the chosen sites.</source>
        <translation>Таңдалған алаңдар үшін экологияландыру жоспары жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="31" />
        <location filename="../../greendesk/reports/greening_plan.py" line="78" />
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="32" />
        <source>Action id</source>
        <translation>Іс-шара коды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="33" />
        <source>Action</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="34" />
        <source>Cost class</source>
        <translation>Шығын сыныбы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="35" />
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="36" />
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="37" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="38" />
        <source>Estimated cost</source>
        <translation>Болжамды шығын</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="39" />
        <source>Expected effect</source>
        <translation>Күтілетін әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="40" />
        <source>Effect unit</source>
        <translation>Әсер бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="41" />
        <source>Actual effect</source>
        <translation>Нақты әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="42" />
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="43" />
        <source>Evidence files</source>
        <translation>Растайтын файлдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="44" />
        <source>Not applicable because</source>
        <translation>Қолданылмайды, себебі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="46" />
        <source>status on</source>
        <translation>күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="22" />
        <source>Fee for negative impact on the environment</source>
        <translation>Қоршаған ортаға теріс әсер еткені үшін төлемақы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="36" />
        <source>No fee rates are loaded: load them with greendesk rates import.</source>
        <translation>Төлемақы мөлшерлемелері жүктелмеген: оларды greendesk rates import командасымен жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="47" />
        <location filename="../../greendesk/reports/greening_plan.py" line="69" />
        <location filename="../../greendesk/reports/waste_report.py" line="73" />
        <location filename="../../greendesk/reports/waste_report.py" line="241" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="53" />
        <location filename="../../greendesk/reports/fees_report.py" line="100" />
        <location filename="../../greendesk/reports/fees_report.py" line="147" />
        <location filename="../../greendesk/reports/fees_report.py" line="169" />
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="23" />
        <source>Emissions to air and discharges to water</source>
        <translation>Атмосфераға шығарындылар және су объектілеріне төгінділер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="25" />
        <location filename="../../greendesk/reports/pek_report.py" line="27" />
        <source>measured</source>
        <translation>өлшенген</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="26" />
        <location filename="../../greendesk/reports/pek_report.py" line="28" />
        <source>calculated</source>
        <translation>есептелген</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="40" />
        <source>No emission source or discharge point is recorded at the chosen sites.</source>
        <translation>Таңдалған объектілерде бірде-бір шығарындылар көзі немесе төгінді шығарылымы енгізілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="70" />
        <location filename="../../greendesk/reports/ghg_report.py" line="171" />
        <source>Not counted, and not counted as zero:</source>
        <translation>Есепке алынбаған (және нөлге теңестірілмеген):</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="77" />
        <location filename="../../greendesk/reports/pek_report.py" line="103" />
        <source>Source</source>
        <translation>Шығарындылар көзі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="78" />
        <location filename="../../greendesk/reports/emissions_report.py" line="136" />
        <location filename="../../greendesk/reports/fees_report.py" line="55" />
        <location filename="../../greendesk/reports/pek_report.py" line="104" />
        <source>Substance</source>
        <translation>Зат</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="81" />
        <location filename="../../greendesk/reports/ghg_report.py" line="66" />
        <source>Activity</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="82" />
        <source>Activity quantity</source>
        <translation>Қызмет көлемі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="84" />
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="85" />
        <source>Factor</source>
        <translation>Коэффициент</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="87" />
        <source>Factor unit</source>
        <translation>Коэффициент бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="88" />
        <source>Abatement η</source>
        <translation>Тазарту η</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="89" />
        <location filename="../../greendesk/reports/emissions_report.py" line="137" />
        <location filename="../../greendesk/reports/emissions_report.py" line="181" />
        <location filename="../../greendesk/reports/pek_report.py" line="107" />
        <source>Mass</source>
        <translation>Масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="91" />
        <location filename="../../greendesk/reports/emissions_report.py" line="138" />
        <location filename="../../greendesk/reports/emissions_report.py" line="183" />
        <location filename="../../greendesk/reports/pek_report.py" line="109" />
        <source>Above the norm</source>
        <translation>Нормативтен артық</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="93" />
        <location filename="../../greendesk/reports/pek_report.py" line="115" />
        <source>Emissions to air</source>
        <translation>Атмосфераға шығарындылар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="94" />
        <source>Mass = activity × factor × (1 − η); SO₂ from a fuel's sulphur = 0.02 × B × S × (1 − η′) × (1 − η), S in per cent; measured: mean g/s × hours × 3600 / 10⁶. The norm (t/year, counted by days) and the excess are on a substance's last row; a mass left blank is named below the table. %s</source>
        <translation>Масса = қызмет × коэффициент × (1 − η); отындағы күкірт бойынша SO₂ = 0,02 × B × S × (1 − η′) × (1 − η), S пайызбен; өлшенген: орташа г/с × сағат × 3600 / 10⁶. Норматив (т/жыл, күндер бойынша) және асып кету — заттың соңғы жолында; бос масса кестенің астында аталған. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="140" />
        <source>Emission totals</source>
        <translation>Шығарындылар қорытындысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="141" />
        <source>Emissions to air: totals per site and for the enterprise</source>
        <translation>Атмосфераға шығарындылар: объектілер және кәсіпорын бойынша қорытынды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="143" />
        <source>Sums of the emissions sheet; a substance without a mass adds nothing and is named there. %s</source>
        <translation>Шығарындылар парағының қосындылары; массасы жоқ зат ештеңе қоспайды және сонда аталған. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="164" />
        <source>Enterprise, all sites</source>
        <translation>Кәсіпорын, барлық объектілер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="174" />
        <source>Discharge point</source>
        <translation>Төгінді шығарылымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="175" />
        <source>Pollutant</source>
        <translation>Ластағыш зат</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="177" />
        <source>Water discharged</source>
        <translation>Төгінді көлемі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="179" />
        <source>Mean concentration</source>
        <translation>Орташа концентрация</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="186" />
        <source>Discharges to water</source>
        <translation>Су объектілеріне төгінділер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="187" />
        <source>Discharges of pollutants to water</source>
        <translation>Ластағыш заттардың су объектілеріне төгінділері</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="188" />
        <source>Mass = water discharged × mean concentration measured at the point in the period (mg/L = g/m³) / 10⁶. %s</source>
        <translation>Масса = төгінді көлемі × кезеңде нүктеде өлшенген орташа концентрация (мг/л = г/м³) / 10⁶. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="205" />
        <source>No discharge point is recorded at the chosen sites.</source>
        <translation>Таңдалған объектілерде бірде-бір төгінді шығарылымы енгізілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="56" />
        <location filename="../../greendesk/reports/fees_report.py" line="103" />
        <source>Rate item</source>
        <translation>Мөлшерлеме бабы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="57" />
        <source>Mass within the norm</source>
        <translation>Норматив шегіндегі масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="59" />
        <source>Mass above the norm</source>
        <translation>Нормативтен асқан масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="61" />
        <location filename="../../greendesk/reports/fees_report.py" line="108" />
        <source>Rate, MCI per t</source>
        <translation>Мөлшерлеме, т үшін АЕК</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="63" />
        <location filename="../../greendesk/reports/fees_report.py" line="110" />
        <location filename="../../greendesk/reports/fees_report.py" line="148" />
        <source>MCI</source>
        <translation>АЕК</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="64" />
        <source>Coefficient within the norm</source>
        <translation>Норматив шегіндегі коэффициент</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="66" />
        <location filename="../../greendesk/reports/fees_report.py" line="111" />
        <source>Coefficient above the norm</source>
        <translation>Нормативтен тыс коэффициент</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="68" />
        <source>Fee within the norm</source>
        <translation>Норматив шегіндегі төлемақы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="70" />
        <source>Fee above the norm</source>
        <translation>Нормативтен тыс төлемақы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="72" />
        <location filename="../../greendesk/reports/fees_report.py" line="113" />
        <location filename="../../greendesk/reports/fees_report.py" line="153" />
        <location filename="../../greendesk/reports/fees_report.py" line="177" />
        <source>Fee</source>
        <translation>Төлемақы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="73" />
        <location filename="../../greendesk/reports/fees_report.py" line="114" />
        <source>Legal basis of the rate</source>
        <translation>Мөлшерлеменің құқықтық негізі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="74" />
        <location filename="../../greendesk/reports/fees_report.py" line="115" />
        <source>Rate confirmed</source>
        <translation>Мөлшерлеме расталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="75" />
        <location filename="../../greendesk/reports/fees_report.py" line="149" />
        <source>Fee for emissions</source>
        <translation>Шығарындылар үшін төлемақы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="76" />
        <source>Emissions of pollutants from stationary sources</source>
        <translation>Стационарлық көздерден ластаушы заттардың шығарындылары</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="78" />
        <source>Fee = mass × rate (MCI per t) × MCI × coefficient; the rates and the MCI in force on the quarter's first day (Tax Code, Art. 576 p. 1). Mobile sources and sites of category IV pay none. %s</source>
        <translation>Төлемақы = масса × мөлшерлеме (т үшін АЕК) × АЕК × коэффициент; тоқсанның бірінші күніне қолданыстағы мөлшерлемелер мен АЕК (Салық кодексі, 576-бап 1-тармақ). Жылжымалы көздер мен IV санаттағы объектілер төлемақы төлемейді. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="104" />
        <source>Placed within the burial limit, net</source>
        <translation>Көму нормативі шегінде орналастырылды, нетто</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="106" />
        <source>Placed above the burial limit</source>
        <translation>Көму нормативінен тыс орналастырылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="118" />
        <source>Fee = quantity placed (net of what was taken out) × rate (MCI per t) × MCI, the part above the permit's burial limit × the above-norm coefficient. The yearly limit is counted from 1 January: once the year's running total passes it, what a quarter places beyond it is above the norm (check against current law). %s</source>
        <translation>Төлемақы = орналастырылған мөлшер (алынғанын шегергенде) × мөлшерлеме (1 т үшін АЕК) × АЕК, рұқсаттағы көму нормативінен тыс бөлігі × нормативтен тыс коэффициент. Жылдық норматив 1 қаңтардан бастап өспелі қорытындымен есептеледі: жылдық қорытынды одан асқанда, тоқсанда одан тыс орналастырылғаны нормативтен тыс болады (қолданыстағы заңнамамен салыстырып тексеріңіз). %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="116" />
        <location filename="../../greendesk/reports/fees_report.py" line="151" />
        <source>Fee for waste</source>
        <translation>Қалдықтар үшін төлемақы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="117" />
        <source>Placement of waste in own formations</source>
        <translation>Қалдықтарды меншікті жинақтағыштарда орналастыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="141" />
        <source>Total fee</source>
        <translation>Төлемақы жиыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="156" />
        <source>Lines whose rate is not confirmed were priced with values the loaded rates mark as illustrative: check them against the law in force.</source>
        <translation>Мөлшерлемесі расталмаған жолдар жүктелген мөлшерлемелер шартты деп белгілеген мәндермен есептелді: оларды қолданыстағы заңмен салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="159" />
        <source>Fee summary</source>
        <translation>Төлемақы жиынтығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="79" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="80" />
        <source>Applicable actions</source>
        <translation>Қолданылатын іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="82" />
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="83" />
        <source>Progress</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="86" />
        <source>Plan progress</source>
        <translation>Жоспардың орындалуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="87" />
        <source>Progress of each greening measure</source>
        <translation>Әр экологияландыру шарасының орындалуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="88" />
        <source>Formulas count the actions on sheet '%s'.</source>
        <translation>Формулалар «%s» парағындағы іс-шараларды санайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="22" />
        <source>Flow ledger extract</source>
        <translation>Ағындар журналынан үзінді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="23" />
        <location filename="../../greendesk/reports/receipts_sheet.py" line="110" />
        <source>Total mass</source>
        <translation>Жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="24" />
        <source>Total volume</source>
        <translation>Жалпы көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="25" />
        <source>Total energy</source>
        <translation>Жалпы энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="33" />
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="34" />
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="35" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="36" />
        <source>Quantity as entered</source>
        <translation>Енгізілген саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="37" />
        <source>Unit entered</source>
        <translation>Енгізілген бірлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="38" />
        <source>Canonical quantity</source>
        <translation>Негізгі бірліктегі саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="39" />
        <source>Canonical unit</source>
        <translation>Негізгі бірлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="40" />
        <source>Quantity kind</source>
        <translation>Шама түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="41" />
        <location filename="../../greendesk/reports/pek_report.py" line="61" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="42" />
        <source>Reconciliation</source>
        <translation>Балансты үйлестіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="43" />
        <source>Uncertainty</source>
        <translation>Белгісіздік</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="185" />
        <location filename="../../greendesk/reports/ledger_extract.py" line="44" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="64" />
        <source>There are no flow records in the period for the chosen sites.</source>
        <translation>Таңдалған алаңдар үшін кезеңде ағын жазбалары жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="67" />
        <source>Ledger</source>
        <translation>Ағындар журналы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="98" />
        <source>Records</source>
        <translation>Жазбалар саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="20" />
        <source>Rational use of mineral resources</source>
        <translation>Минералдық ресурстарды ұтымды пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="28" />
        <source>There are no flows to compute the indicators from.</source>
        <translation>Көрсеткіштерді есептейтін ағындар жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="34" />
        <location filename="../../greendesk/reports/rational_use.py" line="75" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="36" />
        <location filename="../../greendesk/reports/rational_use.py" line="78" />
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="79" />
        <source>Emitted</source>
        <translation>Шығарылған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="80" />
        <source>Shipped to customers</source>
        <translation>Тұтынушыларға жөнелтілген</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="85" />
        <source>Air indicators</source>
        <translation>Атмосфера көрсеткіштері</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="86" />
        <source>Emissions and greenhouse gases per tonne shipped</source>
        <translation>Жөнелтілген өнімнің бір тоннасына шығарындылар мен парниктік газдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="88" />
        <source>Pollutants emitted to air (greenhouse gases aside) and the CO₂-equivalent of the fuels burned (GWP AR5), from the emission sources, ÷ mass shipped to customers; blank where no emission has a mass. %s</source>
        <translation>Атмосфераға шығарылған ластағыш заттар (парниктік газдарсыз) және жағылған отынның CO₂-баламасы (ЖЖӘП AR5) шығарындылар көздері бойынша ÷ тұтынушыларға жөнелтілген масса; бірде-бір шығарындының массасы жоқ жерде бос. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="114" />
        <source>No emission source with a mass at the chosen sites.</source>
        <translation>Таңдалған объектілерде массасы есептелген шығарындылар көзі жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="26" />
        <source>Node</source>
        <translation>Түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="27" />
        <location filename="../../greendesk/reports/rational_use.py" line="37" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="28" />
        <source>Metal in feed</source>
        <translation>Қоректендірудегі металл</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="29" />
        <source>Metal in products</source>
        <translation>Өнімдердегі металл</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="31" />
        <source>Commercial recovery</source>
        <translation>Тауарлық бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="33" />
        <source>Technological recovery</source>
        <translation>Технологиялық бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="35" />
        <source>Metal unaccounted</source>
        <translation>Металдың есепке алынбаған шығындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="37" />
        <source>Yield</source>
        <translation>Шығым</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="39" />
        <source>Ratio of concentration</source>
        <translation>Қысқару дәрежесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="41" />
        <source>Enrichment ratio</source>
        <translation>Байыту дәрежесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="43" />
        <source>Where to look</source>
        <translation>Себебін қайдан іздеу керек</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="52" />
        <source>Metal balance</source>
        <translation>Металл балансы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="53" />
        <source>Technological and commercial metal balance</source>
        <translation>Металдың технологиялық және тауарлық балансы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="54" />
        <source>Per process node: recovery from weighed tonnages × assays (commercial) and from assays alone (technological). %s</source>
        <translation>Технологиялық түйіндер бойынша: өлшенген мөлшерлер × талдаулар бойынша бөліп алу (тауарлық) және тек талдаулар бойынша (технологиялық). %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="38" />
        <source>Numerator</source>
        <translation>Алымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="39" />
        <source>Denominator</source>
        <translation>Бөлімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="19" />
        <source>Hazardous waste passports</source>
        <translation>Қауіпті қалдықтардың паспорттары</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="23" />
        <source>Waste</source>
        <translation>Қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="24" />
        <source>Composition</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="25" />
        <source>Hazardous properties</source>
        <translation>Қауіпті қасиеттері</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="26" />
        <source>Precautions</source>
        <translation>Сақтық шаралары</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="27" />
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="29" />
        <location filename="../../greendesk/reports/passport_report.py" line="122" />
        <location filename="../../greendesk/reports/passport_report.py" line="123" />
        <source>Generating process</source>
        <translation>Түзілу процесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="29" />
        <source>Choose the process that generates the waste (Waste register ▸ Edit).</source>
        <translation>Қалдықтар түзілетін процесті таңдаңыз (Қалдықтар тізілімі ▸ Өзгерту).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="31" />
        <source>Choose the green, amber or red level (Waste register ▸ Edit).</source>
        <translation>Жасыл, сары немесе қызыл деңгейді таңдаңыз (Қалдықтар тізілімі ▸ Өзгерту).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="33" />
        <source>Enter the components and their shares with the laboratory protocol or calculation they come from (Waste register ▸ Passport data…).</source>
        <translation>Компоненттерді және олардың үлестерін негізделген зертханалық сынақ хаттамасымен немесе есеппен көрсетіңіз (Қалдықтар тізілімі ▸ Паспорт деректері…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="36" />
        <location filename="../../greendesk/reports/passport_report.py" line="136" />
        <source>Basis of the share</source>
        <translation>Үлестің негіздемесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="36" />
        <source>Enter the laboratory protocol (number and date) or calculation the share comes from (Waste register ▸ Passport data…).</source>
        <translation>Үлес негізделген зертханалық сынақ хаттамасын (нөмірі мен күні) немесе есепті көрсетіңіз (Қалдықтар тізілімі ▸ Паспорт деректері…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="39" />
        <source>Record the hazardous properties HP1–HP15 or C16 of the waste (Waste register ▸ Edit).</source>
        <translation>Қалдықтардың HP1–HP15 немесе C16 қауіпті қасиеттерін көрсетіңіз (Қалдықтар тізілімі ▸ Өзгерту).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="42" />
        <location filename="../../greendesk/reports/passport_report.py" line="142" />
        <source>Basis of the property</source>
        <translation>Қасиеттің негіздемесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="42" />
        <source>Enter the test, protocol or calculation that shows the property (Waste register ▸ Passport data…).</source>
        <translation>Қасиетті растайтын сынақты, хаттаманы немесе есепті көрсетіңіз (Қалдықтар тізілімі ▸ Паспорт деректері…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="45" />
        <location filename="../../greendesk/reports/passport_report.py" line="144" />
        <source>Handling</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="45" />
        <source>Enter the precautions for handling the waste (Waste register ▸ Passport data…).</source>
        <translation>Қалдықтарды қолдану кезіндегі сақтық шараларын көрсетіңіз (Қалдықтар тізілімі ▸ Паспорт деректері…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="48" />
        <location filename="../../greendesk/reports/passport_report.py" line="145" />
        <source>Transport</source>
        <translation>Тасымалдау</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="48" />
        <source>Enter the precautions for transporting the waste (Waste register ▸ Passport data…).</source>
        <translation>Қалдықтарды тасымалдау кезіндегі сақтық шараларын көрсетіңіз (Қалдықтар тізілімі ▸ Паспорт деректері…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="51" />
        <location filename="../../greendesk/reports/passport_report.py" line="146" />
        <source>Storage</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="51" />
        <source>Enter the precautions for storing the waste (Waste register ▸ Passport data…).</source>
        <translation>Қалдықтарды сақтау кезіндегі сақтық шараларын көрсетіңіз (Қалдықтар тізілімі ▸ Паспорт деректері…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="54" />
        <source>Enter who prepared the passport (Waste register ▸ Passport data…).</source>
        <translation>Паспортты кім жасағанын көрсетіңіз (Қалдықтар тізілімі ▸ Паспорт деректері…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="56" />
        <source>Enter the date the passport was prepared (Waste register ▸ Passport data…).</source>
        <translation>Паспорттың жасалған күнін көрсетіңіз (Қалдықтар тізілімі ▸ Паспорт деректері…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="62" />
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="63" />
        <source>Item</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="64" />
        <location filename="../../greendesk/reports/pek_report.py" line="178" />
        <location filename="../../greendesk/reports/rational_use.py" line="41" />
        <location filename="../../greendesk/reports/rational_use.py" line="83" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="65" />
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="80" />
        <location filename="../../greendesk/reports/passport_report.py" line="68" />
        <location filename="../../greendesk/reports/pek_report.py" line="106" />
        <source>Basis</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="71" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="72" />
        <source>What to enter</source>
        <translation>Не көрсету керек</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="83" />
        <source>No hazardous waste types are registered for the chosen sites.</source>
        <translation>Таңдалған алаңдар үшін қауіпті қалдықтардың түрлері тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="88" />
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="89" />
        <source>Passport fields not entered</source>
        <translation>Паспорттардың толтырылмаған өрістері</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="90" />
        <source>Each field below prints as “not entered” on its passport until it is entered in the waste register.</source>
        <translation>Төмендегі әр өріс қалдықтар тізілімінде толтырылғанша паспортта «көрсетілмеген» деп басылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="113" />
        <source>Hazardous waste passport</source>
        <translation>Қауіпті қалдықтардың паспорты</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="118" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="119" />
        <source>Classifier description</source>
        <translation>Сыныптауыш бойынша сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="124" />
        <source>Physical state</source>
        <translation>Агрегаттық күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="130" />
        <source>Mirror entry assessment</source>
        <translation>Айналық кодты бағалау</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="42" />
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="45" />
        <source>Indicators of the whole site chain for the same period of each of the last five years; the latest: %s.</source>
        <translation>Алаңдардың бүкіл тізбегінің соңғы бес жылдың әрқайсысының сол кезеңіндегі көрсеткіштері; соңғысы: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="48" />
        <source>Rational use</source>
        <translation>Ұтымды пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="43" />
        <source>Indicators of the whole site chain, the last five years to %s.</source>
        <translation>Алаңдардың бүкіл тізбегінің соңғы бес жылдағы (%s дейін) көрсеткіштері.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="46" />
        <source>No waste types are registered for the chosen sites.</source>
        <translation>Таңдалған алаңдар үшін қалдық түрлері тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="102" />
        <location filename="../../greendesk/reports/passport_report.py" line="69" />
        <location filename="../../greendesk/reports/pek_report.py" line="242" />
        <location filename="../../greendesk/reports/waste_limits.py" line="26" />
        <location filename="../../greendesk/reports/waste_report.py" line="91" />
        <location filename="../../greendesk/reports/waste_report.py" line="130" />
        <source>Waste type</source>
        <translation>Қалдық түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="61" />
        <location filename="../../greendesk/reports/waste_report.py" line="187" />
        <source>Hazardous</source>
        <translation>Қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="31" />
        <location filename="../../greendesk/reports/passport_report.py" line="126" />
        <location filename="../../greendesk/reports/passport_report.py" line="127" />
        <location filename="../../greendesk/reports/waste_report.py" line="63" />
        <source>Legacy level</source>
        <translation>Бұрынғы деңгей</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="31" />
        <source>Stock at start</source>
        <translation>Басындағы жинақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="27" />
        <source>Waste report</source>
        <translation>Қалдықтар бойынша есеп</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="32" />
        <location filename="../../greendesk/reports/waste_report.py" line="186" />
        <source>Generated</source>
        <translation>Түзілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="36" />
        <location filename="../../greendesk/reports/waste_report.py" line="160" />
        <source>Transferred</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="26" />
        <source>Production environmental control report</source>
        <translation>Өндірістік экологиялық бақылау туралы есеп</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="36" />
        <source>No production environmental control programme is recorded for the chosen sites' monitoring points.</source>
        <translation>Таңдалған алаңдардың бақылау нүктелері үшін өндірістік экологиялық бақылау бағдарламасы енгізілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="50" />
        <location filename="../../greendesk/reports/pek_report.py" line="58" />
        <source>Monitoring point</source>
        <translation>Бақылау нүктесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="60" />
        <source>Frequency</source>
        <translation>Кезеңділік</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="62" />
        <source>Laboratory</source>
        <translation>Зертхана</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="63" />
        <source>Measurements planned</source>
        <translation>Жоспарланған өлшеулер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="64" />
        <source>Measurements made</source>
        <translation>Орындалған өлшеулер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="65" />
        <location filename="../../greendesk/reports/pek_report.py" line="94" />
        <source>Fulfilment</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="66" />
        <source>Missing</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="67" />
        <source>Programme fulfilment</source>
        <translation>Бағдарламаның орындалуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="69" />
        <source>Each line plans one measurement per month, quarter, half-year or year of its frequency ending in the period; made: those with a reading; missing: those without one, named. %s</source>
        <translation>Әр жол бойынша кезеңде аяқталатын кезеңділігінің әр айына, тоқсанына, жарты жылына немесе жылына бір өлшеу жоспарланады; орындалды — өлшемі барлары; өткізілді — өлшемі жоқтары, мерзімімен. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="88" />
        <source>Total planned</source>
        <translation>Барлығы жоспарланды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="91" />
        <source>Total made</source>
        <translation>Барлығы орындалды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="111" />
        <source>Highest reading, g/s</source>
        <translation>Ең үлкен өлшем, г/с</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="113" />
        <source>Norm, g/s</source>
        <translation>Норматив, г/с</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="116" />
        <source>Emissions to air against the permit's norms</source>
        <translation>Атмосфераға шығарындылар рұқсат нормативтерімен салыстырғанда</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="118" />
        <source>Measured: from the instrumental g/s readings at the source; calculated: activity from the ledger × factor × (1 − η). The norm in t/year counted by the period's days; a mass left blank is named below the table. %s</source>
        <translation>Өлшенген: көздегі г/с аспаптық өлшемдері бойынша; есептелген: журналдағы қызмет × коэффициент × (1 − η). Т/жыл норматив кезең күндеріне пропорционал; бос масса кестенің астында аталған. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="135" />
        <source>No emission source is recorded at the chosen sites.</source>
        <translation>Таңдалған объектілерде бірде-бір шығарындылар көзі енгізілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="145" />
        <source>Norm, lower</source>
        <translation>Норматив, төменгі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="147" />
        <source>Norm, upper</source>
        <translation>Норматив, жоғарғы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="149" />
        <source>Basis of the norm</source>
        <translation>Нормативтің негізі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="150" />
        <source>Readings</source>
        <translation>Өлшемдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="151" />
        <source>Lowest</source>
        <translation>Ең төмен</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="153" />
        <source>Highest</source>
        <translation>Ең жоғары</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="155" />
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="157" />
        <source>Beyond the norm</source>
        <translation>Нормативтен тыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="158" />
        <location filename="../../greendesk/reports/pek_report.py" line="159" />
        <source>Results against norms</source>
        <translation>Нәтижелер мен нормативтер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="90" />
        <location filename="../../greendesk/reports/emissions_report.py" line="182" />
        <location filename="../../greendesk/reports/pek_report.py" line="108" />
        <location filename="../../greendesk/reports/pek_report.py" line="180" />
        <source>Norm</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="182" />
        <location filename="../../greendesk/reports/pek_report.py" line="184" />
        <source>Excess</source>
        <translation>Асу шамасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="185" />
        <location filename="../../greendesk/reports/pek_report.py" line="216" />
        <source>Actions taken</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="186" />
        <source>Norm exceedances</source>
        <translation>Нормативтен асулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="187" />
        <source>Exceedances of the norms</source>
        <translation>Нормативтерден асу</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="188" />
        <source>Excess: how far the value is beyond the norm (above an upper norm, below a lower one). %s</source>
        <translation>Асу шамасы — мән нормативтен қаншалықты шығады (жоғарғысынан жоғары, төменгісінен төмен). %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="192" />
        <source>greening plan actions at the site: %d (see Actions taken)</source>
        <translation>алаңдағы экологияландыру жоспарының шаралары: %d («Қабылданған шаралар» парағын қараңыз)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="194" />
        <source>none recorded</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="212" />
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="214" />
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="215" />
        <source>Status or response</source>
        <translation>Мәртебесі немесе қабылданған шаралар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="217" />
        <source>Actions taken at the sites with exceedances</source>
        <translation>Нормативтен асу болған алаңдарда қабылданған шаралар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="219" />
        <source>Incidents logged in the period and greening plan actions under way or done in it. %s</source>
        <translation>Кезеңде тіркелген инциденттер және онда орындалып жатқан немесе орындалған экологияландыру жоспарының шаралары. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="223" />
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="232" />
        <source>No incident and no greening plan action is recorded at these sites for the period.</source>
        <translation>Кезеңде бұл алаңдарда бірде-бір инцидент те, экологияландыру жоспарының шарасы да тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="245" />
        <location filename="../../greendesk/reports/waste_report.py" line="65" />
        <source>Stock at end</source>
        <translation>Соңындағы жинақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="246" />
        <source>Waste figures</source>
        <translation>Қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="247" />
        <source>Waste figures from the register</source>
        <translation>Қалдықтар тізілімінің деректері</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="248" />
        <source>The waste report's inventory for the period. %s</source>
        <translation>Қалдықтар есебіндегідей кезеңдегі қалдықтарды түгендеу. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="48" />
        <location filename="../../greendesk/reports/waste_report.py" line="73" />
        <location filename="../../greendesk/reports/waste_report.py" line="242" />
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="74" />
        <source>not classified</source>
        <translation>жіктелмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="105" />
        <source>Formation node</source>
        <translation>Түзілім түйіні</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="106" />
        <source>Formation in the register</source>
        <translation>Тізілімдегі түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="107" />
        <source>Placed</source>
        <translation>Орналастырылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="108" />
        <source>Taken out</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="109" />
        <source>Placed, net</source>
        <translation>Орналастырылды, нетто</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="110" />
        <source>Placements</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="111" />
        <source>Waste placed in own formations</source>
        <translation>Меншікті түзілімдерге орналастырылған қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="118" />
        <source>Total placed, net</source>
        <translation>Барлығы орналастырылды, нетто</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="125" />
        <location filename="../../greendesk/reports/waste_report.py" line="229" />
        <source>Contractor</source>
        <translation>Мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="129" />
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="132" />
        <location filename="../../greendesk/reports/waste_report.py" line="134" />
        <source>Transfers</source>
        <translation>Қалдықтарды беру</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="22" />
        <source>Receipts</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="23" />
        <source>Expenditures</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="24" />
        <source>Unaccounted</source>
        <translation>Есепке алынбаған шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="28" />
        <source>Side</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="29" />
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="31" />
        <location filename="../../greendesk/reports/waste_report.py" line="133" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="33" />
        <source>Share of receipts</source>
        <translation>Кірістегі үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="48" />
        <location filename="../../greendesk/reports/receipts_sheet.py" line="49" />
        <source>Receipts and expenditures</source>
        <translation>Кіріс және шығыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="50" />
        <source>Per site, node and month: materials received and dispatched, stock counted, the total mass's unaccounted loss, and a material's own only where it passes through unchanged. %s</source>
        <translation>Алаңдар, тораптар және айлар бойынша: түскен және жіберілген материалдар, түгендеу бойынша қалдықтар, жалпы массаның есепке алынбаған шығындары, ал жеке материал бойынша — тек ол өзгеріссіз өтетін жерде. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="60" />
        <source>Opening stock: %s</source>
        <translation>Кезең басындағы қалдық: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="62" />
        <source>Closing stock: %s</source>
        <translation>Кезең соңындағы қалдық: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="64" />
        <source>Accounted loss (%s): %s</source>
        <translation>Есепке алынған шығындар (%s): %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="95" />
        <source>Receipts, total mass</source>
        <translation>Кіріс барлығы, жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="100" />
        <source>Received with opening stock, total mass</source>
        <translation>Кезең басындағы қалдықпен кіріс, жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="103" />
        <source>Spent, total mass</source>
        <translation>Шығыс барлығы, жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="122" />
        <source>%s (passing through)</source>
        <translation>%s (өзгеріссіз өтеді)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="135" />
        <source>Transfers per contractor and R/D operation</source>
        <translation>Мердігерлер мен R/D операциялары бойынша қалдықтарды беру</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="137" />
        <location filename="../../greendesk/reports/waste_report.py" line="157" />
        <source>not recorded</source>
        <translation>жазылмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="143" />
        <source>Total transferred</source>
        <translation>Барлығы берілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="161" />
        <source>R and D operations</source>
        <translation>Қалпына келтіру және жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="162" />
        <source>Transferred waste by recovery (R) and disposal (D) operation</source>
        <translation>Берілген қалдықтар қалпына келтіру және жою операцияларының кодтары бойынша</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="188" />
        <source>Non-hazardous</source>
        <translation>Қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="189" />
        <source>Recycled (incl. incineration)</source>
        <translation>Қайта өңделді (өртеуді қоса)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="191" />
        <source>Recycling share</source>
        <translation>Қайта өңдеу үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="194" />
        <source>Waste per tonne of main product</source>
        <translation>Негізгі өнім тоннасына қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="203" />
        <location filename="../../greendesk/reports/waste_report.py" line="204" />
        <source>Waste indicators</source>
        <translation>Қалдықтар көрсеткіштері</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="205" />
        <source>The recycling share is recycled ÷ generated and is not capped: above 100 % old stock was processed.</source>
        <translation>Қайта өңдеу үлесі = қайта өңделген ÷ түзілген, жоғарғы шегі жоқ: 100 %-дан жоғары болса, бұрын жинақталған қалдықтар өңделген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="127" />
        <location filename="../../greendesk/reports/waste_report.py" line="231" />
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="33" />
        <source>Received from others</source>
        <translation>Басқалардан алынды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="34" />
        <source>Recovered on site</source>
        <translation>Алаңда қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="35" />
        <source>Disposed on site or lost</source>
        <translation>Алаңда жойылды немесе жоғалды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="37" />
        <source>Placed in own formations</source>
        <translation>Меншікті түзілімдерге орналастырылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="62" />
        <source>HP properties</source>
        <translation>Қауіпті қасиеттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="66" />
        <source>Waste inventory</source>
        <translation>Қалдықтарды түгендеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="67" />
        <source>Stock at end = stock at start + generated + received − recovered − disposed − transferred − placed. Stock is what the storages hold; placed is net of what was taken out of own formations. %s</source>
        <translation>Соңындағы жинақталған = басындағы жинақталған + түзілген + алынған − қалпына келтірілген − жойылған − берілген − орналастырылған. Жинақталған — жинақтау орындарындағысы; орналастырылған — меншікті түзілімдерден алынғанын шегергенде. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="128" />
        <location filename="../../greendesk/reports/waste_report.py" line="232" />
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="192" />
        <source>Stock at the end of the period</source>
        <translation>Кезең соңындағы жинақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="196" />
        <source>Generated in the same period of the previous year</source>
        <translation>Өткен жылдың сол кезеңінде түзілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="198" />
        <source>Generated, change on the same period of the previous year</source>
        <translation>Түзілді, өткен жылдың сол кезеңіне қарағанда өзгерісі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="200" />
        <source>Compared with %s.</source>
        <translation>Салыстырылатын кезең: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="201" />
        <source>Not compared: the period is longer than a year.</source>
        <translation>Салыстырылмайды: кезең бір жылдан ұзақ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="233" />
        <source>Valid at the end of the period</source>
        <translation>Кезең соңында жарамды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="234" />
        <source>Operations licensed</source>
        <translation>Лицензияланған операциялар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="235" />
        <source>Contractors</source>
        <translation>Мердігерлер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="236" />
        <source>Waste contractors and their licences</source>
        <translation>Қалдықтар жөніндегі мердігерлер және олардың лицензиялары</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="181" />
        <source>Sheet {sheet} is missing from the workbook.</source>
        <translation>Кітапта {sheet} парағы жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="195" />
        <source>Sheet {sheet} was added to the workbook after the export.</source>
        <translation>{sheet} парағы кітапқа экспорттан кейін қосылған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="202" />
        <source>The workbook matches the database.</source>
        <translation>Кітап дерекқорға сәйкес келеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="205" />
        <source>The workbook's cells match the database, but the fingerprint recorded in its hidden report record does not: the record was edited.</source>
        <translation>Кітаптың ұяшықтары дерекқормен сәйкес келеді, бірақ оның жасырын есеп жазбасында жазылған цифрлық із сәйкес келмейді: жазба өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="211" />
        <source>The workbook no longer matches the database; the first {n} differences are listed. The first: {first}</source>
        <translation>Кітап енді дерекқорға сәйкес келмейді; алғашқы {n} айырмашылық көрсетілген. Біріншісі: {first}</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="215" />
        <source>The workbook no longer matches the database: {n} difference(s). The first: {first}</source>
        <translation>Кітап енді дерекқорға сәйкес келмейді: айырмашылықтар — {n}. Біріншісі: {first}</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="223" />
        <source>The audit trail holds no record of exporting this workbook.</source>
        <translation>Өзгерістер журналында бұл кітапты экспорттау туралы жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="226" />
        <source>The audit trail records it as export #{entry} of {day} by {who}.</source>
        <translation>Өзгерістер журналында ол {day} күнгі №{entry} экспорт ретінде жазылған, орындаған: {who}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/context.py" line="102" />
        <source>{report} for {period}</source>
        <translation>{report} — {period}</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="153" />
        <source>Sheet {sheet} was hidden.</source>
        <translation>{sheet} парағы жасырылған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="157" />
        <source>Column {column} of sheet {sheet} was hidden.</source>
        <translation>{sheet} парағының {column} бағаны жасырылған.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="165" />
        <source>Row {row} of sheet {sheet} was hidden ({values}).</source>
        <translation>{sheet} парағының {row}-жолы жасырылған ({values}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="168" />
        <source>A row was inserted at row {row} of sheet {sheet} ({values}).</source>
        <translation>{sheet} парағына {row}-жол қосылған ({values}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="170" />
        <source>Row {row} of sheet {sheet} was deleted ({values}).</source>
        <translation>{sheet} парағының {row}-жолы жойылған ({values}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="171" />
        <source>Row {row} of sheet {sheet} ({values}) is in the workbook but not in the database.</source>
        <translation>{sheet} парағының {row}-жолы ({values}) кітапта бар, бірақ дерекқорда жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="173" />
        <source>Row {row} of sheet {sheet} ({values}) is in the database but not in the workbook.</source>
        <translation>{sheet} парағының {row}-жолы ({values}) дерекқорда бар, бірақ кітапта жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="205" />
        <source>Row {row} of sheet {sheet} was emptied ({values}).</source>
        <translation>{sheet} парағының {row}-жолы тазартылған ({values}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="214" />
        <source>Cell {cell} of sheet {sheet} holds {in_file}, the database gives {in_db}.</source>
        <translation>{sheet} парағының {cell} ұяшығында {in_file}, ал дерекқор бойынша — {in_db}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="228" />
        <source>Cell {cell} of sheet {sheet} is formatted as {format} instead of {exported}: it may show a figure other than the {value} it holds.</source>
        <translation>{sheet} парағының {cell} ұяшығының пішімі {exported} емес, {format}: ол ішіндегі {value} санынан басқа сан көрсетуі мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="234" />
        <source>The figure in cell {cell} of sheet {sheet} ({value}) is written in the colour of its background, so it cannot be seen.</source>
        <translation>{sheet} парағының {cell} ұяшығындағы сан ({value}) фон түсімен жазылған, сондықтан ол көрінбейді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_cached.py" line="119" />
        <source>The figure {sheet}!{cell} shows without recalculation was edited: {given} where its formula gives {value}.</source>
        <translation>{sheet}!{cell} қайта есептеусіз көрінетін мәні өзгертілген: {given}, ал формула {value} береді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="14" />
        <source>Accumulation</source>
        <translation>Жинақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="15" />
        <source>Burial</source>
        <translation>Көму</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="25" />
        <source>Permit</source>
        <translation>Рұқсат</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="28" />
        <source>Limit, t/year</source>
        <translation>Лимит, т/жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="30" />
        <source>Figure</source>
        <translation>Нақты</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="31" />
        <source>Above the limit</source>
        <translation>Лимиттен тыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="33" />
        <source>Permit limits</source>
        <translation>Рұқсаттар лимиттері</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="34" />
        <source>Waste limits of the permits</source>
        <translation>Экологиялық рұқсаттар бойынша қалдықтар лимиттері</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="35" />
        <source>Accumulation: the stock held at the end of the period; burial: placed net into own formations from 1 January to the end of the period. %s</source>
        <translation>Жинақтау — кезең соңындағы қалдық; көму — 1 қаңтардан кезең соңына дейін меншікті түзілімдерге орналастырылғаны (алынғанын шегергенде). %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="26" />
        <source>Greenhouse gas emissions</source>
        <translation>Парниктік газдар шығарындылары</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="30" />
        <source>Environmental Code of the Republic of Kazakhstan, chapter 20</source>
        <translation>Қазақстан Республикасының Экология кодексі, 20-тарау</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="52" />
        <source>Greenhouse gases are reported per calendar year: choose a year.</source>
        <translation>Парниктік газдар күнтізбелік жыл бойынша есептеледі: жылды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="56" />
        <source>No source at the chosen sites burns a fuel with a greenhouse gas factor.</source>
        <translation>Таңдалған объектілердегі бірде-бір көз парниктік газ коэффициенті бар отынды жақпайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="62" />
        <source>Fuel</source>
        <translation>Отын</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="63" />
        <source>Fuel burned</source>
        <translation>Жағылған отын</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="64" />
        <source>NCV, GJ/t</source>
        <translation>ТЖЖ, ГДж/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="68" />
        <source>CO₂ factor, kg/TJ</source>
        <translation>CO₂ коэффициенті, кг/ТДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="70" />
        <source>CH₄ factor, kg/TJ</source>
        <translation>CH₄ коэффициенті, кг/ТДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="72" />
        <source>N₂O factor, kg/TJ</source>
        <translation>N₂O коэффициенті, кг/ТДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="74" />
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="76" />
        <source>CH₄</source>
        <translation>CH₄</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="77" />
        <source>N₂O</source>
        <translation>N₂O</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="78" />
        <source>CO₂e</source>
        <translation>CO₂-бал.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="80" />
        <source>Activity = fuel × NCV; gas = activity × factor / 10⁶; CO₂-equivalent = CO₂ + CH₄ × {ch4} + N₂O × {n2o} (GWP {set}). %s</source>
        <translation>Қызмет = отын × ТЖЖ; газ = қызмет × коэффициент / 10⁶; CO₂-баламасы = CO₂ + CH₄ × {ch4} + N₂O × {n2o} (ЖЖӘП {set}). %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="85" />
        <source>Greenhouse gases</source>
        <translation>Парниктік газдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="87" />
        <source>a factor changed in the year: weighted values shown</source>
        <translation>коэффициент жыл ішінде өзгерді: орташа өлшенген мәндер көрсетілген</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="130" />
        <source>process CO₂ of {source} by carbon balance ({carriers})</source>
        <translation>{source} көзінің көміртек балансы бойынша технологиялық CO₂ ({carriers})</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="144" />
        <source>CO₂, total</source>
        <translation>CO₂, барлығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="146" />
        <source>CO₂e, total</source>
        <translation>CO₂-бал., барлығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="148" />
        <source>Threshold, CO₂</source>
        <translation>Шек, CO₂</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="151" />
        <source>CO₂ minus the threshold (negative: below)</source>
        <translation>CO₂ шекті мәнді шегергенде (теріс — шектен төмен)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="155" />
        <source>The installation's CO₂ is above the threshold: it is subject to greenhouse gas regulation.</source>
        <translation>Қондырғының CO₂ шектен жоғары: ол парниктік газдар шығарындыларын реттеуге жатады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="157" />
        <source>The installation's CO₂ is within the threshold.</source>
        <translation>Қондырғының CO₂ шектен аспайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="159" />
        <source>The threshold of 20,000 t CO₂ a year: %s (the figure is not yet confirmed against the official text).</source>
        <translation>Жылына 20 000 т CO₂ шегі: %s (шама ресми мәтінмен әлі салыстырылмаған).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="162" />
        <source>Sources of the factors:</source>
        <translation>Коэффициенттердің дереккөздері:</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="166" />
        <source>Process CO₂ = (Σ carbon carriers in × t C per t − Σ carriers out × t C per t) × 44/12 (IPCC 2006 Guidelines, Vol. 3, ch. 4, mass balance). Carbon contents:</source>
        <translation>Технологиялық CO₂ = (Σ кірген көміртекті материалдар × т C/т − Σ шыққандар × т C/т) × 44/12 (IPCC 2006 нұсқаулығы, 3-том, 4-тарау, материалдық баланс). Көміртек мөлшері:</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/air_indicators.py" line="26" />
        <source>Emissions to air per tonne shipped</source>
        <translation>Жөнелтілген бір тоннаға атмосфераға шығарындылар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/air_indicators.py" line="27" />
        <source>Greenhouse gases per tonne shipped</source>
        <translation>Жөнелтілген бір тоннаға парниктік газдар</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="12" />
        <source>Start here</source>
        <translation>Жұмысты бастау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="14" />
        <source>Plant structure</source>
        <translation>Кәсіпорын құрылымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="16" />
        <source>Flow ledger</source>
        <translation>Ағындар журналы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="18" />
        <source>Materials</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="20" />
        <source>Balances</source>
        <translation>Баланстар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="22" />
        <source>Waste register</source>
        <translation>Қалдықтар тізілімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="24" />
        <source>Technogenic formations</source>
        <translation>Техногендік минералдық түзілімдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="26" />
        <source>Air and climate</source>
        <translation>Атмосфералық ауа және климат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="28" />
        <source>Greening plan</source>
        <translation>Экологияландыру жоспары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="30" />
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="32" />
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="34" />
        <source>Audit trail</source>
        <translation>Өзгерістер журналы</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../greendesk/ui/close_items.py" line="70" />
        <source>The record no longer exists.</source>
        <translation>Жазба енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/close_items.py" line="75" />
        <source>Add the contractor first, with its licence (Waste ▸ Contractors).</source>
        <translation>Алдымен мердігерді лицензиясымен қосыңыз (Қалдықтар ▸ Мердігерлер).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/close_items.py" line="86" />
        <source>Record the transfer's contractor</source>
        <translation>Берудің мердігерін көрсету</translation>
    </message>
</context>
<context>
    <name>waste</name>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="12" />
        <source>Explosive</source>
        <translation>Жарылыс қаупі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="13" />
        <source>Oxidising</source>
        <translation>Тотықтырғыш қасиеттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="14" />
        <source>Flammable</source>
        <translation>Өрт қаупі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="15" />
        <source>Irritant — skin irritation and eye damage</source>
        <translation>Тітіркендіргіш әсер — терінің тітіркенуі және көздің зақымдануы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="16" />
        <source>Specific target organ toxicity, aspiration toxicity</source>
        <translation>Спецификалық жүйелік уыттылық (нысана-ағзаға аспирациялық уыттылық)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="17" />
        <source>Acute toxicity</source>
        <translation>Жіті уыттылық</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="18" />
        <source>Carcinogenic</source>
        <translation>Канцерогендік</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="19" />
        <source>Corrosive</source>
        <translation>Күйдіргіш әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="20" />
        <source>Infectious</source>
        <translation>Инфекциялық қасиеттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="21" />
        <source>Toxic for reproduction</source>
        <translation>Бала туу қабілетіне уыттылық</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="22" />
        <source>Mutagenic</source>
        <translation>Мутагендік</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="23" />
        <source>Release of an acute toxic gas</source>
        <translation>Сумен, ауамен немесе қышқылмен жанасқанда уытты газдардың түзілуі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="24" />
        <source>Sensitising</source>
        <translation>Сенсибилизация</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="25" />
        <source>Ecotoxic</source>
        <translation>Экоуыттылық</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="26" />
        <source>Capable of exhibiting a hazardous property later</source>
        <translation>Бастапқы қалдықтардан жанама түрде бөлінетін жоғарыда аталған қауіпті қасиеттерді көрсету қабілеті</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="27" />
        <source>Persistent organic pollutants</source>
        <translation>Тұрақты органикалық ластағыштар (ТОЛ)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="32" />
        <source>Use as a fuel or to generate energy</source>
        <translation>Отын ретінде немесе энергия алу үшін өзге тәсілмен пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="33" />
        <source>Solvent reclamation or regeneration</source>
        <translation>Еріткіштерді рекуперациялау немесе регенерациялау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="34" />
        <source>Recycling of organic substances</source>
        <translation>Органикалық заттарды рециклингтеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="35" />
        <source>Recycling of metals and metal compounds</source>
        <translation>Металдар мен олардың қосылыстарын рециклингтеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="36" />
        <source>Recycling of other inorganic materials</source>
        <translation>Басқа бейорганикалық материалдарды рециклингтеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="37" />
        <source>Regeneration of acids or bases</source>
        <translation>Қышқылдарды немесе негіздерді регенерациялау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="38" />
        <source>Recovery of pollution-abatement components</source>
        <translation>Ластануға қарсы қолданылатын компоненттерді қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="39" />
        <source>Recovery of components from catalysts</source>
        <translation>Катализатор компоненттерін қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="40" />
        <source>Oil re-refining or other reuses of oil</source>
        <translation>Майларды қайта өңдеу немесе өзге де қайта пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="41" />
        <source>Land treatment benefiting agriculture or ecology</source>
        <translation>Ауыл шаруашылығына немесе экологияға пайдалы топырақ өңдеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="42" />
        <source>Use of wastes obtained from R1–R10</source>
        <translation>R1–R10 операцияларынан алынған қалдықтарды пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="43" />
        <source>Exchange of wastes for R1–R11</source>
        <translation>R1–R11 операциялары үшін қалдықтармен алмасу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="44" />
        <source>Storage pending R1–R12</source>
        <translation>R1–R12 операцияларына дейін сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="45" />
        <source>Deposit into or onto land (landfill)</source>
        <translation>Жерге немесе жер бетіне көму (полигон)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="46" />
        <source>Land treatment</source>
        <translation>Топырақта өңдеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="47" />
        <source>Deep injection</source>
        <translation>Терең айдау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="48" />
        <source>Surface impoundment</source>
        <translation>Жерүсті жинағыштарында орналастыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="49" />
        <source>Specially engineered landfill</source>
        <translation>Арнайы жабдықталған полигон</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="50" />
        <source>Release into a water body</source>
        <translation>Су объектісіне төгу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="51" />
        <source>Release to seas and oceans</source>
        <translation>Теңіздер мен мұхиттарға төгу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="52" />
        <source>Biological treatment</source>
        <translation>Биологиялық өңдеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="53" />
        <source>Physico-chemical treatment</source>
        <translation>Физика-химиялық өңдеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="54" />
        <source>Incineration on land</source>
        <translation>Құрлықта өртеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="55" />
        <source>Incineration at sea</source>
        <translation>Теңізде өртеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="56" />
        <source>Permanent storage</source>
        <translation>Тұрақты сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="57" />
        <source>Blending or mixing prior to D1–D12</source>
        <translation>D1–D12 операцияларына дейін араластыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="58" />
        <source>Repackaging prior to D1–D13</source>
        <translation>D1–D13 операцияларына дейін қайта буып-түю</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="59" />
        <source>Storage pending D1–D14</source>
        <translation>D1–D14 операцияларына дейін сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="138" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="50" />
        <source>Green</source>
        <translation>Жасыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="139" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="51" />
        <source>Amber</source>
        <translation>Сарғылт</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="140" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="52" />
        <source>Red</source>
        <translation>Қызыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="141" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="43" />
        <source>Solid</source>
        <translation>Қатты</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="142" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="44" />
        <source>Dusty or powdery</source>
        <translation>Шаң тәрізді немесе ұнтақ тәрізді</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="143" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="45" />
        <source>Sludge or paste</source>
        <translation>Шлам тәрізді немесе паста тәрізді</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="144" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="46" />
        <source>Liquid</source>
        <translation>Сұйық</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="145" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="47" />
        <source>Gas in containers</source>
        <translation>Ыдыстардағы газ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="55" />
        <source>Record generation</source>
        <translation>Қалдықтардың түзілуін жазу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="56" />
        <source>Record recycling on site</source>
        <translation>Алаңда қайта өңдеуді жазу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="57" />
        <source>Record transfer to a contractor</source>
        <translation>Мердігерге беруді жазу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="58" />
        <source>Record placement in a formation</source>
        <translation>Түзілімге орналастыруды жазу</translation>
    </message>
</context>
</TS>