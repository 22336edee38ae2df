<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="77" />
        <location filename="../../greendesk/ui/action_editor.py" line="162" />
        <source>Select an action</source>
        <translation>Іс-шараны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="89" />
        <source>tenge</source>
        <translation>теңге</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="92" />
        <source>e.g. t/yr less tailings, GJ/yr saved</source>
        <translation>мысалы, жылына т аз қалдық, жылына ГДж үнемдеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="96" />
        <source>why it does not apply here</source>
        <translation>мұнда неге қолданылмайды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="103" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="107" />
        <source>Attach file…</source>
        <translation>Файл тіркеу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="110" />
        <source>Save copy…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="112" />
        <source>Record a drill…</source>
        <translation>Оқу-жаттығуды жазу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="124" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="124" />
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="125" />
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="125" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="126" />
        <source>Cost class</source>
        <translation>Шығын сыныбы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="127" />
        <location filename="../../greendesk/ui/action_editor.py" line="192" />
        <source>Estimated cost</source>
        <translation>Болжамды шығын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="128" />
        <location filename="../../greendesk/ui/action_editor.py" line="193" />
        <source>Expected effect</source>
        <translation>Күтілетін әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="129" />
        <source>Effect unit</source>
        <translation>Әсер бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="130" />
        <source>Indicator moved</source>
        <translation>Өзгеретін көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="131" />
        <location filename="../../greendesk/ui/action_editor.py" line="195" />
        <source>Actual effect</source>
        <translation>Нақты әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="132" />
        <source>Not applicable because</source>
        <translation>Қолданылмайды, себебі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="133" />
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="143" />
        <source>Evidence</source>
        <translation>Растайтын құжаттар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="147" />
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="153" />
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
</context>
<context>
    <name>AnchorsPanel</name>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="52" />
        <source>Anchors outside the database</source>
        <translation>Дерекқордан тыс зәкірлер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="57" />
        <source>Workbook</source>
        <translation>Excel кітабы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="57" />
        <source>Entry</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="58" />
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="58" />
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="65" />
        <source>Check a workbook…</source>
        <translation>Кітапты тексеру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="67" />
        <source>Check a head…</source>
        <translation>Соңғы жазбаны тексеру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="74" />
        <source>Every exported workbook carries the trail's head. A copy the database's owner cannot change — the auditor's, a head written into a letter — shows whether the trail was cut or rewritten since; your own copies can be changed with it.</source>
        <translation>Әрбір экспортталған кітапта өзгерістер журналының соңғы жазбасы бар. Дерекқор иесі өзгерте алмайтын көшірме — аудитордағы көшірме немесе хатқа жазылған соңғы жазба — журналдың содан бері қысқартылғанын не қайта жазылғанын көрсетеді; өз көшірмелеріңіз онымен бірге өзгертілуі мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="115" />
        <source>A workbook GreenDesk exported</source>
        <translation>GreenDesk экспорттаған кітап</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="116" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="139" />
        <source>(written down)</source>
        <translation>(қолмен жазылған)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="141" />
        <source>%1 (export, entry #%2)</source>
        <translation>%1 (экспорт, № %2 жазба)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="143" />
        <source>not checked yet</source>
        <translation>әлі тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="144" />
        <source>holds</source>
        <translation>сақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="144" />
        <source>broken</source>
        <translation>бұзылған</translation>
    </message>
</context>
<context>
    <name>AssumptionsDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="341" />
        <source>Assumptions for %1</source>
        <translation>%1 үшін болжамдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="342" />
        <source>Default screening assumptions</source>
        <translation>Әдепкі бағалау болжамдары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="347" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="347" />
        <source>Price per t of metal, %1</source>
        <translation>Металдың 1 т бағасы, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="348" />
        <source>Recovery, %</source>
        <translation>Бөліп алу, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="349" />
        <source>Processing cost per t, %1</source>
        <translation>1 т өңдеу шығыны, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="362" />
        <source>default: %1 · %2 % · %3</source>
        <translation>әдепкі: %1 · %2 % · %3</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="375" />
        <source>Default: %1</source>
        <translation>Әдепкі: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="379" />
        <source>Leave a cell empty to use the default.</source>
        <translation>Әдепкі мәнді қолдану үшін ұяшықты бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="384" />
        <source>code, e.g. Mo</source>
        <translation>код, мысалы, Mo</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="386" />
        <source>Add component</source>
        <translation>Компонент қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="393" />
        <source>Another component</source>
        <translation>Басқа компонент</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="78" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="79" />
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="80" />
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="81" />
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="82" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="133" />
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="134" />
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="135" />
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="136" />
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="137" />
        <source>Period closed</source>
        <translation>Кезең жабылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="138" />
        <source>Period reopened</source>
        <translation>Кезең қайта ашылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="139" />
        <source>Restored</source>
        <translation>Қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="140" />
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="201" />
        <source>Audit trail</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="203" />
        <source>Change…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="212" />
        <source>Verify</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="213" />
        <source>Recompute the hash chain and compare every record with the trail</source>
        <translation>Хеш тізбегін қайта есептеп, әр жазбаны журналмен салыстыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="226" />
        <source>All actions</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="229" />
        <source>From</source>
        <comment>start of a date range</comment>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="231" />
        <source>to</source>
        <comment>end of a date range</comment>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="236" />
        <source>Search notes, records, people…</source>
        <translation>Ескертпелер, жазбалар, адамдар бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="272" />
        <location filename="../../greendesk/ui/audit_view.py" line="389" />
        <source>Select an entry to see what it changed.</source>
        <translation>Не өзгергенін көру үшін журнал жазбасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="274" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="274" />
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="275" />
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="280" />
        <source>Closed periods</source>
        <translation>Жабық кезеңдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="281" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="281" />
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="282" />
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="282" />
        <source>Reopened because</source>
        <translation>Қайта ашылу себебі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="284" />
        <source>Close a period…</source>
        <translation>Кезеңді жабу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="286" />
        <source>Reopen…</source>
        <translation>Қайта ашу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="323" />
        <location filename="../../greendesk/ui/audit_view.py" line="341" />
        <source>Not verified yet.</source>
        <translation>Әлі тексерілмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="361" />
        <source>All records</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/audit_view.py" line="381" />
        <source>Entries: %n</source>
        <translation>
            <numerusform>Жазбалар: %n</numerusform>
            <numerusform>Жазбалар: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="396" />
        <source>Entry #%1 · %2 %3 · %4 · %5</source>
        <translation>№ %1 жазба · %2 %3 · %4 · %5</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="419" />
        <source>Verifying the audit trail…</source>
        <translation>Өзгерістер журналын тексеру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="443" />
        <source>The audit trail could not be verified: %s</source>
        <translation>Өзгерістер журналын тексеру мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="453" />
        <source>Verified at %1: the trail is intact — %2 entries, the chain unbroken, and all %3 records match it.</source>
        <translation>%1 тексерілді: журнал бүтін — жазбалар саны %2, тізбек үзілмеген, барлық %3 жазба оған сәйкес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="458" />
        <source>Verified at %1: %2 problem(s) found. %3</source>
        <translation>%1 тексерілді: %2 мәселе табылды. %3</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="475" />
        <source>Officer: %s</source>
        <translation>Орындаушы: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="476" />
        <source>Officer: (not set)</source>
        <translation>Орындаушы: (көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="487" />
        <source>The settings could not be saved: %s</source>
        <translation>Баптауларды сақтау мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="499" />
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="499" />
        <source>reopened</source>
        <translation>қайта ашылған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="515" />
        <source>Close %s</source>
        <translation>%s жабу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="516" />
        <source>reopen the period in the Audit trail, with a reason.</source>
        <translation>кезеңді Өзгерістер журналында себебін көрсетіп қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="517" />
        <source>%s is closed: its records can no longer change.</source>
        <translation>%s кезеңі жабылды: оның жазбаларын енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="525" />
        <source>Select the closed period to reopen.</source>
        <translation>Қайта ашылатын жабық кезеңді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="534" />
        <source>Reopen %s</source>
        <translation>%s қайта ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="535" />
        <source>close the period again in the Audit trail.</source>
        <translation>кезеңді Өзгерістер журналында қайта жабыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="536" />
        <source>%s is open again.</source>
        <translation>%s кезеңі қайта ашылды.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="41" />
        <source>automatic, on opening</source>
        <translation>автоматты, ашқан кезде</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="42" />
        <source>made by hand</source>
        <translation>қолмен жасалған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="43" />
        <source>the file replaced by a restore</source>
        <translation>қалпына келтіру кезінде ауыстырылған файл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="46" />
        <source>a damaged file, kept as it was</source>
        <translation>бүлінген файл, сол күйінде сақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="49" />
        <source>before the upgrade from %s</source>
        <translation>%s нұсқасынан жаңартудың алдында</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="61" />
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="73" />
        <source>Other file…</source>
        <translation>Басқа файл…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="76" />
        <source>%s will be backed up first, then replaced by the backup you choose. Changes made since that backup are lost (they stay in the file kept aside).</source>
        <translation>Алдымен %s файлының сақтық көшірмесі жасалады, содан кейін ол сіз таңдаған көшірмемен ауыстырылады. Сол көшірмеден кейінгі өзгерістер жоғалады (олар бөлек сақталған файлда қалады).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="86" />
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="92" />
        <source>Restore from a backup file</source>
        <translation>Сақтық көшірме файлынан қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="94" />
        <source>GreenDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>GreenDesk дерекқорлары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="108" />
        <source>There is no backup of this database yet; choose another file.</source>
        <translation>Бұл дерекқордың сақтық көшірмесі әлі жоқ; басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="129" />
        <source>Restore this backup</source>
        <translation>Осы көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="158" />
        <source>&amp;Back up now</source>
        <translation>Сақтық &amp;көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="162" />
        <source>&amp;Restore from backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="192" />
        <source>%s could not be opened.</source>
        <translation>%s ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="202" />
        <source>The automatic backup failed: %s</source>
        <translation>Автоматты сақтық көшірме жасалмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="209" />
        <source>%s may be damaged.</source>
        <translation>%s файлы бүлінген болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="222" />
        <source>%1 The newest good backup is from %2 (%3).</source>
        <translation>%1 Ең соңғы жарамды сақтық көшірме — %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="249" />
        <source>Backed up to %1 (checked with SQLite's integrity check); the newest %2 backups are kept.</source>
        <translation>Сақтық көшірме %1 ішіне сақталды (SQLite тұтастық тексеруімен тексерілді); соңғы %2 көшірме сақталады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="273" />
        <source>The restore failed.</source>
        <translation>Қалпына келтіру сәтсіз аяқталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="294" />
        <source> The replaced file was kept as %s.</source>
        <translation> Ауыстырылған файл %s ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="300" />
        <source>Restored %1 from %2.</source>
        <translation>%1 файлы %2 көшірмесінен қалпына келтірілді.</translation>
    </message>
</context>
<context>
    <name>BalanceCharts</name>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="73" />
        <source>Monthly losses per node: accounted (solid) and unaccounted (light)</source>
        <translation>Түйіндер бойынша айлық шығындар: есепке алынған (тұтас) және есепке алынбаған (ашық)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="74" />
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="75" />
        <source>Unaccounted loss, % of inputs</source>
        <translation>Есепке алынбаған шығындар, кірістің %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="76" />
        <source>Energy intensity, GJ per tonne of production</source>
        <translation>Энергия сыйымдылығы, өнім тоннасына ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="77" />
        <source>GJ/t</source>
        <translation>ГДж/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="126" />
        <source>%1: accounted %2 t, unaccounted %3 t</source>
        <translation>%1: есепке алынған %2 т, есепке алынбаған %3 т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="139" />
        <source>(threshold %s %%)</source>
        <translation>(шегі %s %%)</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="114" />
        <source>Balances</source>
        <translation>Баланстар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="69" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="69" />
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="70" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="71" />
        <source>From – to</source>
        <translation>Еркін кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="79" />
        <source>Unaccounted losses larger than this share of inputs (loss or apparent gain) are highlighted.</source>
        <translation>Кірістің осы үлесінен асатын есепке алынбаған шығындар (шығын немесе көрінетін өсім) түспен белгіленеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="82" />
        <source>Record stock-taking…</source>
        <translation>Түгендеуді жазу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="83" />
        <source>Record what a stock holds at the end of a day; stock changes come from these counts.</source>
        <translation>Күн соңында қоймада қанша бар екенін жазыңыз; қор өзгерістері осы есептеулерден шығарылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="86" />
        <source>Reconcile</source>
        <translation>Үйлестіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="88" />
        <source>Adjust the site's measured flows within their uncertainties so that every process and stock balances, and test for gross errors.</source>
        <translation>Әр процесс пен қойманың балансы тоғысуы үшін алаңның өлшенген ағындарын олардың белгісіздігі шегінде түзету және өрескел қателерге тексеру.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="93" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="93" />
        <source>Node</source>
        <translation>Түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="94" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="95" />
        <source>Highlight unaccounted above</source>
        <translation>Есепке алынбаған шығындарды белгілеу шегі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="104" />
        <source>Material balance</source>
        <translation>Материалдық баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="105" />
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="106" />
        <source>Metal and indicators</source>
        <translation>Металл және көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="108" />
        <source>Charts</source>
        <translation>Графиктер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="110" />
        <source>Sankey</source>
        <translation>Санкей</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="111" />
        <source>Reconciliation</source>
        <translation>Балансты үйлестіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="148" />
        <source>Energy carriers are balanced here, in GJ and in tonnes of coal equivalent (each carrier's own tce factor, or 29.3076 GJ per tce). Fuels measured in tonnes count through their net calorific value and are not part of the material balance's total mass. Supplied = purchased + produced; energy flowing into a process is its metered use; unaccounted = supplied − use − passed on − accounted losses − stock change.</source>
        <translation>Мұнда энергия тасымалдағыштардың балансы ГДж және шартты отын тоннасымен (әр тасымалдағыштың өз коэффициенті бойынша немесе 1 т ш.о. үшін 29,3076 ГДж) жасалады. Тоннамен өлшенетін отын төменгі жану жылуы арқылы есептеледі және материалдық баланстың жалпы массасына кірмейді. Түскені = сатып алынғаны + өндірілгені; процеске түсетін энергия — оның есептелген тұтынуы; есепке алынбағаны = түскені − тұтыну − берілгені − есепке алынған шығындар − қор өзгерісі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="169" />
        <source>Contained metal = quantity × grade (assays of flows, or of a material leaving a node over a period)</source>
        <translation>Құрамындағы металл = саны × құрамы (ағындар сынамаларының немесе кезең ішінде түйіннен шығатын материал сынамаларының талдауы бойынша)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="173" />
        <source>Rational use of mineral resources (all sites)</source>
        <translation>Минералдық ресурстарды ұтымды пайдалану (барлық алаңдар)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="181" />
        <source>Default uncertainty (1σ) of records without their own:</source>
        <translation>Өз белгісіздігі жоқ жазбалар үшін әдепкі белгісіздік (1σ):</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="182" />
        <source>measured</source>
        <translation>өлшенген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="182" />
        <source>calculated</source>
        <translation>есептелген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="183" />
        <location filename="../../greendesk/ui/balance_view.py" line="451" />
        <source>estimated</source>
        <translation>бағаланған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="192" />
        <source>Save defaults</source>
        <translation>Әдепкі мәндерді сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="197" />
        <location filename="../../greendesk/ui/balance_view.py" line="294" />
        <source>Press Reconcile to adjust the site's flows for the chosen period.</source>
        <translation>Таңдалған кезеңдегі алаң ағындарын түзету үшін «Үйлестіру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="240" />
        <source>Whole site</source>
        <translation>Бүкіл алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="434" />
        <source>Save default uncertainties</source>
        <translation>Әдепкі белгісіздіктерді сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="56" />
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="56" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="57" />
        <source>Inputs</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="57" />
        <source>Outputs</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="58" />
        <source>Stock change</source>
        <translation>Қор өзгерісі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="59" />
        <source>Accounted: %s</source>
        <translation>Есепке алынған: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="61" />
        <source>Accounted, total</source>
        <translation>Есепке алынған, барлығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="62" />
        <source>Unaccounted</source>
        <translation>Есепке алынбаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="62" />
        <source>% of inputs</source>
        <translation>кірістің %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="83" />
        <source>Transformed, not lost: a process turns this material into others, so per material only the total mass shows the unaccounted loss.</source>
        <translation>Жоғалмаған, түрленген: процесс бұл материалды басқаларына айналдырады, сондықтан есепке алынбаған шығын жеке материал бойынша емес, тек жалпы масса бойынша көрінеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="107" />
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: no material flows.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: материалдық ағындар жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="114" />
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 — unaccounted loss of total mass: &lt;span style='color:%3'&gt;&lt;b&gt;%4 t&lt;/b&gt; (%5 % of inputs)&lt;/span&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 — жалпы массаның есепке алынбаған шығыны: &lt;span style='color:%3'&gt;&lt;b&gt;%4 т&lt;/b&gt; (кірістің %5 %)&lt;/span&gt;%6</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="120" />
        <source> — above the threshold</source>
        <translation> — шектен жоғары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="121" />
        <source>Energy carriers are balanced on the Energy tab (GJ and tce), not in the total mass. Volumes (m³) are totalled apart from masses.</source>
        <translation>Энергия тасымалдағыштардың балансы жалпы массада емес, «Энергия» қойындысында (ГДж және т ш.о.). Көлемдер (м³) массалардан бөлек қосылады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="128" />
        <source>Carrier</source>
        <translation>Тасымалдағыш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="128" />
        <source>Purchased, GJ</source>
        <translation>Сатып алынды, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="129" />
        <source>Produced, GJ</source>
        <translation>Өндірілді, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="129" />
        <source>Use, GJ</source>
        <translation>Тұтыну, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="130" />
        <source>Passed on, GJ</source>
        <translation>Берілді, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="131" />
        <source>Accounted losses, GJ</source>
        <translation>Есепке алынған шығындар, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="132" />
        <source>Stock change, GJ</source>
        <translation>Қор өзгерісі, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="133" />
        <source>Unaccounted, GJ</source>
        <translation>Есепке алынбаған, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="134" />
        <source>Supplied, tce</source>
        <translation>Түсті, т ш.о.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="134" />
        <source>Use, tce</source>
        <translation>Тұтыну, т ш.о.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="153" />
        <source>Energy use %1 GJ; production %2 t; energy intensity %3 GJ per tonne.</source>
        <translation>Энергия тұтыну %1 ГДж; өндіріс %2 т; энергия сыйымдылығы тоннасына %3 ГДж.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="162" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="162" />
        <source>Feed, t</source>
        <translation>Өңдеуге түсті, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="163" />
        <source>Products, t</source>
        <translation>Өнім, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="163" />
        <source>Wastes, t</source>
        <translation>Қалдықтар, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="164" />
        <source>Accounted losses, t</source>
        <translation>Есепке алынған шығындар, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="165" />
        <source>Unaccounted, t</source>
        <translation>Есепке алынбаған, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="165" />
        <source>Recovery, %</source>
        <translation>Бөліп алу, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="176" />
        <source>Recovery: %s</source>
        <translation>Бөліп алу: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="177" />
        <source>No assays for this scope and period.</source>
        <translation>Бұл қамту мен кезең үшін сынама талдаулары жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="178" />
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="178" />
        <source>Value, %</source>
        <translation>Мәні, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="179" />
        <source>Numerator</source>
        <translation>Алымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="179" />
        <source>Denominator</source>
        <translation>Бөлімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="180" />
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="314" />
        <source>Export charts as PNG…</source>
        <translation>Графиктерді PNG-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="335" />
        <source>Export charts</source>
        <translation>Графиктерді экспорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="337" />
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="344" />
        <source>Charts saved: %s</source>
        <translation>Графиктер сақталды: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="356" />
        <source>Mass (t)</source>
        <translation>Масса (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="357" />
        <source>Energy (GJ)</source>
        <translation>Энергия (ГДж)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="359" />
        <source>Export PNG or SVG…</source>
        <translation>PNG немесе SVG-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="362" />
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="374" />
        <source>Export the Sankey diagram</source>
        <translation>Санкей диаграммасын экспорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="375" />
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG сызбасы (*.svg);;PNG суреті (*.png)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="387" />
        <source>Sankey diagram saved as %s.</source>
        <translation>Санкей диаграммасы %s ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="396" />
        <source>This site has no stock nodes to count.</source>
        <translation>Бұл алаңда түгенделетін қойма түйіндері жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="20" />
        <location filename="../../greendesk/ui/balance_view.py" line="413" />
        <source>Record stock-taking</source>
        <translation>Түгендеуді жазу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="438" />
        <source>Default uncertainties saved.</source>
        <translation>Әдепкі белгісіздіктер сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="450" />
        <source>adjusted</source>
        <translation>түзетілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="450" />
        <source>not redundant</source>
        <translation>артықтығы жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="451" />
        <source>fixed</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="452" />
        <source>cannot be estimated</source>
        <translation>бағалау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="453" />
        <source>Flow</source>
        <translation>Ағын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="453" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="453" />
        <source>Measured, t</source>
        <translation>Өлшенді, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="453" />
        <source>σ, t</source>
        <translation>σ, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="454" />
        <source>Reconciled, t</source>
        <translation>Үйлестірілгені, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="454" />
        <source>Adjustment, t</source>
        <translation>Түзету, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="455" />
        <source>Adjustment / its σ</source>
        <translation>Түзету / оның σ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="455" />
        <source>Gross error?</source>
        <translation>Өрескел қате ме?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="468" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="475" />
        <source>failed</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="476" />
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="478" />
        <source>Global test: χ² = %1 with %2 degrees of freedom, p = %3; critical value %4 at %5 % — %6.</source>
        <translation>Жаһандық тест: χ² = %1, еркіндік дәрежесі %2, p = %3; %5 % деңгейіндегі сыни мән %4 — %6.</translation>
    </message>
</context>
<context>
    <name>BasisDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="354" />
        <source>Production for waste intensities</source>
        <translation>Қалдықтардың үлес көрсеткіштеріне арналған өндіріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="362" />
        <source>e.g. Anode copper</source>
        <translation>мысалы, Анодты мыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="367" />
        <source>For</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="367" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="368" />
        <source>Main product</source>
        <translation>Негізгі өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="369" />
        <source>Main product, t</source>
        <translation>Негізгі өнім, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="370" />
        <source>Output value</source>
        <translation>Өнім құны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="371" />
        <source>Value unit</source>
        <translation>Құн бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="376" />
        <source>main product</source>
        <translation>негізгі өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="377" />
        <source>output value</source>
        <translation>өнім құны</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="317" />
        <source>Edit block</source>
        <translation>Блокты өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="317" />
        <source>New block</source>
        <translation>Жаңа блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="321" />
        <source>Block or zone</source>
        <translation>Блок немесе аймақ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="322" />
        <source>Tonnage, t</source>
        <translation>Тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="323" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="326" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="117" />
        <source>Greening plan</source>
        <translation>Экологияландыру жоспары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="66" />
        <source>Add own action…</source>
        <translation>Өз іс-шараңызды қосу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="67" />
        <source>Log incident…</source>
        <translation>Инцидентті тіркеу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="70" />
        <source>Cost class</source>
        <translation>Шығын сыныбы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="70" />
        <source>Action</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="70" />
        <location filename="../../greendesk/ui/checklist_view.py" line="74" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="70" />
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="71" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="71" />
        <source>Expected effect</source>
        <translation>Күтілетін әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="71" />
        <source>Estimated cost, ₸</source>
        <translation>Болжамды шығын, ₸</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="72" />
        <source>Effect per million ₸</source>
        <translation>Миллион ₸-ге шаққандағы әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="74" />
        <source>Measure / action</source>
        <translation>Шара / іс-шара</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="75" />
        <source>Progress / value</source>
        <translation>Орындалу барысы / мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="75" />
        <location filename="../../greendesk/ui/checklist_view.py" line="291" />
        <source>Trend</source>
        <translation>Серпін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="82" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="82" />
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="82" />
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="82" />
        <source>Released</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="83" />
        <source>Response</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="83" />
        <source>Clean-up waste records</source>
        <translation>Жою жұмыстарының қалдықтары туралы жазбалар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="93" />
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="94" />
        <source>Measures and indicators</source>
        <translation>Шаралар мен көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="95" />
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="96" />
        <source>Incidents</source>
        <translation>Инциденттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="119" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="193" />
        <source>%s — overdue</source>
        <translation>%s — мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="208" />
        <source>%1 of %2 done (%3)</source>
        <translation>%2 ішінен %1 орындалды (%3)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="219" />
        <source>Indicator: %s</source>
        <translation>Көрсеткіш: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="230" />
        <source>No longer in the built-in checklist</source>
        <translation>Кірістірілген тізімде енді жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="251" />
        <source>No data yet.</source>
        <translation>Деректер әлі жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="284" />
        <source>Progress per measure, % of applicable actions done</source>
        <translation>Шаралар бойынша орындалуы, қолданылатын іс-шаралардың орындалған %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="290" />
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="290" />
        <source>Latest</source>
        <translation>Соңғы мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="315" />
        <source>Open actions: %1 low-cost, %2 medium, %3 investment projects. Overdue: %4.</source>
        <translation>Ашық іс-шаралар: аз шығынды — %1, орташа — %2, инвестициялық жобалар — %3. Мерзімі өткені: %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="354" />
        <source>Save action %1</source>
        <translation>%1 іс-шарасын сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="358" />
        <source>Action saved.</source>
        <translation>Іс-шара сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="364" />
        <source>Attach evidence</source>
        <translation>Растайтын құжатты тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="371" />
        <source>Attach %s</source>
        <translation>%s тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="375" />
        <source>%s attached.</source>
        <translation>%s тіркелді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="382" />
        <source>Save a copy to</source>
        <translation>Көшірмесін сақтау орны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="394" />
        <source>Saved %s.</source>
        <translation>Сақталды: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="398" />
        <source>Replace the file?</source>
        <translation>Файлды ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="399" />
        <source>%1 already exists in %2. Replace it, or keep both and save this copy as %3?</source>
        <translation>%1 файлы %2 қалтасында бар. Оны ауыстыру керек пе, әлде екеуін де сақтап, бұл көшірмені %3 деп жазу керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="403" />
        <source>Replace</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="404" />
        <source>Keep both</source>
        <translation>Екеуін де сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="427" />
        <source>Add own action</source>
        <translation>Өз іс-шарасын қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="440" />
        <source>Log incident</source>
        <translation>Инцидентті тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="441" />
        <source>Incident logged.</source>
        <translation>Инцидент тіркелді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="454" />
        <source>Record drill</source>
        <translation>Оқу-жаттығуды жазу</translation>
    </message>
</context>
<context>
    <name>ClassifierImportDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="385" />
        <source>Import waste classifier</source>
        <translation>Қалдықтар сыныптауышын импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="388" />
        <source>CSV or XLSX; a separate headings file may follow after ;</source>
        <translation>CSV немесе XLSX; ; белгісінен кейін бөлек тақырыптар файлын көрсетуге болады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="390" />
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="398" />
        <source>Recognise from the text</source>
        <translation>Мәтін бойынша анықтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="402" />
        <source>optional, e.g. code=Код, description=Наименование</source>
        <translation>міндетті емес, мысалы, code=Код, description=Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="403" />
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="404" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="405" />
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="410" />
        <source>Waste classifier</source>
        <translation>Қалдықтар сыныптауышы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="411" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Кестелер (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="418" />
        <source>Choose the classifier file.</source>
        <translation>Сыныптауыш файлын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="155" />
        <source>Close a period</source>
        <translation>Кезеңді жабу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="157" />
        <source>2025-03 for a month, 2025 for a year</source>
        <translation>2025-03 — ай, 2025 — жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="159" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="160" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="161" />
        <source>Records dated in a closed period cannot be added, changed, deleted or imported until it is reopened with a reason.</source>
        <translation>Жабық кезеңдегі күнмен жазбаларды кезең себебі көрсетіліп қайта ашылғанға дейін қосуға, өзгертуге, жоюға немесе импорттауға болмайды.</translation>
    </message>
</context>
<context>
    <name>ContractorDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="194" />
        <source>Edit contractor</source>
        <translation>Мердігерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="194" />
        <source>New contractor</source>
        <translation>Жаңа мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="197" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="202" />
        <source>licensed operations, e.g. R4, R5, D9, D10</source>
        <translation>лицензияланған операциялар, мысалы, R4, R5, D9, D10</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="206" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="206" />
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="207" />
        <source>Licence number</source>
        <translation>Лицензия нөмірі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="208" />
        <source>Licence valid until</source>
        <translation>Лицензияның қолданылу мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="209" />
        <source>Licensed operations</source>
        <translation>Лицензияланған операциялар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="210" />
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
    <name>EditActions</name>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="176" />
        <source>&amp;Redo: %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="176" />
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="178" />
        <source>Redo: %1</source>
        <translation>Қайталау: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="178" />
        <source>Nothing to redo.</source>
        <translation>Қайталайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="184" />
        <source>&amp;Undo: %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="185" />
        <source>Undo: %1</source>
        <translation>Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="188" />
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="188" />
        <source>Nothing to undo.</source>
        <translation>Болдырмайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="190" />
        <source>“%1” cannot be undone: %2</source>
        <translation>«%1» болдырмау мүмкін емес: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="193" />
        <source>“%1” cannot be undone, so Undo stops here: undoing an older change after it could leave the records wrong.</source>
        <translation>«%1» болдырмау мүмкін емес, сондықтан болдырмау осы жерде тоқтайды: одан кейін ертерек өзгерісті болдырмау жазбаларды бұзуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="195" />
        <source>Cannot undo: %1</source>
        <translation>Болдырмау мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="16" />
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="18" />
        <source>e.g. Saryarka Copper JSC</source>
        <translation>мысалы, «Сарыарқа Мыс» АҚ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="20" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="22" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="23" />
        <source>BIN</source>
        <translation>БСН</translation>
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
        <location filename="../../greendesk/ui/flow_entry.py" line="59" />
        <source>New flow record</source>
        <translation>Жаңа ағын жазбасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="66" />
        <source>e.g. 12 500,5</source>
        <translation>мысалы, 12 500,5</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="77" />
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="84" />
        <source>Save (Enter)</source>
        <translation>Сақтау (Enter)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="95" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="95" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="95" />
        <source>From</source>
        <comment>source node of a flow</comment>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="96" />
        <source>To</source>
        <comment>destination node of a flow</comment>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="97" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="97" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="97" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="101" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="102" />
        <source>Uncertainty</source>
        <translation>Белгісіздік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="103" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="185" />
        <source>Enter the quantity.</source>
        <translation>Санын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="189" />
        <source>%s is not a number.</source>
        <translation>%s — сан емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="196" />
        <source>Choose %s from the list.</source>
        <translation>Тізімнен таңдаңыз: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="216" />
        <source>the source node</source>
        <translation>бастапқы түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="217" />
        <source>the destination node</source>
        <translation>қабылдаушы түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="218" />
        <source>the material</source>
        <translation>материал</translation>
    </message>
</context>
<context>
    <name>FlowImportController</name>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="114" />
        <source>Import flow records</source>
        <translation>Ағын жазбаларын импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="115" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Кестелер (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="124" />
        <source>Reading %s…</source>
        <translation>%s оқылуда…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="124" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="126" />
        <source>Importing flow records</source>
        <translation>Ағын жазбаларын импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="158" />
        <source>Checking and writing the rows… %s %%</source>
        <translation>Жолдарды тексеру және жазу… %s %%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/flow_import_ui.py" line="168" />
        <source>Import %n flow record(s) from %1</source>
        <translation>
            <numerusform>%1 ішінен %n ағын жазбасын импорттау</numerusform>
            <numerusform>%1 ішінен %n ағын жазбасын импорттау</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="170" />
        <source>Imported %1 flow records from %2.</source>
        <translation>%2 файлынан %1 ағын жазбасы импортталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="187" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт тоқтатылды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="194" />
        <source>The import failed unexpectedly and nothing was imported: %s</source>
        <translation>Импорт күтпеген жерден сәтсіз аяқталды, ештеңе импортталмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="202" />
        <source>Import rows already recorded?</source>
        <translation>Есепке алынған жолдарды импорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="203" />
        <source>Import these rows anyway, recording them a second time?</source>
        <translation>Бұл жолдарды екінші рет есепке алып, бәрібір импорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="205" />
        <source>Import again?</source>
        <translation>Қайта импорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="205" />
        <source>Import it again anyway?</source>
        <translation>Бәрібір қайта импорттау керек пе?</translation>
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
    <name>FormationDialog</name>
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
        <location filename="../../greendesk/ui/formation_dialogs.py" line="218" />
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="140" />
        <location filename="../../greendesk/ui/formation_dialogs.py" line="219" />
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
        <location filename="../../greendesk/ui/formation_dialogs.py" line="220" />
        <source>Placement from</source>
        <translation>Орналастыру басы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="221" />
        <source>Placement to</source>
        <translation>Орналастыру соңы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="222" />
        <source>Area</source>
        <translation>Ауданы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="223" />
        <source>Volume</source>
        <translation>Көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="224" />
        <source>Bulk density</source>
        <translation>Үйме тығыздығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="225" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="226" />
        <location filename="../../greendesk/ui/formation_dialogs.py" line="227" />
        <source>Design capacity</source>
        <translation>Жобалық сыйымдылығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="229" />
        <source>Opening tonnage</source>
        <translation>Бастапқы тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="230" />
        <source>Height</source>
        <translation>Биіктігі</translation>
    </message>
</context>
<context>
    <name>FormationImportDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="96" />
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="102" />
        <source>Formations</source>
        <translation>Түзілімдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="103" />
        <source>Samples and assays</source>
        <translation>Сынамалар мен талдаулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="104" />
        <source>Monitoring readings</source>
        <translation>Мониторинг нәтижелері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="109" />
        <source>as the file suggests</source>
        <translation>файлда көрсетілгендей</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="110" />
        <source>decimal comma</source>
        <translation>ондық үтір</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="111" />
        <source>decimal point</source>
        <translation>ондық нүкте</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="114" />
        <source>e.g. &lt;Nulo&gt; ; S/I ; н/д (besides empty and -)</source>
        <translation>мысалы, &lt;Nulo&gt; ; S/I ; н/д (бос және - белгісінен басқа)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="116" />
        <location filename="../../greendesk/ui/formation_import_ui.py" line="124" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="116" />
        <source>From the file</source>
        <translation>Файлдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="117" />
        <source>Decimal mark</source>
        <translation>Ондық бөлгіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="124" />
        <source>In the file</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="125" />
        <source>Means</source>
        <translation>Мағынасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="130" />
        <source>Import even if this file was imported before</source>
        <translation>Бұл файл бұрын импортталған болса да импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="132" />
        <source>name to save the mapping under (optional)</source>
        <translation>сәйкестендіруді сақтауға арналған атау (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="139" />
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="144" />
        <source>The file holds</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="145" />
        <source>Mapping</source>
        <translation>Сәйкестендіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="146" />
        <source>Numbers use</source>
        <translation>Сандардағы бөлгіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="147" />
        <source>Also unknown</source>
        <translation>Сондай-ақ белгісіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="149" />
        <source>%1: %2 rows. Pick the column of each field, type several as A | B (the first known is taken), a template as {A}, {B}, or = value for a constant.</source>
        <translation>%1: жолдар саны — %2. Әр өріс үшін бағанды таңдаңыз; бірнешеуін A | B түрінде (бірінші белгілісі алынады), үлгіні {A}, {B} түрінде, тұрақты мәнді = мән түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="174" />
        <source>(new: guessed from the headings)</source>
        <translation>(жаңа: тақырыптар бойынша анықталды)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="217" />
        <source>(as the file)</source>
        <translation>(файлдағыдай)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="217" />
        <source>comma</source>
        <translation>үтір</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="218" />
        <source>point</source>
        <translation>нүкте</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="255" />
        <source>(not mapped)</source>
        <translation>(сәйкестендірілмеген)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="256" />
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
        <location filename="../../greendesk/ui/formations_view.py" line="148" />
        <source>Technogenic formations</source>
        <translation>Техногендік минералдық түзілімдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="73" />
        <location filename="../../greendesk/ui/formations_view.py" line="303" />
        <source>Add formation</source>
        <translation>Түзілім қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="74" />
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="75" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="77" />
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="78" />
        <source>Default assumptions…</source>
        <translation>Әдепкі болжамдар…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="83" />
        <source>Find a formation, site, kind or status…</source>
        <translation>Түзілімді, алаңды, түрді немесе күйді іздеу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="128" />
        <source>Formations by the net value of re-mining them at the screening assumptions: recoverable metal × price − processing cost, counting only the components that pay. Hazard, area and status beside it say what each costs to keep.</source>
        <translation>Бағалау болжамдары бойынша қайта игерудің таза құны бойынша түзілімдер: бөліп алынатын металл × баға − өңдеу шығыны, тек тиімді компоненттер бойынша. Қасындағы қауіптілік, аудан және күй әрқайсысын ұстау қаншаға түсетінін көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="143" />
        <source>Register</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="144" />
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="145" />
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="157" />
        <location filename="../../greendesk/ui/formations_view.py" line="345" />
        <source>Add sample</source>
        <translation>Сынама қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="159" />
        <source>Edit sample</source>
        <translation>Сынаманы өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="161" />
        <source>Delete sample</source>
        <translation>Сынаманы жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="163" />
        <location filename="../../greendesk/ui/formations_view.py" line="380" />
        <source>Add block</source>
        <translation>Блок қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="165" />
        <source>Assumptions…</source>
        <translation>Болжамдар…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="177" />
        <source>Samples</source>
        <translation>Сынамалар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="181" />
        <location filename="../../greendesk/ui/formations_view.py" line="206" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="181" />
        <source>Basis</source>
        <translation>Есептеу негізі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="181" />
        <source>Grade</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="181" />
        <source>Tonnage, t</source>
        <translation>Тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="182" />
        <source>Contained, t</source>
        <translation>Құрамында, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="182" />
        <source>Recovery, %</source>
        <translation>Бөліп алу, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="182" />
        <source>Recoverable, t</source>
        <translation>Бөліп алынатыны, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="183" />
        <source>Price per t, USD</source>
        <translation>1 т бағасы, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="183" />
        <source>Value, USD</source>
        <translation>Құны, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="183" />
        <source>Processing cost, USD</source>
        <translation>Өңдеу шығыны, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="184" />
        <source>Net value, USD</source>
        <translation>Таза құны, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="184" />
        <source>Pays?</source>
        <translation>Тиімді ме?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="193" />
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="199" />
        <source>Cut-off</source>
        <translation>Шекті құрам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="199" />
        <source>Tonnage above, t</source>
        <translation>Жоғары тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="199" />
        <source>Mean grade above</source>
        <translation>Жоғары орташа құрам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="200" />
        <source>Metal, t</source>
        <translation>Металл, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="200" />
        <source>Blocks</source>
        <translation>Блоктар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="218" />
        <source>Grade–tonnage curve</source>
        <translation>«Құрам — тоннаж» қисығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="239" />
        <source>%1 formations, %2 with a screening value</source>
        <translation>Түзілімдер: %1, құны бағаланғаны: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="53" />
        <source>No formation selected</source>
        <translation>Түзілім таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="84" />
        <source>placements through %1</source>
        <translation>%1 дейін орналастыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="88" />
        <source>%1 construction</source>
        <translation>салу тәсілі: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="91" />
        <source>consequence class: %1</source>
        <translation>салдар сыныбы: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="94" />
        <source>LoW %1</source>
        <translation>Код %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="104" />
        <source>Sample</source>
        <translation>Сынама</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="104" />
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="104" />
        <source>Taken on</source>
        <translation>Алынған күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="104" />
        <source>Depth, m</source>
        <translation>Тереңдігі, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="123" />
        <source>blocks</source>
        <translation>блоктар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="124" />
        <source>mean grade</source>
        <translation>орташа құрам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="137" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="137" />
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="141" />
        <source>Not valued: the formation needs assays and a tonnage (or blocks).</source>
        <translation>Бағаланбады: түзілімге сынама талдаулары мен тоннаж (немесе блоктар) қажет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="144" />
        <source>Net value %1 USD, rank %2 of %3: re-mining pays for %4.</source>
        <translation>Таза құны %1 USD, рейтингі %3 ішінен %2: қайта игеру %4 үшін тиімді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="149" />
        <source>Net value %1 USD, rank %2 of %3: re-mining does not pay at these assumptions.</source>
        <translation>Таза құны %1 USD, рейтингі %3 ішінен %2: осы болжамдар бойынша қайта игеру тиімсіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="158" />
        <source>A curve needs blocks with assays.</source>
        <translation>Қисық үшін сынама талдаулары бар блоктар қажет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="172" />
        <source>Break-even grade at the assumptions: %1 %2</source>
        <translation>Болжамдар бойынша залалсыздық құрамы: %1 %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="305" />
        <source>Formation “%1” added.</source>
        <translation>«%1» түзілімі қосылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="318" />
        <source>Edit formation</source>
        <translation>Түзілімді өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="319" />
        <source>Formation “%1” saved.</source>
        <translation>«%1» түзілімі сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="329" />
        <source>Delete formation</source>
        <translation>Түзілімді жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="334" />
        <source>Formation “%1” deleted with its samples. Undo with Ctrl+Z.</source>
        <translation>«%1» түзілімі сынамаларымен бірге жойылды. Болдырмау — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="360" />
        <source>Edit sample %1</source>
        <translation>%1 сынамасын өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="368" />
        <source>Delete sample %1</source>
        <translation>%1 сынамасын жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="369" />
        <source>Sample %1 deleted.</source>
        <translation>%1 сынамасы жойылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="391" />
        <source>Edit the assumptions of “%1”</source>
        <translation>«%1» болжамдарын өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="404" />
        <source>Add component %1</source>
        <translation>%1 компонентін қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="418" />
        <source>Edit the default assumptions</source>
        <translation>Әдепкі болжамдарды өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="427" />
        <source>Import formations, assays or readings</source>
        <translation>Түзілімдерді, талдауларды немесе мониторинг нәтижелерін импорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="428" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Кестелер (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="441" />
        <source>formations</source>
        <translation>түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="441" />
        <source>assays</source>
        <translation>талдау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="442" />
        <source>readings</source>
        <translation>мониторинг нәтижесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="444" />
        <source>Import %1 %2 from %3</source>
        <translation>Импорттау: %3 ішінен %1 %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="446" />
        <source>Imported %1 %2 from %3.</source>
        <translation>%3 файлынан %1 %2 импортталды.</translation>
    </message>
</context>
<context>
    <name>GradeTonnageChart</name>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="55" />
        <source>Tonnage above cut-off, Mt</source>
        <translation>Шекті құрамнан жоғары тоннаж, млн т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="64" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="69" />
        <source>Mean grade</source>
        <translation>Орташа құрам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="72" />
        <source>break-even</source>
        <translation>залалсыздық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="84" />
        <source>Cut-off grade, %1</source>
        <translation>Шекті құрам, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="85" />
        <source>Mean grade, %1</source>
        <translation>Орташа құрам, %1</translation>
    </message>
</context>
<context>
    <name>HeadDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="39" />
        <source>Check a head written down</source>
        <translation>Жазып алынған соңғы жазбаны тексеру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="41" />
        <source>entry:hash, as a workbook's cover shows it</source>
        <translation>жазба:хеш, кітаптың титул парағындағыдай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="42" />
        <source>Head</source>
        <translation>Соңғы жазба</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="48" />
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="55" />
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="55" />
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="55" />
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="55" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="56" />
        <source>What is wrong</source>
        <translation>Не дұрыс емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="66" />
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
        <location filename="../../greendesk/ui/ledger_filters.py" line="37" />
        <source>All periods</source>
        <translation>Барлық кезеңдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="37" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="38" />
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="38" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="39" />
        <source>From – to</source>
        <translation>Еркін кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="49" />
        <source>Search notes, nodes, materials</source>
        <translation>Ескертпелер, түйіндер, материалдар бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="59" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="59" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="60" />
        <source>Node</source>
        <translation>Түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="61" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="61" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="62" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="62" />
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="86" />
        <source>All sites</source>
        <translation>Барлық алаңдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="88" />
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="90" />
        <source>All materials</source>
        <translation>Барлық материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="92" />
        <source>All methods</source>
        <translation>Барлық әдістер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="108" />
        <source>All nodes</source>
        <translation>Барлық түйіндер</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="101" />
        <source>Flow ledger</source>
        <translation>Ағындар журналы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="58" />
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="60" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="62" />
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="66" />
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="67" />
        <source>Import template…</source>
        <translation>Импорт үлгісі…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="156" />
        <location filename="../../greendesk/ui/ledger_view.py" line="197" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="195" />
        <source>Totals could not be computed: %s</source>
        <translation>Қорытындыларды есептеу мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="211" />
        <source>Add flow record</source>
        <translation>Ағын жазбасын қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="223" />
        <source>%1 is not a valid %2.</source>
        <translation>%1 — «%2» өрісі үшін жарамсыз мән.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="229" />
        <source>Edit flow record</source>
        <translation>Ағын жазбасын өзгерту</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="246" />
        <source>Delete %n flow record(s)</source>
        <translation>
            <numerusform>%n ағын жазбасын жою</numerusform>
            <numerusform>%n ағын жазбасын жою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="251" />
        <source>%n record(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n жазба жойылды. Болдырмау — Ctrl+Z.</numerusform>
            <numerusform>%n жазба жойылды. Болдырмау — Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="266" />
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n жол көшірілді.</numerusform>
            <numerusform>%n жол көшірілді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="275" />
        <source>Save the flow import template</source>
        <translation>Ағындарды импорттау үлгісін сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="276" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="282" />
        <source>The template could not be written: %s</source>
        <translation>Үлгіні жазу мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="284" />
        <source>Template saved as %s.</source>
        <translation>Үлгі %s ретінде сақталды.</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="97" />
        <source>Permitted limit at %1</source>
        <translation>%1 үшін норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="103" />
        <source>only where a lower bound applies (pH)</source>
        <translation>тек төменгі шек болғанда (pH)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="104" />
        <source>A reading equal to the limit is an exceedance</source>
        <translation>Нормативке тең мән асу болып саналады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="106" />
        <source>e.g. permit No., appendix</source>
        <translation>мысалы, рұқсат нөмірі, қосымша</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="107" />
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="108" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="115" />
        <source>Upper limit</source>
        <translation>Жоғарғы шек</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="109" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="116" />
        <source>Lower limit</source>
        <translation>Төменгі шек</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="111" />
        <source>Basis</source>
        <translation>Негіздеме</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="172" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="173" />
        <source>&amp;New database…</source>
        <translation>&amp;Жаңа дерекқор…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="175" />
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="177" />
        <source>Open &amp;recent</source>
        <translation>Соңғы &amp;ашылғандар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="180" />
        <source>Open &amp;demo plant</source>
        <translation>&amp;Демо кәсіпорынды ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="183" />
        <source>&amp;Import flow records…</source>
        <translation>Ағын жазбаларын &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="185" />
        <source>Save flow import &amp;template…</source>
        <translation>Ағындарды импорттау &amp;үлгісін сақтау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="188" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="189" />
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="198" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="199" />
        <source>&amp;About GreenDesk</source>
        <translation>GreenDesk &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="213" />
        <source>(no recent databases)</source>
        <translation>(соңғы дерекқорлар жоқ)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="231" />
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="250" />
        <source>Database: %s</source>
        <translation>Дерекқор: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="252" />
        <source> (read-only)</source>
        <translation> (тек оқу үшін)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="258" />
        <source>This database is read-only: you can look, but changes cannot be saved.</source>
        <translation>Дерекқор тек оқу үшін қолжетімді: қарауға болады, бірақ өзгерістерді сақтау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="262" />
        <source>The database was upgraded to this version's format; the previous file was kept as %s.</source>
        <translation>Дерекқор осы нұсқаның пішіміне жаңартылды; бұрынғы файл %s ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="270" />
        <source>New GreenDesk database</source>
        <translation>Жаңа GreenDesk дерекқоры</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="271" />
        <source>GreenDesk databases (*.sqlite *.db)</source>
        <translation>GreenDesk дерекқорлары (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="276" />
        <source>%s already exists; choose Open to work with it.</source>
        <translation>%s бұрыннан бар; онымен жұмыс істеу үшін «Ашу» пәрменін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="282" />
        <source>Open GreenDesk database</source>
        <translation>GreenDesk дерекқорын ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="283" />
        <source>GreenDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>GreenDesk дерекқорлары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="292" />
        <source>Writing the demo plant…</source>
        <translation>Демо кәсіпорын жазылуда…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="298" />
        <source>About GreenDesk</source>
        <translation>GreenDesk туралы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="299" />
        <source>&lt;b&gt;GreenDesk %s&lt;/b&gt;&lt;br&gt;The environmental officer's desk for mining and metallurgical plants.</source>
        <translation>&lt;b&gt;GreenDesk %s&lt;/b&gt;&lt;br&gt;Тау-кен металлургия кәсіпорны экологының жұмыс орны.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="29" />
        <source>Edit material</source>
        <translation>Материалды өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="29" />
        <source>New material</source>
        <translation>Жаңа материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="39" />
        <source>t/m³, optional</source>
        <translation>т/м³, міндетті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="41" />
        <source>GJ per t or m³, optional (fuels)</source>
        <translation>т немесе м³ үшін ГДж, міндетті емес (отын)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="43" />
        <source>tce per unit, optional</source>
        <translation>бірлікке т ш.о., міндетті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="50" />
        <source>List of Waste code, wastes only</source>
        <translation>Қалдықтар сыныптауышы бойынша код, тек қалдықтар үшін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="53" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="53" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="54" />
        <source>Measured by</source>
        <translation>Өлшеу түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="55" />
        <source>Default unit</source>
        <translation>Әдепкі бірлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="56" />
        <source>Density, t/m³</source>
        <translation>Тығыздығы, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="57" />
        <location filename="../../greendesk/ui/materials_view.py" line="88" />
        <source>Net calorific value</source>
        <translation>Төменгі жану жылуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="58" />
        <location filename="../../greendesk/ui/materials_view.py" line="89" />
        <source>tce factor</source>
        <translation>Ш.о.-ға айналдыру коэффициенті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="59" />
        <source>tce factor per</source>
        <translation>Ш.о. коэффициенті, бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="60" />
        <source>List of Waste code</source>
        <translation>Қалдықтар сыныптауышы бойынша код</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="61" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="86" />
        <source>Density</source>
        <translation>Тығыздығы</translation>
    </message>
</context>
<context>
    <name>MaterialsView</name>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="111" />
        <source>Materials</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="106" />
        <source>Add material</source>
        <translation>Материал қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="107" />
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="150" />
        <source>Add material “%s”</source>
        <translation>«%s» материалын қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="151" />
        <source>Material “%s” added.</source>
        <translation>«%s» материалы қосылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="155" />
        <source>Edit material “%s”</source>
        <translation>«%s» материалын өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="156" />
        <source>Material “%s” saved.</source>
        <translation>«%s» материалы сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="159" />
        <source>Material “%1” saved; the canonical quantities of %2 record(s) were recomputed from their entries with the new properties.</source>
        <translation>«%1» материалы сақталды; жаңа қасиеттермен %2 жазбаның негізгі бірліктегі саны қайта есептелді.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../greendesk/ui/forms.py" line="83" />
        <source>Dismiss</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="160" />
        <source>Add point</source>
        <translation>Нүкте қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="161" />
        <source>Edit point</source>
        <translation>Нүктені өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="162" />
        <source>Set limit</source>
        <translation>Норматив белгілеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="163" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="388" />
        <source>Add reading</source>
        <translation>Өлшеу қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="164" />
        <source>Delete readings</source>
        <translation>Өлшеулерді жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="167" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="179" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="182" />
        <source>Point</source>
        <translation>Нүкте</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="167" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="179" />
        <source>Watches</source>
        <translation>Бақылау нысаны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="167" />
        <source>Medium</source>
        <translation>Орта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="167" />
        <source>Every</source>
        <translation>Жиілігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="168" />
        <source>Limits</source>
        <translation>Нормативтер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="175" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="179" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="175" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="180" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="175" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="180" />
        <source>Limit</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="175" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="179" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="182" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="192" />
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="180" />
        <source>Margin</source>
        <translation>Нормативке дейінгі қор</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="182" />
        <source>No reading from</source>
        <translation>Өлшеусіз кезең басы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="183" />
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="182" />
        <source>To</source>
        <comment>end of a date range</comment>
        <translation>Соңы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="183" />
        <source>Required</source>
        <translation>Талап етіледі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="185" />
        <source>Exceedances</source>
        <translation>Нормативтен асулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="186" />
        <source>Gaps in the readings</source>
        <translation>Өлшеулердегі олқылықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="205" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="253" />
        <source>%1 days</source>
        <translation>%1 күн</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="330" />
        <source>every %1 days</source>
        <translation>әр %1 күн сайын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="332" />
        <source>Exceedances (%1)</source>
        <translation>Нормативтен асулар (%1)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="334" />
        <source>Gaps in the readings (%1)</source>
        <translation>Өлшеулердегі олқылықтар (%1)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="359" />
        <source>Add monitoring point</source>
        <translation>Мониторинг нүктесін қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="368" />
        <source>Edit monitoring point %1</source>
        <translation>%1 мониторинг нүктесін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="377" />
        <source>Set a limit at %1</source>
        <translation>%1 нүктесінде нормативті белгілеу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/formation_monitoring.py" line="399" />
        <source>Delete %n reading(s)</source>
        <translation>
            <numerusform>%n өлшемді жою</numerusform>
            <numerusform>%n өлшемді жою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/formation_monitoring.py" line="403" />
        <source>%n reading(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n өлшеу жойылды. Болдырмау — Ctrl+Z.</numerusform>
            <numerusform>%n өлшеу жойылды. Болдырмау — Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveNodeDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="81" />
        <source>Move node</source>
        <translation>Түйінді көшіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="83" />
        <source>Move %s to</source>
        <translation>«%s» түйінін көшіру орны</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="231" />
        <source>monthly total</source>
        <translation>айлық жиынтық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="254" />
        <source>Waste</source>
        <translation>Қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="255" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="256" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="257" />
        <source>From</source>
        <comment>source node of a flow</comment>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="258" />
        <source>To</source>
        <comment>destination node of a flow</comment>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="260" />
        <source>Contractor</source>
        <translation>Мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="261" />
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="262" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="307" />
        <source>(the contractor's own node, made if missing)</source>
        <translation>(мердігердің өз түйіні; жоқ болса, жасалады)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="328" />
        <source>In %1 on that day: %2</source>
        <translation>Сол күні %1 ішінде: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="334" />
        <source>Choose the waste.</source>
        <translation>Қалдықты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="335" />
        <source>quantity</source>
        <translation>мөлшері</translation>
    </message>
</context>
<context>
    <name>NodeDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="48" />
        <source>Edit node</source>
        <translation>Түйінді өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="48" />
        <source>New node</source>
        <translation>Жаңа түйін</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="53" />
        <source>e.g. Flotation</source>
        <translation>мысалы, Флотация</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="58" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="59" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="60" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="61" />
        <source>Loss reason</source>
        <translation>Шығын себебі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="62" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="178" />
        <source>Officer's name</source>
        <translation>Орындаушының аты-жөні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="180" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="181" />
        <source>Recorded with every change, together with the computer's user name.</source>
        <translation>Әр өзгеріспен бірге компьютер пайдаланушысының атымен жазылады.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="47" />
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
    <name>PointDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="62" />
        <source>Edit monitoring point</source>
        <translation>Мониторинг нүктесін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="63" />
        <source>New monitoring point</source>
        <translation>Жаңа мониторинг нүктесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="68" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="70" />
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="75" />
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="77" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="78" />
        <source>Watches</source>
        <translation>Бақылау нысаны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="79" />
        <source>Formation</source>
        <translation>Түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="80" />
        <source>Source node</source>
        <translation>Көз түйіні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="81" />
        <source>Medium</source>
        <translation>Орта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="82" />
        <source>A reading at least every</source>
        <translation>Өлшеу кемінде әр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="84" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="123" />
        <source>New reading at %1</source>
        <translation>%1 нүктесінде жаңа өлшеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="133" />
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="134" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="135" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="139" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="136" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>ReopenPeriodDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="169" />
        <source>Reopen %s</source>
        <translation>%s қайта ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="172" />
        <source>Why it is reopened (kept in the audit trail)</source>
        <translation>Қайта ашу себебі (өзгерістер журналында сақталады)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="173" />
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="97" />
        <location filename="../../greendesk/ui/reports_view.py" line="107" />
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="68" />
        <source>Open the folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="79" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="79" />
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="80" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="84" />
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="92" />
        <source>Export workbook</source>
        <translation>Кітапты экспорттау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="98" />
        <source>Sites</source>
        <translation>Алаңдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="99" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="100" />
        <source>Prepared by</source>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="101" />
        <source>Save as</source>
        <translation>Сақтау орны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="102" />
        <source>Will include</source>
        <translation>Қамтылады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="156" />
        <source>Nothing: the database has no flow records yet.</source>
        <translation>Ештеңе: дерекқорда әзірге ағын жазбалары жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="166" />
        <source>%1 report(s) for %2 site(s), %3; %4 flow records in the period.</source>
        <translation>Есептер: %1, алаңдар: %2, %3; кезеңдегі ағын жазбалары: %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="172" />
        <source>Save the report as</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="174" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="193" />
        <source>Writing %s…</source>
        <translation>%s жазылуда…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="193" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="228" />
        <source>Skipped</source>
        <translation>Өткізіліп жіберілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="231" />
        <source>Its cover carries the audit trail head %s.</source>
        <translation>Оның титул парағында өзгерістер журналының соңғы жазбасы бар: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="234" />
        <source>Saved %s.</source>
        <translation>Сақталды: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="240" />
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="244" />
        <source>Nothing to report: %s</source>
        <translation>Есепке деректер жоқ: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="248" />
        <source>The workbook could not be written: %s</source>
        <translation>Кітапты жазу мүмкін болмады: %s</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="248" />
        <source>Edit sample</source>
        <translation>Сынаманы өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="248" />
        <source>New sample</source>
        <translation>Жаңа сынама</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="254" />
        <source>(no block)</source>
        <translation>(блоксыз)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="259" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="259" />
        <source>Grade</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="260" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="277" />
        <source>Sample</source>
        <translation>Сынама</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="278" />
        <source>Block or zone</source>
        <translation>Блок немесе аймақ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="279" />
        <source>Taken on</source>
        <translation>Алынған күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="280" />
        <source>Depth, m</source>
        <translation>Тереңдігі, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="281" />
        <source>Assays</source>
        <translation>Талдаулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="282" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="311" />
        <source>Depth</source>
        <translation>Тереңдігі</translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="133" />
        <source>limit %1</source>
        <translation>норматив %1</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="28" />
        <source>Edit site</source>
        <translation>Алаңды өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="28" />
        <source>New site</source>
        <translation>Жаңа алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="36" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="37" />
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="38" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
</context>
<context>
    <name>StockTakingDialog</name>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="41" />
        <source>method's default</source>
        <translation>әдіс бойынша әдепкі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="44" />
        <source>Stock</source>
        <translation>Қойма</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="45" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="46" />
        <source>Counted at the end of</source>
        <translation>Күн соңындағы қалдық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="47" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="48" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="49" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="50" />
        <source>Uncertainty (1σ)</source>
        <translation>Белгісіздік (1σ)</translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="48" />
        <source>Enterprise…</source>
        <translation>Кәсіпорын…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="50" />
        <location filename="../../greendesk/ui/structure_view.py" line="234" />
        <source>Add site</source>
        <translation>Алаң қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="51" />
        <location filename="../../greendesk/ui/structure_view.py" line="251" />
        <source>Add node</source>
        <translation>Түйін қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="53" />
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="55" />
        <source>Move to site…</source>
        <translation>Алаңға көшіру…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="56" />
        <location filename="../../greendesk/ui/structure_view.py" line="306" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="62" />
        <source>This database has no enterprise yet. Enter its name and BIN to start describing your plant.</source>
        <translation>Дерекқорда әлі кәсіпорын жоқ. Кәсіпорынды сипаттауды бастау үшін оның атауы мен БСН-ын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="64" />
        <source>Enter the enterprise…</source>
        <translation>Кәсіпорынды енгізу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="69" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="69" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="69" />
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="84" />
        <source>Plant structure</source>
        <translation>Кәсіпорын құрылымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="111" />
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="112" />
        <source>BIN %s</source>
        <translation>БСН %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="222" />
        <source>Edit the enterprise</source>
        <translation>Кәсіпорын туралы мәліметтерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="265" />
        <source>Edit site “%s”</source>
        <translation>«%s» алаңын өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="272" />
        <source>Edit node “%s”</source>
        <translation>«%s» түйінін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="283" />
        <source>Move node “%s”</source>
        <translation>«%s» түйінін көшіру</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/structure_view.py" line="292" />
        <source>Delete site “%s” and its %n node(s)?</source>
        <translation>
            <numerusform>«%s» алаңын және оның %n түйінін жою керек пе?</numerusform>
            <numerusform>«%s» алаңын және оның %n түйінін жою керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="296" />
        <source>Site “%s” deleted.</source>
        <translation>«%s» алаңы жойылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="297" />
        <source>Delete site “%s”</source>
        <translation>«%s» алаңын жою</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="300" />
        <source>Delete node “%s”?</source>
        <translation>«%s» түйінін жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="304" />
        <source>Node “%s” deleted.</source>
        <translation>«%s» түйіні жойылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="305" />
        <source>Delete node “%s”</source>
        <translation>«%s» түйінін жою</translation>
    </message>
</context>
<context>
    <name>WasteCharts</name>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="24" />
        <source>Generation by hazard</source>
        <translation>Қауіптілігі бойынша түзілуі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="25" />
        <source>generated</source>
        <translation>түзілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="30" />
        <source>Storage stock at year end</source>
        <translation>Жыл соңындағы жинақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="31" />
        <source>stock</source>
        <translation>жинақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="51" />
        <source>hazardous</source>
        <translation>қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="51" />
        <source>non-hazardous</source>
        <translation>қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="52" />
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
        <location filename="../../greendesk/ui/waste_dialogs.py" line="86" />
        <source>Edit waste type</source>
        <translation>Қалдық түрін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="87" />
        <source>Register waste type</source>
        <translation>Қалдық түрін тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="95" />
        <source>No code chosen</source>
        <translation>Код таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="103" />
        <source>hazardous wastes: e.g. HP6, HP14</source>
        <translation>қауіпті қалдықтар үшін: мысалы, HP6, HP14</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="107" />
        <source>mirror entries: why hazardous or not</source>
        <translation>айналы позициялар үшін: неге қауіпті немесе қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="115" />
        <source> months</source>
        <translation> ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="118" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="119" />
        <source>List of Waste code</source>
        <translation>Қалдықтар сыныптауышы бойынша код</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="121" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="122" />
        <source>Recorded as material</source>
        <translation>Материал ретінде есепке алынады</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="123" />
        <source>Physical state</source>
        <translation>Агрегаттық күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="124" />
        <source>Generated by</source>
        <translation>Түзілу көзі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="125" />
        <source>Hazardous properties</source>
        <translation>Қауіпті қасиеттері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="126" />
        <source>Mirror-entry assessment</source>
        <translation>Айналы позиция бойынша бағалау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="127" />
        <source>Legacy hazard level</source>
        <translation>Бұрынғы қауіптілік деңгейі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="128" />
        <source>Storage limit</source>
        <translation>Жинақтаудың шекті мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="129" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="158" />
        <source>(a new material named like the waste)</source>
        <translation>(қалдық атауымен жаңа материал)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="167" />
        <source>No code chosen: search, then click an entry.</source>
        <translation>Код таңдалмаған: іздеп, позицияны басыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="169" />
        <source>hazardous</source>
        <translation>қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="169" />
        <source>non-hazardous</source>
        <translation>қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="172" />
        <source>mirror entry: record the assessment below</source>
        <translation>айналы позиция: бағалауды төменде жазыңыз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="182" />
        <source>Choose the List of Waste code in the list.</source>
        <translation>Тізімнен қалдықтар сыныптауышы бойынша кодты таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>WasteView</name>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="86" />
        <source>Waste register</source>
        <translation>Қалдықтар тізілімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="90" />
        <source>Register waste type</source>
        <translation>Қалдық түрін тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="92" />
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="96" />
        <source>Record movement</source>
        <translation>Қозғалысты жазу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="107" />
        <source>New contractor</source>
        <translation>Жаңа мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="110" />
        <source>Import classifier…</source>
        <translation>Сыныптауышты импорттау…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="119" />
        <location filename="../../greendesk/ui/waste_view.py" line="126" />
        <location filename="../../greendesk/ui/waste_view.py" line="139" />
        <source>Waste type</source>
        <translation>Қалдық түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="119" />
        <location filename="../../greendesk/ui/waste_view.py" line="139" />
        <location filename="../../greendesk/ui/waste_view.py" line="168" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="120" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="120" />
        <source>Hazard</source>
        <translation>Қауіптілік</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="121" />
        <source>Properties</source>
        <translation>Қасиеттері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="121" />
        <source>Legacy level</source>
        <translation>Бұрынғы деңгей</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="122" />
        <source>State</source>
        <translation>Агрегаттық күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="122" />
        <source>Generated by</source>
        <translation>Түзілу көзі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="123" />
        <source>Description</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="126" />
        <location filename="../../greendesk/ui/waste_view.py" line="140" />
        <source>Storage</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="127" />
        <source>Opening, t</source>
        <translation>Басында, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="41" />
        <location filename="../../greendesk/ui/waste_view.py" line="127" />
        <source>Generated, t</source>
        <translation>Түзілді, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="128" />
        <source>Recycled, t</source>
        <translation>Қайта өңделді, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="54" />
        <location filename="../../greendesk/ui/waste_view.py" line="128" />
        <source>Transferred, t</source>
        <translation>Берілді, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="129" />
        <source>Placed, t</source>
        <translation>Орналастырылды, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="129" />
        <source>Other, t</source>
        <translation>Басқасы, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="130" />
        <source>Closing, t</source>
        <translation>Соңында, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="131" />
        <source>Treat as a formation</source>
        <translation>Түзілім деп санау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="134" />
        <source>Period </source>
        <translation>Кезең </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="140" />
        <source>Overdue, t</source>
        <translation>Мерзімнен асқаны, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="141" />
        <source>Stored since</source>
        <translation>Жинақталған күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="141" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="142" />
        <source>Days over</source>
        <translation>Мерзімнен асқан күндер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="142" />
        <source>Limit</source>
        <translation>Шекті мерзім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="143" />
        <source>Contractor</source>
        <translation>Мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="143" />
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="144" />
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="144" />
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="145" />
        <source>Operations</source>
        <translation>Операциялар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="145" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="149" />
        <source>Production for intensities…</source>
        <translation>Үлес көрсеткіштеріне арналған өндіріс…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="157" />
        <source>Waste types</source>
        <translation>Қалдық түрлері</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="158" />
        <source>Stock</source>
        <translation>Жинақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="159" />
        <source>Overdue</source>
        <translation>Мерзімнен асқан</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="160" />
        <source>Contractors</source>
        <translation>Мердігерлер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="162" />
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="170" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="217" />
        <source>No waste classifier is loaded yet: Import classifier… reads the List of Waste from CSV or XLSX.</source>
        <translation>Қалдықтар сыныптауышы әлі жүктелмеген: «Сыныптауышты импорттау…» сыныптауышты CSV немесе XLSX файлынан оқиды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="219" />
        <source>From the command line: greendesk classifier import FILE --db PATH [--language ru]</source>
        <translation>Пәрмен жолынан: greendesk classifier import ФАЙЛ --db ЖОЛ [--language ru]</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="243" />
        <source>Enterprise (all sites)</source>
        <translation>Кәсіпорын (барлық алаңдар)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="263" />
        <source>Whole year %s</source>
        <translation>%s жыл толығымен</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="291" />
        <source>hazardous</source>
        <translation>қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="291" />
        <source>non-hazardous</source>
        <translation>қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="293" />
        <source> (mirror: assessed)</source>
        <translation> (айналы: бағаланған)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="294" />
        <source> — retired</source>
        <translation> — алынып тасталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="320" />
        <source>Stored longer than allowed, as of %s (oldest first out):</source>
        <translation>%s күйіне рұқсат етілген мерзімнен ұзақ жинақталғандар (алдымен ең ескісі шығарылады):</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="322" />
        <source>Nothing is stored longer than allowed as of %s.</source>
        <translation>%s күйіне рұқсат етілген мерзімнен ұзақ жинақталған ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/waste_view.py" line="326" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ай</numerusform>
            <numerusform>%n ай</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="334" />
        <source> (expired)</source>
        <translation> (мерзімі өтті)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="357" />
        <source>Register waste type “%s”</source>
        <translation>«%s» қалдық түрін тіркеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="471" />
        <source>Enter the production basis for %s</source>
        <translation>%s үшін өндірістік базаны енгізу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="508" />
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
        <location filename="../../greendesk/ui/waste_view.py" line="359" />
        <source>Waste type “%s” registered.</source>
        <translation>«%s» қалдық түрі тіркелді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="381" />
        <source>Edit waste type “%s”</source>
        <translation>«%s» қалдық түрін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="383" />
        <source>Waste type “%s” saved.</source>
        <translation>«%s» қалдық түрі сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="394" />
        <source>Add contractor “%s”</source>
        <translation>«%s» мердігерін қосу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="396" />
        <source>Contractor “%s” added.</source>
        <translation>«%s» мердігері қосылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="408" />
        <source>Edit contractor “%s”</source>
        <translation>«%s» мердігерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="410" />
        <source>Contractor “%s” saved.</source>
        <translation>«%s» мердігері сақталды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="419" />
        <source>Register a waste type first; movements are recorded per waste type.</source>
        <translation>Алдымен қалдық түрін тіркеңіз: қозғалыс қалдық түрлері бойынша есепке алынады.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="423" />
        <source>Add the contractor first, with its licence.</source>
        <translation>Алдымен мердігерді оның лицензиясымен қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="440" />
        <source>Recorded; undo with Ctrl+Z.</source>
        <translation>Жазылды; болдырмау — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="446" />
        <source>Select the storage in the stock table first.</source>
        <translation>Алдымен жинақтау кестесінен жинақтау орнын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="451" />
        <source>Mark %s as a technogenic formation</source>
        <translation>%s техногендік минералдық түзілімдерге жатқызу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="456" />
        <source>%s is now treated as a technogenic formation: waste there counts as placed, not stored.</source>
        <translation>%s енді техногендік минералдық түзілім болып саналады: ондағы қалдықтар жинақталған емес, орналастырылған болып есептеледі.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="463" />
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
</context>
<context>
    <name>balances</name>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="203" />
        <source>Total mass</source>
        <translation>Жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="204" />
        <source>Total volume</source>
        <translation>Жалпы көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="362" />
        <source>no calorific value: not in the total</source>
        <translation>жану жылуы жоқ: жиынтыққа кірмейді</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="373" />
        <source>Total energy</source>
        <translation>Жалпы энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="414" />
        <source>ε = Σ(Q_product × β) / Σ(Q_feed × α) × 100 %  — metal in products over metal in feed (Q tonnes, α and β grades)</source>
        <translation>ε = Σ(Q_product × β) / Σ(Q_feed × α) × 100 %  — өнімдегі металдың бастапқы шикізаттағы металға қатынасы (Q — тонна, α және β — құрамы)</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="472" />
        <source>Extraction of the mineral from the subsoil</source>
        <translation>Пайдалы қазбаны жер қойнауынан алу толықтығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="473" />
        <source>K_ext = (Q_mined − Q_lost) / Q_mined × 100 %, where Q_mined is raw material taken from the subsoil and Q_lost its accounted and unaccounted losses at the mine</source>
        <translation>K_ext = (Q_mined − Q_lost) / Q_mined × 100 %, мұнда Q_mined — жер қойнауынан алынған шикізат, Q_lost — оның кеніштегі есепке алынған және есепке алынбаған шығындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="477" />
        <source>Recovery of useful components in beneficiation</source>
        <translation>Байыту кезінде пайдалы компоненттерді бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="478" />
        <source>ε_b = metal in the concentrator's products / metal in the ore fed to its processes × 100 %</source>
        <translation>ε_b = байыту фабрикасы өніміндегі металл / оның процестеріне берілген кендегі металл × 100 %</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="481" />
        <source>Recovery in metallurgical conversion</source>
        <translation>Металлургиялық қайта өңдеу кезінде бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="482" />
        <source>ε_m = metal in the smelter's products / metal in the concentrate and other feed to its processes × 100 %</source>
        <translation>ε_m = металлургия зауыты өніміндегі металл / оның процестеріне берілген концентрат пен басқа шикізаттағы металл × 100 %</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="485" />
        <source>Use of production waste</source>
        <translation>Өндіріс қалдықтарын пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="486" />
        <source>K_w = Q_used / Q_generated × 100 %, where Q_generated is overburden, tailings, slag and other waste leaving processes and Q_used the site's waste going into a process or to a customer</source>
        <translation>K_w = Q_used / Q_generated × 100 %, мұнда Q_generated — процестерден шығатын аршылған жыныстар, байыту қалдықтары, шлактар және басқа қалдықтар, Q_used — процеске немесе тұтынушыға жіберілген алаң қалдықтары</translation>
    </message>
</context>
<context>
    <name>formation_labels</name>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="19" />
        <source>Waste-rock dump</source>
        <translation>Аршылған жыныстар үйіндісі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="20" />
        <source>Tailings storage facility</source>
        <translation>Қалдық қоймасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="21" />
        <source>Slag heap</source>
        <translation>Шлак үйіндісі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="22" />
        <source>Sludge pond</source>
        <translation>Шлам жинағыш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="23" />
        <source>Heap-leach residue</source>
        <translation>Үймелеп шаймалау қалдықтары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="25" />
        <location filename="../../greendesk/ui/formation_labels.py" line="38" />
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="26" />
        <source>Operating</source>
        <translation>Жұмыс істеп тұр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="27" />
        <source>Inactive</source>
        <translation>Уақытша пайдаланылмайды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="28" />
        <source>Closed</source>
        <translation>Жабылған</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="29" />
        <source>Reclaimed</source>
        <translation>Қалпына келтірілген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="30" />
        <source>Abandoned</source>
        <translation>Иесіз</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="31" />
        <source>Under construction</source>
        <translation>Салынуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="33" />
        <source>Upstream</source>
        <translation>Қойма жағына қарай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="34" />
        <source>Downstream</source>
        <translation>Төменгі беткей жағына қарай</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="35" />
        <source>Centreline</source>
        <translation>Бөгет осі бойынша</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="36" />
        <source>Water-retaining dam</source>
        <translation>Су ұстайтын бөгет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="39" />
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="40" />
        <source>Significant</source>
        <translation>Елеулі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="41" />
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="42" />
        <source>Very high</source>
        <translation>Өте жоғары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="43" />
        <source>Extreme</source>
        <translation>Төтенше</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="44" />
        <source>Air</source>
        <translation>Атмосфералық ауа</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="45" />
        <source>Groundwater</source>
        <translation>Жерасты сулары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="46" />
        <source>Surface water</source>
        <translation>Жерүсті сулары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="47" />
        <source>Soil</source>
        <translation>Топырақ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="48" />
        <source>Structure (level, settlement)</source>
        <translation>Құрылыс (деңгей, шөгу)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="49" />
        <source>Formation</source>
        <translation>Түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="50" />
        <source>Stack</source>
        <translation>Түтін мұржасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="51" />
        <source>Discharge</source>
        <translation>Төгінді</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="52" />
        <source>Dusting surface</source>
        <translation>Шаңдайтын бет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="53" />
        <source>Other source</source>
        <translation>Басқа көз</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../greendesk/ui/kit/numbers.py" line="32" />
        <source>Enter the %s.</source>
        <translation>«%s» өрісін толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/kit/numbers.py" line="39" />
        <source>%1: %2 is not a number.</source>
        <translation>%1: %2 — сан емес.</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="258" />
        <source>Energy intensity</source>
        <translation>Энергия сыйымдылығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="259" />
        <source>energy carriers received (GJ, fuels by calorific value) ÷ mass shipped to customers (t)</source>
        <translation>алынған энергия тасымалдағыштар (ГДж, отын жану жылуы бойынша) ÷ тұтынушыларға жөнелтілген масса (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="261" />
        <source>Waste per tonne shipped</source>
        <translation>Жөнелтілген өнім тоннасына қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="262" />
        <source>waste leaving the processes (t) ÷ mass shipped to customers (t)</source>
        <translation>процестерден шығатын қалдықтар (т) ÷ тұтынушыларға жөнелтілген масса (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="264" />
        <source>By-products shipped</source>
        <translation>Жөнелтілген қосалқы өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="265" />
        <source>by-products delivered to customers (t)</source>
        <translation>тұтынушыларға жеткізілген қосалқы өнім (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="266" />
        <source>Environmental incidents</source>
        <translation>Экологиялық инциденттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="267" />
        <source>incidents logged in the year</source>
        <translation>жыл ішінде тіркелген инциденттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="268" />
        <source>Emergency drills held</source>
        <translation>Өткізілген авариялық оқу-жаттығулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="269" />
        <source>drills recorded for measure-9 actions in the year</source>
        <translation>жыл ішінде 9-шара іс-шаралары бойынша жазылған оқу-жаттығулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="271" />
        <source>Unaccounted material loss</source>
        <translation>Материалдардың есепке алынбаған шығындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="272" />
        <source>unaccounted loss ÷ inputs of the site (total mass balance)</source>
        <translation>есепке алынбаған шығындар ÷ алаңның кірісі (жалпы масса балансы)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="274" />
        <source>Accounted material loss</source>
        <translation>Материалдардың есепке алынған шығындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="275" />
        <source>accounted losses ÷ inputs of the site (total mass balance)</source>
        <translation>есепке алынған шығындар ÷ алаңның кірісі (жалпы масса балансы)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="277" />
        <source>Unaccounted energy loss</source>
        <translation>Энергияның есепке алынбаған шығындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="278" />
        <source>(purchased + produced − metered use − exported − accounted) ÷ (purchased + produced)</source>
        <translation>(сатып алынғаны + өндірілгені − есептелген тұтыну − берілгені − есепке алынған шығындар) ÷ (сатып алынғаны + өндірілгені)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="280" />
        <source>Recovery in beneficiation</source>
        <translation>Байыту кезінде бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="281" />
        <source>Cu in the concentrators' products ÷ Cu in the ore fed (whole chain)</source>
        <translation>Байыту фабрикалары өніміндегі Cu ÷ берілген кендегі Cu (бүкіл тізбек)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="283" />
        <source>assays of ore and concentrate</source>
        <translation>кен мен концентрат талдаулары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="284" />
        <source>Recovery in metallurgy</source>
        <translation>Металлургияда бөліп алу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="285" />
        <source>Cu in the smelters' products ÷ Cu in the concentrate fed (whole chain)</source>
        <translation>Металлургия зауыттары өніміндегі Cu ÷ берілген концентраттағы Cu (бүкіл тізбек)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="287" />
        <source>assays of concentrate and products</source>
        <translation>концентрат пен өнім талдаулары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="288" />
        <source>Waste utilisation</source>
        <translation>Қалдықтарды пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="289" />
        <source>wastes recycled, recovered or incinerated ÷ wastes generated (the Waste register's recycling share)</source>
        <translation>қайта өңделген, қалпына келтірілген немесе өртелген қалдықтар ÷ түзілген қалдықтар (қалдықтар тізіліміндегі қайта өңдеу үлесі)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="291" />
        <source>waste movements (the Waste register)</source>
        <translation>қалдықтардың қозғалысы (қалдықтар тізілімі)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="292" />
        <source>Secondary raw materials in inputs</source>
        <translation>Кірістегі қайталама шикізат</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="293" />
        <source>wastes recycled on site ÷ (raw materials received + wastes recycled on site)</source>
        <translation>алаңда қайта өңделген қалдықтар ÷ (алынған шикізат + алаңда қайта өңделген қалдықтар)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="295" />
        <source>recycled waste movements (the Waste register)</source>
        <translation>қайта өңделген қалдықтардың қозғалысы (қалдықтар тізілімі)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="296" />
        <source>Monitoring coverage</source>
        <translation>Мониторингпен қамту</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="297" />
        <source>monitoring points with readings in every required interval ÷ all points (whole plant)</source>
        <translation>әр талап етілетін аралықта өлшеулері бар мониторинг нүктелері ÷ барлық нүктелер (бүкіл кәсіпорын)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="299" />
        <source>monitoring points and readings (Technogenic formations)</source>
        <translation>мониторинг нүктелері мен өлшеулер (Техногендік минералдық түзілімдер)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="301" />
        <source>Limit exceedances</source>
        <translation>Нормативтерден асу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="302" />
        <source>readings beyond their permitted limit (whole plant)</source>
        <translation>нормативтен асқан өлшеулер (бүкіл кәсіпорын)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="304" />
        <source>monitoring readings (Technogenic formations)</source>
        <translation>мониторинг нәтижелері (Техногендік минералдық түзілімдер)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="305" />
        <source>Water recirculation</source>
        <translation>Айналымдағы сумен жабдықтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="306" />
        <source>recirculated water ÷ all water used</source>
        <translation>айналымдағы су ÷ пайдаланылған барлық су</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="307" />
        <source>flows of recirculated water (a material for it)</source>
        <translation>айналымдағы су ағындары (бөлек материал)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="308" />
        <source>Reagent recovery</source>
        <translation>Реагенттерді регенерациялау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="309" />
        <source>reagents recovered ÷ reagents consumed</source>
        <translation>регенерацияланған реагенттер ÷ жұмсалған реагенттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="310" />
        <source>flows of recovered reagents</source>
        <translation>регенерацияланған реагенттер ағындары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="311" />
        <source>Hazardous materials in inputs</source>
        <translation>Кірістегі қауіпті материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="312" />
        <source>hazardous materials received ÷ all materials received</source>
        <translation>алынған қауіпті материалдар ÷ алынған барлық материалдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="313" />
        <source>hazard classes of the input materials</source>
        <translation>түсетін материалдардың қауіптілік сыныптары</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="314" />
        <source>Fugitive pollution sources</source>
        <translation>Ұйымдастырылмаған ластану көздері</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="315" />
        <source>unorganised sources in the emission inventory</source>
        <translation>шығарындыларды түгендеудегі ұйымдастырылмаған көздер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="316" />
        <source>an emission-source inventory</source>
        <translation>шығарынды көздерін түгендеу</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="18" />
        <source>Mine or quarry</source>
        <translation>Кеніш немесе карьер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="19" />
        <source>Concentrator</source>
        <translation>Байыту фабрикасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="20" />
        <source>Smelter or refinery</source>
        <translation>Металлургия зауыты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="21" />
        <source>Auxiliary</source>
        <translation>Қосалқы өндіріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="22" />
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="23" />
        <source>Stock or storage</source>
        <translation>Қор (қойма)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="24" />
        <source>Supplier (boundary)</source>
        <translation>Жеткізуші (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="25" />
        <source>Customer (boundary)</source>
        <translation>Тұтынушы (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="26" />
        <source>Environment (boundary)</source>
        <translation>Қоршаған орта (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="27" />
        <source>Waste contractor (boundary)</source>
        <translation>Қалдықтар жөніндегі мердігер (шекара)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="28" />
        <source>Accounted loss</source>
        <translation>Есепке алынған шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="29" />
        <source>Storage</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="30" />
        <source>Transport</source>
        <translation>Тасымалдау</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="31" />
        <source>Handling</source>
        <translation>Тиеу-түсіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="32" />
        <source>Process losses</source>
        <translation>Технологиялық</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="33" />
        <source>Measurement</source>
        <translation>Өлшеу қателігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="34" />
        <source>Raw material</source>
        <translation>Шикізат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="35" />
        <source>Reagent</source>
        <translation>Реагент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="36" />
        <source>Intermediate</source>
        <translation>Жартылай өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="37" />
        <source>Product</source>
        <translation>Өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="38" />
        <source>By-product</source>
        <translation>Қосалқы өнім</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="39" />
        <source>Energy carrier</source>
        <translation>Энергия тасымалдағыш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="40" />
        <source>Water</source>
        <translation>Су</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="41" />
        <source>Waste</source>
        <translation>Қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="42" />
        <source>Mass</source>
        <translation>Масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="43" />
        <source>Volume</source>
        <translation>Көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="44" />
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="45" />
        <source>Measured</source>
        <translation>Өлшенген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="46" />
        <source>Calculated</source>
        <translation>Есептелген</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="47" />
        <source>Estimated</source>
        <translation>Бағаланған</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="181" />
        <source>There is nothing to reconcile: no process or stock node has flows in this period.</source>
        <translation>Үйлестіретін ештеңе жоқ: бұл кезеңде бірде-бір процесте немесе қоймада ағын жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="184" />
        <source>No balance can be checked: every balance contains a flow or stock change that is not measured, so the measurements are kept as they are.</source>
        <translation>Бірде-бір балансты тексеру мүмкін емес: әрқайсысында өлшенбеген ағын немесе қор өзгерісі бар, сондықтан өлшемдер өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="187" />
        <source>{n} measured values are not redundant (no balance without an unknown checks them); they are kept as measured.</source>
        <translation>Артықтығы жоқ өлшенген мәндер: {n} (оларды белгісізі жоқ бірде-бір баланс тексермейді); олар өлшенген күйінде қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="190" />
        <source>{label} cannot be estimated: the balances it appears in hold other unknowns too ({others}); measure one of them.</source>
        <translation>{label} бағалау мүмкін емес: ол қатысатын баланстарда басқа да белгісіздер бар ({others}); солардың бірін өлшеңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="193" />
        <source>The balance of {label} cannot close: all its values are fixed (zero uncertainty) but they leave {residual:,.6g}; give one of them an uncertainty.</source>
        <translation>{label} балансы тоғыспайды: оның барлық мәндері тіркелген (нөлдік белгісіздік), бірақ {residual:,.6g} айырма қалады; олардың біріне белгісіздік беріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="196" />
        <source>The fixed values (zero uncertainty) contradict each other across the balances; give some of them an uncertainty.</source>
        <translation>Тіркелген мәндер (нөлдік белгісіздік) баланстарда бір-біріне қайшы келеді; олардың кейбіріне белгісіздік беріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="199" />
        <source>The measurements do not fit the balances (χ² = {chi2:,.4g} &gt; {critical:,.4g} at {level:g} %): a gross error is likely; check the flagged values first.</source>
        <translation>Өлшемдер баланстарға сәйкес келмейді ({level:g} % деңгейінде χ² = {chi2:,.4g} &gt; {critical:,.4g}): өрескел қате болуы ықтимал; алдымен белгіленген мәндерді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="202" />
        <source>The measurements fit the balances within their uncertainties (χ² = {chi2:,.4g} ≤ {critical:,.4g} at {level:g} %).</source>
        <translation>Өлшемдер баланстарға өз белгісіздігі шегінде сәйкес келеді ({level:g} % деңгейінде χ² = {chi2:,.4g} ≤ {critical:,.4g}).</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="17" />
        <source>Material and energy balance</source>
        <translation>Материалдық және энергетикалық баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="20" />
        <source>Storage losses</source>
        <translation>Сақтау кезіндегі шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="21" />
        <source>Transport losses</source>
        <translation>Тасымалдау кезіндегі шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="22" />
        <source>Handling losses</source>
        <translation>Тиеу-түсіру кезіндегі шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="23" />
        <source>Process losses</source>
        <translation>Технологиялық</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="24" />
        <source>Measurement losses</source>
        <translation>Өлшеу қателігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="40" />
        <source>whole site</source>
        <translation>бүкіл алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="41" />
        <location filename="../../greendesk/reports/balance_report.py" line="52" />
        <location filename="../../greendesk/reports/formations_report.py" line="24" />
        <location filename="../../greendesk/reports/greening_plan.py" line="33" />
        <location filename="../../greendesk/reports/greening_plan.py" line="70" />
        <location filename="../../greendesk/reports/ledger_extract.py" line="23" />
        <location filename="../../greendesk/reports/waste_report.py" line="35" />
        <source>Site</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="41" />
        <location filename="../../greendesk/reports/balance_report.py" line="52" />
        <location filename="../../greendesk/reports/waste_report.py" line="105" />
        <source>Scope</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="42" />
        <location filename="../../greendesk/reports/balance_report.py" line="53" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="43" />
        <source>Inputs</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="44" />
        <source>Outputs</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="45" />
        <location filename="../../greendesk/reports/balance_report.py" line="58" />
        <source>Stock change</source>
        <translation>Қор өзгерісі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="47" />
        <location filename="../../greendesk/reports/balance_report.py" line="59" />
        <source>Accounted losses</source>
        <translation>Есепке алынған шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="48" />
        <location filename="../../greendesk/reports/balance_report.py" line="60" />
        <source>Unaccounted loss</source>
        <translation>Есепке алынбаған шығындар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="49" />
        <source>Unaccounted share of inputs</source>
        <translation>Кірістегі есепке алынбаған шығындар үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="54" />
        <source>Purchased</source>
        <translation>Сатып алынды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="55" />
        <source>Produced</source>
        <translation>Өндірілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="56" />
        <location filename="../../greendesk/reports/balance_report.py" line="63" />
        <source>Use</source>
        <translation>Тұтыну</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="57" />
        <source>Exported</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="61" />
        <source>Unaccounted share of supply</source>
        <translation>Түсімдегі есепке алынбаған шығындар үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="62" />
        <source>Supplied</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="66" />
        <source>There are no sites to balance.</source>
        <translation>Баланс жасайтын алаңдар жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="68" />
        <source>There are no flows in the period to balance.</source>
        <translation>Кезеңде баланс жасайтын ағындар жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="69" />
        <source>Material balance</source>
        <translation>Материалдық баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="70" />
        <source>Total mass per month; energy carriers are in the energy sheet. %s</source>
        <translation>Айлар бойынша жалпы масса; энергия тасымалдағыштар — энергетикалық баланс парағында. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="72" />
        <location filename="../../greendesk/reports/balance_report.py" line="73" />
        <source>Energy balance</source>
        <translation>Энергетикалық баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="74" />
        <source>GJ, and tonnes of coal equivalent by each carrier's factor. %s</source>
        <translation>ГДж және әр тасымалдағыштың коэффициенті бойынша шартты отын тоннасы. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="18" />
        <source>Cover</source>
        <translation>Титул парағы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="33" />
        <source>Environmental compliance report</source>
        <translation>Экологиялық талаптардың сақталуы туралы есеп</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="41" />
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="42" />
        <location filename="../../greendesk/reports/waste_report.py" line="137" />
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="43" />
        <source>Sites</source>
        <translation>Алаңдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="43" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="44" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="46" />
        <source>Prepared by</source>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="47" />
        <source>Generated at</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="48" />
        <source>GreenDesk version</source>
        <translation>GreenDesk нұсқасы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="49" />
        <source>Records used</source>
        <translation>Пайдаланылған жазбалар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="50" />
        <source>Data fingerprint (SHA-256)</source>
        <translation>Деректердің цифрлық ізі (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="54" />
        <source>Audit trail head (entry:SHA-256)</source>
        <translation>Өзгерістер журналының соңғы жазбасы (жазба:SHA-256)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="60" />
        <source>Totals and derived columns are Excel formulas over the rows above them. `greendesk verify FILE --db DATABASE` tells whether the figures still match the database they came from.</source>
        <translation>Қорытындылар мен есептік бағандар — жоғарыдағы жолдар бойынша Excel формулалары. `greendesk verify ФАЙЛ --db ДЕРЕКҚОР` пәрмені сандардың өздері алынған дерекқорға әлі де сәйкес келетінін көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="65" />
        <source>The audit trail head is the database's change log as it stood at export. `greendesk audit verify --db DATABASE --anchor THIS.xlsx` tells whether the log still holds it: a copy kept out of the database owner's reach shows whether history was rewritten since.</source>
        <translation>Өзгерістер журналының соңғы жазбасы — экспорт сәтіндегі дерекқор журналының күйі. `greendesk audit verify --db ДЕРЕКҚОР --anchor ОСЫ_КІТАП.xlsx` пәрмені журналда ол әлі бар-жоғын көрсетеді: дерекқор иесінің қолы жетпейтін көшірме тарихтың содан бері қайта жазылғанын көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="12" />
        <source>Technogenic formations</source>
        <translation>Техногендік минералдық түзілімдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="20" />
        <source>No technogenic formations are registered.</source>
        <translation>Техногендік минералдық түзілімдер тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="22" />
        <source>Rank</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="23" />
        <source>Formation</source>
        <translation>Түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="24" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="25" />
        <location filename="../../greendesk/reports/greening_plan.py" line="37" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="26" />
        <location filename="../../greendesk/reports/waste_report.py" line="37" />
        <location filename="../../greendesk/reports/waste_report.py" line="84" />
        <source>List of Waste code</source>
        <translation>Қалдықтар сыныптауышы бойынша код</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="27" />
        <source>Area</source>
        <translation>Ауданы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="28" />
        <source>Volume</source>
        <translation>Көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="29" />
        <source>Bulk density</source>
        <translation>Үйме тығыздығы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="31" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="32" />
        <source>contained</source>
        <translation>құрамында</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="34" />
        <source>Recoverable value</source>
        <translation>Бөліп алынатын құны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="36" />
        <source>Processing cost</source>
        <translation>Өңдеу шығыны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="38" />
        <source>Net value</source>
        <translation>Таза құны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="40" />
        <source>Screening note</source>
        <translation>Бағалауға ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="41" />
        <source>Formations</source>
        <translation>Түзілімдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="42" />
        <source>Net value = recoverable value − processing cost, for the components that pay.</source>
        <translation>Таза құны = бөліп алынатын құны − өңдеу шығыны, тиімді компоненттер бойынша.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="63" />
        <source>Point</source>
        <translation>Нүкте</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="64" />
        <source>Attached to</source>
        <translation>Бақылау нысаны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="65" />
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="66" />
        <location filename="../../greendesk/reports/rational_use.py" line="31" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="67" />
        <location filename="../../greendesk/reports/ledger_extract.py" line="22" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="68" />
        <source>Reading</source>
        <translation>Өлшеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="69" />
        <source>Limit</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="70" />
        <source>Margin</source>
        <translation>Нормативке дейінгі қор</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="71" />
        <source>Exceedances</source>
        <translation>Нормативтен асулар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="72" />
        <source>Monitoring readings beyond their permitted limits</source>
        <translation>Нормативтен асқан мониторинг нәтижелері</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="14" />
        <location filename="../../greendesk/reports/greening_plan.py" line="49" />
        <source>Greening plan</source>
        <translation>Экологияландыру жоспары</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="16" />
        <source>not started</source>
        <translation>басталмаған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="16" />
        <source>planned</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="17" />
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="17" />
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="18" />
        <source>not applicable</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="20" />
        <source>low</source>
        <translation>төмен</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="20" />
        <source>medium</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="20" />
        <source>high</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="31" />
        <source>There is no greening plan for the chosen sites.</source>
        <translation>Таңдалған алаңдар үшін экологияландыру жоспары жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="33" />
        <location filename="../../greendesk/reports/greening_plan.py" line="71" />
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="34" />
        <source>Action id</source>
        <translation>Іс-шара коды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="35" />
        <source>Action</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="36" />
        <source>Cost class</source>
        <translation>Шығын сыныбы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="37" />
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="38" />
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="39" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="40" />
        <source>Estimated cost</source>
        <translation>Болжамды шығын</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="41" />
        <source>Expected effect</source>
        <translation>Күтілетін әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="42" />
        <source>Effect unit</source>
        <translation>Әсер бірлігі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="43" />
        <source>Actual effect</source>
        <translation>Нақты әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="44" />
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="45" />
        <source>Evidence files</source>
        <translation>Растайтын файлдар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="46" />
        <source>Not applicable because</source>
        <translation>Қолданылмайды, себебі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="48" />
        <source>status on</source>
        <translation>күйі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="62" />
        <location filename="../../greendesk/reports/waste_report.py" line="52" />
        <location filename="../../greendesk/reports/waste_report.py" line="149" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="72" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="73" />
        <source>Applicable actions</source>
        <translation>Қолданылатын іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="75" />
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="76" />
        <source>Progress</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="79" />
        <source>Plan progress</source>
        <translation>Жоспардың орындалуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="80" />
        <source>Progress of each greening measure</source>
        <translation>Әр экологияландыру шарасының орындалуы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="81" />
        <source>Formulas count the actions on sheet '%s'.</source>
        <translation>Формулалар «%s» парағындағы іс-шараларды санайды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="13" />
        <source>Flow ledger extract</source>
        <translation>Ағындар журналынан үзінді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="14" />
        <source>Total mass</source>
        <translation>Жалпы масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="15" />
        <source>Total volume</source>
        <translation>Жалпы көлем</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="16" />
        <source>Total energy</source>
        <translation>Жалпы энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="24" />
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="25" />
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="26" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="27" />
        <source>Quantity as entered</source>
        <translation>Енгізілген саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="28" />
        <source>Unit entered</source>
        <translation>Енгізілген бірлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="29" />
        <source>Canonical quantity</source>
        <translation>Негізгі бірліктегі саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="30" />
        <source>Canonical unit</source>
        <translation>Негізгі бірлік</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="31" />
        <source>Quantity kind</source>
        <translation>Шама түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="32" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="33" />
        <source>Uncertainty</source>
        <translation>Белгісіздік</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="34" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="53" />
        <source>There are no flow records in the period for the chosen sites.</source>
        <translation>Таңдалған алаңдар үшін кезеңде ағын жазбалары жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="56" />
        <source>Ledger</source>
        <translation>Ағындар журналы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="71" />
        <source>Records</source>
        <translation>Жазбалар саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="15" />
        <source>Rational use of mineral resources</source>
        <translation>Минералдық ресурстарды ұтымды пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="22" />
        <source>There are no flows to compute the indicators from.</source>
        <translation>Көрсеткіштерді есептейтін ағындар жоқ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="26" />
        <location filename="../../greendesk/reports/waste_report.py" line="105" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="27" />
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="28" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="29" />
        <source>Numerator</source>
        <translation>Алымы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="30" />
        <source>Denominator</source>
        <translation>Бөлімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="32" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="33" />
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="34" />
        <source>Rational use</source>
        <translation>Ұтымды пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="35" />
        <source>Indicators of the whole site chain, the last five years to %s.</source>
        <translation>Алаңдардың бүкіл тізбегінің соңғы бес жылдағы (%s дейін) көрсеткіштері.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="24" />
        <source>Annual waste report</source>
        <translation>Қалдықтар бойынша жылдық есеп</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="31" />
        <source>No waste types are registered for the chosen sites.</source>
        <translation>Таңдалған алаңдар үшін қалдық түрлері тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="36" />
        <location filename="../../greendesk/reports/waste_report.py" line="83" />
        <source>Waste type</source>
        <translation>Қалдық түрі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="38" />
        <location filename="../../greendesk/reports/waste_report.py" line="108" />
        <source>Hazardous</source>
        <translation>Қауіпті</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="39" />
        <source>Legacy level</source>
        <translation>Бұрынғы деңгей</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="40" />
        <source>Storage or formation</source>
        <translation>Жинақтау орны немесе түзілім</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="41" />
        <source>Stock at start</source>
        <translation>Басындағы жинақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="42" />
        <location filename="../../greendesk/reports/waste_report.py" line="107" />
        <source>Generated</source>
        <translation>Түзілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="43" />
        <source>Recycled on site</source>
        <translation>Алаңда қайта өңделді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="44" />
        <source>Transferred</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="45" />
        <source>Placed in formations</source>
        <translation>Түзілімдерге орналастырылды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="46" />
        <source>Other movements</source>
        <translation>Басқа қозғалыс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="47" />
        <source>Stock at end</source>
        <translation>Соңындағы жинақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="48" />
        <source>Waste movements</source>
        <translation>Қалдықтар қозғалысы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="49" />
        <source>Stock at end = start + generated − recycled − transferred − placed + other. %s</source>
        <translation>Соңындағы жинақталған = басындағы + түзілген − қайта өңделген − берілген − орналастырылған + басқа. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="52" />
        <location filename="../../greendesk/reports/waste_report.py" line="150" />
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="81" />
        <location filename="../../greendesk/reports/waste_report.py" line="137" />
        <source>Contractor</source>
        <translation>Мердігер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="82" />
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="85" />
        <location filename="../../greendesk/reports/waste_report.py" line="87" />
        <source>Transfers</source>
        <translation>Қалдықтарды беру</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="86" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="88" />
        <source>Transfers per contractor and R/D operation</source>
        <translation>Мердігерлер мен R/D операциялары бойынша қалдықтарды беру</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="96" />
        <source>Total transferred</source>
        <translation>Барлығы берілді</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="109" />
        <source>Non-hazardous</source>
        <translation>Қауіпті емес</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="110" />
        <source>Recycled (incl. incineration)</source>
        <translation>Қайта өңделді (өртеуді қоса)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="112" />
        <source>Recycling share</source>
        <translation>Қайта өңдеу үлесі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="113" />
        <source>Stock at year end</source>
        <translation>Жыл соңындағы жинақталған</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="114" />
        <source>Waste per tonne of main product</source>
        <translation>Негізгі өнім тоннасына қалдықтар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="116" />
        <source>Generated, change on previous year</source>
        <translation>Түзілді, өткен жылға қарағанда өзгерісі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="118" />
        <location filename="../../greendesk/reports/waste_report.py" line="119" />
        <source>Waste indicators</source>
        <translation>Қалдықтар көрсеткіштері</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="120" />
        <source>The recycling share is recycled ÷ generated and is not capped: above 100 % old stock was processed.</source>
        <translation>Қайта өңдеу үлесі = қайта өңделген ÷ түзілген, жоғарғы шегі жоқ: 100 %-дан жоғары болса, бұрын жинақталған қалдықтар өңделген.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="139" />
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="140" />
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="141" />
        <source>Valid at the end of the period</source>
        <translation>Кезең соңында жарамды</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="142" />
        <source>Operations licensed</source>
        <translation>Лицензияланған операциялар</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="143" />
        <source>Contractors</source>
        <translation>Мердігерлер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="144" />
        <source>Waste contractors and their licences</source>
        <translation>Қалдықтар жөніндегі мердігерлер және олардың лицензиялары</translation>
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
    <message>
        <location filename="../../greendesk/ui/sections.py" line="18" />
        <source>Balances</source>
        <translation>Баланстар</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="20" />
        <source>Waste register</source>
        <translation>Қалдықтар тізілімі</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="22" />
        <source>Technogenic formations</source>
        <translation>Техногендік минералдық түзілімдер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="24" />
        <source>Greening plan</source>
        <translation>Экологияландыру жоспары</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="26" />
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="28" />
        <source>Audit trail</source>
        <translation>Өзгерістер журналы</translation>
    </message>
</context>
<context>
    <name>waste</name>
    <message>
        <location filename="../../greendesk/services/waste.py" line="45" />
        <source>Explosive</source>
        <translation>Жарылыс қаупі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="46" />
        <source>Oxidising</source>
        <translation>Тотықтырғыш қасиеттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="47" />
        <source>Flammable</source>
        <translation>Өрт қаупі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="48" />
        <source>Irritant — skin irritation and eye damage</source>
        <translation>Тітіркендіргіш әсер — терінің тітіркенуі және көздің зақымдануы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="49" />
        <source>Specific target organ toxicity, aspiration toxicity</source>
        <translation>Спецификалық жүйелік уыттылық (нысана-ағзаға аспирациялық уыттылық)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="50" />
        <source>Acute toxicity</source>
        <translation>Жіті уыттылық</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="51" />
        <source>Carcinogenic</source>
        <translation>Канцерогендік</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="52" />
        <source>Corrosive</source>
        <translation>Күйдіргіш әсер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="53" />
        <source>Infectious</source>
        <translation>Инфекциялық қасиеттер</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="54" />
        <source>Toxic for reproduction</source>
        <translation>Бала туу қабілетіне уыттылық</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="55" />
        <source>Mutagenic</source>
        <translation>Мутагендік</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="56" />
        <source>Release of an acute toxic gas</source>
        <translation>Сумен, ауамен немесе қышқылмен жанасқанда уытты газдардың түзілуі</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="57" />
        <source>Sensitising</source>
        <translation>Сенсибилизация</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="58" />
        <source>Ecotoxic</source>
        <translation>Экоуыттылық</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="59" />
        <source>Capable of exhibiting a hazardous property later</source>
        <translation>Бастапқы қалдықтардан жанама түрде бөлінетін жоғарыда аталған қауіпті қасиеттерді көрсету қабілеті</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="60" />
        <source>Persistent organic pollutants</source>
        <translation>Тұрақты органикалық ластағыштар (ТОЛ)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="65" />
        <source>Use as a fuel or to generate energy</source>
        <translation>Отын ретінде немесе энергия алу үшін өзге тәсілмен пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="66" />
        <source>Solvent reclamation or regeneration</source>
        <translation>Еріткіштерді рекуперациялау немесе регенерациялау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="67" />
        <source>Recycling of organic substances</source>
        <translation>Органикалық заттарды рециклингтеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="68" />
        <source>Recycling of metals and metal compounds</source>
        <translation>Металдар мен олардың қосылыстарын рециклингтеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="69" />
        <source>Recycling of other inorganic materials</source>
        <translation>Басқа бейорганикалық материалдарды рециклингтеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="70" />
        <source>Regeneration of acids or bases</source>
        <translation>Қышқылдарды немесе негіздерді регенерациялау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="71" />
        <source>Recovery of pollution-abatement components</source>
        <translation>Ластануға қарсы қолданылатын компоненттерді қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="72" />
        <source>Recovery of components from catalysts</source>
        <translation>Катализатор компоненттерін қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="73" />
        <source>Oil re-refining or other reuses of oil</source>
        <translation>Майларды қайта өңдеу немесе өзге де қайта пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="74" />
        <source>Land treatment benefiting agriculture or ecology</source>
        <translation>Ауыл шаруашылығына немесе экологияға пайдалы топырақ өңдеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="75" />
        <source>Use of wastes obtained from R1–R10</source>
        <translation>R1–R10 операцияларынан алынған қалдықтарды пайдалану</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="76" />
        <source>Exchange of wastes for R1–R11</source>
        <translation>R1–R11 операциялары үшін қалдықтармен алмасу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="77" />
        <source>Storage pending R1–R12</source>
        <translation>R1–R12 операцияларына дейін сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="78" />
        <source>Deposit into or onto land (landfill)</source>
        <translation>Жерге немесе жер бетіне көму (полигон)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="79" />
        <source>Land treatment</source>
        <translation>Топырақта өңдеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="80" />
        <source>Deep injection</source>
        <translation>Терең айдау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="81" />
        <source>Surface impoundment</source>
        <translation>Жерүсті жинағыштарында орналастыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="82" />
        <source>Specially engineered landfill</source>
        <translation>Арнайы жабдықталған полигон</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="83" />
        <source>Release into a water body</source>
        <translation>Су объектісіне төгу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="84" />
        <source>Release to seas and oceans</source>
        <translation>Теңіздер мен мұхиттарға төгу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="85" />
        <source>Biological treatment</source>
        <translation>Биологиялық өңдеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="86" />
        <source>Physico-chemical treatment</source>
        <translation>Физика-химиялық өңдеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="87" />
        <source>Incineration on land</source>
        <translation>Құрлықта өртеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="88" />
        <source>Incineration at sea</source>
        <translation>Теңізде өртеу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="89" />
        <source>Permanent storage</source>
        <translation>Тұрақты сақтау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="90" />
        <source>Blending or mixing prior to D1–D12</source>
        <translation>D1–D12 операцияларына дейін араластыру</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="91" />
        <source>Repackaging prior to D1–D13</source>
        <translation>D1–D13 операцияларына дейін қайта буып-түю</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="92" />
        <source>Storage pending D1–D14</source>
        <translation>D1–D14 операцияларына дейін сақтау</translation>
    </message>
</context>
</TS>