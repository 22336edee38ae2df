"""The demo plant in Russian: every name and note the demo writes, keyed by its English text.

Terms as in the Russian text of the Environmental Code of the Republic of Kazakhstan and the
industry's usage (отходы производства и потребления, техногенные минеральные образования,
хвостохранилище, отвал вскрышных пород, шлакоотвал, накопление, захоронение).
"""

from __future__ import annotations

RU: dict[str, str] = {
    # The enterprise and its sites.
    "Saryarka Copper JSC": "АО «Сарыаркамедь»",
    "Karaganda": "Карагандинская область",
    "Nurken open pit": "Карьер «Нуркен»",
    "Nurken concentrator": "Обогатительная фабрика «Нуркен»",
    "Nurken copper smelter": "Медеплавильный завод «Нуркен»",
    # Nodes of the open pit.
    "Subsoil (Nurken deposit)": "Недра (месторождение Нуркен)",
    "Fuel supplier": "Поставщик топлива",
    "Explosives supplier": "Поставщик взрывчатых веществ",
    "Power grid": "Электросеть",
    "Open-pit mining": "Открытые горные работы",
    "Run-of-mine ore stockpile": "Склад рядовой руды",
    "Overburden dump No. 1": "Отвал вскрышных пород № 1",
    "Ore haulage losses": "Потери руды при транспортировке",
    "Ore dispatch to concentrator": "Отгрузка руды на обогатительную фабрику",
    "Waste oil storage": "Место накопления отработанных масел",
    # Nodes of the concentrator.
    "Ore receipt from the mine": "Приём руды с карьера",
    "Reagent supplier": "Поставщик реагентов",
    "District heating": "Теплосеть",
    "Nura river intake": "Водозабор на реке Нура",
    "Crushing": "Дробление",
    "Grinding and flotation": "Измельчение и флотация",
    "Concentrate warehouse": "Склад концентрата",
    "Tailings storage facility": "Хвостохранилище",
    "Crusher dusting losses": "Потери от пыления при дроблении",
    "Concentrate dispatch to smelter": "Отгрузка концентрата на медеплавильный завод",
    # Nodes of the smelter.
    "Concentrate receipt": "Приём концентрата",
    "Coal supplier": "Поставщик угля",
    "Flux quarry": "Флюсовый карьер",
    "Oxygen plant": "Кислородная станция",
    "Process water supply": "Техническое водоснабжение",
    "Smelting and converting": "Плавка и конвертирование",
    "Fire refining and anode casting": "Огневое рафинирование и разливка анодов",
    "Sulphuric acid plant": "Сернокислотный цех",
    "Slag heap": "Шлакоотвал",
    "Anode copper customer": "Покупатель анодной меди",
    "Acid customer": "Покупатель серной кислоты",
    "Hazardous waste contractor": "Подрядчик по обращению с опасными отходами",
    "Stack emissions": "Выбросы через дымовую трубу",
    "Old slag dump": "Старый шлакоотвал",
    "Slag placed before the records began.": "Шлак, размещённый до начала учёта.",
    "Slag crushing plant": "Шлакодробильная установка",
    "Road aggregate customer": "Покупатель дорожного щебня",
    "Metering section {n}": "Участок учёта {n}",
    # Materials (and the waste types named after them).
    "Copper ore": "Медная руда",
    "Overburden": "Вскрышные породы",
    "Diesel fuel": "Дизельное топливо",
    "Explosives (ANFO)": "Взрывчатые вещества (игданит)",
    "Electricity": "Электроэнергия",
    "Heat": "Тепловая энергия",
    "Karaganda coal": "Карагандинский уголь",
    "Fresh water": "Свежая вода",
    "Butyl xanthate": "Бутиловый ксантогенат",
    "Frother": "Вспениватель",
    "Lime": "Известь",
    "Grinding media": "Мелющие тела",
    "Copper concentrate": "Медный концентрат",
    "Flotation tailings": "Хвосты флотации",
    "Quartz flux": "Кварцевый флюс",
    "Oxygen": "Кислород",
    "Blister copper": "Черновая медь",
    "Anode copper": "Анодная медь",
    "Sulphur dioxide": "Диоксид серы",
    "Process water": "Техническая вода",
    "Sulphuric acid": "Серная кислота",
    "Copper smelting slag": "Шлак медеплавильного производства",
    "Gas-cleaning sludge": "Шлам газоочистки",
    "Waste engine oil": "Отработанное моторное масло",
    "Historic copper slag": "Лежалый медный шлак",
    "Crushed slag aggregate": "Шлаковый щебень",
    "Historic slag": "Лежалый шлак",
    # The waste register.
    "Non-hazardous: the tailings are neutralised with lime (paste pH 8.5); acid-base "
    "accounting gives NP/AP above 3, so they are not acid-generating (01 03 04*), and the "
    "leaching test is below the limits for hazardous substances (01 03 05*).":
        "Неопасные: хвосты нейтрализуются известью (pH пульпы 8,5); кислотно-основной баланс "
        "даёт отношение нейтрализующего потенциала к кислотообразующему выше 3, поэтому "
        "хвосты не кислотообразующие (01 03 04*), а результаты теста на выщелачивание ниже "
        "пределов для опасных веществ (01 03 05*).",
    "Karaganda EcoService LLP": "ТОО «Караганда ЭкоСервис»",
    "million KZT": "млн тенге",
    "GreenDesk demo extract ({language})": "Демо-выписка GreenDesk ({language})",
    # Technogenic mineral formations.
    "Nura tailings pond No. 1 (1968–1991)": "Хвостохранилище Нура № 1 (1968–1991)",
    "A. Bekov, chief mine surveyor": "А. Беков, главный маркшейдер",
    "G. Omarova, TSF engineer": "Г. Омарова, инженер хвостохранилища",
    "S. Li, smelter ecologist": "С. Ли, эколог медеплавильного завода",
    "TSF design, KazGiprotsvetmet 2004; dam safety declaration 2024":
        "Проект хвостохранилища, Казгипроцветмет, 2004; декларация безопасности "
        "гидротехнического сооружения, 2024",
    "Inventory of technogenic mineral formations, 2019; sampling report No. 14/2022":
        "Инвентаризация техногенных минеральных образований, 2019; отчёт об опробовании "
        "№ 14/2022",
    "Built by the Soviet concentrator; dry beaches dust in summer winds.":
        "Построено советской обогатительной фабрикой; сухие пляжи пылят при летних ветрах.",
    "A, north beach": "А, северный пляж",
    "B, east beach": "Б, восточный пляж",
    "C, central slimes": "В, центральная шламовая зона",
    "D, south beach": "Г, южный пляж",
    "E, dam shell": "Д, упорная призма дамбы",
    # Monitoring.
    "GW-1 well below the tailings dam": "Наблюдательная скважина № 1 ниже дамбы хвостохранилища",
    "GW-3 well below the old pond": "Наблюдательная скважина № 3 ниже старого хвостохранилища",
    "Dust PM10 at the slag heap": "Пыль PM10 у шлакоотвала",
    "Permit for emissions, appendix 3 (demo)":
        "Экологическое разрешение на воздействие, приложение 3 (демо)",
    # The built-in reference rows a new database seeds (grade components, monitoring
    # parameters): the codes stay, the names change.
    "Copper": "Медь",
    "Zinc": "Цинк",
    "Lead": "Свинец",
    "Iron": "Железо",
    "Gold": "Золото",
    "Silver": "Серебро",
    "Dust PM10": "Пыль PM10",
    "Sulphate": "Сульфаты",
    "Copper, dissolved": "Медь (растворённая)",
    "Zinc, dissolved": "Цинк (растворённый)",
    "Lead, dissolved": "Свинец (растворённый)",
    "Arsenic, dissolved": "Мышьяк (растворённый)",
    "Cadmium, dissolved": "Кадмий (растворённый)",
    "Water level": "Уровень воды",
    "Settlement": "Осадка",
    # Sites' addresses and permits (demo data, invented).
    "Nurken, Karaganda region (demo address)": "п. Нуркен, Карагандинская область (демо-адрес)",
    "Industrial zone 1, Nurken, Karaganda region (demo address)": "Промышленная зона 1, п. Нуркен, Карагандинская область (демо-адрес)",
    "Industrial zone 2, Nurken, Karaganda region (demo address)": "Промышленная зона 2, п. Нуркен, Карагандинская область (демо-адрес)",
    "Committee for Environmental Regulation and Control (demo)": "Комитет экологического регулирования и контроля (демо)",
    "Demo data: an invented submission.": "Демо-данные: вымышленная сдача отчетности.",
    # Permit conditions and the PEK programme (demo data).
    "Keep waste accumulation and burial within the limits of appendix 2.":
        "Соблюдать лимиты накопления и захоронения отходов по приложению 2.",
    "Carry out production environmental control under the approved programme and report each quarter.":
        "Осуществлять производственный экологический контроль по утверждённой программе и "
        "отчитываться ежеквартально.",
    "Notify the authority of an emergency release without delay.":
        "Незамедлительно сообщать уполномоченному органу об аварийных выбросах.",
    "Potentiometric": "Потенциометрический",
    "Gravimetric": "Гравиметрический",
    "Atomic absorption spectrometry": "Атомно-абсорбционная спектрометрия",
    "Gravimetric, filter sampling": "Гравиметрический, отбор на фильтр",
    "Accredited laboratory of the Nurken plant (demo)":
        "Аккредитованная лаборатория предприятия «Нуркен» (демо)",
    "Demo data: an invented permit, not a real one.": "Демо-данные: вымышленное разрешение, не настоящее.",
    # The fee's rates (demo data).
    "Demo: the shipped rates; values marked unconfirmed are illustrative": "Демо: поставляемые ставки; значения, отмеченные как неподтверждённые, условны",
    # The gas-cleaning sludge's passport (demo data).
    "Lead compounds (as Pb)": "Соединения свинца (в пересчёте на металл)",
    "Copper compounds (as Cu)": "Соединения меди (в пересчёте на металл)",
    "Zinc compounds (as Zn)": "Соединения цинка (в пересчёте на металл)",
    "Arsenic (as As)": "Мышьяк (в пересчёте на элемент)",
    "Moisture": "Влага",
    "Demo data: laboratory protocol No. 17 of 14.03.2025 (invented for the demo)":
        "Демо-данные: протокол лабораторных испытаний № 17 от 14.03.2025 (придуман для демо)",
    "Demo data: calculation from the composition (invented for the demo)":
        "Демо-данные: расчёт по составу (придуман для демо)",
    # The audit trail's notes.
    "The demo plant's monthly flows": "Ежемесячные потоки демо-предприятия",
    "The scaled demo plant's daily flows": "Суточные потоки масштабированного демо-предприятия",
    "Records written by the demo generator.": "Записи, созданные генератором демо-данных.",
    # Emissions to air (demo data).
    "Plant methodology (demo)": "Методика предприятия (демо)",
    "Haul fleet (dump trucks and loaders)": "Карьерный транспорт (самосвалы и погрузчики)",
    "Smelter main stack": "Главная дымовая труба плавильного цеха",
    "Electrostatic precipitator": "Электрофильтр",
    "Crushing building aspiration vent": "Аспирационная труба корпуса дробления",
    "IPCC 2006 Guidelines, Volume 2 (GreenDesk default set)": "Руководящие принципы МГЭИК 2006 года, том 2 (стандартный набор GreenDesk)",
    "Demo data: the plant's methodology, invented for the demo (illustrative)": "Демо-данные: методика предприятия, придумана для демо (условные значения)",
    "Smelter main stack sampling port": "Пробоотборная точка на главной дымовой трубе плавильного цеха",
    "Nitrogen oxides (as NO2)": "Оксиды азота (в пересчёте на диоксид азота)",
}
