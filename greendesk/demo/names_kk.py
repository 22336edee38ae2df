"""The demo plant in Kazakh: every name and note the demo writes, keyed by its English text.

Terms follow the official Kazakh text of the Environmental Code of the Republic of
Kazakhstan where we know them (өндіріс және тұтыну қалдықтары, техногендік минералдық
түзілімдер, қалдықтарды жинақтау, көму, қалдықтармен жұмыс істеу) and the project glossary.
Entries marked "uncertain" are our best rendering of a trade term and wait for a native
speaker's check; the names and figures are invented for the demo.
"""

from __future__ import annotations

KK: dict[str, str] = {
    # The enterprise and its sites.
    "Saryarka Copper JSC": "«Сарыарқамыс» АҚ",
    "Karaganda": "Қарағанды облысы",
    "Nurken open pit": "«Нұркен» карьері",
    "Nurken concentrator": "«Нұркен» байыту фабрикасы",
    "Nurken copper smelter": "«Нұркен» мыс балқыту зауыты",
    # Nodes of the open pit.
    "Subsoil (Nurken deposit)": "Жер қойнауы (Нұркен кен орны)",
    "Fuel supplier": "Отын жеткізуші",
    "Explosives supplier": "Жарылғыш заттар жеткізуші",
    "Power grid": "Электр желісі",
    "Open-pit mining": "Ашық тау-кен жұмыстары",
    "Run-of-mine ore stockpile": "Қатардағы кен қоймасы",  # uncertain: рядовая руда
    "Overburden dump No. 1": "№ 1 аршылған жыныстар үйіндісі",
    "Ore haulage losses": "Кенді тасымалдау кезіндегі шығындар",
    "Ore dispatch to concentrator": "Кенді байыту фабрикасына жөнелту",
    "Waste oil storage": "Пайдаланылған майларды жинақтау орны",
    # Nodes of the concentrator.
    "Ore receipt from the mine": "Карьерден кенді қабылдау",
    "Reagent supplier": "Реагенттер жеткізуші",
    "District heating": "Жылу желісі",
    "Nura river intake": "Нұра өзеніндегі су алу құрылысы",  # uncertain: водозабор
    "Crushing": "Ұсақтау",
    "Grinding and flotation": "Ұнтақтау және флотация",
    "Concentrate warehouse": "Концентрат қоймасы",
    "Tailings storage facility": "Қалдық қоймасы",
    "Crusher dusting losses": "Ұсақтау кезінде шаңданудан болатын шығындар",
    "Concentrate dispatch to smelter": "Концентратты мыс балқыту зауытына жөнелту",
    # Nodes of the smelter.
    "Concentrate receipt": "Концентратты қабылдау",
    "Coal supplier": "Көмір жеткізуші",
    "Flux quarry": "Флюс карьері",
    "Oxygen plant": "Оттегі станциясы",
    "Process water supply": "Техникалық сумен жабдықтау",
    "Smelting and converting": "Балқыту және конвертерлеу",
    # uncertain: огневое рафинирование
    "Fire refining and anode casting": "Отпен тазарту және анодтарды құю",
    "Sulphuric acid plant": "Күкірт қышқылы цехы",
    "Slag heap": "Шлак үйіндісі",
    "Anode copper customer": "Анодтық мысты сатып алушы",
    "Acid customer": "Күкірт қышқылын сатып алушы",
    "Hazardous waste contractor": "Қауіпті қалдықтармен жұмыс істейтін мердігер",
    "Stack emissions": "Түтін құбыры арқылы шығарындылар",
    "Old slag dump": "Ескі шлак үйіндісі",
    "Slag placed before the records began.": "Есепке алу басталғанға дейін орналастырылған шлак.",
    "Slag crushing plant": "Шлак ұсақтау қондырғысы",
    "Road aggregate customer": "Жол қиыршық тасын сатып алушы",
    "Metering section {n}": "Есепке алу учаскесі {n}",
    # Materials (and the waste types named after them).
    "Copper ore": "Мыс кені",
    "Overburden": "Аршылған жыныстар",
    "Diesel fuel": "Дизель отыны",
    "Explosives (ANFO)": "Жарылғыш заттар (игданит)",
    "Electricity": "Электр энергиясы",
    "Heat": "Жылу энергиясы",
    "Karaganda coal": "Қарағанды көмірі",
    "Fresh water": "Тұщы су",  # uncertain: свежая (not recycled) water
    "Butyl xanthate": "Бутил ксантогенаты",
    "Frother": "Көбіктендіргіш",
    "Lime": "Әк",
    "Grinding media": "Ұнтақтағыш денелер",  # uncertain: мелющие тела
    "Copper concentrate": "Мыс концентраты",
    "Flotation tailings": "Флотация қалдықтары",
    "Quartz flux": "Кварц флюсі",
    "Oxygen": "Оттегі",
    "Blister copper": "Қара мыс",  # uncertain: черновая медь
    "Anode copper": "Анодтық мыс",
    "Sulphur dioxide": "Күкірт диоксиді",
    "Process water": "Техникалық су",
    "Sulphuric acid": "Күкірт қышқылы",
    "Copper smelting slag": "Мыс балқыту шлагы",
    "Gas-cleaning sludge": "Газ тазарту шламы",
    "Waste engine oil": "Пайдаланылған мотор майы",
    "Historic copper slag": "Ескі мыс шлагы",
    "Crushed slag aggregate": "Шлак қиыршық тасы",
    "Historic slag": "Ескі шлак",
    # The waste register.
    "Non-hazardous: the tailings are neutralised with lime (paste pH 8.5); acid-base "
    "accounting gives NP/AP above 3, so they are not acid-generating (01 03 04*), and the "
    "leaching test is below the limits for hazardous substances (01 03 05*).":
        "Қауіпті емес: байыту қалдықтары әкпен бейтараптандырылады (пульпаның pH мәні 8,5); "
        "қышқыл-негіз балансы бойынша бейтараптандыру әлеуетінің қышқыл түзу әлеуетіне "
        "қатынасы 3-тен жоғары, сондықтан қалдықтар қышқыл түзбейді (01 03 04*), ал шаймалау "
        "сынағының нәтижелері қауіпті заттар шектерінен төмен (01 03 05*).",
    "Karaganda EcoService LLP": "«Қарағанды ЭкоСервис» ЖШС",
    "million KZT": "млн теңге",
    "GreenDesk demo extract ({language})": "GreenDesk демо-үзіндісі ({language})",
    # Technogenic mineral formations.
    "Nura tailings pond No. 1 (1968–1991)": "Нұра № 1 қалдық қоймасы (1968–1991)",
    "A. Bekov, chief mine surveyor": "А. Беков, бас маркшейдер",
    "G. Omarova, TSF engineer": "Г. Омарова, қалдық қоймасының инженері",
    "S. Li, smelter ecologist": "С. Ли, мыс балқыту зауытының экологы",
    "TSF design, KazGiprotsvetmet 2004; dam safety declaration 2024":
        "Қалдық қоймасының жобасы, Казгипроцветмет, 2004; гидротехникалық құрылыстың "
        "қауіпсіздік декларациясы, 2024",
    "Inventory of technogenic mineral formations, 2019; sampling report No. 14/2022":
        "Техногендік минералдық түзілімдерді түгендеу, 2019; сынама алу туралы есеп "
        "№ 14/2022",
    "Built by the Soviet concentrator; dry beaches dust in summer winds.":
        "Кеңестік байыту фабрикасы салған; құрғақ жағажайлары жазғы желде шаңдайды.",
    "A, north beach": "А, солтүстік жағажай",
    "B, east beach": "Б, шығыс жағажай",
    "C, central slimes": "В, орталық шлам аймағы",
    "D, south beach": "Г, оңтүстік жағажай",
    "E, dam shell": "Д, бөгеттің тірек призмасы",  # uncertain: упорная призма дамбы
    # Monitoring.
    "GW-1 well below the tailings dam": "Қалдық қоймасы бөгетінен төмен № 1 бақылау ұңғымасы",
    "GW-3 well below the old pond": "Ескі қалдық қоймасынан төмен № 3 бақылау ұңғымасы",
    "Dust PM10 at the slag heap": "Шлак үйіндісі маңындағы PM10 шаңы",
    "Permit for emissions, appendix 3 (demo)":
        "Әсер етуге арналған экологиялық рұқсат, 3-қосымша (демо)",
    # The built-in reference rows a new database seeds (grade components, monitoring
    # parameters): the codes stay, the names change.
    "Copper": "Мыс",
    "Zinc": "Мырыш",
    "Lead": "Қорғасын",
    "Iron": "Темір",
    "Gold": "Алтын",
    "Silver": "Күміс",
    "Dust PM10": "PM10 шаңы",
    "Sulphate": "Сульфаттар",
    "Copper, dissolved": "Еріген мыс",
    "Zinc, dissolved": "Еріген мырыш",
    "Lead, dissolved": "Еріген қорғасын",
    "Arsenic, dissolved": "Еріген күшән",
    "Cadmium, dissolved": "Еріген кадмий",
    "Water level": "Су деңгейі",
    "Settlement": "Шөгу",  # uncertain: осадка (of a dam or a heap)
    # Sites' addresses and permits (demo data, invented).
    "Nurken, Karaganda region (demo address)": "Нұркен кенті, Қарағанды облысы (демо мекенжай)",
    "Industrial zone 1, Nurken, Karaganda region (demo address)": "1-өнеркәсіптік аймақ, Нұркен кенті, Қарағанды облысы (демо мекенжай)",
    "Industrial zone 2, Nurken, Karaganda region (demo address)": "2-өнеркәсіптік аймақ, Нұркен кенті, Қарағанды облысы (демо мекенжай)",
    "Committee for Environmental Regulation and Control (demo)": "Экологиялық реттеу және бақылау комитеті (демо)",
    "Demo data: an invented submission.": "Демо-деректер: ойдан шығарылған тапсыру.",
    # Permit conditions and the PEK programme (demo data).
    "Keep waste accumulation and burial within the limits of appendix 2.":
        "Қалдықтарды жинақтау және көму лимиттерін 2-қосымшаға сәйкес сақтау.",
    "Carry out production environmental control under the approved programme and report each quarter.":
        "Өндірістік экологиялық бақылауды бекітілген бағдарлама бойынша жүргізу және әр "
        "тоқсан сайын есеп беру.",
    "Notify the authority of an emergency release without delay.":
        "Авариялық шығарындылар туралы уәкілетті органға дереу хабарлау.",
    "Potentiometric": "Потенциометриялық",
    "Gravimetric": "Гравиметриялық",
    "Atomic absorption spectrometry": "Атомдық-абсорбциялық спектрометрия",
    "Gravimetric, filter sampling": "Гравиметриялық, сүзгіге сынама алу",
    "Accredited laboratory of the Nurken plant (demo)":
        "«Нұркен» кәсіпорнының аккредиттелген зертханасы (демо)",
    "Demo data: an invented permit, not a real one.": "Демо-деректер: ойдан шығарылған рұқсат, нақты емес.",
    # The fee's rates (demo data).
    "Demo: the shipped rates; values marked unconfirmed are illustrative": "Демо: жеткізілетін мөлшерлемелер; расталмаған деп белгіленген мәндер шартты",
    # The audit trail's notes.
    "The demo plant's monthly flows": "Демо-кәсіпорынның айлық ағындары",
    "The scaled demo plant's daily flows": "Масштабталған демо-кәсіпорынның тәуліктік ағындары",
    "Records written by the demo generator.": "Демо-деректер генераторы жазған жазбалар.",
    # The gas-cleaning sludge's passport (demo data).
    "Lead compounds (as Pb)": "Қорғасын қосылыстары (металға шаққанда)",
    "Copper compounds (as Cu)": "Мыс қосылыстары (металға шаққанда)",
    "Zinc compounds (as Zn)": "Мырыш қосылыстары (металға шаққанда)",
    "Arsenic (as As)": "Күшән (элементке шаққанда)",
    "Moisture": "Ылғалдылық",
    "Demo data: laboratory protocol No. 17 of 14.03.2025 (invented for the demo)":
        "Демо-деректер: 14.03.2025 ж. № 17 зертханалық сынақ хаттамасы (демо үшін ойдан "
        "алынған)",
    "Demo data: calculation from the composition (invented for the demo)":
        "Демо-деректер: құрамы бойынша есеп (демо үшін ойдан алынған)",
    # Emissions to air (demo data).
    "Plant methodology (demo)": "Кәсіпорын әдістемесі (демо)",
    "Haul fleet (dump trucks and loaders)": "Карьер көлігі (автосамосвалдар мен тиегіштер)",
    "Smelter main stack": "Балқыту цехының бас түтін құбыры",
    "Electrostatic precipitator": "Электрсүзгі",
    "Crushing building aspiration vent": "Ұсақтау корпусының аспирациялық құбыры",
    "IPCC 2006 Guidelines, Volume 2 (GreenDesk default set)": "МГЭИК 2006 жылғы нұсқаулары, 2-том (GreenDesk стандартты жиынтығы)",
    "Demo data: the plant's methodology, invented for the demo (illustrative)": "Демо-деректер: кәсіпорын әдістемесі, демо үшін ойдан шығарылған (шартты мәндер)",
    "Smelter main stack sampling port": "Балқыту цехының бас түтін құбырындағы сынама алу нүктесі",
    "Nitrogen oxides (as NO2)": "Азот оксидтері (азот диоксидіне шаққанда)",
}

