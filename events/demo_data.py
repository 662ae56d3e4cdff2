# ruff: noqa: E501 - the EVENTS table reads best one event per line
"""Texts of the demo calendar in all nine languages (de source; en ar fa tr uk ru ro bg).

Titles and summaries are real translations. Event titles of the regular formats are built from a
translated format ("Citizen forum: {topic}") and a translated topic, so every combination reads
naturally in every language."""

LANGUAGES = ("de", "en", "ar", "fa", "tr", "uk", "ru", "ro", "bg")

INDEX = {
    "de": (
        "Veranstaltungen",
        "Bürgerforen, Fachwerkstätten, Sprachcafés und die Lenkungsgruppe: alle Termine zum "
        "Integrationskonzept. Abonnieren Sie den Kalender, dann sehen Sie Änderungen sofort.",
    ),
    "en": (
        "Events",
        "Citizen forums, expert workshops, language cafés and the steering group: all dates of "
        "the integration concept. Subscribe to the calendar to see changes straight away.",
    ),
    "ar": (
        "الفعاليات",
        "منتديات المواطنين وورش العمل ومقاهي اللغة ومجموعة التوجيه: جميع مواعيد مفهوم الاندماج. "
        "اشترك في التقويم لترى التغييرات فورًا.",
    ),
    "fa": (
        "رویدادها",
        "انجمن‌های شهروندی، کارگاه‌های تخصصی، کافه‌های زبان و گروه راهبری: همه تاریخ‌های طرح "
        "ادغام. با اشتراک در تقویم، تغییرات را فوراً می‌بینید.",
    ),
    "tr": (
        "Etkinlikler",
        "Vatandaş forumları, uzman atölyeleri, dil kafeleri ve yönlendirme grubu: uyum "
        "konseptinin tüm tarihleri. Takvime abone olun, değişiklikleri hemen görün.",
    ),
    "uk": (
        "Події",
        "Громадські форуми, фахові майстерні, мовні кафе та керівна група: усі дати концепції "
        "інтеграції. Підпишіться на календар, щоб одразу бачити зміни.",
    ),
    "ru": (
        "Мероприятия",
        "Гражданские форумы, экспертные семинары, языковые кафе и руководящая группа: все даты "
        "концепции интеграции. Подпишитесь на календарь, чтобы сразу видеть изменения.",
    ),
    "ro": (
        "Evenimente",
        "Forumuri cetățenești, ateliere de specialitate, cafenele lingvistice și grupul de "
        "coordonare: toate datele conceptului de integrare. Abonați-vă la calendar ca să vedeți "
        "imediat schimbările.",
    ),
    "bg": (
        "Събития",
        "Граждански форуми, експертни семинари, езикови кафенета и ръководната група: всички "
        "дати на концепцията за интеграция. Абонирайте се за календара, за да виждате промените "
        "веднага.",
    ),
}

CATEGORIES = {
    "buergerforum": {
        "de": "Bürgerforum",
        "en": "Citizen forum",
        "ar": "منتدى المواطنين",
        "fa": "انجمن شهروندی",
        "tr": "Vatandaş forumu",
        "uk": "Громадський форум",
        "ru": "Гражданский форум",
        "ro": "Forum cetățenesc",
        "bg": "Граждански форум",
    },
    "fachwerkstatt": {
        "de": "Fachwerkstatt",
        "en": "Expert workshop",
        "ar": "ورشة عمل للمختصين",
        "fa": "کارگاه تخصصی",
        "tr": "Uzman atölyesi",
        "uk": "Фахова майстерня",
        "ru": "Экспертный семинар",
        "ro": "Atelier de specialitate",
        "bg": "Експертен семинар",
    },
    "sprachcafe": {
        "de": "Sprachcafé",
        "en": "Language café",
        "ar": "مقهى اللغة",
        "fa": "کافه زبان",
        "tr": "Dil kafesi",
        "uk": "Мовне кафе",
        "ru": "Языковое кафе",
        "ro": "Cafenea lingvistică",
        "bg": "Езиково кафе",
    },
    "lenkungsgruppe": {
        "de": "Lenkungsgruppe",
        "en": "Steering group",
        "ar": "مجموعة التوجيه",
        "fa": "گروه راهبری",
        "tr": "Yönlendirme grubu",
        "uk": "Керівна група",
        "ru": "Руководящая группа",
        "ro": "Grup de coordonare",
        "bg": "Ръководна група",
    },
    "konferenz": {
        "de": "Konferenz",
        "en": "Conference",
        "ar": "مؤتمر",
        "fa": "کنفرانس",
        "tr": "Konferans",
        "uk": "Конференція",
        "ru": "Конференция",
        "ro": "Conferință",
        "bg": "Конференция",
    },
}

