<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="77" />
        <location filename="../../greendesk/ui/action_editor.py" line="162" />
        <source>Select an action</source>
        <translation>Выберите мероприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="89" />
        <source>tenge</source>
        <translation>тенге</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="92" />
        <source>e.g. t/yr less tailings, GJ/yr saved</source>
        <translation>напр. т/год меньше хвостов, ГДж/год экономии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="96" />
        <source>why it does not apply here</source>
        <translation>почему здесь неприменимо</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="103" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="107" />
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="110" />
        <source>Save copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="112" />
        <source>Record a drill…</source>
        <translation>Записать учение…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="124" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="124" />
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="125" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="125" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="126" />
        <source>Cost class</source>
        <translation>Класс затрат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="127" />
        <location filename="../../greendesk/ui/action_editor.py" line="192" />
        <source>Estimated cost</source>
        <translation>Оценка затрат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="128" />
        <location filename="../../greendesk/ui/action_editor.py" line="193" />
        <source>Expected effect</source>
        <translation>Ожидаемый эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="129" />
        <source>Effect unit</source>
        <translation>Единица эффекта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="130" />
        <source>Indicator moved</source>
        <translation>Изменяемый показатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="131" />
        <location filename="../../greendesk/ui/action_editor.py" line="195" />
        <source>Actual effect</source>
        <translation>Фактический эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="132" />
        <source>Not applicable because</source>
        <translation>Неприменимо, потому что</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="133" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="143" />
        <source>Evidence</source>
        <translation>Подтверждающие документы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="147" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="153" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>AnchorsPanel</name>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="52" />
        <source>Anchors outside the database</source>
        <translation>Якоря вне базы данных</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="57" />
        <source>Workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="57" />
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="58" />
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="58" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="65" />
        <source>Check a workbook…</source>
        <translation>Проверить книгу…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="67" />
        <source>Check a head…</source>
        <translation>Проверить вершину…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="74" />
        <source>Every exported workbook carries the trail's head. A copy the database's owner cannot change — the auditor's, a head written into a letter — shows whether the trail was cut or rewritten since; your own copies can be changed with it.</source>
        <translation>Каждая выгруженная книга содержит вершину журнала изменений. Копия, которую владелец базы данных изменить не может, — у аудитора или вершина, записанная в письме, — показывает, был ли журнал с тех пор урезан или переписан; ваши собственные копии могут быть изменены вместе с ним.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="115" />
        <source>A workbook GreenDesk exported</source>
        <translation>Книга, выгруженная GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="116" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="139" />
        <source>(written down)</source>
        <translation>(записано вручную)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="141" />
        <source>%1 (export, entry #%2)</source>
        <translation>%1 (выгрузка, запись № %2)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="143" />
        <source>not checked yet</source>
        <translation>ещё не проверено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="144" />
        <source>holds</source>
        <translation>сохраняется</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="144" />
        <source>broken</source>
        <translation>нарушен</translation>
    </message>
</context>
<context>
    <name>AssumptionsDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="341" />
        <source>Assumptions for %1</source>
        <translation>Допущения для %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="342" />
        <source>Default screening assumptions</source>
        <translation>Допущения оценки по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="347" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="347" />
        <source>Price per t of metal, %1</source>
        <translation>Цена за т металла, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="348" />
        <source>Recovery, %</source>
        <translation>Извлечение, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="349" />
        <source>Processing cost per t, %1</source>
        <translation>Затраты на переработку 1 т, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="362" />
        <source>default: %1 · %2 % · %3</source>
        <translation>по умолчанию: %1 · %2 % · %3</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="375" />
        <source>Default: %1</source>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="379" />
        <source>Leave a cell empty to use the default.</source>
        <translation>Оставьте ячейку пустой, чтобы использовать значение по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="384" />
        <source>code, e.g. Mo</source>
        <translation>код, напр. Mo</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="386" />
        <source>Add component</source>
        <translation>Добавить компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="393" />
        <source>Another component</source>
        <translation>Другой компонент</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="78" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="79" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="80" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="81" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="82" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="133" />
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="134" />
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="135" />
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="136" />
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="137" />
        <source>Period closed</source>
        <translation>Период закрыт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="138" />
        <source>Period reopened</source>
        <translation>Период открыт повторно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="139" />
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="140" />
        <source>Exported</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="201" />
        <source>Audit trail</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="203" />
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="212" />
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="213" />
        <source>Recompute the hash chain and compare every record with the trail</source>
        <translation>Пересчитать цепочку хешей и сверить каждую запись с журналом</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="226" />
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="229" />
        <source>From</source>
        <comment>start of a date range</comment>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="231" />
        <source>to</source>
        <comment>end of a date range</comment>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="236" />
        <source>Search notes, records, people…</source>
        <translation>Поиск по примечаниям, записям, людям…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="272" />
        <location filename="../../greendesk/ui/audit_view.py" line="389" />
        <source>Select an entry to see what it changed.</source>
        <translation>Выберите запись журнала, чтобы увидеть, что она изменила.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="274" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="274" />
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="275" />
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="280" />
        <source>Closed periods</source>
        <translation>Закрытые периоды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="281" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="281" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="282" />
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="282" />
        <source>Reopened because</source>
        <translation>Открыт повторно, потому что</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="284" />
        <source>Close a period…</source>
        <translation>Закрыть период…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="286" />
        <source>Reopen…</source>
        <translation>Открыть повторно…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="323" />
        <location filename="../../greendesk/ui/audit_view.py" line="341" />
        <source>Not verified yet.</source>
        <translation>Ещё не проверено.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="361" />
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/audit_view.py" line="381" />
        <source>Entries: %n</source>
        <translation>
            <numerusform>Записей: %n</numerusform>
            <numerusform>Записей: %n</numerusform>
            <numerusform>Записей: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="396" />
        <source>Entry #%1 · %2 %3 · %4 · %5</source>
        <translation>Запись № %1 · %2 %3 · %4 · %5</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="419" />
        <source>Verifying the audit trail…</source>
        <translation>Проверка журнала изменений…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="443" />
        <source>The audit trail could not be verified: %s</source>
        <translation>Журнал изменений не удалось проверить: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="453" />
        <source>Verified at %1: the trail is intact — %2 entries, the chain unbroken, and all %3 records match it.</source>
        <translation>Проверено %1: журнал цел — записей: %2, цепочка не прервана, все записи (%3) ему соответствуют.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="458" />
        <source>Verified at %1: %2 problem(s) found. %3</source>
        <translation>Проверено %1: найдено проблем: %2. %3</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="475" />
        <source>Officer: %s</source>
        <translation>Исполнитель: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="476" />
        <source>Officer: (not set)</source>
        <translation>Исполнитель: (не указан)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="487" />
        <source>The settings could not be saved: %s</source>
        <translation>Не удалось сохранить настройки: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="499" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="499" />
        <source>reopened</source>
        <translation>открыт повторно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="515" />
        <source>Close %s</source>
        <translation>Закрытие %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="516" />
        <source>reopen the period in the Audit trail, with a reason.</source>
        <translation>откройте период заново в Журнале изменений с указанием причины.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="517" />
        <source>%s is closed: its records can no longer change.</source>
        <translation>Период %s закрыт: его записи больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="525" />
        <source>Select the closed period to reopen.</source>
        <translation>Выберите закрытый период, который нужно открыть повторно.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="534" />
        <source>Reopen %s</source>
        <translation>Повторное открытие %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="535" />
        <source>close the period again in the Audit trail.</source>
        <translation>закройте период снова в Журнале изменений.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="536" />
        <source>%s is open again.</source>
        <translation>Период %s снова открыт.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="41" />
        <source>automatic, on opening</source>
        <translation>автоматическая, при открытии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="42" />
        <source>made by hand</source>
        <translation>сделана вручную</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="43" />
        <source>the file replaced by a restore</source>
        <translation>файл, заменённый при восстановлении</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="46" />
        <source>a damaged file, kept as it was</source>
        <translation>повреждённый файл, сохранённый как есть</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="49" />
        <source>before the upgrade from %s</source>
        <translation>перед обновлением с версии %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="61" />
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="73" />
        <source>Other file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="76" />
        <source>%s will be backed up first, then replaced by the backup you choose. Changes made since that backup are lost (they stay in the file kept aside).</source>
        <translation>Сначала будет сделана резервная копия %s, затем файл будет заменён выбранной копией. Изменения, сделанные после неё, будут потеряны (они останутся в отложенном файле).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="86" />
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="92" />
        <source>Restore from a backup file</source>
        <translation>Восстановить из файла резервной копии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="94" />
        <source>GreenDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных GreenDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="108" />
        <source>There is no backup of this database yet; choose another file.</source>
        <translation>Резервной копии этой базы данных пока нет; выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="129" />
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="158" />
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="162" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="192" />
        <source>%s could not be opened.</source>
        <translation>Не удалось открыть %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="202" />
        <source>The automatic backup failed: %s</source>
        <translation>Автоматическое резервное копирование не удалось: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="209" />
        <source>%s may be damaged.</source>
        <translation>Возможно, файл %s повреждён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="222" />
        <source>%1 The newest good backup is from %2 (%3).</source>
        <translation>%1 Последняя исправная резервная копия — от %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="249" />
        <source>Backed up to %1 (checked with SQLite's integrity check); the newest %2 backups are kept.</source>
        <translation>Резервная копия сохранена в %1 (проверена проверкой целостности SQLite); хранятся последние копии: %2.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="273" />
        <source>The restore failed.</source>
        <translation>Восстановление не удалось.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="294" />
        <source> The replaced file was kept as %s.</source>
        <translation> Заменённый файл сохранён как %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/backup_actions.py" line="300" />
        <source>Restored %1 from %2.</source>
        <translation>%1 восстановлен из %2.</translation>
    </message>
</context>
<context>
    <name>BalanceCharts</name>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="73" />
        <source>Monthly losses per node: accounted (solid) and unaccounted (light)</source>
        <translation>Потери по узлам за месяц: учтённые (сплошные) и неучтённые (светлые)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="74" />
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="75" />
        <source>Unaccounted loss, % of inputs</source>
        <translation>Неучтённые потери, % от прихода</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="76" />
        <source>Energy intensity, GJ per tonne of production</source>
        <translation>Энергоёмкость, ГДж на тонну продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="77" />
        <source>GJ/t</source>
        <translation>ГДж/т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="126" />
        <source>%1: accounted %2 t, unaccounted %3 t</source>
        <translation>%1: учтённые %2 т, неучтённые %3 т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_charts.py" line="139" />
        <source>(threshold %s %%)</source>
        <translation>(порог %s %%)</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="114" />
        <source>Balances</source>
        <translation>Балансы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="69" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="69" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="70" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="71" />
        <source>From – to</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="79" />
        <source>Unaccounted losses larger than this share of inputs (loss or apparent gain) are highlighted.</source>
        <translation>Неучтённые потери больше этой доли прихода (потеря или кажущийся прирост) выделяются цветом.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="82" />
        <source>Record stock-taking…</source>
        <translation>Записать инвентаризацию…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="83" />
        <source>Record what a stock holds at the end of a day; stock changes come from these counts.</source>
        <translation>Запишите, сколько находится на складе на конец дня; изменения запасов рассчитываются по этим замерам.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="86" />
        <source>Reconcile</source>
        <translation>Увязать</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="88" />
        <source>Adjust the site's measured flows within their uncertainties so that every process and stock balances, and test for gross errors.</source>
        <translation>Скорректировать измеренные потоки площадки в пределах их неопределённости так, чтобы сошёлся баланс каждого процесса и склада, и проверить на грубые ошибки.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="93" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="93" />
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="94" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="95" />
        <source>Highlight unaccounted above</source>
        <translation>Выделять неучтённые потери выше</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="104" />
        <source>Material balance</source>
        <translation>Материальный баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="105" />
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="106" />
        <source>Metal and indicators</source>
        <translation>Металл и показатели</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="108" />
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="110" />
        <source>Sankey</source>
        <translation>Санкей</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="111" />
        <source>Reconciliation</source>
        <translation>Увязка баланса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="148" />
        <source>Energy carriers are balanced here, in GJ and in tonnes of coal equivalent (each carrier's own tce factor, or 29.3076 GJ per tce). Fuels measured in tonnes count through their net calorific value and are not part of the material balance's total mass. Supplied = purchased + produced; energy flowing into a process is its metered use; unaccounted = supplied − use − passed on − accounted losses − stock change.</source>
        <translation>Здесь составляется баланс энергоносителей в ГДж и в тоннах условного топлива (по коэффициенту каждого энергоносителя или 29,3076 ГДж на т у.т.). Топливо, учитываемое в тоннах, считается через низшую теплоту сгорания и не входит в общую массу материального баланса. Поступило = куплено + произведено; энергия, поступающая в процесс, — его учтённое потребление; неучтённое = поступило − потребление − передано − учтённые потери − изменение запасов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="169" />
        <source>Contained metal = quantity × grade (assays of flows, or of a material leaving a node over a period)</source>
        <translation>Содержание металла = количество × содержание (по анализам проб потоков или материала, выходящего из узла за период)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="173" />
        <source>Rational use of mineral resources (all sites)</source>
        <translation>Рациональное использование минеральных ресурсов (все площадки)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="181" />
        <source>Default uncertainty (1σ) of records without their own:</source>
        <translation>Неопределённость (1σ) по умолчанию для записей без собственной:</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="182" />
        <source>measured</source>
        <translation>измерено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="182" />
        <source>calculated</source>
        <translation>рассчитано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="183" />
        <location filename="../../greendesk/ui/balance_view.py" line="451" />
        <source>estimated</source>
        <translation>оценено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="192" />
        <source>Save defaults</source>
        <translation>Сохранить значения по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="197" />
        <location filename="../../greendesk/ui/balance_view.py" line="294" />
        <source>Press Reconcile to adjust the site's flows for the chosen period.</source>
        <translation>Нажмите «Увязать», чтобы скорректировать потоки площадки за выбранный период.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="240" />
        <source>Whole site</source>
        <translation>Вся площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="434" />
        <source>Save default uncertainties</source>
        <translation>Сохранение неопределённостей по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="56" />
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="56" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="57" />
        <source>Inputs</source>
        <translation>Приход</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="57" />
        <source>Outputs</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="58" />
        <source>Stock change</source>
        <translation>Изменение запасов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="59" />
        <source>Accounted: %s</source>
        <translation>Учтённые: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="61" />
        <source>Accounted, total</source>
        <translation>Учтённые, всего</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="62" />
        <source>Unaccounted</source>
        <translation>Неучтённые</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="62" />
        <source>% of inputs</source>
        <translation>% от прихода</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="83" />
        <source>Transformed, not lost: a process turns this material into others, so per material only the total mass shows the unaccounted loss.</source>
        <translation>Преобразовано, а не потеряно: процесс превращает этот материал в другие, поэтому неучтённые потери видны только по общей массе, а не по отдельному материалу.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="107" />
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: no material flows.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: нет материальных потоков.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="114" />
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 — unaccounted loss of total mass: &lt;span style='color:%3'&gt;&lt;b&gt;%4 t&lt;/b&gt; (%5 % of inputs)&lt;/span&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 — неучтённые потери общей массы: &lt;span style='color:%3'&gt;&lt;b&gt;%4 т&lt;/b&gt; (%5 % от прихода)&lt;/span&gt;%6</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="120" />
        <source> — above the threshold</source>
        <translation> — выше порога</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="121" />
        <source>Energy carriers are balanced on the Energy tab (GJ and tce), not in the total mass. Volumes (m³) are totalled apart from masses.</source>
        <translation>Баланс энергоносителей — на вкладке «Энергия» (ГДж и т у.т.), а не в общей массе. Объёмы (м³) суммируются отдельно от масс.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="128" />
        <source>Carrier</source>
        <translation>Энергоноситель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="128" />
        <source>Purchased, GJ</source>
        <translation>Куплено, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="129" />
        <source>Produced, GJ</source>
        <translation>Произведено, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="129" />
        <source>Use, GJ</source>
        <translation>Потребление, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="130" />
        <source>Passed on, GJ</source>
        <translation>Передано, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="131" />
        <source>Accounted losses, GJ</source>
        <translation>Учтённые потери, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="132" />
        <source>Stock change, GJ</source>
        <translation>Изменение запасов, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="133" />
        <source>Unaccounted, GJ</source>
        <translation>Неучтённые, ГДж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="134" />
        <source>Supplied, tce</source>
        <translation>Поступило, т у.т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="134" />
        <source>Use, tce</source>
        <translation>Потребление, т у.т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="153" />
        <source>Energy use %1 GJ; production %2 t; energy intensity %3 GJ per tonne.</source>
        <translation>Потребление энергии %1 ГДж; производство %2 т; энергоёмкость %3 ГДж на тонну.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="162" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="162" />
        <source>Feed, t</source>
        <translation>Поступило в переработку, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="163" />
        <source>Products, t</source>
        <translation>Продукция, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="163" />
        <source>Wastes, t</source>
        <translation>Отходы, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="164" />
        <source>Accounted losses, t</source>
        <translation>Учтённые потери, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="165" />
        <source>Unaccounted, t</source>
        <translation>Неучтённые, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="165" />
        <source>Recovery, %</source>
        <translation>Извлечение, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="176" />
        <source>Recovery: %s</source>
        <translation>Извлечение: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="177" />
        <source>No assays for this scope and period.</source>
        <translation>Нет анализов проб для этого объекта и периода.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="178" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="178" />
        <source>Value, %</source>
        <translation>Значение, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="179" />
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="179" />
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_tables.py" line="180" />
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="314" />
        <source>Export charts as PNG…</source>
        <translation>Экспорт графиков в PNG…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="335" />
        <source>Export charts</source>
        <translation>Экспорт графиков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="337" />
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="344" />
        <source>Charts saved: %s</source>
        <translation>Графики сохранены: %s</translation>
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
        <translation>Экспорт в PNG или SVG…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="362" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="374" />
        <source>Export the Sankey diagram</source>
        <translation>Экспорт диаграммы Санкея</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="375" />
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>Рисунок SVG (*.svg);;Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="387" />
        <source>Sankey diagram saved as %s.</source>
        <translation>Диаграмма Санкея сохранена как %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="396" />
        <source>This site has no stock nodes to count.</source>
        <translation>На этой площадке нет складских узлов для инвентаризации.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="20" />
        <location filename="../../greendesk/ui/balance_view.py" line="413" />
        <source>Record stock-taking</source>
        <translation>Записать инвентаризацию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="438" />
        <source>Default uncertainties saved.</source>
        <translation>Неопределённости по умолчанию сохранены.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="450" />
        <source>adjusted</source>
        <translation>скорректировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="450" />
        <source>not redundant</source>
        <translation>без избыточности</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="451" />
        <source>fixed</source>
        <translation>фиксировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="452" />
        <source>cannot be estimated</source>
        <translation>не может быть оценено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="453" />
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="453" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="453" />
        <source>Measured, t</source>
        <translation>Измерено, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="453" />
        <source>σ, t</source>
        <translation>σ, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="454" />
        <source>Reconciled, t</source>
        <translation>После увязки, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="454" />
        <source>Adjustment, t</source>
        <translation>Поправка, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="455" />
        <source>Adjustment / its σ</source>
        <translation>Поправка / её σ</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="455" />
        <source>Gross error?</source>
        <translation>Грубая ошибка?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="468" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="475" />
        <source>failed</source>
        <translation>не пройден</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="476" />
        <source>passed</source>
        <translation>пройден</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_view.py" line="478" />
        <source>Global test: χ² = %1 with %2 degrees of freedom, p = %3; critical value %4 at %5 % — %6.</source>
        <translation>Глобальный тест: χ² = %1 при %2 степенях свободы, p = %3; критическое значение %4 при %5 % — %6.</translation>
    </message>
</context>
<context>
    <name>BasisDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="354" />
        <source>Production for waste intensities</source>
        <translation>Производство для удельных показателей отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="362" />
        <source>e.g. Anode copper</source>
        <translation>напр. Анодная медь</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="367" />
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="367" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="368" />
        <source>Main product</source>
        <translation>Основная продукция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="369" />
        <source>Main product, t</source>
        <translation>Основная продукция, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="370" />
        <source>Output value</source>
        <translation>Стоимость продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="371" />
        <source>Value unit</source>
        <translation>Единица стоимости</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="376" />
        <source>main product</source>
        <translation>основная продукция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="377" />
        <source>output value</source>
        <translation>стоимость продукции</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="317" />
        <source>Edit block</source>
        <translation>Изменить блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="317" />
        <source>New block</source>
        <translation>Новый блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="321" />
        <source>Block or zone</source>
        <translation>Блок или зона</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="322" />
        <source>Tonnage, t</source>
        <translation>Тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="323" />
        <source>Note</source>
        <translation>Примечание</translation>
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
        <translation>План экологизации</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="66" />
        <source>Add own action…</source>
        <translation>Добавить своё мероприятие…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="67" />
        <source>Log incident…</source>
        <translation>Зарегистрировать инцидент…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="70" />
        <source>Cost class</source>
        <translation>Класс затрат</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="70" />
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="70" />
        <location filename="../../greendesk/ui/checklist_view.py" line="74" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="70" />
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="71" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="71" />
        <source>Expected effect</source>
        <translation>Ожидаемый эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="71" />
        <source>Estimated cost, ₸</source>
        <translation>Оценка затрат, ₸</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="72" />
        <source>Effect per million ₸</source>
        <translation>Эффект на млн ₸</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="74" />
        <source>Measure / action</source>
        <translation>Мера / мероприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="75" />
        <source>Progress / value</source>
        <translation>Ход выполнения / значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="75" />
        <location filename="../../greendesk/ui/checklist_view.py" line="291" />
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="82" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="82" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="82" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="82" />
        <source>Released</source>
        <translation>Выброшено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="83" />
        <source>Response</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="83" />
        <source>Clean-up waste records</source>
        <translation>Записи об отходах ликвидации</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="93" />
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="94" />
        <source>Measures and indicators</source>
        <translation>Меры и показатели</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="95" />
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="96" />
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="119" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="193" />
        <source>%s — overdue</source>
        <translation>%s — просрочено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="208" />
        <source>%1 of %2 done (%3)</source>
        <translation>Выполнено %1 из %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="219" />
        <source>Indicator: %s</source>
        <translation>Показатель: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="230" />
        <source>No longer in the built-in checklist</source>
        <translation>Больше нет во встроенном перечне</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="251" />
        <source>No data yet.</source>
        <translation>Данных пока нет.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="284" />
        <source>Progress per measure, % of applicable actions done</source>
        <translation>Выполнение по мерам, % выполненных применимых мероприятий</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="290" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="290" />
        <source>Latest</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="315" />
        <source>Open actions: %1 low-cost, %2 medium, %3 investment projects. Overdue: %4.</source>
        <translation>Открытые мероприятия: малозатратных — %1, среднезатратных — %2, инвестиционных проектов — %3. Просрочено: %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="354" />
        <source>Save action %1</source>
        <translation>Сохранение мероприятия %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="358" />
        <source>Action saved.</source>
        <translation>Мероприятие сохранено.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="364" />
        <source>Attach evidence</source>
        <translation>Прикрепить подтверждение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="371" />
        <source>Attach %s</source>
        <translation>Прикрепление %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="375" />
        <source>%s attached.</source>
        <translation>Файл %s прикреплён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="382" />
        <source>Save a copy to</source>
        <translation>Сохранить копию в</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="394" />
        <source>Saved %s.</source>
        <translation>Сохранено: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="398" />
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="399" />
        <source>%1 already exists in %2. Replace it, or keep both and save this copy as %3?</source>
        <translation>%1 уже есть в папке %2. Заменить его или сохранить оба, записав эту копию как %3?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="403" />
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="404" />
        <source>Keep both</source>
        <translation>Сохранить оба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="427" />
        <source>Add own action</source>
        <translation>Добавление собственного мероприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="440" />
        <source>Log incident</source>
        <translation>Регистрация инцидента</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="441" />
        <source>Incident logged.</source>
        <translation>Инцидент зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/checklist_view.py" line="454" />
        <source>Record drill</source>
        <translation>Запись учения</translation>
    </message>
</context>
<context>
    <name>ClassifierImportDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="385" />
        <source>Import waste classifier</source>
        <translation>Импорт классификатора отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="388" />
        <source>CSV or XLSX; a separate headings file may follow after ;</source>
        <translation>CSV или XLSX; после ; можно указать отдельный файл заголовков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="390" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="398" />
        <source>Recognise from the text</source>
        <translation>Определить по тексту</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="402" />
        <source>optional, e.g. code=Код, description=Наименование</source>
        <translation>необязательно, напр. code=Код, description=Наименование</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="403" />
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="404" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="405" />
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="410" />
        <source>Waste classifier</source>
        <translation>Классификатор отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="411" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="418" />
        <source>Choose the classifier file.</source>
        <translation>Выберите файл классификатора.</translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="155" />
        <source>Close a period</source>
        <translation>Закрыть период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="157" />
        <source>2025-03 for a month, 2025 for a year</source>
        <translation>2025-03 — месяц, 2025 — год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="159" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="160" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="161" />
        <source>Records dated in a closed period cannot be added, changed, deleted or imported until it is reopened with a reason.</source>
        <translation>Записи с датой в закрытом периоде нельзя добавлять, изменять, удалять или импортировать, пока период не будет открыт повторно с указанием причины.</translation>
    </message>
</context>
<context>
    <name>ContractorDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="194" />
        <source>Edit contractor</source>
        <translation>Изменить подрядчика</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="194" />
        <source>New contractor</source>
        <translation>Новый подрядчик</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="197" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="202" />
        <source>licensed operations, e.g. R4, R5, D9, D10</source>
        <translation>лицензированные операции, напр. R4, R5, D9, D10</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="206" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="206" />
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="207" />
        <source>Licence number</source>
        <translation>Номер лицензии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="208" />
        <source>Licence valid until</source>
        <translation>Лицензия действует до</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="209" />
        <source>Licensed operations</source>
        <translation>Лицензированные операции</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="210" />
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
    <name>EditActions</name>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="176" />
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="176" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="178" />
        <source>Redo: %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="178" />
        <source>Nothing to redo.</source>
        <translation>Нечего повторять.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="184" />
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="185" />
        <source>Undo: %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="188" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="188" />
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="190" />
        <source>“%1” cannot be undone: %2</source>
        <translation>«%1» нельзя отменить: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="193" />
        <source>“%1” cannot be undone, so Undo stops here: undoing an older change after it could leave the records wrong.</source>
        <translation>«%1» нельзя отменить, поэтому отмена останавливается здесь: отмена более раннего изменения после него может нарушить записи.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/undo.py" line="195" />
        <source>Cannot undo: %1</source>
        <translation>Нельзя отменить: %1</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="16" />
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="18" />
        <source>e.g. Saryarka Copper JSC</source>
        <translation>напр. АО «Сарыарка Медь»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="20" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="22" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="23" />
        <source>BIN</source>
        <translation>БИН</translation>
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
        <location filename="../../greendesk/ui/flow_entry.py" line="59" />
        <source>New flow record</source>
        <translation>Новая запись потока</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="66" />
        <source>e.g. 12 500,5</source>
        <translation>напр. 12 500,5</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="77" />
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="84" />
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="95" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="95" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="95" />
        <source>From</source>
        <comment>source node of a flow</comment>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="96" />
        <source>To</source>
        <comment>destination node of a flow</comment>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="97" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="97" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="97" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="101" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="102" />
        <source>Uncertainty</source>
        <translation>Неопределённость</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="103" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="185" />
        <source>Enter the quantity.</source>
        <translation>Введите количество.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="189" />
        <source>%s is not a number.</source>
        <translation>%s — не число.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="196" />
        <source>Choose %s from the list.</source>
        <translation>Выберите из списка: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="216" />
        <source>the source node</source>
        <translation>узел-источник</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_entry.py" line="217" />
        <source>the destination node</source>
        <translation>узел-получатель</translation>
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
        <translation>Импорт записей потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="115" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="124" />
        <source>Reading %s…</source>
        <translation>Чтение %s…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="124" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="126" />
        <source>Importing flow records</source>
        <translation>Импорт записей потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="158" />
        <source>Checking and writing the rows… %s %%</source>
        <translation>Проверка и запись строк… %s %%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/flow_import_ui.py" line="168" />
        <source>Import %n flow record(s) from %1</source>
        <translation>
            <numerusform>Импорт %n записи потоков из %1</numerusform>
            <numerusform>Импорт %n записей потоков из %1</numerusform>
            <numerusform>Импорт %n записей потоков из %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="170" />
        <source>Imported %1 flow records from %2.</source>
        <translation>Из %2 импортировано записей потоков: %1.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="187" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="194" />
        <source>The import failed unexpectedly and nothing was imported: %s</source>
        <translation>Импорт неожиданно завершился ошибкой, ничего не импортировано: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="202" />
        <source>Import rows already recorded?</source>
        <translation>Импортировать уже учтённые строки?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="203" />
        <source>Import these rows anyway, recording them a second time?</source>
        <translation>Всё равно импортировать эти строки, учтя их второй раз?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="205" />
        <source>Import again?</source>
        <translation>Импортировать снова?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="205" />
        <source>Import it again anyway?</source>
        <translation>Всё равно импортировать снова?</translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="34" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="35" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="36" />
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="37" />
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="38" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="39" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="40" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="41" />
        <source>Canonical</source>
        <translation>В базовых единицах</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="42" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="43" />
        <source>Uncertainty, %</source>
        <translation>Неопределённость, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_model.py" line="44" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>FormationDialog</name>
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
        <location filename="../../greendesk/ui/formation_dialogs.py" line="218" />
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="140" />
        <location filename="../../greendesk/ui/formation_dialogs.py" line="219" />
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
        <location filename="../../greendesk/ui/formation_dialogs.py" line="220" />
        <source>Placement from</source>
        <translation>Размещение с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="221" />
        <source>Placement to</source>
        <translation>Размещение по</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="222" />
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="223" />
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="224" />
        <source>Bulk density</source>
        <translation>Насыпная плотность</translation>
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
        <translation>Проектная вместимость</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="229" />
        <source>Opening tonnage</source>
        <translation>Начальный тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="230" />
        <source>Height</source>
        <translation>Высота</translation>
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
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="103" />
        <source>Samples and assays</source>
        <translation>Пробы и анализы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="104" />
        <source>Monitoring readings</source>
        <translation>Результаты мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="109" />
        <source>as the file suggests</source>
        <translation>как указано в файле</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="110" />
        <source>decimal comma</source>
        <translation>десятичная запятая</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="111" />
        <source>decimal point</source>
        <translation>десятичная точка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="114" />
        <source>e.g. &lt;Nulo&gt; ; S/I ; н/д (besides empty and -)</source>
        <translation>напр. &lt;Nulo&gt; ; S/I ; н/д (помимо пустых и -)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="116" />
        <location filename="../../greendesk/ui/formation_import_ui.py" line="124" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="116" />
        <source>From the file</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="117" />
        <source>Decimal mark</source>
        <translation>Десятичный разделитель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="124" />
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="125" />
        <source>Means</source>
        <translation>Означает</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="130" />
        <source>Import even if this file was imported before</source>
        <translation>Импортировать, даже если этот файл уже импортировался</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="132" />
        <source>name to save the mapping under (optional)</source>
        <translation>имя для сохранения сопоставления (необязательно)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="139" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="144" />
        <source>The file holds</source>
        <translation>Файл содержит</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="145" />
        <source>Mapping</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="146" />
        <source>Numbers use</source>
        <translation>Числа записаны с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="147" />
        <source>Also unknown</source>
        <translation>Также неизвестно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="149" />
        <source>%1: %2 rows. Pick the column of each field, type several as A | B (the first known is taken), a template as {A}, {B}, or = value for a constant.</source>
        <translation>%1: строк — %2. Выберите столбец для каждого поля; несколько укажите как A | B (берётся первый известный), шаблон — как {A}, {B}, константу — как = значение.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="174" />
        <source>(new: guessed from the headings)</source>
        <translation>(новое: определено по заголовкам)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="217" />
        <source>(as the file)</source>
        <translation>(как в файле)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="217" />
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="218" />
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="255" />
        <source>(not mapped)</source>
        <translation>(не сопоставлено)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_import_ui.py" line="256" />
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
        <location filename="../../greendesk/ui/formations_view.py" line="148" />
        <source>Technogenic formations</source>
        <translation>Техногенные минеральные образования</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="73" />
        <location filename="../../greendesk/ui/formations_view.py" line="303" />
        <source>Add formation</source>
        <translation>Добавить ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="74" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="75" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="77" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="78" />
        <source>Default assumptions…</source>
        <translation>Допущения по умолчанию…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="83" />
        <source>Find a formation, site, kind or status…</source>
        <translation>Поиск ТМО, площадки, типа или статуса…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="128" />
        <source>Formations by the net value of re-mining them at the screening assumptions: recoverable metal × price − processing cost, counting only the components that pay. Hazard, area and status beside it say what each costs to keep.</source>
        <translation>ТМО по чистой стоимости их повторной разработки при допущениях оценки: извлекаемый металл × цена − затраты на переработку, только по рентабельным компонентам. Опасность, площадь и статус рядом показывают, во что обходится содержание каждого.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="143" />
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="144" />
        <source>Ranking</source>
        <translation>Ранжирование</translation>
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
        <translation>Добавить пробу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="159" />
        <source>Edit sample</source>
        <translation>Изменить пробу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="161" />
        <source>Delete sample</source>
        <translation>Удалить пробу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="163" />
        <location filename="../../greendesk/ui/formations_view.py" line="380" />
        <source>Add block</source>
        <translation>Добавить блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="165" />
        <source>Assumptions…</source>
        <translation>Допущения…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="177" />
        <source>Samples</source>
        <translation>Пробы</translation>
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
        <translation>Основа расчёта</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="181" />
        <source>Grade</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="181" />
        <source>Tonnage, t</source>
        <translation>Тоннаж, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="182" />
        <source>Contained, t</source>
        <translation>Содержится, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="182" />
        <source>Recovery, %</source>
        <translation>Извлечение, %</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="182" />
        <source>Recoverable, t</source>
        <translation>Извлекаемо, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="183" />
        <source>Price per t, USD</source>
        <translation>Цена за т, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="183" />
        <source>Value, USD</source>
        <translation>Стоимость, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="183" />
        <source>Processing cost, USD</source>
        <translation>Затраты на переработку, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="184" />
        <source>Net value, USD</source>
        <translation>Чистая стоимость, USD</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="184" />
        <source>Pays?</source>
        <translation>Рентабельно?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="193" />
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="199" />
        <source>Cut-off</source>
        <translation>Бортовое содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="199" />
        <source>Tonnage above, t</source>
        <translation>Тоннаж выше, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="199" />
        <source>Mean grade above</source>
        <translation>Среднее содержание выше</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="200" />
        <source>Metal, t</source>
        <translation>Металл, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="200" />
        <source>Blocks</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="218" />
        <source>Grade–tonnage curve</source>
        <translation>Кривая «содержание — тоннаж»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="239" />
        <source>%1 formations, %2 with a screening value</source>
        <translation>ТМО: %1, с оценкой стоимости: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="53" />
        <source>No formation selected</source>
        <translation>ТМО не выбрано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="84" />
        <source>placements through %1</source>
        <translation>размещение по %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="88" />
        <source>%1 construction</source>
        <translation>способ возведения: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="91" />
        <source>consequence class: %1</source>
        <translation>класс последствий: %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="94" />
        <source>LoW %1</source>
        <translation>Код %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="104" />
        <source>Sample</source>
        <translation>Проба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="104" />
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="104" />
        <source>Taken on</source>
        <translation>Дата отбора</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="104" />
        <source>Depth, m</source>
        <translation>Глубина, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="123" />
        <source>blocks</source>
        <translation>блоки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="124" />
        <source>mean grade</source>
        <translation>среднее содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="137" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="137" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="141" />
        <source>Not valued: the formation needs assays and a tonnage (or blocks).</source>
        <translation>Не оценено: для ТМО нужны анализы проб и тоннаж (или блоки).</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="144" />
        <source>Net value %1 USD, rank %2 of %3: re-mining pays for %4.</source>
        <translation>Чистая стоимость %1 USD, ранг %2 из %3: повторная разработка рентабельна для %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="149" />
        <source>Net value %1 USD, rank %2 of %3: re-mining does not pay at these assumptions.</source>
        <translation>Чистая стоимость %1 USD, ранг %2 из %3: при этих допущениях повторная разработка нерентабельна.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="158" />
        <source>A curve needs blocks with assays.</source>
        <translation>Для кривой нужны блоки с анализами проб.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_details.py" line="172" />
        <source>Break-even grade at the assumptions: %1 %2</source>
        <translation>Безубыточное содержание при допущениях: %1 %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="305" />
        <source>Formation “%1” added.</source>
        <translation>ТМО «%1» добавлено.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="318" />
        <source>Edit formation</source>
        <translation>Изменить ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="319" />
        <source>Formation “%1” saved.</source>
        <translation>ТМО «%1» сохранено.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="329" />
        <source>Delete formation</source>
        <translation>Удалить ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="334" />
        <source>Formation “%1” deleted with its samples. Undo with Ctrl+Z.</source>
        <translation>ТМО «%1» удалено вместе с пробами. Отменить — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="360" />
        <source>Edit sample %1</source>
        <translation>Изменение пробы %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="368" />
        <source>Delete sample %1</source>
        <translation>Удаление пробы %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="369" />
        <source>Sample %1 deleted.</source>
        <translation>Проба %1 удалена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="391" />
        <source>Edit the assumptions of “%1”</source>
        <translation>Изменение допущений «%1»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="404" />
        <source>Add component %1</source>
        <translation>Добавление компонента %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="418" />
        <source>Edit the default assumptions</source>
        <translation>Изменение допущений по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="427" />
        <source>Import formations, assays or readings</source>
        <translation>Импорт ТМО, анализов или результатов мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="428" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="441" />
        <source>formations</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="441" />
        <source>assays</source>
        <translation>анализов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="442" />
        <source>readings</source>
        <translation>результатов мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="444" />
        <source>Import %1 %2 from %3</source>
        <translation>Импорт: %1 %2 из %3</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formations_view.py" line="446" />
        <source>Imported %1 %2 from %3.</source>
        <translation>Импортировано %1 %2 из %3.</translation>
    </message>
</context>
<context>
    <name>GradeTonnageChart</name>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="55" />
        <source>Tonnage above cut-off, Mt</source>
        <translation>Тоннаж выше бортового содержания, млн т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="64" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="69" />
        <source>Mean grade</source>
        <translation>Среднее содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="72" />
        <source>break-even</source>
        <translation>безубыточность</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="84" />
        <source>Cut-off grade, %1</source>
        <translation>Бортовое содержание, %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_charts.py" line="85" />
        <source>Mean grade, %1</source>
        <translation>Среднее содержание, %1</translation>
    </message>
</context>
<context>
    <name>HeadDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="39" />
        <source>Check a head written down</source>
        <translation>Проверить записанную вершину журнала</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="41" />
        <source>entry:hash, as a workbook's cover shows it</source>
        <translation>запись:хеш, как на титульном листе книги</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_anchors.py" line="42" />
        <source>Head</source>
        <translation>Вершина</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="48" />
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="55" />
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="55" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="55" />
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="55" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="56" />
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/flow_import_ui.py" line="66" />
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
        <location filename="../../greendesk/ui/ledger_filters.py" line="37" />
        <source>All periods</source>
        <translation>Все периоды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="37" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="38" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="38" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="39" />
        <source>From – to</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="49" />
        <source>Search notes, nodes, materials</source>
        <translation>Поиск по примечаниям, узлам, материалам</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="59" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="59" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="60" />
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="61" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="61" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="62" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="62" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="86" />
        <source>All sites</source>
        <translation>Все площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="88" />
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="90" />
        <source>All materials</source>
        <translation>Все материалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="92" />
        <source>All methods</source>
        <translation>Все методы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_filters.py" line="108" />
        <source>All nodes</source>
        <translation>Все узлы</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="101" />
        <source>Flow ledger</source>
        <translation>Журнал потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="58" />
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="60" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="62" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="66" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="67" />
        <source>Import template…</source>
        <translation>Шаблон импорта…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="156" />
        <location filename="../../greendesk/ui/ledger_view.py" line="197" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="195" />
        <source>Totals could not be computed: %s</source>
        <translation>Не удалось рассчитать итоги: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="211" />
        <source>Add flow record</source>
        <translation>Добавить запись потока</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="223" />
        <source>%1 is not a valid %2.</source>
        <translation>%1 — недопустимое значение поля «%2».</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="229" />
        <source>Edit flow record</source>
        <translation>Изменить запись потока</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="246" />
        <source>Delete %n flow record(s)</source>
        <translation>
            <numerusform>Удалить %n запись потока</numerusform>
            <numerusform>Удалить %n записи потоков</numerusform>
            <numerusform>Удалить %n записей потоков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="251" />
        <source>%n record(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Удалена %n запись. Отменить — Ctrl+Z.</numerusform>
            <numerusform>Удалено %n записи. Отменить — Ctrl+Z.</numerusform>
            <numerusform>Удалено %n записей. Отменить — Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/ledger_view.py" line="266" />
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>Скопирована %n строка.</numerusform>
            <numerusform>Скопировано %n строки.</numerusform>
            <numerusform>Скопировано %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="275" />
        <source>Save the flow import template</source>
        <translation>Сохранить шаблон импорта потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="276" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="282" />
        <source>The template could not be written: %s</source>
        <translation>Не удалось записать шаблон: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/ledger_view.py" line="284" />
        <source>Template saved as %s.</source>
        <translation>Шаблон сохранён как %s.</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="97" />
        <source>Permitted limit at %1</source>
        <translation>Норматив для %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="103" />
        <source>only where a lower bound applies (pH)</source>
        <translation>только при нижней границе (pH)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="104" />
        <source>A reading equal to the limit is an exceedance</source>
        <translation>Значение, равное нормативу, считается превышением</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="106" />
        <source>e.g. permit No., appendix</source>
        <translation>напр. № разрешения, приложение</translation>
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
        <translation>Верхний предел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="109" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="116" />
        <source>Lower limit</source>
        <translation>Нижний предел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="111" />
        <source>Basis</source>
        <translation>Основание</translation>
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
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="175" />
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="177" />
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="180" />
        <source>Open &amp;demo plant</source>
        <translation>Открыть &amp;демо-предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="183" />
        <source>&amp;Import flow records…</source>
        <translation>&amp;Импорт записей потоков…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="185" />
        <source>Save flow import &amp;template…</source>
        <translation>Сохранить &amp;шаблон импорта потоков…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="188" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="189" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="198" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="199" />
        <source>&amp;About GreenDesk</source>
        <translation>&amp;О программе GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="213" />
        <source>(no recent databases)</source>
        <translation>(нет недавних баз данных)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="231" />
        <source>%1 cannot be opened: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="250" />
        <source>Database: %s</source>
        <translation>База данных: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="252" />
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="258" />
        <source>This database is read-only: you can look, but changes cannot be saved.</source>
        <translation>База данных доступна только для чтения: просматривать можно, сохранить изменения — нельзя.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="262" />
        <source>The database was upgraded to this version's format; the previous file was kept as %s.</source>
        <translation>База данных обновлена до формата этой версии; прежний файл сохранён как %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="270" />
        <source>New GreenDesk database</source>
        <translation>Новая база данных GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="271" />
        <source>GreenDesk databases (*.sqlite *.db)</source>
        <translation>Базы данных GreenDesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="276" />
        <source>%s already exists; choose Open to work with it.</source>
        <translation>%s уже существует; чтобы работать с ним, выберите «Открыть».</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="282" />
        <source>Open GreenDesk database</source>
        <translation>Открыть базу данных GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="283" />
        <source>GreenDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных GreenDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="292" />
        <source>Writing the demo plant…</source>
        <translation>Создание демо-предприятия…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="298" />
        <source>About GreenDesk</source>
        <translation>О программе GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/main_window.py" line="299" />
        <source>&lt;b&gt;GreenDesk %s&lt;/b&gt;&lt;br&gt;The environmental officer's desk for mining and metallurgical plants.</source>
        <translation>&lt;b&gt;GreenDesk %s&lt;/b&gt;&lt;br&gt;Рабочее место эколога горно-металлургического предприятия.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="29" />
        <source>Edit material</source>
        <translation>Изменить материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="29" />
        <source>New material</source>
        <translation>Новый материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="39" />
        <source>t/m³, optional</source>
        <translation>т/м³, необязательно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="41" />
        <source>GJ per t or m³, optional (fuels)</source>
        <translation>ГДж на т или м³, необязательно (топливо)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="43" />
        <source>tce per unit, optional</source>
        <translation>т у.т. на единицу, необязательно</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="50" />
        <source>List of Waste code, wastes only</source>
        <translation>Код по классификатору отходов, только для отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="53" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="53" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="54" />
        <source>Measured by</source>
        <translation>Измеряется по</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="55" />
        <source>Default unit</source>
        <translation>Единица по умолчанию</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="56" />
        <source>Density, t/m³</source>
        <translation>Плотность, т/м³</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="57" />
        <location filename="../../greendesk/ui/materials_view.py" line="88" />
        <source>Net calorific value</source>
        <translation>Низшая теплота сгорания</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="58" />
        <location filename="../../greendesk/ui/materials_view.py" line="89" />
        <source>tce factor</source>
        <translation>Коэффициент перевода в у.т.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="59" />
        <source>tce factor per</source>
        <translation>Коэффициент у.т. на</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="60" />
        <source>List of Waste code</source>
        <translation>Код по классификатору отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="61" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="86" />
        <source>Density</source>
        <translation>Плотность</translation>
    </message>
</context>
<context>
    <name>MaterialsView</name>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="111" />
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="106" />
        <source>Add material</source>
        <translation>Добавить материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="107" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="150" />
        <source>Add material “%s”</source>
        <translation>Добавление материала «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="151" />
        <source>Material “%s” added.</source>
        <translation>Материал «%s» добавлен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="155" />
        <source>Edit material “%s”</source>
        <translation>Изменение материала «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="156" />
        <source>Material “%s” saved.</source>
        <translation>Материал «%s» сохранён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/materials_view.py" line="159" />
        <source>Material “%1” saved; the canonical quantities of %2 record(s) were recomputed from their entries with the new properties.</source>
        <translation>Материал «%1» сохранён; количества в базовых единицах пересчитаны для записей (%2) с новыми свойствами.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../greendesk/ui/forms.py" line="83" />
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="160" />
        <source>Add point</source>
        <translation>Добавить точку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="161" />
        <source>Edit point</source>
        <translation>Изменить точку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="162" />
        <source>Set limit</source>
        <translation>Задать норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="163" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="388" />
        <source>Add reading</source>
        <translation>Добавить замер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="164" />
        <source>Delete readings</source>
        <translation>Удалить замеры</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="167" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="179" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="182" />
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="167" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="179" />
        <source>Watches</source>
        <translation>Объект наблюдения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="167" />
        <source>Medium</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="167" />
        <source>Every</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="168" />
        <source>Limits</source>
        <translation>Нормативы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="175" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="179" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="175" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="180" />
        <source>Value</source>
        <translation>Значение</translation>
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
        <translation>Примечание</translation>
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
        <translation>Запас до норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="182" />
        <source>No reading from</source>
        <translation>Нет замеров с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="183" />
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="182" />
        <source>To</source>
        <comment>end of a date range</comment>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="183" />
        <source>Required</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="185" />
        <source>Exceedances</source>
        <translation>Превышения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="186" />
        <source>Gaps in the readings</source>
        <translation>Пропуски замеров</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="205" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="253" />
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="330" />
        <source>every %1 days</source>
        <translation>каждые %1 дн.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="332" />
        <source>Exceedances (%1)</source>
        <translation>Превышения (%1)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="334" />
        <source>Gaps in the readings (%1)</source>
        <translation>Пропуски замеров (%1)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="359" />
        <source>Add monitoring point</source>
        <translation>Добавление точки мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="368" />
        <source>Edit monitoring point %1</source>
        <translation>Изменение точки мониторинга %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="377" />
        <source>Set a limit at %1</source>
        <translation>Установка норматива в точке %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/formation_monitoring.py" line="399" />
        <source>Delete %n reading(s)</source>
        <translation>
            <numerusform>Удаление %n измерения</numerusform>
            <numerusform>Удаление %n измерений</numerusform>
            <numerusform>Удаление %n измерений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/formation_monitoring.py" line="403" />
        <source>%n reading(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Удалён %n замер. Отменить — Ctrl+Z.</numerusform>
            <numerusform>Удалено %n замера. Отменить — Ctrl+Z.</numerusform>
            <numerusform>Удалено %n замеров. Отменить — Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveNodeDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="81" />
        <source>Move node</source>
        <translation>Перенести узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="83" />
        <source>Move %s to</source>
        <translation>Перенести «%s» на</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="231" />
        <source>monthly total</source>
        <translation>итог за месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="254" />
        <source>Waste</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="255" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="256" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="257" />
        <source>From</source>
        <comment>source node of a flow</comment>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="258" />
        <source>To</source>
        <comment>destination node of a flow</comment>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="260" />
        <source>Contractor</source>
        <translation>Подрядчик</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="261" />
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="262" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="307" />
        <source>(the contractor's own node, made if missing)</source>
        <translation>(собственный узел подрядчика; создаётся, если его нет)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="328" />
        <source>In %1 on that day: %2</source>
        <translation>На %1 в этот день: %2</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="334" />
        <source>Choose the waste.</source>
        <translation>Выберите отход.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="335" />
        <source>quantity</source>
        <translation>количество</translation>
    </message>
</context>
<context>
    <name>NodeDialog</name>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="48" />
        <source>Edit node</source>
        <translation>Изменить узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="48" />
        <source>New node</source>
        <translation>Новый узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="53" />
        <source>e.g. Flotation</source>
        <translation>напр. Флотация</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="58" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="59" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="60" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="61" />
        <source>Loss reason</source>
        <translation>Причина потерь</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="62" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="178" />
        <source>Officer's name</source>
        <translation>Имя исполнителя</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="180" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="181" />
        <source>Recorded with every change, together with the computer's user name.</source>
        <translation>Записывается при каждом изменении вместе с именем пользователя компьютера.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../greendesk/ui/action_editor.py" line="47" />
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
    <name>PointDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="62" />
        <source>Edit monitoring point</source>
        <translation>Изменить точку мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="63" />
        <source>New monitoring point</source>
        <translation>Новая точка мониторинга</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="68" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="70" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="75" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="77" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="78" />
        <source>Watches</source>
        <translation>Объект наблюдения</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="79" />
        <source>Formation</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="80" />
        <source>Source node</source>
        <translation>Узел-источник</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="81" />
        <source>Medium</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="82" />
        <source>A reading at least every</source>
        <translation>Замер не реже чем каждые</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="84" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="123" />
        <source>New reading at %1</source>
        <translation>Новый замер в точке %1</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="133" />
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="134" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="135" />
        <location filename="../../greendesk/ui/formation_monitoring.py" line="139" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_monitoring.py" line="136" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ReopenPeriodDialog</name>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="169" />
        <source>Reopen %s</source>
        <translation>Повторно открыть %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="172" />
        <source>Why it is reopened (kept in the audit trail)</source>
        <translation>Причина повторного открытия (сохраняется в журнале изменений)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/audit_view.py" line="173" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="97" />
        <location filename="../../greendesk/ui/reports_view.py" line="107" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="68" />
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="79" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="79" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="80" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="84" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="92" />
        <source>Export workbook</source>
        <translation>Выгрузить книгу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="98" />
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="99" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="100" />
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="101" />
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="102" />
        <source>Will include</source>
        <translation>Будет включено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="156" />
        <source>Nothing: the database has no flow records yet.</source>
        <translation>Ничего: в базе данных пока нет записей потоков.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="166" />
        <source>%1 report(s) for %2 site(s), %3; %4 flow records in the period.</source>
        <translation>Отчётов: %1, площадок: %2, %3; записей потоков за период: %4.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="172" />
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="174" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="193" />
        <source>Writing %s…</source>
        <translation>Запись %s…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="193" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="228" />
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="231" />
        <source>Its cover carries the audit trail head %s.</source>
        <translation>На её титульном листе — вершина журнала изменений %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="234" />
        <source>Saved %s.</source>
        <translation>Сохранено: %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="240" />
        <source>The export was cancelled; no file was written.</source>
        <translation>Выгрузка отменена; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="244" />
        <source>Nothing to report: %s</source>
        <translation>Нет данных для отчёта: %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/reports_view.py" line="248" />
        <source>The workbook could not be written: %s</source>
        <translation>Не удалось записать книгу: %s</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="248" />
        <source>Edit sample</source>
        <translation>Изменить пробу</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="248" />
        <source>New sample</source>
        <translation>Новая проба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="254" />
        <source>(no block)</source>
        <translation>(без блока)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="259" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="259" />
        <source>Grade</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="260" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="277" />
        <source>Sample</source>
        <translation>Проба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="278" />
        <source>Block or zone</source>
        <translation>Блок или зона</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="279" />
        <source>Taken on</source>
        <translation>Дата отбора</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="280" />
        <source>Depth, m</source>
        <translation>Глубина, м</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="281" />
        <source>Assays</source>
        <translation>Анализы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="282" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_dialogs.py" line="311" />
        <source>Depth</source>
        <translation>Глубина</translation>
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
        <translation>Изменить площадку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="28" />
        <source>New site</source>
        <translation>Новая площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="36" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="37" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_dialogs.py" line="38" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>StockTakingDialog</name>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="41" />
        <source>method's default</source>
        <translation>по умолчанию для метода</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="44" />
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="45" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="46" />
        <source>Counted at the end of</source>
        <translation>Остаток на конец дня</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="47" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="48" />
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="49" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/balance_dialogs.py" line="50" />
        <source>Uncertainty (1σ)</source>
        <translation>Неопределённость (1σ)</translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="48" />
        <source>Enterprise…</source>
        <translation>Предприятие…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="50" />
        <location filename="../../greendesk/ui/structure_view.py" line="234" />
        <source>Add site</source>
        <translation>Добавить площадку</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="51" />
        <location filename="../../greendesk/ui/structure_view.py" line="251" />
        <source>Add node</source>
        <translation>Добавить узел</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="53" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="55" />
        <source>Move to site…</source>
        <translation>Перенести на площадку…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="56" />
        <location filename="../../greendesk/ui/structure_view.py" line="306" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="62" />
        <source>This database has no enterprise yet. Enter its name and BIN to start describing your plant.</source>
        <translation>В базе данных ещё нет предприятия. Введите его название и БИН, чтобы начать описание предприятия.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="64" />
        <source>Enter the enterprise…</source>
        <translation>Ввести предприятие…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="69" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="69" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="69" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="84" />
        <source>Plant structure</source>
        <translation>Структура предприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="111" />
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="112" />
        <source>BIN %s</source>
        <translation>БИН %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="222" />
        <source>Edit the enterprise</source>
        <translation>Изменение сведений о предприятии</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="265" />
        <source>Edit site “%s”</source>
        <translation>Изменение площадки «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="272" />
        <source>Edit node “%s”</source>
        <translation>Изменение узла «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="283" />
        <source>Move node “%s”</source>
        <translation>Перенос узла «%s»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/structure_view.py" line="292" />
        <source>Delete site “%s” and its %n node(s)?</source>
        <translation>
            <numerusform>Удалить площадку «%s» и её %n узел?</numerusform>
            <numerusform>Удалить площадку «%s» и её %n узла?</numerusform>
            <numerusform>Удалить площадку «%s» и её %n узлов?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="296" />
        <source>Site “%s” deleted.</source>
        <translation>Площадка «%s» удалена.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="297" />
        <source>Delete site “%s”</source>
        <translation>Удаление площадки «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="300" />
        <source>Delete node “%s”?</source>
        <translation>Удалить узел «%s»?</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="304" />
        <source>Node “%s” deleted.</source>
        <translation>Узел «%s» удалён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/structure_view.py" line="305" />
        <source>Delete node “%s”</source>
        <translation>Удаление узла «%s»</translation>
    </message>
</context>
<context>
    <name>WasteCharts</name>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="24" />
        <source>Generation by hazard</source>
        <translation>Образование по опасности</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="25" />
        <source>generated</source>
        <translation>образовано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="30" />
        <source>Storage stock at year end</source>
        <translation>Накоплено на конец года</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="31" />
        <source>stock</source>
        <translation>накоплено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="51" />
        <source>hazardous</source>
        <translation>опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="51" />
        <source>non-hazardous</source>
        <translation>неопасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_charts.py" line="52" />
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
        <location filename="../../greendesk/ui/waste_dialogs.py" line="86" />
        <source>Edit waste type</source>
        <translation>Изменить вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="87" />
        <source>Register waste type</source>
        <translation>Зарегистрировать вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="95" />
        <source>No code chosen</source>
        <translation>Код не выбран</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="103" />
        <source>hazardous wastes: e.g. HP6, HP14</source>
        <translation>для опасных отходов: напр. HP6, HP14</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="107" />
        <source>mirror entries: why hazardous or not</source>
        <translation>для зеркальных позиций: почему опасные или нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="115" />
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="118" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="119" />
        <source>List of Waste code</source>
        <translation>Код по классификатору отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="121" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="122" />
        <source>Recorded as material</source>
        <translation>Учитывается как материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="123" />
        <source>Physical state</source>
        <translation>Агрегатное состояние</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="124" />
        <source>Generated by</source>
        <translation>Источник образования</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="125" />
        <source>Hazardous properties</source>
        <translation>Опасные свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="126" />
        <source>Mirror-entry assessment</source>
        <translation>Оценка по зеркальной позиции</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="127" />
        <source>Legacy hazard level</source>
        <translation>Прежний уровень опасности</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="128" />
        <source>Storage limit</source>
        <translation>Предельный срок накопления</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="129" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="158" />
        <source>(a new material named like the waste)</source>
        <translation>(новый материал с названием отхода)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="167" />
        <source>No code chosen: search, then click an entry.</source>
        <translation>Код не выбран: найдите и щёлкните позицию.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="169" />
        <source>hazardous</source>
        <translation>опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="169" />
        <source>non-hazardous</source>
        <translation>неопасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="172" />
        <source>mirror entry: record the assessment below</source>
        <translation>зеркальная позиция: запишите оценку ниже</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_dialogs.py" line="182" />
        <source>Choose the List of Waste code in the list.</source>
        <translation>Выберите код по классификатору отходов в списке.</translation>
    </message>
</context>
<context>
    <name>WasteView</name>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="86" />
        <source>Waste register</source>
        <translation>Реестр отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="90" />
        <source>Register waste type</source>
        <translation>Зарегистрировать вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="92" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="96" />
        <source>Record movement</source>
        <translation>Записать движение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="107" />
        <source>New contractor</source>
        <translation>Новый подрядчик</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="110" />
        <source>Import classifier…</source>
        <translation>Импорт классификатора…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="119" />
        <location filename="../../greendesk/ui/waste_view.py" line="126" />
        <location filename="../../greendesk/ui/waste_view.py" line="139" />
        <source>Waste type</source>
        <translation>Вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="119" />
        <location filename="../../greendesk/ui/waste_view.py" line="139" />
        <location filename="../../greendesk/ui/waste_view.py" line="168" />
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="120" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="120" />
        <source>Hazard</source>
        <translation>Опасность</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="121" />
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="121" />
        <source>Legacy level</source>
        <translation>Прежний уровень</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="122" />
        <source>State</source>
        <translation>Агрегатное состояние</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="122" />
        <source>Generated by</source>
        <translation>Источник образования</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="123" />
        <source>Description</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="126" />
        <location filename="../../greendesk/ui/waste_view.py" line="140" />
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="127" />
        <source>Opening, t</source>
        <translation>На начало, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="41" />
        <location filename="../../greendesk/ui/waste_view.py" line="127" />
        <source>Generated, t</source>
        <translation>Образовано, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="128" />
        <source>Recycled, t</source>
        <translation>Переработано, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_figures.py" line="54" />
        <location filename="../../greendesk/ui/waste_view.py" line="128" />
        <source>Transferred, t</source>
        <translation>Передано, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="129" />
        <source>Placed, t</source>
        <translation>Размещено, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="129" />
        <source>Other, t</source>
        <translation>Прочее, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="130" />
        <source>Closing, t</source>
        <translation>На конец, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="131" />
        <source>Treat as a formation</source>
        <translation>Считать ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="134" />
        <source>Period </source>
        <translation>Период </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="140" />
        <source>Overdue, t</source>
        <translation>Сверх срока, т</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="141" />
        <source>Stored since</source>
        <translation>Накапливается с</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="141" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="142" />
        <source>Days over</source>
        <translation>Дней сверх срока</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="142" />
        <source>Limit</source>
        <translation>Предельный срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="143" />
        <source>Contractor</source>
        <translation>Подрядчик</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="143" />
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="144" />
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="144" />
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="145" />
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="145" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="149" />
        <source>Production for intensities…</source>
        <translation>Производство для удельных показателей…</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="157" />
        <source>Waste types</source>
        <translation>Виды отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="158" />
        <source>Stock</source>
        <translation>Накопление</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="159" />
        <source>Overdue</source>
        <translation>Сверх срока</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="160" />
        <source>Contractors</source>
        <translation>Подрядчики</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="162" />
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="170" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="217" />
        <source>No waste classifier is loaded yet: Import classifier… reads the List of Waste from CSV or XLSX.</source>
        <translation>Классификатор отходов ещё не загружен: «Импорт классификатора…» читает классификатор отходов из CSV или XLSX.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="219" />
        <source>From the command line: greendesk classifier import FILE --db PATH [--language ru]</source>
        <translation>Из командной строки: greendesk classifier import ФАЙЛ --db ПУТЬ [--language ru]</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="243" />
        <source>Enterprise (all sites)</source>
        <translation>Предприятие (все площадки)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="263" />
        <source>Whole year %s</source>
        <translation>Весь %s год</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="291" />
        <source>hazardous</source>
        <translation>опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="291" />
        <source>non-hazardous</source>
        <translation>неопасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="293" />
        <source> (mirror: assessed)</source>
        <translation> (зеркальная: оценена)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="294" />
        <source> — retired</source>
        <translation> — исключена</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="320" />
        <source>Stored longer than allowed, as of %s (oldest first out):</source>
        <translation>Накоплено сверх допустимого срока на %s (первым вывозится самое старое):</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="322" />
        <source>Nothing is stored longer than allowed as of %s.</source>
        <translation>На %s ничего не накоплено сверх допустимого срока.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greendesk/ui/waste_view.py" line="326" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="334" />
        <source> (expired)</source>
        <translation> (истекла)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="357" />
        <source>Register waste type “%s”</source>
        <translation>Регистрация вида отходов «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="471" />
        <source>Enter the production basis for %s</source>
        <translation>Ввод производственной базы для %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="508" />
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
        <location filename="../../greendesk/ui/waste_view.py" line="359" />
        <source>Waste type “%s” registered.</source>
        <translation>Вид отходов «%s» зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="381" />
        <source>Edit waste type “%s”</source>
        <translation>Изменение вида отходов «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="383" />
        <source>Waste type “%s” saved.</source>
        <translation>Вид отходов «%s» сохранён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="394" />
        <source>Add contractor “%s”</source>
        <translation>Добавление подрядчика «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="396" />
        <source>Contractor “%s” added.</source>
        <translation>Подрядчик «%s» добавлен.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="408" />
        <source>Edit contractor “%s”</source>
        <translation>Изменение подрядчика «%s»</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="410" />
        <source>Contractor “%s” saved.</source>
        <translation>Подрядчик «%s» сохранён.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="419" />
        <source>Register a waste type first; movements are recorded per waste type.</source>
        <translation>Сначала зарегистрируйте вид отходов: движение учитывается по видам отходов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="423" />
        <source>Add the contractor first, with its licence.</source>
        <translation>Сначала добавьте подрядчика с его лицензией.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="440" />
        <source>Recorded; undo with Ctrl+Z.</source>
        <translation>Записано; отменить — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="446" />
        <source>Select the storage in the stock table first.</source>
        <translation>Сначала выберите место накопления в таблице накопления.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="451" />
        <source>Mark %s as a technogenic formation</source>
        <translation>Отнесение %s к техногенным минеральным образованиям</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="456" />
        <source>%s is now treated as a technogenic formation: waste there counts as placed, not stored.</source>
        <translation>%s теперь считается техногенным минеральным образованием: отходы в нём учитываются как размещённые, а не накопленные.</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/waste_view.py" line="463" />
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
</context>
<context>
    <name>balances</name>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="203" />
        <source>Total mass</source>
        <translation>Общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="204" />
        <source>Total volume</source>
        <translation>Общий объём</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="362" />
        <source>no calorific value: not in the total</source>
        <translation>нет теплоты сгорания: не входит в итог</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="373" />
        <source>Total energy</source>
        <translation>Общая энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="414" />
        <source>ε = Σ(Q_product × β) / Σ(Q_feed × α) × 100 %  — metal in products over metal in feed (Q tonnes, α and β grades)</source>
        <translation>ε = Σ(Q_product × β) / Σ(Q_feed × α) × 100 %  — металл в продукции к металлу в исходном сырье (Q — тонны, α и β — содержание)</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="472" />
        <source>Extraction of the mineral from the subsoil</source>
        <translation>Полнота извлечения полезного ископаемого из недр</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="473" />
        <source>K_ext = (Q_mined − Q_lost) / Q_mined × 100 %, where Q_mined is raw material taken from the subsoil and Q_lost its accounted and unaccounted losses at the mine</source>
        <translation>K_ext = (Q_mined − Q_lost) / Q_mined × 100 %, где Q_mined — сырьё, извлечённое из недр, а Q_lost — его учтённые и неучтённые потери на руднике</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="477" />
        <source>Recovery of useful components in beneficiation</source>
        <translation>Извлечение полезных компонентов при обогащении</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="478" />
        <source>ε_b = metal in the concentrator's products / metal in the ore fed to its processes × 100 %</source>
        <translation>ε_b = металл в продукции обогатительной фабрики / металл в руде, поданной на её процессы × 100 %</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="481" />
        <source>Recovery in metallurgical conversion</source>
        <translation>Извлечение при металлургическом переделе</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="482" />
        <source>ε_m = metal in the smelter's products / metal in the concentrate and other feed to its processes × 100 %</source>
        <translation>ε_m = металл в продукции металлургического завода / металл в концентрате и другом сырье, поданном на его процессы × 100 %</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="485" />
        <source>Use of production waste</source>
        <translation>Использование отходов производства</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/balances.py" line="486" />
        <source>K_w = Q_used / Q_generated × 100 %, where Q_generated is overburden, tailings, slag and other waste leaving processes and Q_used the site's waste going into a process or to a customer</source>
        <translation>K_w = Q_used / Q_generated × 100 %, где Q_generated — вскрышные породы, хвосты, шлаки и другие отходы, выходящие из процессов, а Q_used — отходы площадки, направленные в процесс или потребителю</translation>
    </message>
</context>
<context>
    <name>formation_labels</name>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="19" />
        <source>Waste-rock dump</source>
        <translation>Отвал вскрышных пород</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="20" />
        <source>Tailings storage facility</source>
        <translation>Хвостохранилище</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="21" />
        <source>Slag heap</source>
        <translation>Шлакоотвал</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="22" />
        <source>Sludge pond</source>
        <translation>Шламонакопитель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="23" />
        <source>Heap-leach residue</source>
        <translation>Остатки кучного выщелачивания</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="25" />
        <location filename="../../greendesk/ui/formation_labels.py" line="38" />
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="26" />
        <source>Operating</source>
        <translation>Действующее</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="27" />
        <source>Inactive</source>
        <translation>Временно не используется</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="28" />
        <source>Closed</source>
        <translation>Закрытое</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="29" />
        <source>Reclaimed</source>
        <translation>Рекультивированное</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="30" />
        <source>Abandoned</source>
        <translation>Бесхозяйное</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="31" />
        <source>Under construction</source>
        <translation>Строящееся</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="33" />
        <source>Upstream</source>
        <translation>В сторону хранилища</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="34" />
        <source>Downstream</source>
        <translation>В сторону низового откоса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="35" />
        <source>Centreline</source>
        <translation>По оси дамбы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="36" />
        <source>Water-retaining dam</source>
        <translation>Водоудерживающая дамба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="39" />
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="40" />
        <source>Significant</source>
        <translation>Значительный</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="41" />
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="42" />
        <source>Very high</source>
        <translation>Очень высокий</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="43" />
        <source>Extreme</source>
        <translation>Чрезвычайный</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="44" />
        <source>Air</source>
        <translation>Атмосферный воздух</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="45" />
        <source>Groundwater</source>
        <translation>Подземные воды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="46" />
        <source>Surface water</source>
        <translation>Поверхностные воды</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="47" />
        <source>Soil</source>
        <translation>Почва</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="48" />
        <source>Structure (level, settlement)</source>
        <translation>Сооружение (уровень, осадка)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="49" />
        <source>Formation</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="50" />
        <source>Stack</source>
        <translation>Дымовая труба</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="51" />
        <source>Discharge</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="52" />
        <source>Dusting surface</source>
        <translation>Пылящая поверхность</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/formation_labels.py" line="53" />
        <source>Other source</source>
        <translation>Другой источник</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../greendesk/ui/kit/numbers.py" line="32" />
        <source>Enter the %s.</source>
        <translation>Заполните поле «%s».</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/kit/numbers.py" line="39" />
        <source>%1: %2 is not a number.</source>
        <translation>%1: %2 — не число.</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="258" />
        <source>Energy intensity</source>
        <translation>Энергоёмкость</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="259" />
        <source>energy carriers received (GJ, fuels by calorific value) ÷ mass shipped to customers (t)</source>
        <translation>полученные энергоносители (ГДж, топливо по теплоте сгорания) ÷ масса, отгруженная потребителям (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="261" />
        <source>Waste per tonne shipped</source>
        <translation>Отходы на тонну отгруженной продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="262" />
        <source>waste leaving the processes (t) ÷ mass shipped to customers (t)</source>
        <translation>отходы, выходящие из процессов (т) ÷ масса, отгруженная потребителям (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="264" />
        <source>By-products shipped</source>
        <translation>Отгружено попутной продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="265" />
        <source>by-products delivered to customers (t)</source>
        <translation>попутная продукция, поставленная потребителям (т)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="266" />
        <source>Environmental incidents</source>
        <translation>Экологические инциденты</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="267" />
        <source>incidents logged in the year</source>
        <translation>инциденты, зарегистрированные за год</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="268" />
        <source>Emergency drills held</source>
        <translation>Проведено аварийных учений</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="269" />
        <source>drills recorded for measure-9 actions in the year</source>
        <translation>учения, записанные за год по мероприятиям меры 9</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="271" />
        <source>Unaccounted material loss</source>
        <translation>Неучтённые потери материалов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="272" />
        <source>unaccounted loss ÷ inputs of the site (total mass balance)</source>
        <translation>неучтённые потери ÷ приход площадки (баланс общей массы)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="274" />
        <source>Accounted material loss</source>
        <translation>Учтённые потери материалов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="275" />
        <source>accounted losses ÷ inputs of the site (total mass balance)</source>
        <translation>учтённые потери ÷ приход площадки (баланс общей массы)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="277" />
        <source>Unaccounted energy loss</source>
        <translation>Неучтённые потери энергии</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="278" />
        <source>(purchased + produced − metered use − exported − accounted) ÷ (purchased + produced)</source>
        <translation>(куплено + произведено − учтённое потребление − передано − учтённые потери) ÷ (куплено + произведено)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="280" />
        <source>Recovery in beneficiation</source>
        <translation>Извлечение при обогащении</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="281" />
        <source>Cu in the concentrators' products ÷ Cu in the ore fed (whole chain)</source>
        <translation>Cu в продукции обогатительных фабрик ÷ Cu в поданной руде (вся цепочка)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="283" />
        <source>assays of ore and concentrate</source>
        <translation>анализы руды и концентрата</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="284" />
        <source>Recovery in metallurgy</source>
        <translation>Извлечение в металлургии</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="285" />
        <source>Cu in the smelters' products ÷ Cu in the concentrate fed (whole chain)</source>
        <translation>Cu в продукции металлургических заводов ÷ Cu в поданном концентрате (вся цепочка)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="287" />
        <source>assays of concentrate and products</source>
        <translation>анализы концентрата и продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="288" />
        <source>Waste utilisation</source>
        <translation>Использование отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="289" />
        <source>wastes recycled, recovered or incinerated ÷ wastes generated (the Waste register's recycling share)</source>
        <translation>отходы переработанные, восстановленные или сожжённые ÷ образованные отходы (доля переработки в реестре отходов)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="291" />
        <source>waste movements (the Waste register)</source>
        <translation>движение отходов (реестр отходов)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="292" />
        <source>Secondary raw materials in inputs</source>
        <translation>Вторичное сырьё в поступлениях</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="293" />
        <source>wastes recycled on site ÷ (raw materials received + wastes recycled on site)</source>
        <translation>отходы, переработанные на площадке ÷ (полученное сырьё + отходы, переработанные на площадке)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="295" />
        <source>recycled waste movements (the Waste register)</source>
        <translation>движение переработанных отходов (реестр отходов)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="296" />
        <source>Monitoring coverage</source>
        <translation>Охват мониторингом</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="297" />
        <source>monitoring points with readings in every required interval ÷ all points (whole plant)</source>
        <translation>точки мониторинга с замерами в каждом требуемом интервале ÷ все точки (всё предприятие)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="299" />
        <source>monitoring points and readings (Technogenic formations)</source>
        <translation>точки мониторинга и замеры (Техногенные минеральные образования)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="301" />
        <source>Limit exceedances</source>
        <translation>Превышения нормативов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="302" />
        <source>readings beyond their permitted limit (whole plant)</source>
        <translation>замеры сверх норматива (всё предприятие)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="304" />
        <source>monitoring readings (Technogenic formations)</source>
        <translation>результаты мониторинга (Техногенные минеральные образования)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="305" />
        <source>Water recirculation</source>
        <translation>Оборотное водоснабжение</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="306" />
        <source>recirculated water ÷ all water used</source>
        <translation>оборотная вода ÷ вся использованная вода</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="307" />
        <source>flows of recirculated water (a material for it)</source>
        <translation>потоки оборотной воды (отдельный материал)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="308" />
        <source>Reagent recovery</source>
        <translation>Регенерация реагентов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="309" />
        <source>reagents recovered ÷ reagents consumed</source>
        <translation>регенерированные реагенты ÷ израсходованные реагенты</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="310" />
        <source>flows of recovered reagents</source>
        <translation>потоки регенерированных реагентов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="311" />
        <source>Hazardous materials in inputs</source>
        <translation>Опасные материалы в поступлениях</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="312" />
        <source>hazardous materials received ÷ all materials received</source>
        <translation>полученные опасные материалы ÷ все полученные материалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="313" />
        <source>hazard classes of the input materials</source>
        <translation>классы опасности поступающих материалов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="314" />
        <source>Fugitive pollution sources</source>
        <translation>Неорганизованные источники загрязнения</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="315" />
        <source>unorganised sources in the emission inventory</source>
        <translation>неорганизованные источники в инвентаризации выбросов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/indicators.py" line="316" />
        <source>an emission-source inventory</source>
        <translation>инвентаризация источников выбросов</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="18" />
        <source>Mine or quarry</source>
        <translation>Рудник или карьер</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="19" />
        <source>Concentrator</source>
        <translation>Обогатительная фабрика</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="20" />
        <source>Smelter or refinery</source>
        <translation>Металлургический завод</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="21" />
        <source>Auxiliary</source>
        <translation>Вспомогательное производство</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="22" />
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="23" />
        <source>Stock or storage</source>
        <translation>Запас (склад)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="24" />
        <source>Supplier (boundary)</source>
        <translation>Поставщик (граница)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="25" />
        <source>Customer (boundary)</source>
        <translation>Потребитель (граница)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="26" />
        <source>Environment (boundary)</source>
        <translation>Окружающая среда (граница)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="27" />
        <source>Waste contractor (boundary)</source>
        <translation>Подрядчик по отходам (граница)</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="28" />
        <source>Accounted loss</source>
        <translation>Учтённые потери</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="29" />
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="30" />
        <source>Transport</source>
        <translation>Транспортировка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="31" />
        <source>Handling</source>
        <translation>Перегрузка</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="32" />
        <source>Process losses</source>
        <translation>Технологические</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="33" />
        <source>Measurement</source>
        <translation>Погрешность измерений</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="34" />
        <source>Raw material</source>
        <translation>Сырьё</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="35" />
        <source>Reagent</source>
        <translation>Реагент</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="36" />
        <source>Intermediate</source>
        <translation>Полупродукт</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="37" />
        <source>Product</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="38" />
        <source>By-product</source>
        <translation>Попутная продукция</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="39" />
        <source>Energy carrier</source>
        <translation>Энергоноситель</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="40" />
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="41" />
        <source>Waste</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="42" />
        <source>Mass</source>
        <translation>Масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="43" />
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="44" />
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="45" />
        <source>Measured</source>
        <translation>Измерено</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="46" />
        <source>Calculated</source>
        <translation>Рассчитано</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/labels.py" line="47" />
        <source>Estimated</source>
        <translation>Оценено</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="181" />
        <source>There is nothing to reconcile: no process or stock node has flows in this period.</source>
        <translation>Увязывать нечего: ни у одного процесса или склада нет потоков за этот период.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="184" />
        <source>No balance can be checked: every balance contains a flow or stock change that is not measured, so the measurements are kept as they are.</source>
        <translation>Ни один баланс нельзя проверить: в каждом есть неизмеренный поток или изменение запасов, поэтому измерения оставлены без изменений.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="187" />
        <source>{n} measured values are not redundant (no balance without an unknown checks them); they are kept as measured.</source>
        <translation>Измеренных значений без избыточности: {n} (их не проверяет ни один баланс без неизвестных); они оставлены как измерены.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="190" />
        <source>{label} cannot be estimated: the balances it appears in hold other unknowns too ({others}); measure one of them.</source>
        <translation>{label} невозможно оценить: в балансах, где он участвует, есть и другие неизвестные ({others}); измерьте одно из них.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="193" />
        <source>The balance of {label} cannot close: all its values are fixed (zero uncertainty) but they leave {residual:,.6g}; give one of them an uncertainty.</source>
        <translation>Баланс {label} не может сойтись: все его значения фиксированы (нулевая неопределённость), но дают невязку {residual:,.6g}; задайте одному из них неопределённость.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="196" />
        <source>The fixed values (zero uncertainty) contradict each other across the balances; give some of them an uncertainty.</source>
        <translation>Фиксированные значения (нулевая неопределённость) противоречат друг другу в балансах; задайте некоторым из них неопределённость.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="199" />
        <source>The measurements do not fit the balances (χ² = {chi2:,.4g} &gt; {critical:,.4g} at {level:g} %): a gross error is likely; check the flagged values first.</source>
        <translation>Измерения не согласуются с балансами (χ² = {chi2:,.4g} &gt; {critical:,.4g} при {level:g} %): вероятна грубая ошибка; сначала проверьте отмеченные значения.</translation>
    </message>
    <message>
        <location filename="../../greendesk/analysis/reconcile.py" line="202" />
        <source>The measurements fit the balances within their uncertainties (χ² = {chi2:,.4g} ≤ {critical:,.4g} at {level:g} %).</source>
        <translation>Измерения согласуются с балансами в пределах их неопределённости (χ² = {chi2:,.4g} ≤ {critical:,.4g} при {level:g} %).</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="17" />
        <source>Material and energy balance</source>
        <translation>Материальный и энергетический баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="20" />
        <source>Storage losses</source>
        <translation>Потери при хранении</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="21" />
        <source>Transport losses</source>
        <translation>Потери при транспортировке</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="22" />
        <source>Handling losses</source>
        <translation>Потери при перегрузке</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="23" />
        <source>Process losses</source>
        <translation>Технологические</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="24" />
        <source>Measurement losses</source>
        <translation>Погрешность измерений</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="40" />
        <source>whole site</source>
        <translation>вся площадка</translation>
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
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="41" />
        <location filename="../../greendesk/reports/balance_report.py" line="52" />
        <location filename="../../greendesk/reports/waste_report.py" line="105" />
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="42" />
        <location filename="../../greendesk/reports/balance_report.py" line="53" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="43" />
        <source>Inputs</source>
        <translation>Приход</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="44" />
        <source>Outputs</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="45" />
        <location filename="../../greendesk/reports/balance_report.py" line="58" />
        <source>Stock change</source>
        <translation>Изменение запасов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="47" />
        <location filename="../../greendesk/reports/balance_report.py" line="59" />
        <source>Accounted losses</source>
        <translation>Учтённые потери</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="48" />
        <location filename="../../greendesk/reports/balance_report.py" line="60" />
        <source>Unaccounted loss</source>
        <translation>Неучтённые потери</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="49" />
        <source>Unaccounted share of inputs</source>
        <translation>Доля неучтённых потерь в приходе</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="54" />
        <source>Purchased</source>
        <translation>Куплено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="55" />
        <source>Produced</source>
        <translation>Произведено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="56" />
        <location filename="../../greendesk/reports/balance_report.py" line="63" />
        <source>Use</source>
        <translation>Потребление</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="57" />
        <source>Exported</source>
        <translation>Передано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="61" />
        <source>Unaccounted share of supply</source>
        <translation>Доля неучтённых потерь в поступлении</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="62" />
        <source>Supplied</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="66" />
        <source>There are no sites to balance.</source>
        <translation>Нет площадок для составления баланса.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="68" />
        <source>There are no flows in the period to balance.</source>
        <translation>За период нет потоков для составления баланса.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="69" />
        <source>Material balance</source>
        <translation>Материальный баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="70" />
        <source>Total mass per month; energy carriers are in the energy sheet. %s</source>
        <translation>Общая масса по месяцам; энергоносители — на листе энергетического баланса. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="72" />
        <location filename="../../greendesk/reports/balance_report.py" line="73" />
        <source>Energy balance</source>
        <translation>Энергетический баланс</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/balance_report.py" line="74" />
        <source>GJ, and tonnes of coal equivalent by each carrier's factor. %s</source>
        <translation>ГДж и тонны условного топлива по коэффициенту каждого энергоносителя. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="18" />
        <source>Cover</source>
        <translation>Титульный лист</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="33" />
        <source>Environmental compliance report</source>
        <translation>Отчёт о соблюдении экологических требований</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="41" />
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="42" />
        <location filename="../../greendesk/reports/waste_report.py" line="137" />
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="43" />
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="43" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="44" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="46" />
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="47" />
        <source>Generated at</source>
        <translation>Сформировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="48" />
        <source>GreenDesk version</source>
        <translation>Версия GreenDesk</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="49" />
        <source>Records used</source>
        <translation>Использовано записей</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="50" />
        <source>Data fingerprint (SHA-256)</source>
        <translation>Отпечаток данных (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="54" />
        <source>Audit trail head (entry:SHA-256)</source>
        <translation>Вершина журнала изменений (запись:SHA-256)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="60" />
        <source>Totals and derived columns are Excel formulas over the rows above them. `greendesk verify FILE --db DATABASE` tells whether the figures still match the database they came from.</source>
        <translation>Итоги и расчётные столбцы — формулы Excel по строкам над ними. Команда `greendesk verify ФАЙЛ --db БАЗА` показывает, совпадают ли цифры с базой данных, из которой они получены.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/cover.py" line="65" />
        <source>The audit trail head is the database's change log as it stood at export. `greendesk audit verify --db DATABASE --anchor THIS.xlsx` tells whether the log still holds it: a copy kept out of the database owner's reach shows whether history was rewritten since.</source>
        <translation>Вершина журнала изменений — состояние журнала базы данных на момент выгрузки. Команда `greendesk audit verify --db БАЗА --anchor ЭТА_КНИГА.xlsx` показывает, содержит ли журнал её до сих пор: копия, недоступная владельцу базы данных, показывает, переписывалась ли история с тех пор.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="12" />
        <source>Technogenic formations</source>
        <translation>Техногенные минеральные образования</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="20" />
        <source>No technogenic formations are registered.</source>
        <translation>Техногенные минеральные образования не зарегистрированы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="22" />
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="23" />
        <source>Formation</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="24" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="25" />
        <location filename="../../greendesk/reports/greening_plan.py" line="37" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="26" />
        <location filename="../../greendesk/reports/waste_report.py" line="37" />
        <location filename="../../greendesk/reports/waste_report.py" line="84" />
        <source>List of Waste code</source>
        <translation>Код по классификатору отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="27" />
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="28" />
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="29" />
        <source>Bulk density</source>
        <translation>Насыпная плотность</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="31" />
        <source>Tonnage</source>
        <translation>Тоннаж</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="32" />
        <source>contained</source>
        <translation>в составе</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="34" />
        <source>Recoverable value</source>
        <translation>Извлекаемая стоимость</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="36" />
        <source>Processing cost</source>
        <translation>Затраты на переработку</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="38" />
        <source>Net value</source>
        <translation>Чистая стоимость</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="40" />
        <source>Screening note</source>
        <translation>Примечание к оценке</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="41" />
        <source>Formations</source>
        <translation>ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="42" />
        <source>Net value = recoverable value − processing cost, for the components that pay.</source>
        <translation>Чистая стоимость = извлекаемая стоимость − затраты на переработку, по рентабельным компонентам.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="63" />
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="64" />
        <source>Attached to</source>
        <translation>Объект наблюдения</translation>
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
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="67" />
        <location filename="../../greendesk/reports/ledger_extract.py" line="22" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="68" />
        <source>Reading</source>
        <translation>Замер</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="69" />
        <source>Limit</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="70" />
        <source>Margin</source>
        <translation>Запас до норматива</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="71" />
        <source>Exceedances</source>
        <translation>Превышения</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/formations_report.py" line="72" />
        <source>Monitoring readings beyond their permitted limits</source>
        <translation>Результаты мониторинга сверх нормативов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="14" />
        <location filename="../../greendesk/reports/greening_plan.py" line="49" />
        <source>Greening plan</source>
        <translation>План экологизации</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="16" />
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="16" />
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="17" />
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="17" />
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="18" />
        <source>not applicable</source>
        <translation>неприменимо</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="20" />
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="20" />
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="20" />
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="31" />
        <source>There is no greening plan for the chosen sites.</source>
        <translation>Для выбранных площадок нет плана экологизации.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="33" />
        <location filename="../../greendesk/reports/greening_plan.py" line="71" />
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="34" />
        <source>Action id</source>
        <translation>Код мероприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="35" />
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="36" />
        <source>Cost class</source>
        <translation>Класс затрат</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="37" />
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="38" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="39" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="40" />
        <source>Estimated cost</source>
        <translation>Оценка затрат</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="41" />
        <source>Expected effect</source>
        <translation>Ожидаемый эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="42" />
        <source>Effect unit</source>
        <translation>Единица эффекта</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="43" />
        <source>Actual effect</source>
        <translation>Фактический эффект</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="44" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="45" />
        <source>Evidence files</source>
        <translation>Файлы подтверждений</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="46" />
        <source>Not applicable because</source>
        <translation>Неприменимо, потому что</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="48" />
        <source>status on</source>
        <translation>состояние на</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="62" />
        <location filename="../../greendesk/reports/waste_report.py" line="52" />
        <location filename="../../greendesk/reports/waste_report.py" line="149" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="72" />
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="73" />
        <source>Applicable actions</source>
        <translation>Применимые мероприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="75" />
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="76" />
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="79" />
        <source>Plan progress</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="80" />
        <source>Progress of each greening measure</source>
        <translation>Выполнение каждой меры экологизации</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/greening_plan.py" line="81" />
        <source>Formulas count the actions on sheet '%s'.</source>
        <translation>Формулы подсчитывают мероприятия на листе «%s».</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="13" />
        <source>Flow ledger extract</source>
        <translation>Выписка из журнала потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="14" />
        <source>Total mass</source>
        <translation>Общая масса</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="15" />
        <source>Total volume</source>
        <translation>Общий объём</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="16" />
        <source>Total energy</source>
        <translation>Общая энергия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="24" />
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="25" />
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="26" />
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="27" />
        <source>Quantity as entered</source>
        <translation>Количество как введено</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="28" />
        <source>Unit entered</source>
        <translation>Введённая единица</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="29" />
        <source>Canonical quantity</source>
        <translation>Количество в базовых единицах</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="30" />
        <source>Canonical unit</source>
        <translation>Базовая единица</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="31" />
        <source>Quantity kind</source>
        <translation>Вид величины</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="32" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="33" />
        <source>Uncertainty</source>
        <translation>Неопределённость</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="34" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="53" />
        <source>There are no flow records in the period for the chosen sites.</source>
        <translation>Для выбранных площадок за период нет записей потоков.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="56" />
        <source>Ledger</source>
        <translation>Журнал потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/ledger_extract.py" line="71" />
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="15" />
        <source>Rational use of mineral resources</source>
        <translation>Рациональное использование минеральных ресурсов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="22" />
        <source>There are no flows to compute the indicators from.</source>
        <translation>Нет потоков для расчёта показателей.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="26" />
        <location filename="../../greendesk/reports/waste_report.py" line="105" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="27" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="28" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="29" />
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="30" />
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="32" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="33" />
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="34" />
        <source>Rational use</source>
        <translation>Рациональное использование</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/rational_use.py" line="35" />
        <source>Indicators of the whole site chain, the last five years to %s.</source>
        <translation>Показатели всей цепочки площадок за последние пять лет по %s.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="24" />
        <source>Annual waste report</source>
        <translation>Годовой отчёт по отходам</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="31" />
        <source>No waste types are registered for the chosen sites.</source>
        <translation>Для выбранных площадок не зарегистрировано видов отходов.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="36" />
        <location filename="../../greendesk/reports/waste_report.py" line="83" />
        <source>Waste type</source>
        <translation>Вид отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="38" />
        <location filename="../../greendesk/reports/waste_report.py" line="108" />
        <source>Hazardous</source>
        <translation>Опасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="39" />
        <source>Legacy level</source>
        <translation>Прежний уровень</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="40" />
        <source>Storage or formation</source>
        <translation>Место накопления или ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="41" />
        <source>Stock at start</source>
        <translation>Накоплено на начало</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="42" />
        <location filename="../../greendesk/reports/waste_report.py" line="107" />
        <source>Generated</source>
        <translation>Образовано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="43" />
        <source>Recycled on site</source>
        <translation>Переработано на площадке</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="44" />
        <source>Transferred</source>
        <translation>Передано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="45" />
        <source>Placed in formations</source>
        <translation>Размещено в ТМО</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="46" />
        <source>Other movements</source>
        <translation>Прочее движение</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="47" />
        <source>Stock at end</source>
        <translation>Накоплено на конец</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="48" />
        <source>Waste movements</source>
        <translation>Движение отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="49" />
        <source>Stock at end = start + generated − recycled − transferred − placed + other. %s</source>
        <translation>Накоплено на конец = на начало + образовано − переработано − передано − размещено + прочее. %s</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="52" />
        <location filename="../../greendesk/reports/waste_report.py" line="150" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="81" />
        <location filename="../../greendesk/reports/waste_report.py" line="137" />
        <source>Contractor</source>
        <translation>Подрядчик</translation>
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
        <translation>Передача отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="86" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="88" />
        <source>Transfers per contractor and R/D operation</source>
        <translation>Передача отходов по подрядчикам и операциям R/D</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="96" />
        <source>Total transferred</source>
        <translation>Всего передано</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="109" />
        <source>Non-hazardous</source>
        <translation>Неопасные</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="110" />
        <source>Recycled (incl. incineration)</source>
        <translation>Переработано (вкл. сжигание)</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="112" />
        <source>Recycling share</source>
        <translation>Доля переработки</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="113" />
        <source>Stock at year end</source>
        <translation>Накоплено на конец года</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="114" />
        <source>Waste per tonne of main product</source>
        <translation>Отходы на тонну основной продукции</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="116" />
        <source>Generated, change on previous year</source>
        <translation>Образовано, изменение к предыдущему году</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="118" />
        <location filename="../../greendesk/reports/waste_report.py" line="119" />
        <source>Waste indicators</source>
        <translation>Показатели по отходам</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="120" />
        <source>The recycling share is recycled ÷ generated and is not capped: above 100 % old stock was processed.</source>
        <translation>Доля переработки = переработано ÷ образовано и не ограничена сверху: выше 100 % — переработаны ранее накопленные отходы.</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="139" />
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="140" />
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="141" />
        <source>Valid at the end of the period</source>
        <translation>Действует на конец периода</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="142" />
        <source>Operations licensed</source>
        <translation>Лицензированные операции</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="143" />
        <source>Contractors</source>
        <translation>Подрядчики</translation>
    </message>
    <message>
        <location filename="../../greendesk/reports/waste_report.py" line="144" />
        <source>Waste contractors and their licences</source>
        <translation>Подрядчики по отходам и их лицензии</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="12" />
        <source>Plant structure</source>
        <translation>Структура предприятия</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="14" />
        <source>Flow ledger</source>
        <translation>Журнал потоков</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="16" />
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="18" />
        <source>Balances</source>
        <translation>Балансы</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="20" />
        <source>Waste register</source>
        <translation>Реестр отходов</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="22" />
        <source>Technogenic formations</source>
        <translation>Техногенные минеральные образования</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="24" />
        <source>Greening plan</source>
        <translation>План экологизации</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="26" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../greendesk/ui/sections.py" line="28" />
        <source>Audit trail</source>
        <translation>Журнал изменений</translation>
    </message>
</context>
<context>
    <name>waste</name>
    <message>
        <location filename="../../greendesk/services/waste.py" line="45" />
        <source>Explosive</source>
        <translation>Взрывоопасность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="46" />
        <source>Oxidising</source>
        <translation>Окислительные свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="47" />
        <source>Flammable</source>
        <translation>Огнеопасность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="48" />
        <source>Irritant — skin irritation and eye damage</source>
        <translation>Раздражающее действие — раздражение кожи и повреждение глаз</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="49" />
        <source>Specific target organ toxicity, aspiration toxicity</source>
        <translation>Специфическая системная токсичность (аспирационная токсичность на орган-мишень)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="50" />
        <source>Acute toxicity</source>
        <translation>Острая токсичность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="51" />
        <source>Carcinogenic</source>
        <translation>Канцерогенность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="52" />
        <source>Corrosive</source>
        <translation>Разъедающее действие</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="53" />
        <source>Infectious</source>
        <translation>Инфекционные свойства</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="54" />
        <source>Toxic for reproduction</source>
        <translation>Токсичность для деторождения</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="55" />
        <source>Mutagenic</source>
        <translation>Мутагенность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="56" />
        <source>Release of an acute toxic gas</source>
        <translation>Образование токсичных газов при контакте с водой, воздухом или кислотой</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="57" />
        <source>Sensitising</source>
        <translation>Сенсибилизация</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="58" />
        <source>Ecotoxic</source>
        <translation>Экотоксичность</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="59" />
        <source>Capable of exhibiting a hazardous property later</source>
        <translation>Способность проявлять опасные свойства, перечисленные выше, которые выделяются от первоначальных отходов косвенным образом</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="60" />
        <source>Persistent organic pollutants</source>
        <translation>Стойкие органические загрязнители (СОЗ)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="65" />
        <source>Use as a fuel or to generate energy</source>
        <translation>Использование в качестве топлива или иным способом для получения энергии</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="66" />
        <source>Solvent reclamation or regeneration</source>
        <translation>Рекуперация или регенерация растворителей</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="67" />
        <source>Recycling of organic substances</source>
        <translation>Рециклинг органических веществ</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="68" />
        <source>Recycling of metals and metal compounds</source>
        <translation>Рециклинг металлов и их соединений</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="69" />
        <source>Recycling of other inorganic materials</source>
        <translation>Рециклинг других неорганических материалов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="70" />
        <source>Regeneration of acids or bases</source>
        <translation>Регенерация кислот или оснований</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="71" />
        <source>Recovery of pollution-abatement components</source>
        <translation>Восстановление компонентов, используемых для борьбы с загрязнением</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="72" />
        <source>Recovery of components from catalysts</source>
        <translation>Восстановление компонентов катализаторов</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="73" />
        <source>Oil re-refining or other reuses of oil</source>
        <translation>Повторная переработка или иное повторное использование масел</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="74" />
        <source>Land treatment benefiting agriculture or ecology</source>
        <translation>Обработка почвы с пользой для сельского хозяйства или экологии</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="75" />
        <source>Use of wastes obtained from R1–R10</source>
        <translation>Использование отходов, полученных в результате операций R1–R10</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="76" />
        <source>Exchange of wastes for R1–R11</source>
        <translation>Обмен отходами для операций R1–R11</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="77" />
        <source>Storage pending R1–R12</source>
        <translation>Хранение до проведения операций R1–R12</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="78" />
        <source>Deposit into or onto land (landfill)</source>
        <translation>Захоронение в землю или на поверхности земли (полигон)</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="79" />
        <source>Land treatment</source>
        <translation>Обработка в почве</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="80" />
        <source>Deep injection</source>
        <translation>Глубинная закачка</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="81" />
        <source>Surface impoundment</source>
        <translation>Размещение в поверхностных накопителях</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="82" />
        <source>Specially engineered landfill</source>
        <translation>Специально оборудованный полигон</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="83" />
        <source>Release into a water body</source>
        <translation>Сброс в водный объект</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="84" />
        <source>Release to seas and oceans</source>
        <translation>Сброс в моря и океаны</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="85" />
        <source>Biological treatment</source>
        <translation>Биологическая обработка</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="86" />
        <source>Physico-chemical treatment</source>
        <translation>Физико-химическая обработка</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="87" />
        <source>Incineration on land</source>
        <translation>Сжигание на суше</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="88" />
        <source>Incineration at sea</source>
        <translation>Сжигание в море</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="89" />
        <source>Permanent storage</source>
        <translation>Постоянное хранение</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="90" />
        <source>Blending or mixing prior to D1–D12</source>
        <translation>Смешение до проведения операций D1–D12</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="91" />
        <source>Repackaging prior to D1–D13</source>
        <translation>Переупаковка до проведения операций D1–D13</translation>
    </message>
    <message>
        <location filename="../../greendesk/services/waste.py" line="92" />
        <source>Storage pending D1–D14</source>
        <translation>Хранение до проведения операций D1–D14</translation>
    </message>
</context>
</TS>