# The demo's classifier codes in Kazakh (the English and Russian texts: demo/waste.py).
CLASSIFIER: dict[str, str] = {
    "01": "Пайдалы қазбаларды барлау, өндіру және өңдеу қалдықтары",
    "0101": "Пайдалы қазбаларды өндіру қалдықтары",
    "010101": "Металды пайдалы қазбаларды өндіру қалдықтары",
    "0103": "Металды пайдалы қазбаларды қайта өңдеу қалдықтары",
    "010306": "01 03 04 және 01 03 05 кодтарында аталғандардан басқа байыту қалдықтары",
    "10": "Термиялық процестердің қалдықтары",
    "1006": "Мыстың термиялық металлургиясының қалдықтары",
    "100601": "Бастапқы және қайталама өндірістің шлактары",
    "100607": "Газдарды тазартудан шыққан шламдар мен сүзгі кектері",  # uncertain: кеки
    "13": "Май қалдықтары және сұйық отын қалдықтары",
    "1302": "Пайдаланылған мотор, трансмиссия және майлау майлары",
    "130205": "Минералды негіздегі хлорланбаған мотор, трансмиссия және майлау майлары",
    "15": "Орама қалдықтары, абсорбенттер, сүрту материалдары, сүзгі материалдары",
    "1502": "Абсорбенттер, сүзгі материалдары, сүрту материалдары, қорғаныш киімі",
    "150202": "Қауіпті заттармен ластанған абсорбенттер, сүзгі материалдары, сүрту "
              "материалдары және қорғаныш киімі",
}