# Proper names stay German (they are on the door); the accessibility notes are translated.
VENUES = {
    "rathaus": {
        "name": "Rathaus Ruhrbrück, Ratssaal",
        "street": "Rathausplatz 1",
        "postal_code": "44135",
        "city": "Ruhrbrück",
        "latitude": "51.513600",
        "longitude": "7.465300",
        "step_free": True,
        "hearing_loop": True,
        "accessible_toilet": True,
        "notes": {
            "de": "Stufenloser Eingang über die Rampe links vom Haupteingang; Induktionsschleife "
            "im Ratssaal.",
            "en": "Step-free entrance via the ramp to the left of the main door; hearing loop in "
            "the council chamber.",
            "ar": "مدخل بلا درجات عبر المنحدر على يسار المدخل الرئيسي؛ حلقة سمعية في قاعة المجلس.",
            "fa": "ورودی بدون پله از طریق رمپ سمت چپ در اصلی؛ حلقه شنوایی در سالن شورا.",
            "tr": "Ana kapının solundaki rampadan basamaksız giriş; meclis salonunda işitme "
            "döngüsü.",
            "uk": "Вхід без сходинок через пандус ліворуч від головного входу; індукційна петля "
            "в залі ради.",
            "ru": "Вход без ступенек по пандусу слева от главного входа; индукционная петля в "
            "зале совета.",
            "ro": "Intrare fără trepte pe rampa din stânga intrării principale; buclă auditivă în "
            "sala de consiliu.",
            "bg": "Вход без стъпала по рампата вляво от главния вход; индукционна верига в "
            "залата на съвета.",
        },
    },
    "bibliothek": {
        "name": "Stadtbibliothek Ruhrbrück",
        "street": "Marktplatz 3",
        "postal_code": "44135",
        "city": "Ruhrbrück",
        "latitude": "51.512900",
        "longitude": "7.468100",
        "step_free": True,
        "hearing_loop": False,
        "accessible_toilet": True,
        "notes": {
            "de": "Aufzug zu allen Etagen, barrierefreies WC im Erdgeschoss.",
            "en": "Lift to all floors, accessible toilet on the ground floor.",
            "ar": "مصعد إلى جميع الطوابق، ودورة مياه مهيأة لذوي الإعاقة في الطابق الأرضي.",
            "fa": "آسانسور به همه طبقات، سرویس بهداشتی مناسب افراد دارای معلولیت در طبقه همکف.",
            "tr": "Tüm katlara asansör, zemin katta engelli tuvaleti.",
            "uk": "Ліфт на всі поверхи, доступний туалет на першому поверсі.",
            "ru": "Лифт на все этажи, доступный туалет на первом этаже.",
            "ro": "Lift la toate etajele, toaletă accesibilă la parter.",
            "bg": "Асансьор до всички етажи, достъпна тоалетна на партера.",
        },
    },
    "stadtteilzentrum": {
        "name": "Stadtteilzentrum Nordstadt",
        "street": "Bornstraße 12",
        "postal_code": "44145",
        "city": "Ruhrbrück",
        "latitude": "51.527500",
        "longitude": "7.463000",
        "step_free": True,
        "hearing_loop": False,
        "accessible_toilet": False,
        "notes": {
            "de": "Eingang über den Hof mit Rampe. Kein barrierefreies WC.",
            "en": "Entrance through the courtyard with a ramp. No accessible toilet.",
            "ar": "المدخل عبر الفناء مع منحدر. لا توجد دورة مياه مهيأة.",
            "fa": "ورودی از طریق حیاط با رمپ. سرویس بهداشتی مناسب وجود ندارد.",
            "tr": "Giriş avludan, rampa var. Engelli tuvaleti yok.",
            "uk": "Вхід через двір, є пандус. Доступного туалету немає.",
            "ru": "Вход через двор, есть пандус. Доступного туалета нет.",
            "ro": "Intrarea prin curte, cu rampă. Nu există toaletă accesibilă.",
            "bg": "Вход през двора с рампа. Няма достъпна тоалетна.",
        },
    },
    "vhs": {
        "name": "Volkshochschule Ruhrbrück",
        "street": "Kampstraße 45",
        "postal_code": "44137",
        "city": "Ruhrbrück",
        "latitude": "51.514900",
        "longitude": "7.459600",
        "step_free": False,
        "hearing_loop": True,
        "accessible_toilet": False,
        "notes": {
            "de": "Die Seminarräume im 2. Stock sind nur über Treppen erreichbar; "
            "Induktionsschleife in Raum 204.",
            "en": "The seminar rooms on the 2nd floor can only be reached by stairs; hearing loop "
            "in room 204.",
            "ar": "لا يمكن الوصول إلى قاعات الندوات في الطابق الثاني إلا عبر الدرج؛ حلقة سمعية في "
            "الغرفة 204.",
            "fa": "اتاق‌های سمینار در طبقه دوم فقط از راه پله قابل دسترسی هستند؛ حلقه شنوایی در "
            "اتاق 204.",
            "tr": "2. kattaki seminer odalarına yalnızca merdivenle çıkılabilir; 204 numaralı "
            "odada işitme döngüsü var.",
            "uk": "До семінарських кімнат на 2-му поверсі можна дістатися лише сходами; "
            "індукційна петля в кімнаті 204.",
            "ru": "В семинарские комнаты на 2-м этаже можно попасть только по лестнице; "
            "индукционная петля в комнате 204.",
            "ro": "Sălile de seminar de la etajul 2 sunt accesibile doar pe scări; buclă auditivă "
            "în sala 204.",
            "bg": "Семинарните зали на 2-ри етаж са достъпни само по стълби; индукционна верига "
            "в зала 204.",
        },
    },
    "sporthalle": {
        "name": "Sporthalle Am Westpark",
        "street": "Lange Straße 80",
        "postal_code": "44137",
        "city": "Ruhrbrück",
        "latitude": "51.511000",
        "longitude": "7.448000",
        "step_free": True,
        "hearing_loop": False,
        "accessible_toilet": True,
        "notes": {
            "de": "Ebenerdiger Zugang, barrierefreies WC neben der Umkleide.",
            "en": "Level access, accessible toilet next to the changing room.",
            "ar": "مدخل على مستوى الأرض، ودورة مياه مهيأة بجانب غرفة تبديل الملابس.",
            "fa": "دسترسی هم‌سطح، سرویس بهداشتی مناسب کنار رختکن.",
            "tr": "Düz giriş, soyunma odasının yanında engelli tuvaleti.",
            "uk": "Вхід на рівні землі, доступний туалет біля роздягальні.",
            "ru": "Вход на уровне земли, доступный туалет рядом с раздевалкой.",
            "ro": "Acces la nivelul solului, toaletă accesibilă lângă vestiar.",
            "bg": "Вход на нивото на терена, достъпна тоалетна до съблекалнята.",
        },
    },
}

