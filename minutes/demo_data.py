"""Demo content of the minutes: the archive page, three bodies and their minutes.

The minutes themselves are the German record; titles, body names and descriptions and the
plain-language summaries are given in all nine languages. Names of members are fictitious
public officials and representatives of organisations."""

import datetime

LANGUAGES = ("de", "en", "ar", "fa", "tr", "uk", "ru", "ro", "bg")

INDEX = {
    "de": {
        "title": "Protokolle",
        "intro": "Hier stehen die Protokolle der Lenkungsgruppe, des Integrationsrats und der "
        "Arbeitsgruppen. Jedes Protokoll hat eine kurze Zusammenfassung in einfacher Sprache.",
    },
    "en": {
        "title": "Minutes",
        "intro": "The minutes of the steering group, the integration council and the working "
        "groups. Every set of minutes has a short summary in plain language.",
    },
    "ar": {
        "title": "المحاضر",
        "intro": "هنا تجد محاضر مجموعة التوجيه ومجلس الاندماج ومجموعات العمل. لكل محضر ملخص "
        "قصير بلغة بسيطة.",
    },
    "fa": {
        "title": "صورت‌جلسه‌ها",
        "intro": "صورت‌جلسه‌های گروه راهبری، شورای ادغام و گروه‌های کاری. هر صورت‌جلسه یک خلاصه "
        "کوتاه به زبان ساده دارد.",
    },
    "tr": {
        "title": "Tutanaklar",
        "intro": "Yönlendirme grubunun, uyum meclisinin ve çalışma gruplarının tutanakları. Her "
        "tutanağın sade dilde kısa bir özeti vardır.",
    },
    "uk": {
        "title": "Протоколи",
        "intro": "Протоколи керівної групи, ради з інтеграції та робочих груп. Кожен протокол "
        "має коротке резюме простою мовою.",
    },
    "ru": {
        "title": "Протоколы",
        "intro": "Протоколы руководящей группы, совета по интеграции и рабочих групп. У каждого "
        "протокола есть краткое резюме простым языком.",
    },
    "ro": {
        "title": "Procese-verbale",
        "intro": "Procesele-verbale ale grupului de coordonare, ale consiliului de integrare și "
        "ale grupurilor de lucru. Fiecare are un scurt rezumat în limbaj simplu.",
    },
    "bg": {
        "title": "Протоколи",
        "intro": "Протоколите на ръководната група, на съвета по интеграция и на работните "
        "групи. Всеки протокол има кратко резюме на ясен език.",
    },
}

TITLE_PATTERNS = {
    "de": "{body}: Sitzung vom {date}",
    "en": "{body}: meeting of {date}",
    "ar": "{body}: اجتماع {date}",
    "fa": "{body}: جلسه {date}",
    "tr": "{body}: {date} tarihli toplantı",
    "uk": "{body}: засідання {date}",
    "ru": "{body}: заседание {date}",
    "ro": "{body}: ședința din {date}",
    "bg": "{body}: заседание от {date}",
}

