<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="95" />
        <location filename="../../greendesk/ui/action_editor.py" line="181" />
        <source>Select an action</source>
        <translation>Выберите мероприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="107" />
        <source>tenge</source>
        <translation>тенге</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="110" />
        <source>e.g. t/yr less tailings, GJ/yr saved</source>
        <translation>напр. т/год меньше хвостов, ГДж/год экономии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="114" />
        <source>why it does not apply here</source>
        <translation>почему здесь неприменимо</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="121" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="125" />
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="128" />
        <source>Save copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="130" />
        <source>Record a drill…</source>
        <translation>Записать учение…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="143" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="143" />
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="144" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="144" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="145" />
        <source>Cost class</source>
        <translation>Класс затрат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="146" />
        <location filename="../../greendesk/ui/action_editor.py" line="211" />
        <source>Estimated cost</source>
        <translation>Оценка затрат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="147" />
        <location filename="../../greendesk/ui/action_editor.py" line="212" />
        <source>Expected effect</source>
        <translation>Ожидаемый эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="148" />
        <source>Effect unit</source>
        <translation>Единица эффекта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="149" />
        <source>Indicator moved</source>
        <translation>Изменяемый показатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="150" />
        <location filename="../../greendesk/ui/action_editor.py" line="214" />
        <source>Actual effect</source>
        <translation>Фактический эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="151" />
        <source>Not applicable because</source>
        <translation>Неприменимо, потому что</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="152" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="162" />
        <source>Evidence</source>
        <translation>Подтверждающие документы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="166" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="172" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>ActionLabels</name>
    <message>
        <location filename="../../greendesk/labels.py" line="150" />
        <location filename="../../greendesk/ui/action_editor.py" line="34" />
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="151" />
        <location filename="../../greendesk/ui/action_editor.py" line="35" />
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="152" />
        <location filename="../../greendesk/ui/action_editor.py" line="36" />
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="153" />
        <location filename="../../greendesk/ui/action_editor.py" line="37" />
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="154" />
        <location filename="../../greendesk/ui/action_editor.py" line="38" />
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="41" />
        <source>Low — organisational</source>
        <translation>Низкие — организационные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="42" />
        <source>Medium — process changes</source>
        <translation>Средние — изменения процессов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="43" />
        <source>High — investment project</source>
        <translation>Высокие — инвестиционный проект</translation>
    </message>
</context>
<context>
    <name>AirEditing</name>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="62" />
        <source>Add source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="64" />
        <source>Edit source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="66" />
        <source>Delete source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="68" />
        <source>Add norm</source>
        <translation>Добавить норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="69" />
        <source>Edit norm</source>
        <translation>Изменить норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="71" />
        <location filename="../../greendesk/ui/air_editing.py" line="197" />
        <source>Delete norm</source>
        <translation>Удалить норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="73" />
        <source>Load factor file…</source>
        <translation>Загрузить файл коэффициентов…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="118" />
        <source>Add emission source “%s”</source>
        <translation>Добавить источник выбросов «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="128" />
        <source>Edit emission source “%s”</source>
        <translation>Изменить источник выбросов «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="135" />
        <source>Delete emission source</source>
        <translation>Удалить источник выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="136" />
        <source>Delete emission source “%s”?</source>
        <translation>Удалить источник выбросов «%s»?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="138" />
        <source>Delete emission source “%s”</source>
        <translation>Удалить источник выбросов «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="178" />
        <source>Edit norm for %s</source>
        <translation>Изменить норматив: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="188" />
        <source>Add norm for %1 of source “%2”</source>
        <translation>Добавить норматив по %1 для источника «%2»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="197" />
        <source>Delete the norm for %s?</source>
        <translation>Удалить норматив: %s?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="199" />
        <source>Delete norm for %s</source>
        <translation>Удалить норматив: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="209" />
        <source>Load factor file</source>
        <translation>Загрузка файла коэффициентов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="210" />
        <source>Factor files (*.xlsx *.csv)</source>
        <translation>Файлы коэффициентов (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="223" />
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="233" />
        <source>The file matches the library as loaded; nothing changed.</source>
        <translation>Файл совпадает с загруженной библиотекой; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_editing.py" line="236" />
        <source>Load factor file “%s”</source>
        <translation>Загрузка файла коэффициентов «%s»</translation>
    </message>
</context>
<context>
    <name>AirView</name>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="51" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="51" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="52" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="54" />
        <source>AR4</source>
        <translation>ДО4 МГЭИК</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="54" />
        <source>AR5</source>
        <translation>ДО5 МГЭИК</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="57" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="58" />
        <source>Global warming potentials</source>
        <translation>Потенциалы глобального потепления</translation>
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
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="60" />
        <location filename="../../greendesk/ui/air_view.py" line="64" />
        <location filename="../../greendesk/ui/air_view.py" line="68" />
        <source>Source</source>
        <translation>Источник выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="60" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="61" />
        <source>Mobile</source>
        <translation>Передвижной</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="61" />
        <source>Height, m</source>
        <translation>Высота, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="62" />
        <source>Streams</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="62" />
        <source>Abatement η</source>
        <translation>Очистка η</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="64" />
        <source>Permit</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="65" />
        <location filename="../../greendesk/ui/air_view.py" line="69" />
        <location filename="../../greendesk/ui/air_view.py" line="87" />
        <source>Substance</source>
        <translation>Вещество</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="65" />
        <source>g/s</source>
        <translation>г/с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="66" />
        <source>t/year</source>
        <translation>т/год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="66" />
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="67" />
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="69" />
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="70" />
        <location filename="../../greendesk/ui/air_view.py" line="87" />
        <source>Activity</source>
        <translation>Деятельность</translation>
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
        <translation>Сверх норматива, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="74" />
        <source>No emission source is recorded yet: sources, their ledger streams and the permits' norms make this table.</source>
        <translation>Источники выбросов ещё не внесены: таблицу составляют источники, их потоки из журнала и нормативы разрешений.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="78" />
        <source>Fuel</source>
        <translation>Топливо</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="78" />
        <source>Fuel, t</source>
        <translation>Топливо, т</translation>
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
        <translation>CO₂-экв., т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="88" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="88" />
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="89" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="89" />
        <source>Cited source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="96" />
        <source>Choose a line of the table to see its months against the norm.</source>
        <translation>Выберите строку таблицы, чтобы увидеть её помесячно в сравнении с нормативом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="102" />
        <source>Sources and norms</source>
        <translation>Источники выбросов и нормативы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="104" />
        <source>Emissions against norms</source>
        <translation>Выбросы и нормативы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="106" />
        <source>Greenhouse gases</source>
        <translation>Парниковые газы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="107" />
        <source>Factors</source>
        <translation>Коэффициенты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="109" />
        <source>Air and climate</source>
        <translation>Атмосферный воздух и климат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="146" />
        <source>organised</source>
        <translation>организованный</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="147" />
        <source>fugitive</source>
        <translation>неорганизованный</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="148" />
        <source>discharge to water</source>
        <translation>сброс в водный объект</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="150" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="173" />
        <source>measured</source>
        <translation>измерено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="173" />
        <source>calculated</source>
        <translation>расчёт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="186" />
        <source>process: %1</source>
        <translation>технологические: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="189" />
        <source>Total: %1 t CO₂, %2 t CO₂-equivalent.</source>
        <translation>Итого: %1 т CO₂, %2 т CO₂-эквивалента.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="191" />
        <source>Above the threshold of 20,000 t CO₂ a year: the installation is subject to greenhouse-gas regulation.</source>
        <translation>Выше порога 20 000 т CO₂ в год: установка подлежит регулированию выбросов парниковых газов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_view.py" line="193" />
        <source>Below the threshold of 20,000 t CO₂ a year.</source>
        <translation>Ниже порога 20 000 т CO₂ в год.</translation>
    </message>
</context>
<context>
    <name>AnchorsPanel</name>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="53" />
        <source>Anchors outside the database</source>
        <translation>Якоря вне базы данных</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="58" />
        <source>Workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="58" />
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="59" />
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="59" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="66" />
        <source>Check a workbook…</source>
        <translation>Проверить книгу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="68" />
        <source>Check a head…</source>
        <translation>Проверить вершину…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="75" />
        <source>Every exported workbook carries the trail's head. A copy the database's owner cannot change — the auditor's, a head written into a letter — shows whether the trail was cut or rewritten since; your own copies can be changed with it.</source>
        <translation>Каждая выгруженная книга содержит вершину журнала изменений. Копия, которую владелец базы данных изменить не может, — у аудитора или вершина, записанная в письме, — показывает, был ли журнал с тех пор урезан или переписан; ваши собственные копии могут быть изменены вместе с ним.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="116" />
        <source>A workbook GreenDesk exported</source>
        <translation>Книга, выгруженная GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="117" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="140" />
        <source>(written down)</source>
        <translation>(записано вручную)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="142" />
        <source>%1 (export, entry #%2)</source>
        <translation>%1 (выгрузка, запись № %2)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="144" />
        <source>not checked yet</source>
        <translation>ещё не проверено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="145" />
        <source>holds</source>
        <translation>сохраняется</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="145" />
        <source>broken</source>
        <translation>нарушен</translation>
    </message>
</context>
<context>
    <name>AssumptionsDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="344" />
        <source>Assumptions for %1</source>
        <translation>Допущения для %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="345" />
        <source>Default screening assumptions</source>
        <translation>Допущения оценки по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="350" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="350" />
        <source>Price per t of metal, %1</source>
        <translation>Цена за т металла, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="351" />
        <source>Recovery, %</source>
        <translation>Извлечение, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="352" />
        <source>Processing cost per t, %1</source>
        <translation>Затраты на переработку 1 т, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="365" />
        <source>default: %1 · %2 % · %3</source>
        <translation>по умолчанию: %1 · %2 % · %3</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="378" />
        <source>Default: %1</source>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="382" />
        <source>Leave a cell empty to use the default.</source>
        <translation>Оставьте ячейку пустой, чтобы использовать значение по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="387" />
        <source>code, e.g. Mo</source>
        <translation>код, напр. Mo</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="390" />
        <source>Add component</source>
        <translation>Добавить компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="397" />
        <source>Another component</source>
        <translation>Другой компонент</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="80" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="81" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="82" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="83" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="84" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="135" />
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="136" />
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="137" />
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="138" />
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="139" />
        <source>Period closed</source>
        <translation>Период закрыт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="140" />
        <source>Period reopened</source>
        <translation>Период открыт повторно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="141" />
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="142" />
        <source>Exported</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="203" />
        <source>Audit trail</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="205" />
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="214" />
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="215" />
        <source>Recompute the hash chain and compare every record with the trail</source>
        <translation>Пересчитать цепочку хешей и сверить каждую запись с журналом</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="228" />
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="231" />
        <source>From</source>
        <comment>start of a date range</comment>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="233" />
        <source>to</source>
        <comment>end of a date range</comment>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="238" />
        <source>Search notes, records, people…</source>
        <translation>Поиск по примечаниям, записям, людям…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="274" />
        <location filename="../../greendesk/ui/audit_view.py" line="392" />
        <source>Select an entry to see what it changed.</source>
        <translation>Выберите запись журнала, чтобы увидеть, что она изменила.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="276" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="276" />
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="277" />
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="282" />
        <source>Closed periods</source>
        <translation>Закрытые периоды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="283" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="283" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="284" />
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="284" />
        <source>Reopened because</source>
        <translation>Открыт повторно, потому что</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="286" />
        <source>Close a period…</source>
        <translation>Закрыть период…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="288" />
        <source>Reopen…</source>
        <translation>Открыть повторно…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="325" />
        <location filename="../../greendesk/ui/audit_view.py" line="343" />
        <source>Not verified yet.</source>
        <translation>Ещё не проверено.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="363" />
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/audit_view.py" line="384" />
        <source>Entries: %n</source>
        <translation>
            <numerusform>Записей: %n</numerusform>
            <numerusform>Записей: %n</numerusform>
            <numerusform>Записей: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="399" />
        <source>Entry #%1 · %2 %3 · %4 · %5</source>
        <translation>Запись № %1 · %2 %3 · %4 · %5</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="424" />
        <source>Verifying the audit trail…</source>
        <translation>Проверка журнала изменений…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="448" />
        <source>The audit trail could not be verified: %s</source>
        <translation>Журнал изменений не удалось проверить: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="458" />
        <source>Verified at %1: the trail is intact — %2 entries, the chain unbroken, and all %3 records match it.</source>
        <translation>Проверено %1: журнал цел — записей: %2, цепочка не прервана, все записи (%3) ему соответствуют.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="464" />
        <source>Verified at %1: %2 problem(s) found. %3</source>
        <translation>Проверено %1: найдено проблем: %2. %3</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="481" />
        <source>Officer: %s</source>
        <translation>Исполнитель: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="482" />
        <source>Officer: (not set)</source>
        <translation>Исполнитель: (не указан)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="493" />
        <source>The settings could not be saved: %s</source>
        <translation>Не удалось сохранить настройки: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="505" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="505" />
        <source>reopened</source>
        <translation>открыт повторно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="521" />
        <source>Close %s</source>
        <translation>Закрытие %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="522" />
        <source>reopen the period in the Audit trail, with a reason.</source>
        <translation>откройте период заново в Журнале изменений с указанием причины.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="523" />
        <source>%s is closed: its records can no longer change.</source>
        <translation>Период %s закрыт: его записи больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="531" />
        <source>Select the closed period to reopen.</source>
        <translation>Выберите закрытый период, который нужно открыть повторно.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="540" />
        <source>Reopen %s</source>
        <translation>Повторное открытие %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="541" />
        <source>close the period again in the Audit trail.</source>
        <translation>закройте период снова в Журнале изменений.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="542" />
        <source>%s is open again.</source>
        <translation>Период %s снова открыт.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="42" />
        <source>automatic, on opening</source>
        <translation>автоматическая, при открытии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="43" />
        <source>made by hand</source>
        <translation>сделана вручную</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="44" />
        <source>the file replaced by a restore</source>
        <translation>файл, заменённый при восстановлении</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="47" />
        <source>a damaged file, kept as it was</source>
        <translation>повреждённый файл, сохранённый как есть</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="50" />
        <source>before the upgrade from %s</source>
        <translation>перед обновлением с версии %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="62" />
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="74" />
        <source>Other file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="77" />
        <source>%s will be backed up first, then replaced by the backup you choose. Changes made since that backup are lost (they stay in the file kept aside).</source>
        <translation>Сначала будет сделана резервная копия %s, затем файл будет заменён выбранной копией. Изменения, сделанные после неё, будут потеряны (они останутся в отложенном файле).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="87" />
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="93" />
        <source>Restore from a backup file</source>
        <translation>Восстановить из файла резервной копии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="95" />
        <source>GreenDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных GreenDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="109" />
        <source>There is no backup of this database yet; choose another file.</source>
        <translation>Резервной копии этой базы данных пока нет; выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="130" />
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="159" />
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="163" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="193" />
        <source>%s could not be opened.</source>
        <translation>Не удалось открыть %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="203" />
        <source>The automatic backup failed: %s</source>
        <translation>Автоматическое резервное копирование не удалось: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="210" />
        <source>%s may be damaged.</source>
        <translation>Возможно, файл %s повреждён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="223" />
        <source>%1 The newest good backup is from %2 (%3).</source>
        <translation>%1 Последняя исправная резервная копия — от %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="250" />
        <source>Backed up to %1 (checked with SQLite's integrity check); the newest %2 backups are kept.</source>
        <translation>Резервная копия сохранена в %1 (проверена проверкой целостности SQLite); хранятся последние копии: %2.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="274" />
        <source>The restore failed.</source>
        <translation>Восстановление не удалось.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="295" />
        <source> The replaced file was kept as %s.</source>
        <translation> Заменённый файл сохранён как %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="301" />
        <source>Restored %1 from %2.</source>
        <translation>%1 восстановлен из %2.</translation>
    </message>
</context>
<context>
    <name>BalanceCharts</name>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="75" />
        <source>Monthly losses per node: accounted (solid) and unaccounted (light)</source>
        <translation>Потери по узлам за месяц: учтённые (сплошные) и неучтённые (светлые)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="76" />
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="77" />
        <source>Unaccounted loss, % of inputs</source>
        <translation>Неучтённые потери, % от прихода</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="78" />
        <source>Energy intensity, GJ per tonne of production</source>
        <translation>Энергоёмкость, ГДж на тонну продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="79" />
        <source>GJ/t</source>
        <translation>ГДж/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="128" />
        <source>%1: accounted %2 t, unaccounted %3 t</source>
        <translation>%1: учтённые %2 т, неучтённые %3 т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="141" />
        <source>(threshold %s %%)</source>
        <translation>(порог %s %%)</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="125" />
        <source>Balances</source>
        <translation>Балансы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="75" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="75" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="76" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="77" />
        <source>From – to</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="85" />
        <source>Unaccounted losses larger than this share of inputs (loss or apparent gain) are highlighted.</source>
        <translation>Неучтённые потери больше этой доли прихода (потеря или кажущийся прирост) выделяются цветом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="88" />
        <source>Record stock-taking…</source>
        <translation>Записать инвентаризацию…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="89" />
        <source>Record what a stock holds at the end of a day; stock changes come from these counts.</source>
        <translation>Запишите, сколько находится на складе на конец дня; изменения запасов рассчитываются по этим замерам.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="92" />
        <source>Month close…</source>
        <translation>Закрытие месяца…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="94" />
        <source>What the chosen month still needs before it is closed: stock-takings, assays, readings, transfers, balances above the threshold.</source>
        <translation>Что ещё нужно выбранному месяцу до закрытия: инвентаризации, анализы, замеры, передачи, балансы выше порога.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="97" />
        <source>Relations…</source>
        <translation>Связи…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="99" />
        <source>What you know between the site's flows: one a share of another, or two equal.</source>
        <translation>Что известно о потоках площадки: один — доля другого, или два равны.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="101" />
        <source>Reconcile</source>
        <translation>Увязать</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="103" />
        <source>Adjust the site's measured flows within their uncertainties so that every process and stock balances, and test for gross errors.</source>
        <translation>Скорректировать измеренные потоки площадки в пределах их неопределённости так, чтобы сошёлся баланс каждого процесса и склада, и проверить на грубые ошибки.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="108" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="108" />
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="109" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="110" />
        <source>Highlight unaccounted above</source>
        <translation>Выделять неучтённые потери выше</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="115" />
        <source>Material balance</source>
        <translation>Материальный баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="116" />
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="117" />
        <source>Metal and indicators</source>
        <translation>Металл и показатели</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="119" />
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="121" />
        <source>Sankey</source>
        <translation>Санкей</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="122" />
        <source>Reconciliation</source>
        <translation>Увязка баланса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="158" />
        <source>No energy flows at this site in the chosen period. Energy carriers are materials measured in energy units (GJ, kWh, Gcal) or fuels with a calorific value.</source>
        <translation>На этой площадке в выбранном периоде нет потоков энергии. Энергоносители — это материалы в единицах энергии (ГДж, кВт·ч, Гкал) или топливо с теплотой сгорания.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="163" />
        <source>Energy carriers are balanced here, in GJ and in tonnes of coal equivalent (each carrier's own tce factor, or 29.3076 GJ per tce). Fuels measured in tonnes count through their net calorific value and are not part of the material balance's total mass. Supplied = purchased + produced; energy flowing into a process is its metered use; unaccounted = supplied − use − passed on − accounted losses − stock change.</source>
        <translation>Здесь составляется баланс энергоносителей в ГДж и в тоннах условного топлива (по коэффициенту каждого энергоносителя или 29,3076 ГДж на т у.т.). Топливо, учитываемое в тоннах, считается через низшую теплоту сгорания и не входит в общую массу материального баланса. Поступило = куплено + произведено; энергия, поступающая в процесс, — его учтённое потребление; неучтённое = поступило − потребление − передано − учтённые потери − изменение запасов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="180" />
        <source>No flow records to balance yet: enter or import them in the Flow ledger, and the balance of each site and node appears here.</source>
        <translation>Записей потоков для баланса пока нет: введите или импортируйте их в «Журнале потоков», и здесь появится баланс каждой площадки и узла.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="182" />
        <source>No flows at this site in the chosen period; choose another period or site.</source>
        <translation>На этой площадке в выбранном периоде нет потоков; выберите другой период или площадку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="192" />
        <source>Contained metal = quantity × grade (assays of flows, or of a material leaving a node over a period)</source>
        <translation>Содержание металла = количество × содержание (по анализам проб потоков или материала, выходящего из узла за период)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="197" />
        <source>Rational use of mineral resources (all sites)</source>
        <translation>Рациональное использование минеральных ресурсов (все площадки)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="205" />
        <source>Default uncertainty (1σ) of records without their own:</source>
        <translation>Неопределённость (1σ) по умолчанию для записей без собственной:</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="206" />
        <source>measured</source>
        <translation>измерено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="206" />
        <source>calculated</source>
        <translation>рассчитано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="207" />
        <location filename="../../greendesk/ui/balance_view.py" line="532" />
        <source>estimated</source>
        <translation>оценено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="215" />
        <source>Save defaults</source>
        <translation>Сохранить значения по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="222" />
        <location filename="../../greendesk/ui/balance_view.py" line="321" />
        <source>Press Reconcile to adjust the site's flows for the chosen period.</source>
        <translation>Нажмите «Увязать», чтобы скорректировать потоки площадки за выбранный период.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="265" />
        <source>Whole site</source>
        <translation>Вся площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="514" />
        <source>Save default uncertainties</source>
        <translation>Сохранение неопределённостей по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="535" />
        <source>Measured</source>
        <translation>Измерено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="536" />
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="536" />
        <source>Reconciled</source>
        <translation>После увязки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="536" />
        <source>Adjustment</source>
        <translation>Поправка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="78" />
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="78" />
        <location filename="../../greendesk/ui/balance_view.py" line="535" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="60" />
        <source>Receipts</source>
        <translation>Приход</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="63" />
        <source>Received, total mass</source>
        <translation>Итого приход, общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="65" />
        <source>Expenditures</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="68" />
        <source>Spent, total mass</source>
        <translation>Итого расход, общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="70" />
        <source>Unaccounted, total mass</source>
        <translation>Неучтённые потери, общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="73" />
        <source>Materials passing through unchanged</source>
        <translation>Материалы, проходящие без изменения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="75" />
        <source>Unaccounted: %1</source>
        <translation>Неучтённые потери: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="79" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="79" />
        <source>% of receipts</source>
        <translation>% от прихода</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="104" />
        <source>Opening stock: %1</source>
        <translation>Остаток на начало: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="106" />
        <source>Closing stock: %1</source>
        <translation>Остаток на конец: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="108" />
        <source>Accounted loss (%1): %2</source>
        <translation>Учтённые потери (%1): %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="118" />
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: no material flows.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: нет материальных потоков.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="125" />
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 — unaccounted loss of total mass: &lt;span style='color:%3'&gt;&lt;b&gt;%4 t&lt;/b&gt; (%5 % of inputs)&lt;/span&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 — неучтённые потери общей массы: &lt;span style='color:%3'&gt;&lt;b&gt;%4 т&lt;/b&gt; (%5 % от прихода)&lt;/span&gt;%6</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="131" />
        <source> — above the threshold</source>
        <translation> — выше порога</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="132" />
        <source>Energy carriers are balanced on the Energy tab (GJ and tce), not in the total mass. Volumes (m³) are totalled apart from masses.</source>
        <translation>Баланс энергоносителей — на вкладке «Энергия» (ГДж и т у.т.), а не в общей массе. Объёмы (м³) суммируются отдельно от масс.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="135" />
        <source>A process turns one material into others, so only the total mass shows what is unaccounted; a material's own unaccounted line is shown where it passes through unchanged.</source>
        <translation>Процесс превращает один материал в другие, поэтому неучтённое показывает только общая масса; собственная строка неучтённых потерь материала показывается там, где он проходит без изменения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="143" />
        <source>Carrier</source>
        <translation>Энергоноситель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="143" />
        <source>Purchased, GJ</source>
        <translation>Куплено, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="144" />
        <source>Produced, GJ</source>
        <translation>Произведено, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="144" />
        <source>Use, GJ</source>
        <translation>Потребление, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="145" />
        <source>Passed on, GJ</source>
        <translation>Передано, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="146" />
        <source>Accounted losses, GJ</source>
        <translation>Учтённые потери, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="147" />
        <source>Stock change, GJ</source>
        <translation>Изменение запасов, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="148" />
        <source>Unaccounted, GJ</source>
        <translation>Неучтённые, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="149" />
        <source>Supplied, tce</source>
        <translation>Поступило, т у.т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="149" />
        <source>Use, tce</source>
        <translation>Потребление, т у.т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="168" />
        <source>Energy use %1 GJ; production %2 t; energy intensity %3 GJ per tonne.</source>
        <translation>Потребление энергии %1 ГДж; производство %2 т; энергоёмкость %3 ГДж на тонну.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="178" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="178" />
        <source>Feed, t</source>
        <translation>Поступило в переработку, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="179" />
        <source>Products, t</source>
        <translation>Продукция, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="179" />
        <source>Wastes, t</source>
        <translation>Отходы, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="180" />
        <source>Accounted losses, t</source>
        <translation>Учтённые потери, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="181" />
        <source>Unaccounted, t</source>
        <translation>Неучтённые, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="181" />
        <source>Recovery, %</source>
        <translation>Извлечение, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="182" />
        <source>Technological recovery, %</source>
        <translation>Технологическое извлечение, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="183" />
        <source>Metal unaccounted, t</source>
        <translation>Неучтённые потери металла, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="184" />
        <source>Yield, %</source>
        <translation>Выход, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="185" />
        <source>Ratio of concentration</source>
        <translation>Степень сокращения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="186" />
        <source>Enrichment ratio</source>
        <translation>Степень обогащения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="213" />
        <source>Recovery: %s</source>
        <translation>Извлечение: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="214" />
        <source>Technological recovery: %s</source>
        <translation>Технологическое извлечение: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="215" />
        <source>No assays for this scope and period.</source>
        <translation>Нет анализов проб для этого объекта и периода.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="218" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="218" />
        <source>Value, %</source>
        <translation>Значение, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="219" />
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="219" />
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="220" />
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="341" />
        <source>Export charts as PNG…</source>
        <translation>Экспорт графиков в PNG…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="362" />
        <source>Export charts</source>
        <translation>Экспорт графиков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="364" />
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="371" />
        <source>Charts saved: %s</source>
        <translation>Графики сохранены: %s</translation>
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
        <translation>Экспорт в PNG или SVG…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="389" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="401" />
        <source>Export the Sankey diagram</source>
        <translation>Экспорт диаграммы Санкея</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="402" />
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>Рисунок SVG (*.svg);;Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="414" />
        <source>Sankey diagram saved as %s.</source>
        <translation>Диаграмма Санкея сохранена как %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="426" />
        <source>This site has no stock nodes to count.</source>
        <translation>На этой площадке нет складских узлов для инвентаризации.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="28" />
        <location filename="../../greendesk/ui/balance_view.py" line="493" />
        <source>Record stock-taking</source>
        <translation>Записать инвентаризацию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="518" />
        <source>Default uncertainties saved.</source>
        <translation>Неопределённости по умолчанию сохранены.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="531" />
        <source>adjusted</source>
        <translation>скорректировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="531" />
        <source>not redundant</source>
        <translation>без избыточности</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="532" />
        <source>fixed</source>
        <translation>фиксировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="533" />
        <source>cannot be estimated</source>
        <translation>не может быть оценено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="534" />
        <source>not in any balance</source>
        <translation>ни в одном балансе</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="535" />
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="535" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="537" />
        <source>Adjustment / its σ</source>
        <translation>Поправка / её σ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="537" />
        <source>Gross error?</source>
        <translation>Грубая ошибка?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="554" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="561" />
        <source>failed</source>
        <translation>не пройден</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="562" />
        <source>passed</source>
        <translation>пройден</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="564" />
        <source>Global test: χ² = %1 with %2 degrees of freedom, p = %3; critical value %4 at %5 % — %6.</source>
        <translation>Глобальный тест: χ² = %1 при %2 степенях свободы, p = %3; критическое значение %4 при %5 % — %6.</translation>
    </message>
</context>
<context>
    <name>BasisDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="369" />
        <source>Production for waste intensities</source>
        <translation>Производство для удельных показателей отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="377" />
        <source>e.g. Anode copper</source>
        <translation>напр. Анодная медь</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="382" />
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="382" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="383" />
        <source>Main product</source>
        <translation>Основная продукция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="384" />
        <source>Main product, t</source>
        <translation>Основная продукция, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="385" />
        <source>Output value</source>
        <translation>Стоимость продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="386" />
        <source>Value unit</source>
        <translation>Единица стоимости</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="391" />
        <source>main product</source>
        <translation>основная продукция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="392" />
        <source>output value</source>
        <translation>стоимость продукции</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="320" />
        <source>Edit block</source>
        <translation>Изменить блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="320" />
        <source>New block</source>
        <translation>Новый блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="324" />
        <source>Block or zone</source>
        <translation>Блок или зона</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="325" />
        <source>Tonnage, t</source>
        <translation>Тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="326" />
        <source>Note</source>
        <translation>Примечание</translation>
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
        <translation>Календарь обязательств</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="54" />
        <source>Set status…</source>
        <translation>Задать статус…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="63" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="63" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="63" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="63" />
        <source>Obligation</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="64" />
        <source>For</source>
        <translation>Кто сдаёт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="64" />
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="91" />
        <source>Due from %1 to %2, and anything overdue from the past year. Red: past due and not submitted.</source>
        <translation>Сроки с %1 по %2 и всё просроченное за прошедший год. Красным: срок прошёл, не сдано.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="99" />
        <source>the enterprise</source>
        <translation>предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="100" />
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="118" />
        <source>Choose an item to see its basis and what data is still missing.</source>
        <translation>Выберите пункт, чтобы увидеть основание и каких данных ещё не хватает.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="127" />
        <source>Deadline: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="128" />
        <source>Basis: %1</source>
        <translation>Основание: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="129" />
        <source>Hand in to: %1</source>
        <translation>Куда сдаётся: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="131" />
        <source>Check against current law: %1</source>
        <translation>Проверить по действующему законодательству: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="134" />
        <source>Applies: %1 in %2 was %3 (threshold %4).</source>
        <translation>Применяется: %1 за %2 г. — %3 (порог %4).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="139" />
        <source>Applies only above its threshold (%1 ≥ %2); %3 counted for %4 so far, some factors missing.</source>
        <translation>Применяется только выше порога (%1 ≥ %2); за %4 г. пока учтено %3, часть коэффициентов отсутствует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="146" />
        <source>Applies only above its threshold (%1 ≥ %2); GreenDesk does not know the figure.</source>
        <translation>Применяется только выше порога (%1 ≥ %2); GreenDesk не знает этого показателя.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="150" />
        <source>GreenDesk has no public holidays for %1: the due date skips weekends only.</source>
        <translation>В GreenDesk нет праздничных дней на %1 год: срок переносится только с выходных.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="154" />
        <source>Submitted on %1, reference %2.</source>
        <translation>Сдано %1, регистрационный номер %2.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="160" />
        <source>Exported workbook: audit entry #%1</source>
        <translation>Выгруженная книга Excel: запись аудита №%1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="164" />
        <source>The period is not over yet.</source>
        <translation>Период ещё не закончился.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="166" />
        <source>Its data is complete: every month of the period is closed.</source>
        <translation>Данные полны: все месяцы периода закрыты.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="168" />
        <source>Still missing:</source>
        <translation>Ещё не хватает:</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="169" />
        <source>%1 is not closed.</source>
        <translation>%1 не закрыт.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/calendar_view.py" line="190" />
        <source>Set the status of “%1”</source>
        <translation>Статус «%1»</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="131" />
        <source>Greening plan</source>
        <translation>План экологизации</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="72" />
        <source>Add own action…</source>
        <translation>Добавить своё мероприятие…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="73" />
        <source>Log incident…</source>
        <translation>Зарегистрировать инцидент…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="76" />
        <source>Cost class</source>
        <translation>Класс затрат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="76" />
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="76" />
        <location filename="../../greendesk/ui/checklist_view.py" line="83" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="76" />
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="77" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="77" />
        <source>Expected effect</source>
        <translation>Ожидаемый эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="77" />
        <source>Estimated cost, ₸</source>
        <translation>Оценка затрат, ₸</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="78" />
        <source>Effect per million ₸</source>
        <translation>Эффект на млн ₸</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="80" />
        <source>The plan gives every site its actions: add a site in Plant structure, then choose it above.</source>
        <translation>План даёт каждой площадке её мероприятия: добавьте площадку в разделе «Структура предприятия» и выберите её выше.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="83" />
        <source>Measure / action</source>
        <translation>Мера / мероприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="84" />
        <source>Progress / value</source>
        <translation>Ход выполнения / значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="84" />
        <location filename="../../greendesk/ui/checklist_view.py" line="323" />
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="95" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="95" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="95" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="95" />
        <source>Released</source>
        <translation>Выброшено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="96" />
        <source>Response</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="96" />
        <source>Clean-up waste records</source>
        <translation>Записи об отходах ликвидации</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="107" />
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="108" />
        <source>Measures and indicators</source>
        <translation>Меры и показатели</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="109" />
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="110" />
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="133" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="209" />
        <source>%s — overdue</source>
        <translation>%s — просрочено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="226" />
        <source>%1 of %2 done (%3)</source>
        <translation>Выполнено %1 из %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="239" />
        <source>Indicator: %s</source>
        <translation>Показатель: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="252" />
        <source>No longer in the built-in checklist</source>
        <translation>Больше нет во встроенном перечне</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="274" />
        <source>No data yet.</source>
        <translation>Данных пока нет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="275" />
        <source>No data yet: needs %1.</source>
        <translation>Данных пока нет: нужны %1.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="311" />
        <source>Progress per measure, % of applicable actions done</source>
        <translation>Выполнение по мерам, % выполненных применимых мероприятий</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="322" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="322" />
        <source>Latest</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="350" />
        <source>Open actions: %1 low-cost, %2 medium, %3 investment projects. Overdue: %4.</source>
        <translation>Открытые мероприятия: малозатратных — %1, среднезатратных — %2, инвестиционных проектов — %3. Просрочено: %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="392" />
        <source>Save action %1</source>
        <translation>Сохранение мероприятия %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="396" />
        <source>Action saved.</source>
        <translation>Мероприятие сохранено.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="402" />
        <source>Attach evidence</source>
        <translation>Прикрепить подтверждение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="409" />
        <source>Attach %s</source>
        <translation>Прикрепление %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="413" />
        <source>%s attached.</source>
        <translation>Файл %s прикреплён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="420" />
        <source>Save a copy to</source>
        <translation>Сохранить копию в</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="432" />
        <source>Saved %s.</source>
        <translation>Сохранено: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="436" />
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="437" />
        <source>%1 already exists in %2. Replace it, or keep both and save this copy as %3?</source>
        <translation>%1 уже есть в папке %2. Заменить его или сохранить оба, записав эту копию как %3?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="441" />
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="442" />
        <source>Keep both</source>
        <translation>Сохранить оба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="465" />
        <source>Add own action</source>
        <translation>Добавление собственного мероприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="478" />
        <source>Log incident</source>
        <translation>Регистрация инцидента</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="479" />
        <source>Incident logged.</source>
        <translation>Инцидент зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="492" />
        <source>Record drill</source>
        <translation>Запись учения</translation>
    </message>
</context>
<context>
    <name>ClassifierImportDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="400" />
        <source>Import waste classifier</source>
        <translation>Импорт классификатора отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="403" />
        <source>CSV or XLSX; a separate headings file may follow after ;</source>
        <translation>CSV или XLSX; после ; можно указать отдельный файл заголовков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="405" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="413" />
        <source>Recognise from the text</source>
        <translation>Определить по тексту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="417" />
        <source>optional, e.g. code=Код, description=Наименование</source>
        <translation>необязательно, напр. code=Код, description=Наименование</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="418" />
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="419" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="420" />
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="425" />
        <source>Waste classifier</source>
        <translation>Классификатор отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="426" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="433" />
        <source>Choose the classifier file.</source>
        <translation>Выберите файл классификатора.</translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="157" />
        <source>Close a period</source>
        <translation>Закрыть период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="159" />
        <source>2025-03 for a month, 2025 for a year</source>
        <translation>2025-03 — месяц, 2025 — год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="161" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="162" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="163" />
        <source>Records dated in a closed period cannot be added, changed, deleted or imported until it is reopened with a reason.</source>
        <translation>Записи с датой в закрытом периоде нельзя добавлять, изменять, удалять или импортировать, пока период не будет открыт повторно с указанием причины.</translation>
    </message>
</context>
<context>
    <name>ContractorDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="212" />
        <source>Edit contractor</source>
        <translation>Изменить подрядчика</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="212" />
        <source>New contractor</source>
        <translation>Новый подрядчик</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="215" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="220" />
        <source>licensed operations, e.g. R4, R5, D9, D10</source>
        <translation>лицензированные операции, напр. R4, R5, D9, D10</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="224" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="224" />
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="225" />
        <source>Licence number</source>
        <translation>Номер лицензии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="226" />
        <source>Licence valid until</source>
        <translation>Лицензия действует до</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="227" />
        <source>Licensed operations</source>
        <translation>Лицензированные операции</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="228" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="102" />
        <source>Record a drill</source>
        <translation>Записать учение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="105" />
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="106" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>DueSoon</name>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="31" />
        <source>Due in the next 30 days</source>
        <translation>Сроки в ближайшие 30 дней</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="32" />
        <source>Open the calendar</source>
        <translation>Открыть календарь</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="47" />
        <source>Nothing is due in the next 30 days.</source>
        <translation>В ближайшие 30 дней сроков нет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="56" />
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="64" />
        <source>The period is not over yet.</source>
        <translation>Период ещё не закончился.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="66" />
        <source>Its data is complete.</source>
        <translation>Данные полны.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="69" />
        <source>Months not closed: %1</source>
        <translation>Не закрыты месяцы: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_due.py" line="74" />
        <source>and %1 more in the Calendar</source>
        <translation>и ещё %1 — в календаре</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="177" />
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="177" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="179" />
        <source>Redo: %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="179" />
        <source>Nothing to redo.</source>
        <translation>Нечего повторять.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="185" />
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="186" />
        <source>Undo: %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="189" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="189" />
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="191" />
        <source>“%1” cannot be undone: %2</source>
        <translation>«%1» нельзя отменить: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="194" />
        <source>“%1” cannot be undone, so Undo stops here: undoing an older change after it could leave the records wrong.</source>
        <translation>«%1» нельзя отменить, поэтому отмена останавливается здесь: отмена более раннего изменения после него может нарушить записи.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="196" />
        <source>Cannot undo: %1</source>
        <translation>Нельзя отменить: %1</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="19" />
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="21" />
        <source>e.g. Saryarka Copper JSC</source>
        <translation>напр. АО «Сарыарка Медь»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="23" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="25" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="26" />
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
</context>
<context>
    <name>Expiry</name>
    <message>
        <location filename="../../greendesk/ui/expiry.py" line="14" />
        <source>Permit %1 of %2 expires on %3, in %4 days.</source>
        <translation>Экологическое разрешение %1 (%2) истекает %3, через %4 дн.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/expiry.py" line="16" />
        <source>Licence %1 of %2 expires on %3, in %4 days.</source>
        <translation>Лицензия %1 (%2) истекает %3, через %4 дн.</translation>
    </message>
</context>
<context>
    <name>FactorPreviewDialog</name>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="338" />
        <source>Load factor file</source>
        <translation>Загрузка файла коэффициентов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="341" />
        <source>%1: %2 factors — %3 added, %4 removed, %5 changed against the library as loaded. OK loads it as a new version.</source>
        <translation>%1: коэффициентов — %2; по сравнению с загруженной библиотекой добавлено %3, удалено %4, изменено %5. «ОК» загрузит файл как новую версию.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="351" />
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="351" />
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="352" />
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="355" />
        <source>The file matches the library as loaded; nothing would change.</source>
        <translation>Файл совпадает с загруженной библиотекой; ничего не изменится.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../greendesk/ui/file_dialogs.py" line="102" />
        <source>Choose another file</source>
        <translation>Выберите другой файл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/file_dialogs.py" line="103" />
        <source>%s is a database GreenDesk has open; nothing was written. Choose another name.</source>
        <translation>%s — база данных, открытая в GreenDesk; ничего не записано. Выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>FlowEntryPanel</name>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="61" />
        <source>New flow record</source>
        <translation>Новая запись потока</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="69" />
        <source>e.g. 12 500,5</source>
        <translation>напр. 12 500,5</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="81" />
        <source>Measured: the quantity is a measurement. Unmeasured: it is your estimate, for the reconciliation to estimate; never counted as a measurement. Constant: it is exact (σ = 0), e.g. a contractual quantity.</source>
        <translation>Измерено: количество — результат измерения. Не измерено: это ваша оценка, которую уточнит увязка баланса; никогда не считается измерением. Константа: количество точное (σ = 0), например договорное.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="90" />
        <location filename="../../greendesk/ui/flow_entry.py" line="108" />
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="94" />
        <source>e.g. Cu 1,2 %; Au 3,4 g/t</source>
        <translation>напр. Cu 1,2 %; Au 3,4 г/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="95" />
        <source>Grades of the components in this record (% or g/t), separated by ;. They give the contained metal of the Metal tab; a flow's own grade wins over the period assay.</source>
        <translation>Содержания компонентов в этой записи (% или г/т) через ;. По ним считается металл на вкладке «Металл»; собственное содержание потока важнее анализа за период.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="114" />
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="126" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="126" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="126" />
        <source>From</source>
        <comment>source node of a flow</comment>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="127" />
        <source>To</source>
        <comment>destination node of a flow</comment>
        <translation>Куда</translation>
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
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="128" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="134" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="89" />
        <source>Uncertainty</source>
        <translation>Неопределённость</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="135" />
        <source>Reconciliation</source>
        <translation>Увязка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="136" />
        <source>Grades</source>
        <translation>Содержания</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="137" />
        <source>Grades obtained</source>
        <translation>Способ определения содержаний</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="107" />
        <source>Grades' uncertainty</source>
        <translation>Неопределённость содержаний</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="138" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="231" />
        <source>Enter the quantity.</source>
        <translation>Введите количество.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="233" />
        <source>%s is not a number.</source>
        <translation>%s — не число.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="239" />
        <source>Choose %s from the list.</source>
        <translation>Выберите из списка: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="259" />
        <source>the source node</source>
        <translation>узел-источник</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="260" />
        <source>the destination node</source>
        <translation>узел-получатель</translation>
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
        <translation>Импорт записей потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="116" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="125" />
        <source>Reading %s…</source>
        <translation>Чтение %s…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="125" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="127" />
        <source>Importing flow records</source>
        <translation>Импорт записей потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="159" />
        <source>Checking and writing the rows… %s %%</source>
        <translation>Проверка и запись строк… %s %%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/flow_import_ui.py" line="169" />
        <source>Import %n flow record(s) from %1</source>
        <translation>
            <numerusform>Импорт %n записи потоков из %1</numerusform>
            <numerusform>Импорт %n записей потоков из %1</numerusform>
            <numerusform>Импорт %n записей потоков из %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="171" />
        <source>Imported %1 flow records from %2.</source>
        <translation>Из %2 импортировано записей потоков: %1.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="188" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="195" />
        <source>The import failed unexpectedly and nothing was imported: %s</source>
        <translation>Импорт неожиданно завершился ошибкой, ничего не импортировано: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="203" />
        <source>Import rows already recorded?</source>
        <translation>Импортировать уже учтённые строки?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="204" />
        <source>Import these rows anyway, recording them a second time?</source>
        <translation>Всё равно импортировать эти строки, учтя их второй раз?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="206" />
        <source>Import again?</source>
        <translation>Импортировать снова?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="206" />
        <source>Import it again anyway?</source>
        <translation>Всё равно импортировать снова?</translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="35" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="36" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="37" />
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="38" />
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="39" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="40" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="41" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="42" />
        <source>Canonical</source>
        <translation>В базовых единицах</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="43" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="44" />
        <source>Uncertainty, %</source>
        <translation>Неопределённость, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="45" />
        <source>Reconciliation</source>
        <translation>Увязка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="46" />
        <source>Grades</source>
        <translation>Содержания</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="47" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>FormationDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="52" />
        <source>%1: %2 is not a year.</source>
        <translation>%1: %2 не является годом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="67" />
        <source>Edit formation</source>
        <translation>Изменить ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="67" />
        <source>New formation</source>
        <translation>Новое ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="84" />
        <source>(no site: an external register)</source>
        <translation>(без площадки: внешний реестр)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="95" />
        <source>Linked to a stock node, a formation holds its opening tonnage plus what the ledger placed in it; a tonnage typed here is then a survey checked against that.</source>
        <translation>Если ТМО связано со складским узлом, его тоннаж — начальный тоннаж плюс размещённое по журналу потоков; введённый здесь тоннаж тогда считается данными съёмки и сверяется с ним.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="105" />
        <source>YYYY-MM-DD: placements count from it</source>
        <translation>ГГГГ-ММ-ДД: размещение считается с этой даты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="110" />
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="112" />
        <source>(not classified)</source>
        <translation>(не классифицировано)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="114" />
        <source>e.g. 01 03 06</source>
        <translation>напр. 01 03 06</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="115" />
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="115" />
        <source>Hazardous</source>
        <translation>Опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="116" />
        <source>Not hazardous</source>
        <translation>Неопасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="126" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="126" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="127" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="127" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="128" />
        <source>Stock node (placements)</source>
        <translation>Складской узел (размещение)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="129" />
        <source>Tonnage, t</source>
        <translation>Тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="130" />
        <source>Volume, m³</source>
        <translation>Объём, м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="131" />
        <source>Bulk density, t/m³</source>
        <translation>Насыпная плотность, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="133" />
        <source>Opening tonnage, t</source>
        <translation>Начальный тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="134" />
        <source>Opening date</source>
        <translation>Дата начального тоннажа</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="135" />
        <source>Area, ha</source>
        <translation>Площадь, га</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="136" />
        <source>Height, m</source>
        <translation>Высота, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="139" />
        <location filename="../../greendesk/ui/formation_dialogs.py" line="220" />
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="140" />
        <location filename="../../greendesk/ui/formation_dialogs.py" line="221" />
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="141" />
        <source>Placement from (year)</source>
        <translation>Размещение с (год)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="142" />
        <source>Placement to (year)</source>
        <translation>Размещение по (год)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="143" />
        <source>Construction method</source>
        <translation>Способ возведения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="144" />
        <source>Consequence class</source>
        <translation>Класс последствий</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="145" />
        <source>Design capacity, m³</source>
        <translation>Проектная вместимость, м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="146" />
        <source>Design capacity, t</source>
        <translation>Проектная вместимость, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="147" />
        <source>List of Waste code</source>
        <translation>Код по классификатору отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="148" />
        <source>Hazard</source>
        <translation>Опасность</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="149" />
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="150" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="151" />
        <source>Locality</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="152" />
        <source>Identifier in a register</source>
        <translation>Идентификатор в реестре</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="153" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="154" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="170" />
        <source>(not linked)</source>
        <translation>(не связано)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="191" />
        <source>The three figures disagree: check them.</source>
        <translation>Три значения не согласуются: проверьте их.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="193" />
        <source>The derived density is implausible.</source>
        <translation>Рассчитанная плотность неправдоподобна.</translation>
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
        <translation>Дата начального тоннажа %1 не является датой; напишите %2.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="222" />
        <source>Placement from</source>
        <translation>Размещение с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="223" />
        <source>Placement to</source>
        <translation>Размещение по</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="224" />
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="225" />
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="226" />
        <source>Bulk density</source>
        <translation>Насыпная плотность</translation>
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
        <translation>Проектная вместимость</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="231" />
        <source>Opening tonnage</source>
        <translation>Начальный тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="232" />
        <source>Height</source>
        <translation>Высота</translation>
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
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="105" />
        <source>Samples and assays</source>
        <translation>Пробы и анализы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="106" />
        <source>Monitoring readings</source>
        <translation>Результаты мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="111" />
        <source>as the file suggests</source>
        <translation>как указано в файле</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="112" />
        <source>decimal comma</source>
        <translation>десятичная запятая</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="113" />
        <source>decimal point</source>
        <translation>десятичная точка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="116" />
        <source>e.g. &lt;Nulo&gt; ; S/I ; н/д (besides empty and -)</source>
        <translation>напр. &lt;Nulo&gt; ; S/I ; н/д (помимо пустых и -)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="118" />
        <location filename="../../greendesk/ui/formation_import_ui.py" line="126" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="118" />
        <source>From the file</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="119" />
        <source>Decimal mark</source>
        <translation>Десятичный разделитель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="126" />
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="127" />
        <source>Means</source>
        <translation>Означает</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="132" />
        <source>Import even if this file was imported before</source>
        <translation>Импортировать, даже если этот файл уже импортировался</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="134" />
        <source>name to save the mapping under (optional)</source>
        <translation>имя для сохранения сопоставления (необязательно)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="141" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="146" />
        <source>The file holds</source>
        <translation>Файл содержит</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="147" />
        <source>Mapping</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="148" />
        <source>Numbers use</source>
        <translation>Числа записаны с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="149" />
        <source>Also unknown</source>
        <translation>Также неизвестно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="151" />
        <source>%1: %2 rows. Pick the column of each field, type several as A | B (the first known is taken), a template as {A}, {B}, or = value for a constant.</source>
        <translation>%1: строк — %2. Выберите столбец для каждого поля; несколько укажите как A | B (берётся первый известный), шаблон — как {A}, {B}, константу — как = значение.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="176" />
        <source>(new: guessed from the headings)</source>
        <translation>(новое: определено по заголовкам)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="220" />
        <source>(as the file)</source>
        <translation>(как в файле)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="220" />
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="221" />
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="258" />
        <source>(not mapped)</source>
        <translation>(не сопоставлено)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="259" />
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
</context>
<context>
    <name>FormationTableModel</name>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="34" />
        <location filename="../../greendesk/ui/formation_table.py" line="48" />
        <source>Formation</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="35" />
        <location filename="../../greendesk/ui/formation_table.py" line="57" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="36" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="37" />
        <location filename="../../greendesk/ui/formation_table.py" line="56" />
        <source>Status</source>
        <translation>Статус</translation>
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
        <translation>Чистая стоимость, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="40" />
        <location filename="../../greendesk/ui/formation_table.py" line="47" />
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="41" />
        <location filename="../../greendesk/ui/formation_table.py" line="54" />
        <source>Hazardous</source>
        <translation>Опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="42" />
        <location filename="../../greendesk/ui/formation_table.py" line="55" />
        <source>Area, ha</source>
        <translation>Площадь, га</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="43" />
        <source>Volume, m³</source>
        <translation>Объём, м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="44" />
        <source>Density, t/m³</source>
        <translation>Плотность, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="50" />
        <source>Recoverable value, USD</source>
        <translation>Извлекаемая стоимость, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="51" />
        <source>Processing cost, USD</source>
        <translation>Затраты на переработку, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="52" />
        <source>Paying components</source>
        <translation>Рентабельные компоненты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="162" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="162" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="187" />
        <source>Derived from the other two figures.</source>
        <translation>Рассчитано по двум другим значениям.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_table.py" line="189" />
        <source>Opening tonnage plus %1 t placed through %2.</source>
        <translation>Начальный тоннаж плюс %1 т, размещённых по %2.</translation>
    </message>
</context>
<context>
    <name>FormationsView</name>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="151" />
        <source>Technogenic formations</source>
        <translation>Техногенные минеральные образования</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="75" />
        <location filename="../../greendesk/ui/formations_view.py" line="306" />
        <source>Add formation</source>
        <translation>Добавить ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="76" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="77" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="79" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="80" />
        <source>Default assumptions…</source>
        <translation>Допущения по умолчанию…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="85" />
        <source>Find a formation, site, kind or status…</source>
        <translation>Поиск ТМО, площадки, типа или статуса…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="90" />
        <source>No technogenic formations registered yet. Add formation for each dump, tailings facility or slag heap (or Import… a list); its samples give grades and value.</source>
        <translation>Техногенные минеральные образования пока не зарегистрированы. Добавьте образование для каждого отвала, хвостохранилища или шлакового отвала (или импортируйте список); пробы дадут содержания и ценность.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="131" />
        <source>Formations by the net value of re-mining them at the screening assumptions: recoverable metal × price − processing cost, counting only the components that pay. Hazard, area and status beside it say what each costs to keep.</source>
        <translation>ТМО по чистой стоимости их повторной разработки при допущениях оценки: извлекаемый металл × цена − затраты на переработку, только по рентабельным компонентам. Опасность, площадь и статус рядом показывают, во что обходится содержание каждого.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="146" />
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="147" />
        <source>Ranking</source>
        <translation>Ранжирование</translation>
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
        <translation>Добавить пробу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="162" />
        <source>Edit sample</source>
        <translation>Изменить пробу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="164" />
        <source>Delete sample</source>
        <translation>Удалить пробу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="166" />
        <location filename="../../greendesk/ui/formations_view.py" line="383" />
        <source>Add block</source>
        <translation>Добавить блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="168" />
        <source>Assumptions…</source>
        <translation>Допущения…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="180" />
        <source>Samples</source>
        <translation>Пробы</translation>
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
        <translation>Основа расчёта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="184" />
        <source>Grade</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="184" />
        <source>Tonnage, t</source>
        <translation>Тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="185" />
        <source>Contained, t</source>
        <translation>Содержится, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="185" />
        <source>Recovery, %</source>
        <translation>Извлечение, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="185" />
        <source>Recoverable, t</source>
        <translation>Извлекаемо, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="186" />
        <source>Price per t, USD</source>
        <translation>Цена за т, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="186" />
        <source>Value, USD</source>
        <translation>Стоимость, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="186" />
        <source>Processing cost, USD</source>
        <translation>Затраты на переработку, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="187" />
        <source>Net value, USD</source>
        <translation>Чистая стоимость, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="187" />
        <source>Pays?</source>
        <translation>Рентабельно?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="196" />
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="202" />
        <source>Cut-off</source>
        <translation>Бортовое содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="202" />
        <source>Tonnage above, t</source>
        <translation>Тоннаж выше, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="202" />
        <source>Mean grade above</source>
        <translation>Среднее содержание выше</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="203" />
        <source>Metal, t</source>
        <translation>Металл, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="203" />
        <source>Blocks</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="221" />
        <source>Grade–tonnage curve</source>
        <translation>Кривая «содержание — тоннаж»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="242" />
        <source>%1 formations, %2 with a screening value</source>
        <translation>ТМО: %1, с оценкой стоимости: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="53" />
        <source>No formation selected</source>
        <translation>ТМО не выбрано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="85" />
        <source>placements through %1</source>
        <translation>размещение по %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="89" />
        <source>%1 construction</source>
        <translation>способ возведения: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="92" />
        <source>consequence class: %1</source>
        <translation>класс последствий: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="95" />
        <source>LoW %1</source>
        <translation>Код %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="105" />
        <source>Sample</source>
        <translation>Проба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="105" />
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="105" />
        <source>Taken on</source>
        <translation>Дата отбора</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="105" />
        <source>Depth, m</source>
        <translation>Глубина, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="124" />
        <source>blocks</source>
        <translation>блоки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="125" />
        <source>mean grade</source>
        <translation>среднее содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="138" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="138" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="142" />
        <source>Not valued: the formation needs assays and a tonnage (or blocks).</source>
        <translation>Не оценено: для ТМО нужны анализы проб и тоннаж (или блоки).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="145" />
        <source>Net value %1 USD, rank %2 of %3: re-mining pays for %4.</source>
        <translation>Чистая стоимость %1 USD, ранг %2 из %3: повторная разработка рентабельна для %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="150" />
        <source>Net value %1 USD, rank %2 of %3: re-mining does not pay at these assumptions.</source>
        <translation>Чистая стоимость %1 USD, ранг %2 из %3: при этих допущениях повторная разработка нерентабельна.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="159" />
        <source>A curve needs blocks with assays.</source>
        <translation>Для кривой нужны блоки с анализами проб.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="173" />
        <source>Break-even grade at the assumptions: %1 %2</source>
        <translation>Безубыточное содержание при допущениях: %1 %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="308" />
        <source>Formation “%1” added.</source>
        <translation>ТМО «%1» добавлено.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="321" />
        <source>Edit formation</source>
        <translation>Изменить ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="322" />
        <source>Formation “%1” saved.</source>
        <translation>ТМО «%1» сохранено.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="332" />
        <source>Delete formation</source>
        <translation>Удалить ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="337" />
        <source>Formation “%1” deleted with its samples. Undo with Ctrl+Z.</source>
        <translation>ТМО «%1» удалено вместе с пробами. Отменить — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="363" />
        <source>Edit sample %1</source>
        <translation>Изменение пробы %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="371" />
        <source>Delete sample %1</source>
        <translation>Удаление пробы %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="372" />
        <source>Sample %1 deleted.</source>
        <translation>Проба %1 удалена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="394" />
        <source>Edit the assumptions of “%1”</source>
        <translation>Изменение допущений «%1»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="407" />
        <source>Add component %1</source>
        <translation>Добавление компонента %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="421" />
        <source>Edit the default assumptions</source>
        <translation>Изменение допущений по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="430" />
        <source>Import formations, assays or readings</source>
        <translation>Импорт ТМО, анализов или результатов мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="431" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="444" />
        <source>formations</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="444" />
        <source>assays</source>
        <translation>анализов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="445" />
        <source>readings</source>
        <translation>результатов мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="447" />
        <source>Import %1 %2 from %3</source>
        <translation>Импорт: %1 %2 из %3</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="449" />
        <source>Imported %1 %2 from %3.</source>
        <translation>Импортировано %1 %2 из %3.</translation>
    </message>
</context>
<context>
    <name>GradeTonnageChart</name>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="60" />
        <source>Tonnage above cut-off, Mt</source>
        <translation>Тоннаж выше бортового содержания, млн т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="69" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="74" />
        <source>Mean grade</source>
        <translation>Среднее содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="77" />
        <source>break-even</source>
        <translation>безубыточность</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="89" />
        <source>Cut-off grade, %1</source>
        <translation>Бортовое содержание, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="90" />
        <source>Mean grade, %1</source>
        <translation>Среднее содержание, %1</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="15" />
        <source>Export...</source>
        <translation>Экспорт...</translation>
    </message>
</context>
<context>
    <name>HeadDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="40" />
        <source>Check a head written down</source>
        <translation>Проверить записанную вершину журнала</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="42" />
        <source>entry:hash, as a workbook's cover shows it</source>
        <translation>запись:хеш, как на титульном листе книги</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="43" />
        <source>Head</source>
        <translation>Вершина</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="49" />
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="56" />
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="56" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="56" />
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="56" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="57" />
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="67" />
        <source>Copy list</source>
        <translation>Копировать список</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="40" />
        <source>Log an environmental incident</source>
        <translation>Регистрация экологического инцидента</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="56" />
        <source>(no clean-up waste)</source>
        <translation>(без отходов ликвидации)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="64" />
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="66" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="67" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="68" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="69" />
        <source>Substances released</source>
        <translation>Выброшенные вещества</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="70" />
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="85" />
        <source>Quantity released</source>
        <translation>Количество выброса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="71" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="72" />
        <source>Weather</source>
        <translation>Погодные условия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="73" />
        <source>Response actions</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="74" />
        <source>Clean-up waste from</source>
        <translation>Отходы ликвидации из</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="75" />
        <source>Clean-up waste to</source>
        <translation>Отходы ликвидации в</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="76" />
        <source>Waste</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="77" />
        <source>Waste quantity, t</source>
        <translation>Количество отходов, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="89" />
        <source>Waste quantity</source>
        <translation>Количество отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="91" />
        <source>Give where the clean-up waste went and how much.</source>
        <translation>Укажите, куда направлены отходы ликвидации и их количество.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="96" />
        <source>clean-up of incident: %s</source>
        <translation>ликвидация инцидента: %s</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="31" />
        <source>All periods</source>
        <translation>Все периоды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="31" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="32" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="32" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="33" />
        <source>From – to</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="38" />
        <source>Search notes, nodes, materials</source>
        <translation>Поиск по примечаниям, узлам, материалам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="47" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="47" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="48" />
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="49" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="50" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="51" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="51" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="66" />
        <source>All sites</source>
        <translation>Все площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="68" />
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="70" />
        <source>All materials</source>
        <translation>Все материалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="72" />
        <source>All methods</source>
        <translation>Все методы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="88" />
        <source>All nodes</source>
        <translation>Все узлы</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="110" />
        <source>Flow ledger</source>
        <translation>Журнал потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="65" />
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="67" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="69" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="73" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="74" />
        <source>Import template…</source>
        <translation>Шаблон импорта…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="158" />
        <source>Set up the plant first: its sites and nodes in Plant structure, what flows between them in Materials. Then enter flows here.</source>
        <translation>Сначала опишите предприятие: площадки и узлы — в разделе «Структура предприятия», то, что движется между ними, — в разделе «Материалы». Затем вводите потоки здесь.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="161" />
        <source>No flow records yet. Enter one in the panel on the right, or fill the import template (Import template…) and Import… a month at once.</source>
        <translation>Записей потоков пока нет. Введите запись на панели справа или заполните шаблон импорта («Шаблон импорта…») и импортируйте («Импорт…») сразу месяц.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="164" />
        <source>No records match the filters; choose "All periods" or another site, node or material.</source>
        <translation>Нет записей, отвечающих фильтрам; выберите «Все периоды» или другую площадку, узел или материал.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="199" />
        <location filename="../../greendesk/ui/ledger_view.py" line="240" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="238" />
        <source>Totals could not be computed: %s</source>
        <translation>Не удалось рассчитать итоги: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="254" />
        <source>Add flow record</source>
        <translation>Добавить запись потока</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="270" />
        <source>%1 is not a valid %2.</source>
        <translation>%1 — недопустимое значение поля «%2».</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="277" />
        <source>Edit the grades of a flow record</source>
        <translation>Изменение содержаний записи о потоке</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="281" />
        <source>Edit flow record</source>
        <translation>Изменить запись потока</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="298" />
        <source>Delete %n flow record(s)</source>
        <translation>
            <numerusform>Удалить %n запись потока</numerusform>
            <numerusform>Удалить %n записи потоков</numerusform>
            <numerusform>Удалить %n записей потоков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="303" />
        <source>%n record(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Удалена %n запись. Отменить — Ctrl+Z.</numerusform>
            <numerusform>Удалено %n записи. Отменить — Ctrl+Z.</numerusform>
            <numerusform>Удалено %n записей. Отменить — Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="318" />
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>Скопирована %n строка.</numerusform>
            <numerusform>Скопировано %n строки.</numerusform>
            <numerusform>Скопировано %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="328" />
        <source>Save the flow import template</source>
        <translation>Сохранить шаблон импорта потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="329" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="337" />
        <source>The template could not be written: %s</source>
        <translation>Не удалось записать шаблон: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="339" />
        <source>Template saved as %s.</source>
        <translation>Шаблон сохранён как %s.</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="101" />
        <source>Permitted limit at %1</source>
        <translation>Норматив для %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="107" />
        <source>only where a lower bound applies (pH)</source>
        <translation>только при нижней границе (pH)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="108" />
        <source>A reading equal to the limit is an exceedance</source>
        <translation>Значение, равное нормативу, считается превышением</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="110" />
        <source>e.g. permit No., appendix</source>
        <translation>напр. № разрешения, приложение</translation>
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
        <translation>Верхний предел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="113" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="120" />
        <source>Lower limit</source>
        <translation>Нижний предел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="115" />
        <source>Basis</source>
        <translation>Основание</translation>
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
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="201" />
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="203" />
        <source>Connect to &amp;server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="205" />
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="208" />
        <source>Open &amp;demo plant</source>
        <translation>Открыть &amp;демо-предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="211" />
        <source>&amp;Import flow records…</source>
        <translation>&amp;Импорт записей потоков…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="213" />
        <source>Save flow import &amp;template…</source>
        <translation>Сохранить &amp;шаблон импорта потоков…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="216" />
        <source>Import &amp;plant set-up…</source>
        <translation>Импорт &amp;настройки предприятия…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="217" />
        <source>Save plant set-up templa&amp;te…</source>
        <translation>Сохранить &amp;шаблон настройки предприятия…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="220" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="221" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="230" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="231" />
        <source>&amp;About GreenDesk</source>
        <translation>&amp;О программе GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="245" />
        <source>(no recent databases)</source>
        <translation>(нет недавних баз данных)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="263" />
        <source>%1 cannot be opened: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="301" />
        <source>Database: %s</source>
        <translation>База данных: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="303" />
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="309" />
        <source>This database is read-only: you can look, but changes cannot be saved.</source>
        <translation>База данных доступна только для чтения: просматривать можно, сохранить изменения — нельзя.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="313" />
        <source>The database was upgraded to this version's format; the previous file was kept as %s.</source>
        <translation>База данных обновлена до формата этой версии; прежний файл сохранён как %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="323" />
        <source>New GreenDesk database</source>
        <translation>Новая база данных GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="324" />
        <source>GreenDesk databases (*.sqlite *.db)</source>
        <translation>Базы данных GreenDesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="329" />
        <source>%s already exists; choose Open to work with it.</source>
        <translation>%s уже существует; чтобы работать с ним, выберите «Открыть».</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="335" />
        <source>Open GreenDesk database</source>
        <translation>Открыть базу данных GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="336" />
        <source>GreenDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных GreenDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="345" />
        <source>Writing the demo plant…</source>
        <translation>Создание демо-предприятия…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="361" />
        <source>About GreenDesk</source>
        <translation>О программе GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="362" />
        <source>&lt;b&gt;GreenDesk %s&lt;/b&gt;&lt;br&gt;The environmental officer's desk for mining and metallurgical plants.</source>
        <translation>&lt;b&gt;GreenDesk %s&lt;/b&gt;&lt;br&gt;Рабочее место эколога горно-металлургического предприятия.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="31" />
        <source>Edit material</source>
        <translation>Изменить материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="31" />
        <source>New material</source>
        <translation>Новый материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="41" />
        <source>t/m³, optional</source>
        <translation>т/м³, необязательно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="43" />
        <source>GJ per t or m³, optional (fuels)</source>
        <translation>ГДж на т или м³, необязательно (топливо)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="45" />
        <source>tce per unit, optional</source>
        <translation>т у.т. на единицу, необязательно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="52" />
        <source>List of Waste code, wastes only</source>
        <translation>Код по классификатору отходов, только для отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="55" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="55" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="56" />
        <source>Measured by</source>
        <translation>Измеряется по</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="57" />
        <source>Default unit</source>
        <translation>Единица по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="58" />
        <source>Density, t/m³</source>
        <translation>Плотность, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="59" />
        <location filename="../../greendesk/ui/materials_view.py" line="91" />
        <source>Net calorific value</source>
        <translation>Низшая теплота сгорания</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="60" />
        <location filename="../../greendesk/ui/materials_view.py" line="92" />
        <source>tce factor</source>
        <translation>Коэффициент перевода в у.т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="61" />
        <source>tce factor per</source>
        <translation>Коэффициент у.т. на</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="62" />
        <source>List of Waste code</source>
        <translation>Код по классификатору отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="63" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="89" />
        <source>Density</source>
        <translation>Плотность</translation>
    </message>
</context>
<context>
    <name>MaterialsView</name>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="123" />
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="115" />
        <source>Add material</source>
        <translation>Добавить материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="98" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="99" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="100" />
        <source>Measured by</source>
        <translation>Измеряется по</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="101" />
        <source>Default unit</source>
        <translation>Единица по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="102" />
        <source>Density, t/m³</source>
        <translation>Плотность, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="103" />
        <source>NCV, GJ per unit</source>
        <translation>Теплота сгорания, ГДж/ед.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="104" />
        <source>tce factor</source>
        <translation>Коэффициент у.т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="105" />
        <source>List of Waste</source>
        <translation>Код отхода</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="116" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="120" />
        <source>No materials yet. Add material: ore, concentrate, tailings, fuels, electricity and the rest that flows between the nodes, each with the unit it is measured in.</source>
        <translation>Материалов пока нет. Добавьте материал: руду, концентрат, хвосты, топливо, электроэнергию и всё, что движется между узлами, — каждый с единицей измерения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="164" />
        <source>Add material “%s”</source>
        <translation>Добавление материала «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="165" />
        <source>Material “%s” added.</source>
        <translation>Материал «%s» добавлен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="169" />
        <source>Edit material “%s”</source>
        <translation>Изменение материала «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="170" />
        <source>Material “%s” saved.</source>
        <translation>Материал «%s» сохранён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="173" />
        <source>Material “%1” saved; the canonical quantities of %2 record(s) were recomputed from their entries with the new properties.</source>
        <translation>Материал «%1» сохранён; количества в базовых единицах пересчитаны для записей (%2) с новыми свойствами.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../greendesk/ui/forms.py" line="85" />
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="164" />
        <source>Add point</source>
        <translation>Добавить точку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="165" />
        <source>Edit point</source>
        <translation>Изменить точку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="166" />
        <source>Set limit</source>
        <translation>Задать норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="167" />
        <source>PEK programme…</source>
        <translation>Программа ПЭК…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="169" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="407" />
        <source>Add reading</source>
        <translation>Добавить замер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="170" />
        <source>Delete readings</source>
        <translation>Удалить замеры</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="173" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="185" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="188" />
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="173" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="185" />
        <source>Watches</source>
        <translation>Объект наблюдения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="173" />
        <source>Medium</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="173" />
        <source>Every</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="174" />
        <source>Limits</source>
        <translation>Нормативы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="181" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="185" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="181" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="186" />
        <source>Value</source>
        <translation>Значение</translation>
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
        <translation>Примечание</translation>
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
        <translation>Запас до норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="188" />
        <source>No reading from</source>
        <translation>Нет замеров с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="189" />
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="188" />
        <source>To</source>
        <comment>end of a date range</comment>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="189" />
        <source>Required</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="191" />
        <source>Exceedances</source>
        <translation>Превышения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="192" />
        <source>Gaps in the readings</source>
        <translation>Пропуски замеров</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="211" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="260" />
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="338" />
        <source>every %1 days</source>
        <translation>каждые %1 дн.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="340" />
        <source>Exceedances (%1)</source>
        <translation>Превышения (%1)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="342" />
        <source>Gaps in the readings (%1)</source>
        <translation>Пропуски замеров (%1)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="367" />
        <source>Add monitoring point</source>
        <translation>Добавление точки мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="376" />
        <source>Edit monitoring point %1</source>
        <translation>Изменение точки мониторинга %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="385" />
        <source>Set a limit at %1</source>
        <translation>Установка норматива в точке %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="396" />
        <source>PEK programme at %1</source>
        <translation>Программа ПЭК: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/formation_monitoring.py" line="418" />
        <source>Delete %n reading(s)</source>
        <translation>
            <numerusform>Удаление %n измерения</numerusform>
            <numerusform>Удаление %n измерений</numerusform>
            <numerusform>Удаление %n измерений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/formation_monitoring.py" line="422" />
        <source>%n reading(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Удалён %n замер. Отменить — Ctrl+Z.</numerusform>
            <numerusform>Удалено %n замера. Отменить — Ctrl+Z.</numerusform>
            <numerusform>Удалено %n замеров. Отменить — Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthCloseDialog</name>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="48" />
        <source>Month close</source>
        <translation>Закрытие месяца</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="55" />
        <source>Close the month</source>
        <translation>Закрыть месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="56" />
        <source>Close the month for every site: its records can no longer change until it is reopened.</source>
        <translation>Закрыть месяц для всех площадок: его записи нельзя изменить, пока он не будет вновь открыт.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="59" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="77" />
        <source>Stock-taking</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="77" />
        <source>Assay</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="78" />
        <source>Monitoring reading</source>
        <translation>Замер мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="79" />
        <source>Waste transfer</source>
        <translation>Передача отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="80" />
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="81" />
        <source>Metal balance</source>
        <translation>Баланс металла</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="82" />
        <source>Emission factor</source>
        <translation>Коэффициент выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="95" />
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: %3 open, %4 waived.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: открыто %3, пропущено %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="99" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="99" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="99" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="102" />
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="102" />
        <source>waived: %1</source>
        <translation>пропущен: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="119" />
        <source>Nothing is open for this site.</source>
        <translation>По этой площадке ничего не открыто.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="121" />
        <source>Still open: %1.</source>
        <translation>Ещё открыто: %1.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="124" />
        <source>Every item is done or waived.</source>
        <translation>Каждый пункт выполнен или пропущен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="130" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="131" />
        <source>Open the place to fix this item.</source>
        <translation>Открыть место, где исправить этот пункт.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="135" />
        <source>Waive…</source>
        <translation>Пропустить…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="136" />
        <source>Leave this item as it is, with a reason kept in the audit trail.</source>
        <translation>Оставить пункт как есть, с причиной в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="147" />
        <source>Waive item</source>
        <translation>Пропустить пункт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="148" />
        <source>Why is this item left as it is?</source>
        <translation>Почему пункт оставлен как есть?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="153" />
        <source>Waive month-close item</source>
        <translation>Пропустить пункт закрытия месяца</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="162" />
        <source>Close %s</source>
        <translation>Закрыть %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="163" />
        <source>reopen the period in the Audit trail, with a reason.</source>
        <translation>откройте период вновь в журнале аудита, указав причину.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/month_close_dialog.py" line="164" />
        <source>%s is closed: its records can no longer change.</source>
        <translation>%s закрыт: его записи больше нельзя изменить.</translation>
    </message>
</context>
<context>
    <name>MoveNodeDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="95" />
        <source>Move node</source>
        <translation>Перенести узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="97" />
        <source>Move %s to</source>
        <translation>Перенести «%s» на</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="249" />
        <source>monthly total</source>
        <translation>итог за месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="272" />
        <source>Waste</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="273" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="274" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="275" />
        <source>From</source>
        <comment>source node of a flow</comment>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="276" />
        <source>To</source>
        <comment>destination node of a flow</comment>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="278" />
        <source>Contractor</source>
        <translation>Подрядчик</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="279" />
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="280" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="326" />
        <source>(the contractor's own node, made if missing)</source>
        <translation>(собственный узел подрядчика; создаётся, если его нет)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="343" />
        <source>In %1 on that day: %2</source>
        <translation>На %1 в этот день: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="349" />
        <source>Choose the waste.</source>
        <translation>Выберите отход.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="350" />
        <source>quantity</source>
        <translation>количество</translation>
    </message>
</context>
<context>
    <name>NodeDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="62" />
        <source>Edit node</source>
        <translation>Изменить узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="62" />
        <source>New node</source>
        <translation>Новый узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="67" />
        <source>e.g. Flotation</source>
        <translation>напр. Флотация</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="72" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="73" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="74" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="75" />
        <source>Loss reason</source>
        <translation>Причина потерь</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="76" />
        <source>Note</source>
        <translation>Примечание</translation>
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
        <translation>в пределах норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_charts.py" line="53" />
        <source>above the norm</source>
        <translation>сверх норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_charts.py" line="62" />
        <source>norm, prorated</source>
        <translation>норматив за месяц</translation>
    </message>
</context>
<context>
    <name>NormDialog</name>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="287" />
        <source>Edit permit norm</source>
        <translation>Изменение норматива разрешения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="288" />
        <source>New permit norm</source>
        <translation>Новый норматив разрешения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="302" />
        <source>no end date</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="311" />
        <source>Source</source>
        <translation>Источник выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="312" />
        <source>Permit</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="313" />
        <source>Substance</source>
        <translation>Вещество</translation>
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
        <translation>т/год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="316" />
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="317" />
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
</context>
<context>
    <name>ObligationStatusDialog</name>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="19" />
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="20" />
        <source>in preparation</source>
        <translation>готовится</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="22" />
        <source>submitted</source>
        <translation>сдано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="36" />
        <source>Status of an obligation</source>
        <translation>Статус обязательства</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="44" />
        <source>the authority's reference number</source>
        <translation>регистрационный номер органа</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="49" />
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="57" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="60" />
        <source>Obligation</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="61" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="62" />
        <source>Submitted on</source>
        <translation>Дата сдачи</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="63" />
        <source>Reference number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="64" />
        <source>Submitted file</source>
        <translation>Сданный файл</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="65" />
        <source>Exported workbook</source>
        <translation>Выгруженная книга Excel</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="66" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="73" />
        <source>no file</source>
        <translation>файла нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/obligation_dialogs.py" line="82" />
        <source>The submitted file</source>
        <translation>Сданный файл</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="180" />
        <source>Officer's name</source>
        <translation>Имя исполнителя</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="182" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="183" />
        <source>Recorded with every change, together with the computer's user name.</source>
        <translation>Записывается при каждом изменении вместе с именем пользователя компьютера.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="65" />
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>OwnActionDialog</name>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="21" />
        <source>Add an own action</source>
        <translation>Добавить своё мероприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="31" />
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="32" />
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_dialogs.py" line="33" />
        <source>Cost class</source>
        <translation>Класс затрат</translation>
    </message>
</context>
<context>
    <name>PassportActions</name>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="200" />
        <location filename="../../greendesk/ui/waste_passport.py" line="222" />
        <source>Select a waste type in the list first.</source>
        <translation>Сначала выберите вид отходов в списке.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="212" />
        <source>Edit the passport data of “%s”</source>
        <translation>Изменение данных паспорта «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="214" />
        <source>Passport data of “%s” saved; undo with Ctrl+Z.</source>
        <translation>Данные паспорта «%s» сохранены; отменить — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="225" />
        <source>“%s” is not a hazardous waste; passports are made for hazardous waste only.</source>
        <translation>«%s» не относится к опасным отходам; паспорта составляются только на опасные отходы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="233" />
        <source>Save the passport as</source>
        <translation>Сохранить паспорт как</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="234" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PassportDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="54" />
        <source>Passport data of “%s”</source>
        <translation>Данные паспорта «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="61" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="61" />
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="61" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="62" />
        <source>Basis (protocol No., date, or calculation)</source>
        <translation>Основание (№ протокола, дата или расчёт)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="73" />
        <source>Add component</source>
        <translation>Добавить компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="74" />
        <source>Remove component</source>
        <translation>Удалить компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="88" />
        <source>Composition</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="92" />
        <source>Property</source>
        <translation>Свойство</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="92" />
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="104" />
        <source>Basis of each hazardous property</source>
        <translation>Основание каждого опасного свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="109" />
        <source>entered</source>
        <translation>указана</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="120" />
        <source>Handling precautions</source>
        <translation>Меры предосторожности при обращении</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="121" />
        <source>Transport precautions</source>
        <translation>Меры предосторожности при транспортировке</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="122" />
        <source>Storage precautions</source>
        <translation>Меры предосторожности при хранении</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="123" />
        <source>Prepared by</source>
        <translation>Составил</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="124" />
        <source>Passport date</source>
        <translation>Дата паспорта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="131" />
        <source>not entered</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="166" />
        <source>share of %s</source>
        <translation>доля компонента %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_passport.py" line="166" />
        <source>row %d</source>
        <translation>строка %d</translation>
    </message>
</context>
<context>
    <name>PermitAlertsList</name>
    <message>
        <location filename="../../greendesk/ui/permit_alerts_list.py" line="43" />
        <source>Permit conditions at risk</source>
        <translation>Условия разрешений под угрозой</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_alerts_list.py" line="59" />
        <source>on course to exceed the year's limit</source>
        <translation>годовой норматив будет превышен</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_alerts_list.py" line="60" />
        <source>Open the contractors</source>
        <translation>Открыть подрядчиков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_alerts_list.py" line="61" />
        <source>Open the permits</source>
        <translation>Открыть разрешения</translation>
    </message>
</context>
<context>
    <name>PermitDialog</name>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="26" />
        <source>Edit permit</source>
        <translation>Изменить разрешение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="26" />
        <source>New permit</source>
        <translation>Новое разрешение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="31" />
        <source>as printed on the permit</source>
        <translation>как напечатано в разрешении</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="34" />
        <source>the body that issued it</source>
        <translation>орган, выдавший разрешение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="38" />
        <source>no end date</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="48" />
        <source>Comprehensive environmental permit applying best available techniques</source>
        <translation>Комплексное экологическое разрешение с применением наилучших доступных техник</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="50" />
        <source>The fee prices the site's mass within the norm at the loaded BAT coefficient while this permit is in force.</source>
        <translation>Пока действует это разрешение, плата за массу площадки в пределах норматива рассчитывается с загруженным коэффициентом НДТ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="55" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="56" />
        <source>Permit number</source>
        <translation>Номер разрешения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="57" />
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="58" />
        <source>Issuing authority</source>
        <translation>Выдавший орган</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="59" />
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="60" />
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="61" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_dialogs.py" line="62" />
        <source>Best available techniques</source>
        <translation>Наилучшие доступные техники</translation>
    </message>
</context>
<context>
    <name>PermitTermsDialog</name>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="21" />
        <source>Conditions and limits of permit “%s”</source>
        <translation>Условия и лимиты разрешения «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="24" />
        <source>one condition a line, as the permit lists them</source>
        <translation>по одному условию в строке, в порядке разрешения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="30" />
        <source>Waste type</source>
        <translation>Вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="30" />
        <source>Accumulation limit, t/year</source>
        <translation>Лимит накопления, т/год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="31" />
        <source>Burial limit, t/year</source>
        <translation>Лимит захоронения, т/год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="43" />
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="44" />
        <source>Waste limits</source>
        <translation>Лимиты отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permit_terms_dialog.py" line="49" />
        <source>waste limit</source>
        <translation>лимит отходов</translation>
    </message>
</context>
<context>
    <name>PermitsPanel</name>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="53" />
        <source>Add permit</source>
        <translation>Добавить разрешение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="54" />
        <source>Edit permit</source>
        <translation>Изменить разрешение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="56" />
        <location filename="../../greendesk/ui/permits_panel.py" line="189" />
        <source>Delete permit</source>
        <translation>Удалить разрешение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="58" />
        <source>Conditions and limits…</source>
        <translation>Условия и лимиты…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="61" />
        <source>Permit number</source>
        <translation>Номер разрешения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="61" />
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="61" />
        <source>Issuing authority</source>
        <translation>Выдавший орган</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="62" />
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="62" />
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="62" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="86" />
        <source>Environmental permits of “%s”</source>
        <translation>Экологические разрешения площадки «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="87" />
        <source>Choose a site to see its environmental permits.</source>
        <translation>Выберите площадку, чтобы увидеть её экологические разрешения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="88" />
        <source>no end date</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="104" />
        <source>Permit %1: %2 accumulated %3 t in %4 against a limit of %5 t (%6 t over).</source>
        <translation>Разрешение %1: накоплено %2 — %3 т за %4 г. при лимите %5 т (превышение %6 т).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="106" />
        <source>Permit %1: %2 buried %3 t in %4 against a limit of %5 t (%6 t over).</source>
        <translation>Разрешение %1: захоронено %2 — %3 т за %4 г. при лимите %5 т (превышение %6 т).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="127" />
        <source>No conditions entered.</source>
        <translation>Условия не внесены.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="130" />
        <source>%1: accumulation %2 t/year, burial %3 t/year</source>
        <translation>%1: накопление %2 т/год, захоронение %3 т/год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="162" />
        <source>Add permit “%s”</source>
        <translation>Добавление разрешения «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="171" />
        <source>Edit permit “%s”</source>
        <translation>Изменение разрешения «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="183" />
        <source>Conditions and limits of permit “%s”</source>
        <translation>Условия и лимиты разрешения «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="190" />
        <source>Delete permit “%s”?</source>
        <translation>Удалить разрешение «%s»?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/permits_panel.py" line="202" />
        <source>Delete permit “%s”</source>
        <translation>Удаление разрешения «%s»</translation>
    </message>
</context>
<context>
    <name>PlantImportController</name>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="46" />
        <location filename="../../greendesk/ui/plant_import_ui.py" line="88" />
        <source>Import plant set-up</source>
        <translation>Импорт настройки предприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="47" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="78" />
        <source>%1 matches the plant; nothing to change.</source>
        <translation>%1 совпадает с данными предприятия; изменять нечего.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/plant_import_ui.py" line="83" />
        <source>Importing %1 makes %n change(s):</source>
        <translation>
            <numerusform>Импорт %1 внесёт %n изменение:</numerusform>
            <numerusform>Импорт %1 внесёт %n изменения:</numerusform>
            <numerusform>Импорт %1 внесёт %n изменений:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/plant_import_ui.py" line="87" />
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… и ещё %n (см. подробности).</numerusform>
            <numerusform>… и ещё %n (см. подробности).</numerusform>
            <numerusform>… и ещё %n (см. подробности).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="89" />
        <source>Apply these changes?</source>
        <translation>Применить эти изменения?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="101" />
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/plant_import_ui.py" line="111" />
        <source>Import plant set-up from %1</source>
        <translation>Импорт настройки предприятия из %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/plant_import_ui.py" line="113" />
        <source>Imported the plant set-up from %1: %n change(s).</source>
        <translation>
            <numerusform>Настройка предприятия импортирована из %1: %n изменение.</numerusform>
            <numerusform>Настройка предприятия импортирована из %1: %n изменения.</numerusform>
            <numerusform>Настройка предприятия импортирована из %1: %n изменений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="22" />
        <source>Plot Options</source>
        <translation>Параметры графика</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="23" />
        <source>Transforms</source>
        <translation>Преобразования</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="24" />
        <source>Downsample</source>
        <translation>Прореживание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="25" />
        <source>Average</source>
        <translation>Усреднение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="26" />
        <source>Alpha</source>
        <translation>Прозрачность</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="27" />
        <source>Grid</source>
        <translation>Сетка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="28" />
        <source>Points</source>
        <translation>Точки</translation>
    </message>
</context>
<context>
    <name>PointDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="66" />
        <source>Edit monitoring point</source>
        <translation>Изменить точку мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="67" />
        <source>New monitoring point</source>
        <translation>Новая точка мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="72" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="74" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="79" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="81" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="82" />
        <source>Watches</source>
        <translation>Объект наблюдения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="83" />
        <source>Formation</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="84" />
        <source>Source node</source>
        <translation>Узел-источник</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="85" />
        <source>Medium</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="86" />
        <source>A reading at least every</source>
        <translation>Замер не реже чем каждые</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="88" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="24" />
        <source>PEK programme at %1</source>
        <translation>Программа ПЭК: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="32" />
        <source>Measured</source>
        <translation>Измеряется</translation>
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
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="33" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="33" />
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/pek_programme_dialog.py" line="59" />
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="127" />
        <source>New reading at %1</source>
        <translation>Новый замер в точке %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="137" />
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="138" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="139" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="143" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="140" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ReconciledWriteButton</name>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="32" />
        <source>Write reconciled values into the unmeasured flows</source>
        <translation>Записать увязанные значения в неизмеренные потоки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="33" />
        <source>Each flow the reconciliation estimated takes its reconciled value; a flow with weighed records too takes the rest. Edit ▸ Undo takes it back.</source>
        <translation>Каждый поток, оценённый увязкой баланса, получает увязанное значение; поток, у которого есть и взвешенные записи, получает остаток. Правка ▸ Отменить возвращает прежние значения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="52" />
        <location filename="../../greendesk/ui/reconcile_write.py" line="69" />
        <source>Write reconciled values</source>
        <translation>Запись увязанных значений</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="61" />
        <source>The global test did not pass (or could not be run), so the estimates rest on balances that do not close. Write them into the unmeasured flows anyway?</source>
        <translation>Глобальный тест не пройден (или не мог быть выполнен), поэтому оценки опираются на несходящиеся балансы. Всё равно записать их в неизмеренные потоки?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="73" />
        <source>Reconciled values written; flows changed: %1.</source>
        <translation>Увязанные значения записаны; изменено потоков: %1.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reconcile_write.py" line="76" />
        <source>Left as they were, since reconciliation could not determine them: %1.</source>
        <translation>Оставлены без изменений, так как увязка баланса не смогла их определить: %1.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../greendesk/analysis/formations.py" line="34" />
        <source>{text!r} is not a grade unit; write %, g/t, ppm, ppb or kg/t.</source>
        <translation>{text!r} — не единица содержания; укажите %, g/t, ppm, ppb или kg/t.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="68" />
        <source>There is no site {text!r}; the sites are: {names}.</source>
        <translation>Площадка {text!r} не найдена; площадки: {names}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="82" />
        <source>There is no node {text!r} at that site.</source>
        <translation>На этой площадке нет узла {text!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="83" />
        <source>There is no node {text!r}.</source>
        <translation>Узел {text!r} не найден.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="85" />
        <source>Several sites have a node {text!r}; add --site to choose one.</source>
        <translation>Узел {text!r} есть на нескольких площадках; добавьте --site, чтобы выбрать одну.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="329" />
        <source>--alpha is a significance level between 0 and 0.5, e.g. 0.05.</source>
        <translation>--alpha — уровень значимости от 0 до 0.5, например 0.05.</translation>
    </message>
    <message>
        <location filename="../../greendesk/demo/names.py" line="39" />
        <source>The demo plant is written in English, Russian or Kazakh (en, ru, kk), not {value!r}.</source>
        <translation>Демо-предприятие создаётся на английском, русском или казахском языке (en, ru, kk), а не {value!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="105" />
        <source>The mapping {part!r} is not FIELD=COLUMN, e.g. code=Код.</source>
        <translation>Сопоставление {part!r} не имеет вида FIELD=COLUMN, например code=Код.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="109" />
        <source>{name!r} is not a classifier field; the fields are: {fields}.</source>
        <translation>{name!r} — не поле классификатора; поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="161" />
        <source>The column {column!r} named for {field} in the mapping is not in the file; the headings found are: {found}.</source>
        <translation>Столбца {column!r}, указанного в сопоставлении для поля {field}, нет в файле; найдены заголовки: {found}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="175" />
        <location filename="../../greendesk/importers/flows_rows.py" line="264" />
        <source>The required column {column} is missing; the headings found in row {row} are: {found}.</source>
        <translation>Нет обязательного столбца {column}; заголовки в строке {row}: {found}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="193" />
        <source>'{value}' is not a hazardous flag; write yes or no (да/нет), or leave it empty and mark hazardous codes with an asterisk.</source>
        <translation>«{value}» — не признак опасности; укажите yes или no (да/нет) либо оставьте ячейку пустой и отметьте опасные коды звёздочкой.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="215" />
        <source>'{value}' is not an entry type; write, e.g., Absolute hazardous or Mirror non-hazardous.</source>
        <translation>«{value}» — не тип позиции; укажите, например, Absolute hazardous или Mirror non-hazardous.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="260" />
        <source>'{value}' is not a level; write chapter, subchapter or entry (глава, подглава, позиция).</source>
        <translation>«{value}» — не уровень; укажите chapter, subchapter или entry (глава, подглава, позиция).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="267" />
        <source>The code is missing.</source>
        <translation>Не указан код.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="276" />
        <source>{code} is not the code of a {value}; check the level or the code.</source>
        <translation>{code} — не код уровня «{value}»; проверьте уровень или код.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="286" />
        <source>The description is missing.</source>
        <translation>Не указано наименование.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="289" />
        <source>The description is {count:,} characters long, over the limit of {most:,}.</source>
        <translation>Длина наименования ({count:,} симв.) превышает предел {most:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="309" />
        <source>The code {raw} has the hazardous asterisk, but this column says the entry is not hazardous.</source>
        <translation>Код {raw} отмечен звёздочкой опасности, но в этом столбце позиция указана как неопасная.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="322" />
        <source>The entry type says {typed}, but the code and the hazardous flag say {flag}.</source>
        <translation>В типе позиции указано «{typed}», а код и признак опасности дают «{flag}».</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="337" />
        <source>{code} is a heading, which cannot be hazardous; only six-digit entries carry the asterisk.</source>
        <translation>{code} — заголовок, он не может быть опасным; звёздочку ставят только у шестизначных позиций.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="351" />
        <source>The code {code} appears twice; it is also in {target}.</source>
        <translation>Код {code} встречается дважды; он есть также здесь: {target}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="372" />
        <source>hazardous</source>
        <translation>опасная</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="373" />
        <source>not hazardous</source>
        <translation>неопасная</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="390" />
        <source>Choose the classifier file to import.</source>
        <translation>Выберите файл классификатора для импорта.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="413" />
        <source>{name} has no six-digit entries, only headings; load the headings together with the entries file.</source>
        <translation>В файле {name} нет шестизначных позиций, только заголовки; загрузите заголовки вместе с файлом позиций.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="82" />
        <source>{name} was already imported on {when:%Y-%m-%d at %H:%M} ({count:,} flow records, as {file_name}); nothing was imported. Import it again only if its records should be added a second time.</source>
        <translation>Файл {name} уже импортирован: {when:%Y-%m-%d at %H:%M} (записей потоков: {count:,}, под именем {file_name}); ничего не импортировано. Импортируйте его снова, только если его записи нужно добавить второй раз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="126" />
        <source>{name} has column headings but no flow records to import.</source>
        <translation>В файле {name} есть заголовки столбцов, но нет записей потоков для импорта.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="142" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="156" />
        <source>Importing {name}</source>
        <translation>Импорт файла {name}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="169" />
        <source>{name} changed while it was being imported; nothing was imported. Import it again.</source>
        <translation>Файл {name} изменился во время импорта; ничего не импортировано. Импортируйте его снова.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_repeat.py" line="103" />
        <source>{count:,} entered in the ledger</source>
        <translation>введено в журнал потоков: {count:,}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_repeat.py" line="106" />
        <source>{count:,} imported from {file} on {when:%Y-%m-%d at %H:%M}</source>
        <translation>импортировано из {file} ({when:%Y-%m-%d at %H:%M}): {count:,}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_repeat.py" line="110" />
        <source>; and more</source>
        <translation>; и другие</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_repeat.py" line="112" />
        <source>{count:,} of the {total:,} rows of {file} match records already in the database (the same date, nodes, material, quantity and unit): {shown}{more}; nothing was imported. Import it again only if these records should be added a second time.</source>
        <translation>{count:,} из {total:,} строк файла {file} совпадают с записями, уже имеющимися в базе данных (та же дата, узлы, материал, количество и единица измерения): {shown}{more}; ничего не импортировано. Импортируйте файл снова, только если эти записи нужно добавить второй раз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="34" />
        <source>sheet {sheet}</source>
        <translation>лист {sheet}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="36" />
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="38" />
        <source>column {column} ({header})</source>
        <translation>столбец {column} ({header})</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="41" />
        <source>column {column}</source>
        <translation>столбец {column}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="69" />
        <source>{file} has 1 problem; nothing was imported. First: {first}</source>
        <translation>В файле {file} 1 ошибка; ничего не импортировано. Первая: {first}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="73" />
        <source>{file} has {total:,} problems; nothing was imported. First: {first}</source>
        <translation>В файле {file} ошибок: {total:,}; ничего не импортировано. Первая: {first}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/import_problems.py" line="77" />
        <source>{file} has {total:,} problems (the first {listed:,} are listed); nothing was imported. First: {first}</source>
        <translation>В файле {file} ошибок: {total:,} (в списке первые {listed:,}); ничего не импортировано. Первая: {first}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="128" />
        <source>{show} is not a month of the calendar.</source>
        <translation>{show} — не месяц календаря.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="135" />
        <source>{show} is not a date; write 2025-03-31 or 31.03.2025 for a day, 2025-03 or 03.2025 for a monthly total.</source>
        <translation>{show} — не дата; укажите 2025-03-31 или 31.03.2025 для дня, 2025-03 или 03.2025 для итога за месяц.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="139" />
        <source>{show} is a number, not a date; format the cell as a date or write 2025-03-31.</source>
        <translation>{show} — число, а не дата; задайте ячейке формат даты или укажите 2025-03-31.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="169" />
        <source>{show} is ambiguous: the comma may separate thousands or decimals; write the number without a thousands separator.</source>
        <translation>{show} — неоднозначно: запятая может отделять тысячи или дробную часть; запишите число без разделителя тысяч.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="175" />
        <source>{show} does not use the file's decimal mark.</source>
        <translation>{show}: десятичный разделитель не совпадает с разделителем файла.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="178" />
        <source>{show} is not a number: its separators are misplaced.</source>
        <translation>{show} — не число: разделители стоят не на своих местах.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="180" />
        <location filename="../../greendesk/importers/flows_rows.py" line="503" />
        <location filename="../../greendesk/importers/mapped_cells.py" line="182" />
        <source>{show} is not a number.</source>
        <translation>{show} — не число.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="193" />
        <source>{show} is not a method; write measured, calculated or estimated (измерено, расчёт, оценка).</source>
        <translation>{show} — не метод; укажите measured, calculated или estimated (измерено, расчёт, оценка).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="204" />
        <source>{show} is not a reconciliation role; write measured, unmeasured or constant (измерено, не измерено, константа).</source>
        <translation>{show} — не роль в увязке баланса; напишите: измерено, не измерено или константа (measured, unmeasured, constant).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="254" />
        <location filename="../../greendesk/importers/plant_import.py" line="154" />
        <source>Columns {first} and {second} are both {heading}; keep one of them.</source>
        <translation>Столбцы {first} и {second} оба означают «{heading}»; оставьте один из них.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="292" />
        <source>The site is missing.</source>
        <translation>Не указана площадка.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="296" />
        <source>{show} is not a site of the plant; the sites are: {known}.</source>
        <translation>{show} — не площадка предприятия; площадки: {known}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="300" />
        <location filename="../../greendesk/services/waste_movements.py" line="352" />
        <source>comes from</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="301" />
        <location filename="../../greendesk/services/waste_movements.py" line="400" />
        <location filename="../../greendesk/services/waste_movements.py" line="408" />
        <source>goes to</source>
        <translation>получатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="305" />
        <source>The node the flow {what} is missing.</source>
        <translation>Не указан узел-{what} потока.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="314" />
        <source>{show} is not a node of {site}; it belongs to {sites}. Flows run within one site: record a shipment and a receipt at each site's boundary nodes.</source>
        <translation>{show} — не узел площадки {site}; он относится к площадке: {sites}. Потоки идут в пределах одной площадки: запишите отгрузку и приёмку на граничных узлах каждой площадки.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="318" />
        <source>{show} is not a node of {site}.</source>
        <translation>{show} — не узел площадки {site}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="324" />
        <source>The material is missing.</source>
        <translation>Не указан материал.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="327" />
        <source>{show} is not in the material catalogue.</source>
        <translation>{show} нет в справочнике материалов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="330" />
        <source>The unit is missing.</source>
        <translation>Не указана единица измерения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="358" />
        <source>{value} is not a unit GreenDesk knows; accepted units are {units}.</source>
        <translation>{value} — единица, неизвестная GreenDesk; допустимые единицы: {units}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="371" />
        <location filename="../../greendesk/services/flows.py" line="172" />
        <source>{qty:,.6g} {unit} of {material} is more than a billion {canonical} in one record; check the quantity and unit.</source>
        <translation>{qty:,.6g} {unit} материала {material} — больше миллиарда {canonical} в одной записи; проверьте количество и единицу измерения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="375" />
        <location filename="../../greendesk/services/flows.py" line="166" />
        <source>{qty!r} {unit} is too small to record: it is 0 {canonical} once converted; check the quantity and unit.</source>
        <translation>{qty!r} {unit} — слишком мало для записи: после пересчёта получается 0 {canonical}; проверьте количество и единицу измерения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="385" />
        <source>{period} is closed; reopen it (with a reason) to change its records.</source>
        <translation>Период {period} закрыт; чтобы изменить его записи, откройте его повторно (с указанием причины).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="411" />
        <source>The date is missing.</source>
        <translation>Не указана дата.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="413" />
        <source>{value} is not a date.</source>
        <translation>{value} — не дата.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="420" />
        <location filename="../../greendesk/importers/mapped_cells.py" line="226" />
        <location filename="../../greendesk/services/flows.py" line="122" />
        <source>The date {date} is out of range.</source>
        <translation>Дата {date} вне допустимого диапазона.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="424" />
        <source>The date {date} is after today ({today}); a flow record states what has happened.</source>
        <translation>Дата {date} позже сегодняшней ({today}); запись потока фиксирует то, что уже произошло.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="489" />
        <source>The quantity is missing.</source>
        <translation>Не указано количество.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="499" />
        <source>The quantity must be greater than zero, not {show}.</source>
        <translation>Количество должно быть больше нуля, а указано {show}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="538" />
        <source>The uncertainty is a percentage from 0 to 100, not {value:g}.</source>
        <translation>Неопределённость задаётся в процентах от 0 до 100, а указано {value:g}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="550" />
        <source>The note is {count:,} characters long, over the limit of {most:,}.</source>
        <translation>Длина примечания ({count:,} симв.) превышает предел {most:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="578" />
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}, лист {sheet}, строка {row}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_rows.py" line="580" />
        <source>{file}, row {row}</source>
        <translation>{file}, строка {row}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="260" />
        <source>In {where}, write a heading or an object with a column.</source>
        <translation>{where}: укажите заголовок или объект со столбцом (column).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="267" />
        <source>In {where}, {option!r} is not a mapping option; the options are {options}.</source>
        <translation>{where}: {option!r} — не параметр сопоставления; параметры: {options}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="272" />
        <source>In {where}, give exactly one of column, columns, template or value.</source>
        <translation>{where}: укажите ровно одно из column, columns, template или value.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="277" />
        <source>In {where}, decimal is "comma", "point" or "auto".</source>
        <translation>{where}: decimal может быть «comma», «point» или «auto».</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="283" />
        <source>In {where}, scale must be a positive number.</source>
        <translation>{where}: scale должен быть положительным числом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="288" />
        <source>In {where}, values must map file words to GreenDesk values.</source>
        <translation>{where}: values должен сопоставлять слова из файла значениям GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="297" />
        <source>In {where}, {word!r} maps to {value!r}, which is not one of {values}.</source>
        <translation>{where}: {word!r} сопоставлено значению {value!r}, которого нет среди допустимых: {values}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="310" />
        <source>{source} is not a column mapping: it should be a JSON object.</source>
        <translation>{source} — не сопоставление столбцов: это должен быть объект JSON.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="315" />
        <source>{source} is for {target!r}; a mapping is for formations, assays or readings.</source>
        <translation>{source}: цель {target!r} не поддерживается; сопоставление бывает для formations, assays или readings (ТМО, анализы проб, результаты мониторинга).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="320" />
        <source>{source} maps no fields.</source>
        <translation>{source}: не сопоставлено ни одного поля.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="325" />
        <source>{source} maps {key!r}, which is not a field of {target}; the fields are {fields}.</source>
        <translation>{source}: {key!r} — не поле для {target}; поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="332" />
        <source>In {source}, decimal is "comma", "point" or "auto".</source>
        <translation>{source}: decimal может быть «comma», «point» или «auto».</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="354" />
        <source>Give the mapping a name.</source>
        <translation>Задайте имя сопоставления.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="375" />
        <source>There is no mapping file {path}.</source>
        <translation>Файл сопоставления {path} не найден.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="384" />
        <source>There is no saved mapping named {text!r}; the mappings are: {names}.</source>
        <translation>Сохранённого сопоставления с именем {text!r} нет; сопоставления: {names}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="393" />
        <source>The mapping {path} could not be read: {reason}.</source>
        <translation>Не удалось прочитать сопоставление {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formation_mapping.py" line="397" />
        <source>The mapping {file} is not valid JSON (line {line}: {reason}).</source>
        <translation>Сопоставление {file} — некорректный JSON (строка {line}: {reason}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="78" />
        <location filename="../../greendesk/readers/tabular.py" line="141" />
        <location filename="../../greendesk/readers/tabular.py" line="162" />
        <source>{name} could not be read: {reason}.</source>
        <translation>Не удалось прочитать файл {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="91" />
        <source>{name} was already imported on {when:%Y-%m-%d at %H:%M} ({count:,} rows, as {file_name}); nothing was imported. Import it again only if that is meant.</source>
        <translation>Файл {name} уже импортирован: {when:%Y-%m-%d at %H:%M} (строк: {count:,}, под именем {file_name}); ничего не импортировано. Импортируйте его снова, только если это действительно нужно.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="126" />
        <source>{name} has column headings but no rows to import.</source>
        <translation>В файле {name} есть заголовки столбцов, но нет строк для импорта.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="156" />
        <source>There is no site named {site!r} in this database.</source>
        <translation>В этой базе данных нет площадки с именем {site!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="205" />
        <source>The formation's {label} is missing.</source>
        <translation>Для ТМО не указано поле «{label}».</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="214" />
        <source>{show} is not a site of the plant.</source>
        <translation>{show} — не площадка предприятия.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="222" />
        <source>{show} is not a node of the formation's site.</source>
        <translation>{show} — не узел площадки этого ТМО.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="236" />
        <source>The identifier {identifier!r} is also on row {row}.</source>
        <translation>Идентификатор {identifier!r} указан также в строке {row}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="245" />
        <source>The name {name!r} is also on row {row} for the same site.</source>
        <translation>Название {name!r} для той же площадки указано также в строке {row}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="112" />
        <source>The mapping reads grades of {code!r}, which is not a component; add it first (Cu, Zn, Pb, Fe, Au, Ag and those added).</source>
        <translation>Сопоставление читает содержание {code!r}, но это не компонент; сначала добавьте его (есть Cu, Zn, Pb, Fe, Au, Ag и добавленные).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="117" />
        <source>The mapping says neither where the component and grade are nor which columns hold grades (grade:Cu, grade:Au, ...).</source>
        <translation>В сопоставлении не указано ни где находятся компонент и содержание, ни в каких столбцах содержания (grade:Cu, grade:Au, ...).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="136" />
        <location filename="../../greendesk/importers/lab_import.py" line="346" />
        <source>The {what} is missing.</source>
        <translation>Не указано поле «{what}».</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="144" />
        <source>The formation already has a sample {code}; it was not imported twice.</source>
        <translation>У ТМО уже есть проба {code}; повторно она не импортирована.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="155" />
        <source>Sample {code} is in block {block} on row {row}.</source>
        <translation>Проба {code} в строке {row} относится к блоку {block}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="197" />
        <source>The {missing} is missing.</source>
        <translation>Не указано поле «{missing}».</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="210" />
        <source>{show} is not a formation of the register.</source>
        <translation>{show} нет в реестре ТМО.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="213" />
        <source>{show} is the name of {count} formations; use their identifiers instead.</source>
        <translation>{show} — название нескольких ТМО ({count}); укажите вместо него их идентификаторы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="228" />
        <source>Block {block} holds {tonnage:,.0f} t in the register, not {given:,.0f} t.</source>
        <translation>По реестру в блоке {block} {tonnage:,.0f} т, а не {given:,.0f} т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="238" />
        <source>Block {block} has {first:,.0f} t on row {row}, not {given:,.0f} t.</source>
        <translation>В строке {row} для блока {block} указано {first:,.0f} т, а не {given:,.0f} т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="253" />
        <source>{show} is not a component; add it first.</source>
        <translation>{show} — не компонент; сначала добавьте его.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="258" />
        <source>Sample {code} has a second grade of {component}.</source>
        <translation>Для пробы {code} содержание {component} указано второй раз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="269" />
        <source>{grade:g} {unit} is not a possible grade of {code}.</source>
        <translation>{grade:g} {unit} — невозможное содержание {code}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="280" />
        <source>Block {name} is new: give its tonnage (greater than zero).</source>
        <translation>Блок {name} новый: укажите его тоннаж (больше нуля).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="351" />
        <source>{show} is not a monitoring point; add it first.</source>
        <translation>{show} — не точка мониторинга; сначала добавьте её.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/lab_import.py" line="357" />
        <source>{show} is not a parameter; add it first.</source>
        <translation>{show} — не параметр; сначала добавьте его.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="64" />
        <source>The mapping '{mapping}' reads {what} from a column {column!r}, which the file does not have; its headings are: {found}.</source>
        <translation>Сопоставление «{mapping}» берёт поле «{what}» из столбца {column!r}, которого нет в файле; заголовки файла: {found}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="71" />
        <source>The mapping '{mapping}' does not say where {field_name} comes from; it is required.</source>
        <translation>В сопоставлении «{mapping}» не указано, откуда брать поле «{field_name}», а оно обязательно.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="154" />
        <source>The text is {count:,} characters long, over the limit of {limit:,}.</source>
        <translation>Длина текста ({count:,} симв.) превышает предел {limit:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="174" />
        <source>{show} is ambiguous: the comma may separate thousands or decimals; set the column's decimal mark in the mapping.</source>
        <translation>{show} — неоднозначно: запятая может отделять тысячи или дробную часть; задайте десятичный разделитель столбца в сопоставлении.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="179" />
        <source>{show} does not use the decimal mark the mapping sets.</source>
        <translation>{show}: десятичный разделитель не совпадает с заданным в сопоставлении.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="203" />
        <source>{show} is not a year such as 1975.</source>
        <translation>{show} — не год (например, 1975).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="220" />
        <source>{show} is not a date; write 2025-03-31 or 31.03.2025.</source>
        <translation>{show} — не дата; укажите 2025-03-31 или 31.03.2025.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="246" />
        <source>{show} is not a {kind} GreenDesk knows ({allowed}); say what it means in the mapping's values.</source>
        <translation>{show} — неизвестное GreenDesk значение поля «{kind}» (допустимы: {allowed}); укажите, что оно означает, в значениях сопоставления.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/mapped_cells.py" line="269" />
        <source>{show} is neither yes nor no.</source>
        <translation>{show} — не «да» и не «нет».</translation>
    </message>
    <message>
        <location filename="../../greendesk/paths.py" line="50" />
        <location filename="../../greendesk/store/db.py" line="366" />
        <source>{value} is neither a file path nor a database URL.</source>
        <translation>{value} — не путь к файлу и не URL базы данных.</translation>
    </message>
    <message>
        <location filename="../../greendesk/paths.py" line="55" />
        <source>GreenDesk keeps a plant in an SQLite file or on a PostgreSQL server; {backend} databases are not supported.</source>
        <translation>GreenDesk хранит данные предприятия в файле SQLite или на сервере PostgreSQL; базы данных {backend} не поддерживаются.</translation>
    </message>
    <message>
        <location filename="../../greendesk/paths.py" line="61" />
        <source>{value} names no database file.</source>
        <translation>{value} не указывает на файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="34" />
        <source>The period {period} ends before it starts.</source>
        <translation>Период {period} заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="45" />
        <source>There is no year {year} in GreenDesk's records; years run from 1901 to 2199.</source>
        <translation>Года {year} нет в записях GreenDesk; годы — от 1901 до 2199.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="55" />
        <source>There is no quarter {quarter}; quarters are 1 to 4.</source>
        <translation>Квартала {quarter} не существует; кварталы — от 1 до 4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="67" />
        <source>There is no month {month}; months are 1 to 12.</source>
        <translation>Месяца {month} не существует; месяцы — от 1 до 12.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="92" />
        <source>There is no day {day} in the calendar.</source>
        <translation>Дня {day} нет в календаре.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="104" />
        <source>{text!r} is not a period; write a year (2025), a quarter (2025-Q1), a month (2025-03) or a range (2025-01-01..2025-06-30).</source>
        <translation>{text!r} — не период; укажите год (2025), квартал (2025-Q1), месяц (2025-03) или диапазон (2025-01-01..2025-06-30).</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="90" />
        <source>column index must be &gt;= 0</source>
        <translation>индекс столбца должен быть &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="112" />
        <source>{name} is an old binary Excel file (.xls), which GreenDesk does not read: open it in Excel and save it as .xlsx.</source>
        <translation>{name} — старый двоичный файл Excel (.xls), GreenDesk его не читает: откройте его в Excel и сохраните как .xlsx.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="117" />
        <source>{name} is not a file type GreenDesk reads ({kind}): save it as .xlsx or as CSV UTF-8.</source>
        <translation>Тип файла {name} ({kind}) GreenDesk не читает: сохраните его как .xlsx или CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="120" />
        <source>no extension</source>
        <translation>без расширения</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="122" />
        <source>{name} could not be opened: it does not exist or is not a file.</source>
        <translation>Не удалось открыть {name}: его нет или это не файл.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="126" />
        <location filename="../../greendesk/readers/tabular.py" line="154" />
        <source>{name} is a database GreenDesk has open, not a table to import.</source>
        <translation>{name} — база данных, открытая в GreenDesk, а не таблица для импорта.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="130" />
        <source>{name} is empty (0 bytes).</source>
        <translation>Файл {name} пуст (0 байт).</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="150" />
        <source>{name} is not an Excel workbook (.xlsx) GreenDesk can open.</source>
        <translation>{name} — не книга Excel (.xlsx), которую GreenDesk может открыть.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="169" />
        <source>{name}, {cell}: the value is {length:,} characters long, over the limit of {most:,} characters.</source>
        <translation>{name}, {cell}: длина значения ({length:,} симв.) превышает предел {most:,} симв.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="178" />
        <source>{where} has data in column {column}, beyond the limit of {columns} columns (A to {last}).</source>
        <translation>{where}: данные в столбце {column} выходят за предел — допускается столбцов: {columns} (от A до {last}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="209" />
        <source>{where} is empty: there is no data to read.</source>
        <translation>{where}: нет данных для чтения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="215" />
        <source>{where}: row {row} is empty, but it should hold the column headings.</source>
        <translation>{where}: строка {row} пуста, а в ней должны быть заголовки столбцов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="221" />
        <source>{where} has {count:,} data rows, more than the limit of {most:,} rows.</source>
        <translation>{where}: строк данных {count:,}, а допускается не более {most:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="246" />
        <source>not a number: {text!r} has misplaced separators</source>
        <translation>не число: в {text!r} разделители стоят не на своих местах</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="257" />
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="261" />
        <source>not a finite number</source>
        <translation>не конечное число</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="280" />
        <location filename="../../greendesk/readers/tabular.py" line="298" />
        <source>not a number: {value!r} does not match the file's decimal mark</source>
        <translation>не число: {value!r} не соответствует десятичному разделителю файла</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="286" />
        <source>not a number: {value!r} has two decimal marks</source>
        <translation>не число: в {value!r} два десятичных разделителя</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="305" />
        <source>ambiguous: {value} could be {head}{tail} or {head}.{tail}; state whether the file uses decimal commas</source>
        <translation>неоднозначно: {value} может означать {head}{tail} или {head}.{tail}; укажите, используется ли в файле десятичная запятая</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="84" />
        <source>a formula (or text starting with =, + or @) is not a value; type the value itself.</source>
        <translation>формула (или текст, начинающийся с =, + или @) не является значением; введите само значение.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="89" />
        <source>this cell must be filled in.</source>
        <translation>эту ячейку нужно заполнить.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="126" />
        <location filename="../../greendesk/readers/tabular.py" line="313" />
        <source>not a number: {value!r}</source>
        <translation>не число: {value!r}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="134" />
        <source>{value!r} is not a whole number.</source>
        <translation>{value!r} — не целое число.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="153" />
        <source>{value!r} is neither yes nor no.</source>
        <translation>{value!r} — ни «да», ни «нет».</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="163" />
        <source>{value!r} is not one of the list: {choices}.</source>
        <translation>{value!r} нет в списке: {choices}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="213" />
        <source>There is no {what} named {name!r} in the workbook or the plant.</source>
        <translation>В книге и в данных предприятия нет объекта «{what}» с названием {name!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="223" />
        <source>node at this site</source>
        <translation>узел этой площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="282" />
        <source>the import does not delete this kind of record; delete it in the window if it is no longer needed</source>
        <translation>импорт не удаляет записи этого вида; если запись больше не нужна, удалите её в окне программы</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="317" />
        <source>not a number: {value!r} is out of range</source>
        <translation>не число: {value!r} вне допустимого диапазона</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="338" />
        <source>not a date: {value!r} is outside Excel's date range</source>
        <translation>не дата: {value!r} вне диапазона дат Excel</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="341" />
        <source>not a date: serial 60 is Excel's non-existent 29 February 1900</source>
        <translation>не дата: число 60 в Excel означает несуществующее 29 февраля 1900 года</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="346" />
        <source>not a date</source>
        <translation>не дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="353" />
        <source>not a date: {value!r} gives a month but no day</source>
        <translation>не дата: в {value!r} указан месяц, но не день</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="357" />
        <source>not a date: {value!r}; use 2025-03-31 or 31.03.2025</source>
        <translation>не дата: {value!r}; используйте 2025-03-31 или 31.03.2025</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="362" />
        <source>not a date: {value!r} has a time of day that does not exist</source>
        <translation>не дата: в {value!r} несуществующее время суток</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular.py" line="369" />
        <source>not a date: {value!r} does not exist in the calendar</source>
        <translation>не дата: {value!r} нет в календаре</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="72" />
        <source>{name} is not a text file: line {line} contains a NUL byte; save it as "CSV UTF-8" and try again.</source>
        <translation>{name} — не текстовый файл: в строке {line} есть байт NUL; сохраните его как «CSV UTF-8» и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="90" />
        <source>{name} is not UTF-8 text: line {line} has a byte that is not valid UTF-8 (probably a Windows code page); in Excel use Save As "CSV UTF-8 (comma delimited)" and try again.</source>
        <translation>{name} — не текст в UTF-8: в строке {line} есть байт, недопустимый в UTF-8 (вероятно, кодировка Windows); в Excel выберите «Сохранить как» → «CSV UTF-8 (разделитель — запятая)» и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="158" />
        <source>{name} could not be read as CSV near line {line}: {reason}.</source>
        <translation>Не удалось прочитать {name} как CSV около строки {line}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="225" />
        <source>{name}: the quoted value that opens on line {line} runs over {count:,} line ends into what reads as further rows, so they would all become one cell; nothing was imported. Close the quote, or remove the stray " on line {line}, and try again.</source>
        <translation>{name}: значение в кавычках, открытое в строке {line}, продолжается через {count:,} переводов строки на то, что выглядит как следующие строки, и все они слились бы в одну ячейку; ничего не импортировано. Закройте кавычку или удалите лишний символ «"» в строке {line} и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="267" />
        <source>{path} changed while it was being read; nothing was imported. Close the program writing it and try again.</source>
        <translation>Файл {path} изменился во время чтения; ничего не импортировано. Закройте программу, которая в него записывает, и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="279" />
        <source>{name} is {size:.1f} GiB, larger than the {most} GiB GreenDesk reads.</source>
        <translation>Размер {name} — {size:.1f} ГиБ, больше {most} ГиБ, которые читает GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="298" />
        <source>{name} has more than {most:,} data rows, the limit.</source>
        <translation>В файле {name} строк данных больше предельных {most:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="309" />
        <source>{name} is empty: there is no data to read.</source>
        <translation>Файл {name} пуст: нет данных для чтения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_csv.py" line="321" />
        <source>{name}: row {row} is empty, but it should hold the column headings.</source>
        <translation>{name}: строка {row} пуста, а в ней должны быть заголовки столбцов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="53" />
        <source>{name} is not a readable Excel workbook: the file is damaged or is not a .xlsx file.</source>
        <translation>{name} — не читаемая книга Excel: файл повреждён или не является файлом .xlsx.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="65" />
        <source>{name} was refused: it holds {count:,} parts, more than any real workbook (limit {most:,}).</source>
        <translation>Файл {name} отклонён: частей в нём {count:,} — больше, чем в любой настоящей книге (предел {most:,}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="70" />
        <source>{name} is a zip archive but not an Excel workbook: it has no workbook part inside.</source>
        <translation>{name} — zip-архив, но не книга Excel: внутри нет части книги (workbook).</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="76" />
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="340" />
        <source>{name} is password-protected: remove the password in Excel and try again.</source>
        <translation>{name} защищён паролем: снимите пароль в Excel и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="123" />
        <source>{name} was refused as a suspected zip bomb: its part {part} unpacks to over {size:,} MB, over {ratio} times its packed size.</source>
        <translation>Файл {name} отклонён как возможная zip-бомба: его часть {part} распаковывается более чем в {size:,} МБ — более чем в {ratio} раз больше сжатого размера.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="128" />
        <source>{name} was refused: it unpacks to more than 1 GiB, more than GreenDesk reads.</source>
        <translation>Файл {name} отклонён: при распаковке он занимает больше 1 ГиБ — больше, чем читает GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="174" />
        <source>{name} was refused: it contains an XML document type declaration, which Excel never writes; it may be an entity-expansion attack.</source>
        <translation>Файл {name} отклонён: в нём есть объявление типа документа XML (DTD), которое Excel никогда не записывает; возможно, это атака с раскрытием сущностей.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="182" />
        <source>{name} was refused: its shared-text table claims far more entries than it holds, which Excel never writes.</source>
        <translation>Файл {name} отклонён: его таблица общих строк заявляет гораздо больше записей, чем содержит, — Excel так никогда не записывает.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="189" />
        <source>{name} was refused: it contains cell references that Excel cannot write (outside A1:XFD1048576 or malformed).</source>
        <translation>Файл {name} отклонён: в нём есть ссылки на ячейки, которые Excel не может записать (вне A1:XFD1048576 или некорректные).</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="197" />
        <source>{name} is too large to read safely: a sheet spans up to {height:,} rows by {width:,} columns, over {most:,} cells.</source>
        <translation>{name} слишком велик для безопасного чтения: лист занимает до {height:,} строк на {width:,} столбцов — больше {most:,} ячеек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="355" />
        <source>{name} is larger than 1 GiB, more than GreenDesk reads.</source>
        <translation>Файл {name} больше 1 ГиБ — больше, чем читает GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="360" />
        <source>{name} is password-protected or is an old .xls workbook: remove the password, or save it as .xlsx, and try again.</source>
        <translation>{name} защищён паролем или является старой книгой .xls: снимите пароль или сохраните файл как .xlsx и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="408" />
        <source>{name} has no sheet named '{sheet}'; its sheets are: {sheets}.</source>
        <translation>В {name} нет листа «{sheet}»; листы: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="426" />
        <source>Sheet '{sheet}' of {name} is empty: there is no data to read.</source>
        <translation>Лист «{sheet}» в {name} пуст: нет данных для чтения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="429" />
        <source>{name} has no data in any of its sheets.</source>
        <translation>В {name} нет данных ни на одном листе.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="460" />
        <source>{name}, {cell}: the value contains a NUL character, which no spreadsheet text holds; the file is damaged.</source>
        <translation>{name}, {cell}: значение содержит символ NUL, которого не бывает в тексте таблиц; файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/registry.py" line="86" />
        <source>Unknown report {report!r}; choose from {reports}.</source>
        <translation>Неизвестный отчёт {report!r}; выберите из: {reports}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/registry.py" line="91" />
        <source>{target}: reports are written as .xlsx workbooks.</source>
        <translation>{target}: отчёты сохраняются как книги .xlsx.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="62" />
        <source>{path} is not an Excel workbook (.xlsx).</source>
        <translation>{path} — не книга Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="69" />
        <location filename="../../greendesk/services/checklist.py" line="374" />
        <source>{file} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="74" />
        <source>{path} cannot be read as an Excel workbook.</source>
        <translation>{path} не удаётся прочитать как книгу Excel.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="82" />
        <source>{name} was not made by GreenDesk (it has no report record).</source>
        <translation>{name} создан не в GreenDesk (в нём нет служебной записи отчёта).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="91" />
        <location filename="../../greendesk/reports/verify.py" line="140" />
        <source>{file}'s GreenDesk report record cannot be read: the workbook was edited or damaged.</source>
        <translation>Служебную запись отчёта GreenDesk в {file} не удаётся прочитать: книга была изменена или повреждена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="108" />
        <source>{path} carries no audit trail head: it was exported before GreenDesk recorded one, or its report record was edited.</source>
        <translation>В {path} нет вершины журнала изменений: книга выгружена до того, как GreenDesk начал её записывать, или её служебная запись отчёта изменена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="69" />
        <source>{what} must be a number.</source>
        <translation>Значение «{what}» должно быть числом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="72" />
        <source>{what} cannot be negative, not {value:g}.</source>
        <translation>Значение «{what}» не может быть отрицательным, а указано {value:g}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="84" />
        <source>There is nothing to record.</source>
        <translation>Нечего записывать.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="102" />
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="111" />
        <source>Choose a stock node: stock-takings count what a stock holds.</source>
        <translation>Выберите складской узел: инвентаризация учитывает то, что находится на складе.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="118" />
        <location filename="../../greendesk/services/balance_records.py" line="244" />
        <location filename="../../greendesk/services/flow_relations.py" line="149" />
        <location filename="../../greendesk/services/flows.py" line="147" />
        <source>Choose the material.</source>
        <translation>Выберите материал.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="121" />
        <location filename="../../greendesk/services/flows.py" line="119" />
        <source>The date must be a real calendar date.</source>
        <translation>Дата должна быть существующей календарной датой.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="123" />
        <source>a stock-taking</source>
        <translation>инвентаризация</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="124" />
        <source>The counted quantity</source>
        <translation>Подсчитанное количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_assays.py" line="96" />
        <source>{show} is not a grade.</source>
        <translation>{show} — не содержание.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_assays.py" line="123" />
        <location filename="../../greendesk/services/balance_records.py" line="276" />
        <location filename="../../greendesk/services/flows.py" line="179" />
        <source>The uncertainty is a percentage from 0 to 100.</source>
        <translation>Неопределённость задаётся в процентах от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="138" />
        <source>{node} already has a count of {material} on {date}; delete it first.</source>
        <translation>Для узла {node} уже есть инвентаризация материала {material} на {date}; сначала удалите её.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="219" />
        <source>{value!r} is not a component; write a symbol such as Cu, Zn or Au.</source>
        <translation>{value!r} — не компонент; укажите обозначение, например Cu, Zn или Au.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="229" />
        <source>Grades are entered in % or g/t, not {unit!r}.</source>
        <translation>Содержание вводится в % или g/t, а не в {unit!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="232" />
        <source>The grade</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="235" />
        <source>A grade of {value:g} {unit} is more than the whole material.</source>
        <translation>Содержание {value:g} {unit} больше, чем весь материал.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="246" />
        <source>{material} is measured by {kind}; grades are kept for materials measured by mass.</source>
        <translation>Материал {material} учитывается по показателю «{kind}»; содержание ведётся только для материалов, учитываемых по массе.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="259" />
        <source>{component} is given twice; a record has one grade of each component.</source>
        <translation>{component} указан дважды; у записи одно содержание каждого компонента.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="311" />
        <location filename="../../greendesk/services/balance_records.py" line="319" />
        <source>{part!r} is not a grade; write e.g. Cu 1,2 % or Au 3,4 g/t, separated by ;.</source>
        <translation>{part!r} — не содержание; напишите, например, Cu 1,2 % или Au 3,4 г/т, через ;.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="352" />
        <location filename="../../greendesk/services/flows.py" line="324" />
        <location filename="../../greendesk/services/flows.py" line="355" />
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Запись больше не существует; возможно, она удалена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="354" />
        <source>an assay</source>
        <translation>анализ пробы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="385" />
        <source>Choose the node the material leaves.</source>
        <translation>Выберите узел, из которого выходит материал.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="390" />
        <source>The period's dates must be real calendar dates.</source>
        <translation>Даты периода должны быть существующими календарными датами.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="395" />
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="399" />
        <source>an assay of a period</source>
        <translation>анализ пробы за период</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_records.py" line="407" />
        <source>{component} in {material} leaving {node} already has a grade for part of {start} – {end}.</source>
        <translation>Для {component} в материале {material}, выходящем из узла {node}, уже есть содержание за часть периода {start} – {end}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_reference.py" line="190" />
        <source>The node no longer exists; it may have been deleted.</source>
        <translation>Узел больше не существует; возможно, он удалён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_reference.py" line="193" />
        <source>{name} is a boundary or loss node; balances are kept for process and stock nodes.</source>
        <translation>{name} — граничный узел или узел потерь; балансы составляются для узлов процессов и складов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balance_reference.py" line="199" />
        <location filename="../../greendesk/services/emission_sources.py" line="89" />
        <location filename="../../greendesk/services/flow_relations.py" line="130" />
        <location filename="../../greendesk/services/obligation_status.py" line="134" />
        <location filename="../../greendesk/services/permits.py" line="141" />
        <source>The site no longer exists; it may have been deleted.</source>
        <translation>Площадка больше не существует; возможно, она удалена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reconcile_site.py" line="113" />
        <source>The default uncertainty is a percentage above 0 and at most 100.</source>
        <translation>Неопределённость по умолчанию задаётся в процентах: больше 0 и не более 100.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="238" />
        <source>The due date is before the start date.</source>
        <translation>Срок выполнения раньше даты начала.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="240" />
        <source>estimated cost</source>
        <translation>оценка затрат</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="241" />
        <source>expected effect</source>
        <translation>ожидаемый эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="242" />
        <source>actual effect</source>
        <translation>фактический эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="245" />
        <source>The {what} must be a non-negative number.</source>
        <translation>Значение «{what}» должно быть неотрицательным числом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="250" />
        <source>Say why the action does not apply to this site.</source>
        <translation>Укажите, почему мероприятие неприменимо к этой площадке.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="254" />
        <source>Enter the actual effect of the finished action (0 if none).</source>
        <translation>Введите фактический эффект завершённого мероприятия (0, если его нет).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="282" />
        <location filename="../../greendesk/services/checklist.py" line="379" />
        <location filename="../../greendesk/services/checklist.py" line="542" />
        <source>The action no longer exists.</source>
        <translation>Мероприятие больше не существует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="299" />
        <source>Describe the action.</source>
        <translation>Опишите мероприятие.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="302" />
        <source>There is no measure {measure}.</source>
        <translation>Меры {measure} нет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="305" />
        <location filename="../../greendesk/services/checklist.py" line="487" />
        <source>The site no longer exists.</source>
        <translation>Площадка больше не существует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="361" />
        <source>{path} is a database GreenDesk has open; it cannot be attached. Attach a backup copy of it instead.</source>
        <translation>{path} — база данных, открытая в GreenDesk; её нельзя прикрепить. Прикрепите вместо неё резервную копию.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="369" />
        <source>{file} is {size:.0f} MB; evidence files may be at most {most} MB.</source>
        <translation>Размер {file} — {size:.0f} МБ; файлы подтверждений могут быть не больше {most} МБ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="403" />
        <source>{file} already exists in {folder}; nothing was written.</source>
        <translation>{file} уже есть в папке {folder}; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="419" />
        <source>The attached file no longer exists.</source>
        <translation>Прикреплённый файл больше не существует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="422" />
        <source>The stored copy of {name} no longer matches its recorded hash.</source>
        <translation>Сохранённая копия {name} больше не совпадает с записанным хешем.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="433" />
        <source>{target} cannot be written: {value}.</source>
        <translation>Не удаётся записать {target}: {value}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="477" />
        <source>Say where the incident happened and what happened.</source>
        <translation>Укажите, где произошёл инцидент и что случилось.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="480" />
        <source>an incident record</source>
        <translation>запись об инциденте</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="483" />
        <source>The quantity released cannot be negative.</source>
        <translation>Количество выброса не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="500" />
        <source>Clean-up waste {number}: {material} is not a waste material.</source>
        <translation>Отходы ликвидации № {number}: {material} — не материал категории «Отходы».</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="505" />
        <source>Clean-up waste {number} is recorded at another site.</source>
        <translation>Отходы ликвидации № {number} записаны на другой площадке.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="545" />
        <source>Drills are recorded for emergency-preparedness actions (measure 9).</source>
        <translation>Учения записываются для мероприятий по готовности к авариям (мера 9).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist.py" line="549" />
        <source>The drill date is in the future; plan it with the due date.</source>
        <translation>Дата учения ещё не наступила; запланируйте его через срок выполнения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/checklist_template.py" line="119" />
        <source>Checklist template item {it!r} is duplicated or not under measure {m!r}.</source>
        <translation>Пункт шаблона перечня {it!r} повторяется или не относится к мере {m!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/classifier.py" line="46" />
        <location filename="../../greendesk/services/classifier.py" line="54" />
        <location filename="../../greendesk/services/classifier.py" line="60" />
        <source>{value} is not a List of Waste code.</source>
        <translation>{value} — не код по классификатору отходов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/classifier.py" line="66" />
        <source>'{text}' is not a List of Waste code; write six digits such as 01 03 04 (or 01 03 04* for a hazardous entry).</source>
        <translation>«{text}» — не код по классификатору отходов; укажите шесть цифр, например 01 03 04 (или 01 03 04* для опасной позиции).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/classifier.py" line="73" />
        <source>'{text}' is not a List of Waste code: chapters start at 01.</source>
        <translation>«{text}» — не код по классификатору отходов: главы начинаются с 01.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/classifier.py" line="89" />
        <source>The language must be a code such as en, ru or kk, not {language!r}.</source>
        <translation>Язык указывается кодом, например en, ru или kk, а не {language!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/classifier.py" line="388" />
        <source>{file_name} has no six-digit entries; a classifier needs its entries (headings alone can be loaded together with them).</source>
        <translation>В файле {file_name} нет шестизначных позиций; классификатору нужны позиции (заголовки можно загрузить только вместе с ними).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/conflicts.py" line="44" />
        <source>This record was changed elsewhere after you opened it; reload and try again.</source>
        <translation>Эта запись была изменена в другом месте после того, как вы её открыли; обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/conflicts.py" line="50" />
        <source>This record was changed elsewhere (by {who} at {when:%Y-%m-%d %H:%M}) after you opened it: {what}; reload and try again.</source>
        <translation>Эта запись была изменена в другом месте ({who}, {when:%Y-%m-%d %H:%M}) после того, как вы её открыли: {what}; обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/dated.py" line="31" />
        <location filename="../../greendesk/services/flow_writes.py" line="116" />
        <location filename="../../greendesk/services/flow_writes.py" line="137" />
        <source>a flow record</source>
        <translation>запись потока</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/dated.py" line="32" />
        <source>a record</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/dated.py" line="53" />
        <source>{where}: the date {date} is after today ({today}); {noun} states what has happened.</source>
        <translation>{where}: дата {date} позже сегодняшней ({today}); {noun} фиксирует то, что уже произошло.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/dated.py" line="55" />
        <source>the date {date} is after today ({today}); {noun} states what has happened.</source>
        <translation>дата {date} позже сегодняшней ({today}); {noun} фиксирует то, что уже произошло.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/dated.py" line="88" />
        <source>{taken} of these records cannot be put back: their numbers have been given to records added since (by an import, an incident's clean-up or another window). Enter them again instead.</source>
        <translation>Из этих записей нельзя вернуть {taken}: их номера уже присвоены записям, добавленным позже (импортом, при ликвидации инцидента или в другом окне). Введите их заново.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_writes.py" line="34" />
        <location filename="../../greendesk/services/flows.py" line="257" />
        <source>This record</source>
        <translation>Эта запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_writes.py" line="84" />
        <source>{label}: this record</source>
        <translation>{label}: эта запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="128" />
        <source>Choose the node the flow comes from.</source>
        <translation>Выберите узел, из которого поступает поток.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="132" />
        <source>Choose the node the flow goes to.</source>
        <translation>Выберите узел, в который направляется поток.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="135" />
        <source>A flow cannot go from {src!r} to itself.</source>
        <translation>Поток не может идти из узла {src!r} в тот же узел.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="140" />
        <source>{src!r} and {dst!r} belong to different sites; record a shipment and a receipt at each site's boundary nodes.</source>
        <translation>Узлы {src!r} и {dst!r} относятся к разным площадкам; запишите отгрузку и приёмку на граничных узлах каждой площадки.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="152" />
        <source>The quantity must be a number.</source>
        <translation>Количество должно быть числом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="155" />
        <source>The quantity must be greater than zero, not {qty:g}.</source>
        <translation>Количество должно быть больше нуля, а не {qty:g}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="184" />
        <location filename="../../greendesk/services/monitoring.py" line="208" />
        <location filename="../../greendesk/services/monitoring.py" line="352" />
        <source>The note is longer than 2,000 characters.</source>
        <translation>Примечание длиннее 2000 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="205" />
        <source>{value!r} is not a reconciliation role; choose measured, unmeasured or constant.</source>
        <translation>{value!r} — не роль в увязке баланса; выберите: измерено, не измерено или константа.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="251" />
        <source>Undoing this entry</source>
        <translation>Отмена этой записи</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="253" />
        <location filename="../../greendesk/services/monitoring.py" line="405" />
        <source>There is nothing to add.</source>
        <translation>Добавлять нечего.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="258" />
        <source>These records</source>
        <translation>Эти записи</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="307" />
        <source>This edit does not say which version of the record it changes; open the record again and make the change there.</source>
        <translation>В этом изменении не указано, какую версию записи оно меняет; откройте запись заново и внесите изменение там.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="398" />
        <source>Select the records to delete.</source>
        <translation>Выберите записи для удаления.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="410" />
        <source>Some of the selected records no longer exist; refresh the ledger and try again.</source>
        <translation>Некоторых выбранных записей больше нет; обновите журнал и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="418" />
        <source>{count} of the selected records are referred to by {what} entries (e.g. an incident's clean-up waste); change those first.</source>
        <translation>Из выбранных записей на {count} ссылаются записи «{what}» (например, отходы ликвидации инцидента); сначала измените их.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flows.py" line="438" />
        <source>Undoing the delete</source>
        <translation>Отмена удаления</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_assessment.py" line="116" />
        <location filename="../../greendesk/services/formation_records.py" line="285" />
        <source>The formation no longer exists; it may have been deleted.</source>
        <translation>ТМО больше не существует; возможно, оно было удалено.</translation>
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
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="313" />
        <source>price of {what}</source>
        <translation>цена {what}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="314" />
        <source>recovery of {what}</source>
        <translation>извлечение {what}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="315" />
        <source>processing cost for {what}</source>
        <translation>затраты на переработку ({what})</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="325" />
        <source>A component's code is 1 to 12 characters, such as Mo.</source>
        <translation>Код компонента — от 1 до 12 символов, например Mo.</translation>
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
        <translation>Содержание компонента указывается в % или в g/t.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="338" />
        <source>There is already a component {code}.</source>
        <translation>Компонент {code} уже существует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="377" />
        <source>A component no longer exists; reopen the assumptions.</source>
        <translation>Одного из компонентов больше нет; откройте допущения заново.</translation>
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
        <translation>тоннаж блока {name}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="405" />
        <location filename="../../greendesk/services/formation_rows.py" line="296" />
        <location filename="../../greendesk/services/formation_samples.py" line="106" />
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_records.py" line="418" />
        <location filename="../../greendesk/services/formation_records.py" line="438" />
        <source>The formation already has a block named {name!r}.</source>
        <translation>В ТМО уже есть блок с названием {name!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="187" />
        <source>The {what} must be a number.</source>
        <translation>Значение «{what}» должно быть числом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="192" />
        <source>The {what} must be {bound} {low:g}, not {value:g}.</source>
        <translation>Значение «{what}» должно быть {bound} {low:g}, а не {value:g}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="196" />
        <source>The {what} must be at most {high:g}, not {value:g}.</source>
        <translation>Значение «{what}» должно быть не больше {high:g}, а не {value:g}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="206" />
        <source>The {what} must be a year such as 1975, not {value!r}.</source>
        <translation>Значение «{what}» должно быть годом, например 1975, а не {value!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="215" />
        <source>The {what} is {count:,} characters long; at most {limit:,} are allowed.</source>
        <translation>Поле «{what}» содержит {count:,} симв.; допускается не более {limit:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="227" />
        <source>{code!r} is not a List of Waste code; it has six digits, such as 01 03 06 (an asterisk marks a hazardous entry).</source>
        <translation>{code!r} не является кодом по классификатору отходов; код состоит из шести цифр, например 01 03 06 (звёздочкой отмечается опасная позиция).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="242" />
        <source>{kind!r} is not a kind of formation.</source>
        <translation>{kind!r} не является типом ТМО.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="247" />
        <source>{status!r} is not a formation status.</source>
        <translation>{status!r} не является статусом ТМО.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="251" />
        <source>{name}: a construction method is recorded for tailings storage facilities only.</source>
        <translation>{name}: способ возведения указывается только для хвостохранилищ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="255" />
        <source>first year of placement</source>
        <translation>год начала размещения</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="256" />
        <source>last year of placement</source>
        <translation>год окончания размещения</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="258" />
        <source>{name}: placement cannot end in {year_to} before it began in {year_from}.</source>
        <translation>{name}: год окончания размещения ({year_to}) не может быть раньше года его начала ({year_from}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="265" />
        <source>The external identifier is longer than 60 characters.</source>
        <translation>Внешний идентификатор длиннее 60 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="270" />
        <source>The opening date must be a calendar date.</source>
        <translation>Дата начального тоннажа должна быть календарной датой.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="274" />
        <location filename="../../greendesk/services/monitoring.py" line="212" />
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="275" />
        <location filename="../../greendesk/services/monitoring.py" line="213" />
        <source>longitude</source>
        <translation>долгота</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="277" />
        <source>area in hectares</source>
        <translation>площадь, га</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="278" />
        <location filename="../../greendesk/units.py" line="26" />
        <source>volume</source>
        <translation>объём</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="279" />
        <source>bulk density</source>
        <translation>насыпная плотность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="281" />
        <source>tonnage</source>
        <translation>тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="282" />
        <source>design capacity in m³</source>
        <translation>проектная вместимость, m³</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="284" />
        <source>design capacity in tonnes</source>
        <translation>проектная вместимость, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="286" />
        <source>opening tonnage</source>
        <translation>начальный тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="289" />
        <source>height</source>
        <translation>высота</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="292" />
        <source>responsible person</source>
        <translation>ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="293" />
        <source>list of documents</source>
        <translation>перечень документов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="294" />
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="295" />
        <source>locality</source>
        <translation>местоположение</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="308" />
        <location filename="../../greendesk/services/monitoring.py" line="198" />
        <source>The site no longer exists; choose another.</source>
        <translation>Площадки больше нет; выберите другую.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="314" />
        <source>The linked node no longer exists; choose another.</source>
        <translation>Связанного узла больше нет; выберите другой.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="317" />
        <source>{node!r} is not a stock node; placements go into a formation through a stock node of its site.</source>
        <translation>{node!r} не является складским узлом; размещение в ТМО ведётся через складской узел его площадки.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="324" />
        <source>{node!r} belongs to another site than the formation.</source>
        <translation>Узел {node!r} относится не к той площадке, к которой относится ТМО.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="331" />
        <source>{node!r} is already linked to the formation {other!r}.</source>
        <translation>Узел {node!r} уже связан с ТМО {other!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="340" />
        <source>The site already has a formation named {name!r}.</source>
        <translation>На площадке уже есть ТМО с названием {name!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="349" />
        <source>The identifier {identifier!r} is already used by {taken!r}.</source>
        <translation>Идентификатор {identifier!r} уже присвоен ТМО {taken!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_rows.py" line="358" />
        <location filename="../../greendesk/services/monitoring.py" line="253" />
        <location filename="../../greendesk/services/structure.py" line="396" />
        <source>The {what} no longer exists; it may have been deleted.</source>
        <translation>Этот объект ({what}) больше не существует; возможно, он был удалён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="47" />
        <source>Sample {sample}: {component!r} is not a component; the components are {known} (add others in the assumptions).</source>
        <translation>Проба {sample}: {component!r} не является компонентом; компоненты: {known} (другие добавьте в допущениях).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="54" />
        <source>Sample {sample} has two assays of {code}; keep one.</source>
        <translation>В пробе {sample} два анализа на {code}; оставьте один.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="59" />
        <source>grade of {code} in sample {sample}</source>
        <translation>содержание {code} в пробе {sample}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="65" />
        <source>Sample {sample}, {code}: {reason}</source>
        <translation>Проба {sample}, {code}: {reason}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="69" />
        <source>Sample {sample}: {grade:g} {unit} of {code} is more than the whole sample; check the grade and its unit.</source>
        <translation>Проба {sample}: содержание {code} {grade:g} {unit} больше всей пробы; проверьте содержание и его единицу измерения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="79" />
        <source>depth</source>
        <translation>глубина</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="86" />
        <source>The sample needs its number or code.</source>
        <translation>Укажите номер или код пробы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="89" />
        <source>The sample code is longer than 60 characters.</source>
        <translation>Код пробы длиннее 60 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="95" />
        <source>The block is not a block of this formation.</source>
        <translation>Этот блок не относится к данному ТМО.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="101" />
        <source>The formation already has a sample {code}.</source>
        <translation>В ТМО уже есть проба {code}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="137" />
        <source>sample</source>
        <translation>проба</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/formation_samples.py" line="139" />
        <source>A sample cannot move to another formation.</source>
        <translation>Пробу нельзя перенести в другое ТМО.</translation>
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
        <translation>{name} нельзя вводить в {unit}: тип величины этого материала — {kind}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="90" />
        <source>The tce factor of {name} needs both a value and its unit.</source>
        <translation>Для коэффициента т у.т. материала {name} нужны и значение, и единица измерения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="96" />
        <source>The tce factor of {name} must be positive.</source>
        <translation>Коэффициент т у.т. материала {name} должен быть положительным.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="101" />
        <source>{name}: a List of Waste code has six digits and belongs to a waste material.</source>
        <translation>{name}: код по классификатору отходов состоит из шести цифр и указывается только для материалов категории «Отходы».</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="118" />
        <location filename="../../greendesk/services/materials.py" line="160" />
        <source>There is already a material named {name!r}.</source>
        <translation>Материал с названием {name!r} уже существует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="83" />
        <source>Enter the source's number (at most 20 characters).</source>
        <translation>Введите номер источника выбросов (не более 20 символов).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="86" />
        <source>Enter the source's name.</source>
        <translation>Введите наименование источника выбросов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="96" />
        <source>{site!r} already has a source numbered {number!r}.</source>
        <translation>На объекте {site!r} уже есть источник выбросов № {number!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="102" />
        <source>A stack's height, diameter and gas flow are above zero.</source>
        <translation>Высота, диаметр трубы и расход газа больше нуля.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="105" />
        <source>A source works 1 to 8,784 hours a year.</source>
        <translation>Источник работает от 1 до 8 784 часов в год.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="112" />
        <source>A source's nodes and streams are on its own site, {site}.</source>
        <translation>Узлы и потоки источника выбросов находятся на его объекте — {site}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="117" />
        <location filename="../../greendesk/services/materials.py" line="155" />
        <source>The material no longer exists; it may have been deleted.</source>
        <translation>Материала больше нет; возможно, он был удалён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="120" />
        <source>Name each stream's activity material as the factor library names it (e.g. diesel).</source>
        <translation>Укажите для каждого потока материал деятельности так, как он назван в библиотеке коэффициентов (например, diesel).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="124" />
        <source>A stream's share of the source is above 0 and at most 1, not {share}.</source>
        <translation>Доля потока, относимая к источнику, больше 0 и не больше 1, а не {share}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="129" />
        <source>Give each substance's abatement once.</source>
        <translation>Очистку по каждому веществу укажите один раз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="133" />
        <source>An abatement efficiency η is at least 0 and below 1, not {eta}.</source>
        <translation>Эффективность очистки η не меньше 0 и меньше 1, а не {eta}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="174" />
        <source>The emission source no longer exists; it may have been deleted.</source>
        <translation>Источник выбросов больше не существует; возможно, он удалён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="244" />
        <source>Source {number} has permit norms; delete them first.</source>
        <translation>У источника выбросов {number} есть нормативы разрешения; сначала удалите их.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="289" />
        <source>Name the norm's substance.</source>
        <translation>Укажите вещество норматива.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="292" />
        <source>A norm states g/s, t/year or both.</source>
        <translation>Норматив задаётся в г/с, т/год или в обеих единицах.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="295" />
        <source>A norm cannot be negative.</source>
        <translation>Норматив не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="298" />
        <source>A norm's validity must end after it begins.</source>
        <translation>Срок действия норматива должен заканчиваться после его начала.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="305" />
        <source>Permit {permit} is not of the site of source {number}.</source>
        <translation>Разрешение {permit} выдано не тому объекту, на котором находится источник выбросов {number}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="363" />
        <location filename="../../greendesk/services/emission_sources.py" line="390" />
        <source>The norm no longer exists; it may have been deleted.</source>
        <translation>Норматив больше не существует; возможно, он удалён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="168" />
        <source>{material} is measured by {kind} in {count:,} records; its kind cannot change while they exist.</source>
        <translation>Тип величины материала {material} — {kind}, и по нему есть записи ({count:,}); пока они существуют, тип величины изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/materials.py" line="185" />
        <source>{count:,} records of {material} were entered in {unit}; {reason}</source>
        <translation>Записи материала {material} ({count:,}) введены в {unit}; {reason}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="137" />
        <source>A parameter's code is 1 to 20 characters, such as Ni.</source>
        <translation>Код параметра — от 1 до 20 символов, например Ni.</translation>
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
        <translation>Укажите единицу измерения параметра {name}, например mg/L.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="148" />
        <source>There is already a parameter {code}.</source>
        <translation>Параметр {code} уже существует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="162" />
        <source>The {what} must be a number from {low:g} to {high:g}.</source>
        <translation>Значение «{what}» должно быть числом от {low:g} до {high:g}.</translation>
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
        <translation>точка мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="174" />
        <source>The required interval between readings is a number of days from 1 to 3,660 (31 for monthly, 92 for quarterly).</source>
        <translation>Требуемый интервал между замерами — число дней от 1 до 3660 (31 — ежемесячно, 92 — ежеквартально).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="180" />
        <source>{name} watches a formation: choose which.</source>
        <translation>Точка {name} контролирует ТМО: выберите, какое именно.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="185" />
        <source>The formation no longer exists; choose another.</source>
        <translation>ТМО больше не существует; выберите другое.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="192" />
        <source>The source node no longer exists; choose another.</source>
        <translation>Узла-источника больше нет; выберите другой.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="202" />
        <source>There is already a monitoring point named {name!r}.</source>
        <translation>Точка мониторинга с названием {name!r} уже существует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="293" />
        <source>upper limit</source>
        <translation>верхний предел</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="294" />
        <source>lower limit</source>
        <translation>нижний предел</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="296" />
        <source>Give the upper limit, the lower limit or both.</source>
        <translation>Укажите верхний предел, нижний предел или оба.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="299" />
        <source>The lower limit {low:g} is above the upper limit {high:g}.</source>
        <translation>Нижний предел {low:g} выше верхнего предела {high:g}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="305" />
        <source>The basis of the limit is longer than 400 characters.</source>
        <translation>Обоснование норматива длиннее 400 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="335" />
        <source>Choose the monitoring point.</source>
        <translation>Выберите точку мониторинга.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="338" />
        <source>Choose the parameter.</source>
        <translation>Выберите параметр.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="340" />
        <source>The date of the reading must be a real calendar date.</source>
        <translation>Дата замера должна быть существующей календарной датой.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="343" />
        <location filename="../../greendesk/services/monitoring.py" line="367" />
        <source>a monitoring reading</source>
        <translation>замер мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="347" />
        <source>The reading must be a number.</source>
        <translation>Результат замера должен быть числом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="438" />
        <source>Select the readings to delete.</source>
        <translation>Выберите замеры для удаления.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/monitoring.py" line="448" />
        <source>Some of the selected readings no longer exist.</source>
        <translation>Некоторых выбранных замеров больше нет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="49" />
        <source>{text!r} is not a month or a year; write 2025-03 for March 2025 or 2025 for the whole year.</source>
        <translation>{text!r} не является ни месяцем, ни годом; напишите 2025-03 для марта 2025 года или 2025 для всего года.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="63" />
        <source>{year} is closed; reopen it (with a reason) to change its records.</source>
        <translation>{year} год закрыт; чтобы изменить его записи, откройте его повторно (с указанием причины).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="85" />
        <source>{label} is already closed.</source>
        <translation>Период {label} уже закрыт.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="88" />
        <source>{label} is already closed: the whole year {year} is closed.</source>
        <translation>Период {label} уже закрыт: закрыт весь {year} год.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="108" />
        <source>Give a reason for reopening {label}; it is kept in the audit trail.</source>
        <translation>Укажите причину повторного открытия периода {label}; она сохраняется в журнале изменений.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="68" />
        <source>The month close is kept per month; write 2026-01 for January 2026.</source>
        <translation>Закрытие ведётся помесячно; напишите 2026-01 для января 2026 года.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="188" />
        <source>Give a reason for waiving the item; it is kept in the audit trail.</source>
        <translation>Укажите причину, по которой пункт пропускается; она сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="192" />
        <location filename="../../greendesk/services/periods_closed.py" line="112" />
        <source>The reason is longer than 2,000 characters.</source>
        <translation>Причина длиннее 2000 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="196" />
        <source>Choose an item of the checklist.</source>
        <translation>Выберите пункт списка.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="223" />
        <source>{site} has {count} open items for {month}; fix or waive each (with a reason) before closing the month.</source>
        <translation>У площадки {site} за {month} открытых пунктов: {count}; исправьте или пропустите каждый (с причиной), прежде чем закрыть месяц.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="119" />
        <source>{label} is closed as part of the year {year}; reopen the year.</source>
        <translation>Период {label} закрыт в составе {year} года; откройте повторно год.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/periods_closed.py" line="122" />
        <source>{label} is not closed.</source>
        <translation>Период {label} не закрыт.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reference_names.py" line="24" />
        <source>grade component</source>
        <translation>компонент содержания</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reference_names.py" line="25" />
        <source>monitoring parameter</source>
        <translation>параметр мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reference_names.py" line="46" />
        <source>There is no {what} with the code {code}.</source>
        <translation>Нет объекта ({what}) с кодом {code}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/new_plant.py" line="29" />
        <source>The greening plan is written in English, Russian or Kazakh (en, ru, kk), not {value!r}.</source>
        <translation>План экологизации составлен на английском, русском или казахском языке (en, ru, kk), а не на {value!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/new_plant.py" line="45" />
        <location filename="../../greendesk/services/new_plant.py" line="63" />
        <source>{path} already exists; GreenDesk does not overwrite a file with a new plant. Choose another name.</source>
        <translation>{path} уже существует; GreenDesk не перезаписывает файл новым предприятием. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/new_plant.py" line="49" />
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/new_plant.py" line="51" />
        <location filename="../../greendesk/services/new_plant.py" line="79" />
        <location filename="../../greendesk/services/structure.py" line="145" />
        <source>enterprise</source>
        <translation>предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/new_plant.py" line="87" />
        <source>The server database {name} already holds a plant; GreenDesk does not overwrite it with a new one.</source>
        <translation>В серверной базе данных {name} уже есть предприятие; GreenDesk не заменяет его новым.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="163" />
        <source>Choose the region the site is in.</source>
        <translation>Выберите регион, в котором находится площадка.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="172" />
        <source>An address is at most 500 characters.</source>
        <translation>Адрес — не более 500 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="184" />
        <source>{value!r} is not a facility category; the categories are I, II, III and IV.</source>
        <translation>{value!r} не является категорией объекта; категории: I, II, III и IV.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="194" />
        <source>There is already a site named {name!r}.</source>
        <translation>Площадка с названием {name!r} уже существует.</translation>
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
        <translation>площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="206" />
        <source>Enter the enterprise's name and BIN before adding sites.</source>
        <translation>Перед добавлением площадок укажите название и БИН предприятия.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="241" />
        <source>Site {site!r} cannot be deleted: {count:,} flow records belong to it.</source>
        <translation>Площадку {site!r} нельзя удалить: к ней относятся записи потоков ({count:,}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="249" />
        <source>Site {site!r} cannot be deleted: it has emission sources; delete them first.</source>
        <translation>Объект {site!r} нельзя удалить: у него есть источники выбросов; сначала удалите их.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="258" />
        <source>Site {site!r} cannot be deleted: the calendar records {count:,} obligation statuses for it.</source>
        <translation>Площадку {site!r} нельзя удалить: в календаре для неё записано статусов обязательств: {count:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="278" />
        <location filename="../../greendesk/services/structure.py" line="324" />
        <location filename="../../greendesk/services/structure.py" line="343" />
        <location filename="../../greendesk/services/structure.py" line="364" />
        <source>node</source>
        <translation>узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="283" />
        <source>A loss node needs a reason: storage, transport, handling, process or measurement.</source>
        <translation>Для узла потерь укажите причину: хранение, транспортировка, перегрузка, технологические потери или погрешность измерений.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="298" />
        <source>Site {site!r} already has a node named {name!r}.</source>
        <translation>На площадке {site!r} уже есть узел с названием {name!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="350" />
        <source>Node {node!r} cannot be moved to {target!r}: {count:,} flow records of its present site refer to it.</source>
        <translation>Узел {node!r} нельзя перенести на площадку {target!r}: на него ссылаются записи потоков его текущей площадки ({count:,}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="368" />
        <source>Node {node!r} cannot be deleted: {count:,} flow records refer to it.</source>
        <translation>Узел {node!r} нельзя удалить: на него ссылаются записи потоков ({count:,}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="376" />
        <source>Node {node!r} cannot be deleted: {count:,} relations between flows name it; remove them first.</source>
        <translation>Узел {node!r} нельзя удалить: на него ссылаются связи между потоками ({count:,}); сначала удалите их.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="386" />
        <source>Node {node!r} cannot be deleted: an emission source or its stream refers to it.</source>
        <translation>Узел {node!r} нельзя удалить: на него ссылается источник выбросов или его поток.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="86" />
        <source>{word!r} is not a recovery or disposal operation; the codes are R1–R13 and D1–D15.</source>
        <translation>{word!r} не является операцией восстановления или удаления; коды операций: R1–R13 и D1–D15.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="97" />
        <source>{word!r} is not a hazardous property; they are HP1–HP15 and C16 (persistent organic pollutants).</source>
        <translation>{word!r} не является опасным свойством; опасные свойства: HP1–HP15 и C16 (стойкие органические загрязнители).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="151" />
        <source>The licence {licence} of {name} expired on {until}, before the transfer on {on}; record the transfer to a contractor with a valid licence, or enter the renewed licence first.</source>
        <translation>Срок действия лицензии {licence} подрядчика {name} истёк {until}, до передачи {on}; запишите передачу подрядчику с действующей лицензией или сначала введите продлённую лицензию.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="159" />
        <source>The licence {licence} of {name} does not cover {operation} ({meaning}); it covers {covered}.</source>
        <translation>Лицензия {licence} подрядчика {name} не распространяется на операцию {operation} ({meaning}); операции по лицензии: {covered}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="165" />
        <source>no operations</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="219" />
        <location filename="../../greendesk/services/waste.py" line="383" />
        <location filename="../../greendesk/services/waste.py" line="430" />
        <location filename="../../greendesk/services/waste_passport.py" line="195" />
        <location filename="../../greendesk/services/waste_stock.py" line="165" />
        <source>The waste type no longer exists; it may have been deleted.</source>
        <translation>Вида отходов больше нет; возможно, он был удалён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="225" />
        <source>waste type</source>
        <translation>вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="229" />
        <source>Choose the site the waste arises at.</source>
        <translation>Выберите площадку, на которой образуются отходы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="242" />
        <source>{code} is not an entry of the loaded waste classifier; choose a six-digit code from the list.</source>
        <translation>Кода {code} нет в загруженном классификаторе отходов; выберите шестизначный код из списка.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="247" />
        <source>No waste classifier is loaded yet; import it first (Import classifier…, or greendesk classifier import FILE).</source>
        <translation>Классификатор отходов ещё не загружен; сначала импортируйте его (Импорт классификатора… или greendesk classifier import FILE).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="252" />
        <source>{code!r} is not a List of Waste entry: an entry has six digits, such as 01 03 04 (01 03 04* for a hazardous one).</source>
        <translation>{code!r} — не позиция классификатора отходов: позиция состоит из шести цифр, например 01 03 04 (01 03 04* для опасной).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="259" />
        <source>{code} is not a hazardous entry; write it without the asterisk, or choose the hazardous entry.</source>
        <translation>{code} не является опасной позицией; укажите код без звёздочки или выберите опасную позицию.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="266" />
        <source>{code} was retired from the classifier; choose a current code.</source>
        <translation>Код {code} исключён из классификатора; выберите действующий код.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="272" />
        <source>Choose the process of {site} that generates the waste.</source>
        <translation>Выберите процесс на площадке {site}, в котором образуются отходы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="277" />
        <source>{node} is not a process; waste is generated by a process.</source>
        <translation>Узел {node} не является процессом; отходы образуются в процессе.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="284" />
        <source>{code} is a non-hazardous entry, so hazardous properties ({properties}) do not apply; choose the hazardous (mirror) entry if the waste has them.</source>
        <translation>{code} — неопасная позиция, поэтому опасные свойства ({properties}) к ней не применяются; если отходы ими обладают, выберите опасную (зеркальную) позицию.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="291" />
        <source>{code} is a mirror entry: record the assessment that makes this waste hazardous and its reason (analyses, composition).</source>
        <translation>{code} — зеркальная позиция: запишите оценку, по которой эти отходы отнесены к опасным, и её основание (анализы, состав).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="294" />
        <source>{code} is a mirror entry: record the assessment that makes this waste non-hazardous and its reason (analyses, composition).</source>
        <translation>{code} — зеркальная позиция: запишите оценку, по которой эти отходы отнесены к неопасным, и её основание (анализы, состав).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="299" />
        <source>The assessment and the note are at most 2,000 characters each.</source>
        <translation>Оценка и примечание — не более 2000 символов каждое.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="304" />
        <source>The storage limit is a whole number of months from 1 to 120.</source>
        <translation>Предельный срок накопления — целое число месяцев от 1 до 120.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="309" />
        <source>{site} already has a waste type named {name!r}.</source>
        <translation>На площадке {site} уже есть вид отходов с названием {name!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="326" />
        <source>Choose the material the waste is recorded as.</source>
        <translation>Выберите материал, в качестве которого учитываются отходы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="336" />
        <source>{material} is not a waste in the material catalogue; choose a waste material or another name.</source>
        <translation>Материал {material} в каталоге материалов не относится к отходам; выберите материал категории «Отходы» или другое название.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="341" />
        <source>{material} is measured by {kind}; waste figures are in tonnes, so choose a material measured by mass (it can still be entered in litres or m³ when its density is set).</source>
        <translation>Тип величины материала {material} — {kind}; показатели отходов ведутся в тоннах, поэтому выберите материал, учитываемый по массе (его по-прежнему можно вводить в литрах или m³, если задана плотность).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="365" />
        <source>{material} is already registered at this site as the waste type {taken!r}.</source>
        <translation>Материал {material} уже зарегистрирован на этой площадке как вид отходов {taken!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="387" />
        <source>A waste type stays at its site; register it at the other site instead.</source>
        <translation>Вид отходов нельзя перенести на другую площадку; вместо этого зарегистрируйте его на другой площадке.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="392" />
        <source>A waste type keeps its material, in which its movements are recorded.</source>
        <translation>Материал вида отходов изменить нельзя: в нём учитывается движение этих отходов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="414" />
        <source>{name} ({code}): {reason}</source>
        <translation>{name} ({code}): {reason}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="438" />
        <source>{waste!r} cannot be deleted: permit {number} sets limits for it; remove them from the permit first.</source>
        <translation>{waste!r} нельзя удалить: для него заданы лимиты в разрешении {number}; сначала удалите их из разрешения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="461" />
        <source>contractor</source>
        <translation>подрядчик</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="465" />
        <source>Enter the licence number of {name}.</source>
        <translation>Введите номер лицензии подрядчика {name}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="468" />
        <source>The licence number is longer than 100 characters.</source>
        <translation>Номер лицензии длиннее 100 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="472" />
        <source>Enter the date until which the licence is valid.</source>
        <translation>Введите дату, до которой действует лицензия.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="477" />
        <source>List the operations the licence of {name} covers, e.g. R4, D9.</source>
        <translation>Перечислите операции, на которые распространяется лицензия подрядчика {name}, например R4, D9.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="483" />
        <source>There is already a contractor named {name!r}.</source>
        <translation>Подрядчик с названием {name!r} уже существует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="508" />
        <source>The contractor no longer exists; it may have been deleted.</source>
        <translation>Подрядчика больше нет; возможно, он был удалён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="525" />
        <source>{year} is not a year.</source>
        <translation>{year} не является годом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="527" />
        <source>main product</source>
        <translation>основная продукция</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="528" />
        <source>output value</source>
        <translation>стоимость продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="530" />
        <source>The {what} must be a positive number.</source>
        <translation>Значение «{what}» должно быть положительным числом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="534" />
        <source>Choose the site.</source>
        <translation>Выберите площадку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="180" />
        <source>Only a stock node can be waste storage or a formation.</source>
        <translation>Местом накопления отходов или ТМО может быть только складской узел.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="226" />
        <source> (after the movements recorded later)</source>
        <translation> (с учётом движений, записанных позже)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="229" />
        <source>{what} would make the stock of {material} at {node} negative: it would be {tonnes} on {date}{later}, {short} short.</source>
        <translation>{what}: запас материала {material} в узле {node} станет отрицательным — на {date}{later} он составит {tonnes}, не хватает {short}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="288" />
        <source>This movement</source>
        <translation>Это движение</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="289" />
        <source>Undoing this movement</source>
        <translation>Отмена этого движения</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="322" />
        <source>Generating</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="323" />
        <source>Recycling</source>
        <translation>Переработка</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="324" />
        <source>Transferring</source>
        <translation>Передача</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="325" />
        <source>Placing</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="334" />
        <source>Choose the waste type.</source>
        <translation>Выберите вид отходов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="343" />
        <source>Choose the node the waste {what}.</source>
        <translation>Выберите узел-{what} отходов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="346" />
        <source>{node} is not a node of {site}, where {name} arises.</source>
        <translation>Узел {node} не относится к площадке {site}, где образуются отходы {name}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="354" />
        <source>{src} is not a process; waste is generated by a process.</source>
        <translation>Узел {src} не является процессом; отходы образуются в процессе.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="359" />
        <source>{name} can leave only a process or a stock, not {src}.</source>
        <translation>Отходы {name} могут выходить только из процесса или склада, а не из узла {src}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="369" />
        <source>Choose the contractor the waste is transferred to.</source>
        <translation>Выберите подрядчика, которому передаются отходы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="374" />
        <source>Choose the recovery (R1–R13) or disposal (D1–D15) operation {name} performs.</source>
        <translation>Выберите операцию восстановления (R1–R13) или удаления (D1–D15), которую выполняет {name}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="387" />
        <source>{site} has a node named {name} that is not a waste-contractor node; choose the contractor's node.</source>
        <translation>На площадке {site} есть узел {name}, который не является узлом подрядчика по отходам; выберите узел подрядчика.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="402" />
        <source>{dst} is not a waste-contractor node; a transfer goes to the contractor's boundary node.</source>
        <translation>Узел {dst} не является узлом подрядчика по отходам; передача направляется в граничный узел подрядчика.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="412" />
        <source>{dst} is not a process; recycled waste goes to the process that uses it.</source>
        <translation>Узел {dst} не является процессом; переработанные отходы направляются в процесс, который их использует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="421" />
        <source>{node} is not a stock; generated waste is accumulated in an on-site storage.</source>
        <translation>Узел {node} не является складом; образовавшиеся отходы накапливаются в месте накопления на площадке.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="424" />
        <source>{node} is not a stock; waste is placed in a formation (a tailings facility, a dump, a slag heap).</source>
        <translation>Узел {node} не является складом; отходы размещаются в ТМО (хвостохранилище, отвале, шлакоотвале).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="429" />
        <source>{node} is marked as a technogenic formation; record a placement there.</source>
        <translation>Узел {node} отнесён к техногенным минеральным образованиям; запишите туда размещение.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="432" />
        <source>{node} is marked as temporary storage; place waste in a formation, or mark the node as a formation first.</source>
        <translation>Узел {node} отмечен как место временного накопления; разместите отходы в ТМО или сначала отнесите узел к ТМО.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="440" />
        <source>A movement cannot go from {src} to itself.</source>
        <translation>Движение не может идти из узла {src} в тот же узел.</translation>
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
        <translation>Запись {record} не направлена подрядчику, поэтому она не является передачей.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="472" />
        <source>Record {record}</source>
        <translation>Запись {record}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="472" />
        <source>a waste transfer</source>
        <translation>передача отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="489" />
        <source>Choose the recovery (R1–R13) or disposal (D1–D15) operation.</source>
        <translation>Выберите операцию восстановления (R1–R13) или удаления (D1–D15).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="496" />
        <source>Choose the contractor.</source>
        <translation>Выберите подрядчика.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_movements.py" line="503" />
        <source>Some of the records no longer exist; refresh and try again.</source>
        <translation>Некоторых записей больше нет; обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/settings.py" line="120" />
        <source>Keep between 1 and {most} backups.</source>
        <translation>Укажите число хранимых резервных копий от 1 до {most}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_anchor.py" line="67" />
        <source>{text!r} is not an audit trail head: write it as the entry number, a colon and the 64-character hash, as a workbook's cover shows it (e.g. 1234:9f86d0…).</source>
        <translation>{text!r} не является вершиной журнала изменений: запишите её как номер записи, двоеточие и 64-символьный хеш, как на титульном листе книги (например, 1234:9f86d0…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_codec.py" line="249" />
        <source>rows of {width} values expected</source>
        <translation>ожидались строки из {width} значений</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="97" />
        <location filename="../../greendesk/store/backup.py" line="100" />
        <source>{name} could not be backed up: {reason}.</source>
        <translation>Не удалось создать резервную копию {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="155" />
        <source>{name} is not a GreenDesk backup: it is not an SQLite file.</source>
        <translation>{name} не является резервной копией GreenDesk: это не файл SQLite.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="159" />
        <source>{name} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="166" />
        <source>{name} is damaged (it fails SQLite's integrity check) and cannot be restored.</source>
        <translation>Файл {name} повреждён (не проходит проверку целостности SQLite), восстановить из него базу данных нельзя.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="178" />
        <source>{name} is damaged or is not a GreenDesk backup.</source>
        <translation>Файл {name} повреждён или не является резервной копией GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="183" />
        <source>{name} is an SQLite file but not a GreenDesk database.</source>
        <translation>{name} — файл SQLite, но не база данных GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="187" />
        <source>{name} was written by a newer version of GreenDesk (schema {revision}); install that version to restore it.</source>
        <translation>Файл {name} записан более новой версией GreenDesk (схема {revision}); установите эту версию, чтобы восстановить его.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="213" />
        <source>A database cannot be restored from itself.</source>
        <translation>Базу данных нельзя восстановить из неё самой.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="226" />
        <source>{name} could not be restored: {reason}; the database was not changed.</source>
        <translation>Не удалось восстановить {name}: {reason}; база данных не изменена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="253" />
        <source>{name} is open in another GreenDesk window or program; close it there and try again.</source>
        <translation>Файл {name} открыт в другом окне GreenDesk или в другой программе; закройте его там и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/backup.py" line="259" />
        <source>damaged</source>
        <translation>повреждён</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/closed_periods.py" line="51" />
        <source>{where}: {label} is closed; reopen it (with a reason) to change its records.</source>
        <translation>{where}: период {label} закрыт; чтобы изменить его записи, откройте его повторно (с указанием причины).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/closed_periods.py" line="53" />
        <source>{label} is closed; reopen it (with a reason) to change its records.</source>
        <translation>Период {label} закрыт; чтобы изменить его записи, откройте его повторно (с указанием причины).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="128" />
        <source>{path} is open read-only; changes cannot be saved.</source>
        <translation>Файл {path} открыт только для чтения; изменения сохранить нельзя.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="266" />
        <source>{path} is a folder, not a GreenDesk database file.</source>
        <translation>{path} — это папка, а не файл базы данных GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="270" />
        <source>There is no database at {path}.</source>
        <translation>По пути {path} нет базы данных.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="279" />
        <source>{name} is not a GreenDesk database: it is not an SQLite file at all.</source>
        <translation>{name} не является базой данных GreenDesk: это вообще не файл SQLite.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="284" />
        <source>{name} cannot be read: permission denied.</source>
        <translation>Не удаётся прочитать {name}: доступ запрещён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="295" />
        <source>{name} is an SQLite database but not a GreenDesk one (it holds tables such as {table!r}).</source>
        <translation>{name} — база данных SQLite, но не GreenDesk (в ней есть, например, таблица {table!r}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="298" />
        <source>{name} is an SQLite database but not a GreenDesk one (it is empty).</source>
        <translation>{name} — база данных SQLite, но не GreenDesk (она пуста).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="306" />
        <location filename="../../greendesk/store/db.py" line="389" />
        <source>{name} was written by a newer version of GreenDesk (schema {revision}); install that version to open it. The file was not changed.</source>
        <translation>Файл {name} записан более новой версией GreenDesk (схема {revision}); установите эту версию, чтобы открыть его. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="314" />
        <source>{name} is not a GreenDesk database (unknown schema {revision!r}).</source>
        <translation>{name} не является базой данных GreenDesk (неизвестная схема {revision!r}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="323" />
        <source>{name} needs an upgrade to this version's schema, but it is read-only.</source>
        <translation>Файл {name} нужно обновить до схемы этой версии, но он доступен только для чтения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="350" />
        <source>{name} is locked by another program; close it there and try again.</source>
        <translation>Файл {name} заблокирован другой программой; закройте его там и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="354" />
        <source>{name} cannot be opened: the file is damaged or is not a GreenDesk database.</source>
        <translation>Не удаётся открыть {name}: файл повреждён или не является базой данных GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="380" />
        <source>{name} is a server database but not a GreenDesk one (it holds tables such as {table!r}).</source>
        <translation>{name} — серверная база данных, но не GreenDesk (в ней есть, например, таблица {table!r}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="384" />
        <source>The server database {name} is empty: it holds no GreenDesk plant yet.</source>
        <translation>Серверная база данных {name} пуста: в ней ещё нет предприятия GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/db.py" line="413" />
        <source>{name} claims schema revision {revision}, but it already holds the {kind} {what} of a later revision, so its revision stamp was set back outside GreenDesk; the file was not changed.</source>
        <translation>Файл {name} указывает ревизию схемы {revision}, но уже содержит {kind} {what} более поздней ревизии, то есть отметка ревизии была откатана вне GreenDesk; файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="23" />
        <source>Quantity</source>
        <translation>Количество</translation>
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
        <translation>Значение «{what}» должно быть положительным конечным числом; получено {value!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="161" />
        <source>{what} must be a finite number, got {value!r}.</source>
        <translation>Значение «{what}» должно быть конечным числом; получено {value!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="183" />
        <source>Density</source>
        <translation>Плотность</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="184" />
        <source>Net calorific value</source>
        <translation>Низшая теплота сгорания</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="187" />
        <source>{label} makes no sense for energy carrier {material}.</source>
        <translation>Параметр «{label}» не имеет смысла для энергоносителя {material}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="200" />
        <source>Unknown quantity kind {kind!r}; expected one of {kinds}.</source>
        <translation>Неизвестный тип величины {kind!r}; ожидается один из: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="214" />
        <source>Unit {unit!r} is ambiguous; enter 'Mt' for megatonnes or 't' for tonnes.</source>
        <translation>Единица {unit!r} неоднозначна; введите 'Mt' для мегатонн или 't' для тонн.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="218" />
        <source>Unknown unit {text!r}; accepted units are {units}.</source>
        <translation>Неизвестная единица {text!r}; допустимые единицы: {units}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="254" />
        <source>Cannot convert {sym} of {material} to {target}: the material is an energy carrier and is entered in energy units only.</source>
        <translation>Нельзя пересчитать {sym} материала {material} в {target}: материал является энергоносителем и вводится только в единицах энергии.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="260" />
        <source>net calorific value</source>
        <translation>низшая теплота сгорания</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="263" />
        <source>density</source>
        <translation>плотность</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="266" />
        <source>Cannot convert {sym} of {material} to {target}: the material has no {prop}.</source>
        <translation>Нельзя пересчитать {sym} материала {material} в {target}: у материала не задана {prop}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="318" />
        <source>The tce factor of {material} has no unit.</source>
        <translation>Для коэффициента т у.т. материала {material} не указана единица измерения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/units.py" line="328" />
        <source>Cannot convert {sym} of {material} to tce: the material has no net calorific value and no tce factor.</source>
        <translation>Нельзя пересчитать {sym} материала {material} в т у.т.: у материала не заданы ни низшая теплота сгорания, ни коэффициент т у.т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="36" />
        <source>The BIN must be exactly 12 digits; {value!r} is not.</source>
        <translation>БИН должен состоять ровно из 12 цифр; {value!r} этому не соответствует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="42" />
        <source>The BIN {bin} is not valid: digits 3–4 must be the registration month.</source>
        <translation>БИН {bin} недействителен: 3–4-я цифры должны обозначать месяц регистрации.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="49" />
        <source>The BIN {bin} is not valid: the fifth digit must be 4, 5 or 6 for a legal entity.</source>
        <translation>БИН {bin} недействителен: для юридического лица пятая цифра должна быть 4, 5 или 6.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="56" />
        <source>The BIN {bin} is not valid: its control digit does not match; check for a typo.</source>
        <translation>БИН {bin} недействителен: контрольная цифра не совпадает; проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="68" />
        <source>The {what} name must not be empty.</source>
        <translation>Название ({what}) не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../greendesk/validation.py" line="72" />
        <source>The {what} name is {count} characters long; at most {most} are allowed.</source>
        <translation>Название ({what}) содержит {count} симв.; допускается не более {most}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="63" />
        <source>GreenDesk writes reports in en, ru or kk, not {language!r}.</source>
        <translation>GreenDesk составляет отчёты на языках en, ru и kk, а не {language!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="88" />
        <source>The file's GreenDesk mark (SQLite's application_id) is missing: it was removed or changed outside GreenDesk.</source>
        <translation>Метки GreenDesk в файле (application_id SQLite) нет: её удалили или изменили вне GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="91" />
        <source>The file's GreenDesk mark (SQLite's application_id) is {mark}, not GreenDesk's: it was removed or changed outside GreenDesk.</source>
        <translation>Метка файла (application_id SQLite) — {mark}, а не метка GreenDesk: её удалили или изменили вне GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="268" />
        <source>entry #{eid} ({action} {entity} #{id}, {at} UTC)</source>
        <translation>запись №{eid} ({action} {entity} №{id}, {at} UTC)</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="270" />
        <source>entry #{eid} ({action} {entity}, {at} UTC)</source>
        <translation>запись №{eid} ({action} {entity}, {at} UTC)</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="274" />
        <source>The audit trail is broken at entry #{eid}: it jumps from entry #{prev} to #{eid}, so entries were deleted.</source>
        <translation>Журнал изменений нарушен на записи №{eid}: после записи №{prev} сразу идёт №{eid}, значит, записи были удалены.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="277" />
        <source>The audit trail is broken at entry #{eid}: it is out of order.</source>
        <translation>Журнал изменений нарушен на записи №{eid}: она стоит не по порядку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="280" />
        <source>The audit trail is broken at {what}: it does not link to the entry before it, so entries were inserted, deleted or replaced there.</source>
        <translation>Журнал изменений нарушен на записи {what}: она не связана с предыдущей записью, значит, здесь записи были вставлены, удалены или заменены.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="291" />
        <source>The audit trail is broken at {what}: the entry was altered after it was written.</source>
        <translation>Журнал изменений нарушен на записи {what}: запись изменили после того, как она была сделана.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="305" />
        <source>Entry #{eid} of the audit trail cannot be read (its values are not valid JSON).</source>
        <translation>Запись №{eid} журнала изменений не читается (её значения — не корректный JSON).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="390" />
        <source>The table {table} is missing, but the audit trail has records in it.</source>
        <translation>Таблицы {table} нет, хотя в журнале изменений есть её записи.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="442" />
        <source>{table} #{key} exists without an entry in the audit trail (it was added outside GreenDesk).</source>
        <translation>{table} №{key} существует без записи в журнале изменений (её добавили вне GreenDesk).</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="454" />
        <source>{table} #{key} is missing: the audit trail (entry #{eid}) says it exists.</source>
        <translation>{table} №{key} отсутствует, хотя по журналу изменений (запись №{eid}) она существует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="468" />
        <source>{table} #{key} exists, but the audit trail (entry #{eid}) says it was deleted.</source>
        <translation>{table} №{key} существует, но по журналу изменений (запись №{eid}) она удалена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="476" />
        <source>{table} #{key} differs from the audit trail (entry #{eid}): {column} is {value}, the trail says {expected}.</source>
        <translation>{table} №{key} отличается от журнала изменений (запись №{eid}): {column} — {value}, а в журнале — {expected}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="500" />
        <source>{table} #{key} is missing: it arrived in bulk (entry #{eid}) and the trail does not say it was deleted.</source>
        <translation>{table} №{key} отсутствует: она поступила в составе пакета (запись №{eid}), а в журнале нет записи о её удалении.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="510" />
        <source>{table} #{key} differs from what entry #{eid} recorded when it arrived in bulk.</source>
        <translation>{table} №{key} отличается от того, что записала запись №{eid}, когда она поступила в составе пакета.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/audit_verify.py" line="518" />
        <source>The {rows:,} {table} records of entry #{eid} do not match its digest.</source>
        <translation>Записи {table} ({rows:,}) из записи журнала №{eid} не совпадают с её контрольной суммой.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="109" />
        <source>Enter the permit's number.</source>
        <translation>Введите номер разрешения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="112" />
        <source>A permit number is at most 100 characters.</source>
        <translation>Номер разрешения — не более 100 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="116" />
        <source>The issuing authority's name is at most 300 characters.</source>
        <translation>Наименование выдавшего органа — не более 300 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="119" />
        <source>a permit's issue date</source>
        <translation>дата выдачи разрешения</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="123" />
        <source>A permit's validity must end after it begins: valid until {until} is not after valid from {start}.</source>
        <translation>Срок действия разрешения должен заканчиваться позже, чем начинается: дата окончания {until} не позже даты начала {start}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="246" />
        <source>Permit {number} holds emission norms; delete them first.</source>
        <translation>В разрешении {number} есть нормативы выбросов; сначала удалите их.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="135" />
        <source>{value!r} is not a kind of relation; choose transfer or equal.</source>
        <translation>{value!r} — не вид связи; выберите: коэффициент перехода или равенство.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="141" />
        <source>A relation's streams run between nodes of {site}; choose them again.</source>
        <translation>Потоки связи проходят между узлами площадки {site}; выберите их заново.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="146" />
        <source>A stream cannot go from a node to itself.</source>
        <translation>Поток не может идти из узла в тот же узел.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="151" />
        <source>A relation ties two different streams; choose another stream B.</source>
        <translation>Связь соединяет два разных потока; выберите другой поток B.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="157" />
        <source>The transfer coefficient is a number greater than zero.</source>
        <translation>Коэффициент перехода — число больше нуля.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="161" />
        <source>The coefficient's standard deviation is a number of zero or more.</source>
        <translation>Стандартное отклонение коэффициента — число не меньше нуля.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="166" />
        <source>Two equal streams take no coefficient.</source>
        <translation>Для двух равных потоков коэффициент не задаётся.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="169" />
        <source>A relation's validity must end on or after it begins: valid until {until} is before valid from {start}.</source>
        <translation>Срок действия связи должен заканчиваться не раньше начала: «действует до» {until} раньше, чем «действует с» {start}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="176" />
        <location filename="../../greendesk/services/obligation_status.py" line="92" />
        <location filename="../../greendesk/services/permits.py" line="130" />
        <source>A note is at most 2,000 characters.</source>
        <translation>Примечание — не более 2 000 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="198" />
        <source>These two streams already have a relation valid from {start}; end it before this one begins, or edit it.</source>
        <translation>Для этих двух потоков уже есть связь, действующая с {start}; завершите её до начала этой или измените её.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_relations.py" line="216" />
        <source>The relation no longer exists; it may have been deleted.</source>
        <translation>Связь больше не существует; возможно, она удалена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permits.py" line="149" />
        <source>{site!r} already has a permit numbered {number!r}.</source>
        <translation>У площадки {site!r} уже есть разрешение с номером {number!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/emission_sources.py" line="302" />
        <location filename="../../greendesk/services/permits.py" line="157" />
        <source>The permit no longer exists; it may have been deleted.</source>
        <translation>Разрешения больше нет; возможно, оно удалено.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="84" />
        <source>The {what} text is {count} characters long; at most {most} are allowed.</source>
        <translation>Текст «{what}» длиной {count} символов; допускается не более {most}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="93" />
        <source>Row {n} of the composition has no component name.</source>
        <translation>В строке {n} состава не указано название компонента.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="96" />
        <source>The component name in row {n} is longer than 200 characters.</source>
        <translation>Название компонента в строке {n} длиннее 200 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="102" />
        <source>The share of {name} is in {unit!r}; shares are in %, mg/kg or g/t.</source>
        <translation>Доля компонента {name} указана в {unit!r}; доли указываются в %, мг/кг или г/т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="108" />
        <source>The share of {name} must be a number of zero or more.</source>
        <translation>Доля компонента {name} должна быть числом, не меньшим нуля.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="112" />
        <source>The share of {name} is {share} %; a share is at most 100 %.</source>
        <translation>Доля компонента {name} равна {share} %; доля не может превышать 100 %.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="116" />
        <source>The share of {name} is {share} {unit}; a share is at most 1,000,000 {unit} (the whole waste).</source>
        <translation>Доля компонента {name} равна {share} {unit}; доля не может превышать 1 000 000 {unit} (всю массу отходов).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="120" />
        <source>basis of a share</source>
        <translation>основание доли</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="129" />
        <source>A composition lists at most {most} components; this one has {count}.</source>
        <translation>В составе может быть не более {most} компонентов; здесь их {count}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="135" />
        <source>{name} is listed twice in the composition; give each component once.</source>
        <translation>{name} указан в составе дважды; укажите каждый компонент один раз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="142" />
        <source>The shares add up to {total} % of the waste, more than 100 %; check the figures and their units.</source>
        <translation>Сумма долей составляет {total} % массы отходов, больше 100 %; проверьте значения и единицы измерения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="156" />
        <source>{property} is not among the hazardous properties of {name}; record it on the waste type first.</source>
        <translation>{property} не входит в опасные свойства отходов «{name}»; сначала укажите его в виде отходов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="161" />
        <source>{property} has two bases; give one.</source>
        <translation>Для {property} указано два основания; укажите одно.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="163" />
        <source>basis of a hazardous property</source>
        <translation>основание опасного свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="174" />
        <source>Enter the date the passport was prepared.</source>
        <translation>Укажите дату составления паспорта.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="177" />
        <source>The passport date {on} is after today; enter the day it was prepared.</source>
        <translation>Дата паспорта {on} позже сегодняшней; укажите день его составления.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="182" />
        <source>handling precautions</source>
        <translation>меры предосторожности при обращении</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="184" />
        <source>transport precautions</source>
        <translation>меры предосторожности при транспортировке</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="186" />
        <source>storage precautions</source>
        <translation>меры предосторожности при хранении</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="188" />
        <source>name of who prepared it</source>
        <translation>имя составителя</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_passport.py" line="296" />
        <source>{name} ({code}) is not a hazardous waste; passports are made for hazardous waste only.</source>
        <translation>{name} ({code}) не относится к опасным отходам; паспорта составляются только на опасные отходы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="68" />
        <source>{sheet}: add {record}</source>
        <translation>{sheet}: добавить {record}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="71" />
        <source>{sheet}: delete {record}</source>
        <translation>{sheet}: удалить {record}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="73" />
        <source>{sheet}: {record}, {column}: {before} → {after}</source>
        <translation>{sheet}: {record}, {column}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="167" />
        <source>Sheet {sheet} has no column {columns}; add it with its heading in row 1.</source>
        <translation>На листе {sheet} нет столбца {columns}; добавьте его с заголовком в строке 1.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="194" />
        <source>{name} has no rows on any plant set-up sheet ({sheets}); fill in the workbook that greendesk template plant writes.</source>
        <translation>В {name} нет строк ни на одном листе настройки предприятия ({sheets}); заполните книгу, которую создаёт greendesk template plant.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="255" />
        <source>{record} is also on row {row}; keep one of the two rows.</source>
        <translation>{record} есть также в строке {row}; оставьте одну из двух строк.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="300" />
        <source>{sheet}: {record} is not in the workbook and was kept: {reason}</source>
        <translation>{sheet}: {record} нет в книге, запись сохранена: {reason}</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="162" />
        <source>plant set-up workbook</source>
        <translation>книга настройки предприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/template.py" line="240" />
        <source>template</source>
        <translation>шаблон</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/xlsx_kit.py" line="78" />
        <source>{target}: the {what} is an Excel workbook; give a file name ending in .xlsx.</source>
        <translation>{target}: {what} — это книга Excel; укажите имя файла с расширением .xlsx.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="115" />
        <source>{component}: not every stream of the node is assayed.</source>
        <translation>{component}: не все потоки узла опробованы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="52" />
        <location filename="../../greendesk/analysis/metal_formulas.py" line="66" />
        <location filename="../../greendesk/analysis/metal_formulas.py" line="102" />
        <source>The feed grade is {feed}: with no component in the feed there is nothing to recover.</source>
        <translation>Содержание в питании {feed}: компонента в питании нет, извлекать нечего.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="62" />
        <source>A grade of {grade} is negative: grades are shares of the stream.</source>
        <translation>Содержание {grade} отрицательно: содержание — это доля в потоке.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="70" />
        <source>The concentrate and the tail both assay {grade}: the assays cannot tell how the feed split between them.</source>
        <translation>И концентрат, и хвосты содержат {grade}: по анализам нельзя определить, как питание разделилось между ними.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="75" />
        <source>Feed {feed}, concentrate {concentrate} and tail {tail} give a concentrate yield of {pct:.2f} %, outside 0–100 %: the feed's grade must lie between the tail's and the concentrate's; check the samples.</source>
        <translation>Питание {feed}, концентрат {concentrate} и хвосты {tail} дают выход концентрата {pct:.2f} %, вне 0–100 %: содержание в питании должно быть между содержанием в хвостах и в концентрате; проверьте пробы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="110" />
        <source>The two concentrates assay alike in both components: the assays cannot tell how the feed split between them.</source>
        <translation>Два концентрата одинаковы по обоим компонентам: по анализам нельзя определить, как питание разделилось между ними.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_formulas.py" line="117" />
        <source>The assays give yields of {y1:.2f} %, {y2:.2f} % and {y3:.2f} %: a negative yield means the samples do not fit together; check them.</source>
        <translation>Анализы дают выходы {y1:.2f} %, {y2:.2f} % и {y3:.2f} %: отрицательный выход означает, что пробы не согласуются; проверьте их.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/stock_sheet.py" line="44" />
        <source>Sheet {sheet} lacks the columns {columns}.</source>
        <translation>На листе {sheet} нет столбцов {columns}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/stock_sheet.py" line="70" />
        <source>{where}: the site, node, material, date or quantity cannot be read; write them as in GreenDesk.</source>
        <translation>{where}: не удаётся прочитать площадку, узел, материал, дату или количество; напишите их как в GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_reconciled.py" line="53" />
        <source>There is nothing to write.</source>
        <translation>Записывать нечего.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_reconciled.py" line="79" />
        <source>The reconciled value of {stream} is {value:g}; only a quantity above zero can be written into its records.</source>
        <translation>Увязанное значение потока {stream} равно {value:g}; в его записи можно записать только количество больше нуля.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_reconciled.py" line="90" />
        <source>{stream} has no unmeasured record from {start} to {end}.</source>
        <translation>У потока {stream} нет неизмеренных записей с {start} по {end}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_reconciled.py" line="167" />
        <source>The global test of the reconciliation did not pass, so its estimates are not written unless you confirm them.</source>
        <translation>Глобальный тест увязки баланса не пройден, поэтому её оценки не записываются без вашего подтверждения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/flow_reconciled.py" line="172" />
        <source>The reconciliation estimated no unmeasured flow, so there is nothing to write.</source>
        <translation>Увязка баланса не оценила ни одного неизмеренного потока, записывать нечего.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/deadlines.py" line="110" />
        <source>The deadline of obligation {code} is not one GreenDesk can read: {rule}.</source>
        <translation>Срок обязательства {code} записан в форме, которую GreenDesk не может прочитать: {rule}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="61" />
        <source>Obligation {code} in the register file: {what}.</source>
        <translation>Обязательство {code} в файле реестра: {what}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="72" />
        <source>{field} is a date written YYYY-MM-DD</source>
        <translation>{field} — дата в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="79" />
        <source>give its {field}</source>
        <translation>укажите {field}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="81" />
        <source>its {field} is at most {limit} characters</source>
        <translation>{field} — не более {limit} символов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="89" />
        <source>give its {field} in en, ru and kk</source>
        <translation>укажите {field} на en, ru и kk</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="101" />
        <source>an entry is a mapping of its fields</source>
        <translation>запись — это набор её полей</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="104" />
        <source>give each entry a code of letters, digits and _</source>
        <translation>дайте каждой записи код из букв, цифр и _</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="110" />
        <source>give its legal basis (act, article, order, date)</source>
        <translation>укажите правовое основание (акт, статья, приказ, дата)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="114" />
        <source>say whom it applies to: scope enterprise or site</source>
        <translation>укажите, к кому оно относится: scope enterprise или site</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="118" />
        <source>name the facility categories it applies to (I, II, III, IV)</source>
        <translation>укажите категории объектов, к которым оно относится (I, II, III, IV)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="126" />
        <source>a threshold names its figure (ghg_t_co2) and its minimum</source>
        <translation>порог указывает показатель (ghg_t_co2) и минимум</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="131" />
        <source>its period is month, quarter, half_year, year or once</source>
        <translation>период — month, quarter, half_year, year или once</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="136" />
        <source>no GreenDesk report is called {report!r}</source>
        <translation>в GreenDesk нет отчёта {report!r}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="139" />
        <source>confirmed is true or false</source>
        <translation>confirmed — true или false</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="169" />
        <location filename="../../greendesk/services/obligation_file.py" line="174" />
        <source>{file} is not a register of obligations GreenDesk can read.</source>
        <translation>{file} — не реестр обязательств, который GreenDesk может прочитать.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_file.py" line="181" />
        <source>its code appears twice</source>
        <translation>её код встречается дважды</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="78" />
        <source>{file} cannot be read, so it cannot be kept as evidence.</source>
        <translation>{file} не удаётся прочитать, поэтому его нельзя сохранить как подтверждение.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="88" />
        <source>A reference number is at most 100 characters.</source>
        <translation>Регистрационный номер — не более 100 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="100" />
        <source>Enter the date it was submitted.</source>
        <translation>Введите дату сдачи.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="102" />
        <source>a submission</source>
        <translation>сдача отчётности</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="106" />
        <source>{value!r} is not a SHA-256 hash (64 hexadecimal digits).</source>
        <translation>{value!r} — не хеш SHA-256 (64 шестнадцатеричные цифры).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="112" />
        <source>Audit entry #{entry} is not the export of a workbook.</source>
        <translation>Запись журнала аудита №{entry} — не выгрузка книги Excel.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/obligation_status.py" line="131" />
        <source>The obligation is no longer in the register.</source>
        <translation>Этого обязательства больше нет в реестре.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="130" />
        <source>Waste placed beyond the permit's burial limit (t a year) is priced above the norm, counted from 1 January: once the year's running total passes the limit, what a quarter places beyond it is above the norm (check against current law).</source>
        <translation>Отходы, размещённые сверх норматива захоронения по разрешению (т в год), оплачиваются как сверхнормативные нарастающим итогом с 1 января: когда итог года превышает норматив, размещённое сверх него в квартале — сверх норматива (сверить с действующим законодательством).</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="229" />
        <source>No MCI is loaded for {day}; load the rates with the year's MCI.</source>
        <translation>МРП на {day} не загружен; загрузите ставки с МРП этого года.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="248" />
        <location filename="../../greendesk/analysis/fees.py" line="266" />
        <source>No rate for {item} on {day}: load one.</source>
        <translation>Нет ставки для {item} на {day}: загрузите её.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="252" />
        <location filename="../../greendesk/analysis/fees.py" line="271" />
        <source>No coefficient for the mass above the norm on {day}: load one.</source>
        <translation>Нет коэффициента для массы сверх норматива на {day}: загрузите его.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="282" />
        <source>A site holds a comprehensive permit applying best available techniques, but no BAT coefficient is loaded for {day}: its mass within the norm is priced at 1.</source>
        <translation>У площадки комплексное экологическое разрешение с применением наилучших доступных техник, но коэффициент НДТ на {day} не загружен: масса в пределах норматива рассчитана с коэффициентом 1.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/fees.py" line="287" />
        <source>Sites of category IV pay no fee and are left out.</source>
        <translation>Объекты IV категории плату не вносят и не учитываются.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="86" />
        <source>{file_name} holds no rates: write mrp, emission, waste or coefficient entries.</source>
        <translation>В {file_name} нет ставок: укажите записи mrp, emission, waste или coefficient.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="96" />
        <source>{file_name}, {where}: {value} is not a date such as 2025-01-01.</source>
        <translation>{file_name}, {where}: {value} — не дата вида 2025-01-01.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="102" />
        <source>{file_name}, {where}: {value} is not a number.</source>
        <translation>{file_name}, {where}: {value} — не число.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="110" />
        <source>{file_name}, {where}: {value} is negative; a rate is zero or more.</source>
        <translation>{file_name}, {where}: {value} — отрицательное значение; ставка не может быть меньше нуля.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="119" />
        <source>{file_name}, {where}: {value} is not a year.</source>
        <translation>{file_name}, {where}: {value} — не год.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="132" />
        <source>{file_name}, {where}: write the year and its value.</source>
        <translation>{file_name}, {where}: укажите год и значение.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="142" />
        <source>{file_name}, {where}: write the item's code.</source>
        <translation>{file_name}, {where}: укажите код позиции.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="147" />
        <source>{file_name}, {where}: per must be t or kg, not {per}.</source>
        <translation>{file_name}, {where}: per должно быть t или kg, а не {per}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="154" />
        <source>{file_name}, {where}: write from (a date) and value.</source>
        <translation>{file_name}, {where}: укажите from (дату) и value.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="160" />
        <source>{file_name}, {where}: the rate ends before it starts.</source>
        <translation>{file_name}, {where}: ставка заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="173" />
        <source>{file_name}, {where}: two rates start on {day}.</source>
        <translation>{file_name}, {where}: две ставки начинаются {day}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="186" />
        <source>{file_name} cannot be read: {why}.</source>
        <translation>Не удаётся прочитать {file_name}: {why}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fee_rates.py" line="191" />
        <source>{file_name} is not a YAML rates file.</source>
        <translation>{file_name} — не файл ставок в формате YAML.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/fees.py" line="46" />
        <source>The fee is declared per quarter; choose a quarter or a year, not {period}.</source>
        <translation>Плата декларируется поквартально; выберите квартал или год, а не {period}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/pek.py" line="101" />
        <source>The parameter no longer exists; it may have been deleted.</source>
        <translation>Параметра больше нет; возможно, он удалён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/pek.py" line="105" />
        <source>The parameter {parameter} is in the point's programme twice.</source>
        <translation>Параметр {parameter} дважды указан в программе точки.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/pek.py" line="112" />
        <source>A method or laboratory is at most 300 characters.</source>
        <translation>Метод или лаборатория — не более 300 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="81" />
        <source>A waste limit is a number of tonnes from 0 up; {value} is not.</source>
        <translation>Лимит отходов — число тонн от 0 и выше; {value} не подходит.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="93" />
        <source>A permit lists at most 500 conditions.</source>
        <translation>В разрешении не более 500 условий.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="97" />
        <source>A permit condition is at most 2,000 characters.</source>
        <translation>Условие разрешения — не более 2 000 символов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="106" />
        <source>A permit's waste limits are for waste types of its own site.</source>
        <translation>Лимиты отходов разрешения задаются для видов отходов его площадки.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="111" />
        <source>The waste type {waste!r} is listed twice in the permit's limits.</source>
        <translation>Вид отходов {waste!r} дважды указан в лимитах разрешения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_terms.py" line="118" />
        <source>Give the accumulation limit, the burial limit or both for {waste!r}.</source>
        <translation>Укажите лимит накопления, лимит захоронения или оба для {waste!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="70" />
        <source>no factor for {activity} / {substance} — load one</source>
        <translation>нет коэффициента для {activity} / {substance} — загрузите его</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="71" />
        <source>no net calorific value for {activity} — load one</source>
        <translation>нет низшей теплоты сгорания для {activity} — загрузите её</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="72" />
        <source>{substance} is read in g/s at the source, but its working hours a year are not given — enter them</source>
        <translation>{substance} измеряется у источника в г/с, но не указано время его работы в год — внесите его</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="75" />
        <source>no concentration of {substance} measured at the discharge point in the period — record one</source>
        <translation>нет концентрации {substance}, измеренной в точке сброса за период, — внесите её</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="92" />
        <source>A factor per unit of energy needs the fuel's net calorific value; load one.</source>
        <translation>Для коэффициента на единицу энергии нужна низшая теплота сгорания топлива; загрузите её.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/emissions.py" line="96" />
        <source>{unit} is not a unit of an emission factor.</source>
        <translation>{unit} не является единицей коэффициента выбросов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/factors_import.py" line="41" />
        <source>{name} has no column {column!r}; a factor file has substance, activity, value, unit and citation.</source>
        <translation>В файле {name} нет столбца {column!r}; в файле коэффициентов есть substance, activity, value, unit и citation.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/factors_import.py" line="72" />
        <source>{where}: {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="73" />
        <source>Loaded {n} factors: {added} added, {removed} removed, {changed} changed.</source>
        <translation>Загружено коэффициентов: {n}; добавлено {added}, удалено {removed}, изменено {changed}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="88" />
        <source>{where}: a factor needs its substance and its activity material.</source>
        <translation>{where}: у коэффициента должны быть указаны вещество и материал деятельности.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="91" />
        <source>{where}: {unit!r} is not a factor unit; write kg/TJ, g/GJ, kg/t, TJ/Gg or %S.</source>
        <translation>{where}: {unit!r} — не единица коэффициента; укажите kg/TJ, g/GJ, kg/t, TJ/Gg или %S.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="95" />
        <source>{where}: a net calorific value is substance NCV in TJ/Gg, and only it.</source>
        <translation>{where}: низшая теплота сгорания записывается как вещество NCV в TJ/Gg, и только она.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="99" />
        <source>{where}: a factor cannot be negative.</source>
        <translation>{where}: коэффициент не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="102" />
        <source>{where}: the share bound in ash (η′) is at least 0 and below 1.</source>
        <translation>{where}: доля, связываемая золой (η′), не меньше 0 и меньше 1.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="106" />
        <source>{where}: every factor cites its source (document and table).</source>
        <translation>{where}: у каждого коэффициента указывается источник (документ и таблица).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="109" />
        <source>{where}: the factor's validity ends before it begins.</source>
        <translation>{where}: срок действия коэффициента заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="123" />
        <source>{file_name} has no factors.</source>
        <translation>В файле {file_name} нет коэффициентов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/factors.py" line="128" />
        <source>{file_name} gives {row} twice.</source>
        <translation>В файле {file_name} строка {row} указана дважды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="228" />
        <source>There is no relation {number}; `greendesk relations list` shows them.</source>
        <translation>Связи {number} нет; список связей выводит `greendesk relations list`.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/postgres.py" line="59" />
        <source>Opening a server database needs the PostgreSQL driver: install GreenDesk with its server extra (pip install "greendesk[server]").</source>
        <translation>Для открытия серверной базы данных нужен драйвер PostgreSQL: установите GreenDesk с дополнением server (pip install "greendesk[server]").</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/postgres.py" line="201" />
        <source>The server database {name} cannot be reached or refused the login; check the address, the user name and that the server is running.</source>
        <translation>Серверная база данных {name} недоступна или отклонила вход; проверьте адрес, имя пользователя и что сервер запущен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/store/postgres.py" line="209" />
        <source>{name} is a server database: its backups are the server's business (pg_dump and pg_restore), not GreenDesk's.</source>
        <translation>{name} — серверная база данных: её резервные копии делает сервер (pg_dump и pg_restore), а не GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="85" />
        <source>{file} is refused: {member} unpacks to far more than records take.</source>
        <translation>{file} отклонён: {member} распаковывается в гораздо больший объём, чем занимают записи.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="91" />
        <source>{file} is refused: {member} is not the size its entry states.</source>
        <translation>{file} отклонён: размер {member} не совпадает с указанным в его заголовке.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="110" />
        <location filename="../../greendesk/services/sync_codec.py" line="175" />
        <location filename="../../greendesk/services/sync_import.py" line="167" />
        <source>{file} is not a GreenDesk period package.</source>
        <translation>{file} не является пакетом периода GreenDesk.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="131" />
        <source>{file} is incomplete: {member} is missing.</source>
        <translation>{file} неполон: нет {member}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="136" />
        <source>{file} holds {member}, which its manifest does not list.</source>
        <translation>{file} содержит {member}, которого нет в его манифесте.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="159" />
        <source>{file} is refused: the site's audit trail does not check.</source>
        <translation>{file} отклонён: журнал изменений площадки не проходит проверку.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="165" />
        <source>{file} was changed after it was written: {member} does not match its digest.</source>
        <translation>{file} изменён после записи: {member} не совпадает со своим дайджестом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="184" />
        <source>{file} is refused: the site's audit trail does not check at entry {entry}.</source>
        <translation>{file} отклонён: журнал изменений площадки не проходит проверку на записи {entry}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_codec.py" line="189" />
        <source>{file} is refused: the site's audit trail does not end at the head its manifest names.</source>
        <translation>{file} отклонён: журнал изменений площадки не заканчивается записью, указанной в его манифесте.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_export.py" line="56" />
        <source>There is no site named {site}.</source>
        <translation>Площадки с названием {site} нет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_export.py" line="65" />
        <source>Hand in one month at a time, e.g. {year}-01.</source>
        <translation>Сдавайте по одному месяцу, например {year}-01.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_export.py" line="83" />
        <source>{label} is open; close it before handing it in.</source>
        <translation>{label} открыт; закройте его, прежде чем сдавать.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="79" />
        <source>{file} was written by this database; import it into the company database.</source>
        <translation>{file} записан этой базой; импортируйте его в базу компании.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="93" />
        <source>{file} is refused: {label} of {site} was handed in from another database ({origin}).</source>
        <translation>{file} отклонён: {label} площадки {site} уже сдан из другой базы ({origin}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="126" />
        <source>{file} is refused: its records do not fit this database.</source>
        <translation>{file} отклонён: его записи не подходят к этой базе.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="136" />
        <source>the site</source>
        <translation>площадку</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="137" />
        <source>the node</source>
        <translation>узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="138" />
        <source>the material</source>
        <translation>материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="139" />
        <source>the contractor</source>
        <translation>подрядчика</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="140" />
        <source>the monitoring point</source>
        <translation>пункт мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="141" />
        <source>the parameter</source>
        <translation>параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="148" />
        <source>{file} names {what} {name}, which this database does not have; import the company's structure at the site first.</source>
        <translation>{file} называет {what} {name}, которого нет в этой базе; сначала импортируйте структуру компании на площадке.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="182" />
        <source>{file} is refused: the site's audit trail no longer holds entry {entry}, where an earlier package of it ended; it was rewritten.</source>
        <translation>{file} отклонён: в журнале изменений площадки больше нет записи {entry}, которой заканчивался её прежний пакет; журнал был переписан.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_import.py" line="193" />
        <source>{site} has handed in {label} already; reopen {label} here (with a reason) to take in a corrected package.</source>
        <translation>{site} уже сдала {label}; откройте {label} здесь повторно (с указанием причины), чтобы принять исправленный пакет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="56" />
        <source>There is no source numbered {number!r} at {site}.</source>
        <translation>На объекте {site} нет источника выбросов с номером {number!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="238" />
        <source>Choose each stream's nodes and material.</source>
        <translation>Выберите узлы и материал каждого потока.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="266" />
        <source>Add a site first: a source belongs to a site.</source>
        <translation>Сначала добавьте объект: источник выбросов относится к объекту.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="324" />
        <source>The source's site has no permit yet: add one in Plant structure.</source>
        <translation>У объекта этого источника ещё нет разрешения: добавьте его в разделе «Структура предприятия».</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/sync_actions.py" line="101" />
        <source>{file} names the checklist item {item}, which this database does not have.</source>
        <translation>{file} ссылается на пункт чек-листа {item}, которого нет в этой базе данных.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="173" />
        <source>The demo plant is written to a file of its own, not to a server database: give --db a file path.</source>
        <translation>Демонстрационное предприятие записывается в отдельный файл, а не в базу данных на сервере: укажите в --db путь к файлу.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/process_emissions.py" line="36" />
        <source>no carbon content for {activity} — load one</source>
        <translation>нет содержания углерода для {activity} — загрузите его</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/process_emissions.py" line="38" />
        <source>no {component} grade assayed for {material} — record one</source>
        <translation>нет анализа содержания {component} для {material} — внесите его</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/process_emissions.py" line="86" />
        <source>An efficiency is from 0 to below 1.</source>
        <translation>Эффективность — от 0 до значения меньше 1.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/process_emissions.py" line="94" />
        <source>More of the element leaves in the products ({out:.3f} t) than enters ({into:.3f} t): check the tonnages and grades.</source>
        <translation>С продуктами уходит больше элемента ({out:.3f} т), чем поступает ({into:.3f} т): проверьте массы и содержания.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/process_emissions.py" line="125" />
        <source>The ash content is a percentage, the share carried from 0 to 1 and the efficiency from 0 to below 1.</source>
        <translation>Зольность задаётся в процентах, доля уноса — от 0 до 1, эффективность — от 0 до значения меньше 1.</translation>
    </message>
</context>
<context>
    <name>RelationsDialog</name>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="66" />
        <source>Relations between flows</source>
        <translation>Связи между потоками</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="68" />
        <source>What you know about the flows of “%s” beyond their measurements: one is a share of another (stream B = k × stream A), or two are equal. Reconciliation keeps to them.</source>
        <translation>Что известно о потоках «%s» помимо измерений: один — доля другого (поток B = k × поток A) или два равны. Увязка баланса их соблюдает.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="74" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="117" />
        <source>Stream A</source>
        <translation>Поток A</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="74" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="119" />
        <source>Stream B</source>
        <translation>Поток B</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="74" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="118" />
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="75" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="122" />
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="75" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="123" />
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="75" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="124" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="78" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="88" />
        <source>e.g. 0,002</source>
        <translation>напр. 0,002</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="90" />
        <source>0 when exact</source>
        <translation>0, если точно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="94" />
        <location filename="../../greendesk/ui/relations_dialog.py" line="158" />
        <source>no end date</source>
        <translation>без даты окончания</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="104" />
        <source>Add relation</source>
        <translation>Добавить связь</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="106" />
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="107" />
        <source>Change the relation chosen in the list to what the form says.</source>
        <translation>Изменить выбранную в списке связь так, как указано в форме.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="113" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="120" />
        <source>Coefficient k (B = k × A)</source>
        <translation>Коэффициент k (B = k × A)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="121" />
        <source>Standard deviation of k</source>
        <translation>Стандартное отклонение k</translation>
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
        <translation>стандартное отклонение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="224" />
        <source>Add relation between flows</source>
        <translation>Добавить связь между потоками</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="239" />
        <source>Change relation between flows</source>
        <translation>Изменение связи между потоками</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/relations_dialog.py" line="253" />
        <source>Remove relation between flows</source>
        <translation>Удалить связь между потоками</translation>
    </message>
</context>
<context>
    <name>ReopenPeriodDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="171" />
        <source>Reopen %s</source>
        <translation>Повторно открыть %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="174" />
        <source>Why it is reopened (kept in the audit trail)</source>
        <translation>Причина повторного открытия (сохраняется в журнале изменений)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="175" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="110" />
        <location filename="../../greendesk/ui/reports_view.py" line="121" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="67" />
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="78" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="78" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="79" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="88" />
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="89" />
        <location filename="../../greendesk/ui/reports_view.py" line="90" />
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="97" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="105" />
        <source>Export workbook</source>
        <translation>Выгрузить книгу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="111" />
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="112" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="113" />
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="114" />
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="115" />
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="116" />
        <source>Will include</source>
        <translation>Будет включено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="170" />
        <source>Nothing: the database has no flow records yet.</source>
        <translation>Ничего: в базе данных пока нет записей потоков.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="180" />
        <source>%1 report(s) for %2 site(s), %3; %4 flow records in the period.</source>
        <translation>Отчётов: %1, площадок: %2, %3; записей потоков за период: %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="186" />
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="188" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="83" />
        <source>Writing %s…</source>
        <translation>Запись %s…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="84" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="27" />
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="30" />
        <source>Its cover carries the audit trail head %s.</source>
        <translation>На её титульном листе — вершина журнала изменений %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="33" />
        <source>Saved %s.</source>
        <translation>Сохранено: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="36" />
        <source>The export was cancelled; no file was written.</source>
        <translation>Выгрузка отменена; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="39" />
        <source>Nothing to report: %s</source>
        <translation>Нет данных для отчёта: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/report_export.py" line="42" />
        <source>The workbook could not be written: %s</source>
        <translation>Не удалось записать книгу: %s</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="250" />
        <source>Edit sample</source>
        <translation>Изменить пробу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="250" />
        <source>New sample</source>
        <translation>Новая проба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="256" />
        <source>(no block)</source>
        <translation>(без блока)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="261" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="261" />
        <source>Grade</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="262" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="280" />
        <source>Sample</source>
        <translation>Проба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="281" />
        <source>Block or zone</source>
        <translation>Блок или зона</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="282" />
        <source>Taken on</source>
        <translation>Дата отбора</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="283" />
        <source>Depth, m</source>
        <translation>Глубина, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="284" />
        <source>Assays</source>
        <translation>Анализы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="285" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="314" />
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
</context>
<context>
    <name>SankeyView</name>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="32" />
        <source>Material flow</source>
        <translation>Материальный поток</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="33" />
        <source>Waste</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="34" />
        <source>Accounted loss</source>
        <translation>Учтённые потери</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="75" />
        <source>No flows in this period.</source>
        <translation>За этот период нет потоков.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="140" />
        <source>Band widths are proportional to quantity (%s).</source>
        <translation>Ширина полос пропорциональна количеству (%s).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sankey.py" line="207" />
        <source>GreenDesk Sankey diagram</source>
        <translation>Диаграмма Санкея GreenDesk</translation>
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
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/server_dialog.py" line="29" />
        <source>The address of the company database on its PostgreSQL server, as the server's administrator gave it:</source>
        <translation>Адрес базы данных компании на её сервере PostgreSQL, как его сообщил администратор сервера:</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="31" />
        <source>Edit site</source>
        <translation>Изменить площадку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="31" />
        <source>New site</source>
        <translation>Новая площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="41" />
        <source>as the site's permit states it</source>
        <translation>как указано в разрешении площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="43" />
        <source>Not set</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="45" />
        <source>The category of the object under Article 12 of the Environmental Code of the Republic of Kazakhstan, by its negative impact on the environment.</source>
        <translation>Категория объекта по статье 12 Экологического кодекса Республики Казахстан — по его негативному воздействию на окружающую среду.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="47" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="48" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="49" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="50" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="51" />
        <source>Facility category</source>
        <translation>Категория объекта</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="81" />
        <source>Edit emission source</source>
        <translation>Изменение источника выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="82" />
        <source>New emission source</source>
        <translation>Новый источник выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="89" />
        <source>as on the inventory, e.g. 0001</source>
        <translation>как в инвентаризации, например 0001</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="91" />
        <source>organised</source>
        <translation>организованный</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="92" />
        <source>fugitive</source>
        <translation>неорганизованный</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="93" />
        <source>discharge to water</source>
        <translation>сброс в водный объект</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="95" />
        <source>mobile (pays no fee)</source>
        <translation>передвижной (плата не взимается)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="111" />
        <source>height, m</source>
        <translation>высота, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="112" />
        <source>diameter, m</source>
        <translation>диаметр, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="113" />
        <source>gas flow, m³/s</source>
        <translation>расход газа, м³/с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="114" />
        <source>temperature, °C</source>
        <translation>температура, °C</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="118" />
        <location filename="../../greendesk/ui/air_dialogs.py" line="188" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="120" />
        <source>hours a year</source>
        <translation>часов в год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="123" />
        <source>From node</source>
        <translation>Из узла</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="123" />
        <source>To node</source>
        <translation>В узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="124" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="124" />
        <source>Activity in the library</source>
        <translation>Деятельность в библиотеке</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="125" />
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="126" />
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="126" />
        <source>Substance</source>
        <translation>Вещество</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="127" />
        <source>Efficiency η</source>
        <translation>Эффективность η</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="130" />
        <source>Driving streams</source>
        <translation>Потоки источника</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="132" />
        <source>Abatement</source>
        <translation>Очистка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="134" />
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="135" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="136" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="137" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="138" />
        <source>Process node</source>
        <translation>Технологический узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="139" />
        <source>Stack</source>
        <translation>Труба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="140" />
        <source>Monitoring point</source>
        <translation>Точка мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="141" />
        <source>Working hours a year</source>
        <translation>Часов работы в год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="142" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="164" />
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="166" />
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="240" />
        <source>share</source>
        <translation>доля</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="251" />
        <source>efficiency η</source>
        <translation>эффективность η</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="272" />
        <source>height</source>
        <translation>высота</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="273" />
        <source>diameter</source>
        <translation>диаметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="274" />
        <source>gas flow</source>
        <translation>расход газа</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="275" />
        <source>temperature</source>
        <translation>температура</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/air_dialogs.py" line="277" />
        <source>working hours</source>
        <translation>часы работы</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="32" />
        <source>Plant structure</source>
        <translation>Структура предприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="33" />
        <source>The sites and their nodes: mines, plants, stores, dumps, and where flows enter and leave.</source>
        <translation>Площадки и их узлы: рудники, фабрики, склады, отвалы, а также точки входа и выхода потоков.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="35" />
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="36" />
        <source>What flows between the nodes: ore, concentrate, tailings, fuels, energy, with their units.</source>
        <translation>Что движется между узлами: руда, концентрат, хвосты, топливо, энергия — с единицами измерения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="38" />
        <source>Waste classifier</source>
        <translation>Классификатор отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="39" />
        <source>Load the national classifier of waste in the Waste register, so waste types get their official codes.</source>
        <translation>Загрузите классификатор отходов в разделе «Реестр отходов», чтобы виды отходов получили официальные коды.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="42" />
        <source>Waste types</source>
        <translation>Виды отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="43" />
        <source>The plant's wastes with their codes, hazard and the node that generates them.</source>
        <translation>Отходы предприятия с кодами, опасностью и узлом, в котором они образуются.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="45" />
        <source>First month of flows</source>
        <translation>Первый месяц потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="46" />
        <source>Enter a month of flow records in the ledger, or import them from the flow template.</source>
        <translation>Введите записи потоков за месяц в журнале или импортируйте их из шаблона потоков.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="48" />
        <source>First report</source>
        <translation>Первый отчёт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="49" />
        <source>Export a workbook for the authority or an auditor in Reports.</source>
        <translation>Выгрузите книгу Excel для уполномоченного органа или аудитора в разделе «Отчёты».</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="65" />
        <source>Start here</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="72" />
        <source>Set up your plant once; every balance, register and report is built from it. Choose how to begin, then take the steps below in order. The set-up workbook holds sheets for sites, nodes, materials, waste types, contractors, formations and monitoring points: fill it in Excel and set up the plant from it in one go.</source>
        <translation>Опишите предприятие один раз — из этого строятся все балансы, реестры и отчёты. Выберите, с чего начать, и выполните шаги ниже по порядку. В книге настройки предприятия есть листы площадок, узлов, материалов, видов отходов, подрядчиков, образований и точек мониторинга: заполните её в Excel и настройте предприятие за один раз.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="82" />
        <source>Save the set-up workbook…</source>
        <translation>Сохранить книгу настройки предприятия…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="83" />
        <source>Set up from a workbook…</source>
        <translation>Заполнить из книги Excel…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="84" />
        <source>Open the demo plant</source>
        <translation>Открыть демо-предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="85" />
        <source>Enter the plant by hand</source>
        <translation>Ввести предприятие вручную</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="94" />
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="104" />
        <source>Go</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="137" />
        <source>done (%1)</source>
        <translation>выполнено (%1)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="138" />
        <source>next</source>
        <translation>следующий</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/start_view.py" line="138" />
        <source>to do</source>
        <translation>предстоит</translation>
    </message>
</context>
<context>
    <name>StockTakingDialog</name>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="50" />
        <source>method's default</source>
        <translation>по умолчанию для метода</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="53" />
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="54" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="55" />
        <source>Counted at the end of</source>
        <translation>Остаток на конец дня</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="56" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="57" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="58" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="59" />
        <source>Uncertainty (1σ)</source>
        <translation>Неопределённость (1σ)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="66" />
        <source>Previous count</source>
        <translation>Предыдущий подсчёт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="94" />
        <source>none before this day</source>
        <translation>до этого дня нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="97" />
        <source>%1 %2 on %3</source>
        <translation>%1 %2 на %3</translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="51" />
        <source>Enterprise…</source>
        <translation>Предприятие…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="53" />
        <location filename="../../greendesk/ui/structure_view.py" line="279" />
        <source>Add site</source>
        <translation>Добавить площадку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="54" />
        <location filename="../../greendesk/ui/structure_view.py" line="296" />
        <source>Add node</source>
        <translation>Добавить узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="56" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="58" />
        <source>Move to site…</source>
        <translation>Перенести на площадку…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="59" />
        <location filename="../../greendesk/ui/structure_view.py" line="351" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="65" />
        <source>This database has no enterprise yet. Enter its name and BIN to start describing your plant.</source>
        <translation>В базе данных ещё нет предприятия. Введите его название и БИН, чтобы начать описание предприятия.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="67" />
        <source>Enter the enterprise…</source>
        <translation>Ввести предприятие…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="72" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="72" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="72" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="89" />
        <source>Plant structure</source>
        <translation>Структура предприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="111" />
        <source>Save the plant set-up template</source>
        <translation>Сохранить шаблон настройки предприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="112" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="118" />
        <source>The template could not be written: %s</source>
        <translation>Шаблон не удалось записать: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="121" />
        <source>Template saved as %s. Fill it in and use Import plant set-up….</source>
        <translation>Шаблон сохранён как %s. Заполните его и выберите «Импорт настройки предприятия…».</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="145" />
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="146" />
        <source>BIN %s</source>
        <translation>БИН %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="267" />
        <source>Edit the enterprise</source>
        <translation>Изменение сведений о предприятии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="310" />
        <source>Edit site “%s”</source>
        <translation>Изменение площадки «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="317" />
        <source>Edit node “%s”</source>
        <translation>Изменение узла «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="328" />
        <source>Move node “%s”</source>
        <translation>Перенос узла «%s»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/structure_view.py" line="337" />
        <source>Delete site “%s” and its %n node(s)?</source>
        <translation>
            <numerusform>Удалить площадку «%s» и её %n узел?</numerusform>
            <numerusform>Удалить площадку «%s» и её %n узла?</numerusform>
            <numerusform>Удалить площадку «%s» и её %n узлов?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="341" />
        <source>Site “%s” deleted.</source>
        <translation>Площадка «%s» удалена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="342" />
        <source>Delete site “%s”</source>
        <translation>Удаление площадки «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="345" />
        <source>Delete node “%s”?</source>
        <translation>Удалить узел «%s»?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="349" />
        <source>Node “%s” deleted.</source>
        <translation>Узел «%s» удалён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="350" />
        <source>Delete node “%s”</source>
        <translation>Удаление узла «%s»</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../greendesk/ui/transfer_dialog.py" line="24" />
        <source>Contractor and operation of a transfer</source>
        <translation>Подрядчик и операция передачи</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/transfer_dialog.py" line="26" />
        <source>Record %1 of %2: %3 %4 — %5</source>
        <translation>Запись %1 от %2: %3 %4 — %5</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/transfer_dialog.py" line="37" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/transfer_dialog.py" line="38" />
        <source>Contractor</source>
        <translation>Подрядчик</translation>
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
        <translation>Параметры области просмотра</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="17" />
        <source>View All</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="18" />
        <source>axis</source>
        <translation>ось</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="19" />
        <source>Mouse Mode</source>
        <translation>Режим мыши</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="20" />
        <source>3 button</source>
        <translation>3 кнопки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/chart_menu_texts.py" line="21" />
        <source>1 button</source>
        <translation>1 кнопка</translation>
    </message>
</context>
<context>
    <name>WasteCharts</name>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="26" />
        <source>Generation by hazard</source>
        <translation>Образование по опасности</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="27" />
        <source>generated</source>
        <translation>образовано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="32" />
        <source>Storage stock at year end</source>
        <translation>Накоплено на конец года</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="33" />
        <source>stock</source>
        <translation>накоплено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="53" />
        <source>hazardous</source>
        <translation>опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="53" />
        <source>non-hazardous</source>
        <translation>неопасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="54" />
        <source>unclassified</source>
        <translation>не классифицированы</translation>
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
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="70" />
        <source>mirror entry</source>
        <translation>зеркальная позиция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="72" />
        <source>retired</source>
        <translation>исключена</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="77" />
        <source>Hazardous</source>
        <translation>Опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="77" />
        <source>Non-hazardous</source>
        <translation>Неопасные</translation>
    </message>
</context>
<context>
    <name>WasteCodePicker</name>
    <message>
        <location filename="../../greendesk/ui/waste_picker.py" line="110" />
        <source>Search by code (10 06 01) or words (copper slag)</source>
        <translation>Поиск по коду (10 06 01) или словам (медный шлак)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/waste_picker.py" line="143" />
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WasteTypeDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="104" />
        <source>Edit waste type</source>
        <translation>Изменить вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="105" />
        <source>Register waste type</source>
        <translation>Зарегистрировать вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="113" />
        <source>No code chosen</source>
        <translation>Код не выбран</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="121" />
        <source>hazardous wastes: e.g. HP6, HP14</source>
        <translation>для опасных отходов: напр. HP6, HP14</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="125" />
        <source>mirror entries: why hazardous or not</source>
        <translation>для зеркальных позиций: почему опасные или нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="133" />
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="136" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="137" />
        <source>List of Waste code</source>
        <translation>Код по классификатору отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="139" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="140" />
        <source>Recorded as material</source>
        <translation>Учитывается как материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="141" />
        <source>Physical state</source>
        <translation>Агрегатное состояние</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="142" />
        <source>Generated by</source>
        <translation>Источник образования</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="143" />
        <source>Hazardous properties</source>
        <translation>Опасные свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="144" />
        <source>Mirror-entry assessment</source>
        <translation>Оценка по зеркальной позиции</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="145" />
        <source>Legacy hazard level</source>
        <translation>Прежний уровень опасности</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="146" />
        <source>Storage limit</source>
        <translation>Предельный срок накопления</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="147" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="176" />
        <source>(a new material named like the waste)</source>
        <translation>(новый материал с названием отхода)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="185" />
        <source>No code chosen: search, then click an entry.</source>
        <translation>Код не выбран: найдите и щёлкните позицию.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="187" />
        <source>hazardous</source>
        <translation>опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="187" />
        <source>non-hazardous</source>
        <translation>неопасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="190" />
        <source>mirror entry: record the assessment below</source>
        <translation>зеркальная позиция: запишите оценку ниже</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="200" />
        <source>Choose the List of Waste code in the list.</source>
        <translation>Выберите код по классификатору отходов в списке.</translation>
    </message>
</context>
<context>
    <name>WasteView</name>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="96" />
        <source>Waste register</source>
        <translation>Реестр отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="100" />
        <source>Register waste type</source>
        <translation>Новый вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="102" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="105" />
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="109" />
        <source>Passport data…</source>
        <translation>Данные паспорта…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="111" />
        <source>Passport…</source>
        <translation>Паспорт…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="120" />
        <source>Record movement</source>
        <translation>Записать движение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="131" />
        <source>New contractor</source>
        <translation>Новый подрядчик</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="134" />
        <source>Import classifier…</source>
        <translation>Импорт классификатора…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="143" />
        <location filename="../../greendesk/ui/waste_view.py" line="153" />
        <location filename="../../greendesk/ui/waste_view.py" line="167" />
        <source>Waste type</source>
        <translation>Вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="143" />
        <location filename="../../greendesk/ui/waste_view.py" line="167" />
        <location filename="../../greendesk/ui/waste_view.py" line="196" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="144" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="144" />
        <source>Hazard</source>
        <translation>Опасность</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="145" />
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="145" />
        <source>Legacy level</source>
        <translation>Прежний уровень</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="146" />
        <source>State</source>
        <translation>Агрегатное состояние</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="146" />
        <source>Generated by</source>
        <translation>Источник образования</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="147" />
        <source>Description</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="150" />
        <source>No waste types here yet. Register waste type for each waste the plant generates; load the classifier first (Import classifier…) so each gets its official code.</source>
        <translation>Видов отходов здесь пока нет. Зарегистрируйте вид отходов для каждого отхода предприятия; сначала загрузите классификатор («Импорт классификатора…»), чтобы каждый получил официальный код.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="153" />
        <location filename="../../greendesk/ui/waste_view.py" line="168" />
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="154" />
        <source>Opening, t</source>
        <translation>На начало, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="41" />
        <location filename="../../greendesk/ui/waste_view.py" line="154" />
        <source>Generated, t</source>
        <translation>Образовано, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="155" />
        <source>Recycled, t</source>
        <translation>Переработано, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="54" />
        <location filename="../../greendesk/ui/waste_view.py" line="155" />
        <source>Transferred, t</source>
        <translation>Передано, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="156" />
        <source>Placed, t</source>
        <translation>Размещено, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="156" />
        <source>Other, t</source>
        <translation>Прочее, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="157" />
        <source>Closing, t</source>
        <translation>На конец, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="158" />
        <source>Treat as a formation</source>
        <translation>Считать ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="161" />
        <source>Period </source>
        <translation>Период </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="168" />
        <source>Overdue, t</source>
        <translation>Сверх срока, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="169" />
        <source>Stored since</source>
        <translation>Накапливается с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="169" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="170" />
        <source>Days over</source>
        <translation>Дней сверх срока</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="170" />
        <source>Limit</source>
        <translation>Предельный срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="171" />
        <source>Contractor</source>
        <translation>Подрядчик</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="171" />
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="172" />
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="172" />
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="173" />
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="173" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="177" />
        <source>Production for intensities…</source>
        <translation>Производство для удельных показателей…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="185" />
        <source>Waste types</source>
        <translation>Виды отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="186" />
        <source>Stock</source>
        <translation>Накопление</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="187" />
        <source>Overdue</source>
        <translation>Сверх срока</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="188" />
        <source>Contractors</source>
        <translation>Подрядчики</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="190" />
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="198" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="245" />
        <source>No waste classifier is loaded yet: Import classifier… reads the List of Waste from CSV or XLSX.</source>
        <translation>Классификатор отходов ещё не загружен: «Импорт классификатора…» читает классификатор отходов из CSV или XLSX.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="247" />
        <source>From the command line: greendesk classifier import FILE --db PATH [--language ru]</source>
        <translation>Из командной строки: greendesk classifier import ФАЙЛ --db ПУТЬ [--language ru]</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="271" />
        <source>Enterprise (all sites)</source>
        <translation>Предприятие (все площадки)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="292" />
        <source>Whole year %s</source>
        <translation>Весь %s год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="321" />
        <source>hazardous</source>
        <translation>опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="321" />
        <source>non-hazardous</source>
        <translation>неопасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="323" />
        <source> (mirror: assessed)</source>
        <translation> (зеркальная: оценена)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="324" />
        <source> — retired</source>
        <translation> — исключена</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="325" />
        <source> — code not verified</source>
        <translation> — код не проверен</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="351" />
        <source>Stored longer than allowed, as of %s (oldest first out):</source>
        <translation>Накоплено сверх допустимого срока на %s (первым вывозится самое старое):</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="353" />
        <source>Nothing is stored longer than allowed as of %s.</source>
        <translation>На %s ничего не накоплено сверх допустимого срока.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/waste_view.py" line="357" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="366" />
        <source> (expired)</source>
        <translation> (истекла)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/waste_view.py" line="368" />
        <source> (in %n day(s))</source>
        <translation>
            <numerusform> (через %n день)</numerusform>
            <numerusform> (через %n дня)</numerusform>
            <numerusform> (через %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="391" />
        <source>Register waste type “%s”</source>
        <translation>Регистрация вида отходов «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="505" />
        <source>Enter the production basis for %s</source>
        <translation>Ввод производственной базы для %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="542" />
        <source>Load the waste classifier</source>
        <translation>Загрузка классификатора отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="42" />
        <source>  hazardous, t</source>
        <translation>  опасные, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="43" />
        <source>  non-hazardous, t</source>
        <translation>  неопасные, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="44" />
        <source>  unclassified, t</source>
        <translation>  не классифицированы, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="45" />
        <source>  green level, t</source>
        <translation>  зелёный уровень, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="46" />
        <source>  amber level, t</source>
        <translation>  янтарный уровень, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="47" />
        <source>  red level, t</source>
        <translation>  красный уровень, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="48" />
        <source>Recycled incl. incineration, t</source>
        <translation>Переработано, вкл. сжигание, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="49" />
        <source>  on site, t</source>
        <translation>  на площадке, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="50" />
        <source>  by contractors (R), t</source>
        <translation>  подрядчиками (R), т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="51" />
        <source>  incinerated (D10, D11), t</source>
        <translation>  сожжено (D10, D11), т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="52" />
        <source>Recycling share</source>
        <translation>Доля переработки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="55" />
        <source>Placed in formations (net), t</source>
        <translation>Размещено в ТМО (нетто), т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="56" />
        <source>Per tonne of main product, t/t</source>
        <translation>На тонну основной продукции, т/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="59" />
        <source>Per unit of output value, t</source>
        <translation>На единицу стоимости продукции, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="63" />
        <source>Stock at year end, t</source>
        <translation>Накоплено на конец года, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="67" />
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="69" />
        <source>Generation on the previous year</source>
        <translation>Образование к предыдущему году</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="393" />
        <source>Waste type “%s” registered.</source>
        <translation>Вид отходов «%s» зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="415" />
        <source>Edit waste type “%s”</source>
        <translation>Изменение вида отходов «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="417" />
        <source>Waste type “%s” saved.</source>
        <translation>Вид отходов «%s» сохранён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="428" />
        <source>Add contractor “%s”</source>
        <translation>Добавление подрядчика «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="430" />
        <source>Contractor “%s” added.</source>
        <translation>Подрядчик «%s» добавлен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="442" />
        <source>Edit contractor “%s”</source>
        <translation>Изменение подрядчика «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="444" />
        <source>Contractor “%s” saved.</source>
        <translation>Подрядчик «%s» сохранён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="453" />
        <source>Register a waste type first; movements are recorded per waste type.</source>
        <translation>Сначала зарегистрируйте вид отходов: движение учитывается по видам отходов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="457" />
        <source>Add the contractor first, with its licence.</source>
        <translation>Сначала добавьте подрядчика с его лицензией.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="474" />
        <source>Recorded; undo with Ctrl+Z.</source>
        <translation>Записано; отменить — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="480" />
        <source>Select the storage in the stock table first.</source>
        <translation>Сначала выберите место накопления в таблице накопления.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="485" />
        <source>Mark %s as a technogenic formation</source>
        <translation>Отнесение %s к техногенным минеральным образованиям</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="490" />
        <source>%s is now treated as a technogenic formation: waste there counts as placed, not stored.</source>
        <translation>%s теперь считается техногенным минеральным образованием: отходы в нём учитываются как размещённые, а не накопленные.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="497" />
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
</context>
<context>
    <name>balances</name>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="214" />
        <source>Total mass</source>
        <translation>Общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="215" />
        <source>Total volume</source>
        <translation>Общий объём</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="385" />
        <source>no calorific value: not in the total</source>
        <translation>нет теплоты сгорания: не входит в итог</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="396" />
        <source>Total energy</source>
        <translation>Общая энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="439" />
        <source>ε = Σ(Q_product × β) / Σ(Q_feed × α) × 100 %  — metal in products over metal in feed (Q tonnes, α and β grades)</source>
        <translation>ε = Σ(Q_product × β) / Σ(Q_feed × α) × 100 %  — металл в продукции к металлу в исходном сырье (Q — тонны, α и β — содержание)</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="499" />
        <source>Extraction of the mineral from the subsoil</source>
        <translation>Полнота извлечения полезного ископаемого из недр</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="500" />
        <source>K_ext = (Q_mined − Q_lost) / Q_mined × 100 %, where Q_mined is raw material taken from the subsoil and Q_lost its accounted and unaccounted losses at the mine</source>
        <translation>K_ext = (Q_mined − Q_lost) / Q_mined × 100 %, где Q_mined — сырьё, извлечённое из недр, а Q_lost — его учтённые и неучтённые потери на руднике</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="504" />
        <source>Recovery of useful components in beneficiation</source>
        <translation>Извлечение полезных компонентов при обогащении</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="505" />
        <source>ε_b = metal in the concentrator's products / metal in the ore fed to its processes × 100 %</source>
        <translation>ε_b = металл в продукции обогатительной фабрики / металл в руде, поданной на её процессы × 100 %</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="508" />
        <source>Recovery in metallurgical conversion</source>
        <translation>Извлечение при металлургическом переделе</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="509" />
        <source>ε_m = metal in the smelter's products / metal in the concentrate and other feed to its processes × 100 %</source>
        <translation>ε_m = металл в продукции металлургического завода / металл в концентрате и другом сырье, поданном на его процессы × 100 %</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="512" />
        <source>Use of production waste</source>
        <translation>Использование отходов производства</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="513" />
        <source>K_w = Q_used / Q_generated × 100 %, where Q_generated is overburden, tailings, slag and other waste leaving processes and Q_used the site's waste going into a process or to a customer</source>
        <translation>K_w = Q_used / Q_generated × 100 %, где Q_generated — вскрышные породы, хвосты, шлаки и другие отходы, выходящие из процессов, а Q_used — отходы площадки, направленные в процесс или потребителю</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="22" />
        <source>The weighed tonnages do not fit the assays, and the total mass does not close either: check the weighing of feed and products first.</source>
        <translation>Взвешенные количества не согласуются с анализами, и общий баланс массы тоже не сходится: сначала проверьте взвешивание питания и продуктов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="25" />
        <source>The weighed tonnages do not fit the assays, though the total mass closes: check the sampling and assaying of feed, concentrate and tail.</source>
        <translation>Взвешенные количества не согласуются с анализами, хотя общий баланс массы сходится: проверьте опробование и анализы питания, концентрата и хвостов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="28" />
        <source>γ = (α − θ) / (β − θ), ε_tech = γ × β / α, K = 1 / γ, i = β / α  — from the grades of feed (α), concentrate (β) and tail (θ) alone; with two concentrates, the three-product formulas over two components</source>
        <translation>γ = (α − θ) / (β − θ), ε_тех = γ × β / α, K = 1 / γ, i = β / α  — только по содержаниям в питании (α), концентрате (β) и хвостах (θ); при двух концентратах — трёхпродуктовые формулы по двум компонентам</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="78" />
        <source>The formulas need assayed feed, one assayed tail and one assayed concentrate (or two, with two components assayed); this node has {products} product(s) and {tails} tail(s) assayed.</source>
        <translation>Формулам нужны опробованное питание, одни опробованные хвосты и один опробованный концентрат (или два, при двух опробованных компонентах); у этого узла опробовано продуктов: {products}, хвостов: {tails}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/metal_balance.py" line="94" />
        <source>{component}: not every stream of the node is assayed.</source>
        <translation>{component}: не все потоки узла опробованы.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="147" />
        <source>adjusted</source>
        <translation>скорректировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="148" />
        <source>non_redundant</source>
        <translation>без избыточности</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="149" />
        <source>fixed</source>
        <translation>зафиксировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="150" />
        <source>estimated</source>
        <translation>оценено</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="151" />
        <source>unobservable</source>
        <translation>ненаблюдаемо</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="152" />
        <source>not in any balance</source>
        <translation>ни в одном балансе</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="251" />
        <location filename="../../greendesk/cli/emissions.py" line="311" />
        <source>unit</source>
        <translation>ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="202" />
        <source>accounted</source>
        <translation>учтено</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="202" />
        <source>unaccounted</source>
        <translation>неучтённые</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="169" />
        <source>accounted losses by reason: {losses}</source>
        <translation>учтённые потери по причинам: {losses}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="173" />
        <source>(no flows in this period)</source>
        <translation>(за этот период потоков нет)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="175" />
        <source>note: {note}</source>
        <translation>примечание: {note}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="177" />
        <source>energy (GJ; tce)</source>
        <translation>энергия (ГДж; т у. т.)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="187" />
        <source>carrier</source>
        <translation>энергоноситель</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="187" />
        <source>supplied GJ</source>
        <translation>поступило, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="188" />
        <source>use GJ</source>
        <translation>потребление, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="188" />
        <source>passed on GJ</source>
        <translation>передано, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="189" />
        <source>accounted GJ</source>
        <translation>учтено, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="189" />
        <source>stock change GJ</source>
        <translation>изменение запасов, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="190" />
        <source>unaccounted GJ</source>
        <translation>неучтённые, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="190" />
        <source>supplied tce</source>
        <translation>поступило, т у. т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="191" />
        <source>use tce</source>
        <translation>потребление, т у. т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="193" />
        <source>production {product} t; energy intensity {intensity} GJ/t</source>
        <translation>производство {product} т; энергоёмкость {intensity} ГДж/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="198" />
        <source>contained metal (t)</source>
        <translation>металл в составе (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="200" />
        <source>component</source>
        <translation>компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="200" />
        <source>feed</source>
        <translation>поступило</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="201" />
        <source>products</source>
        <translation>продукция</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="201" />
        <source>wastes</source>
        <translation>отходы</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="203" />
        <source>recovery</source>
        <translation>извлечение</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="204" />
        <source>technological recovery</source>
        <translation>технологическое извлечение</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="205" />
        <source>metal unaccounted</source>
        <translation>неучтённые потери металла</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="227" />
        <source>opening stock: {material}</source>
        <translation>остаток на начало: {material}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="228" />
        <source>closing stock: {material}</source>
        <translation>остаток на конец: {material}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="230" />
        <source>accounted loss ({reason}): {material}</source>
        <translation>учтённые потери ({reason}): {material}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="237" />
        <source>receipts</source>
        <translation>приход</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="239" />
        <source>received, total mass</source>
        <translation>итого приход, общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="241" />
        <source>expenditures</source>
        <translation>расход</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="244" />
        <source>spent, total mass</source>
        <translation>итого расход, общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="246" />
        <source>unaccounted, total mass</source>
        <translation>неучтённые потери, общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="249" />
        <source>unaccounted, passing through: {material}</source>
        <translation>неучтённые потери, проходит без изменения: {material}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="251" />
        <source>line</source>
        <translation>строка</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="252" />
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="253" />
        <source>of receipts</source>
        <translation>от прихода</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="257" />
        <source>rational use of mineral resources</source>
        <translation>рациональное использование минеральных ресурсов</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="354" />
        <source>Reconciled values written into the unmeasured records; flows changed: {count}.</source>
        <translation>Увязанные значения записаны в неизмеренные записи; изменено потоков: {count}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="358" />
        <source>Not written, since reconciliation could not determine them: {flows}.</source>
        <translation>Не записаны, так как увязка баланса не смогла их определить: {flows}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="367" />
        <source>== reconciliation: {site} — {period}</source>
        <translation>== увязка баланса: {site} — {period}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="318" />
        <source>GROSS ERROR?</source>
        <translation>ГРУБАЯ ОШИБКА?</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="370" />
        <location filename="../../greendesk/cli/balances.py" line="380" />
        <source>flow</source>
        <translation>поток</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="370" />
        <location filename="../../greendesk/cli/balances.py" line="380" />
        <location filename="../../greendesk/cli/formations.py" line="104" />
        <location filename="../../greendesk/cli/obligations.py" line="109" />
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="371" />
        <source>measured t</source>
        <translation>измерено, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="371" />
        <source>σ t</source>
        <translation>σ, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="372" />
        <source>reconciled t</source>
        <translation>увязано, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="372" />
        <source>adjustment t</source>
        <translation>поправка, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="373" />
        <location filename="../../greendesk/cli/balances.py" line="383" />
        <source>flag</source>
        <translation>отметка</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="375" />
        <source>== {component}, {unit}: balances of {nodes}</source>
        <translation>== {component}, {unit}: балансы {nodes}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="381" />
        <source>measured grade</source>
        <translation>измеренное содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="381" />
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="382" />
        <source>reconciled grade</source>
        <translation>увязанное содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="382" />
        <source>adjustment</source>
        <translation>поправка</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/balances.py" line="386" />
        <source>global test: χ² = {chi2:,.4f}, degrees of freedom {dof}, p = {p:.4g}, critical {critical:,.4f} at {level:g} %</source>
        <translation>глобальный тест: χ² = {chi2:,.4f}, степеней свободы {dof}, p = {p:.4g}, критическое значение {critical:,.4f} при {level:g} %</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="92" />
        <source>The register has no formations yet.</source>
        <translation>В реестре пока нет ТМО.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="95" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="96" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="103" />
        <source>formation</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="104" />
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="171" />
        <location filename="../../greendesk/cli/formations.py" line="105" />
        <location filename="../../greendesk/cli/permits.py" line="96" />
        <location filename="../../greendesk/cli/relations.py" line="116" />
        <location filename="../../greendesk/cli/waste.py" line="138" />
        <source>site</source>
        <translation>площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="106" />
        <source>tonnage, t</source>
        <translation>тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="107" />
        <source>area, ha</source>
        <translation>площадь, га</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="108" />
        <location filename="../../greendesk/cli/waste.py" line="146" />
        <source>hazardous</source>
        <translation>опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="109" />
        <source>net value, {currency}</source>
        <translation>чистая стоимость, {currency}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="110" />
        <source>paying</source>
        <translation>рентабельные</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="113" />
        <location filename="../../greendesk/cli/main.py" line="309" />
        <location filename="../../greendesk/cli/plant.py" line="108" />
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="149" />
        <source>Exceedances in {period}: {n}</source>
        <translation>Превышения нормативов за {period}: {n}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="152" />
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="152" />
        <location filename="../../greendesk/cli/formations.py" line="163" />
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="153" />
        <location filename="../../greendesk/cli/formations.py" line="164" />
        <source>parameter</source>
        <translation>показатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="311" />
        <location filename="../../greendesk/cli/formations.py" line="154" />
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="154" />
        <source>limit</source>
        <translation>норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="155" />
        <source>margin</source>
        <translation>отклонение</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="161" />
        <source>Gaps in the readings: {n}</source>
        <translation>Пропуски в замерах: {n}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="165" />
        <source>no reading from</source>
        <translation>нет замеров с</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="166" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="166" />
        <source>days</source>
        <translation>дней</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="167" />
        <source>required</source>
        <translation>требуется</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="169" />
        <source>every {n} days</source>
        <translation>каждые {n} дн.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="180" />
        <source>greendesk: the mapping {name!r} is for {target}, not {asked}.</source>
        <translation>greendesk: сопоставление {name!r} предназначено для {target}, а не для {asked}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="191" />
        <source>Imported {n:,} formations ({added:,} new, {updated:,} updated) from {file}.</source>
        <translation>Импортировано ТМО из {file}: {n:,} (новых: {added:,}, обновлено: {updated:,}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="195" />
        <source>Imported {n:,} assays from {file}.</source>
        <translation>Импортировано анализов из {file}: {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/formations.py" line="197" />
        <source>Imported {n:,} readings from {file}.</source>
        <translation>Импортировано замеров из {file}: {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="180" />
        <source>greendesk: {path} already exists; use --force to replace it.</source>
        <translation>greendesk: {path} уже существует; чтобы заменить его, добавьте --force.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="188" />
        <source>greendesk: --flows must be a positive number.</source>
        <translation>greendesk: --flows должно быть положительным числом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="194" />
        <source>greendesk: --years must be between 1 and 30.</source>
        <translation>greendesk: --years должно быть от 1 до 30.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="198" />
        <source>Wrote {path} with {n:,} flow records.</source>
        <translation>Записан {path}: записей потоков — {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="208" />
        <source>Created {path}: an empty plant of {enterprise}. Next: its sites, nodes and materials.</source>
        <translation>Создан {path}: пустое предприятие {enterprise}. Далее: его площадки, узлы и материалы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="224" />
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="225" />
        <source>schema</source>
        <translation>схема</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="226" />
        <source>sites</source>
        <translation>площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="227" />
        <source>nodes</source>
        <translation>узлы</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="228" />
        <source>materials</source>
        <translation>материалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="229" />
        <source>flows</source>
        <translation>потоки</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="231" />
        <location filename="../../greendesk/cli/obligations.py" line="108" />
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="258" />
        <source>Wrote the flow template {out} with the lists of {path}.</source>
        <translation>Записан шаблон потоков {out} со списками из {path}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="261" />
        <source>Wrote the flow template {out} with no plant lists (no database).</source>
        <translation>Записан шаблон потоков {out} без списков предприятия (нет базы данных).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="271" />
        <source>, value (empty)</source>
        <translation>, значение (пусто)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="272" />
        <source>, value {value}</source>
        <translation>, значение {value}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="277" />
        <source>  ... and {n:,} more.</source>
        <translation>  ... и ещё {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="302" />
        <source>greendesk: {refusal} To import it anyway, add --again.</source>
        <translation>greendesk: {refusal} Чтобы всё равно импортировать его, добавьте --again.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/main.py" line="321" />
        <source>Imported {n:,} flow records from {file}.</source>
        <translation>Импортировано записей потоков из {file}: {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="92" />
        <source>greendesk: there is no report {report!r}; choose from {reports}.</source>
        <translation>greendesk: отчёта {report!r} нет; выберите из: {reports}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="93" />
        <source>No site has a permit recorded yet.</source>
        <translation>Ни у одной площадки ещё нет разрешений.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="95" />
        <location filename="../../greendesk/cli/relations.py" line="114" />
        <source>no end date</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="97" />
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="98" />
        <source>permit number</source>
        <translation>номер разрешения</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="99" />
        <source>issued</source>
        <translation>выдано</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="100" />
        <source>issuing authority</source>
        <translation>выдавший орган</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="101" />
        <location filename="../../greendesk/cli/relations.py" line="120" />
        <source>valid from</source>
        <translation>действует с</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="102" />
        <location filename="../../greendesk/cli/relations.py" line="121" />
        <source>valid until</source>
        <translation>действует до</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="117" />
        <source>Waste limits exceeded in {year}:</source>
        <translation>Превышены лимиты отходов за {year} г.:</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="119" />
        <source>accumulated</source>
        <translation>накоплено</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="120" />
        <source>buried</source>
        <translation>захоронено</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="121" />
        <source>{site}, permit {number}: {waste} {kind} {actual:,.3f} t against a limit of {limit:,.3f} t, {excess:,.3f} t over.</source>
        <translation>{site}, разрешение {number}: {waste} — {kind} {actual:,.3f} т при лимите {limit:,.3f} т, превышение {excess:,.3f} т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="129" />
        <source>Permit {number} of {site} expires on {day} (in {days} days).</source>
        <translation>Экологическое разрешение {number} ({site}) истекает {day} (через {days} дн.).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="61" />
        <source>greendesk: give the database with --db PATH.</source>
        <translation>greendesk: укажите базу данных: --db ПУТЬ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="97" />
        <source>Permit conditions at risk:</source>
        <translation>Условия разрешений под угрозой:</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="102" />
        <source>Nothing is due in these dates.</source>
        <translation>В эти даты сроков нет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="104" />
        <source>the enterprise</source>
        <translation>предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="105" />
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="106" />
        <source>obligation</source>
        <translation>обязательство</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="107" />
        <source>for</source>
        <translation>кто сдаёт</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="110" />
        <source>data</source>
        <translation>данные</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="173" />
        <location filename="../../greendesk/cli/obligations.py" line="111" />
        <source>basis</source>
        <translation>основание</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="122" />
        <source>submitted {day}</source>
        <translation>сдано {day}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="124" />
        <source>in preparation</source>
        <translation>готовится</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="126" />
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="127" />
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="134" />
        <source>period not over</source>
        <translation>период не закончился</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="136" />
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="137" />
        <source>{months} month(s) open, {items} item(s) missing</source>
        <translation>открытых месяцев: {months}, недостающих пунктов: {items}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="143" />
        <source>check against current law</source>
        <translation>проверить по действующему законодательству</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="147" />
        <source>{key} {year}: {value:.0f} (threshold {minimum:.0f})</source>
        <translation>{key} за {year}: {value:.0f} (порог {minimum:.0f})</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="152" />
        <source>applies only above its threshold</source>
        <translation>применяется только выше порога</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="167" />
        <source>{label}: the register loaded already matches this file; nothing changed.</source>
        <translation>{label}: загруженный реестр уже совпадает с этим файлом; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="170" />
        <source>Loaded {label}: {added} added, {changed} changed, {removed} removed, {retired} retired.</source>
        <translation>Загружен {label}: добавлено {added}, изменено {changed}, удалено {removed}, выведено из действия {retired}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="192" />
        <source>greendesk: the register has no obligation {code!r}.</source>
        <translation>greendesk: в реестре нет обязательства {code!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="200" />
        <location filename="../../greendesk/cli/permits.py" line="149" />
        <location filename="../../greendesk/cli/relations.py" line="137" />
        <location filename="../../greendesk/cli/reports.py" line="103" />
        <source>greendesk: there is no site named {name!r}.</source>
        <translation>greendesk: площадки {name!r} нет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/obligations.py" line="212" />
        <source>Recorded {code} for {period}: {state}.</source>
        <translation>Записано {code} за {period}: {state}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/permits.py" line="156" />
        <source>Added permit {number} to {site}.</source>
        <translation>Разрешение {number} добавлено площадке {site}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="78" />
        <source>greendesk: give the period of the report: --year or --period.</source>
        <translation>greendesk: укажите период отчёта: --year или --period.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="125" />
        <source>greendesk: nothing to report: {why}</source>
        <translation>greendesk: отчитываться не о чем: {why}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="129" />
        <source>greendesk: {file} cannot be written: {why}</source>
        <translation>greendesk: не удаётся записать {file}: {why}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="136" />
        <source>skipped {kind}: {why}</source>
        <translation>пропущен {kind}: {why}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="137" />
        <source>Wrote {path} ({kinds}; {n:,} records; fingerprint {fingerprint}…).</source>
        <translation>Записан {path} ({kinds}; записей: {n:,}; отпечаток {fingerprint}…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="143" />
        <source>Audit trail head on its cover: {head} (the export is entry #{entry}).</source>
        <translation>Вершина журнала изменений на титульном листе: {head} (выгрузка — запись №{entry}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="146" />
        <source>Audit trail head on its cover: {head}.</source>
        <translation>Вершина журнала изменений на титульном листе: {head}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/reports.py" line="155" />
        <source>greendesk: there is no file {file}.</source>
        <translation>greendesk: файла {file} нет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="26" />
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="26" />
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="27" />
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="27" />
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="28" />
        <source>May</source>
        <translation>Май</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="28" />
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="29" />
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="29" />
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="30" />
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="30" />
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="31" />
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="31" />
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="104" />
        <source>{name}: {entries:,} audit entries, {records:,} records checked.</source>
        <translation>{name}: записей журнала изменений — {entries:,}, проверено записей — {records:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="107" />
        <source>Head of the chain: {head}</source>
        <translation>Вершина цепочки: {head}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="113" />
        <source>OK: the chain is unbroken and every record matches the trail.</source>
        <translation>В порядке: цепочка не нарушена, каждая запись совпадает с журналом изменений.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="116" />
        <source>greendesk: {n:,} problem(s) found in {name}:</source>
        <translation>greendesk: в {name} найдено проблем: {n:,}:</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="122" />
        <source>  ... and {n:,} more (--all lists them).</source>
        <translation>  ... и ещё {n:,} (полный список: --all).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="125" />
        <source>First broken entry: #{entry}</source>
        <translation>Первая нарушенная запись: №{entry}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="138" />
        <source>{period} is closed in {file}.</source>
        <translation>{period}: период закрыт в {file}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="151" />
        <source>{period} is open again in {file}.</source>
        <translation>{period}: период вновь открыт в {file}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="165" />
        <source>No period has been closed.</source>
        <translation>Закрытых периодов нет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="167" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="168" />
        <source>reopened {date} ({reason})</source>
        <translation>вновь открыт {date} ({reason})</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="171" />
        <source>closed {date} by {who}; {state}</source>
        <translation>закрыт {date}, закрыл {who}; {state}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="193" />
        <source>Backed up {file} to {target} (integrity checked).</source>
        <translation>Резервная копия {file} записана в {target} (целостность проверена).</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="204" />
        <source>Restored {file} from {backup}; the replaced file was kept as {kept}.</source>
        <translation>{file} восстановлен из {backup}; заменённый файл сохранён как {kept}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/safety.py" line="208" />
        <source>Restored {file} from {backup}.</source>
        <translation>{file} восстановлен из {backup}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="63" />
        <source>{file} holds the same rates as those loaded ({n:,} rates); nothing changed.</source>
        <translation>В {file} те же ставки, что уже загружены ({n:,} ставок); ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="67" />
        <source>Loaded {n:,} rates from {file} as version {version}; {unconfirmed:,} of them are marked unconfirmed.</source>
        <translation>Загружено ставок: {n:,} из {file} как версия {version}; из них {unconfirmed:,} отмечены как неподтверждённые.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="161" />
        <source>No emission source is recorded yet.</source>
        <translation>Источники выбросов ещё не внесены.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="163" />
        <source>measured</source>
        <translation>измерено</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="164" />
        <source>calculated</source>
        <translation>расчёт</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="169" />
        <source>Emissions to air, {period} (tonnes)</source>
        <translation>Выбросы в атмосферу, {period} (тонн)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="171" />
        <source>source</source>
        <translation>источник выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="172" />
        <location filename="../../greendesk/cli/emissions.py" line="179" />
        <location filename="../../greendesk/cli/emissions.py" line="310" />
        <source>substance</source>
        <translation>вещество</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="174" />
        <location filename="../../greendesk/cli/emissions.py" line="309" />
        <source>activity</source>
        <translation>деятельность</translation>
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
        <translation>сверх норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="178" />
        <source>total</source>
        <translation>итого</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="186" />
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="190" />
        <source>Exceedance: {source}, {substance}: {mass} t against a norm of {norm} t, {over} t above it.</source>
        <translation>Превышение: {source}, {substance}: {mass} т при нормативе {norm} т, сверх норматива {over} т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="196" />
        <source>Exceedance: {source}, {substance}: a reading of {peak} g/s against a norm of {norm} g/s.</source>
        <translation>Превышение: {source}, {substance}: измерено {peak} г/с при нормативе {norm} г/с.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="243" />
        <source>Greenhouse gases, {year} (GWP {gwp})</source>
        <translation>Парниковые газы, {year} (ПГП {gwp})</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="248" />
        <source>process</source>
        <translation>технологические</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="251" />
        <source>fuel</source>
        <translation>топливо</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="255" />
        <source>Total: {co2} t CO₂, {co2e} t CO₂-equivalent.</source>
        <translation>Итого: {co2} т CO₂, {co2e} т CO₂-эквивалента.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="258" />
        <source>Above the threshold of 20,000 t CO₂ a year: the installation is subject to greenhouse-gas regulation.</source>
        <translation>Выше порога 20 000 т CO₂ в год: установка подлежит регулированию выбросов парниковых газов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="262" />
        <source>Below the threshold of 20,000 t CO₂ a year.</source>
        <translation>Ниже порога 20 000 т CO₂ в год.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="276" />
        <source>The file matches the library as loaded; nothing changed.</source>
        <translation>Файл совпадает с загруженной библиотекой; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="280" />
        <location filename="../../greendesk/cli/fees.py" line="72" />
        <location filename="../../greendesk/cli/waste.py" line="68" />
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="281" />
        <location filename="../../greendesk/cli/fees.py" line="73" />
        <location filename="../../greendesk/cli/waste.py" line="69" />
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="282" />
        <location filename="../../greendesk/cli/fees.py" line="74" />
        <location filename="../../greendesk/cli/waste.py" line="71" />
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="307" />
        <source>No factor library is loaded yet.</source>
        <translation>Библиотека коэффициентов ещё не загружена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="312" />
        <source>cited source</source>
        <translation>источник данных</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="90" />
        <source>greendesk: {value!r} is not a date such as 2025-01-01.</source>
        <translation>greendesk: {value!r} — не дата вида 2025-01-01.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="113" />
        <source>No rates are in force on {day}.</source>
        <translation>На {day} действующих ставок нет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="116" />
        <source>Version {id}: {label} ({file}), {n:,} rates.</source>
        <translation>Версия {id}: {label} ({file}), ставок: {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="168" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/fees.py" line="171" />
        <source>* priced with a rate marked unconfirmed in the loaded rates: check it against the law in force.</source>
        <translation>* рассчитано по ставке, отмеченной в загруженных ставках как неподтверждённая: сверьте её с действующим законом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="73" />
        <source>; ... and {n:,} more</source>
        <translation>; ... и ещё {n:,}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="98" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="73" />
        <location filename="../../greendesk/cli/fees.py" line="140" />
        <location filename="../../greendesk/cli/waste.py" line="99" />
        <source>greendesk: {site!r} is not a site of the plant; the sites are: {known}.</source>
        <translation>greendesk: {site!r} не является площадкой предприятия; площадки: {known}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="134" />
        <source>unspecified</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/emissions.py" line="177" />
        <location filename="../../greendesk/cli/waste.py" line="137" />
        <source>enterprise</source>
        <translation>предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="143" />
        <source>generated</source>
        <translation>образовано</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="144" />
        <source>({change} % on {period})</source>
        <translation>({change} % к периоду: {period})</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="155" />
        <source>({share} in {period})</source>
        <translation>({share} за период: {period})</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="167" />
        <source>stock at the end of the period</source>
        <translation>накоплено на конец периода</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="147" />
        <source>non-hazardous</source>
        <translation>неопасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="149" />
        <source>unclassified</source>
        <translation>не классифицировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="151" />
        <source>recycled (incl. incineration)</source>
        <translation>переработано (включая сжигание)</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="153" />
        <source>recycling share</source>
        <translation>доля переработки</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="158" />
        <source>per t of {product}</source>
        <translation>на т {product}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="159" />
        <source>main product</source>
        <translation>основной продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="163" />
        <source>per {unit} of output</source>
        <translation>на {unit} продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/waste.py" line="165" />
        <source>stock at year end</source>
        <translation>запас на конец года</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="71" />
        <source>Wrote the plant set-up template {out}. Fill it in and import it: greendesk import plant {out} --db PATH.</source>
        <translation>Шаблон настройки предприятия записан в {out}. Заполните его и импортируйте: greendesk import plant {out} --db PATH.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="85" />
        <source>Wrote the plant of {path} to {out}.</source>
        <translation>Данные предприятия из {path} записаны в {out}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="93" />
        <source>Apply these changes? [y/N] </source>
        <translation>Применить эти изменения? [д/Н] </translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="112" />
        <source>{file} matches the plant; nothing to change.</source>
        <translation>{file} совпадает с данными предприятия; изменять нечего.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="117" />
        <source>Nothing was changed: {n:,} differences. To apply them, add --apply.</source>
        <translation>Ничего не изменено: различий — {n:,}. Чтобы применить их, добавьте --apply.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/plant.py" line="127" />
        <source>Imported the plant set-up from {file}: {n:,} changes.</source>
        <translation>Настройка предприятия импортирована из {file}: изменений — {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="16" />
        <source>stock-taking</source>
        <translation>инвентаризация</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="17" />
        <source>assay</source>
        <translation>анализ</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="18" />
        <source>monitoring reading</source>
        <translation>замер мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="19" />
        <source>waste transfer</source>
        <translation>передача отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="20" />
        <source>balance</source>
        <translation>баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="21" />
        <source>metal balance</source>
        <translation>баланс металла</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="63" />
        <source>[{kind}] {what} — open: {where}</source>
        <translation>[{kind}] {what} — открыть: {where}</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="66" />
        <source>(waived: {reason})</source>
        <translation>(пропущено: {reason})</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/month_close.py" line="69" />
        <source>{site}, {month}: {open} open, {waived} waived.</source>
        <translation>{site}, {month}: открыто {open}, пропущено {waived}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="112" />
        <source>No relation between streams is recorded.</source>
        <translation>Связи между потоками не записаны.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="115" />
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="117" />
        <source>stream A</source>
        <translation>поток A</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="118" />
        <source>stream B</source>
        <translation>поток B</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="119" />
        <source>relation</source>
        <translation>связь</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="166" />
        <location filename="../../greendesk/cli/relations.py" line="237" />
        <source>greendesk: {site} has no node or material named {name!r}.</source>
        <translation>greendesk: на площадке {site} нет узла или материала с названием {name!r}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="177" />
        <source>Added relation {number} to {site}.</source>
        <translation>Связь {number} добавлена на площадку {site}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="191" />
        <source>Removed relation {number}.</source>
        <translation>Связь {number} удалена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/relations.py" line="255" />
        <source>Changed relation {number}.</source>
        <translation>Связь {number} изменена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="48" />
        <source>greendesk: give --site and --period, or --structure.</source>
        <translation>greendesk: укажите --site и --period или --structure.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="59" />
        <source>Wrote the structure of {path} to {out}; import it at each site: greendesk sync import {out} --db SITE.</source>
        <translation>Структура {path} записана в {out}; импортируйте её на каждой площадке: greendesk sync import {out} --db SITE.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="66" />
        <source>Wrote {out}: {n:,} records of {site} for {period}, digest {digest}, site chain head #{head}.</source>
        <translation>Записан {out}: {n:,} записей площадки {site} за {period}, дайджест {digest}, последняя запись журнала площадки №{head}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="89" />
        <source>Reference data from {file}: {n:,} new versions of the classifier and the emission factor library.</source>
        <translation>Справочные данные из {file}: новых версий классификатора и библиотеки коэффициентов выбросов — {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="93" />
        <source>Imported the company's structure from {file}: {n:,} changes.</source>
        <translation>Структура компании импортирована из {file}: изменений — {n:,}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="101" />
        <source>{file} was taken in before; nothing changed.</source>
        <translation>{file} уже был принят; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="104" />
        <source>Took in {n:,} records of {site} for {period} (digest {digest}){replaced}.</source>
        <translation>Принято {n:,} записей площадки {site} за {period} (дайджест {digest}){replaced}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/cli/sync.py" line="107" />
        <source>, replacing the earlier package</source>
        <translation>, заменив прежний пакет</translation>
    </message>
</context>
<context>
    <name>formation_labels</name>
    <message>
        <location filename="../../greendesk/labels.py" line="96" />
        <source>Waste-rock dump</source>
        <translation>Отвал вскрышных пород</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="97" />
        <source>Tailings storage facility</source>
        <translation>Хвостохранилище</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="98" />
        <source>Slag heap</source>
        <translation>Шлакоотвал</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="99" />
        <source>Sludge pond</source>
        <translation>Шламонакопитель</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="100" />
        <source>Heap-leach residue</source>
        <translation>Остатки кучного выщелачивания</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="102" />
        <location filename="../../greendesk/labels.py" line="115" />
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="103" />
        <source>Operating</source>
        <translation>Действующее</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="104" />
        <source>Inactive</source>
        <translation>Временно не используется</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="105" />
        <source>Closed</source>
        <translation>Закрытое</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="106" />
        <source>Reclaimed</source>
        <translation>Рекультивированное</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="107" />
        <source>Abandoned</source>
        <translation>Бесхозяйное</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="108" />
        <source>Under construction</source>
        <translation>Строящееся</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="110" />
        <source>Upstream</source>
        <translation>В сторону хранилища</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="111" />
        <source>Downstream</source>
        <translation>В сторону низового откоса</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="112" />
        <source>Centreline</source>
        <translation>По оси дамбы</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="113" />
        <source>Water-retaining dam</source>
        <translation>Водоудерживающая дамба</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="116" />
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="117" />
        <source>Significant</source>
        <translation>Значительный</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="118" />
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="119" />
        <source>Very high</source>
        <translation>Очень высокий</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="120" />
        <source>Extreme</source>
        <translation>Чрезвычайный</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="121" />
        <source>Air</source>
        <translation>Атмосферный воздух</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="122" />
        <source>Groundwater</source>
        <translation>Подземные воды</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="123" />
        <source>Surface water</source>
        <translation>Поверхностные воды</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="124" />
        <source>Soil</source>
        <translation>Почва</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="125" />
        <source>Structure (level, settlement)</source>
        <translation>Сооружение (уровень, осадка)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="126" />
        <source>Formation</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="127" />
        <source>Stack</source>
        <translation>Дымовая труба</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="128" />
        <source>Discharge</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="129" />
        <source>Dusting surface</source>
        <translation>Пылящая поверхность</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="130" />
        <source>Other source</source>
        <translation>Другой источник</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="131" />
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="132" />
        <source>Quarterly</source>
        <translation>Ежеквартально</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="133" />
        <source>Half-yearly</source>
        <translation>Раз в полугодие</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="134" />
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="34" />
        <source>%1 and %2</source>
        <comment>both sides of a limit</comment>
        <translation>%1 и %2</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../greendesk/ui/kit/numbers.py" line="44" />
        <source>Enter the %s.</source>
        <translation>Заполните поле «%s».</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/kit/numbers.py" line="65" />
        <source>%1: %2 is not a number.</source>
        <translation>%1: %2 — не число.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/kit/numbers.py" line="72" />
        <source>%1: “%2” could be %3 or %4; write %3 without the thousands separator, or %4 with a decimal point.</source>
        <translation>%1: «%2» может означать %3 или %4; напишите %3 без разделителя разрядов или %4 с десятичной точкой.</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="295" />
        <source>Energy intensity</source>
        <translation>Энергоёмкость</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="296" />
        <source>energy carriers received (GJ, fuels by calorific value) ÷ mass shipped to customers (t)</source>
        <translation>полученные энергоносители (ГДж, топливо по теплоте сгорания) ÷ масса, отгруженная потребителям (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="298" />
        <source>Waste per tonne shipped</source>
        <translation>Отходы на тонну отгруженной продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="299" />
        <source>waste leaving the processes (t) ÷ mass shipped to customers (t)</source>
        <translation>отходы, выходящие из процессов (т) ÷ масса, отгруженная потребителям (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="301" />
        <source>By-products shipped</source>
        <translation>Отгружено попутной продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="302" />
        <source>by-products delivered to customers (t)</source>
        <translation>попутная продукция, поставленная потребителям (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="303" />
        <source>Environmental incidents</source>
        <translation>Экологические инциденты</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="304" />
        <source>incidents logged in the year</source>
        <translation>инциденты, зарегистрированные за год</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="305" />
        <source>Emergency drills held</source>
        <translation>Проведено аварийных учений</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="306" />
        <source>drills recorded for measure-9 actions in the year</source>
        <translation>учения, записанные за год по мероприятиям меры 9</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="308" />
        <source>Unaccounted material loss</source>
        <translation>Неучтённые потери материалов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="309" />
        <source>unaccounted loss ÷ inputs of the site (total mass balance)</source>
        <translation>неучтённые потери ÷ приход площадки (баланс общей массы)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="311" />
        <source>Accounted material loss</source>
        <translation>Учтённые потери материалов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="312" />
        <source>accounted losses ÷ inputs of the site (total mass balance)</source>
        <translation>учтённые потери ÷ приход площадки (баланс общей массы)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="314" />
        <source>Unaccounted energy loss</source>
        <translation>Неучтённые потери энергии</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="315" />
        <source>(purchased + produced − metered use − exported − accounted) ÷ (purchased + produced)</source>
        <translation>(куплено + произведено − учтённое потребление − передано − учтённые потери) ÷ (куплено + произведено)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="317" />
        <source>Recovery in beneficiation</source>
        <translation>Извлечение при обогащении</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="318" />
        <source>Cu in the concentrators' products ÷ Cu in the ore fed (whole chain)</source>
        <translation>Cu в продукции обогатительных фабрик ÷ Cu в поданной руде (вся цепочка)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="320" />
        <source>assays of ore and concentrate</source>
        <translation>анализы руды и концентрата</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="321" />
        <source>Recovery in metallurgy</source>
        <translation>Извлечение в металлургии</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="322" />
        <source>Cu in the smelters' products ÷ Cu in the concentrate fed (whole chain)</source>
        <translation>Cu в продукции металлургических заводов ÷ Cu в поданном концентрате (вся цепочка)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="324" />
        <source>assays of concentrate and products</source>
        <translation>анализы концентрата и продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="325" />
        <source>Waste utilisation</source>
        <translation>Использование отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="326" />
        <source>wastes recycled, recovered or incinerated ÷ wastes generated (the Waste register's recycling share)</source>
        <translation>отходы переработанные, восстановленные или сожжённые ÷ образованные отходы (доля переработки в реестре отходов)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="328" />
        <source>waste movements (the Waste register)</source>
        <translation>движение отходов (реестр отходов)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="329" />
        <source>Secondary raw materials in inputs</source>
        <translation>Вторичное сырьё в поступлениях</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="330" />
        <source>wastes recycled on site ÷ (raw materials received + wastes recycled on site)</source>
        <translation>отходы, переработанные на площадке ÷ (полученное сырьё + отходы, переработанные на площадке)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="332" />
        <source>recycled waste movements (the Waste register)</source>
        <translation>движение переработанных отходов (реестр отходов)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="333" />
        <source>Monitoring coverage</source>
        <translation>Охват мониторингом</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="334" />
        <source>monitoring points with readings in every required interval ÷ all points (whole plant)</source>
        <translation>точки мониторинга с замерами в каждом требуемом интервале ÷ все точки (всё предприятие)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="336" />
        <source>monitoring points and readings (Technogenic formations)</source>
        <translation>точки мониторинга и замеры (Техногенные минеральные образования)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="338" />
        <source>Limit exceedances</source>
        <translation>Превышения нормативов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="339" />
        <source>readings beyond their permitted limit (whole plant)</source>
        <translation>замеры сверх норматива (всё предприятие)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="341" />
        <source>monitoring readings (Technogenic formations)</source>
        <translation>результаты мониторинга (Техногенные минеральные образования)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="342" />
        <source>Water recirculation</source>
        <translation>Оборотное водоснабжение</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="343" />
        <source>recirculated water ÷ all water used</source>
        <translation>оборотная вода ÷ вся использованная вода</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="344" />
        <source>flows of recirculated water (a material for it)</source>
        <translation>потоки оборотной воды (отдельный материал)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="345" />
        <source>Reagent recovery</source>
        <translation>Регенерация реагентов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="346" />
        <source>reagents recovered ÷ reagents consumed</source>
        <translation>регенерированные реагенты ÷ израсходованные реагенты</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="347" />
        <source>flows of recovered reagents</source>
        <translation>потоки регенерированных реагентов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="348" />
        <source>Hazardous materials in inputs</source>
        <translation>Опасные материалы в поступлениях</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="349" />
        <source>hazardous materials received ÷ all materials received</source>
        <translation>полученные опасные материалы ÷ все полученные материалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="350" />
        <source>hazard classes of the input materials</source>
        <translation>классы опасности поступающих материалов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="351" />
        <source>Fugitive pollution sources</source>
        <translation>Неорганизованные источники загрязнения</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="352" />
        <source>unorganised sources in the emission inventory as it stands (Air and climate)</source>
        <translation>неорганизованные источники в текущей инвентаризации выбросов (раздел «Атмосфера и климат»)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="355" />
        <source>an emission-source inventory</source>
        <translation>инвентаризация источников выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="356" />
        <source>Emissions to air per tonne shipped</source>
        <translation>Выбросы в атмосферу на тонну отгруженного</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="357" />
        <source>pollutants emitted to air, greenhouse gases aside (kg) ÷ mass shipped to customers (t)</source>
        <translation>загрязняющие вещества, выброшенные в атмосферу, без парниковых газов (кг) ÷ масса, отгруженная потребителям (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="360" />
        <source>emission sources with factors (Air and climate) and shipments</source>
        <translation>источники выбросов с коэффициентами (раздел «Атмосфера и климат») и отгрузки</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="362" />
        <source>Greenhouse gases per tonne shipped</source>
        <translation>Парниковые газы на тонну отгруженного</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="363" />
        <source>CO₂-equivalent of the fuels burned (t, GWP AR5) ÷ mass shipped to customers (t)</source>
        <translation>CO₂-эквивалент сожжённого топлива (т, ПГП AR5) ÷ масса, отгруженная потребителям (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="366" />
        <source>fuel streams of emission sources (Air and climate) and shipments</source>
        <translation>потоки топлива источников выбросов (раздел «Атмосфера и климат») и отгрузки</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="376" />
        <source>data for these years</source>
        <translation>данные за эти годы</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../greendesk/labels.py" line="49" />
        <source>Mine or quarry</source>
        <translation>Рудник или карьер</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="50" />
        <source>Concentrator</source>
        <translation>Обогатительная фабрика</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="51" />
        <source>Smelter or refinery</source>
        <translation>Металлургический завод</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="52" />
        <source>Auxiliary</source>
        <translation>Вспомогательное производство</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="54" />
        <source>Category I: significant negative impact</source>
        <translation>I категория: значительное негативное воздействие</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="55" />
        <source>Category II: moderate negative impact</source>
        <translation>II категория: умеренное негативное воздействие</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="56" />
        <source>Category III: insignificant negative impact</source>
        <translation>III категория: незначительное негативное воздействие</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="58" />
        <source>Category IV: minimal negative impact</source>
        <translation>IV категория: минимальное негативное воздействие</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="59" />
        <source>Organised (stack)</source>
        <translation>Организованный (труба)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="60" />
        <source>Fugitive</source>
        <translation>Неорганизованный</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="61" />
        <source>Discharge to water</source>
        <translation>Сброс в водный объект</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="62" />
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="63" />
        <source>Stock or storage</source>
        <translation>Запас (склад)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="64" />
        <source>Supplier (boundary)</source>
        <translation>Поставщик (граница)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="65" />
        <source>Customer (boundary)</source>
        <translation>Потребитель (граница)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="66" />
        <source>Environment (boundary)</source>
        <translation>Окружающая среда (граница)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="67" />
        <source>Waste contractor (boundary)</source>
        <translation>Подрядчик по отходам (граница)</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="68" />
        <source>Accounted loss</source>
        <translation>Учтённые потери</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="69" />
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="70" />
        <source>Transport</source>
        <translation>Транспортировка</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="71" />
        <source>Handling</source>
        <translation>Перегрузка</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="72" />
        <source>Process losses</source>
        <translation>Технологические</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="73" />
        <source>Measurement</source>
        <translation>Погрешность измерений</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="74" />
        <source>Raw material</source>
        <translation>Сырьё</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="75" />
        <source>Reagent</source>
        <translation>Реагент</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="76" />
        <source>Intermediate</source>
        <translation>Полупродукт</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="77" />
        <source>Product</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="78" />
        <source>By-product</source>
        <translation>Попутная продукция</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="79" />
        <source>Energy carrier</source>
        <translation>Энергоноситель</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="80" />
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="81" />
        <source>Waste</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="82" />
        <source>Mass</source>
        <translation>Масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="83" />
        <source>Volume</source>
        <translation>Объём</translation>
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
        <translation>Измерено</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="86" />
        <source>Calculated</source>
        <translation>Рассчитано</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="87" />
        <source>Estimated</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="90" />
        <source>Unmeasured</source>
        <translation>Не измерено</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="91" />
        <source>Constant</source>
        <translation>Константа</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="92" />
        <source>Transfer coefficient</source>
        <translation>Коэффициент перехода</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="93" />
        <source>Equal flows</source>
        <translation>Равные потоки</translation>
    </message>
</context>
<context>
    <name>month_close</name>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="67" />
        <source>{node}, {material}: no stock-taking at the end of the month ({day}).</source>
        <translation>{node}, {material}: нет инвентаризации на конец месяца ({day}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="70" />
        <source>{node}, {material}: no stock-taking before the month, so its stock change is unknown.</source>
        <translation>{node}, {material}: нет инвентаризации до начала месяца, поэтому изменение запаса неизвестно.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="95" />
        <source>{scope}: {share:.2f} % of inputs is unaccounted, above the threshold of {threshold:.2f} %.</source>
        <translation>{scope}: неучтено {share:.2f} % поступления, выше порога {threshold:.2f} %.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="124" />
        <source>{node}, {component}: technological recovery {technological:.2f} % against commercial {commercial:.2f} %, {metal:.3f} t of metal unaccounted; the gap is above the threshold of {threshold:.2f} %.</source>
        <translation>{node}, {component}: технологическое извлечение {technological:.2f} % против товарного {commercial:.2f} %, неучтено {metal:.3f} т металла; расхождение выше порога {threshold:.2f} %.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="168" />
        <source>{material} from {source} to {target}: no assay of {components} this month, so the metal balance leaves it out.</source>
        <translation>{material} из {source} в {target}: в этом месяце нет анализа на {components}, поэтому баланс металла его не учитывает.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/month_close.py" line="192" />
        <source>{source}, {substance}: the permit sets a norm but the {quarter} emissions cannot be counted ({missing}).</source>
        <translation>{source}, {substance}: в разрешении установлен норматив, но выбросы за {quarter} не могут быть рассчитаны ({missing}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="107" />
        <source>Record {record} ({day}) to {contractor}: no contractor and R/D operation recorded for the transfer.</source>
        <translation>Запись {record} ({day}) в {contractor}: для передачи не указаны подрядчик и операция R/D.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/month_close.py" line="120" />
        <source>{point}, {parameter}: no reading from {start} to {end}; one is due every {interval} days.</source>
        <translation>{point}, {parameter}: нет замера с {start} по {end}; замер требуется каждые {interval} дн.</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <location filename="../../greendesk/importers/classifier_import.py" line="405" />
        <source>Columns of {name} GreenDesk does not use were not read: {columns}.</source>
        <translation>Столбцы файла {name}, которые GreenDesk не использует, не прочитаны: {columns}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/flows_import.py" line="135" />
        <source>Columns GreenDesk does not know were not imported: {columns}.</source>
        <translation>Столбцы, которые GreenDesk не знает, не импортированы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/formations_import.py" line="101" />
        <source>Columns the mapping does not read were not imported: {columns}.</source>
        <translation>Столбцы, которые сопоставление не читает, не импортированы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="392" />
        <source>{name} has cells showing Excel errors such as #DIV/0!; they were read as empty.</source>
        <translation>В {name} есть ячейки с ошибками Excel, например #DIV/0!; они прочитаны как пустые.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="396" />
        <source>{name} contains macros; they were not run and are not kept, only the cell values were read.</source>
        <translation>{name} содержит макросы; они не запускались и не сохранены, прочитаны только значения ячеек.</translation>
    </message>
    <message>
        <location filename="../../greendesk/readers/tabular_xlsx.py" line="400" />
        <source>{name} links to other workbooks; the values saved in this file were used and the links were not followed.</source>
        <translation>{name} ссылается на другие книги; использованы значения, сохранённые в этом файле, ссылки не открывались.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="70" />
        <source>{n:,} {entity} records from {file} (sha256 {sha}…)</source>
        <translation>Записей {entity}: {n:,}, из {file} (sha256 {sha}…)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="75" />
        <source>{n:,} {entity} records</source>
        <translation>Записей {entity}: {n:,}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="80" />
        <source>{records}; changed: {columns}</source>
        <translation>{records}; изменены: {columns}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="114" />
        <source>Records written by a new database.</source>
        <translation>Записи, созданные новой базой данных.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="117" />
        <source>Records written by the schema upgrade from {revision} (the file before it was kept as {backup}).</source>
        <translation>Записи, созданные обновлением схемы с версии {revision} (файл до обновления сохранён как {backup}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="120" />
        <source>Records written by the demo generator.</source>
        <translation>Записи, созданные генератором демо-данных.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="122" />
        <source>Exported {file}</source>
        <translation>Выгружено: {file}</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="124" />
        <source>Restored from the backup {backup}; the replaced file was kept as {kept}.</source>
        <translation>Восстановлено из резервной копии {backup}; заменённый файл сохранён как {kept}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="126" />
        <source>Restored from the backup {backup}.</source>
        <translation>Восстановлено из резервной копии {backup}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/audit_log.py" line="189" />
        <source>The entry's values cannot be read.</source>
        <translation>Значения записи не читаются.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balances.py" line="155" />
        <source>{node}, {material}: no opening stock-taking (none before the period); stock change taken as 0.</source>
        <translation>{node}, {material}: нет начальной инвентаризации (до периода её не было); изменение запасов принято равным 0.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/balances.py" line="157" />
        <source>{node}, {material}: no closing stock-taking within the period; stock change taken as 0.</source>
        <translation>{node}, {material}: нет закрывающей инвентаризации в периоде; изменение запасов принято равным 0.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_import.py" line="160" />
        <source>Sheet {sheet}: columns GreenDesk does not know were not imported: {columns}.</source>
        <translation>Лист {sheet}: неизвестные GreenDesk столбцы не импортированы: {columns}.</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <location filename="../../greendesk/periods.py" line="125" />
        <source>January</source>
        <translation>январь</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="125" />
        <source>February</source>
        <translation>февраль</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="126" />
        <source>March</source>
        <translation>март</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="126" />
        <source>April</source>
        <translation>апрель</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="127" />
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="127" />
        <source>June</source>
        <translation>июнь</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="128" />
        <source>July</source>
        <translation>июль</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="128" />
        <source>August</source>
        <translation>август</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="129" />
        <source>September</source>
        <translation>сентябрь</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="130" />
        <source>October</source>
        <translation>октябрь</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="131" />
        <source>November</source>
        <translation>ноябрь</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="132" />
        <source>December</source>
        <translation>декабрь</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="133" />
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="134" />
        <source>quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="135" />
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="136" />
        <source>range of days</source>
        <translation>период по датам</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="161" />
        <source>{year}</source>
        <translation>{year} год</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="164" />
        <source>Q{quarter} {year}</source>
        <translation>{roman} квартал {year} г.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="167" />
        <source>{month} {year}</source>
        <translation>{month} {year} г.</translation>
    </message>
    <message>
        <location filename="../../greendesk/periods.py" line="170" />
        <source>{start} – {end}</source>
        <translation>период с {start} по {end}</translation>
    </message>
</context>
<context>
    <name>permit_alerts</name>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="30" />
        <source>{site}, permit {number}: {waste} stored {actual:.3f} t at the end of {year}, above its accumulation limit of {limit:.3f} t by {excess:.3f} t</source>
        <translation>{site}, разрешение {number}: {waste} — накоплено {actual:.3f} т на конец {year} г., сверх норматива накопления {limit:.3f} т на {excess:.3f} т</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="33" />
        <source>{site}, permit {number}: {waste} placed {actual:.3f} t in {year}, above its burial limit of {limit:.3f} t by {excess:.3f} t</source>
        <translation>{site}, разрешение {number}: {waste} — размещено {actual:.3f} т за {year} г., сверх норматива захоронения {limit:.3f} т на {excess:.3f} т</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="38" />
        <source>{site}, permit {number}: {waste} stored {actual:.3f} t on {day}, already above the year's accumulation limit of {limit:.3f} t by {excess:.3f} t</source>
        <translation>{site}, разрешение {number}: {waste} — накоплено {actual:.3f} т на {day}, уже сверх годового норматива накопления {limit:.3f} т на {excess:.3f} т</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="42" />
        <source>{site}, permit {number}: {waste} placed {actual:.3f} t from 1 January to {day}, already above the year's burial limit of {limit:.3f} t by {excess:.3f} t</source>
        <translation>{site}, разрешение {number}: {waste} — размещено {actual:.3f} т с 1 января по {day}, уже сверх годового норматива захоронения {limit:.3f} т на {excess:.3f} т</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="48" />
        <source>Permit {number} of {holder} expires on {day} (days left: {days})</source>
        <translation>Экологическое разрешение {number} ({holder}) истекает {day} (осталось дней: {days})</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/permit_alerts.py" line="50" />
        <source>Licence {number} of {holder} expires on {day} (days left: {days})</source>
        <translation>Лицензия {number} ({holder}) истекает {day} (осталось дней: {days})</translation>
    </message>
</context>
<context>
    <name>plantbook</name>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="113" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_columns.py" line="113" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="19" />
        <source>The name, unique in this sheet; a row with a name already in GreenDesk updates that record.</source>
        <translation>Название, уникальное на этом листе; строка с названием, которое уже есть в GreenDesk, обновляет эту запись.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="130" />
        <location filename="../../greendesk/importers/plant_structure.py" line="21" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="131" />
        <location filename="../../greendesk/importers/plant_structure.py" line="22" />
        <source>Free text.</source>
        <translation>Произвольный текст.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="39" />
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="40" />
        <source>One row per site of the enterprise: a mine or quarry, a concentrator, a smelter or an auxiliary site.</source>
        <translation>По строке на каждую площадку предприятия: рудник или карьер, обогатительная фабрика, завод или вспомогательная площадка.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="27" />
        <location filename="../../greendesk/importers/plant_structure.py" line="42" />
        <location filename="../../greendesk/importers/plant_structure.py" line="78" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="44" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="45" />
        <source>The region the site is in.</source>
        <translation>Регион, в котором находится площадка.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="46" />
        <source>Kind of site</source>
        <translation>Вид площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="108" />
        <location filename="../../greendesk/importers/plant_structure.py" line="47" />
        <location filename="../../greendesk/importers/plant_structure.py" line="85" />
        <location filename="../../greendesk/importers/plant_structure.py" line="124" />
        <source>Choose from the list.</source>
        <translation>Выберите из списка.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="49" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="50" />
        <source>Where the site is, as its permits name it.</source>
        <translation>Где находится площадка, как указано в её разрешениях.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="52" />
        <source>Facility category</source>
        <translation>Категория объекта</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="53" />
        <source>I to IV under Article 12 of the Environmental Code; it decides which obligations apply.</source>
        <translation>I–IV по статье 12 Экологического кодекса; от неё зависит, какие обязательства применяются.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="75" />
        <source>Nodes</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="76" />
        <source>One row per node of a site: where material comes from or goes to. A loss node needs its reason.</source>
        <translation>По строке на каждый узел площадки: откуда материал поступает или куда уходит. Узлу потерь нужна причина.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="28" />
        <location filename="../../greendesk/importers/plant_structure.py" line="79" />
        <source>A site of sheet Sites (or of the plant).</source>
        <translation>Площадка с листа «Площадки» (или уже заведённая).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="30" />
        <location filename="../../greendesk/importers/plant_emissions.py" line="102" />
        <source>Source number</source>
        <translation>Номер источника</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="31" />
        <source>A source of sheet Emission sources at this site.</source>
        <translation>Источник с листа «Источники выбросов» на этом объекте.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="34" />
        <source>A number.</source>
        <translation>Число.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="97" />
        <source>Emission sources</source>
        <translation>Источники выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="98" />
        <source>One row per source of emissions to air (an organised stack or a fugitive source) or discharge point to water; its streams and abatement are on the next sheets.</source>
        <translation>Одна строка на источник выбросов в атмосферу (организованный — труба — или неорганизованный) или выпуск сточных вод; его потоки и очистка — на следующих листах.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="103" />
        <source>As on the inventory of sources (0001, 6001); unique at its site.</source>
        <translation>Как в инвентаризации источников (0001, 6001); уникален на своём объекте.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="105" />
        <source>Source</source>
        <translation>Источник выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="106" />
        <source>What it is.</source>
        <translation>Что это.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="107" />
        <source>Kind of source</source>
        <translation>Вид источника</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="110" />
        <location filename="../../greendesk/importers/plant_structure.py" line="81" />
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="111" />
        <source>The process node it belongs to.</source>
        <translation>Технологический узел, к которому он относится.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="113" />
        <source>Mobile</source>
        <translation>Передвижной</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="114" />
        <source>yes: a vehicle fleet, which pays no fee (empty: no).</source>
        <translation>да: парк техники, за который плата не взимается (пусто: нет).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="116" />
        <source>Height, m</source>
        <translation>Высота, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="118" />
        <source>Diameter, m</source>
        <translation>Диаметр, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="120" />
        <source>Gas flow, m³/s</source>
        <translation>Расход газа, м³/с</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="122" />
        <source>Gas temperature, °C</source>
        <translation>Температура газа, °C</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="124" />
        <source>Monitoring point</source>
        <translation>Точка мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="125" />
        <source>The point its instrumental measurements are taken at.</source>
        <translation>Точка, в которой проводятся его инструментальные замеры.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="128" />
        <source>Working hours a year</source>
        <translation>Часов работы в год</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="168" />
        <source>Source streams</source>
        <translation>Потоки источников</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="169" />
        <source>The ledger flows that drive a source (fuel burned, ore crushed): from node, to node and material, the factor library's name of the activity and the share of the flow attributed to the source.</source>
        <translation>Потоки журнала, от которых зависят выбросы источника (сожжённое топливо, дроблёная руда): из узла, в узел и материал, название деятельности в библиотеке коэффициентов и доля потока, относимая к источнику.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="174" />
        <source>From node</source>
        <translation>Из узла</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="175" />
        <location filename="../../greendesk/importers/plant_emissions.py" line="178" />
        <source>A node of the site.</source>
        <translation>Узел объекта.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="177" />
        <source>To node</source>
        <translation>В узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="181" />
        <source>A material of sheet Materials.</source>
        <translation>Материал с листа «Материалы».</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="183" />
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="184" />
        <source>As the factor library names it (diesel, coal, ore_crushing).</source>
        <translation>Как в библиотеке коэффициентов (diesel, coal, ore_crushing).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="187" />
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="188" />
        <source>Above 0, at most 1 (empty: 1).</source>
        <translation>Больше 0, не больше 1 (пусто: 1).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="221" />
        <source>Abatement</source>
        <translation>Очистка</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="222" />
        <source>A source's gas cleaning: its equipment and efficiency η for one substance.</source>
        <translation>Газоочистка источника: оборудование и его эффективность η по одному веществу.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="225" />
        <source>Substance</source>
        <translation>Вещество</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="226" />
        <source>DUST, SO2, NOX…</source>
        <translation>DUST, SO2, NOX…</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="228" />
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="229" />
        <source>What cleans the gas.</source>
        <translation>Чем очищается газ.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="230" />
        <source>Efficiency η</source>
        <translation>Эффективность η</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_emissions.py" line="231" />
        <source>At least 0 and below 1 (0.99 for 99 %).</source>
        <translation>Не меньше 0 и меньше 1 (0,99 — это 99 %).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="82" />
        <source>The node's name, unique at its site.</source>
        <translation>Название узла, уникальное на его площадке.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="84" />
        <source>Kind of node</source>
        <translation>Вид узла</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="87" />
        <source>Loss reason</source>
        <translation>Причина потерь</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="88" />
        <source>For an accounted-loss node only.</source>
        <translation>Только для узла учтённых потерь.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="116" />
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="117" />
        <source>One row per material that flows: what it is, whether it is measured by mass, volume or energy, and the factors its units need (a density for volumes, a calorific value for energy).</source>
        <translation>По строке на каждый материал потоков: что это, измеряется ли он массой, объёмом или энергией, и коэффициенты для его единиц (плотность для объёма, теплота сгорания для энергии).</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="126" />
        <source>Measured by</source>
        <translation>Измеряется по</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="127" />
        <source>mass, volume or energy.</source>
        <translation>масса, объём или энергия.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="129" />
        <source>Default unit</source>
        <translation>Единица по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="130" />
        <source>The unit it is usually entered in (empty: t, m³ or GJ).</source>
        <translation>Единица, в которой его обычно вводят (пусто: т, м³ или ГДж).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="132" />
        <source>Density, t/m³</source>
        <translation>Плотность, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="133" />
        <source>Needed to enter it in volume units.</source>
        <translation>Нужна для ввода в единицах объёма.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="135" />
        <source>Calorific value, GJ per t or m³</source>
        <translation>Теплота сгорания, ГДж на т или м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="136" />
        <source>Net calorific value; needed to enter it in energy units.</source>
        <translation>Низшая теплота сгорания; нужна для ввода в единицах энергии.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="139" />
        <source>tce factor</source>
        <translation>Коэффициент перевода в у.т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="140" />
        <source>Tonnes of coal equivalent per tce unit, as tabled.</source>
        <translation>Тонн условного топлива на единицу, по утверждённой таблице.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="142" />
        <source>tce unit</source>
        <translation>Единица для у.т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="143" />
        <source>The unit the tce factor is per (e.g. MWh).</source>
        <translation>Единица, к которой относится коэффициент у.т. (например, МВт·ч).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="145" />
        <source>List of Waste code</source>
        <translation>Код по классификатору отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_structure.py" line="146" />
        <source>A waste's six-digit code (optional).</source>
        <translation>Шестизначный код отхода (необязательно).</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="33" />
        <source>Instructions</source>
        <translation>Инструкция</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="37" />
        <source>How to fill in the plant set-up workbook</source>
        <translation>Как заполнить книгу настройки предприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="38" />
        <source>Each sheet holds one kind of record, one row each. Keep the headings in row 1; columns may be in any order and a sheet you do not need may be left empty or removed. GreenDesk checks every row of every sheet before it writes anything: if one row is wrong, nothing is imported and every problem is listed with its sheet, row, column and value.</source>
        <translation>Каждый лист содержит записи одного вида, по одной в строке. Оставьте заголовки в строке 1; столбцы могут идти в любом порядке, а ненужный лист можно оставить пустым или удалить. GreenDesk проверяет каждую строку каждого листа, прежде чем что-либо записать: если хотя бы одна строка ошибочна, ничего не импортируется, а каждая ошибка указывается с листом, строкой, столбцом и значением.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="44" />
        <source>Importing again updates the records by name and shows the differences before they are applied. A sheet left empty changes nothing; on a sheet with rows, a record missing from it is deleted only when nothing refers to it: flow records always keep what they refer to, and the import says what it kept and why.</source>
        <translation>Повторный импорт обновляет записи по названию и показывает различия до их применения. Пустой лист ничего не меняет; если на листе есть строки, отсутствующая на нём запись удаляется, только когда на неё ничто не ссылается: записи потоков всегда сохраняют то, на что ссылаются, а импорт сообщает, что сохранено и почему.</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="95" />
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../greendesk/importers/plant_workbook.py" line="105" />
        <source>example</source>
        <translation>пример</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="192" />
        <source>There is nothing to reconcile: no process or stock node has flows in this period.</source>
        <translation>Увязывать нечего: ни у одного процесса или склада нет потоков за этот период.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="195" />
        <source>No balance can be checked: every balance contains a flow or stock change that is not measured, so the measurements are kept as they are.</source>
        <translation>Ни один баланс нельзя проверить: в каждом есть неизмеренный поток или изменение запасов, поэтому измерения оставлены без изменений.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="198" />
        <source>{n} measured values are not redundant (no balance without an unknown checks them); they are kept as measured.</source>
        <translation>Измеренных значений без избыточности: {n} (их не проверяет ни один баланс без неизвестных); они оставлены как измерены.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="201" />
        <source>{labels}: cannot be determined from the balances, which leave these unknowns free together; measure one of them, or state a relation (a transfer coefficient or an equality) that ties one of them to a measured flow.</source>
        <translation>{labels}: невозможно определить из балансов — эти неизвестные в них свободны вместе; измерьте одно из них или задайте соотношение (коэффициент перехода или равенство), связывающее одно из них с измеряемым потоком.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="205" />
        <source>{labels}: cannot be determined from the balances, which leave these unknowns free together; measure {n} of them, or state {n} relations (transfer coefficients or equalities) that tie them to measured flows.</source>
        <translation>{labels}: невозможно определить из балансов — эти неизвестные в них свободны вместе; измерьте {n} из них или задайте {n} соотношений (коэффициентов перехода или равенств), связывающих их с измеряемыми потоками.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="209" />
        <source>{labels}: cannot be determined, since no balance holds it; measure it, or state a relation (a transfer coefficient or an equality) with a measured flow.</source>
        <translation>{labels}: невозможно определить — ни один баланс его не содержит; измерьте его или задайте соотношение (коэффициент перехода или равенство) с измеряемым потоком.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="212" />
        <source>{n} measured values are in no balance ({labels}); they are listed as measured and checked by nothing.</source>
        <translation>Измеренных значений вне всех балансов: {n} ({labels}); они приведены как измерены и ничем не проверяются.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="215" />
        <source>The balance of {label} cannot close: all its values are fixed (zero uncertainty) but they leave {residual:,.6g}; give one of them an uncertainty.</source>
        <translation>Баланс {label} не может сойтись: все его значения фиксированы (нулевая неопределённость), но дают невязку {residual:,.6g}; задайте одному из них неопределённость.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="218" />
        <source>The fixed values (zero uncertainty) contradict each other across the balances; give some of them an uncertainty.</source>
        <translation>Фиксированные значения (нулевая неопределённость) противоречат друг другу в балансах; задайте некоторым из них неопределённость.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="221" />
        <source>The measurements do not fit the balances (χ² = {chi2:,.4g} &gt; {critical:,.4g} at {level:g} %): a gross error is likely; check the flagged values first.</source>
        <translation>Измерения не согласуются с балансами (χ² = {chi2:,.4g} &gt; {critical:,.4g} при {level:g} %): вероятна грубая ошибка; сначала проверьте отмеченные значения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="224" />
        <source>The measurements fit the balances within their uncertainties (χ² = {chi2:,.4g} ≤ {critical:,.4g} at {level:g} %).</source>
        <translation>Измерения согласуются с балансами в пределах их неопределённости (χ² = {chi2:,.4g} ≤ {critical:,.4g} при {level:g} %).</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile_nl.py" line="31" />
        <source>The balances could not be reconciled: after {n} linearisations the values still moved by {step:.3g} of their size. Check the grades and tonnages for values far off (a grade in the wrong unit, a tonnage with a digit too many) and try again.</source>
        <translation>Увязать балансы не удалось: после {n} линеаризаций значения всё ещё сдвигались на {step:.3g} своей величины. Проверьте содержания и тоннажи на сильно отклоняющиеся значения (содержание не в тех единицах, тоннаж с лишней цифрой) и повторите.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile_nl.py" line="35" />
        <source>The relation {label} holds no variable and is not met; it is left out.</source>
        <translation>Соотношение {label} не содержит переменных и не выполняется; оно не учитывается.</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reconcile_site.py" line="50" />
        <source>{component}: no component balance for {nodes}, since not every flow of theirs that can carry it has an assay of it (or, for a stock, the stock's grade is not known).</source>
        <translation>{component}: нет баланса компонента для {nodes}, так как не у каждого их потока, который может его содержать, есть анализ на него (или для запаса неизвестно содержание в запасе).</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/reconcile_site.py" line="55" />
        <source>Relation {id} is left out: one of its streams has no flows in this period.</source>
        <translation>Соотношение {id} не учтено: у одного из его потоков нет записей в этом периоде.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="50" />
        <source>enterprise</source>
        <translation>предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="51" />
        <source>material</source>
        <translation>материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="52" />
        <source>site</source>
        <translation>площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="53" />
        <source>permit</source>
        <translation>разрешение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="54" />
        <source>obligations register version</source>
        <translation>версия реестра обязательств</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="55" />
        <source>obligation</source>
        <translation>обязательство</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="56" />
        <source>obligation status</source>
        <translation>статус обязательства</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="57" />
        <source>permit condition</source>
        <translation>условие разрешения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="58" />
        <source>permit waste limit</source>
        <translation>лимит отходов разрешения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="59" />
        <source>node</source>
        <translation>узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="60" />
        <source>import batch</source>
        <translation>пакет импорта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="61" />
        <source>flow</source>
        <translation>поток</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="62" />
        <source>flow relation</source>
        <translation>связь потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="63" />
        <source>database identity</source>
        <translation>идентификатор базы данных</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="64" />
        <source>handed-in package</source>
        <translation>переданный пакет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="65" />
        <source>handed-in record</source>
        <translation>переданная запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="66" />
        <source>month-close waiver</source>
        <translation>отказ от пункта закрытия месяца</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="67" />
        <source>fee rate version</source>
        <translation>версия ставок платы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="68" />
        <source>fee rate</source>
        <translation>ставка платы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="69" />
        <source>method uncertainty</source>
        <translation>неопределённость метода</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="70" />
        <source>period assay</source>
        <translation>анализ за период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="71" />
        <source>stock taking</source>
        <translation>инвентаризация запасов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="72" />
        <source>flow assay</source>
        <translation>анализ потока</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="73" />
        <source>classifier version</source>
        <translation>версия классификатора</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="74" />
        <source>classifier entry</source>
        <translation>позиция классификатора</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="75" />
        <source>classifier text</source>
        <translation>текст классификатора</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="76" />
        <source>waste contractor</source>
        <translation>подрядчик по отходам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="77" />
        <source>waste storage</source>
        <translation>накопление отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="78" />
        <source>waste basis</source>
        <translation>база удельных показателей отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="79" />
        <source>waste type</source>
        <translation>вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="80" />
        <source>waste transfer</source>
        <translation>передача отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="81" />
        <source>waste component</source>
        <translation>компонент состава отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="82" />
        <source>basis of a hazardous property</source>
        <translation>основание опасного свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="83" />
        <source>waste passport</source>
        <translation>паспорт отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="84" />
        <source>closed period</source>
        <translation>закрытый период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="85" />
        <source>grade component</source>
        <translation>полезный компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="86" />
        <source>monitoring parameter</source>
        <translation>параметр мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="87" />
        <source>formation</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="88" />
        <source>formation assumption</source>
        <translation>допущение по ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="89" />
        <source>formation block</source>
        <translation>блок ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="90" />
        <source>monitoring point</source>
        <translation>точка мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="91" />
        <source>formation sample</source>
        <translation>проба ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="92" />
        <source>monitoring limit</source>
        <translation>норматив мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="93" />
        <source>PEK programme item</source>
        <translation>строка программы ПЭК</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="94" />
        <source>monitoring reading</source>
        <translation>замер мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="95" />
        <source>formation assay</source>
        <translation>анализ ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="96" />
        <source>checklist measure</source>
        <translation>мера плана мероприятий</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="97" />
        <source>checklist template state</source>
        <translation>состояние шаблона плана</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="98" />
        <source>checklist item</source>
        <translation>пункт плана мероприятий</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="99" />
        <source>incident</source>
        <translation>инцидент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="100" />
        <source>site action</source>
        <translation>мероприятие площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="101" />
        <source>action change</source>
        <translation>изменение мероприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="102" />
        <source>drill</source>
        <translation>учения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="103" />
        <source>evidence</source>
        <translation>подтверждающий документ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="104" />
        <source>incident waste</source>
        <translation>отходы инцидента</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="105" />
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="106" />
        <source>report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="107" />
        <source>emission source</source>
        <translation>источник выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="108" />
        <source>emission source's stream</source>
        <translation>поток источника выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="109" />
        <source>emission source's abatement</source>
        <translation>очистка источника выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="110" />
        <source>emission factor library version</source>
        <translation>версия библиотеки коэффициентов выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="111" />
        <source>emission factor</source>
        <translation>коэффициент выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="112" />
        <source>emission norm</source>
        <translation>норматив выбросов</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <location filename="../../greendesk/services/structure.py" line="30" />
        <source>Abai</source>
        <translation>область Абай</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="31" />
        <source>Akmola</source>
        <translation>Акмолинская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="32" />
        <source>Aktobe</source>
        <translation>Актюбинская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="33" />
        <source>Almaty</source>
        <translation>Алматинская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="34" />
        <source>Atyrau</source>
        <translation>Атырауская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="35" />
        <source>East Kazakhstan</source>
        <translation>Восточно-Казахстанская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="36" />
        <source>Jambyl</source>
        <translation>Жамбылская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="37" />
        <source>Jetisu</source>
        <translation>область Жетісу</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="38" />
        <location filename="../../greendesk/ui/structure_dialogs.py" line="37" />
        <source>Karaganda</source>
        <translation>Карагандинская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="39" />
        <source>Kostanay</source>
        <translation>Костанайская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="40" />
        <source>Kyzylorda</source>
        <translation>Кызылординская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="41" />
        <source>Mangystau</source>
        <translation>Мангистауская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="42" />
        <source>North Kazakhstan</source>
        <translation>Северо-Казахстанская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="43" />
        <source>Pavlodar</source>
        <translation>Павлодарская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="44" />
        <source>Turkistan</source>
        <translation>Туркестанская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="45" />
        <source>Ulytau</source>
        <translation>область Ұлытау</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="46" />
        <source>West Kazakhstan</source>
        <translation>Западно-Казахстанская область</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="47" />
        <source>Astana (city)</source>
        <translation>г. Астана</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="48" />
        <source>Almaty (city)</source>
        <translation>г. Алматы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/structure.py" line="49" />
        <source>Shymkent (city)</source>
        <translation>г. Шымкент</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="18" />
        <source>Material and energy balance</source>
        <translation>Материальный и энергетический баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="21" />
        <source>Storage losses</source>
        <translation>Потери при хранении</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="22" />
        <source>Transport losses</source>
        <translation>Потери при транспортировке</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="23" />
        <source>Handling losses</source>
        <translation>Потери при перегрузке</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="24" />
        <source>Process losses</source>
        <translation>Технологические</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="25" />
        <source>Measurement losses</source>
        <translation>Погрешность измерений</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="42" />
        <source>whole site</source>
        <translation>вся площадка</translation>
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
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="43" />
        <location filename="../../greendesk/reports/balance_report.py" line="54" />
        <location filename="../../greendesk/reports/receipts_sheet.py" line="26" />
        <location filename="../../greendesk/reports/waste_report.py" line="184" />
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="44" />
        <location filename="../../greendesk/reports/balance_report.py" line="55" />
        <location filename="../../greendesk/reports/receipts_sheet.py" line="27" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="45" />
        <source>Inputs</source>
        <translation>Приход</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="46" />
        <source>Outputs</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="47" />
        <location filename="../../greendesk/reports/balance_report.py" line="60" />
        <source>Stock change</source>
        <translation>Изменение запасов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="49" />
        <location filename="../../greendesk/reports/balance_report.py" line="61" />
        <source>Accounted losses</source>
        <translation>Учтённые потери</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="50" />
        <location filename="../../greendesk/reports/balance_report.py" line="62" />
        <source>Unaccounted loss</source>
        <translation>Неучтённые потери</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="51" />
        <source>Unaccounted share of inputs</source>
        <translation>Доля неучтённых потерь в приходе</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="56" />
        <source>Purchased</source>
        <translation>Куплено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="57" />
        <source>Produced</source>
        <translation>Произведено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="58" />
        <location filename="../../greendesk/reports/balance_report.py" line="65" />
        <source>Use</source>
        <translation>Потребление</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="59" />
        <source>Exported</source>
        <translation>Передано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="63" />
        <source>Unaccounted share of supply</source>
        <translation>Доля неучтённых потерь в поступлении</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="64" />
        <source>Supplied</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="68" />
        <source>There are no sites to balance.</source>
        <translation>Нет площадок для составления баланса.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="70" />
        <source>There are no flows in the period to balance.</source>
        <translation>За период нет потоков для составления баланса.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="71" />
        <source>Material balance</source>
        <translation>Материальный баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="72" />
        <source>Total mass per month; energy carriers are in the energy sheet. %s</source>
        <translation>Общая масса по месяцам; энергоносители — на листе энергетического баланса. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="74" />
        <location filename="../../greendesk/reports/balance_report.py" line="75" />
        <source>Energy balance</source>
        <translation>Энергетический баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="76" />
        <source>GJ, and tonnes of coal equivalent by each carrier's factor. %s</source>
        <translation>ГДж и тонны условного топлива по коэффициенту каждого энергоносителя. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="41" />
        <source>{period} ({kind}, {start} – {end})</source>
        <translation>{period} ({kind}, {start} – {end})</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="49" />
        <source>Cover</source>
        <translation>Титульный лист</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="127" />
        <source>Environmental compliance report</source>
        <translation>Отчёт о соблюдении экологических требований</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="132" />
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="133" />
        <location filename="../../greendesk/reports/waste_report.py" line="126" />
        <location filename="../../greendesk/reports/waste_report.py" line="229" />
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="102" />
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="103" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="135" />
        <location filename="../../greendesk/reports/rational_use.py" line="35" />
        <location filename="../../greendesk/reports/rational_use.py" line="76" />
        <location filename="../../greendesk/reports/waste_report.py" line="185" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="112" />
        <location filename="../../greendesk/reports/passport_report.py" line="54" />
        <location filename="../../greendesk/reports/passport_report.py" line="148" />
        <location filename="../../greendesk/reports/passport_report.py" line="149" />
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="139" />
        <source>Generated at</source>
        <translation>Сформировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="140" />
        <source>GreenDesk version</source>
        <translation>Версия GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="136" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="63" />
        <source>no permit in force</source>
        <translation>действующего разрешения нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="64" />
        <location filename="../../greendesk/reports/cover.py" line="91" />
        <location filename="../../greendesk/reports/passport_report.py" line="20" />
        <source>not entered</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="65" />
        <source>No. {number} of {issued}, issued by {authority}, valid {start} – {end}</source>
        <translation>№ {number} от {issued}, выдано: {authority}, действует {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="70" />
        <source>No. {number} of {issued}, issued by {authority}, valid from {start} with no end date</source>
        <translation>№ {number} от {issued}, выдано: {authority}, действует с {start} бессрочно</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="77" />
        <source> (valid on {days} of the period's {total} days)</source>
        <translation> (действует {days} из {total} дней периода)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="96" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="97" />
        <source>Facility category</source>
        <translation>Категория объекта</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="99" />
        <source>Environmental permit</source>
        <translation>Экологическое разрешение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="113" />
        <location filename="../../greendesk/reports/cover.py" line="117" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="115" />
        <location filename="../../greendesk/reports/cover.py" line="119" />
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="116" />
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="141" />
        <source>Records used</source>
        <translation>Использовано записей</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="142" />
        <source>Data fingerprint (SHA-256)</source>
        <translation>Отпечаток данных (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="146" />
        <source>Audit trail head (entry:SHA-256)</source>
        <translation>Вершина журнала изменений (запись:SHA-256)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="151" />
        <source>Totals and derived columns are Excel formulas over the rows above them. `greendesk verify FILE --db DATABASE` tells whether the figures still match the database they came from.</source>
        <translation>Итоги и расчётные столбцы — формулы Excel по строкам над ними. Команда `greendesk verify ФАЙЛ --db БАЗА` показывает, совпадают ли цифры с базой данных, из которой они получены.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="156" />
        <source>The audit trail head is the database's change log as it stood at export. `greendesk audit verify --db DATABASE --anchor THIS.xlsx` tells whether the log still holds it: a copy kept out of the database owner's reach shows whether history was rewritten since.</source>
        <translation>Вершина журнала изменений — состояние журнала базы данных на момент выгрузки. Команда `greendesk audit verify --db БАЗА --anchor ЭТА_КНИГА.xlsx` показывает, содержит ли журнал её до сих пор: копия, недоступная владельцу базы данных, показывает, переписывалась ли история с тех пор.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="14" />
        <source>Technogenic formations</source>
        <translation>Техногенные минеральные образования</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="16" />
        <source>tonnage</source>
        <translation>тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="17" />
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="18" />
        <source>recovery</source>
        <translation>извлечение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="19" />
        <source>processing cost</source>
        <translation>затраты на переработку</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="24" />
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="25" />
        <source>no %s</source>
        <translation>нет данных: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="34" />
        <source>No technogenic formations are registered.</source>
        <translation>Техногенные минеральные образования не зарегистрированы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="36" />
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="37" />
        <source>Formation</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="38" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="39" />
        <location filename="../../greendesk/reports/greening_plan.py" line="35" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="40" />
        <location filename="../../greendesk/reports/passport_report.py" line="70" />
        <location filename="../../greendesk/reports/passport_report.py" line="117" />
        <location filename="../../greendesk/reports/pek_report.py" line="243" />
        <location filename="../../greendesk/reports/waste_report.py" line="92" />
        <location filename="../../greendesk/reports/waste_report.py" line="131" />
        <source>List of Waste code</source>
        <translation>Код по классификатору отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="41" />
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="42" />
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="43" />
        <source>Bulk density</source>
        <translation>Насыпная плотность</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="45" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="46" />
        <source>Placed in the period</source>
        <translation>Размещено за период</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="48" />
        <source>contained</source>
        <translation>в составе</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="51" />
        <source>Recoverable value</source>
        <translation>Извлекаемая стоимость</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="53" />
        <source>Processing cost</source>
        <translation>Затраты на переработку</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="55" />
        <source>Net value</source>
        <translation>Чистая стоимость</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="57" />
        <source>Screening note</source>
        <translation>Примечание к оценке</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="58" />
        <source>Formations</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="59" />
        <source>Net value = recoverable value − processing cost, for the components that pay. Placed in the period: waste and other material put into the formation's node in %s, net of what was taken out; the tonnage includes it.</source>
        <translation>Чистая стоимость = извлекаемая стоимость − затраты на переработку, по окупаемым компонентам. Размещено за период: отходы и иной материал, помещённые в узел ТМО за %s, за вычетом изъятого; тоннаж это включает.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="90" />
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="91" />
        <source>Attached to</source>
        <translation>Объект наблюдения</translation>
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
        <translation>Ед. изм.</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="95" />
        <source>Reading</source>
        <translation>Замер</translation>
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
        <translation>Запас до норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="98" />
        <source>Exceedances</source>
        <translation>Превышения</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="99" />
        <source>Monitoring readings beyond their permitted limits</source>
        <translation>Результаты мониторинга сверх нормативов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="12" />
        <location filename="../../greendesk/reports/greening_plan.py" line="50" />
        <location filename="../../greendesk/reports/pek_report.py" line="227" />
        <source>Greening plan</source>
        <translation>План экологизации</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="14" />
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="14" />
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="15" />
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="15" />
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="16" />
        <source>not applicable</source>
        <translation>неприменимо</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="18" />
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="18" />
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="18" />
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="29" />
        <source>There is no greening plan for the chosen sites.</source>
        <translation>Для выбранных площадок нет плана экологизации.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="31" />
        <location filename="../../greendesk/reports/greening_plan.py" line="78" />
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="32" />
        <source>Action id</source>
        <translation>Код мероприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="33" />
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="34" />
        <source>Cost class</source>
        <translation>Класс затрат</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="35" />
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="36" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="37" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="38" />
        <source>Estimated cost</source>
        <translation>Оценка затрат</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="39" />
        <source>Expected effect</source>
        <translation>Ожидаемый эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="40" />
        <source>Effect unit</source>
        <translation>Единица эффекта</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="41" />
        <source>Actual effect</source>
        <translation>Фактический эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="42" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="43" />
        <source>Evidence files</source>
        <translation>Файлы подтверждений</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="44" />
        <source>Not applicable because</source>
        <translation>Неприменимо, потому что</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="46" />
        <source>status on</source>
        <translation>состояние на</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="22" />
        <source>Fee for negative impact on the environment</source>
        <translation>Плата за негативное воздействие на окружающую среду</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="36" />
        <source>No fee rates are loaded: load them with greendesk rates import.</source>
        <translation>Ставки платы не загружены: загрузите их командой greendesk rates import.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="47" />
        <location filename="../../greendesk/reports/greening_plan.py" line="69" />
        <location filename="../../greendesk/reports/waste_report.py" line="73" />
        <location filename="../../greendesk/reports/waste_report.py" line="241" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="53" />
        <location filename="../../greendesk/reports/fees_report.py" line="100" />
        <location filename="../../greendesk/reports/fees_report.py" line="147" />
        <location filename="../../greendesk/reports/fees_report.py" line="169" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="23" />
        <source>Emissions to air and discharges to water</source>
        <translation>Выбросы в атмосферу и сбросы в водные объекты</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="25" />
        <location filename="../../greendesk/reports/pek_report.py" line="27" />
        <source>measured</source>
        <translation>измерено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="26" />
        <location filename="../../greendesk/reports/pek_report.py" line="28" />
        <source>calculated</source>
        <translation>расчёт</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="40" />
        <source>No emission source or discharge point is recorded at the chosen sites.</source>
        <translation>На выбранных объектах не внесено ни одного источника выбросов или выпуска сточных вод.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="70" />
        <location filename="../../greendesk/reports/ghg_report.py" line="171" />
        <source>Not counted, and not counted as zero:</source>
        <translation>Не учтено (и не принято равным нулю):</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="77" />
        <location filename="../../greendesk/reports/pek_report.py" line="103" />
        <source>Source</source>
        <translation>Источник выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="78" />
        <location filename="../../greendesk/reports/emissions_report.py" line="136" />
        <location filename="../../greendesk/reports/fees_report.py" line="55" />
        <location filename="../../greendesk/reports/pek_report.py" line="104" />
        <source>Substance</source>
        <translation>Вещество</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="81" />
        <location filename="../../greendesk/reports/ghg_report.py" line="66" />
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="82" />
        <source>Activity quantity</source>
        <translation>Объём деятельности</translation>
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
        <translation>Единица коэффициента</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="88" />
        <source>Abatement η</source>
        <translation>Очистка η</translation>
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
        <translation>Сверх норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="93" />
        <location filename="../../greendesk/reports/pek_report.py" line="115" />
        <source>Emissions to air</source>
        <translation>Выбросы в атмосферу</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="94" />
        <source>Mass = activity × factor × (1 − η); SO₂ from a fuel's sulphur = 0.02 × B × S × (1 − η′) × (1 − η), S in per cent; measured: mean g/s × hours × 3600 / 10⁶. The norm (t/year, counted by days) and the excess are on a substance's last row; a mass left blank is named below the table. %s</source>
        <translation>Масса = деятельность × коэффициент × (1 − η); SO₂ по сере топлива = 0,02 × B × S × (1 − η′) × (1 − η), S в процентах; измерено: средние г/с × часы × 3600 / 10⁶. Норматив (т/год, пропорционально дням) и превышение — в последней строке вещества; пустая масса названа под таблицей. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="140" />
        <source>Emission totals</source>
        <translation>Итоги выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="141" />
        <source>Emissions to air: totals per site and for the enterprise</source>
        <translation>Выбросы в атмосферу: итоги по объектам и по предприятию</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="143" />
        <source>Sums of the emissions sheet; a substance without a mass adds nothing and is named there. %s</source>
        <translation>Суммы листа выбросов; вещество без массы ничего не добавляет и названо там. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="164" />
        <source>Enterprise, all sites</source>
        <translation>Предприятие, все объекты</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="174" />
        <source>Discharge point</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="175" />
        <source>Pollutant</source>
        <translation>Загрязняющее вещество</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="177" />
        <source>Water discharged</source>
        <translation>Объём сброса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="179" />
        <source>Mean concentration</source>
        <translation>Средняя концентрация</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="186" />
        <source>Discharges to water</source>
        <translation>Сбросы в водные объекты</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="187" />
        <source>Discharges of pollutants to water</source>
        <translation>Сбросы загрязняющих веществ в водные объекты</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="188" />
        <source>Mass = water discharged × mean concentration measured at the point in the period (mg/L = g/m³) / 10⁶. %s</source>
        <translation>Масса = объём сброса × средняя концентрация, измеренная в точке за период (мг/л = г/м³) / 10⁶. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="205" />
        <source>No discharge point is recorded at the chosen sites.</source>
        <translation>На выбранных объектах не внесено ни одного выпуска сточных вод.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="56" />
        <location filename="../../greendesk/reports/fees_report.py" line="103" />
        <source>Rate item</source>
        <translation>Позиция ставки</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="57" />
        <source>Mass within the norm</source>
        <translation>Масса в пределах норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="59" />
        <source>Mass above the norm</source>
        <translation>Масса сверх норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="61" />
        <location filename="../../greendesk/reports/fees_report.py" line="108" />
        <source>Rate, MCI per t</source>
        <translation>Ставка, МРП за т</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="63" />
        <location filename="../../greendesk/reports/fees_report.py" line="110" />
        <location filename="../../greendesk/reports/fees_report.py" line="148" />
        <source>MCI</source>
        <translation>МРП</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="64" />
        <source>Coefficient within the norm</source>
        <translation>Коэффициент в пределах норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="66" />
        <location filename="../../greendesk/reports/fees_report.py" line="111" />
        <source>Coefficient above the norm</source>
        <translation>Коэффициент сверх норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="68" />
        <source>Fee within the norm</source>
        <translation>Плата в пределах норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="70" />
        <source>Fee above the norm</source>
        <translation>Плата сверх норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="72" />
        <location filename="../../greendesk/reports/fees_report.py" line="113" />
        <location filename="../../greendesk/reports/fees_report.py" line="153" />
        <location filename="../../greendesk/reports/fees_report.py" line="177" />
        <source>Fee</source>
        <translation>Плата</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="73" />
        <location filename="../../greendesk/reports/fees_report.py" line="114" />
        <source>Legal basis of the rate</source>
        <translation>Правовое основание ставки</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="74" />
        <location filename="../../greendesk/reports/fees_report.py" line="115" />
        <source>Rate confirmed</source>
        <translation>Ставка подтверждена</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="75" />
        <location filename="../../greendesk/reports/fees_report.py" line="149" />
        <source>Fee for emissions</source>
        <translation>Плата за выбросы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="76" />
        <source>Emissions of pollutants from stationary sources</source>
        <translation>Выбросы загрязняющих веществ от стационарных источников</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="78" />
        <source>Fee = mass × rate (MCI per t) × MCI × coefficient; the rates and the MCI in force on the quarter's first day (Tax Code, Art. 576 p. 1). Mobile sources and sites of category IV pay none. %s</source>
        <translation>Плата = масса × ставка (МРП за т) × МРП × коэффициент; ставки и МРП, действующие на первый день квартала (Налоговый кодекс, ст. 576 п. 1). Передвижные источники и объекты IV категории плату не вносят. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="104" />
        <source>Placed within the burial limit, net</source>
        <translation>Размещено в пределах норматива захоронения, нетто</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="106" />
        <source>Placed above the burial limit</source>
        <translation>Размещено сверх норматива захоронения</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="118" />
        <source>Fee = quantity placed (net of what was taken out) × rate (MCI per t) × MCI, the part above the permit's burial limit × the above-norm coefficient. The yearly limit is counted from 1 January: once the year's running total passes it, what a quarter places beyond it is above the norm (check against current law). %s</source>
        <translation>Плата = размещённое количество (за вычетом изъятого) × ставка (МРП за т) × МРП, часть сверх норматива захоронения по разрешению × коэффициент за сверхнормативную массу. Годовой норматив считается нарастающим итогом с 1 января: когда итог года превышает его, размещённое сверх него в квартале — сверх норматива (сверить с действующим законодательством). %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="116" />
        <location filename="../../greendesk/reports/fees_report.py" line="151" />
        <source>Fee for waste</source>
        <translation>Плата за отходы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="117" />
        <source>Placement of waste in own formations</source>
        <translation>Размещение отходов в собственных накопителях</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="141" />
        <source>Total fee</source>
        <translation>Итого плата</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="156" />
        <source>Lines whose rate is not confirmed were priced with values the loaded rates mark as illustrative: check them against the law in force.</source>
        <translation>Строки с неподтверждённой ставкой рассчитаны по значениям, которые загруженные ставки отмечают как условные: сверьте их с действующим законом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="159" />
        <source>Fee summary</source>
        <translation>Сводка по плате</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="79" />
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="80" />
        <source>Applicable actions</source>
        <translation>Применимые мероприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="82" />
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="83" />
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="86" />
        <source>Plan progress</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="87" />
        <source>Progress of each greening measure</source>
        <translation>Выполнение каждой меры экологизации</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="88" />
        <source>Formulas count the actions on sheet '%s'.</source>
        <translation>Формулы подсчитывают мероприятия на листе «%s».</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="22" />
        <source>Flow ledger extract</source>
        <translation>Выписка из журнала потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="23" />
        <location filename="../../greendesk/reports/receipts_sheet.py" line="110" />
        <source>Total mass</source>
        <translation>Общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="24" />
        <source>Total volume</source>
        <translation>Общий объём</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="25" />
        <source>Total energy</source>
        <translation>Общая энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="33" />
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="34" />
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="35" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="36" />
        <source>Quantity as entered</source>
        <translation>Количество как введено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="37" />
        <source>Unit entered</source>
        <translation>Введённая единица</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="38" />
        <source>Canonical quantity</source>
        <translation>Количество в базовых единицах</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="39" />
        <source>Canonical unit</source>
        <translation>Базовая единица</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="40" />
        <source>Quantity kind</source>
        <translation>Вид величины</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="41" />
        <location filename="../../greendesk/reports/pek_report.py" line="61" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="42" />
        <source>Reconciliation</source>
        <translation>Увязка баланса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="43" />
        <source>Uncertainty</source>
        <translation>Неопределённость</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="185" />
        <location filename="../../greendesk/reports/ledger_extract.py" line="44" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="64" />
        <source>There are no flow records in the period for the chosen sites.</source>
        <translation>Для выбранных площадок за период нет записей потоков.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="67" />
        <source>Ledger</source>
        <translation>Журнал потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="98" />
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="20" />
        <source>Rational use of mineral resources</source>
        <translation>Рациональное использование минеральных ресурсов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="28" />
        <source>There are no flows to compute the indicators from.</source>
        <translation>Нет потоков для расчёта показателей.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="34" />
        <location filename="../../greendesk/reports/rational_use.py" line="75" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="36" />
        <location filename="../../greendesk/reports/rational_use.py" line="78" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="79" />
        <source>Emitted</source>
        <translation>Выброшено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="80" />
        <source>Shipped to customers</source>
        <translation>Отгружено потребителям</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="85" />
        <source>Air indicators</source>
        <translation>Показатели по атмосфере</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="86" />
        <source>Emissions and greenhouse gases per tonne shipped</source>
        <translation>Выбросы и парниковые газы на тонну отгруженной продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="88" />
        <source>Pollutants emitted to air (greenhouse gases aside) and the CO₂-equivalent of the fuels burned (GWP AR5), from the emission sources, ÷ mass shipped to customers; blank where no emission has a mass. %s</source>
        <translation>Загрязняющие вещества, выброшенные в атмосферу (без парниковых газов), и CO₂-эквивалент сожжённого топлива (ПГП AR5) по источникам выбросов ÷ масса, отгруженная потребителям; пусто, где ни у одного выброса нет массы. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="114" />
        <source>No emission source with a mass at the chosen sites.</source>
        <translation>На выбранных объектах нет источника выбросов с рассчитанной массой.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="26" />
        <source>Node</source>
        <translation>Узел</translation>
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
        <translation>Металл в питании</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="29" />
        <source>Metal in products</source>
        <translation>Металл в продуктах</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="31" />
        <source>Commercial recovery</source>
        <translation>Товарное извлечение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="33" />
        <source>Technological recovery</source>
        <translation>Технологическое извлечение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="35" />
        <source>Metal unaccounted</source>
        <translation>Неучтённые потери металла</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="37" />
        <source>Yield</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="39" />
        <source>Ratio of concentration</source>
        <translation>Степень сокращения</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="41" />
        <source>Enrichment ratio</source>
        <translation>Степень обогащения</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="43" />
        <source>Where to look</source>
        <translation>Где искать причину</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="52" />
        <source>Metal balance</source>
        <translation>Баланс металла</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="53" />
        <source>Technological and commercial metal balance</source>
        <translation>Технологический и товарный баланс металла</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/metal_sheet.py" line="54" />
        <source>Per process node: recovery from weighed tonnages × assays (commercial) and from assays alone (technological). %s</source>
        <translation>По технологическим узлам: извлечение по взвешенным количествам × анализам (товарное) и только по анализам (технологическое). %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="38" />
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="39" />
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="19" />
        <source>Hazardous waste passports</source>
        <translation>Паспорта опасных отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="23" />
        <source>Waste</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="24" />
        <source>Composition</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="25" />
        <source>Hazardous properties</source>
        <translation>Опасные свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="26" />
        <source>Precautions</source>
        <translation>Меры предосторожности</translation>
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
        <translation>Процесс образования</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="29" />
        <source>Choose the process that generates the waste (Waste register ▸ Edit).</source>
        <translation>Выберите процесс, в котором образуются отходы (Реестр отходов ▸ Изменить).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="31" />
        <source>Choose the green, amber or red level (Waste register ▸ Edit).</source>
        <translation>Выберите зелёный, янтарный или красный уровень (Реестр отходов ▸ Изменить).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="33" />
        <source>Enter the components and their shares with the laboratory protocol or calculation they come from (Waste register ▸ Passport data…).</source>
        <translation>Укажите компоненты и их доли с протоколом лабораторных испытаний или расчётом, на которых они основаны (Реестр отходов ▸ Данные паспорта…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="36" />
        <location filename="../../greendesk/reports/passport_report.py" line="136" />
        <source>Basis of the share</source>
        <translation>Основание доли</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="36" />
        <source>Enter the laboratory protocol (number and date) or calculation the share comes from (Waste register ▸ Passport data…).</source>
        <translation>Укажите протокол лабораторных испытаний (номер и дату) или расчёт, на котором основана доля (Реестр отходов ▸ Данные паспорта…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="39" />
        <source>Record the hazardous properties HP1–HP15 or C16 of the waste (Waste register ▸ Edit).</source>
        <translation>Укажите опасные свойства отходов HP1–HP15 или C16 (Реестр отходов ▸ Изменить).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="42" />
        <location filename="../../greendesk/reports/passport_report.py" line="142" />
        <source>Basis of the property</source>
        <translation>Основание свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="42" />
        <source>Enter the test, protocol or calculation that shows the property (Waste register ▸ Passport data…).</source>
        <translation>Укажите испытание, протокол или расчёт, подтверждающие свойство (Реестр отходов ▸ Данные паспорта…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="45" />
        <location filename="../../greendesk/reports/passport_report.py" line="144" />
        <source>Handling</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="45" />
        <source>Enter the precautions for handling the waste (Waste register ▸ Passport data…).</source>
        <translation>Укажите меры предосторожности при обращении с отходами (Реестр отходов ▸ Данные паспорта…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="48" />
        <location filename="../../greendesk/reports/passport_report.py" line="145" />
        <source>Transport</source>
        <translation>Транспортировка</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="48" />
        <source>Enter the precautions for transporting the waste (Waste register ▸ Passport data…).</source>
        <translation>Укажите меры предосторожности при транспортировке отходов (Реестр отходов ▸ Данные паспорта…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="51" />
        <location filename="../../greendesk/reports/passport_report.py" line="146" />
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="51" />
        <source>Enter the precautions for storing the waste (Waste register ▸ Passport data…).</source>
        <translation>Укажите меры предосторожности при хранении отходов (Реестр отходов ▸ Данные паспорта…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="54" />
        <source>Enter who prepared the passport (Waste register ▸ Passport data…).</source>
        <translation>Укажите, кто составил паспорт (Реестр отходов ▸ Данные паспорта…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="56" />
        <source>Enter the date the passport was prepared (Waste register ▸ Passport data…).</source>
        <translation>Укажите дату составления паспорта (Реестр отходов ▸ Данные паспорта…).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="62" />
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="63" />
        <source>Item</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="64" />
        <location filename="../../greendesk/reports/pek_report.py" line="178" />
        <location filename="../../greendesk/reports/rational_use.py" line="41" />
        <location filename="../../greendesk/reports/rational_use.py" line="83" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="65" />
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/emissions_report.py" line="80" />
        <location filename="../../greendesk/reports/passport_report.py" line="68" />
        <location filename="../../greendesk/reports/pek_report.py" line="106" />
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="71" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="72" />
        <source>What to enter</source>
        <translation>Что указать</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="83" />
        <source>No hazardous waste types are registered for the chosen sites.</source>
        <translation>Для выбранных площадок не зарегистрированы виды опасных отходов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="88" />
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="89" />
        <source>Passport fields not entered</source>
        <translation>Не заполненные поля паспортов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="90" />
        <source>Each field below prints as “not entered” on its passport until it is entered in the waste register.</source>
        <translation>Каждое поле ниже печатается в паспорте как «не указано», пока оно не заполнено в реестре отходов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="113" />
        <source>Hazardous waste passport</source>
        <translation>Паспорт опасных отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="118" />
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="119" />
        <source>Classifier description</source>
        <translation>Описание по классификатору</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="124" />
        <source>Physical state</source>
        <translation>Агрегатное состояние</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="130" />
        <source>Mirror entry assessment</source>
        <translation>Оценка зеркального кода</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="42" />
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="45" />
        <source>Indicators of the whole site chain for the same period of each of the last five years; the latest: %s.</source>
        <translation>Показатели всей цепочки площадок за тот же период каждого из последних пяти лет; последний: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="48" />
        <source>Rational use</source>
        <translation>Рациональное использование</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="43" />
        <source>Indicators of the whole site chain, the last five years to %s.</source>
        <translation>Показатели всей цепочки площадок за последние пять лет по %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="46" />
        <source>No waste types are registered for the chosen sites.</source>
        <translation>Для выбранных площадок не зарегистрировано видов отходов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="102" />
        <location filename="../../greendesk/reports/passport_report.py" line="69" />
        <location filename="../../greendesk/reports/pek_report.py" line="242" />
        <location filename="../../greendesk/reports/waste_limits.py" line="26" />
        <location filename="../../greendesk/reports/waste_report.py" line="91" />
        <location filename="../../greendesk/reports/waste_report.py" line="130" />
        <source>Waste type</source>
        <translation>Вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="61" />
        <location filename="../../greendesk/reports/waste_report.py" line="187" />
        <source>Hazardous</source>
        <translation>Опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/passport_report.py" line="31" />
        <location filename="../../greendesk/reports/passport_report.py" line="126" />
        <location filename="../../greendesk/reports/passport_report.py" line="127" />
        <location filename="../../greendesk/reports/waste_report.py" line="63" />
        <source>Legacy level</source>
        <translation>Прежний уровень</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="31" />
        <source>Stock at start</source>
        <translation>Накоплено на начало</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="27" />
        <source>Waste report</source>
        <translation>Отчёт по отходам</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="32" />
        <location filename="../../greendesk/reports/waste_report.py" line="186" />
        <source>Generated</source>
        <translation>Образовано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="36" />
        <location filename="../../greendesk/reports/waste_report.py" line="160" />
        <source>Transferred</source>
        <translation>Передано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="26" />
        <source>Production environmental control report</source>
        <translation>Отчёт по производственному экологическому контролю</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="36" />
        <source>No production environmental control programme is recorded for the chosen sites' monitoring points.</source>
        <translation>Для точек наблюдения выбранных площадок не внесена программа производственного экологического контроля.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="50" />
        <location filename="../../greendesk/reports/pek_report.py" line="58" />
        <source>Monitoring point</source>
        <translation>Точка наблюдения</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="60" />
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="62" />
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="63" />
        <source>Measurements planned</source>
        <translation>Запланировано измерений</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="64" />
        <source>Measurements made</source>
        <translation>Выполнено измерений</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="65" />
        <location filename="../../greendesk/reports/pek_report.py" line="94" />
        <source>Fulfilment</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="66" />
        <source>Missing</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="67" />
        <source>Programme fulfilment</source>
        <translation>Выполнение программы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="69" />
        <source>Each line plans one measurement per month, quarter, half-year or year of its frequency ending in the period; made: those with a reading; missing: those without one, named. %s</source>
        <translation>По каждой строке планируется одно измерение за каждый месяц, квартал, полугодие или год её периодичности, заканчивающийся в периоде; выполнено — те, по которым есть замер; пропущено — те, по которым замера нет, с указанием срока. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="88" />
        <source>Total planned</source>
        <translation>Всего запланировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="91" />
        <source>Total made</source>
        <translation>Всего выполнено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="111" />
        <source>Highest reading, g/s</source>
        <translation>Наибольший замер, г/с</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="113" />
        <source>Norm, g/s</source>
        <translation>Норматив, г/с</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="116" />
        <source>Emissions to air against the permit's norms</source>
        <translation>Выбросы в атмосферу в сравнении с нормативами разрешения</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="118" />
        <source>Measured: from the instrumental g/s readings at the source; calculated: activity from the ledger × factor × (1 − η). The norm in t/year counted by the period's days; a mass left blank is named below the table. %s</source>
        <translation>Измерено: по инструментальным замерам в г/с на источнике; расчёт: деятельность из журнала × коэффициент × (1 − η). Норматив в т/год — пропорционально дням периода; пустая масса названа под таблицей. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="135" />
        <source>No emission source is recorded at the chosen sites.</source>
        <translation>На выбранных объектах не внесено ни одного источника выбросов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="145" />
        <source>Norm, lower</source>
        <translation>Норматив, нижний</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="147" />
        <source>Norm, upper</source>
        <translation>Норматив, верхний</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="149" />
        <source>Basis of the norm</source>
        <translation>Основание норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="150" />
        <source>Readings</source>
        <translation>Замеры</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="151" />
        <source>Lowest</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="153" />
        <source>Highest</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="155" />
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="157" />
        <source>Beyond the norm</source>
        <translation>Сверх норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="158" />
        <location filename="../../greendesk/reports/pek_report.py" line="159" />
        <source>Results against norms</source>
        <translation>Результаты и нормативы</translation>
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
        <translation>Превышение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="185" />
        <location filename="../../greendesk/reports/pek_report.py" line="216" />
        <source>Actions taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="186" />
        <source>Norm exceedances</source>
        <translation>Превышения нормативов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="187" />
        <source>Exceedances of the norms</source>
        <translation>Превышения нормативов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="188" />
        <source>Excess: how far the value is beyond the norm (above an upper norm, below a lower one). %s</source>
        <translation>Превышение — насколько значение выходит за норматив (выше верхнего, ниже нижнего). %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="192" />
        <source>greening plan actions at the site: %d (see Actions taken)</source>
        <translation>мероприятий плана экологизации на площадке: %d (см. лист «Принятые меры»)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="194" />
        <source>none recorded</source>
        <translation>не зарегистрированы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="212" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="214" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="215" />
        <source>Status or response</source>
        <translation>Статус или принятые меры</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="217" />
        <source>Actions taken at the sites with exceedances</source>
        <translation>Меры, принятые на площадках с превышениями</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="219" />
        <source>Incidents logged in the period and greening plan actions under way or done in it. %s</source>
        <translation>Инциденты, зарегистрированные в периоде, и мероприятия плана экологизации, выполняемые или выполненные в нём. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="223" />
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="232" />
        <source>No incident and no greening plan action is recorded at these sites for the period.</source>
        <translation>За период на этих площадках не зарегистрировано ни инцидентов, ни мероприятий плана экологизации.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="245" />
        <location filename="../../greendesk/reports/waste_report.py" line="65" />
        <source>Stock at end</source>
        <translation>Накоплено на конец</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="246" />
        <source>Waste figures</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="247" />
        <source>Waste figures from the register</source>
        <translation>Данные реестра отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/pek_report.py" line="248" />
        <source>The waste report's inventory for the period. %s</source>
        <translation>Инвентаризация отходов за период, как в отчёте по отходам. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/fees_report.py" line="48" />
        <location filename="../../greendesk/reports/waste_report.py" line="73" />
        <location filename="../../greendesk/reports/waste_report.py" line="242" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="74" />
        <source>not classified</source>
        <translation>не классифицировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="105" />
        <source>Formation node</source>
        <translation>Узел ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="106" />
        <source>Formation in the register</source>
        <translation>ТМО в реестре</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="107" />
        <source>Placed</source>
        <translation>Размещено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="108" />
        <source>Taken out</source>
        <translation>Изъято</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="109" />
        <source>Placed, net</source>
        <translation>Размещено, нетто</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="110" />
        <source>Placements</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="111" />
        <source>Waste placed in own formations</source>
        <translation>Отходы, размещённые в собственных ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="118" />
        <source>Total placed, net</source>
        <translation>Всего размещено, нетто</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="125" />
        <location filename="../../greendesk/reports/waste_report.py" line="229" />
        <source>Contractor</source>
        <translation>Подрядчик</translation>
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
        <translation>Передача отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="22" />
        <source>Receipts</source>
        <translation>Приход</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="23" />
        <source>Expenditures</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="24" />
        <source>Unaccounted</source>
        <translation>Неучтённые потери</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="28" />
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="29" />
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="31" />
        <location filename="../../greendesk/reports/waste_report.py" line="133" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="33" />
        <source>Share of receipts</source>
        <translation>Доля от прихода</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="48" />
        <location filename="../../greendesk/reports/receipts_sheet.py" line="49" />
        <source>Receipts and expenditures</source>
        <translation>Приход и расход</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="50" />
        <source>Per site, node and month: materials received and dispatched, stock counted, the total mass's unaccounted loss, and a material's own only where it passes through unchanged. %s</source>
        <translation>По площадкам, узлам и месяцам: поступившие и отпущенные материалы, остатки по инвентаризации, неучтённые потери общей массы, а по отдельному материалу — только там, где он проходит без изменения. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="60" />
        <source>Opening stock: %s</source>
        <translation>Остаток на начало: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="62" />
        <source>Closing stock: %s</source>
        <translation>Остаток на конец: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="64" />
        <source>Accounted loss (%s): %s</source>
        <translation>Учтённые потери (%s): %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="95" />
        <source>Receipts, total mass</source>
        <translation>Итого приход, общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="100" />
        <source>Received with opening stock, total mass</source>
        <translation>Приход с остатком на начало, общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="103" />
        <source>Spent, total mass</source>
        <translation>Итого расход, общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/receipts_sheet.py" line="122" />
        <source>%s (passing through)</source>
        <translation>%s (проходит без изменения)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="135" />
        <source>Transfers per contractor and R/D operation</source>
        <translation>Передача отходов по подрядчикам и операциям R/D</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="137" />
        <location filename="../../greendesk/reports/waste_report.py" line="157" />
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="143" />
        <source>Total transferred</source>
        <translation>Всего передано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="161" />
        <source>R and D operations</source>
        <translation>Восстановление и удаление</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="162" />
        <source>Transferred waste by recovery (R) and disposal (D) operation</source>
        <translation>Переданные отходы по кодам операций восстановления и удаления</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="188" />
        <source>Non-hazardous</source>
        <translation>Неопасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="189" />
        <source>Recycled (incl. incineration)</source>
        <translation>Переработано (вкл. сжигание)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="191" />
        <source>Recycling share</source>
        <translation>Доля переработки</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="194" />
        <source>Waste per tonne of main product</source>
        <translation>Отходы на тонну основной продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="203" />
        <location filename="../../greendesk/reports/waste_report.py" line="204" />
        <source>Waste indicators</source>
        <translation>Показатели по отходам</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="205" />
        <source>The recycling share is recycled ÷ generated and is not capped: above 100 % old stock was processed.</source>
        <translation>Доля переработки = переработано ÷ образовано и не ограничена сверху: выше 100 % — переработаны ранее накопленные отходы.</translation>
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
        <translation>Получено от других</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="34" />
        <source>Recovered on site</source>
        <translation>Восстановлено на площадке</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="35" />
        <source>Disposed on site or lost</source>
        <translation>Удалено на площадке или потеряно</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="37" />
        <source>Placed in own formations</source>
        <translation>Размещено в собственных ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="62" />
        <source>HP properties</source>
        <translation>Опасные свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="66" />
        <source>Waste inventory</source>
        <translation>Инвентаризация отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="67" />
        <source>Stock at end = stock at start + generated + received − recovered − disposed − transferred − placed. Stock is what the storages hold; placed is net of what was taken out of own formations. %s</source>
        <translation>Накоплено на конец = накоплено на начало + образовано + получено − восстановлено − удалено − передано − размещено. Накоплено — то, что находится в местах накопления; размещено — за вычетом изъятого из собственных ТМО. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="128" />
        <location filename="../../greendesk/reports/waste_report.py" line="232" />
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="192" />
        <source>Stock at the end of the period</source>
        <translation>Накоплено на конец периода</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="196" />
        <source>Generated in the same period of the previous year</source>
        <translation>Образовано за тот же период предыдущего года</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="198" />
        <source>Generated, change on the same period of the previous year</source>
        <translation>Образовано, изменение к тому же периоду предыдущего года</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="200" />
        <source>Compared with %s.</source>
        <translation>Сравнение с периодом: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="201" />
        <source>Not compared: the period is longer than a year.</source>
        <translation>Без сравнения: период длиннее года.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="233" />
        <source>Valid at the end of the period</source>
        <translation>Действует на конец периода</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="234" />
        <source>Operations licensed</source>
        <translation>Лицензированные операции</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="235" />
        <source>Contractors</source>
        <translation>Подрядчики</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="236" />
        <source>Waste contractors and their licences</source>
        <translation>Подрядчики по отходам и их лицензии</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="181" />
        <source>Sheet {sheet} is missing from the workbook.</source>
        <translation>В книге нет листа {sheet}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="195" />
        <source>Sheet {sheet} was added to the workbook after the export.</source>
        <translation>Лист {sheet} был добавлен в книгу после выгрузки.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="202" />
        <source>The workbook matches the database.</source>
        <translation>Книга совпадает с базой данных.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="205" />
        <source>The workbook's cells match the database, but the fingerprint recorded in its hidden report record does not: the record was edited.</source>
        <translation>Ячейки книги совпадают с базой данных, но цифровой отпечаток, записанный в её скрытой записи отчёта, не совпадает: запись была изменена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="211" />
        <source>The workbook no longer matches the database; the first {n} differences are listed. The first: {first}</source>
        <translation>Книга больше не совпадает с базой данных; перечислены первые {n} различий. Первое: {first}</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="215" />
        <source>The workbook no longer matches the database: {n} difference(s). The first: {first}</source>
        <translation>Книга больше не совпадает с базой данных: различий — {n}. Первое: {first}</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="223" />
        <source>The audit trail holds no record of exporting this workbook.</source>
        <translation>В журнале изменений нет записи о выгрузке этой книги.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify.py" line="226" />
        <source>The audit trail records it as export #{entry} of {day} by {who}.</source>
        <translation>В журнале изменений она записана как выгрузка №{entry} от {day}, выполнил(а) {who}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/context.py" line="102" />
        <source>{report} for {period}</source>
        <translation>{report} за {period}</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="153" />
        <source>Sheet {sheet} was hidden.</source>
        <translation>Лист {sheet} был скрыт.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="157" />
        <source>Column {column} of sheet {sheet} was hidden.</source>
        <translation>Столбец {column} листа {sheet} был скрыт.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="165" />
        <source>Row {row} of sheet {sheet} was hidden ({values}).</source>
        <translation>Строка {row} листа {sheet} была скрыта ({values}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="168" />
        <source>A row was inserted at row {row} of sheet {sheet} ({values}).</source>
        <translation>В лист {sheet} вставлена строка {row} ({values}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="170" />
        <source>Row {row} of sheet {sheet} was deleted ({values}).</source>
        <translation>Строка {row} листа {sheet} была удалена ({values}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="171" />
        <source>Row {row} of sheet {sheet} ({values}) is in the workbook but not in the database.</source>
        <translation>Строка {row} листа {sheet} ({values}) есть в книге, но не в базе данных.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="173" />
        <source>Row {row} of sheet {sheet} ({values}) is in the database but not in the workbook.</source>
        <translation>Строка {row} листа {sheet} ({values}) есть в базе данных, но не в книге.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="205" />
        <source>Row {row} of sheet {sheet} was emptied ({values}).</source>
        <translation>Строка {row} листа {sheet} была очищена ({values}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="214" />
        <source>Cell {cell} of sheet {sheet} holds {in_file}, the database gives {in_db}.</source>
        <translation>Ячейка {cell} листа {sheet} содержит {in_file}, а по базе данных — {in_db}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="228" />
        <source>Cell {cell} of sheet {sheet} is formatted as {format} instead of {exported}: it may show a figure other than the {value} it holds.</source>
        <translation>Ячейка {cell} листа {sheet} имеет формат {format} вместо {exported}: она может показывать не то число, которое содержит ({value}).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_compare.py" line="234" />
        <source>The figure in cell {cell} of sheet {sheet} ({value}) is written in the colour of its background, so it cannot be seen.</source>
        <translation>Число в ячейке {cell} листа {sheet} ({value}) написано цветом фона, поэтому его не видно.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/verify_cached.py" line="119" />
        <source>The figure {sheet}!{cell} shows without recalculation was edited: {given} where its formula gives {value}.</source>
        <translation>Значение {sheet}!{cell}, видимое без пересчёта, изменено: {given}, тогда как формула даёт {value}.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="14" />
        <source>Accumulation</source>
        <translation>Накопление</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="15" />
        <source>Burial</source>
        <translation>Захоронение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="25" />
        <source>Permit</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="28" />
        <source>Limit, t/year</source>
        <translation>Лимит, т/год</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="30" />
        <source>Figure</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="31" />
        <source>Above the limit</source>
        <translation>Сверх лимита</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="33" />
        <source>Permit limits</source>
        <translation>Лимиты разрешений</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="34" />
        <source>Waste limits of the permits</source>
        <translation>Лимиты отходов по экологическим разрешениям</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_limits.py" line="35" />
        <source>Accumulation: the stock held at the end of the period; burial: placed net into own formations from 1 January to the end of the period. %s</source>
        <translation>Накопление — остаток на конец периода; захоронение — размещено в собственных ТМО (за вычетом изъятого) с 1 января до конца периода. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="26" />
        <source>Greenhouse gas emissions</source>
        <translation>Выбросы парниковых газов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="30" />
        <source>Environmental Code of the Republic of Kazakhstan, chapter 20</source>
        <translation>Экологический кодекс Республики Казахстан, глава 20</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="52" />
        <source>Greenhouse gases are reported per calendar year: choose a year.</source>
        <translation>Парниковые газы учитываются за календарный год: выберите год.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="56" />
        <source>No source at the chosen sites burns a fuel with a greenhouse gas factor.</source>
        <translation>Ни один источник на выбранных объектах не сжигает топливо, для которого есть коэффициент парниковых газов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="62" />
        <source>Fuel</source>
        <translation>Топливо</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="63" />
        <source>Fuel burned</source>
        <translation>Сожжено топлива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="64" />
        <source>NCV, GJ/t</source>
        <translation>НТС, ГДж/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="68" />
        <source>CO₂ factor, kg/TJ</source>
        <translation>Коэффициент CO₂, кг/ТДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="70" />
        <source>CH₄ factor, kg/TJ</source>
        <translation>Коэффициент CH₄, кг/ТДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="72" />
        <source>N₂O factor, kg/TJ</source>
        <translation>Коэффициент N₂O, кг/ТДж</translation>
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
        <translation>CO₂-экв.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="80" />
        <source>Activity = fuel × NCV; gas = activity × factor / 10⁶; CO₂-equivalent = CO₂ + CH₄ × {ch4} + N₂O × {n2o} (GWP {set}). %s</source>
        <translation>Деятельность = топливо × НТС; газ = деятельность × коэффициент / 10⁶; CO₂-эквивалент = CO₂ + CH₄ × {ch4} + N₂O × {n2o} (ПГП {set}). %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="85" />
        <source>Greenhouse gases</source>
        <translation>Парниковые газы</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="87" />
        <source>a factor changed in the year: weighted values shown</source>
        <translation>коэффициент менялся в течение года: показаны средневзвешенные значения</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="130" />
        <source>process CO₂ of {source} by carbon balance ({carriers})</source>
        <translation>технологический CO₂ источника {source} по балансу углерода ({carriers})</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="144" />
        <source>CO₂, total</source>
        <translation>CO₂, итого</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="146" />
        <source>CO₂e, total</source>
        <translation>CO₂-экв., итого</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="148" />
        <source>Threshold, CO₂</source>
        <translation>Порог, CO₂</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="151" />
        <source>CO₂ minus the threshold (negative: below)</source>
        <translation>CO₂ минус пороговое значение (отрицательное — ниже порога)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="155" />
        <source>The installation's CO₂ is above the threshold: it is subject to greenhouse gas regulation.</source>
        <translation>CO₂ установки выше порога: она подлежит регулированию выбросов парниковых газов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="157" />
        <source>The installation's CO₂ is within the threshold.</source>
        <translation>CO₂ установки не превышает порога.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="159" />
        <source>The threshold of 20,000 t CO₂ a year: %s (the figure is not yet confirmed against the official text).</source>
        <translation>Порог 20 000 т CO₂ в год: %s (величина ещё не сверена с официальным текстом).</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="162" />
        <source>Sources of the factors:</source>
        <translation>Источники коэффициентов:</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ghg_report.py" line="166" />
        <source>Process CO₂ = (Σ carbon carriers in × t C per t − Σ carriers out × t C per t) × 44/12 (IPCC 2006 Guidelines, Vol. 3, ch. 4, mass balance). Carbon contents:</source>
        <translation>Технологический CO₂ = (Σ поступивших углеродсодержащих материалов × т C на т − Σ вышедших × т C на т) × 44/12 (Руководящие принципы МГЭИК 2006 г., т. 3, гл. 4, материальный баланс). Содержание углерода:</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/air_indicators.py" line="26" />
        <source>Emissions to air per tonne shipped</source>
        <translation>Выбросы в атмосферу на тонну отгруженного</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/air_indicators.py" line="27" />
        <source>Greenhouse gases per tonne shipped</source>
        <translation>Парниковые газы на тонну отгруженного</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="12" />
        <source>Start here</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="14" />
        <source>Plant structure</source>
        <translation>Структура предприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="16" />
        <source>Flow ledger</source>
        <translation>Журнал потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="18" />
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="20" />
        <source>Balances</source>
        <translation>Балансы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="22" />
        <source>Waste register</source>
        <translation>Реестр отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="24" />
        <source>Technogenic formations</source>
        <translation>Техногенные минеральные образования</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="26" />
        <source>Air and climate</source>
        <translation>Атмосферный воздух и климат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="28" />
        <source>Greening plan</source>
        <translation>План экологизации</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="30" />
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="32" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="34" />
        <source>Audit trail</source>
        <translation>Журнал изменений</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../greendesk/ui/close_items.py" line="70" />
        <source>The record no longer exists.</source>
        <translation>Запись больше не существует.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/close_items.py" line="75" />
        <source>Add the contractor first, with its licence (Waste ▸ Contractors).</source>
        <translation>Сначала добавьте подрядчика с его лицензией (Отходы ▸ Подрядчики).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/close_items.py" line="86" />
        <source>Record the transfer's contractor</source>
        <translation>Указать подрядчика передачи</translation>
    </message>
</context>
<context>
    <name>waste</name>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="12" />
        <source>Explosive</source>
        <translation>Взрывоопасность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="13" />
        <source>Oxidising</source>
        <translation>Окислительные свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="14" />
        <source>Flammable</source>
        <translation>Огнеопасность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="15" />
        <source>Irritant — skin irritation and eye damage</source>
        <translation>Раздражающее действие — раздражение кожи и повреждение глаз</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="16" />
        <source>Specific target organ toxicity, aspiration toxicity</source>
        <translation>Специфическая системная токсичность (аспирационная токсичность на орган-мишень)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="17" />
        <source>Acute toxicity</source>
        <translation>Острая токсичность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="18" />
        <source>Carcinogenic</source>
        <translation>Канцерогенность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="19" />
        <source>Corrosive</source>
        <translation>Разъедающее действие</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="20" />
        <source>Infectious</source>
        <translation>Инфекционные свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="21" />
        <source>Toxic for reproduction</source>
        <translation>Токсичность для деторождения</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="22" />
        <source>Mutagenic</source>
        <translation>Мутагенность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="23" />
        <source>Release of an acute toxic gas</source>
        <translation>Образование токсичных газов при контакте с водой, воздухом или кислотой</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="24" />
        <source>Sensitising</source>
        <translation>Сенсибилизация</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="25" />
        <source>Ecotoxic</source>
        <translation>Экотоксичность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="26" />
        <source>Capable of exhibiting a hazardous property later</source>
        <translation>Способность проявлять опасные свойства, перечисленные выше, которые выделяются от первоначальных отходов косвенным образом</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="27" />
        <source>Persistent organic pollutants</source>
        <translation>Стойкие органические загрязнители (СОЗ)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="32" />
        <source>Use as a fuel or to generate energy</source>
        <translation>Использование в качестве топлива или иным способом для получения энергии</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="33" />
        <source>Solvent reclamation or regeneration</source>
        <translation>Рекуперация или регенерация растворителей</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="34" />
        <source>Recycling of organic substances</source>
        <translation>Рециклинг органических веществ</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="35" />
        <source>Recycling of metals and metal compounds</source>
        <translation>Рециклинг металлов и их соединений</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="36" />
        <source>Recycling of other inorganic materials</source>
        <translation>Рециклинг других неорганических материалов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="37" />
        <source>Regeneration of acids or bases</source>
        <translation>Регенерация кислот или оснований</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="38" />
        <source>Recovery of pollution-abatement components</source>
        <translation>Восстановление компонентов, используемых для борьбы с загрязнением</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="39" />
        <source>Recovery of components from catalysts</source>
        <translation>Восстановление компонентов катализаторов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="40" />
        <source>Oil re-refining or other reuses of oil</source>
        <translation>Повторная переработка или иное повторное использование масел</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="41" />
        <source>Land treatment benefiting agriculture or ecology</source>
        <translation>Обработка почвы с пользой для сельского хозяйства или экологии</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="42" />
        <source>Use of wastes obtained from R1–R10</source>
        <translation>Использование отходов, полученных в результате операций R1–R10</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="43" />
        <source>Exchange of wastes for R1–R11</source>
        <translation>Обмен отходами для операций R1–R11</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="44" />
        <source>Storage pending R1–R12</source>
        <translation>Хранение до проведения операций R1–R12</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="45" />
        <source>Deposit into or onto land (landfill)</source>
        <translation>Захоронение в землю или на поверхности земли (полигон)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="46" />
        <source>Land treatment</source>
        <translation>Обработка в почве</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="47" />
        <source>Deep injection</source>
        <translation>Глубинная закачка</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="48" />
        <source>Surface impoundment</source>
        <translation>Размещение в поверхностных накопителях</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="49" />
        <source>Specially engineered landfill</source>
        <translation>Специально оборудованный полигон</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="50" />
        <source>Release into a water body</source>
        <translation>Сброс в водный объект</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="51" />
        <source>Release to seas and oceans</source>
        <translation>Сброс в моря и океаны</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="52" />
        <source>Biological treatment</source>
        <translation>Биологическая обработка</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="53" />
        <source>Physico-chemical treatment</source>
        <translation>Физико-химическая обработка</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="54" />
        <source>Incineration on land</source>
        <translation>Сжигание на суше</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="55" />
        <source>Incineration at sea</source>
        <translation>Сжигание в море</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="56" />
        <source>Permanent storage</source>
        <translation>Постоянное хранение</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="57" />
        <source>Blending or mixing prior to D1–D12</source>
        <translation>Смешение до проведения операций D1–D12</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="58" />
        <source>Repackaging prior to D1–D13</source>
        <translation>Переупаковка до проведения операций D1–D13</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste_codes.py" line="59" />
        <source>Storage pending D1–D14</source>
        <translation>Хранение до проведения операций D1–D14</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="138" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="50" />
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="139" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="51" />
        <source>Amber</source>
        <translation>Янтарный</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="140" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="52" />
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="141" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="43" />
        <source>Solid</source>
        <translation>Твёрдое</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="142" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="44" />
        <source>Dusty or powdery</source>
        <translation>Пылевидное или порошкообразное</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="143" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="45" />
        <source>Sludge or paste</source>
        <translation>Шламообразное или пастообразное</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="144" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="46" />
        <source>Liquid</source>
        <translation>Жидкое</translation>
    </message>
    <message>
        <location filename="../../greendesk/labels.py" line="145" />
        <location filename="../../greendesk/ui/waste_dialogs.py" line="47" />
        <source>Gas in containers</source>
        <translation>Газ в ёмкостях</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="55" />
        <source>Record generation</source>
        <translation>Записать образование отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="56" />
        <source>Record recycling on site</source>
        <translation>Записать переработку на площадке</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="57" />
        <source>Record transfer to a contractor</source>
        <translation>Записать передачу подрядчику</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="58" />
        <source>Record placement in a formation</source>
        <translation>Записать размещение в ТМО</translation>
    </message>
</context>
</TS>