TOPICS = {
    "wohnen": {
        "de": "Wohnen",
        "en": "Housing",
        "ar": "السكن",
        "fa": "مسکن",
        "tr": "Konut",
        "uk": "Житло",
        "ru": "Жильё",
        "ro": "Locuințe",
        "bg": "Жилище",
    },
    "arbeit": {
        "de": "Arbeit und Ausbildung",
        "en": "Work and training",
        "ar": "العمل والتدريب المهني",
        "fa": "کار و آموزش حرفه‌ای",
        "tr": "İş ve meslek eğitimi",
        "uk": "Робота і професійне навчання",
        "ru": "Работа и профессиональное обучение",
        "ro": "Muncă și formare profesională",
        "bg": "Работа и професионално обучение",
    },
    "schule": {
        "de": "Schule und Kita",
        "en": "School and childcare",
        "ar": "المدرسة ورياض الأطفال",
        "fa": "مدرسه و مهدکودک",
        "tr": "Okul ve kreş",
        "uk": "Школа і дитячий садок",
        "ru": "Школа и детский сад",
        "ro": "Școală și grădiniță",
        "bg": "Училище и детска градина",
    },
    "gesundheit": {
        "de": "Gesundheit",
        "en": "Health",
        "ar": "الصحة",
        "fa": "سلامت",
        "tr": "Sağlık",
        "uk": "Здоров’я",
        "ru": "Здоровье",
        "ro": "Sănătate",
        "bg": "Здраве",
    },
    "sprache": {
        "de": "Sprache und Bildung",
        "en": "Language and education",
        "ar": "اللغة والتعليم",
        "fa": "زبان و آموزش",
        "tr": "Dil ve eğitim",
        "uk": "Мова та освіта",
        "ru": "Язык и образование",
        "ro": "Limbă și educație",
        "bg": "Език и образование",
    },
    "sport": {
        "de": "Sport und Vereine",
        "en": "Sport and clubs",
        "ar": "الرياضة والنوادي",
        "fa": "ورزش و باشگاه‌ها",
        "tr": "Spor ve dernekler",
        "uk": "Спорт і клуби",
        "ru": "Спорт и клубы",
        "ro": "Sport și cluburi",
        "bg": "Спорт и клубове",
    },
    "nachbarschaft": {
        "de": "Nachbarschaft",
        "en": "Neighbourhood",
        "ar": "الجوار",
        "fa": "همسایگی",
        "tr": "Komşuluk",
        "uk": "Сусідство",
        "ru": "Соседство",
        "ro": "Vecinătate",
        "bg": "Съседство",
    },
    "ehrenamt": {
        "de": "Ehrenamt",
        "en": "Volunteering",
        "ar": "العمل التطوعي",
        "fa": "کار داوطلبانه",
        "tr": "Gönüllülük",
        "uk": "Волонтерство",
        "ru": "Волонтёрство",
        "ro": "Voluntariat",
        "bg": "Доброволчество",
    },
}