BODIES = [
    {
        "slug": "lenkungsgruppe",
        "kind": "steering_group",
        "short_name": "LG",
        "names": {
            "de": "Lenkungsgruppe Integrationskonzept",
            "en": "Integration Concept Steering Group",
            "ar": "مجموعة توجيه مفهوم الاندماج",
            "fa": "گروه راهبری طرح ادغام",
            "tr": "Uyum Konsepti Yönlendirme Grubu",
            "uk": "Керівна група концепції інтеграції",
            "ru": "Руководящая группа концепции интеграции",
            "ro": "Grupul de coordonare al conceptului de integrare",
            "bg": "Ръководна група за концепцията за интеграция",
        },
        "descriptions": {
            "de": "Die Lenkungsgruppe steuert die Umsetzung des Integrationskonzepts. Sie tagt "
            "jedes Quartal und bringt Verwaltung, Wohlfahrtsverbände, Integrationsrat, Jobcenter "
            "und Migrantenorganisationen an einen Tisch.",
            "en": "The steering group guides the integration concept. It meets every quarter and "
            "brings together the city administration, welfare organisations, the integration "
            "council, the job centre and migrant organisations.",
            "ar": "توجّه مجموعة التوجيه تنفيذ مفهوم الاندماج. تجتمع كل ثلاثة أشهر وتجمع إدارة "
            "المدينة والجمعيات الخيرية ومجلس الاندماج ومركز العمل ومنظمات المهاجرين.",
            "fa": "گروه راهبری اجرای طرح ادغام را هدایت می‌کند. این گروه هر سه ماه یک بار جلسه "
            "دارد و شهرداری، انجمن‌های خیریه، شورای ادغام، مرکز کاریابی و سازمان‌های مهاجران را "
            "دور یک میز می‌آورد.",
            "tr": "Yönlendirme grubu uyum konseptinin uygulanmasını yönetir. Her çeyrekte toplanır "
            "ve belediyeyi, yardım kuruluşlarını, uyum meclisini, iş merkezini ve göçmen "
            "örgütlerini bir araya getirir.",
            "uk": "Керівна група спрямовує втілення концепції інтеграції. Вона збирається "
            "щокварталу й об'єднує міську адміністрацію, благодійні організації, раду з "
            "інтеграції, центр зайнятості та організації мігрантів.",
            "ru": "Руководящая группа направляет реализацию концепции интеграции. Она собирается "
            "раз в квартал и объединяет администрацию города, благотворительные организации, "
            "совет по интеграции, центр занятости и организации мигрантов.",
            "ro": "Grupul de coordonare conduce punerea în practică a conceptului de integrare. Se "
            "întrunește în fiecare trimestru și reunește primăria, organizațiile de caritate, "
            "consiliul de integrare, agenția de ocupare și organizațiile migranților.",
            "bg": "Ръководната група направлява изпълнението на концепцията за интеграция. Тя "
            "заседава всяко тримесечие и събира общината, благотворителните организации, "
            "съвета по интеграция, бюрото по труда и организациите на мигрантите.",
        },
        "members": [
            ("Dr. Claudia Neumann", "Vorsitz", "Beigeordnete für Soziales, Stadt Ruhrbrück"),
            ("Mehmet Aydın", "Stellvertretender Vorsitz", "Integrationsrat Ruhrbrück"),
            ("Sabine Krüger", "Geschäftsführung", "Kommunales Integrationszentrum"),
            ("Thomas Berger", "Mitglied", "Caritasverband Ruhrbrück"),
            ("Leyla Rahimi", "Mitglied", "Jobcenter Ruhrbrück"),
            ("Olena Petrenko", "Mitglied", "Ukrainischer Verein Ruhrbrück e. V."),
        ],
    },
    {
        "slug": "integrationsrat",
        "kind": "council",
        "short_name": "IR",
        "names": {
            "de": "Integrationsrat",
            "en": "Integration Council",
            "ar": "مجلس الاندماج",
            "fa": "شورای ادغام",
            "tr": "Uyum Meclisi",
            "uk": "Рада з інтеграції",
            "ru": "Совет по интеграции",
            "ro": "Consiliul de integrare",
            "bg": "Съвет по интеграция",
        },
        "descriptions": {
            "de": "Der Integrationsrat vertritt die Menschen mit Einwanderungsgeschichte in "
            "Ruhrbrück gegenüber Rat und Verwaltung. Seine Mitglieder werden gewählt.",
            "en": "The integration council represents people with a migration history in "
            "Ruhrbrück towards the city council and administration. Its members are elected.",
            "ar": "يمثل مجلس الاندماج الأشخاص ذوي الخلفية المهاجرة في روهربروك أمام مجلس المدينة "
            "والإدارة. يُنتخب أعضاؤه.",
            "fa": "شورای ادغام نماینده مردم با پیشینه مهاجرت در روربروک در برابر شورای شهر و "
            "شهرداری است. اعضای آن انتخاب می‌شوند.",
            "tr": "Uyum meclisi, Ruhrbrück'te göç geçmişi olan insanları belediye meclisi ve "
            "yönetim karşısında temsil eder. Üyeleri seçimle belirlenir.",
            "uk": "Рада з інтеграції представляє людей з міграційною історією в Рурбрюку перед "
            "міською радою та адміністрацією. Її членів обирають.",
            "ru": "Совет по интеграции представляет людей с миграционной историей в Рурбрюке "
            "перед городским советом и администрацией. Его члены избираются.",
            "ro": "Consiliul de integrare reprezintă oamenii cu istorie de migrație din Ruhrbrück "
            "în fața consiliului local și a administrației. Membrii săi sunt aleși.",
            "bg": "Съветът по интеграция представлява хората с миграционна история в Рурбрюк "
            "пред общинския съвет и администрацията. Членовете му се избират.",
        },
        "members": [
            ("Mehmet Aydın", "Vorsitz", "Liste Gemeinsam Ruhrbrück"),
            ("Amira Haddad", "Stellvertretender Vorsitz", "Liste Vielfalt"),
            ("Jürgen Wolf", "Mitglied", "Ratsfraktion, vom Rat entsandt"),
            ("Sabine Krüger", "Geschäftsstelle", "Kommunales Integrationszentrum"),
        ],
    },
    {
        "slug": "ag-wohnen",
        "kind": "working_group",
        "short_name": "AG Wohnen",
        "names": {
            "de": "AG Wohnen",
            "en": "Housing Working Group",
            "ar": "مجموعة عمل السكن",
            "fa": "گروه کاری مسکن",
            "tr": "Konut Çalışma Grubu",
            "uk": "Робоча група «Житло»",
            "ru": "Рабочая группа «Жильё»",
            "ro": "Grupul de lucru Locuire",
            "bg": "Работна група „Жилища“",
        },
        "descriptions": {
            "de": "Die Arbeitsgruppe Wohnen sucht Wege aus Sammelunterkünften in eigene "
            "Wohnungen und arbeitet mit Vermieterinnen und Vermietern zusammen.",
            "en": "The housing working group looks for ways out of shared accommodation into "
            "flats of one's own and works with landlords.",
            "ar": "تبحث مجموعة عمل السكن عن طرق للانتقال من السكن الجماعي إلى شقق خاصة، وتعمل مع "
            "المؤجرين.",
            "fa": "گروه کاری مسکن راه‌هایی برای رفتن از اقامتگاه‌های جمعی به آپارتمان‌های شخصی "
            "پیدا می‌کند و با صاحبخانه‌ها همکاری دارد.",
            "tr": "Konut çalışma grubu toplu konaklama yerlerinden kendi dairelerine geçiş yolları "
            "arar ve ev sahipleriyle birlikte çalışır.",
            "uk": "Робоча група «Житло» шукає шляхи переїзду зі спільного житла у власні квартири "
            "й співпрацює з орендодавцями.",
            "ru": "Рабочая группа «Жильё» ищет пути переезда из общежитий в собственные квартиры "
            "и работает с арендодателями.",
            "ro": "Grupul de lucru Locuire caută căi de a trece din cazarea colectivă în locuințe "
            "proprii și colaborează cu proprietarii.",
            "bg": "Работната група „Жилища“ търси пътища от общите общежития към собствени "
            "жилища и работи с наемодателите.",
        },
        "members": [
            ("Katrin Vogel", "Leitung", "Amt für Wohnen, Stadt Ruhrbrück"),
            ("Ahmad Karimi", "Mitglied", "Flüchtlingsrat Ruhrbrück"),
            ("Petra Schulte", "Mitglied", "Wohnungsgenossenschaft Ruhrbrück eG"),
            ("Thomas Berger", "Mitglied", "Caritasverband Ruhrbrück"),
        ],
    },
]


def _item(number, title, outcome, discussion, decisions=(), tasks=()):
    return {
        "number": f"TOP {number}",
        "title": title,
        "outcome": outcome,
        "discussion": discussion,
        "decisions": list(decisions),
        "responsibilities": [
            {"who": who, "what": what, "due": due.isoformat() if due else None}
            for who, what, due in tasks
        ],
    }


D = datetime.date

