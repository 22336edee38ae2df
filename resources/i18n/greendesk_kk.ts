<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="24" />
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="26" />
        <source>e.g. Saryarka Copper JSC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="28" />
        <source>12 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="30" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="31" />
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
</context>
<context>
    <name>FlowEntryPanel</name>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="60" />
        <source>New flow record</source>
        <translation>Жаңа ағын жазбасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="70" />
        <source>e.g. 12 500,5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="81" />
        <source>not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="88" />
        <source>Save (Enter)</source>
        <translation>Сақтау (Enter)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="99" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="99" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="99" />
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="99" />
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="100" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="100" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="100" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="104" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="105" />
        <source>Uncertainty</source>
        <translation>Белгісіздік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="106" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="195" />
        <source>Enter the quantity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="199" />
        <source>%s is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="206" />
        <source>Choose %s from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="226" />
        <source>the source node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="227" />
        <source>the destination node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="228" />
        <source>the material</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FlowImportController</name>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="112" />
        <source>Import flow records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="113" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="122" />
        <source>Reading %s…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="122" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="124" />
        <source>Importing flow records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="156" />
        <source>Checking and writing the rows… %s %%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="168" />
        <source>Imported %1 flow records from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="185" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="192" />
        <source>The import failed unexpectedly and nothing was imported: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="197" />
        <source>Import again?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="198" />
        <source>Import it again anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="34" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="35" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="36" />
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="37" />
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="38" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="39" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="40" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="41" />
        <source>Canonical</source>
        <translation>Негізгі бірлікпен</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="42" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="43" />
        <source>Uncertainty, %</source>
        <translation>Белгісіздік, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="44" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="46" />
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="53" />
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="53" />
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="53" />
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="53" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="54" />
        <source>What is wrong</source>
        <translation>Не дұрыс емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="64" />
        <source>Copy list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="38" />
        <source>All periods</source>
        <translation>Барлық кезеңдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="38" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="39" />
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="39" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="40" />
        <source>From – to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="56" />
        <source>Search notes, nodes, materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="66" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="67" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="68" />
        <source>Node</source>
        <translation>Түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="69" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="69" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="70" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="70" />
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="98" />
        <source>All sites</source>
        <translation>Барлық алаңдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="100" />
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="102" />
        <source>All materials</source>
        <translation>Барлық материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="104" />
        <source>All methods</source>
        <translation>Барлық әдістер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="132" />
        <source>All nodes</source>
        <translation>Барлық түйіндер</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="52" />
        <source>Flow ledger</source>
        <translation>Ағындар журналы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="56" />
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="58" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="60" />
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="64" />
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="65" />
        <source>Import template…</source>
        <translation>Импорт үлгісі…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="191" />
        <location filename="../../greendesk/ui/ledger_view.py" line="230" />
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="228" />
        <source>Totals could not be computed: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="244" />
        <source>Add flow record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="256" />
        <source>%1 is not a valid %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="262" />
        <source>Edit flow record</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="279" />
        <source>Delete %n flow record(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="284" />
        <source>%n record(s) deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="299" />
        <source>%n row(s) copied.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="310" />
        <source>Save the flow import template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="311" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="317" />
        <source>The template could not be written: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="319" />
        <source>Template saved as %s.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="157" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="158" />
        <source>&amp;New database…</source>
        <translation>&amp;Жаңа дерекқор…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="160" />
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="162" />
        <source>Open &amp;recent</source>
        <translation>Соңғы &amp;ашылғандар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="165" />
        <source>Open &amp;demo plant</source>
        <translation>&amp;Демо кәсіпорынды ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="168" />
        <source>&amp;Import flow records…</source>
        <translation>Ағын жазбаларын &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="170" />
        <source>Save flow import &amp;template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="173" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="174" />
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="175" />
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="177" />
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="182" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="183" />
        <source>&amp;About GreenDesk</source>
        <translation>GreenDesk &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="197" />
        <source>(no recent databases)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="213" />
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="231" />
        <source>Database: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="233" />
        <source> (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="239" />
        <source>This database is read-only: you can look, but changes cannot be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="243" />
        <source>The database was upgraded to this version's format; the previous file was kept as %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="251" />
        <source>New GreenDesk database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="252" />
        <source>GreenDesk databases (*.sqlite *.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="257" />
        <source>%s already exists; choose Open to work with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="263" />
        <source>Open GreenDesk database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="264" />
        <source>GreenDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="273" />
        <source>Writing the demo plant…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="279" />
        <source>About GreenDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="280" />
        <source>&lt;b&gt;GreenDesk %s&lt;/b&gt;&lt;br&gt;The environmental officer's desk for mining and metallurgical plants.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="46" />
        <source>Edit material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="46" />
        <source>New material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="56" />
        <source>t/m³, optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="58" />
        <source>GJ per t or m³, optional (fuels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="60" />
        <source>tce per unit, optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="67" />
        <source>List of Waste code, wastes only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="70" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="70" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="71" />
        <source>Measured by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="72" />
        <source>Default unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="73" />
        <source>Density, t/m³</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="74" />
        <location filename="../../greendesk/ui/materials_view.py" line="105" />
        <source>Net calorific value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="75" />
        <location filename="../../greendesk/ui/materials_view.py" line="106" />
        <source>tce factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="76" />
        <source>tce factor per</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="77" />
        <source>List of Waste code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="78" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="103" />
        <source>Density</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MaterialsView</name>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="122" />
        <source>Materials</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="126" />
        <source>Add material</source>
        <translation>Материал қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="128" />
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="184" />
        <source>Material “%s” added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="188" />
        <source>Material “%s” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="191" />
        <source>Material “%1” saved; the canonical quantities of %2 record(s) were recomputed from their entries with the new properties.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../greendesk/ui/forms.py" line="44" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MoveNodeDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="89" />
        <source>Move node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="91" />
        <source>Move %s to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NodeDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="56" />
        <source>Edit node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="56" />
        <source>New node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="61" />
        <source>e.g. Flotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="66" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="67" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="68" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="69" />
        <source>Loss reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="70" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="36" />
        <source>Edit site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="36" />
        <source>New site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="44" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="45" />
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="46" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="50" />
        <source>Enterprise…</source>
        <translation>Кәсіпорын…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="52" />
        <source>Add site</source>
        <translation>Алаң қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="53" />
        <source>Add node</source>
        <translation>Түйін қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="55" />
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="57" />
        <source>Move to site…</source>
        <translation>Алаңға көшіру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="58" />
        <location filename="../../greendesk/ui/structure_view.py" line="324" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="65" />
        <source>This database has no enterprise yet. Enter its name and BIN to start describing your plant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="67" />
        <source>Enter the enterprise…</source>
        <translation type="unfinished" />
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
        <location filename="../../greendesk/ui/structure_view.py" line="88" />
        <source>Plant structure</source>
        <translation>Кәсіпорын құрылымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="132" />
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="133" />
        <source>BIN %s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/structure_view.py" line="312" />
        <source>Delete site “%s” and its %n node(s)?</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="316" />
        <source>Site “%s” deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="319" />
        <source>Delete node “%s”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="323" />
        <source>Node “%s” deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="16" />
        <source>Mine or quarry</source>
        <translation>Кеніш немесе карьер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="17" />
        <source>Concentrator</source>
        <translation>Байыту фабрикасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="18" />
        <source>Smelter or refinery</source>
        <translation>Металлургия зауыты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="19" />
        <source>Auxiliary</source>
        <translation>Қосалқы өндіріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="20" />
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="21" />
        <source>Stock or storage</source>
        <translation>Қор (қойма)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="22" />
        <source>Supplier (boundary)</source>
        <translation>Жеткізуші (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="23" />
        <source>Customer (boundary)</source>
        <translation>Тұтынушы (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="24" />
        <source>Environment (boundary)</source>
        <translation>Қоршаған орта (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="25" />
        <source>Waste contractor (boundary)</source>
        <translation>Қалдықтар жөніндегі мердігер (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="26" />
        <source>Accounted loss</source>
        <translation>Есепке алынған шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="27" />
        <source>Storage</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="28" />
        <source>Transport</source>
        <translation>Тасымалдау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="29" />
        <source>Handling</source>
        <translation>Тиеу-түсіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="30" />
        <source>Process losses</source>
        <translation>Технологиялық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="31" />
        <source>Measurement</source>
        <translation>Өлшеу қателігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="32" />
        <source>Raw material</source>
        <translation>Шикізат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="33" />
        <source>Reagent</source>
        <translation>Реагент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="34" />
        <source>Intermediate</source>
        <translation>Жартылай өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="35" />
        <source>Product</source>
        <translation>Өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="36" />
        <source>By-product</source>
        <translation>Қосалқы өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="37" />
        <source>Energy carrier</source>
        <translation>Энергия тасымалдағыш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="38" />
        <source>Water</source>
        <translation>Су</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="39" />
        <source>Waste</source>
        <translation>Қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="40" />
        <source>Mass</source>
        <translation>Масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="41" />
        <source>Volume</source>
        <translation>Көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="42" />
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="43" />
        <source>Measured</source>
        <translation>Өлшенген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="44" />
        <source>Calculated</source>
        <translation>Есептелген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="45" />
        <source>Estimated</source>
        <translation>Бағаланған</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="12" />
        <source>Plant structure</source>
        <translation>Кәсіпорын құрылымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="14" />
        <source>Flow ledger</source>
        <translation>Ағындар журналы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="16" />
        <source>Materials</source>
        <translation>Материалдар</translation>
    </message>
</context>
</TS>