# Regular formats: (title, summary) with {topic}.
FORMATS = {
    "buergerforum": {
        "de": (
            "Bürgerforum: {topic}",
            "Bürgerinnen und Bürger sprechen in kleinen Runden über das Thema „{topic}“. Ihre "
            "Ideen fließen in das Integrationskonzept ein.",
        ),
        "en": (
            "Citizen forum: {topic}",
            "Residents talk about “{topic}” in small groups. Your ideas go into the town’s "
            "integration concept.",
        ),
        "ar": (
            "منتدى المواطنين: {topic}",
            "يتحدث السكان في مجموعات صغيرة عن موضوع «{topic}». تدخل أفكاركم في مفهوم الاندماج "
            "الخاص بالمدينة.",
        ),
        "fa": (
            "انجمن شهروندی: {topic}",
            "ساکنان شهر در گروه‌های کوچک درباره موضوع «{topic}» گفت‌وگو می‌کنند. ایده‌های شما در "
            "طرح ادغام شهر به کار گرفته می‌شود.",
        ),
        "tr": (
            "Vatandaş forumu: {topic}",
            "Kentte yaşayanlar küçük gruplarda “{topic}” konusunu konuşuyor. Fikirleriniz "
            "uyum konseptine aktarılır.",
        ),
        "uk": (
            "Громадський форум: {topic}",
            "Мешканці міста в невеликих групах обговорюють тему «{topic}». Ваші ідеї увійдуть "
            "до концепції інтеграції.",
        ),
        "ru": (
            "Гражданский форум: {topic}",
            "Жители города обсуждают в небольших группах тему «{topic}». Ваши идеи войдут в "
            "концепцию интеграции.",
        ),
        "ro": (
            "Forum cetățenesc: {topic}",
            "Locuitorii discută în grupuri mici despre tema „{topic}”. Ideile dumneavoastră "
            "intră în conceptul de integrare al orașului.",
        ),
        "bg": (
            "Граждански форум: {topic}",
            "Жителите обсъждат в малки групи темата „{topic}“. Вашите идеи влизат в концепцията "
            "за интеграция на града.",
        ),
    },
    "fachwerkstatt": {
        "de": (
            "Fachwerkstatt: {topic}",
            "Fachleute aus Verwaltung, Vereinen und Migrantenorganisationen erarbeiten konkrete "
            "Maßnahmen zum Thema „{topic}“.",
        ),
        "en": (
            "Expert workshop: {topic}",
            "Specialists from the administration, associations and migrant organisations work "
            "out concrete measures on “{topic}”.",
        ),
        "ar": (
            "ورشة عمل للمختصين: {topic}",
            "يعمل مختصون من الإدارة والجمعيات ومنظمات المهاجرين على وضع إجراءات ملموسة حول "
            "موضوع «{topic}».",
        ),
        "fa": (
            "کارگاه تخصصی: {topic}",
            "کارشناسانی از اداره‌ها، انجمن‌ها و سازمان‌های مهاجران اقدام‌های مشخصی درباره موضوع "
            "«{topic}» تدوین می‌کنند.",
        ),
        "tr": (
            "Uzman atölyesi: {topic}",
            "Belediye, dernekler ve göçmen örgütlerinden uzmanlar “{topic}” konusunda somut "
            "önlemler geliştiriyor.",
        ),
        "uk": (
            "Фахова майстерня: {topic}",
            "Фахівці з адміністрації, об’єднань і організацій мігрантів розробляють конкретні "
            "заходи на тему «{topic}».",
        ),
        "ru": (
            "Экспертный семинар: {topic}",
            "Специалисты администрации, объединений и организаций мигрантов разрабатывают "
            "конкретные меры по теме «{topic}».",
        ),
        "ro": (
            "Atelier de specialitate: {topic}",
            "Specialiști din administrație, asociații și organizații ale migranților elaborează "
            "măsuri concrete pe tema „{topic}”.",
        ),
        "bg": (
            "Експертен семинар: {topic}",
            "Специалисти от администрацията, сдруженията и организациите на мигранти "
            "разработват конкретни мерки по темата „{topic}“.",
        ),
    },
    "stadtteilforum": {
        "de": (
            "Stadtteilforum Nordstadt: {topic}",
            "Im Stadtteilzentrum Nordstadt geht es um „{topic}“ vor Ort: Was läuft gut in der "
            "Nachbarschaft, was muss sich ändern?",
        ),
        "en": (
            "Nordstadt district forum: {topic}",
            "At the Nordstadt community centre we talk about “{topic}” in the neighbourhood: "
            "what works well, and what needs to change?",
        ),
        "ar": (
            "منتدى حي نوردشتات: {topic}",
            "في المركز المجتمعي في نوردشتات نتحدث عن «{topic}» في الحي: ما الذي يسير بشكل جيد "
            "وما الذي يجب أن يتغير؟",
        ),
        "fa": (
            "انجمن محله نوردشتات: {topic}",
            "در مرکز محله نوردشتات درباره «{topic}» در همسایگی گفت‌وگو می‌کنیم: چه چیزی خوب پیش "
            "می‌رود و چه چیزی باید تغییر کند؟",
        ),
        "tr": (
            "Nordstadt semt forumu: {topic}",
            "Nordstadt semt merkezinde mahallede “{topic}” konusunu konuşuyoruz: neler iyi "
            "gidiyor, neyin değişmesi gerekiyor?",
        ),
        "uk": (
            "Районний форум Нордштадт: {topic}",
            "У районному центрі Нордштадт говоримо про «{topic}» у нашому районі: що працює "
            "добре, а що треба змінити?",
        ),
        "ru": (
            "Районный форум Нордштадт: {topic}",
            "В районном центре Нордштадт говорим о теме «{topic}» в нашем районе: что работает "
            "хорошо, а что нужно изменить?",
        ),
        "ro": (
            "Forumul de cartier Nordstadt: {topic}",
            "La centrul de cartier Nordstadt vorbim despre „{topic}” în vecinătate: ce merge "
            "bine și ce trebuie schimbat?",
        ),
        "bg": (
            "Квартален форум Нордщат: {topic}",
            "В кварталния център Нордщат говорим за „{topic}“ в квартала: какво върви добре и "
            "какво трябва да се промени?",
        ),
    },
}