MINUTES = [
    {
        "slug": "lenkungsgruppe-2024-03-14",
        "body": "lenkungsgruppe",
        "date": D(2024, 3, 14),
        "times": ("16:00", "18:00"),
        "place": "Rathaus Ruhrbrück, Sitzungssaal 2",
        "attendees": 14,
        "organisations": [
            "Stadt Ruhrbrück",
            "Kommunales Integrationszentrum",
            "Caritasverband Ruhrbrück",
            "Jobcenter Ruhrbrück",
            "Integrationsrat Ruhrbrück",
        ],
        "agenda": [
            _item(
                1,
                "Begrüßung und Genehmigung der Tagesordnung",
                "noted",
                "<p>Frau Dr. Neumann begrüßt die Anwesenden. Die Tagesordnung wird ohne "
                "Änderungen genehmigt.</p>",
            ),
            _item(
                2,
                "Start der Beteiligungsphase zum Integrationskonzept",
                "decided",
                "<p>Das Kommunale Integrationszentrum stellt den Zeitplan vor: vier "
                "Bürgerforen im World-Café-Format, zwei Fachworkshops und eine Online-"
                "Beteiligung. Mehrere Mitglieder bitten darum, die Foren abends und mit "
                "Kinderbetreuung anzubieten.</p>",
                [
                    "Die Lenkungsgruppe beschließt den vorgestellten Zeitplan mit vier "
                    "Bürgerforen zwischen Mai und Oktober 2024."
                ],
                [
                    (
                        "Kommunales Integrationszentrum",
                        "Termine und Orte der Bürgerforen festlegen",
                        D(2024, 4, 15),
                    ),
                    (
                        "Caritasverband Ruhrbrück",
                        "Kinderbetreuung für die Foren organisieren",
                        D(2024, 4, 30),
                    ),
                ],
            ),
            _item(
                3,
                "Mehrsprachige Einladungen",
                "decided",
                "<p>Einladungen sollen in neun Sprachen erscheinen. Der Integrationsrat bietet "
                "an, die Übersetzungen gegenzulesen.</p>",
                [
                    "Einladungen erscheinen in Deutsch, Englisch, Arabisch, Persisch, Türkisch, "
                    "Ukrainisch, Russisch, Rumänisch und Bulgarisch."
                ],
                [("Integrationsrat Ruhrbrück", "Übersetzungen gegenlesen", D(2024, 4, 30))],
            ),
        ],
        "summary": {
            "de": "Die Lenkungsgruppe hat die Beteiligung gestartet. Es gibt vier Bürgerforen "
            "von Mai bis Oktober. Einladungen kommen in neun Sprachen. Für Kinder gibt es "
            "Betreuung.",
            "en": "The steering group started the participation process. There will be four "
            "citizen forums from May to October. Invitations come in nine languages. There is "
            "childcare.",
            "ar": "بدأت مجموعة التوجيه عملية المشاركة. ستُعقد أربعة منتديات للمواطنين من مايو إلى "
            "أكتوبر. تصل الدعوات بتسع لغات. تتوفر رعاية للأطفال.",
            "fa": "گروه راهبری مشارکت را آغاز کرد. از مه تا اکتبر چهار نشست شهروندی برگزار "
            "می‌شود. دعوت‌نامه‌ها به نه زبان می‌آیند. برای کودکان مراقبت وجود دارد.",
            "tr": "Yönlendirme grubu katılım sürecini başlattı. Mayıs'tan Ekim'e kadar dört "
            "vatandaş forumu olacak. Davetiyeler dokuz dilde gelecek. Çocuklar için bakım var.",
            "uk": "Керівна група розпочала участь громадян. З травня по жовтень буде чотири "
            "форуми. Запрошення будуть дев'ятьма мовами. Для дітей буде догляд.",
            "ru": "Руководящая группа начала участие жителей. С мая по октябрь пройдут четыре "
            "форума. Приглашения будут на девяти языках. Для детей будет присмотр.",
            "ro": "Grupul de coordonare a pornit participarea. Vor fi patru forumuri cetățenești "
            "din mai până în octombrie. Invitațiile vin în nouă limbi. Există îngrijire pentru "
            "copii.",
            "bg": "Ръководната група започна участието на гражданите. От май до октомври ще има "
            "четири форума. Поканите ще са на девет езика. Има грижа за децата.",
        },
        "attachments": [("Präsentation Zeitplan Beteiligung (PDF)", "zeitplan-beteiligung.pdf")],
    },
    {
        "slug": "integrationsrat-2024-05-22",
        "body": "integrationsrat",
        "date": D(2024, 5, 22),
        "times": ("18:00", "20:30"),
        "place": "Bürgerhaus Nord, Saal 1",
        "attendees": 19,
        "organisations": ["Integrationsrat Ruhrbrück", "Stadt Ruhrbrück", "Ausländerbehörde"],
        "agenda": [
            _item(
                1,
                "Bericht der Ausländerbehörde zu Wartezeiten",
                "noted",
                "<p>Die Ausländerbehörde berichtet über Wartezeiten von bis zu zehn Wochen für "
                "Termine. Ab Juni soll eine Online-Terminvergabe mit Sprachauswahl starten.</p>",
                [],
                [
                    (
                        "Ausländerbehörde",
                        "Erfahrungen mit der Online-Terminvergabe berichten",
                        D(2024, 9, 30),
                    )
                ],
            ),
            _item(
                2,
                "Stellungnahme zum Integrationskonzept",
                "decided",
                "<p>Der Integrationsrat bespricht den Entwurf der Handlungsfelder. Sprache, "
                "Arbeit und Wohnen sollen Vorrang haben.</p>",
                [
                    "Der Integrationsrat empfiehlt, die Handlungsfelder Sprache, Arbeit und Wohnen "
                    "vorrangig zu behandeln."
                ],
                [
                    (
                        "Vorsitz des Integrationsrats",
                        "Stellungnahme an die Lenkungsgruppe senden",
                        D(2024, 6, 7),
                    )
                ],
            ),
        ],
        "summary": {
            "de": "Termine bei der Ausländerbehörde dauern lange. Ab Juni gibt es Termine auch "
            "online. Der Integrationsrat wünscht sich zuerst mehr Hilfe bei Sprache, Arbeit "
            "und Wohnen.",
            "en": "Appointments at the immigration office take a long time. From June you can "
            "also book online. The integration council wants help with language, work and "
            "housing first.",
            "ar": "المواعيد في دائرة الأجانب تستغرق وقتًا طويلًا. من يونيو يمكن الحجز عبر الإنترنت "
            "أيضًا. يريد مجلس الاندماج المساعدة أولًا في اللغة والعمل والسكن.",
            "fa": "نوبت گرفتن در اداره اتباع خارجی طول می‌کشد. از ژوئن می‌توان آنلاین هم نوبت "
            "گرفت. شورای ادغام می‌خواهد اول به زبان، کار و مسکن کمک شود.",
            "tr": "Yabancılar dairesinde randevular uzun sürüyor. Haziran'dan itibaren çevrimiçi "
            "randevu da alınabilir. Uyum meclisi önce dil, iş ve konut konusunda yardım "
            "istiyor.",
            "uk": "Записи до відомства у справах іноземців тривають довго. З червня можна "
            "записатися й онлайн. Рада з інтеграції хоче спершу допомоги з мовою, роботою та "
            "житлом.",
            "ru": "Записи в ведомство по делам иностранцев ждут долго. С июня можно записаться и "
            "онлайн. Совет по интеграции хочет сначала помощи с языком, работой и жильём.",
            "ro": "Programările la biroul pentru străini durează mult. Din iunie te poți programa "
            "și online. Consiliul de integrare vrea întâi ajutor la limbă, muncă și locuință.",
            "bg": "Часовете в службата за чужденци се чакат дълго. От юни може да се запише и "
            "онлайн. Съветът по интеграция иска първо помощ за език, работа и жилище.",
        },
        "attachments": [],
    },
    {
        "slug": "lenkungsgruppe-2024-06-13",
        "body": "lenkungsgruppe",
        "date": D(2024, 6, 13),
        "times": ("16:00", "18:00"),
        "place": "Rathaus Ruhrbrück, Sitzungssaal 2",
        "attendees": 13,
        "organisations": [
            "Stadt Ruhrbrück",
            "Kommunales Integrationszentrum",
            "Jobcenter Ruhrbrück",
            "Ukrainischer Verein Ruhrbrück e. V.",
        ],
        "agenda": [
            _item(
                1,
                "Rückblick auf das erste Bürgerforum",
                "noted",
                "<p>Am ersten Bürgerforum nahmen 86 Personen teil, davon etwa die Hälfte mit "
                "eigener Migrationserfahrung. An sechs Thementischen wurden über 200 Hinweise "
                "gesammelt. Am häufigsten genannt: Sprachkurse mit Kinderbetreuung und "
                "verständliche Behördenbriefe.</p>",
            ),
            _item(
                2,
                "Verständliche Behördenbriefe",
                "decided",
                "<p>Das Bürgerbüro schlägt vor, die zehn häufigsten Standardbriefe in einfache "
                "Sprache zu übertragen.</p>",
                [
                    "Die zehn häufigsten Standardbriefe werden bis Ende 2024 in einfache Sprache "
                    "übertragen."
                ],
                [
                    (
                        "Bürgerbüro der Stadt Ruhrbrück",
                        "Liste der Standardbriefe vorlegen",
                        D(2024, 9, 1),
                    )
                ],
            ),
            _item(
                3,
                "Sprachkurse mit Kinderbetreuung",
                "deferred",
                "<p>Die Finanzierung ist noch offen. Das Jobcenter prüft Fördermöglichkeiten.</p>",
                [],
                [("Jobcenter Ruhrbrück", "Fördermöglichkeiten prüfen", D(2024, 9, 1))],
            ),
        ],
        "summary": {
            "de": "86 Menschen kamen zum ersten Bürgerforum. Viele wünschen sich Sprachkurse mit "
            "Kinderbetreuung und Briefe vom Amt, die man versteht. Zehn Briefe werden jetzt "
            "einfacher geschrieben.",
            "en": "86 people came to the first citizen forum. Many want language courses with "
            "childcare and letters from the authorities that are easy to understand. Ten "
            "letters will now be rewritten simply.",
            "ar": "حضر 86 شخصًا المنتدى الأول للمواطنين. يريد كثيرون دورات لغة مع رعاية للأطفال "
            "ورسائل مفهومة من الدوائر. ستُكتب الآن عشر رسائل بلغة أبسط.",
            "fa": "۸۶ نفر به نخستین نشست شهروندی آمدند. بسیاری کلاس زبان همراه با مراقبت از کودک "
            "و نامه‌های اداری قابل فهم می‌خواهند. اکنون ده نامه ساده‌تر نوشته می‌شود.",
            "tr": "İlk vatandaş forumuna 86 kişi geldi. Birçoğu çocuk bakımlı dil kursları ve "
            "anlaşılır resmî mektuplar istiyor. Şimdi on mektup daha sade yazılacak.",
            "uk": "На перший форум прийшло 86 людей. Багато хто хоче мовних курсів із доглядом "
            "за дітьми та зрозумілих листів від установ. Десять листів тепер перепишуть "
            "простіше.",
            "ru": "На первый форум пришли 86 человек. Многие хотят языковых курсов с присмотром "
            "за детьми и понятных писем от ведомств. Десять писем теперь перепишут проще.",
            "ro": "La primul forum cetățenesc au venit 86 de oameni. Mulți vor cursuri de limbă "
            "cu îngrijire pentru copii și scrisori de la autorități ușor de înțeles. Zece "
            "scrisori vor fi rescrise simplu.",
            "bg": "На първия граждански форум дойдоха 86 души. Мнозина искат езикови курсове с "
            "грижа за децата и разбираеми писма от институциите. Десет писма ще бъдат "
            "пренаписани по-просто.",
        },
        "attachments": [("Ergebnisse Bürgerforum 1 (PDF)", "ergebnisse-buergerforum-1.pdf")],
    },
    {
        "slug": "lenkungsgruppe-2024-09-12",
        "body": "lenkungsgruppe",
        "date": D(2024, 9, 12),
        "times": ("16:00", "18:15"),
        "place": "Rathaus Ruhrbrück, Sitzungssaal 2",
        "attendees": 15,
        "organisations": [
            "Stadt Ruhrbrück",
            "Kommunales Integrationszentrum",
            "Caritasverband Ruhrbrück",
            "Jobcenter Ruhrbrück",
            "Integrationsrat Ruhrbrück",
        ],
        "agenda": [
            _item(
                1,
                "Stand der Bürgerforen 2 und 3",
                "noted",
                "<p>Die Foren in Nord und Süd waren gut besucht. Die Dolmetschtische für "
                "Arabisch und Ukrainisch wurden stark genutzt.</p>",
            ),
            _item(
                2,
                "Fachworkshop Arbeit und Anerkennung",
                "decided",
                "<p>Der Workshop soll Betriebe, Kammern und die Anerkennungsberatung "
                "zusammenbringen.</p>",
                ["Der Fachworkshop findet am 7. November 2024 im Technologiezentrum statt."],
                [("Jobcenter Ruhrbrück", "Betriebe und Kammern einladen", D(2024, 10, 10))],
            ),
            _item(
                3,
                "Viertes Bürgerforum",
                "decided",
                "<p>Das vierte Forum richtet sich besonders an Jugendliche.</p>",
                ["Das vierte Bürgerforum findet am 19. Oktober 2024 im Jugendzentrum Mitte statt."],
                [
                    (
                        "Kommunales Integrationszentrum",
                        "Einladung über Schulen verteilen",
                        D(2024, 10, 1),
                    )
                ],
            ),
        ],
        "summary": {
            "de": "Die Bürgerforen 2 und 3 waren gut besucht. Im November gibt es einen Workshop "
            "zu Arbeit und Anerkennung von Abschlüssen. Das vierte Forum ist für Jugendliche.",
            "en": "Citizen forums 2 and 3 were well attended. In November there is a workshop on "
            "work and the recognition of qualifications. The fourth forum is for young people.",
            "ar": "شهد منتديا المواطنين الثاني والثالث حضورًا جيدًا. في نوفمبر تُعقد ورشة عن العمل "
            "والاعتراف بالشهادات. المنتدى الرابع مخصص للشباب.",
            "fa": "نشست‌های دوم و سوم شهروندی شرکت‌کننده زیادی داشتند. در نوامبر کارگاهی درباره کار "
            "و شناسایی مدارک برگزار می‌شود. نشست چهارم برای جوانان است.",
            "tr": "İkinci ve üçüncü vatandaş forumlarına katılım iyiydi. Kasım'da iş ve diploma "
            "denkliği üzerine bir atölye var. Dördüncü forum gençler için.",
            "uk": "Другий і третій форуми мали багато учасників. У листопаді буде семінар про "
            "роботу та визнання дипломів. Четвертий форум — для молоді.",
            "ru": "Второй и третий форумы были хорошо посещены. В ноябре пройдёт семинар о работе "
            "и признании дипломов. Четвёртый форум — для молодёжи.",
            "ro": "Forumurile 2 și 3 au avut mulți participanți. În noiembrie are loc un atelier "
            "despre muncă și recunoașterea diplomelor. Al patrulea forum este pentru tineri.",
            "bg": "Вторият и третият форум бяха добре посетени. През ноември има семинар за "
            "работа и признаване на дипломи. Четвъртият форум е за млади хора.",
        },
        "correction": {
            "de": "In TOP 3 wurde das Datum des vierten Bürgerforums berichtigt: 19. statt 12. "
            "Oktober 2024.",
            "en": "Agenda item 3: the date of the fourth citizen forum was corrected to "
            "19 October 2024 (not 12 October).",
            "ar": "في البند 3 تم تصحيح موعد المنتدى الرابع: 19 أكتوبر 2024 بدلًا من 12 أكتوبر.",
            "fa": "در بند ۳ تاریخ نشست چهارم اصلاح شد: ۱۹ اکتبر ۲۰۲۴ به جای ۱۲ اکتبر.",
            "tr": "Gündem maddesi 3'te dördüncü forumun tarihi düzeltildi: 12 Ekim değil, "
            "19 Ekim 2024.",
            "uk": "У пункті 3 виправлено дату четвертого форуму: 19 жовтня 2024 замість 12 жовтня.",
            "ru": "В пункте 3 исправлена дата четвёртого форума: 19 октября 2024 вместо "
            "12 октября.",
            "ro": "La punctul 3 a fost corectată data celui de-al patrulea forum: 19 octombrie "
            "2024, nu 12 octombrie.",
            "bg": "В точка 3 датата на четвъртия форум е поправена: 19 октомври 2024 вместо "
            "12 октомври.",
        },
        "attachments": [],
    },
    {
        "slug": "ag-wohnen-2024-10-08",
        "body": "ag-wohnen",
        "date": D(2024, 10, 8),
        "times": ("14:00", "16:00"),
        "place": "Amt für Wohnen, Besprechungsraum 3.12",
        "attendees": 8,
        "organisations": [
            "Amt für Wohnen",
            "Flüchtlingsrat Ruhrbrück",
            "Wohnungsgenossenschaft Ruhrbrück eG",
            "Caritasverband Ruhrbrück",
        ],
        "agenda": [
            _item(
                1,
                "Lage in den Sammelunterkünften",
                "noted",
                "<p>In den drei Sammelunterkünften leben derzeit 412 Menschen, davon 96 seit "
                "mehr als zwei Jahren.</p>",
            ),
            _item(
                2,
                "Mietführerschein",
                "decided",
                "<p>Ein Kurs soll erklären, wie man eine Wohnung sucht, einen Mietvertrag liest "
                "und Nebenkosten versteht.</p>",
                [
                    "Ab Januar 2025 wird monatlich ein Mietführerschein-Kurs angeboten, auf "
                    "Deutsch mit Dolmetschung."
                ],
                [
                    ("Caritasverband Ruhrbrück", "Kurskonzept erstellen", D(2024, 12, 1)),
                    (
                        "Wohnungsgenossenschaft Ruhrbrück eG",
                        "Praxisteil mit Musterwohnung anbieten",
                        D(2025, 1, 15),
                    ),
                ],
            ),
        ],
        "summary": {
            "de": "Viele Menschen leben schon lange in Sammelunterkünften. Ab Januar gibt es "
            "jeden Monat einen Kurs: Wie finde ich eine Wohnung? Wie lese ich einen "
            "Mietvertrag?",
            "en": "Many people have lived in shared accommodation for a long time. From January "
            "there is a monthly course: how do I find a flat, how do I read a tenancy "
            "agreement?",
            "ar": "يعيش كثيرون منذ وقت طويل في السكن الجماعي. من يناير تُقدَّم دورة كل شهر: كيف "
            "أجد شقة؟ كيف أقرأ عقد الإيجار؟",
            "fa": "بسیاری از مردم مدت‌هاست در اقامتگاه‌های جمعی زندگی می‌کنند. از ژانویه هر ماه "
            "دوره‌ای هست: چطور آپارتمان پیدا کنم؟ چطور قرارداد اجاره را بخوانم؟",
            "tr": "Birçok kişi uzun süredir toplu konaklama yerlerinde yaşıyor. Ocak'tan itibaren "
            "her ay bir kurs var: Nasıl daire bulurum? Kira sözleşmesini nasıl okurum?",
            "uk": "Багато людей давно живуть у спільному житлі. З січня щомісяця буде курс: як "
            "знайти квартиру? Як читати договір оренди?",
            "ru": "Многие давно живут в общежитиях. С января каждый месяц будет курс: как найти "
            "квартиру? Как читать договор аренды?",
            "ro": "Mulți oameni locuiesc de mult în cazare colectivă. Din ianuarie există lunar "
            "un curs: cum găsesc o locuință? Cum citesc un contract de închiriere?",
            "bg": "Много хора живеят отдавна в общежития. От януари всеки месец има курс: как да "
            "намеря жилище? Как да чета договор за наем?",
        },
        "attachments": [("Konzept Mietführerschein (PDF)", "konzept-mietfuehrerschein.pdf")],
    },
    {
        "slug": "lenkungsgruppe-2024-12-05",
        "body": "lenkungsgruppe",
        "date": D(2024, 12, 5),
        "times": ("16:00", "18:00"),
        "place": "Rathaus Ruhrbrück, Sitzungssaal 2",
        "attendees": 16,
        "organisations": [
            "Stadt Ruhrbrück",
            "Kommunales Integrationszentrum",
            "Caritasverband Ruhrbrück",
            "Integrationsrat Ruhrbrück",
            "Handwerkskammer",
        ],
        "agenda": [
            _item(
                1,
                "Ergebnisse der Beteiligungsphase",
                "noted",
                "<p>Insgesamt haben 412 Personen an Foren und Workshops teilgenommen, 238 "
                "weitere online. Die Hinweise sind sieben Handlungsfeldern zugeordnet.</p>",
            ),
            _item(
                2,
                "Entwurf des Integrationskonzepts",
                "decided",
                "<p>Die Redaktionsgruppe legt den ersten Entwurf vor. Die Lenkungsgruppe bittet "
                "um messbare Ziele je Handlungsfeld.</p>",
                ["Der Entwurf wird mit messbaren Zielen überarbeitet und im März 2025 beraten."],
                [
                    (
                        "Redaktionsgruppe im Kommunalen Integrationszentrum",
                        "Entwurf überarbeiten",
                        D(2025, 2, 28),
                    )
                ],
            ),
        ],
        "summary": {
            "de": "650 Menschen haben mitgemacht, vor Ort und online. Daraus entsteht jetzt das "
            "Integrationskonzept. Im März wird der Entwurf besprochen.",
            "en": "650 people took part, in person and online. The integration concept is now "
            "being written from this. The draft will be discussed in March.",
            "ar": "شارك 650 شخصًا حضوريًا وعبر الإنترنت. يُكتب الآن مفهوم الاندماج من ذلك. "
            "ستُناقش المسودة في مارس.",
            "fa": "۶۵۰ نفر حضوری و آنلاین شرکت کردند. اکنون طرح ادغام از این نظرها نوشته می‌شود. "
            "پیش‌نویس در مارس بررسی می‌شود.",
            "tr": "Yüz yüze ve çevrimiçi 650 kişi katıldı. Uyum konsepti şimdi bundan yazılıyor. "
            "Taslak Mart'ta görüşülecek.",
            "uk": "Участь взяли 650 людей — особисто та онлайн. Тепер на цій основі пишуть "
            "концепцію інтеграції. Проєкт обговорять у березні.",
            "ru": "Участие приняли 650 человек — лично и онлайн. Теперь на этой основе пишут "
            "концепцию интеграции. Проект обсудят в марте.",
            "ro": "Au participat 650 de oameni, la fața locului și online. Din asta se scrie acum "
            "conceptul de integrare. Proiectul va fi discutat în martie.",
            "bg": "Участваха 650 души — на място и онлайн. От това сега се пише концепцията за "
            "интеграция. Проектът ще бъде обсъден през март.",
        },
        "attachments": [("Auswertung der Beteiligung (PDF)", "auswertung-beteiligung.pdf")],
    },
    {
        "slug": "integrationsrat-2025-02-19",
        "body": "integrationsrat",
        "date": D(2025, 2, 19),
        "times": ("18:00", "20:00"),
        "place": "Bürgerhaus Nord, Saal 1",
        "attendees": 17,
        "organisations": ["Integrationsrat Ruhrbrück", "Stadt Ruhrbrück"],
        "agenda": [
            _item(
                1,
                "Beratung des Konzeptentwurfs",
                "decided",
                "<p>Der Integrationsrat begrüßt den Entwurf. Er fordert eine feste Anlaufstelle "
                "für Neuzugewanderte in jedem Stadtteil.</p>",
                ["Der Integrationsrat empfiehlt Anlaufstellen in allen vier Stadtteilen."],
                [
                    (
                        "Vorsitz des Integrationsrats",
                        "Empfehlung in die Lenkungsgruppe einbringen",
                        D(2025, 3, 13),
                    )
                ],
            ),
            _item(
                2,
                "Verschiedenes",
                "noted",
                "<p>Hinweis auf die Sprechstunde des Integrationsrats jeden ersten Dienstag im "
                "Monat.</p>",
            ),
        ],
        "summary": {
            "de": "Der Integrationsrat findet den Entwurf gut. Er wünscht in jedem Stadtteil "
            "eine Stelle, wo neue Menschen Hilfe bekommen.",
            "en": "The integration council likes the draft. It wants a place in every district "
            "where newcomers get help.",
            "ar": "يرى مجلس الاندماج أن المسودة جيدة. ويريد مكانًا في كل حي يحصل فيه القادمون "
            "الجدد على المساعدة.",
            "fa": "شورای ادغام پیش‌نویس را خوب می‌داند. این شورا در هر محله جایی می‌خواهد که "
            "تازه‌واردان در آن کمک بگیرند.",
            "tr": "Uyum meclisi taslağı beğeniyor. Her semtte yeni gelenlerin yardım alabileceği "
            "bir yer istiyor.",
            "uk": "Раді з інтеграції подобається проєкт. Вона хоче в кожному районі місце, де "
            "новоприбулі отримають допомогу.",
            "ru": "Совету по интеграции нравится проект. Он хочет в каждом районе место, где "
            "новоприбывшие получат помощь.",
            "ro": "Consiliului de integrare îi place proiectul. Vrea în fiecare cartier un loc "
            "unde nou-veniții primesc ajutor.",
            "bg": "Съветът по интеграция харесва проекта. Иска във всеки квартал място, където "
            "новодошлите получават помощ.",
        },
        "attachments": [],
    },
    {
        "slug": "lenkungsgruppe-2025-03-13",
        "body": "lenkungsgruppe",
        "date": D(2025, 3, 13),
        "times": ("16:00", "18:30"),
        "place": "Rathaus Ruhrbrück, Sitzungssaal 2",
        "attendees": 15,
        "organisations": [
            "Stadt Ruhrbrück",
            "Kommunales Integrationszentrum",
            "Caritasverband Ruhrbrück",
            "Jobcenter Ruhrbrück",
            "Integrationsrat Ruhrbrück",
            "Ukrainischer Verein Ruhrbrück e. V.",
        ],
        "agenda": [
            _item(
                1,
                "Beratung des überarbeiteten Konzeptentwurfs",
                "decided",
                "<p>Der Entwurf enthält jetzt 24 messbare Ziele. Die Empfehlung des "
                "Integrationsrats zu Anlaufstellen in allen Stadtteilen wird aufgenommen.</p>",
                [
                    "Die Lenkungsgruppe empfiehlt dem Rat, das Integrationskonzept im Mai 2025 zu "
                    "beschließen."
                ],
                [("Kommunales Integrationszentrum", "Ratsvorlage erstellen", D(2025, 4, 10))],
            ),
            _item(
                2,
                "Anlaufstellen in den Stadtteilen",
                "decided",
                "<p>Zwei Anlaufstellen können 2025 in bestehenden Stadtteilbüros starten.</p>",
                ["Anlaufstellen starten 2025 in Nord und Mitte, 2026 in Süd und West."],
                [
                    (
                        "Stadt Ruhrbrück, Amt für Soziales",
                        "Räume und Sprechzeiten klären",
                        D(2025, 6, 1),
                    )
                ],
            ),
        ],
        "summary": {
            "de": "Das Integrationskonzept ist fast fertig. Es hat 24 Ziele. Der Rat soll es im "
            "Mai beschließen. Neue Anlaufstellen öffnen in Nord und Mitte.",
            "en": "The integration concept is almost finished. It has 24 goals. The city council "
            "should adopt it in May. New help points open in the north and the centre.",
            "ar": "مفهوم الاندماج جاهز تقريبًا. فيه 24 هدفًا. يجب أن يقرّه مجلس المدينة في مايو. "
            "تُفتح نقاط مساعدة جديدة في الشمال والوسط.",
            "fa": "طرح ادغام تقریباً آماده است. ۲۴ هدف دارد. شورای شهر باید آن را در ماه مه "
            "تصویب کند. مراکز کمک جدید در شمال و مرکز شهر باز می‌شوند.",
            "tr": "Uyum konsepti neredeyse hazır. 24 hedefi var. Belediye meclisi onu Mayıs'ta "
            "kabul etmeli. Kuzey ve Merkez'de yeni danışma noktaları açılıyor.",
            "uk": "Концепція інтеграції майже готова. У ній 24 цілі. Міська рада має ухвалити її "
            "в травні. Нові пункти допомоги відкриються на півночі та в центрі.",
            "ru": "Концепция интеграции почти готова. В ней 24 цели. Городской совет должен "
            "принять её в мае. Новые пункты помощи откроются на севере и в центре.",
            "ro": "Conceptul de integrare este aproape gata. Are 24 de obiective. Consiliul local "
            "ar trebui să-l adopte în mai. Se deschid puncte noi de ajutor în nord și în centru.",
            "bg": "Концепцията за интеграция е почти готова. Има 24 цели. Общинският съвет трябва "
            "да я приеме през май. Нови пунктове за помощ отварят в север и в центъра.",
        },
        "attachments": [("Konzeptentwurf Stand März 2025 (PDF)", "konzeptentwurf-2025-03.pdf")],
    },
    {
        "slug": "ag-wohnen-2025-04-29",
        "body": "ag-wohnen",
        "date": D(2025, 4, 29),
        "times": ("14:00", "15:45"),
        "place": "Amt für Wohnen, Besprechungsraum 3.12",
        "attendees": 9,
        "organisations": [
            "Amt für Wohnen",
            "Flüchtlingsrat Ruhrbrück",
            "Wohnungsgenossenschaft Ruhrbrück eG",
            "Haus & Grund Ruhrbrück",
        ],
        "agenda": [
            _item(
                1,
                "Erfahrungen mit dem Mietführerschein",
                "noted",
                "<p>Vier Kurse mit zusammen 61 Teilnehmenden. 14 Teilnehmende haben inzwischen "
                "eine eigene Wohnung gefunden.</p>",
            ),
            _item(
                2,
                "Gespräche mit privaten Vermietern",
                "decided",
                "<p>Haus &amp; Grund bietet an, bei Mitgliederversammlungen über die "
                "Mietführerschein-Kurse zu informieren.</p>",
                [
                    "Die AG erstellt ein zweiseitiges Informationsblatt für Vermieterinnen und "
                    "Vermieter."
                ],
                [("Amt für Wohnen", "Informationsblatt entwerfen", D(2025, 6, 15))],
            ),
        ],
        "summary": {
            "de": "61 Menschen haben den Kurs zur Wohnungssuche gemacht. 14 von ihnen haben schon "
            "eine Wohnung. Jetzt werden auch Vermieter informiert.",
            "en": "61 people took the flat-hunting course. 14 of them already have a flat. Now "
            "landlords are being informed too.",
            "ar": "أكمل 61 شخصًا دورة البحث عن سكن. وجد 14 منهم شقة بالفعل. الآن يُبلَّغ المؤجرون "
            "أيضًا.",
            "fa": "۶۱ نفر دوره جست‌وجوی خانه را گذراندند. ۱۴ نفر از آن‌ها خانه پیدا کرده‌اند. حالا "
            "صاحبخانه‌ها هم مطلع می‌شوند.",
            "tr": "61 kişi ev arama kursuna katıldı. 14'ü şimdiden ev buldu. Şimdi ev sahipleri "
            "de bilgilendiriliyor.",
            "uk": "61 людина пройшла курс пошуку житла. 14 із них уже мають квартиру. Тепер "
            "інформують і орендодавців.",
            "ru": "61 человек прошли курс по поиску жилья. 14 из них уже нашли квартиру. Теперь "
            "информируют и арендодателей.",
            "ro": "61 de oameni au urmat cursul de căutare a locuinței. 14 dintre ei au deja o "
            "locuință. Acum sunt informați și proprietarii.",
            "bg": "61 души минаха курса за търсене на жилище. 14 от тях вече имат жилище. Сега се "
            "информират и наемодателите.",
        },
        "attachments": [],
    },
    {
        "slug": "lenkungsgruppe-2025-06-12",
        "body": "lenkungsgruppe",
        "date": D(2025, 6, 12),
        "times": ("16:00", "18:00"),
        "place": "Stadtteilbüro Nord, Gemeinschaftsraum",
        "attendees": 14,
        "organisations": [
            "Stadt Ruhrbrück",
            "Kommunales Integrationszentrum",
            "Caritasverband Ruhrbrück",
            "Jobcenter Ruhrbrück",
            "Integrationsrat Ruhrbrück",
        ],
        "agenda": [
            _item(
                1,
                "Beschluss des Rates zum Integrationskonzept",
                "noted",
                "<p>Der Rat hat das Integrationskonzept am 22. Mai 2025 einstimmig "
                "beschlossen.</p>",
            ),
            _item(
                2,
                "Umsetzungsplan und Berichtswesen",
                "decided",
                "<p>Jedes Handlungsfeld erhält eine verantwortliche Stelle. Die Lenkungsgruppe "
                "berichtet einmal im Jahr öffentlich über den Stand.</p>",
                ["Der erste öffentliche Umsetzungsbericht erscheint im Juni 2026."],
                [
                    (
                        "Kommunales Integrationszentrum",
                        "Vorlage für den Umsetzungsbericht erstellen",
                        D(2025, 12, 1),
                    )
                ],
            ),
            _item(
                3,
                "Eröffnung der Anlaufstelle Nord",
                "noted",
                "<p>Die Anlaufstelle Nord ist seit dem 2. Juni geöffnet, dienstags und "
                "donnerstags, mit Beratung auf Arabisch, Ukrainisch und Türkisch.</p>",
            ),
        ],
        "summary": {
            "de": "Der Rat hat das Integrationskonzept beschlossen. Einmal im Jahr wird "
            "öffentlich berichtet, was erreicht ist. Die Anlaufstelle Nord ist jetzt offen.",
            "en": "The city council adopted the integration concept. Once a year there will be a "
            "public report on progress. The help point in the north is now open.",
            "ar": "أقرّ مجلس المدينة مفهوم الاندماج. مرة في السنة يُقدَّم تقرير علني عمّا تحقق. نقطة "
            "المساعدة في الشمال مفتوحة الآن.",
            "fa": "شورای شهر طرح ادغام را تصویب کرد. هر سال یک بار گزارشی عمومی از پیشرفت کار "
            "منتشر می‌شود. مرکز کمک شمال اکنون باز است.",
            "tr": "Belediye meclisi uyum konseptini kabul etti. Yılda bir kez ilerleme hakkında "
            "açık bir rapor verilecek. Kuzey danışma noktası artık açık.",
            "uk": "Міська рада ухвалила концепцію інтеграції. Раз на рік буде публічний звіт про "
            "досягнуте. Пункт допомоги на півночі вже відкритий.",
            "ru": "Городской совет принял концепцию интеграции. Раз в год будет публичный отчёт о "
            "достигнутом. Пункт помощи на севере уже открыт.",
            "ro": "Consiliul local a adoptat conceptul de integrare. O dată pe an va exista un "
            "raport public despre progrese. Punctul de ajutor din nord este deschis acum.",
            "bg": "Общинският съвет прие концепцията за интеграция. Веднъж годишно ще има "
            "публичен доклад за напредъка. Пунктът за помощ в север вече е отворен.",
        },
        "attachments": [],
    },
]

# Written, submitted for review, not yet approved: it must appear nowhere public.
DRAFT = {
    "slug": "lenkungsgruppe-2025-09-11",
    "body": "lenkungsgruppe",
    "date": D(2025, 9, 11),
    "times": ("16:00", "18:00"),
    "place": "Rathaus Ruhrbrück, Sitzungssaal 2",
    "attendees": 12,
    "organisations": ["Stadt Ruhrbrück", "Kommunales Integrationszentrum"],
    "agenda": [
        _item(
            1,
            "Erste Erfahrungen mit der Anlaufstelle Nord (Entwurf)",
            "noted",
            "<p>ENTWURF – noch nicht geprüft. Zahlen der ersten drei Monate folgen.</p>",
        ),
    ],
    "summary": {"de": "ENTWURF: Erste Erfahrungen mit der Anlaufstelle Nord."},
    "attachments": [("Entwurf Zwischenbericht (PDF)", "entwurf-zwischenbericht.pdf")],
}