SPECIAL = {
    "sprachcafe": {
        "de": (
            "Sprachcafé in der Stadtbibliothek",
            "Deutsch sprechen bei Kaffee und Tee – ohne Anmeldung, für alle Sprachniveaus. "
            "Ehrenamtliche Sprachpatinnen und -paten sind dabei.",
        ),
        "en": (
            "Language café at the city library",
            "Practise German over coffee and tea – no registration, all levels welcome. Volunteer "
            "language mentors are there to help.",
        ),
        "ar": (
            "مقهى اللغة في مكتبة المدينة",
            "تحدّث الألمانية مع القهوة والشاي – دون تسجيل، ولجميع المستويات. يرافقكم متطوعون "
            "لدعم اللغة.",
        ),
        "fa": (
            "کافه زبان در کتابخانه شهر",
            "آلمانی صحبت کنید، همراه با چای و قهوه – بدون ثبت‌نام و برای همه سطح‌ها. داوطلبان "
            "زبان در کنار شما هستند.",
        ),
        "tr": (
            "Şehir kütüphanesinde dil kafesi",
            "Çay ve kahve eşliğinde Almanca konuşun – kayıt gerekmez, her seviyeye açık. Gönüllü "
            "dil rehberleri de orada.",
        ),
        "uk": (
            "Мовне кафе в міській бібліотеці",
            "Розмовляйте німецькою за кавою та чаєм – без реєстрації, для будь-якого рівня. "
            "Допомагають волонтери – мовні наставники.",
        ),
        "ru": (
            "Языковое кафе в городской библиотеке",
            "Говорите по-немецки за кофе и чаем – без регистрации, для любого уровня. Помогают "
            "волонтёры – языковые наставники.",
        ),
        "ro": (
            "Cafenea lingvistică la biblioteca orașului",
            "Vorbiți germană la o cafea sau un ceai – fără înscriere, pentru toate nivelurile. "
            "Voluntari vă ajută cu limba.",
        ),
        "bg": (
            "Езиково кафе в градската библиотека",
            "Говорете немски на кафе и чай – без регистрация, за всички нива. Доброволци езикови "
            "наставници ще ви помагат.",
        ),
    },
    "eltern-sprachcafe": {
        "de": (
            "Eltern-Sprachcafé im Stadtteilzentrum",
            "Deutsch üben, während die Kinder nebenan spielen. Mit Kinderbetreuung; Fragen rund "
            "um Kita und Schule sind willkommen.",
        ),
        "en": (
            "Parents’ language café at the community centre",
            "Practise German while the children play next door. Childcare provided; questions "
            "about nursery and school are welcome.",
        ),
        "ar": (
            "مقهى اللغة للآباء والأمهات في المركز المجتمعي",
            "تدرّبوا على الألمانية بينما يلعب الأطفال في الغرفة المجاورة. تتوفر رعاية للأطفال، "
            "ونرحب بالأسئلة حول الروضة والمدرسة.",
        ),
        "fa": (
            "کافه زبان والدین در مرکز محله",
            "آلمانی تمرین کنید، در حالی که کودکان در اتاق کناری بازی می‌کنند. با نگهداری از "
            "کودکان؛ پرسش‌ها درباره مهدکودک و مدرسه پذیرفته می‌شود.",
        ),
        "tr": (
            "Semt merkezinde veliler için dil kafesi",
            "Çocuklar yan odada oynarken Almanca pratik yapın. Çocuk bakımı var; kreş ve okulla "
            "ilgili sorularınızı da getirin.",
        ),
        "uk": (
            "Мовне кафе для батьків у районному центрі",
            "Практикуйте німецьку, поки діти граються поруч. Є догляд за дітьми; питання про "
            "садок і школу вітаються.",
        ),
        "ru": (
            "Языковое кафе для родителей в районном центре",
            "Практикуйте немецкий, пока дети играют в соседней комнате. Есть присмотр за детьми; "
            "вопросы о детском саде и школе приветствуются.",
        ),
        "ro": (
            "Cafenea lingvistică pentru părinți la centrul de cartier",
            "Exersați germana în timp ce copiii se joacă alături. Avem supraveghere pentru copii; "
            "întrebările despre grădiniță și școală sunt binevenite.",
        ),
        "bg": (
            "Езиково кафе за родители в кварталния център",
            "Упражнявайте немски, докато децата играят в съседната стая. Има грижа за децата; "
            "въпроси за детската градина и училището са добре дошли.",
        ),
    },
    "lenkungsgruppe": {
        "de": (
            "Lenkungsgruppe Integrationskonzept",
            "Die Lenkungsgruppe berät die Ergebnisse der Bürgerforen und Fachwerkstätten und "
            "beschließt die nächsten Schritte. Die Sitzung ist öffentlich; das Protokoll "
            "erscheint danach online.",
        ),
        "en": (
            "Steering group: integration concept",
            "The steering group reviews the results of the citizen forums and expert workshops "
            "and decides on the next steps. The meeting is public; the minutes are published "
            "online afterwards.",
        ),
        "ar": (
            "مجموعة التوجيه لمفهوم الاندماج",
            "تناقش مجموعة التوجيه نتائج منتديات المواطنين وورش العمل وتقرر الخطوات التالية. "
            "الجلسة علنية، ويُنشر المحضر على الإنترنت بعدها.",
        ),
        "fa": (
            "گروه راهبری طرح ادغام",
            "گروه راهبری نتایج انجمن‌های شهروندی و کارگاه‌های تخصصی را بررسی می‌کند و درباره "
            "گام‌های بعدی تصمیم می‌گیرد. جلسه عمومی است و صورت‌جلسه پس از آن آنلاین منتشر "
            "می‌شود.",
        ),
        "tr": (
            "Uyum konsepti yönlendirme grubu",
            "Yönlendirme grubu vatandaş forumlarının ve uzman atölyelerinin sonuçlarını "
            "değerlendirir ve sonraki adımlara karar verir. Toplantı herkese açıktır; tutanak "
            "daha sonra internette yayımlanır.",
        ),
        "uk": (
            "Керівна група концепції інтеграції",
            "Керівна група обговорює результати громадських форумів і фахових майстерень та "
            "ухвалює наступні кроки. Засідання відкрите; протокол потім публікується онлайн.",
        ),
        "ru": (
            "Руководящая группа концепции интеграции",
            "Руководящая группа обсуждает результаты гражданских форумов и экспертных семинаров "
            "и принимает решения о следующих шагах. Заседание открытое; протокол затем "
            "публикуется онлайн.",
        ),
        "ro": (
            "Grupul de coordonare al conceptului de integrare",
            "Grupul de coordonare discută rezultatele forumurilor cetățenești și ale atelierelor "
            "și decide pașii următori. Ședința este publică; procesul-verbal este publicat apoi "
            "online.",
        ),
        "bg": (
            "Ръководна група за концепцията за интеграция",
            "Ръководната група обсъжда резултатите от гражданските форуми и експертните семинари "
            "и решава следващите стъпки. Заседанието е открито; протоколът се публикува онлайн "
            "след това.",
        ),
    },
    "buergerforum-world-cafe": {
        "de": (
            "Bürgerforum Integration: World-Café",
            "An wechselnden Tischen sprechen Alteingesessene und Neuzugewanderte darüber, was "
            "Ruhrbrück zu einem guten Zuhause macht. Dolmetschung ins Arabische, Persische und "
            "Ukrainische.",
        ),
        "en": (
            "Citizen forum on integration: World Café",
            "At changing tables, long-time residents and newcomers talk about what makes "
            "Ruhrbrück a good home. Interpreting into Arabic, Persian and Ukrainian.",
        ),
        "ar": (
            "منتدى المواطنين للاندماج: مقهى العالم",
            "على طاولات متغيرة يتحدث السكان القدامى والقادمون الجدد عمّا يجعل روربروك وطنًا "
            "جيدًا. تتوفر ترجمة فورية إلى العربية والفارسية والأوكرانية.",
        ),
        "fa": (
            "انجمن شهروندی ادغام: کافه جهانی",
            "ساکنان قدیمی و تازه‌واردان پشت میزهای متغیر درباره اینکه چه چیزی روربروک را به "
            "خانه‌ای خوب تبدیل می‌کند گفت‌وگو می‌کنند. ترجمه همزمان به عربی، فارسی و اوکراینی.",
        ),
        "tr": (
            "Uyum vatandaş forumu: Dünya Kafe",
            "Değişen masalarda eski ve yeni Ruhrbrück sakinleri, şehri iyi bir yuva yapan "
            "şeyleri konuşuyor. Arapça, Farsça ve Ukraynaca tercüme var.",
        ),
        "uk": (
            "Громадський форум з інтеграції: Світове кафе",
            "За змінними столами давні мешканці та новоприбулі говорять про те, що робить "
            "Рурбрюк добрим домом. Усний переклад арабською, перською та українською.",
        ),
        "ru": (
            "Гражданский форум по интеграции: Мировое кафе",
            "За сменяющимися столами старожилы и новоприбывшие говорят о том, что делает "
            "Рурбрюк хорошим домом. Устный перевод на арабский, персидский и украинский.",
        ),
        "ro": (
            "Forum cetățenesc pentru integrare: World Café",
            "La mese care se schimbă, localnici și nou-veniți discută despre ce face din "
            "Ruhrbrück un cămin bun. Interpretare în arabă, persană și ucraineană.",
        ),
        "bg": (
            "Граждански форум за интеграция: Световно кафе",
            "На сменящи се маси дългогодишни жители и новодошли говорят за това какво прави "
            "Рурбрюк добър дом. Превод на арабски, персийски и украински.",
        ),
    },
    "integrationskonferenz": {
        "de": (
            "Integrationskonferenz Ruhrbrück",
            "Zwei Tage mit Vorträgen, Austausch und Ergebnissen aus einem Jahr Beteiligung: Was "
            "wir gemeinsam erreicht haben und was als Nächstes kommt.",
        ),
        "en": (
            "Ruhrbrück integration conference",
            "Two days of talks, exchange and results from a year of participation: what we have "
            "achieved together and what comes next.",
        ),
        "ar": (
            "مؤتمر الاندماج في روربروك",
            "يومان من المحاضرات والحوار ونتائج عام من المشاركة: ما حققناه معًا وما هي الخطوات "
            "القادمة.",
        ),
        "fa": (
            "کنفرانس ادغام روربروک",
            "دو روز سخنرانی، گفت‌وگو و ارائه نتایج یک سال مشارکت: آنچه با هم به دست آورده‌ایم و "
            "گام‌های بعدی.",
        ),
        "tr": (
            "Ruhrbrück Uyum Konferansı",
            "Konuşmalar, fikir alışverişi ve bir yıllık katılımın sonuçlarıyla dolu iki gün: "
            "birlikte neler başardık ve sırada ne var.",
        ),
        "uk": (
            "Конференція з інтеграції в Рурбрюку",
            "Два дні доповідей, обміну думками та результатів року участі: чого ми досягли разом "
            "і що буде далі.",
        ),
        "ru": (
            "Конференция по интеграции в Рурбрюке",
            "Два дня докладов, обмена мнениями и результатов года участия: чего мы достигли "
            "вместе и что будет дальше.",
        ),
        "ro": (
            "Conferința de integrare Ruhrbrück",
            "Două zile cu prezentări, schimb de idei și rezultatele unui an de participare: ce "
            "am realizat împreună și ce urmează.",
        ),
        "bg": (
            "Конференция за интеграция в Рурбрюк",
            "Два дни с доклади, обмен и резултати от една година участие: какво постигнахме "
            "заедно и какво следва.",
        ),
    },
    "jugendforum": {
        "de": (
            "Jugendforum: Was fehlt euch in Ruhrbrück?",
            "Junge Menschen zwischen 14 und 21 sagen, was sie brauchen: Treffpunkte, Sport, "
            "Ausbildung. Mit Pizza.",
        ),
        "en": (
            "Youth forum: what is missing for you in Ruhrbrück?",
            "Young people aged 14 to 21 say what they need: places to meet, sport, training. "
            "Pizza included.",
        ),
        "ar": (
            "منتدى الشباب: ما الذي ينقصكم في روربروك؟",
            "يعبّر الشباب بين 14 و21 عامًا عن احتياجاتهم: أماكن للقاء، رياضة، تدريب مهني. مع "
            "البيتزا.",
        ),
        "fa": (
            "انجمن جوانان: در روربروک چه چیزی کم دارید؟",
            "جوانان 14 تا 21 ساله می‌گویند به چه نیاز دارند: محل دیدار، ورزش، آموزش حرفه‌ای. "
            "همراه با پیتزا.",
        ),
        "tr": (
            "Gençlik forumu: Ruhrbrück’te size ne eksik?",
            "14–21 yaş arası gençler neye ihtiyaç duyduklarını anlatıyor: buluşma yerleri, spor, "
            "meslek eğitimi. Pizza bizden.",
        ),
        "uk": (
            "Молодіжний форум: чого вам бракує в Рурбрюку?",
            "Молодь від 14 до 21 року розповідає, що їй потрібно: місця для зустрічей, спорт, "
            "навчання. З піцою.",
        ),
        "ru": (
            "Молодёжный форум: чего вам не хватает в Рурбрюке?",
            "Молодёжь от 14 до 21 года рассказывает, что ей нужно: места для встреч, спорт, "
            "обучение. С пиццей.",
        ),
        "ro": (
            "Forumul tinerilor: ce vă lipsește în Ruhrbrück?",
            "Tinerii între 14 și 21 de ani spun de ce au nevoie: locuri de întâlnire, sport, "
            "formare. Cu pizza.",
        ),
        "bg": (
            "Младежки форум: какво ви липсва в Рурбрюк?",
            "Млади хора между 14 и 21 години казват от какво имат нужда: места за срещи, спорт, "
            "обучение. С пица.",
        ),
    },
}

CANCEL_REASON = {
    "de": "Die Sporthalle ist wegen eines Wasserschadens gesperrt. Ein neuer Termin folgt.",
    "en": "The sports hall is closed because of water damage. A new date will follow.",
    "ar": "الصالة الرياضية مغلقة بسبب ضرر ناتج عن المياه. سيُعلن عن موعد جديد.",
    "fa": "سالن ورزشی به دلیل آسیب ناشی از آب بسته است. تاریخ جدید اعلام خواهد شد.",
    "tr": "Spor salonu su hasarı nedeniyle kapalı. Yeni tarih duyurulacak.",
    "uk": "Спортзал закрито через пошкодження водою. Нову дату буде оголошено.",
    "ru": "Спортзал закрыт из-за протечки. Новая дата будет объявлена.",
    "ro": "Sala de sport este închisă din cauza unei inundații. Urmează o nouă dată.",
    "bg": "Спортната зала е затворена заради наводнение. Нова дата ще бъде обявена.",
}

CONFERENCE_COST = {
    "de": "10 €, ermäßigt 5 €",
    "en": "€10, reduced €5",
    "ar": "10 يورو، المخفّض 5 يورو",
    "fa": "10 یورو، با تخفیف 5 یورو",
    "tr": "10 €, indirimli 5 €",
    "uk": "10 €, пільговий 5 €",
    "ru": "10 €, льготный 5 €",
    "ro": "10 €, redus 5 €",
    "bg": "10 €, намалена 5 €",
}

PRACTICAL = {
    "de": "Bitte kommen Sie ein paar Minuten früher. Bei Fragen hilft das Integrationsbüro gern "
    "weiter.",
    "en": "Please arrive a few minutes early. The integration office is happy to help with any "
    "questions.",
    "ar": "يرجى الحضور قبل الموعد ببضع دقائق. يسعد مكتب الاندماج بالإجابة عن أسئلتكم.",
    "fa": "لطفاً چند دقیقه زودتر بیایید. دفتر ادغام با کمال میل به پرسش‌های شما پاسخ می‌دهد.",
    "tr": "Lütfen birkaç dakika erken gelin. Sorularınız için uyum ofisi memnuniyetle yardımcı "
    "olur.",
    "uk": "Будь ласка, приходьте на кілька хвилин раніше. Бюро інтеграції охоче відповість на "
    "ваші запитання.",
    "ru": "Пожалуйста, приходите на несколько минут раньше. Бюро по интеграции с радостью "
    "ответит на ваши вопросы.",
    "ro": "Vă rugăm să veniți cu câteva minute mai devreme. Biroul de integrare vă ajută cu "
    "plăcere la orice întrebare.",
    "bg": "Моля, елате няколко минути по-рано. Бюрото за интеграция с удоволствие ще отговори "
    "на въпросите ви.",
}

ORGANISER = {
    "organiser_name": "Integrationsbüro der Stadt Ruhrbrück",
    "organiser_email": "integration@ruhrbrueck.example",
    "organiser_phone": "+49 2999 123-450",
}

FORUM_LANGUAGES = {"languages": ["de"], "interpreted": ["ar", "fa", "uk"]}
CAFE_LANGUAGES = {"languages": ["de", "ar", "fa", "tr", "uk"], "interpreted": []}
GERMAN_ONLY = {"languages": ["de"], "interpreted": []}

# slug, texts (special key or (format, topic)), category, venue, day offset, start "HH:MM",
# hours, extra fields. Day offsets are from the day the demo is loaded.
# fmt: off
EVENTS = [
    # The past (archive).
    ("buergerforum-wohnen-rueckblick", ("buergerforum", "wohnen"), "buergerforum", "rathaus", -40, "18:00", 3, {}),
    ("fachwerkstatt-arbeit-rueckblick", ("fachwerkstatt", "arbeit"), "fachwerkstatt", "vhs", -26, "15:00", 3, {}),
    ("stadtteilforum-schule-rueckblick", ("stadtteilforum", "schule"), "buergerforum", "stadtteilzentrum", -12, "17:30", 2, {}),
    ("fachwerkstatt-sprache-rueckblick", ("fachwerkstatt", "sprache"), "fachwerkstatt", "vhs", -5, "10:00", 4, {}),
    # Recurring.
    ("sprachcafe", "sprachcafe", "sprachcafe", "bibliothek", 2, "17:00", 2, {"repeat": "weekly", "until_days": 182, "audiences": ["newcomers"], **CAFE_LANGUAGES}),
    ("eltern-sprachcafe", "eltern-sprachcafe", "sprachcafe", "stadtteilzentrum", 5, "09:30", 2, {"repeat": "weekly", "until_days": 120, "audiences": ["newcomers", "families"], **CAFE_LANGUAGES}),
    ("lenkungsgruppe", "lenkungsgruppe", "lenkungsgruppe", "rathaus", 17, "17:00", 2, {"repeat": "monthly_weekday", "interval": 3, "until_days": 730, "audiences": ["administration", "associations"], **GERMAN_ONLY}),
    # The World-Café (the forum app attaches its registration to it).
    ("buergerforum-world-cafe", "buergerforum-world-cafe", "buergerforum", "rathaus", 21, "17:30", 3, {"audiences": ["newcomers", "families", "associations"], **FORUM_LANGUAGES}),
    # Citizen forums.
    ("buergerforum-gesundheit", ("buergerforum", "gesundheit"), "buergerforum", "rathaus", 10, "18:00", 2, {}),
    ("buergerforum-sprache", ("buergerforum", "sprache"), "buergerforum", "bibliothek", 35, "18:00", 2, {}),
    ("buergerforum-sport", ("buergerforum", "sport"), "buergerforum", "sporthalle", 49, "18:00", 2, {"cancelled": True}),
    ("buergerforum-nachbarschaft", ("buergerforum", "nachbarschaft"), "buergerforum", "stadtteilzentrum", 63, "18:00", 2, {}),
    ("buergerforum-ehrenamt", ("buergerforum", "ehrenamt"), "buergerforum", "rathaus", 84, "18:00", 2, {}),
    ("buergerforum-wohnen", ("buergerforum", "wohnen"), "buergerforum", "rathaus", 105, "18:00", 2, {}),
    ("buergerforum-arbeit", ("buergerforum", "arbeit"), "buergerforum", "bibliothek", 126, "18:00", 2, {}),
    ("buergerforum-schule", ("buergerforum", "schule"), "buergerforum", "stadtteilzentrum", 147, "18:00", 2, {}),
    ("jugendforum", "jugendforum", "buergerforum", "sporthalle", 30, "16:00", 3, {"audiences": ["youth"], **GERMAN_ONLY}),
    # Expert workshops.
    ("fachwerkstatt-wohnen", ("fachwerkstatt", "wohnen"), "fachwerkstatt", "vhs", 14, "14:00", 3, {}),
    ("fachwerkstatt-arbeit", ("fachwerkstatt", "arbeit"), "fachwerkstatt", "vhs", 28, "14:00", 3, {"online_url": "https://konferenz.ruhrbrueck.example/fachwerkstatt-arbeit"}),
    ("fachwerkstatt-schule", ("fachwerkstatt", "schule"), "fachwerkstatt", "vhs", 42, "14:00", 3, {}),
    ("fachwerkstatt-gesundheit", ("fachwerkstatt", "gesundheit"), "fachwerkstatt", "rathaus", 56, "14:00", 3, {}),
    ("fachwerkstatt-sprache", ("fachwerkstatt", "sprache"), "fachwerkstatt", "vhs", 70, "14:00", 3, {}),
    ("fachwerkstatt-sport", ("fachwerkstatt", "sport"), "fachwerkstatt", "sporthalle", 91, "14:00", 3, {}),
    ("fachwerkstatt-nachbarschaft", ("fachwerkstatt", "nachbarschaft"), "fachwerkstatt", "stadtteilzentrum", 112, "14:00", 3, {}),
    ("fachwerkstatt-ehrenamt", ("fachwerkstatt", "ehrenamt"), "fachwerkstatt", "rathaus", 133, "14:00", 3, {}),
    # District forums in the Nordstadt.
    ("stadtteilforum-wohnen", ("stadtteilforum", "wohnen"), "buergerforum", "stadtteilzentrum", 18, "17:30", 2, {}),
    ("stadtteilforum-gesundheit", ("stadtteilforum", "gesundheit"), "buergerforum", "stadtteilzentrum", 46, "17:30", 2, {}),
    ("stadtteilforum-sport", ("stadtteilforum", "sport"), "buergerforum", "stadtteilzentrum", 77, "17:30", 2, {}),
    ("stadtteilforum-arbeit", ("stadtteilforum", "arbeit"), "buergerforum", "stadtteilzentrum", 98, "17:30", 2, {}),
    ("stadtteilforum-sprache", ("stadtteilforum", "sprache"), "buergerforum", "stadtteilzentrum", 119, "17:30", 2, {}),
    ("stadtteilforum-ehrenamt", ("stadtteilforum", "ehrenamt"), "buergerforum", "stadtteilzentrum", 140, "17:30", 2, {}),
    ("stadtteilforum-nachbarschaft", ("stadtteilforum", "nachbarschaft"), "buergerforum", "stadtteilzentrum", 161, "17:30", 2, {}),
    ("stadtteilforum-schule", ("stadtteilforum", "schule"), "buergerforum", "stadtteilzentrum", 175, "17:30", 2, {}),
    # The yearly conference (two whole days).
    ("integrationskonferenz", "integrationskonferenz", "konferenz", "rathaus", 168, "09:00", 32, {"all_day": True, "cost": True, "registration_url": "https://ruhrbrueck.example/integrationskonferenz/anmeldung", "audiences": ["associations", "administration", "newcomers"], **FORUM_LANGUAGES}),
]
# fmt: on
