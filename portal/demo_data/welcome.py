"""Demo welcome content for newcomers in the fictional town "Stadt Ruhrbrück".

Pure data for the demo loader: a home page, a welcome section index, an "about the
integration concept" page and six welcome topics, each in nine languages. German (``de``)
is the source language; every other language has the same structure and the same
number and order of body blocks.

All municipal details (addresses, phone numbers with the fictional area code 2999,
e-mail addresses and URLs under example.org) are invented. Links to national services
(BAMF, 116117, Anerkennung in Deutschland, IQ, Jugendmigrationsdienste) point to the
real public portals.

Run this file directly for a quick consistency check.
"""

from typing import Any

LANGUAGES: tuple[str, ...] = ("de", "en", "ar", "fa", "tr", "uk", "ru", "ro", "bg")

NATIVE_LANGUAGE_NAMES: dict[str, str] = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "tr": "Türkçe",
    "uk": "Українська",
    "ru": "Русский",
    "ro": "Română",
    "bg": "Български",
}

# Home page of the demo site (plain text intro).
HOME: dict[str, dict[str, str]] = {
    "de": {
        "title": "Willkommen in Ruhrbrück",
        "intro": (
            "Hier finden Sie wichtige Informationen für die ersten Wochen in unserer Stadt. Und "
            "Sie können mitreden: Gestalten Sie das neue Integrationskonzept von Ruhrbrück mit."
        ),
    },
    "en": {
        "title": "Welcome to Ruhrbrück",
        "intro": (
            "Here you will find important information for your first weeks in our town. And you "
            "can have your say: help shape Ruhrbrück's new integration concept."
        ),
    },
    "ar": {
        "title": "أهلاً بكم في روربروك",
        "intro": (
            "هنا تجدون معلومات مهمة لأسابيعكم الأولى في مدينتنا. ويمكنكم أيضاً أن تشاركوا برأيكم "
            "في وضع مفهوم الاندماج الجديد لمدينة روربروك."
        ),
    },
    "fa": {
        "title": "به روربروک خوش آمدید",
        "intro": (
            "در اینجا اطلاعات مهمی برای هفته‌های اول زندگی در شهر ما پیدا می‌کنید. شما همچنین "
            "می‌توانید نظر بدهید و در تهیهٔ طرح جدید ادغام روربروک مشارکت کنید."
        ),
    },
    "tr": {
        "title": "Ruhrbrück'e hoş geldiniz",
        "intro": (
            "Burada şehrimizdeki ilk haftalarınız için önemli bilgiler bulabilirsiniz. Ayrıca "
            "söz sahibi olabilirsiniz: Ruhrbrück'ün yeni entegrasyon konseptinin hazırlanmasına "
            "katılın."
        ),
    },
    "uk": {
        "title": "Ласкаво просимо до Рурбрюка",
        "intro": (
            "Тут ви знайдете важливу інформацію для перших тижнів у нашому місті. А ще ви можете "
            "висловити свою думку і долучитися до створення нової концепції інтеграції Рурбрюка."
        ),
    },
    "ru": {
        "title": "Добро пожаловать в Рурбрюк",
        "intro": (
            "Здесь вы найдёте важную информацию для первых недель в нашем городе. А ещё вы "
            "можете высказать своё мнение и принять участие в разработке новой концепции "
            "интеграции Рурбрюка."
        ),
    },
    "ro": {
        "title": "Bun venit în Ruhrbrück",
        "intro": (
            "Aici găsiți informații importante pentru primele săptămâni în orașul nostru. Și "
            "puteți să vă spuneți părerea: participați la elaborarea noului concept de integrare "
            "al orașului Ruhrbrück."
        ),
    },
    "bg": {
        "title": "Добре дошли в Рурбрюк",
        "intro": (
            "Тук ще намерите важна информация за първите седмици в нашия град. Можете и да "
            "дадете своето мнение: участвайте в създаването на новата концепция за интеграция на "
            "Рурбрюк."
        ),
    },
}

# Section page that lists all welcome topics (plain text intro).
WELCOME_INDEX: dict[str, dict[str, str]] = {
    "de": {
        "title": "Ankommen in Ruhrbrück",
        "intro": (
            "Neu in Ruhrbrück? Hier erklären wir Schritt für Schritt, was in den ersten Wochen "
            "wichtig ist – von der Anmeldung bis zur Beratung. Zu jedem Thema finden Sie auch "
            "eine Anlaufstelle in der Stadt."
        ),
    },
    "en": {
        "title": "Settling in Ruhrbrück",
        "intro": (
            "New in Ruhrbrück? Here we explain step by step what matters in your first weeks – "
            "from registration to counselling. For each topic you will also find a place in town "
            "where you can get help."
        ),
    },
    "ar": {
        "title": "الاستقرار في روربروك",
        "intro": (
            "هل أنتم جدد في روربروك؟ نشرح لكم هنا خطوة بخطوة ما هو مهم في الأسابيع الأولى، من "
            "تسجيل السكن إلى الاستشارة. وفي كل موضوع تجدون أيضاً جهة في المدينة يمكنكم التوجه "
            "إليها."
        ),
    },
    "fa": {
        "title": "شروع زندگی در روربروک",
        "intro": (
            "تازه به روربروک آمده‌اید؟ در اینجا قدم به قدم توضیح می‌دهیم که در هفته‌های اول چه "
            "چیزهایی مهم است؛ از ثبت محل سکونت تا مشاوره. برای هر موضوع، یک مرکز در شهر هم معرفی "
            "شده است که می‌توانید به آن مراجعه کنید."
        ),
    },
    "tr": {
        "title": "Ruhrbrück'e yerleşmek",
        "intro": (
            "Ruhrbrück'te yeni misiniz? Burada ilk haftalarda nelerin önemli olduğunu adım adım "
            "açıklıyoruz: ikamet kaydından danışmanlığa kadar. Her konuda şehirde "
            "başvurabileceğiniz bir yer de bulacaksınız."
        ),
    },
    "uk": {
        "title": "Облаштування в Рурбрюку",
        "intro": (
            "Ви нещодавно в Рурбрюку? Тут ми крок за кроком пояснюємо, що важливо в перші тижні "
            "– від реєстрації місця проживання до консультацій. До кожної теми ви знайдете й "
            "контактну службу в місті."
        ),
    },
    "ru": {
        "title": "Первые шаги в Рурбрюке",
        "intro": (
            "Вы недавно в Рурбрюке? Здесь мы шаг за шагом объясняем, что важно в первые недели – "
            "от регистрации по месту жительства до консультаций. К каждой теме вы найдёте и "
            "контактную службу в городе."
        ),
    },
    "ro": {
        "title": "Primii pași în Ruhrbrück",
        "intro": (
            "Sunteți nou în Ruhrbrück? Aici vă explicăm pas cu pas ce este important în primele "
            "săptămâni – de la înregistrarea domiciliului până la consiliere. La fiecare temă "
            "găsiți și un punct de contact în oraș."
        ),
    },
    "bg": {
        "title": "Първи стъпки в Рурбрюк",
        "intro": (
            "Нови сте в Рурбрюк? Тук обясняваме стъпка по стъпка какво е важно през първите "
            "седмици – от регистрацията по местоживеене до консултациите. Към всяка тема ще "
            "намерите и място за контакт в града."
        ),
    },
}

# StandardPage about the integration concept process and this platform (simple HTML).
ABOUT: dict[str, dict[str, str]] = {
    "de": {
        "title": "Über das Integrationskonzept",
        "body": (
            "<p>Ruhrbrück ist eine vielfältige Stadt. Menschen aus über 120 Ländern leben hier. "
            "Der Rat der Stadt hat deshalb beschlossen, ein neues Integrationskonzept zu "
            "erarbeiten. Es legt fest, wie wir das Zusammenleben in den nächsten Jahren "
            "gemeinsam gestalten.</p><h2>Wie läuft der Prozess ab?</h2><ul><li>Bestandsaufnahme: "
            "Wir sammeln Zahlen und fragen Fachleute, was gut läuft und was fehlt.</li><li>"
            "Beteiligung: In Workshops und hier online bringen Bürgerinnen und Bürger ihre Ideen "
            "ein.</li><li>Entwurf: Das Kommunale Integrationszentrum schreibt einen Entwurf. Sie "
            "können ihn kommentieren.</li><li>Beschluss: Der Integrationsrat berät über den "
            "Entwurf. Danach entscheidet der Rat der Stadt.</li></ul><h2>Was können Sie auf "
            "dieser Plattform tun?</h2><p>Hier finden Sie alle Termine und Unterlagen zum "
            "Prozess. Sie können Entwürfe lesen, Kommentare schreiben und an Umfragen "
            "teilnehmen. Sie dürfen in Ihrer eigenen Sprache schreiben. Wichtige Beiträge lassen "
            "wir übersetzen.</p><p>Haben Sie Fragen? Schreiben Sie an <a "
            'href="mailto:integration@ruhrbrueck.example.org">'
            "integration@ruhrbrueck.example.org</a>.</p>"
        ),
    },
    "en": {
        "title": "About the integration concept",
        "body": (
            "<p>Ruhrbrück is a diverse town. People from more than 120 countries live here. That "
            "is why the town council has decided to develop a new integration concept. It sets "
            "out how we will shape our life together over the next few years.</p><h2>How does "
            "the process work?</h2><ul><li>Taking stock: We collect figures and ask experts what "
            "works well and what is missing.</li><li>Participation: Residents bring in their "
            "ideas in workshops and here online.</li><li>Draft: The Municipal Integration Centre "
            "writes a draft. You can comment on it.</li><li>Decision: The Integration Council "
            "discusses the draft. Then the town council decides.</li></ul><h2>What can you do on "
            "this platform?</h2><p>Here you will find all dates and documents for the process. "
            "You can read drafts, write comments and take part in surveys. You are welcome to "
            "write in your own language. We will have important contributions translated.</p><p>"
            'Do you have questions? Write to <a href="mailto:integration@ruhrbrueck.example.org">'
            "integration@ruhrbrueck.example.org</a>.</p>"
        ),
    },
    "ar": {
        "title": "حول مفهوم الاندماج",
        "body": (
            "<p>روربروك مدينة متنوعة، يعيش فيها أشخاص من أكثر من 120 بلداً. لذلك قرر مجلس "
            "المدينة وضع مفهوم جديد للاندماج. يحدد هذا المفهوم كيف سننظم العيش المشترك معاً في "
            "السنوات القادمة.</p><h2>كيف تسير العملية؟</h2><ul><li>تقييم الوضع الحالي: نجمع "
            "الأرقام ونسأل المختصين عمّا ينجح وعمّا ينقص.</li><li>المشاركة: يقدم السكان أفكارهم "
            "في ورشات عمل وهنا عبر الإنترنت.</li><li>المسودة: يكتب المركز البلدي للاندماج مسودة، "
            "ويمكنكم التعليق عليها.</li><li>القرار: يناقش مجلس الاندماج المسودة، ثم يتخذ مجلس "
            "المدينة القرار.</li></ul><h2>ماذا يمكنكم أن تفعلوا على هذه المنصة؟</h2><p>تجدون هنا "
            "جميع المواعيد والوثائق الخاصة بالعملية. يمكنكم قراءة المسودات وكتابة التعليقات "
            "والمشاركة في الاستطلاعات. ويمكنكم الكتابة بلغتكم الخاصة، وسنترجم المساهمات "
            "المهمة.</p><p>هل لديكم أسئلة؟ راسلونا على <a "
            'href="mailto:integration@ruhrbrueck.example.org">'
            "integration@ruhrbrueck.example.org</a>.</p>"
        ),
    },
    "fa": {
        "title": "دربارهٔ طرح ادغام",
        "body": (
            "<p>روربروک شهری متنوع است. مردمانی از بیش از ۱۲۰ کشور در اینجا زندگی می‌کنند. به "
            "همین دلیل شورای شهر تصمیم گرفته است یک طرح ادغام جدید تهیه کند. این طرح مشخص می‌کند "
            "که ما در سال‌های آینده چگونه زندگی مشترک را با هم شکل می‌دهیم.</p><h2>این فرایند "
            "چگونه پیش می‌رود؟</h2><ul><li>بررسی وضعیت موجود: آمار جمع‌آوری می‌کنیم و از "
            "کارشناسان می‌پرسیم چه چیزهایی خوب کار می‌کند و چه چیزهایی کم است.</li><li>مشارکت: "
            "شهروندان در کارگاه‌ها و همین‌جا به‌صورت آنلاین ایده‌های خود را مطرح می‌کنند.</li>"
            "<li>پیش‌نویس: مرکز ادغام شهری یک پیش‌نویس می‌نویسد. شما می‌توانید دربارهٔ آن نظر "
            "بدهید.</li><li>تصویب: شورای ادغام دربارهٔ پیش‌نویس گفت‌وگو می‌کند. سپس شورای شهر "
            "تصمیم می‌گیرد.</li></ul><h2>در این پلتفرم چه کارهایی می‌توانید انجام دهید؟</h2><p>"
            "در اینجا همهٔ تاریخ‌ها و اسناد مربوط به این فرایند را پیدا می‌کنید. می‌توانید "
            "پیش‌نویس‌ها را بخوانید، نظر بنویسید و در نظرسنجی‌ها شرکت کنید. می‌توانید به زبان "
            "خودتان بنویسید. ما نوشته‌های مهم را ترجمه می‌کنیم.</p><p>سؤالی دارید؟ به این نشانی "
            'بنویسید: <a href="mailto:integration@ruhrbrueck.example.org">'
            "integration@ruhrbrueck.example.org</a></p>"
        ),
    },
    "tr": {
        "title": "Entegrasyon konsepti hakkında",
        "body": (
            "<p>Ruhrbrück çok kültürlü bir şehirdir. Burada 120'den fazla ülkeden insan yaşıyor. "
            "Bu nedenle belediye meclisi yeni bir entegrasyon konsepti hazırlanmasına karar "
            "verdi. Bu konsept, önümüzdeki yıllarda birlikte yaşamı nasıl şekillendireceğimizi "
            "belirliyor.</p><h2>Süreç nasıl işliyor?</h2><ul><li>Mevcut durumun tespiti: "
            "Verileri topluyor ve uzmanlara neyin iyi gittiğini, neyin eksik olduğunu "
            "soruyoruz.</li><li>Katılım: Vatandaşlar fikirlerini atölyelerde ve burada, internet "
            "üzerinden paylaşıyor.</li><li>Taslak: Belediye Entegrasyon Merkezi bir taslak "
            "yazıyor. Bu taslak hakkında yorum yapabilirsiniz.</li><li>Karar: Entegrasyon "
            "Meclisi taslağı görüşüyor. Ardından belediye meclisi karar veriyor.</li></ul><h2>Bu "
            "platformda neler yapabilirsiniz?</h2><p>Burada süreçle ilgili tüm tarihleri ve "
            "belgeleri bulabilirsiniz. Taslakları okuyabilir, yorum yazabilir ve anketlere "
            "katılabilirsiniz. Kendi dilinizde yazabilirsiniz. Önemli katkıları tercüme "
            "ettiriyoruz.</p><p>Sorularınız mı var? <a "
            'href="mailto:integration@ruhrbrueck.example.org">'
            "integration@ruhrbrueck.example.org</a> adresine yazın.</p>"
        ),
    },
    "uk": {
        "title": "Про концепцію інтеграції",
        "body": (
            "<p>Рурбрюк – різноманітне місто. Тут живуть люди з понад 120 країн. Тому міська "
            "рада вирішила розробити нову концепцію інтеграції. Вона визначає, як ми разом "
            "будуватимемо спільне життя в найближчі роки.</p><h2>Як відбувається процес?</h2><ul>"
            "<li>Аналіз ситуації: ми збираємо дані й запитуємо фахівців, що працює добре, а чого "
            "бракує.</li><li>Участь: мешканці міста пропонують свої ідеї на воркшопах і тут, "
            "онлайн.</li><li>Проєкт: Комунальний центр інтеграції пише проєкт концепції. Ви "
            "можете його коментувати.</li><li>Рішення: Рада з питань інтеграції обговорює "
            "проєкт. Після цього рішення ухвалює міська рада.</li></ul><h2>Що можна робити на "
            "цій платформі?</h2><p>Тут ви знайдете всі дати й документи процесу. Ви можете "
            "читати проєкти, писати коментарі та брати участь в опитуваннях. Писати можна своєю "
            "мовою. Важливі дописи ми перекладаємо.</p><p>Маєте запитання? Пишіть на <a "
            'href="mailto:integration@ruhrbrueck.example.org">'
            "integration@ruhrbrueck.example.org</a>.</p>"
        ),
    },
    "ru": {
        "title": "О концепции интеграции",
        "body": (
            "<p>Рурбрюк – многонациональный город. Здесь живут люди из более чем 120 стран. "
            "Поэтому городской совет решил разработать новую концепцию интеграции. Она "
            "определяет, как мы вместе будем строить совместную жизнь в ближайшие годы.</p><h2>"
            "Как проходит процесс?</h2><ul><li>Анализ ситуации: мы собираем данные и спрашиваем "
            "специалистов, что работает хорошо, а чего не хватает.</li><li>Участие: жители "
            "предлагают свои идеи на семинарах и здесь, онлайн.</li><li>Проект: Коммунальный "
            "центр интеграции пишет проект концепции. Вы можете его комментировать.</li><li>"
            "Решение: Совет по вопросам интеграции обсуждает проект. Затем решение принимает "
            "городской совет.</li></ul><h2>Что можно делать на этой платформе?</h2><p>Здесь вы "
            "найдёте все даты и документы процесса. Вы можете читать проекты, писать комментарии "
            "и участвовать в опросах. Писать можно на своём языке. Важные сообщения мы "
            "переводим.</p><p>Есть вопросы? Пишите на <a "
            'href="mailto:integration@ruhrbrueck.example.org">'
            "integration@ruhrbrueck.example.org</a>.</p>"
        ),
    },
    "ro": {
        "title": "Despre conceptul de integrare",
        "body": (
            "<p>Ruhrbrück este un oraș divers. Aici trăiesc oameni din peste 120 de țări. De "
            "aceea, consiliul local a hotărât să elaboreze un nou concept de integrare. Acesta "
            "stabilește cum vom construi împreună conviețuirea în următorii ani.</p><h2>Cum se "
            "desfășoară procesul?</h2><ul><li>Analiza situației: Strângem date și întrebăm "
            "specialiștii ce funcționează bine și ce lipsește.</li><li>Participare: Locuitorii "
            "își prezintă ideile în ateliere și aici, online.</li><li>Proiect: Centrul Municipal "
            "de Integrare scrie un proiect. Îl puteți comenta.</li><li>Decizie: Consiliul pentru "
            "Integrare discută proiectul. Apoi decide consiliul local.</li></ul><h2>Ce puteți "
            "face pe această platformă?</h2><p>Aici găsiți toate datele și documentele "
            "procesului. Puteți citi proiectele, scrie comentarii și participa la sondaje. "
            "Puteți scrie în limba dumneavoastră. Contribuțiile importante le traducem.</p><p>"
            'Aveți întrebări? Scrieți-ne la <a href="mailto:integration@ruhrbrueck.example.org">'
            "integration@ruhrbrueck.example.org</a>.</p>"
        ),
    },
    "bg": {
        "title": "За концепцията за интеграция",
        "body": (
            "<p>Рурбрюк е град с голямо многообразие. Тук живеят хора от повече от 120 държави. "
            "Затова общинският съвет реши да се разработи нова концепция за интеграция. Тя "
            "определя как заедно ще изграждаме съвместния живот през следващите години.</p><h2>"
            "Как протича процесът?</h2><ul><li>Анализ на положението: Събираме данни и питаме "
            "специалисти какво работи добре и какво липсва.</li><li>Участие: Жителите представят "
            "своите идеи на работни срещи и тук, онлайн.</li><li>Проект: Общинският център за "
            "интеграция пише проект. Можете да го коментирате.</li><li>Решение: Съветът по "
            "интеграция обсъжда проекта. След това общинският съвет взема решение.</li></ul><h2>"
            "Какво можете да правите на тази платформа?</h2><p>Тук ще намерите всички срокове и "
            "документи по процеса. Можете да четете проекти, да пишете коментари и да участвате "
            "в анкети. Можете да пишете на своя език. Важните мнения ще бъдат преведени.</p><p>"
            'Имате въпроси? Пишете ни на <a href="mailto:integration@ruhrbrueck.example.org">'
            "integration@ruhrbrueck.example.org</a>.</p>"
        ),
    },
}

# Welcome topics in display order. Body blocks are (block_type, value) tuples:
# "heading" holds plain text, "paragraph" holds simple HTML (<p>, <ul><li>, <b>).
TOPICS: list[dict[str, Any]] = [
    {
        "slug": "ankunft-und-anmeldung",
        "contacts": [
            {
                "name": {
                    "de": "Bürgerbüro im Rathaus",
                    "en": "Citizens' Office at the Town Hall (Bürgerbüro)",
                    "ar": "مكتب خدمة المواطنين في مبنى البلدية (Bürgerbüro)",
                    "fa": "دفتر خدمات شهروندی در ساختمان شهرداری (Bürgerbüro)",
                    "tr": "Belediye binasındaki Vatandaş Bürosu (Bürgerbüro)",
                    "uk": "Бюро громадян у ратуші (Bürgerbüro)",
                    "ru": "Бюро по делам граждан в ратуше (Bürgerbüro)",
                    "ro": "Biroul pentru cetățeni de la Primărie (Bürgerbüro)",
                    "bg": "Гражданско бюро в кметството (Bürgerbüro)",
                },
                "address": "Rathausplatz 1\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Mo–Fr 8–12 Uhr, Do 14–18 Uhr",
                    "en": "Mon–Fri 8 am–12 pm, Thu 2–6 pm",
                    "ar": "من الاثنين إلى الجمعة 8:00–12:00، والخميس 14:00–18:00",
                    "fa": "دوشنبه تا جمعه ۸ تا ۱۲، پنجشنبه ۱۴ تا ۱۸",
                    "tr": "Pzt–Cum 08.00–12.00, Per 14.00–18.00",
                    "uk": "Пн–Пт 8:00–12:00, Чт 14:00–18:00",
                    "ru": "Пн–Пт 8:00–12:00, Чт 14:00–18:00",
                    "ro": "Luni–vineri 8–12, joi 14–18",
                    "bg": "Понеделник–петък 8–12 ч., четвъртък 14–18 ч.",
                },
                "phone": "+49 2999 123-0",
                "email": "buergerbuero@ruhrbrueck.example.org",
                "languages": ["de", "en", "tr"],
            },
            {
                "name": {
                    "de": "Ausländerbehörde der Stadt Ruhrbrück",
                    "en": "Immigration Office of the Town of Ruhrbrück (Ausländerbehörde)",
                    "ar": "دائرة الأجانب في مدينة روربروك (Ausländerbehörde)",
                    "fa": "ادارهٔ اتباع خارجی شهر روربروک (Ausländerbehörde)",
                    "tr": "Ruhrbrück Belediyesi Yabancılar Dairesi (Ausländerbehörde)",
                    "uk": "Відомство у справах іноземців міста Рурбрюк (Ausländerbehörde)",
                    "ru": "Ведомство по делам иностранцев города Рурбрюк (Ausländerbehörde)",
                    "ro": "Oficiul pentru străini al orașului Ruhrbrück (Ausländerbehörde)",
                    "bg": "Служба за чужденци на град Рурбрюк (Ausländerbehörde)",
                },
                "address": "Hochstraße 14\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Mo, Di und Do 8–12 Uhr, nur mit Termin",
                    "en": "Mon, Tue and Thu 8 am–12 pm, by appointment only",
                    "ar": "الاثنين والثلاثاء والخميس 8:00–12:00، بموعد مسبق فقط",
                    "fa": "دوشنبه، سه‌شنبه و پنجشنبه ۸ تا ۱۲، فقط با وقت قبلی",
                    "tr": "Pzt, Sal ve Per 08.00–12.00, sadece randevuyla",
                    "uk": "Пн, Вт і Чт 8:00–12:00, лише за попереднім записом",
                    "ru": "Пн, Вт и Чт 8:00–12:00, только по предварительной записи",
                    "ro": "Luni, marți și joi 8–12, doar cu programare",
                    "bg": "Понеделник, вторник и четвъртък 8–12 ч., само със записан час",
                },
                "phone": "+49 2999 123-410",
                "email": "auslaenderbehoerde@ruhrbrueck.example.org",
                "languages": ["de", "en", "ar", "ru"],
            },
        ],
        "links": [
            {
                "title": {
                    "de": "Termin im Bürgerbüro online buchen",
                    "en": "Book an appointment at the Citizens' Office online",
                    "ar": "احجزوا موعداً في مكتب خدمة المواطنين عبر الإنترنت",
                    "fa": "رزرو آنلاین وقت در دفتر خدمات شهروندی",
                    "tr": "Vatandaş Bürosundan internetten randevu alın",
                    "uk": "Записатися на прийом до Бюро громадян онлайн",
                    "ru": "Записаться на приём в Бюро по делам граждан онлайн",
                    "ro": "Programare online la Biroul pentru cetățeni",
                    "bg": "Запазете час в Гражданското бюро онлайн",
                },
                "url": "https://ruhrbrueck.example.org/buergerbuero/termin",
            },
            {
                "title": {
                    "de": "Formular Wohnungsgeberbestätigung (PDF)",
                    "en": "Landlord's confirmation form (PDF)",
                    "ar": "استمارة تأكيد المؤجِّر (PDF)",
                    "fa": "فرم تأییدیهٔ صاحبخانه (PDF)",
                    "tr": "Ev sahibi onay formu (PDF)",
                    "uk": "Формуляр підтвердження від орендодавця (PDF)",
                    "ru": "Формуляр подтверждения арендодателя (PDF)",
                    "ro": "Formularul de confirmare a proprietarului (PDF)",
                    "bg": "Формуляр за потвърждение от наемодателя (PDF)",
                },
                "url": "https://ruhrbrueck.example.org/formulare/wohnungsgeberbestaetigung.pdf",
            },
        ],
        "translations": {
            "de": {
                "title": "Ankunft und Anmeldung",
                "summary": (
                    "Wie Sie Ihre Wohnung im Bürgerbüro anmelden und welche Unterlagen Sie dafür "
                    "brauchen."
                ),
                "body": [
                    ("heading", "Was Sie in den ersten zwei Wochen tun sollten"),
                    (
                        "paragraph",
                        (
                            "<p>Wer in Deutschland in eine Wohnung einzieht, muss sich innerhalb "
                            "von 14 Tagen anmelden. In Ruhrbrück machen Sie das im Bürgerbüro im "
                            "Rathaus. Bitte buchen Sie vorher einen Termin, online oder per "
                            "Telefon. Bei Fragen zu Visum und Aufenthaltserlaubnis hilft die "
                            "Ausländerbehörde.</p>"
                        ),
                    ),
                    ("heading", "Diese Unterlagen brauchen Sie"),
                    (
                        "paragraph",
                        (
                            "<p>Bringen Sie bitte diese Dokumente mit:</p><ul><li>Reisepass oder "
                            "Personalausweis (für jede Person)</li><li>die <b>"
                            "Wohnungsgeberbestätigung</b>: Dieses Formular füllt Ihre "
                            "Vermieterin oder Ihr Vermieter aus</li><li>die Geburtsurkunden der "
                            "Kinder und, wenn vorhanden, die Heiratsurkunde</li></ul><p>Die "
                            "Anmeldung ist kostenlos. Danach bekommen Sie eine <b>"
                            "Meldebescheinigung</b>. Bewahren Sie sie gut auf. Sie brauchen sie "
                            "zum Beispiel für die Bank, die Kita oder die Schule.</p>"
                        ),
                    ),
                    ("heading", "Ihre Steuer-Identifikationsnummer"),
                    (
                        "paragraph",
                        (
                            "<p>Nach der ersten Anmeldung in Deutschland bekommt jede Person "
                            "eine <b>Steuer-Identifikationsnummer</b> (Steuer-ID). Das "
                            "Bundeszentralamt für Steuern schickt sie Ihnen nach einigen Wochen "
                            "per Post. Dafür muss Ihr Name am Briefkasten stehen. Ihr "
                            "Arbeitgeber und die Familienkasse brauchen diese Nummer.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Arrival and registration",
                "summary": (
                    "How to register your address at the Citizens' Office and which documents "
                    "you need."
                ),
                "body": [
                    ("heading", "What to do in your first two weeks"),
                    (
                        "paragraph",
                        (
                            "<p>Anyone who moves into a flat in Germany must register within 14 "
                            "days. In Ruhrbrück, you do this at the Citizens' Office "
                            "(Bürgerbüro) in the town hall. Please book an appointment first, "
                            "online or by phone. The Immigration Office (Ausländerbehörde) helps "
                            "with questions about visas and residence permits.</p>"
                        ),
                    ),
                    ("heading", "Documents you need"),
                    (
                        "paragraph",
                        (
                            "<p>Please bring these documents:</p><ul><li>passport or ID card "
                            "(for every person)</li><li>the <b>landlord's confirmation</b> "
                            "(Wohnungsgeberbestätigung): your landlord fills in this form</li>"
                            "<li>your children's birth certificates and, if you have one, your "
                            "marriage certificate</li></ul><p>Registration is free of charge. "
                            "Afterwards you receive a <b>registration certificate</b> "
                            "(Meldebescheinigung). Keep it in a safe place. You need it, for "
                            "example, for the bank, the daycare centre or the school.</p>"
                        ),
                    ),
                    ("heading", "Your tax identification number"),
                    (
                        "paragraph",
                        (
                            "<p>After your first registration in Germany, every person receives "
                            "a <b>tax identification number</b> (Steuer-ID). The Federal Central "
                            "Tax Office sends it to you by post after a few weeks. For this, "
                            "your name must be on your letterbox. Your employer and the family "
                            "benefits office (Familienkasse) need this number.</p>"
                        ),
                    ),
                ],
            },
            "ar": {
                "title": "الوصول وتسجيل السكن",
                "summary": (
                    "كيف تسجلون عنوان سكنكم في مكتب خدمة المواطنين، وما الوثائق التي تحتاجونها "
                    "لذلك."
                ),
                "body": [
                    ("heading", "ما يجب عليكم فعله في أول أسبوعين"),
                    (
                        "paragraph",
                        (
                            "<p>كل من ينتقل إلى مسكن في ألمانيا يجب أن يسجل عنوانه خلال 14 يوماً "
                            "(Anmeldung). في روربروك يتم ذلك في مكتب خدمة المواطنين (Bürgerbüro) "
                            "في مبنى البلدية. يرجى حجز موعد مسبقاً عبر الإنترنت أو بالهاتف. أما "
                            "الأسئلة المتعلقة بالتأشيرة وتصريح الإقامة فتساعدكم فيها دائرة "
                            "الأجانب (Ausländerbehörde).</p>"
                        ),
                    ),
                    ("heading", "الوثائق التي تحتاجونها"),
                    (
                        "paragraph",
                        (
                            "<p>يرجى إحضار الوثائق التالية:</p><ul><li>جواز السفر أو بطاقة "
                            "الهوية (لكل شخص)</li><li><b>تأكيد المؤجِّر</b> "
                            "(Wohnungsgeberbestätigung): يملأ هذه الاستمارة صاحب السكن أو صاحبة "
                            "السكن</li><li>شهادات ميلاد الأطفال، وعقد الزواج إن وُجد</li></ul><p>"
                            "التسجيل مجاني. بعد ذلك تحصلون على <b>شهادة تسجيل السكن</b> "
                            "(Meldebescheinigung). احتفظوا بها جيداً. ستحتاجونها مثلاً للبنك أو "
                            "الروضة أو المدرسة.</p>"
                        ),
                    ),
                    ("heading", "رقم التعريف الضريبي"),
                    (
                        "paragraph",
                        (
                            "<p>بعد أول تسجيل للسكن في ألمانيا يحصل كل شخص على <b>رقم تعريف "
                            "ضريبي</b> (Steuer-ID). ترسله لكم المصلحة الاتحادية المركزية للضرائب "
                            "بالبريد بعد بضعة أسابيع. لذلك يجب أن يكون اسمكم مكتوباً على صندوق "
                            "البريد. يحتاج صاحب العمل وصندوق الأسرة (Familienkasse) إلى هذا "
                            "الرقم.</p>"
                        ),
                    ),
                ],
            },
            "fa": {
                "title": "ورود و ثبت محل سکونت",
                "summary": (
                    "چگونه محل سکونت خود را در دفتر خدمات شهروندی ثبت کنید و برای این کار به چه "
                    "مدارکی نیاز دارید."
                ),
                "body": [
                    ("heading", "کارهایی که باید در دو هفتهٔ اول انجام دهید"),
                    (
                        "paragraph",
                        (
                            "<p>هر کس در آلمان به خانه‌ای نقل مکان می‌کند، باید ظرف ۱۴ روز محل "
                            "سکونت خود را ثبت کند (Anmeldung). در روربروک این کار در دفتر خدمات "
                            "شهروندی (Bürgerbüro) در ساختمان شهرداری انجام می‌شود. لطفاً از قبل "
                            "به‌صورت آنلاین یا تلفنی وقت بگیرید. برای سؤال‌های مربوط به ویزا و "
                            "اجازهٔ اقامت، ادارهٔ اتباع خارجی (Ausländerbehörde) به شما کمک "
                            "می‌کند.</p>"
                        ),
                    ),
                    ("heading", "مدارکی که لازم دارید"),
                    (
                        "paragraph",
                        (
                            "<p>لطفاً این مدارک را همراه داشته باشید:</p><ul><li>گذرنامه یا کارت "
                            "شناسایی (برای هر نفر)</li><li><b>تأییدیهٔ صاحبخانه</b> "
                            "(Wohnungsgeberbestätigung): این فرم را صاحبخانهٔ شما پر می‌کند</li>"
                            "<li>گواهی تولد فرزندان و در صورت وجود، سند ازدواج</li></ul><p>ثبت "
                            "محل سکونت رایگان است. پس از آن <b>گواهی ثبت محل سکونت</b> "
                            "(Meldebescheinigung) دریافت می‌کنید. آن را خوب نگه دارید. برای مثال "
                            "برای بانک، مهدکودک یا مدرسه به آن نیاز دارید.</p>"
                        ),
                    ),
                    ("heading", "شمارهٔ شناسایی مالیاتی شما"),
                    (
                        "paragraph",
                        (
                            "<p>پس از نخستین ثبت محل سکونت در آلمان، هر فرد یک <b>شمارهٔ شناسایی "
                            "مالیاتی</b> (Steuer-ID) دریافت می‌کند. ادارهٔ مرکزی فدرال مالیات "
                            "این شماره را پس از چند هفته با پست برای شما می‌فرستد. برای این کار "
                            "نام شما باید روی صندوق پستی نوشته شده باشد. کارفرما و صندوق خانواده "
                            "(Familienkasse) به این شماره نیاز دارند.</p>"
                        ),
                    ),
                ],
            },
            "tr": {
                "title": "Varış ve ikamet kaydı",
                "summary": (
                    "Adresinizi Vatandaş Bürosunda nasıl kaydettireceğiniz ve bunun için hangi "
                    "belgelere ihtiyacınız olduğu."
                ),
                "body": [
                    ("heading", "İlk iki haftada yapmanız gerekenler"),
                    (
                        "paragraph",
                        (
                            "<p>Almanya'da bir konuta taşınan herkes 14 gün içinde ikamet kaydı "
                            "yaptırmak zorundadır (Anmeldung). Ruhrbrück'te bunu belediye "
                            "binasındaki Vatandaş Bürosunda (Bürgerbüro) yaparsınız. Lütfen "
                            "önceden internetten veya telefonla randevu alın. Vize ve oturma "
                            "izniyle ilgili sorularınızda Yabancılar Dairesi (Ausländerbehörde) "
                            "size yardımcı olur.</p>"
                        ),
                    ),
                    ("heading", "İhtiyacınız olan belgeler"),
                    (
                        "paragraph",
                        (
                            "<p>Lütfen şu belgeleri yanınızda getirin:</p><ul><li>pasaport veya "
                            "kimlik kartı (her kişi için)</li><li><b>ev sahibi onayı</b> "
                            "(Wohnungsgeberbestätigung): Bu formu ev sahibiniz doldurur</li><li>"
                            "çocukların doğum belgeleri ve varsa evlilik cüzdanı</li></ul><p>"
                            "İkamet kaydı ücretsizdir. Ardından bir <b>ikamet belgesi</b> "
                            "(Meldebescheinigung) alırsınız. Bu belgeyi iyi saklayın. Örneğin "
                            "banka, kreş veya okul için ona ihtiyacınız olacak.</p>"
                        ),
                    ),
                    ("heading", "Vergi kimlik numaranız"),
                    (
                        "paragraph",
                        (
                            "<p>Almanya'daki ilk ikamet kaydından sonra herkes bir <b>vergi "
                            "kimlik numarası</b> (Steuer-ID) alır. Federal Merkezi Vergi Dairesi "
                            "bu numarayı birkaç hafta içinde size posta ile gönderir. Bunun için "
                            "adınızın posta kutusunda yazılı olması gerekir. İşvereniniz ve Aile "
                            "Kasası (Familienkasse) bu numaraya ihtiyaç duyar.</p>"
                        ),
                    ),
                ],
            },
            "uk": {
                "title": "Прибуття та реєстрація",
                "summary": (
                    "Як зареєструвати місце проживання в Бюро громадян і які документи для цього "
                    "потрібні."
                ),
                "body": [
                    ("heading", "Що потрібно зробити протягом перших двох тижнів"),
                    (
                        "paragraph",
                        (
                            "<p>Кожен, хто в Німеччині заселяється в житло, повинен "
                            "зареєструватися протягом 14 днів (Anmeldung). У Рурбрюку це "
                            "робиться в Бюро громадян (Bürgerbüro) у ратуші. Будь ласка, "
                            "заздалегідь запишіться на прийом онлайн або телефоном. З питаннями "
                            "щодо візи та дозволу на проживання допомагає відомство у справах "
                            "іноземців (Ausländerbehörde).</p>"
                        ),
                    ),
                    ("heading", "Які документи потрібні"),
                    (
                        "paragraph",
                        (
                            "<p>Будь ласка, візьміть із собою такі документи:</p><ul><li>"
                            "закордонний паспорт або посвідчення особи (для кожної людини)</li>"
                            "<li><b>підтвердження від орендодавця</b> "
                            "(Wohnungsgeberbestätigung): цей формуляр заповнює ваш "
                            "орендодавець</li><li>свідоцтва про народження дітей і, якщо є, "
                            "свідоцтво про шлюб</li></ul><p>Реєстрація безкоштовна. Після неї ви "
                            "отримаєте <b>довідку про реєстрацію</b> (Meldebescheinigung). "
                            "Зберігайте її в надійному місці. Вона знадобиться вам, наприклад, "
                            "для банку, дитсадка чи школи.</p>"
                        ),
                    ),
                    ("heading", "Ваш податковий ідентифікаційний номер"),
                    (
                        "paragraph",
                        (
                            "<p>Після першої реєстрації в Німеччині кожна людина отримує <b>"
                            "податковий ідентифікаційний номер</b> (Steuer-ID). Федеральне "
                            "центральне податкове управління надсилає його поштою через кілька "
                            "тижнів. Для цього ваше ім’я має бути на поштовій скриньці. Цей "
                            "номер потрібен вашому роботодавцю та сімейній касі "
                            "(Familienkasse).</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Прибытие и регистрация",
                "summary": (
                    "Как зарегистрировать место жительства в Бюро по делам граждан и какие "
                    "документы для этого нужны."
                ),
                "body": [
                    ("heading", "Что нужно сделать в первые две недели"),
                    (
                        "paragraph",
                        (
                            "<p>Каждый, кто въезжает в квартиру в Германии, обязан "
                            "зарегистрироваться в течение 14 дней (Anmeldung). В Рурбрюке это "
                            "делается в Бюро по делам граждан (Bürgerbüro) в ратуше. Пожалуйста, "
                            "заранее запишитесь на приём онлайн или по телефону. По вопросам "
                            "визы и вида на жительство поможет ведомство по делам иностранцев "
                            "(Ausländerbehörde).</p>"
                        ),
                    ),
                    ("heading", "Какие документы нужны"),
                    (
                        "paragraph",
                        (
                            "<p>Пожалуйста, возьмите с собой эти документы:</p><ul><li>"
                            "загранпаспорт или удостоверение личности (на каждого человека)</li>"
                            "<li><b>подтверждение арендодателя</b> (Wohnungsgeberbestätigung): "
                            "этот формуляр заполняет ваш арендодатель</li><li>свидетельства о "
                            "рождении детей и, если есть, свидетельство о браке</li></ul><p>"
                            "Регистрация бесплатная. После неё вы получите <b>справку о "
                            "регистрации</b> (Meldebescheinigung). Храните её в надёжном месте. "
                            "Она понадобится вам, например, в банке, детском саду или школе.</p>"
                        ),
                    ),
                    ("heading", "Ваш налоговый идентификационный номер"),
                    (
                        "paragraph",
                        (
                            "<p>После первой регистрации в Германии каждый человек получает <b>"
                            "налоговый идентификационный номер</b> (Steuer-ID). Федеральное "
                            "центральное налоговое ведомство присылает его по почте через "
                            "несколько недель. Для этого ваше имя должно быть на почтовом ящике. "
                            "Этот номер нужен вашему работодателю и семейной кассе "
                            "(Familienkasse).</p>"
                        ),
                    ),
                ],
            },
            "ro": {
                "title": "Sosirea și înregistrarea domiciliului",
                "summary": (
                    "Cum vă înregistrați adresa la Biroul pentru cetățeni și ce documente vă "
                    "trebuie pentru aceasta."
                ),
                "body": [
                    ("heading", "Ce trebuie să faceți în primele două săptămâni"),
                    (
                        "paragraph",
                        (
                            "<p>Oricine se mută într-o locuință în Germania trebuie să se "
                            "înregistreze în termen de 14 zile (Anmeldung). În Ruhrbrück faceți "
                            "acest lucru la Biroul pentru cetățeni (Bürgerbüro) de la Primărie. "
                            "Vă rugăm să vă faceți din timp o programare, online sau la telefon. "
                            "Pentru întrebări despre viză și permisul de ședere vă ajută Oficiul "
                            "pentru străini (Ausländerbehörde).</p>"
                        ),
                    ),
                    ("heading", "Documentele de care aveți nevoie"),
                    (
                        "paragraph",
                        (
                            "<p>Vă rugăm să aduceți următoarele documente:</p><ul><li>pașaportul "
                            "sau cartea de identitate (pentru fiecare persoană)</li><li><b>"
                            "confirmarea proprietarului</b> (Wohnungsgeberbestätigung): acest "
                            "formular îl completează proprietarul locuinței</li><li>"
                            "certificatele de naștere ale copiilor și, dacă aveți, certificatul "
                            "de căsătorie</li></ul><p>Înregistrarea este gratuită. După aceea "
                            "primiți un <b>certificat de înregistrare</b> (Meldebescheinigung). "
                            "Păstrați-l cu grijă. Aveți nevoie de el, de exemplu, la bancă, la "
                            "grădiniță sau la școală.</p>"
                        ),
                    ),
                    ("heading", "Numărul dumneavoastră de identificare fiscală"),
                    (
                        "paragraph",
                        (
                            "<p>După prima înregistrare în Germania, fiecare persoană primește "
                            "un <b>număr de identificare fiscală</b> (Steuer-ID). Oficiul "
                            "Central Federal pentru Impozite vi-l trimite prin poștă după câteva "
                            "săptămâni. Pentru aceasta, numele dumneavoastră trebuie să fie "
                            "scris pe cutia poștală. Angajatorul și Casa pentru familii "
                            "(Familienkasse) au nevoie de acest număr.</p>"
                        ),
                    ),
                ],
            },
            "bg": {
                "title": "Пристигане и регистрация",
                "summary": (
                    "Как да регистрирате адреса си в Гражданското бюро и какви документи са ви "
                    "нужни за това."
                ),
                "body": [
                    ("heading", "Какво трябва да направите през първите две седмици"),
                    (
                        "paragraph",
                        (
                            "<p>Всеки, който се нанася в жилище в Германия, трябва да се "
                            "регистрира в срок от 14 дни (Anmeldung). В Рурбрюк това става в "
                            "Гражданското бюро (Bürgerbüro) в кметството. Моля, запазете си "
                            "предварително час онлайн или по телефона. При въпроси за виза и "
                            "разрешение за пребиваване помага Службата за чужденци "
                            "(Ausländerbehörde).</p>"
                        ),
                    ),
                    ("heading", "Документи, които са ви нужни"),
                    (
                        "paragraph",
                        (
                            "<p>Моля, носете следните документи:</p><ul><li>паспорт или лична "
                            "карта (за всеки човек)</li><li><b>потвърждение от наемодателя</b> "
                            "(Wohnungsgeberbestätigung): този формуляр се попълва от вашия "
                            "наемодател</li><li>удостоверенията за раждане на децата и, ако "
                            "имате, удостоверението за брак</li></ul><p>Регистрацията е "
                            "безплатна. След нея получавате <b>удостоверение за регистрация</b> "
                            "(Meldebescheinigung). Пазете го добре. Ще ви трябва например за "
                            "банката, детската градина или училището.</p>"
                        ),
                    ),
                    ("heading", "Вашият данъчен идентификационен номер"),
                    (
                        "paragraph",
                        (
                            "<p>След първата регистрация в Германия всеки човек получава <b>"
                            "данъчен идентификационен номер</b> (Steuer-ID). Федералната "
                            "централна данъчна служба ви го изпраща по пощата след няколко "
                            "седмици. За тази цел името ви трябва да е написано на пощенската "
                            "кутия. Този номер е нужен на вашия работодател и на Семейната каса "
                            "(Familienkasse).</p>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "sprachkurse",
        "contacts": [
            {
                "name": {
                    "de": "Volkshochschule Ruhrbrück – Fachbereich Deutsch",
                    "en": "Ruhrbrück Adult Education Centre – German courses (Volkshochschule)",
                    "ar": (
                        "المدرسة الشعبية لتعليم الكبار في روربروك – قسم اللغة الألمانية "
                        "(Volkshochschule)"
                    ),
                    "fa": "آموزشگاه بزرگسالان روربروک – بخش زبان آلمانی (Volkshochschule)",
                    "tr": "Ruhrbrück Halk Eğitim Merkezi – Almanca Bölümü (Volkshochschule)",
                    "uk": "Народний університет Рурбрюка – відділ німецької мови (Volkshochschule)",
                    "ru": "Народный университет Рурбрюка – отдел немецкого языка (Volkshochschule)",
                    "ro": (
                        "Universitatea Populară Ruhrbrück – departamentul de limba germană "
                        "(Volkshochschule)"
                    ),
                    "bg": "Народен университет Рурбрюк – отдел „Немски език“ (Volkshochschule)",
                },
                "address": "Bahnhofstraße 22\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Beratung: Mo–Do 9–12 Uhr und 14–17 Uhr, Fr 9–12 Uhr",
                    "en": "Advice: Mon–Thu 9 am–12 pm and 2–5 pm, Fri 9 am–12 pm",
                    "ar": (
                        "الاستشارة: من الاثنين إلى الخميس 9:00–12:00 و14:00–17:00، الجمعة "
                        "9:00–12:00"
                    ),
                    "fa": "مشاوره: دوشنبه تا پنجشنبه ۹ تا ۱۲ و ۱۴ تا ۱۷، جمعه ۹ تا ۱۲",
                    "tr": "Danışma: Pzt–Per 09.00–12.00 ve 14.00–17.00, Cum 09.00–12.00",
                    "uk": "Консультації: Пн–Чт 9:00–12:00 і 14:00–17:00, Пт 9:00–12:00",
                    "ru": "Консультации: Пн–Чт 9:00–12:00 и 14:00–17:00, Пт 9:00–12:00",
                    "ro": "Consiliere: luni–joi 9–12 și 14–17, vineri 9–12",
                    "bg": "Консултации: понеделник–четвъртък 9–12 ч. и 14–17 ч., петък 9–12 ч.",
                },
                "phone": "+49 2999 123-600",
                "email": "deutsch@vhs-ruhrbrueck.example.org",
                "languages": ["de", "en", "ar", "uk"],
            },
            {
                "name": {
                    "de": "Sprachcafé im Stadtteilzentrum Nord",
                    "en": "Language café at Stadtteilzentrum Nord (Sprachcafé)",
                    "ar": "مقهى اللغة في مركز الحي الشمالي (Sprachcafé)",
                    "fa": "کافهٔ زبان در مرکز محلهٔ شمالی (Sprachcafé)",
                    "tr": "Kuzey Semt Merkezi'nde Dil Kafe (Sprachcafé)",
                    "uk": "Мовне кафе в районному центрі «Північ» (Sprachcafé)",
                    "ru": "Языковое кафе в районном центре «Север» (Sprachcafé)",
                    "ro": "Cafeneaua lingvistică din Centrul de cartier Nord (Sprachcafé)",
                    "bg": "Езиково кафене в кварталния център „Север“ (Sprachcafé)",
                },
                "address": "Zechenweg 5\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Mittwochs 16–18 Uhr, ohne Anmeldung",
                    "en": "Wednesdays 4–6 pm, no registration needed",
                    "ar": "كل يوم أربعاء 16:00–18:00، من دون تسجيل",
                    "fa": "چهارشنبه‌ها ۱۶ تا ۱۸، بدون ثبت‌نام",
                    "tr": "Her çarşamba 16.00–18.00, kayıt gerekmez",
                    "uk": "Щосереди 16:00–18:00, без реєстрації",
                    "ru": "По средам 16:00–18:00, без записи",
                    "ro": "Miercurea 16–18, fără înscriere",
                    "bg": "Всяка сряда 16–18 ч., без записване",
                },
                "phone": "+49 2999 4711-20",
                "email": "sprachcafe@ruhrbrueck.example.org",
                "languages": ["de", "ar", "fa", "uk", "ru"],
            },
        ],
        "links": [
            {
                "title": {
                    "de": "Integrationskurse: Informationen des BAMF",
                    "en": "Integration courses: information from the BAMF",
                    "ar": "دورات الاندماج: معلومات من المكتب الاتحادي للهجرة واللاجئين (BAMF)",
                    "fa": "دوره‌های ادغام: اطلاعات ادارهٔ فدرال مهاجرت و پناهندگان (BAMF)",
                    "tr": "Uyum kursları: BAMF'tan bilgiler",
                    "uk": "Інтеграційні курси: інформація від BAMF",
                    "ru": "Интеграционные курсы: информация от BAMF",
                    "ro": "Cursuri de integrare: informații de la BAMF",
                    "bg": "Интеграционни курсове: информация от BAMF",
                },
                "url": "https://www.bamf.de",
            },
            {
                "title": {
                    "de": "Deutschkurse der VHS Ruhrbrück",
                    "en": "German courses at VHS Ruhrbrück",
                    "ar": "دورات اللغة الألمانية في المدرسة الشعبية (VHS) في روربروك",
                    "fa": "کلاس‌های زبان آلمانی آموزشگاه بزرگسالان (VHS) روربروک",
                    "tr": "Ruhrbrück Halk Eğitim Merkezi'nin (VHS) Almanca kursları",
                    "uk": "Курси німецької мови у VHS Рурбрюка",
                    "ru": "Курсы немецкого языка в VHS Рурбрюка",
                    "ro": "Cursuri de germană la VHS Ruhrbrück",
                    "bg": "Курсове по немски във VHS Рурбрюк",
                },
                "url": "https://www.vhs-ruhrbrueck.example.org/deutsch",
            },
        ],
        "translations": {
            "de": {
                "title": "Sprachkurse",
                "summary": (
                    "Integrationskurs, Kurse an der Volkshochschule und kostenlose Sprachcafés: "
                    "So lernen Sie Deutsch in Ruhrbrück."
                ),
                "body": [
                    ("heading", "Der Integrationskurs"),
                    (
                        "paragraph",
                        (
                            "<p>Im <b>Integrationskurs</b> lernen Sie Deutsch und erfahren viel "
                            "über das Leben in Deutschland. Der Kurs besteht aus einem "
                            "Sprachkurs und einem Orientierungskurs über Geschichte, Politik und "
                            "Werte. Am Ende machen Sie die Prüfungen „Deutsch-Test für "
                            "Zuwanderer“ (DTZ) und „Leben in Deutschland“. Das Bundesamt für "
                            "Migration und Flüchtlinge (BAMF) organisiert die Kurse und bezahlt "
                            "den größten Teil der Kosten.</p>"
                        ),
                    ),
                    ("heading", "Wer kann teilnehmen und was kostet es?"),
                    (
                        "paragraph",
                        (
                            "<p>Viele Zugewanderte haben ein Recht auf einen Integrationskurs, "
                            "und auch Menschen aus EU-Staaten können einen Antrag stellen. "
                            "Manchmal ist die Teilnahme Pflicht, zum Beispiel wenn die "
                            "Ausländerbehörde oder das Jobcenter Sie dazu verpflichtet. Meist "
                            "zahlen Sie nur einen kleinen Eigenanteil pro Unterrichtsstunde. Wer "
                            "Bürgergeld oder Sozialhilfe bekommt, kann sich davon befreien "
                            "lassen.</p>"
                        ),
                    ),
                    ("heading", "Kurse an der VHS und Sprachcafés"),
                    (
                        "paragraph",
                        (
                            "<p>Die Volkshochschule (VHS) Ruhrbrück berät Sie und macht mit "
                            "Ihnen einen kostenlosen Einstufungstest. Sie bietet "
                            "Integrationskurse, Kurse für Eltern und Jugendliche sowie "
                            "Berufssprachkurse an. Zum Üben gibt es außerdem:</p><ul><li>das <b>"
                            "Sprachcafé</b> im Stadtteilzentrum Nord: jeden Mittwoch, kostenlos "
                            "und ohne Anmeldung</li><li>Bücher in einfachem Deutsch und in "
                            "vielen Sprachen in der Stadtbibliothek</li></ul>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Language courses",
                "summary": (
                    "Integration course, adult education centre courses and free language cafés: "
                    "this is how you learn German in Ruhrbrück."
                ),
                "body": [
                    ("heading", "The integration course"),
                    (
                        "paragraph",
                        (
                            "<p>In the <b>integration course</b> (Integrationskurs) you learn "
                            "German and a lot about life in Germany. The course consists of a "
                            "language course and an orientation course about history, politics "
                            "and values. At the end you take the tests “Deutsch-Test für "
                            "Zuwanderer” (DTZ) and “Leben in Deutschland”. The Federal Office "
                            "for Migration and Refugees (BAMF) organises the courses and pays "
                            "most of the costs.</p>"
                        ),
                    ),
                    ("heading", "Who can take part and what does it cost?"),
                    (
                        "paragraph",
                        (
                            "<p>Many immigrants have a right to an integration course, and "
                            "people from EU countries can also apply. Sometimes taking part is "
                            "compulsory, for example if the Immigration Office or the Jobcenter "
                            "obliges you to attend. Usually you only pay a small contribution "
                            "per lesson. If you receive citizen's income (Bürgergeld) or social "
                            "assistance, you can be exempted from paying.</p>"
                        ),
                    ),
                    ("heading", "Courses at the VHS and language cafés"),
                    (
                        "paragraph",
                        (
                            "<p>The adult education centre (Volkshochschule, VHS) in Ruhrbrück "
                            "gives you advice and does a free placement test with you. It offers "
                            "integration courses, courses for parents and young people, and "
                            "job-related language courses. For more practice there is also:</p>"
                            "<ul><li>the <b>language café</b> (Sprachcafé) at the "
                            "Stadtteilzentrum Nord: every Wednesday, free and without "
                            "registration</li><li>books in simple German and in many languages "
                            "at the town library</li></ul>"
                        ),
                    ),
                ],
            },
            "ar": {
                "title": "دورات اللغة",
                "summary": (
                    "دورة الاندماج ودورات المدرسة الشعبية لتعليم الكبار ومقاهي اللغة المجانية: "
                    "هكذا تتعلمون الألمانية في روربروك."
                ),
                "body": [
                    ("heading", "دورة الاندماج"),
                    (
                        "paragraph",
                        (
                            "<p>في <b>دورة الاندماج</b> (Integrationskurs) تتعلمون اللغة "
                            "الألمانية وتعرفون الكثير عن الحياة في ألمانيا. تتكون الدورة من دورة "
                            "لغة ودورة توجيهية عن التاريخ والسياسة والقيم. في النهاية تقدمون "
                            "امتحان «اختبار اللغة الألمانية للمهاجرين» (DTZ) واختبار «الحياة في "
                            "ألمانيا». ينظم المكتب الاتحادي للهجرة واللاجئين (BAMF) هذه الدورات "
                            "ويتحمل الجزء الأكبر من تكاليفها.</p>"
                        ),
                    ),
                    ("heading", "من يمكنه المشاركة وكم التكلفة؟"),
                    (
                        "paragraph",
                        (
                            "<p>كثير من المهاجرين لهم الحق في دورة اندماج، ويمكن لمواطني دول "
                            "الاتحاد الأوروبي أيضاً تقديم طلب. أحياناً تكون المشاركة إلزامية، "
                            "مثلاً إذا ألزمتكم بها دائرة الأجانب أو مركز العمل (Jobcenter). في "
                            "الغالب تدفعون مساهمة صغيرة فقط عن كل ساعة دراسية. ومن يحصل على دخل "
                            "المواطن (Bürgergeld) أو المساعدة الاجتماعية يمكنه طلب الإعفاء "
                            "منها.</p>"
                        ),
                    ),
                    ("heading", "دورات في المدرسة الشعبية ومقاهي اللغة"),
                    (
                        "paragraph",
                        (
                            "<p>تقدم لكم المدرسة الشعبية لتعليم الكبار (VHS) في روربروك "
                            "الاستشارة واختبار تحديد مستوى مجانياً. وتوفر دورات اندماج ودورات "
                            "للآباء والأمهات والشباب ودورات لغة مهنية. وللتدرب يوجد أيضاً:</p>"
                            "<ul><li><b>مقهى اللغة</b> (Sprachcafé) في مركز الحي الشمالي "
                            "(Stadtteilzentrum Nord): كل يوم أربعاء، مجاناً ومن دون تسجيل</li>"
                            "<li>كتب بلغة ألمانية مبسطة وبلغات كثيرة في مكتبة المدينة</li></ul>"
                        ),
                    ),
                ],
            },
            "fa": {
                "title": "کلاس‌های زبان",
                "summary": (
                    "دورهٔ ادغام، کلاس‌های آموزشگاه بزرگسالان و کافه‌های زبان رایگان: این‌گونه "
                    "در روربروک آلمانی یاد می‌گیرید."
                ),
                "body": [
                    ("heading", "دورهٔ ادغام"),
                    (
                        "paragraph",
                        (
                            "<p>در <b>دورهٔ ادغام</b> (Integrationskurs) زبان آلمانی یاد "
                            "می‌گیرید و دربارهٔ زندگی در آلمان چیزهای زیادی می‌آموزید. این دوره "
                            "از یک کلاس زبان و یک دورهٔ آشنایی با تاریخ، سیاست و ارزش‌ها تشکیل "
                            "شده است. در پایان در آزمون «آزمون زبان آلمانی برای مهاجران» (DTZ) و "
                            "آزمون «زندگی در آلمان» شرکت می‌کنید. ادارهٔ فدرال مهاجرت و "
                            "پناهندگان (BAMF) این دوره‌ها را سازمان‌دهی می‌کند و بیشتر هزینهٔ "
                            "آن‌ها را می‌پردازد.</p>"
                        ),
                    ),
                    ("heading", "چه کسانی می‌توانند شرکت کنند و هزینه چقدر است؟"),
                    (
                        "paragraph",
                        (
                            "<p>بسیاری از مهاجران حق شرکت در دورهٔ ادغام را دارند و شهروندان "
                            "کشورهای اتحادیهٔ اروپا هم می‌توانند درخواست بدهند. گاهی شرکت در "
                            "دوره اجباری است، برای مثال اگر ادارهٔ اتباع خارجی یا جاب‌سنتر "
                            "(Jobcenter) شما را موظف کند. معمولاً فقط سهم کوچکی برای هر ساعت "
                            "درسی می‌پردازید. کسانی که کمک‌هزینهٔ شهروندی (Bürgergeld) یا کمک "
                            "اجتماعی دریافت می‌کنند، می‌توانند از پرداخت آن معاف شوند.</p>"
                        ),
                    ),
                    ("heading", "کلاس‌های آموزشگاه بزرگسالان و کافه‌های زبان"),
                    (
                        "paragraph",
                        (
                            "<p>آموزشگاه بزرگسالان (Volkshochschule، VHS) روربروک به شما مشاوره "
                            "می‌دهد و با شما یک آزمون تعیین سطح رایگان انجام می‌دهد. در آنجا "
                            "دوره‌های ادغام، کلاس برای والدین و نوجوانان و کلاس‌های زبان شغلی "
                            "برگزار می‌شود. برای تمرین این امکانات هم وجود دارد:</p><ul><li><b>"
                            "کافهٔ زبان</b> (Sprachcafé) در مرکز محلهٔ شمالی (Stadtteilzentrum "
                            "Nord): هر چهارشنبه، رایگان و بدون ثبت‌نام</li><li>کتاب‌هایی به زبان "
                            "آلمانی ساده و به زبان‌های مختلف در کتابخانهٔ شهر</li></ul>"
                        ),
                    ),
                ],
            },
            "tr": {
                "title": "Dil kursları",
                "summary": (
                    "Uyum kursu, Halk Eğitim Merkezi kursları ve ücretsiz dil kafeleri: "
                    "Ruhrbrück'te Almancayı böyle öğrenirsiniz."
                ),
                "body": [
                    ("heading", "Uyum kursu"),
                    (
                        "paragraph",
                        (
                            "<p><b>Uyum kursunda</b> (Integrationskurs) Almanca öğrenir ve "
                            "Almanya'daki yaşam hakkında çok şey öğrenirsiniz. Kurs, bir dil "
                            "kursu ile tarih, siyaset ve değerler hakkında bir oryantasyon "
                            "kursundan oluşur. Kursun sonunda “Göçmenler için Almanca Testi” "
                            "(DTZ) ve “Almanya'da Yaşam” sınavlarına girersiniz. Federal Göç ve "
                            "Mülteciler Dairesi (BAMF) kursları düzenler ve masrafların büyük "
                            "kısmını karşılar.</p>"
                        ),
                    ),
                    ("heading", "Kimler katılabilir ve ücreti ne kadar?"),
                    (
                        "paragraph",
                        (
                            "<p>Birçok göçmenin uyum kursuna katılma hakkı vardır; AB "
                            "ülkelerinden gelenler de başvurabilir. Bazen katılım zorunludur, "
                            "örneğin Yabancılar Dairesi veya Jobcenter sizi buna yükümlü "
                            "kılarsa. Genellikle ders saati başına sadece küçük bir katkı payı "
                            "ödersiniz. Vatandaş parası (Bürgergeld) veya sosyal yardım alanlar "
                            "bu ücretten muaf tutulabilir.</p>"
                        ),
                    ),
                    ("heading", "Halk Eğitim Merkezi kursları ve dil kafeleri"),
                    (
                        "paragraph",
                        (
                            "<p>Ruhrbrück Halk Eğitim Merkezi (Volkshochschule, VHS) size "
                            "danışmanlık yapar ve sizinle ücretsiz bir seviye tespit sınavı "
                            "yapar. Merkez uyum kursları, anne-babalar ve gençler için kurslar "
                            "ve mesleki dil kursları sunar. Pratik yapmak için ayrıca şunlar "
                            "var:</p><ul><li>Kuzey Semt Merkezi'nde (Stadtteilzentrum Nord) <b>"
                            "dil kafe</b> (Sprachcafé): her çarşamba, ücretsiz ve kayıt "
                            "gerekmeden</li><li>şehir kütüphanesinde kolay Almanca ve birçok "
                            "dilde kitaplar</li></ul>"
                        ),
                    ),
                ],
            },
            "uk": {
                "title": "Мовні курси",
                "summary": (
                    "Інтеграційний курс, курси в Народному університеті та безкоштовні мовні "
                    "кафе: так можна вивчати німецьку в Рурбрюку."
                ),
                "body": [
                    ("heading", "Інтеграційний курс"),
                    (
                        "paragraph",
                        (
                            "<p>На <b>інтеграційному курсі</b> (Integrationskurs) ви вивчаєте "
                            "німецьку мову і багато дізнаєтеся про життя в Німеччині. Курс "
                            "складається з мовного курсу та орієнтаційного курсу про історію, "
                            "політику й цінності. Наприкінці ви складаєте іспити «Німецька мова "
                            "для іммігрантів» (DTZ) і «Життя в Німеччині». Федеральне відомство "
                            "у справах міграції та біженців (BAMF) організовує курси й оплачує "
                            "більшу частину витрат.</p>"
                        ),
                    ),
                    ("heading", "Хто може брати участь і скільки це коштує?"),
                    (
                        "paragraph",
                        (
                            "<p>Багато іммігрантів мають право на інтеграційний курс, а "
                            "громадяни країн ЄС також можуть подати заяву. Іноді участь є "
                            "обов’язковою, наприклад якщо вас зобов’язує відомство у справах "
                            "іноземців або Jobcenter. Зазвичай ви сплачуєте лише невеликий "
                            "внесок за кожну навчальну годину. Хто отримує громадянську допомогу "
                            "(Bürgergeld) або соціальну допомогу, може бути звільнений від "
                            "оплати.</p>"
                        ),
                    ),
                    ("heading", "Курси в Народному університеті та мовні кафе"),
                    (
                        "paragraph",
                        (
                            "<p>Народний університет (Volkshochschule, VHS) Рурбрюка консультує "
                            "вас і проводить безкоштовний тест на визначення рівня. Там є "
                            "інтеграційні курси, курси для батьків і молоді, а також професійні "
                            "мовні курси. Для практики є ще:</p><ul><li><b>мовне кафе</b> "
                            "(Sprachcafé) у районному центрі «Північ» (Stadtteilzentrum Nord): "
                            "щосереди, безкоштовно і без реєстрації</li><li>книжки простою "
                            "німецькою та багатьма мовами в міській бібліотеці</li></ul>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Языковые курсы",
                "summary": (
                    "Интеграционный курс, курсы в Народном университете и бесплатные языковые "
                    "кафе: так можно учить немецкий в Рурбрюке."
                ),
                "body": [
                    ("heading", "Интеграционный курс"),
                    (
                        "paragraph",
                        (
                            "<p>На <b>интеграционном курсе</b> (Integrationskurs) вы учите "
                            "немецкий язык и многое узнаёте о жизни в Германии. Курс состоит из "
                            "языкового курса и ориентационного курса об истории, политике и "
                            "ценностях. В конце вы сдаёте экзамены «Немецкий для иммигрантов» "
                            "(DTZ) и «Жизнь в Германии». Федеральное ведомство по делам миграции "
                            "и беженцев (BAMF) организует курсы и оплачивает большую часть "
                            "расходов.</p>"
                        ),
                    ),
                    ("heading", "Кто может участвовать и сколько это стоит?"),
                    (
                        "paragraph",
                        (
                            "<p>Многие иммигранты имеют право на интеграционный курс, а граждане "
                            "стран ЕС тоже могут подать заявление. Иногда участие обязательно, "
                            "например если этого требует ведомство по делам иностранцев или "
                            "Jobcenter. Обычно вы платите лишь небольшой взнос за каждый учебный "
                            "час. Те, кто получает гражданское пособие (Bürgergeld) или "
                            "социальную помощь, могут быть освобождены от оплаты.</p>"
                        ),
                    ),
                    ("heading", "Курсы в Народном университете и языковые кафе"),
                    (
                        "paragraph",
                        (
                            "<p>Народный университет (Volkshochschule, VHS) Рурбрюка "
                            "консультирует вас и проводит бесплатный тест на определение уровня. "
                            "Там есть интеграционные курсы, курсы для родителей и молодёжи, а "
                            "также профессиональные языковые курсы. Для практики есть также:</p>"
                            "<ul><li><b>языковое кафе</b> (Sprachcafé) в районном центре «Север» "
                            "(Stadtteilzentrum Nord): каждую среду, бесплатно и без записи</li>"
                            "<li>книги на простом немецком и на многих языках в городской "
                            "библиотеке</li></ul>"
                        ),
                    ),
                ],
            },
            "ro": {
                "title": "Cursuri de limbă",
                "summary": (
                    "Cursul de integrare, cursurile de la Universitatea Populară și cafenelele "
                    "lingvistice gratuite: așa învățați germana în Ruhrbrück."
                ),
                "body": [
                    ("heading", "Cursul de integrare"),
                    (
                        "paragraph",
                        (
                            "<p>La <b>cursul de integrare</b> (Integrationskurs) învățați limba "
                            "germană și aflați multe despre viața în Germania. Cursul este "
                            "format dintr-un curs de limbă și un curs de orientare despre "
                            "istorie, politică și valori. La final susțineți examenele „Testul "
                            "de germană pentru imigranți” (DTZ) și „Viața în Germania”. Oficiul "
                            "Federal pentru Migrație și Refugiați (BAMF) organizează cursurile "
                            "și plătește cea mai mare parte a costurilor.</p>"
                        ),
                    ),
                    ("heading", "Cine poate participa și cât costă?"),
                    (
                        "paragraph",
                        (
                            "<p>Mulți imigranți au dreptul la un curs de integrare, iar "
                            "cetățenii din țările UE pot depune și ei o cerere. Uneori "
                            "participarea este obligatorie, de exemplu dacă Oficiul pentru "
                            "străini sau Jobcenter vă obligă să participați. De obicei plătiți "
                            "doar o mică contribuție pentru fiecare oră de curs. Cine primește "
                            "venitul cetățenesc (Bürgergeld) sau ajutor social poate fi scutit "
                            "de plată.</p>"
                        ),
                    ),
                    ("heading", "Cursuri la VHS și cafenele lingvistice"),
                    (
                        "paragraph",
                        (
                            "<p>Universitatea Populară (Volkshochschule, VHS) din Ruhrbrück vă "
                            "oferă consiliere și un test gratuit de stabilire a nivelului. Aici "
                            "există cursuri de integrare, cursuri pentru părinți și tineri, "
                            "precum și cursuri de limbă pentru profesie. Pentru exersare mai "
                            "există:</p><ul><li><b>cafeneaua lingvistică</b> (Sprachcafé) din "
                            "Centrul de cartier Nord (Stadtteilzentrum Nord): în fiecare "
                            "miercuri, gratuit și fără înscriere</li><li>cărți în germană simplă "
                            "și în multe limbi la Biblioteca orășenească</li></ul>"
                        ),
                    ),
                ],
            },
            "bg": {
                "title": "Езикови курсове",
                "summary": (
                    "Интеграционен курс, курсове в Народния университет и безплатни езикови "
                    "кафенета: така учите немски в Рурбрюк."
                ),
                "body": [
                    ("heading", "Интеграционният курс"),
                    (
                        "paragraph",
                        (
                            "<p>В <b>интеграционния курс</b> (Integrationskurs) учите немски "
                            "език и научавате много за живота в Германия. Курсът се състои от "
                            "езиков курс и ориентационен курс за историята, политиката и "
                            "ценностите. Накрая полагате изпитите „Тест по немски за имигранти“ "
                            "(DTZ) и „Живот в Германия“. Федералната служба по миграция и "
                            "бежанци (BAMF) организира курсовете и поема по-голямата част от "
                            "разходите.</p>"
                        ),
                    ),
                    ("heading", "Кой може да участва и колко струва?"),
                    (
                        "paragraph",
                        (
                            "<p>Много имигранти имат право на интеграционен курс, а гражданите "
                            "на страни от ЕС също могат да подадат заявление. Понякога участието "
                            "е задължително, например ако Службата за чужденци или Jobcenter ви "
                            "задължи. Обикновено плащате само малка вноска за всеки учебен час. "
                            "Който получава гражданска помощ (Bürgergeld) или социална помощ, "
                            "може да бъде освободен от плащане.</p>"
                        ),
                    ),
                    ("heading", "Курсове във VHS и езикови кафенета"),
                    (
                        "paragraph",
                        (
                            "<p>Народният университет (Volkshochschule, VHS) в Рурбрюк ви "
                            "консултира и прави с вас безплатен тест за определяне на нивото. "
                            "Там има интеграционни курсове, курсове за родители и младежи, както "
                            "и професионални езикови курсове. За упражнения има още:</p><ul><li>"
                            "<b>езиково кафене</b> (Sprachcafé) в кварталния център „Север“ "
                            "(Stadtteilzentrum Nord): всяка сряда, безплатно и без записване</li>"
                            "<li>книги на лесен немски и на много езици в Градската "
                            "библиотека</li></ul>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "schule-und-kita",
        "contacts": [
            {
                "name": {
                    "de": "Kita-Servicestelle im Jugendamt",
                    "en": "Kita Service Point at the Youth Welfare Office (Kita-Servicestelle)",
                    "ar": "مكتب خدمات الروضات في مكتب رعاية الشباب (Kita-Servicestelle)",
                    "fa": (
                        "دفتر خدمات مهدکودک در ادارهٔ امور کودکان و نوجوانان (Kita-Servicestelle)"
                    ),
                    "tr": "Gençlik Dairesi Kreş Hizmet Bürosu (Kita-Servicestelle)",
                    "uk": (
                        "Сервісна служба дитсадків у відомстві у справах молоді "
                        "(Kita-Servicestelle)"
                    ),
                    "ru": (
                        "Сервисная служба детских садов в ведомстве по делам молодёжи "
                        "(Kita-Servicestelle)"
                    ),
                    "ro": (
                        "Biroul de servicii pentru grădinițe din cadrul Oficiului pentru tineret "
                        "(Kita-Servicestelle)"
                    ),
                    "bg": (
                        "Сервизно бюро за детски градини в Службата за младежта "
                        "(Kita-Servicestelle)"
                    ),
                },
                "address": "Rathausplatz 3\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Di 9–12 Uhr, Do 9–12 Uhr und 14–17 Uhr",
                    "en": "Tue 9 am–12 pm, Thu 9 am–12 pm and 2–5 pm",
                    "ar": "الثلاثاء 9:00–12:00، الخميس 9:00–12:00 و14:00–17:00",
                    "fa": "سه‌شنبه ۹ تا ۱۲، پنجشنبه ۹ تا ۱۲ و ۱۴ تا ۱۷",
                    "tr": "Sal 09.00–12.00, Per 09.00–12.00 ve 14.00–17.00",
                    "uk": "Вт 9:00–12:00, Чт 9:00–12:00 і 14:00–17:00",
                    "ru": "Вт 9:00–12:00, Чт 9:00–12:00 и 14:00–17:00",
                    "ro": "Marți 9–12, joi 9–12 și 14–17",
                    "bg": "Вторник 9–12 ч., четвъртък 9–12 ч. и 14–17 ч.",
                },
                "phone": "+49 2999 123-510",
                "email": "kita@ruhrbrueck.example.org",
                "languages": ["de", "en", "tr", "ar"],
            },
            {
                "name": {
                    "de": (
                        "Kommunales Integrationszentrum – Schulberatung für neu zugewanderte "
                        "Familien"
                    ),
                    "en": (
                        "Municipal Integration Centre – school advice for newly arrived families "
                        "(Kommunales Integrationszentrum)"
                    ),
                    "ar": (
                        "المركز البلدي للاندماج – استشارات مدرسية للعائلات الوافدة حديثاً "
                        "(Kommunales Integrationszentrum)"
                    ),
                    "fa": (
                        "مرکز ادغام شهری – مشاورهٔ مدرسه برای خانواده‌های تازه‌وارد (Kommunales "
                        "Integrationszentrum)"
                    ),
                    "tr": (
                        "Belediye Entegrasyon Merkezi – yeni gelen aileler için okul "
                        "danışmanlığı (Kommunales Integrationszentrum)"
                    ),
                    "uk": (
                        "Комунальний центр інтеграції – шкільні консультації для новоприбулих "
                        "сімей (Kommunales Integrationszentrum)"
                    ),
                    "ru": (
                        "Коммунальный центр интеграции – школьные консультации для новоприбывших "
                        "семей (Kommunales Integrationszentrum)"
                    ),
                    "ro": (
                        "Centrul Municipal de Integrare – consiliere școlară pentru familiile "
                        "nou-venite (Kommunales Integrationszentrum)"
                    ),
                    "bg": (
                        "Общински център за интеграция – училищни консултации за новопристигнали "
                        "семейства (Kommunales Integrationszentrum)"
                    ),
                },
                "address": "Hochstraße 16\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Mo und Mi 9–13 Uhr, andere Termine nach Vereinbarung",
                    "en": "Mon and Wed 9 am–1 pm, other times by appointment",
                    "ar": "الاثنين والأربعاء 9:00–13:00، ومواعيد أخرى بالاتفاق",
                    "fa": "دوشنبه و چهارشنبه ۹ تا ۱۳، زمان‌های دیگر با هماهنگی قبلی",
                    "tr": "Pzt ve Çar 09.00–13.00, diğer saatler randevuyla",
                    "uk": "Пн і Ср 9:00–13:00, в інший час – за домовленістю",
                    "ru": "Пн и Ср 9:00–13:00, в другое время – по договорённости",
                    "ro": "Luni și miercuri 9–13, în alte zile cu programare",
                    "bg": "Понеделник и сряда 9–13 ч., друго време по уговорка",
                },
                "phone": "+49 2999 123-720",
                "email": "schulberatung@ruhrbrueck.example.org",
                "languages": ["de", "en", "ar", "fa", "uk", "ro", "bg"],
            },
        ],
        "links": [
            {
                "title": {
                    "de": "Kita-Navigator Ruhrbrück: Kita-Platz online suchen",
                    "en": "Kita-Navigator Ruhrbrück: search for a daycare place online",
                    "ar": "Kita-Navigator روربروك: ابحثوا عن مكان في الروضة عبر الإنترنت",
                    "fa": "Kita-Navigator روربروک: جست‌وجوی آنلاین جا در مهدکودک",
                    "tr": "Kita-Navigator Ruhrbrück: internetten kreş yeri arayın",
                    "uk": "Kita-Navigator Рурбрюка: пошук місця в дитсадку онлайн",
                    "ru": "Kita-Navigator Рурбрюка: поиск места в детском саду онлайн",
                    "ro": "Kita-Navigator Ruhrbrück: căutați online un loc la grădiniță",
                    "bg": "Kita-Navigator Рурбрюк: търсете място в детска градина онлайн",
                },
                "url": "https://ruhrbrueck.example.org/kita-navigator",
            },
            {
                "title": {
                    "de": "Schulen in Ruhrbrück: Übersicht und Anmeldung",
                    "en": "Schools in Ruhrbrück: overview and registration",
                    "ar": "المدارس في روربروك: نظرة عامة والتسجيل",
                    "fa": "مدارس روربروک: فهرست و ثبت‌نام",
                    "tr": "Ruhrbrück'teki okullar: genel bakış ve kayıt",
                    "uk": "Школи Рурбрюка: огляд і запис",
                    "ru": "Школы Рурбрюка: обзор и запись",
                    "ro": "Școlile din Ruhrbrück: prezentare și înscriere",
                    "bg": "Училищата в Рурбрюк: преглед и записване",
                },
                "url": "https://ruhrbrueck.example.org/bildung/schulen",
            },
        ],
        "translations": {
            "de": {
                "title": "Schule und Kinderbetreuung",
                "summary": "Wie Sie einen Kita-Platz finden und Ihr Kind in der Schule anmelden.",
                "body": [
                    ("heading", "Kita: Betreuung für kleine Kinder"),
                    (
                        "paragraph",
                        (
                            "<p>Ab dem ersten Geburtstag hat jedes Kind in Deutschland ein Recht "
                            "auf einen Platz in einer Kindertageseinrichtung (<b>Kita</b>) oder "
                            "bei einer Tagesmutter. Melden Sie Ihr Kind früh an, denn die Plätze "
                            "sind knapp. In Ruhrbrück geht das online über den Kita-Navigator "
                            "oder bei der Kita-Servicestelle. In Nordrhein-Westfalen sind die "
                            "letzten zwei Kita-Jahre vor der Schule beitragsfrei.</p>"
                        ),
                    ),
                    ("heading", "Schulpflicht"),
                    (
                        "paragraph",
                        (
                            "<p>In Deutschland gilt die <b>Schulpflicht</b> für alle Kinder, "
                            "auch für geflüchtete Kinder. Sie beginnt meist mit sechs Jahren und "
                            "dauert mindestens zehn Schuljahre. Der Besuch einer öffentlichen "
                            "Schule ist kostenlos. Melden Sie Ihr Kind deshalb bald nach der "
                            "Ankunft in der Schule an.</p>"
                        ),
                    ),
                    ("heading", "Neu in Deutschland: Seiteneinsteiger-Klassen"),
                    (
                        "paragraph",
                        (
                            "<p>Kinder und Jugendliche, die neu in Deutschland sind und noch "
                            "wenig Deutsch sprechen, lernen oft zuerst in einer <b>"
                            "Seiteneinsteiger-Klasse</b> (auch: Vorbereitungsklasse). Dort "
                            "lernen sie intensiv Deutsch. Danach nehmen sie Schritt für Schritt "
                            "am Unterricht ihrer Regelklasse teil. Das Kommunale "
                            "Integrationszentrum berät Sie und hilft bei der Suche nach einem "
                            "Schulplatz.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "School and childcare",
                "summary": "How to find a daycare place and register your child at school.",
                "body": [
                    ("heading", "Kita: care for young children"),
                    (
                        "paragraph",
                        (
                            "<p>From their first birthday, every child in Germany has a right to "
                            "a place in a daycare centre (<b>Kita</b>) or with a childminder "
                            "(Tagesmutter). Register your child early, because places are "
                            "limited. In Ruhrbrück you can do this online via the Kita-Navigator "
                            "or at the Kita Service Point. In North Rhine-Westphalia, the last "
                            "two Kita years before school are free of charge.</p>"
                        ),
                    ),
                    ("heading", "Compulsory schooling"),
                    (
                        "paragraph",
                        (
                            "<p>In Germany, <b>school attendance is compulsory</b> "
                            "(Schulpflicht) for all children, including refugee children. It "
                            "usually starts at the age of six and lasts at least ten school "
                            "years. Public schools are free of charge. So please register your "
                            "child at a school soon after you arrive.</p>"
                        ),
                    ),
                    ("heading", "New to Germany: classes for newcomers"),
                    (
                        "paragraph",
                        (
                            "<p>Children and young people who are new to Germany and speak "
                            "little German often start in a <b>class for newcomers</b> "
                            "(Seiteneinsteiger-Klasse, also called Vorbereitungsklasse). There "
                            "they learn German intensively. Then, step by step, they join the "
                            "lessons in their regular class. The Municipal Integration Centre "
                            "advises you and helps you find a school place.</p>"
                        ),
                    ),
                ],
            },
            "ar": {
                "title": "المدرسة ورعاية الأطفال",
                "summary": "كيف تجدون مكاناً في روضة الأطفال وتسجلون طفلكم في المدرسة.",
                "body": [
                    ("heading", "الروضة (Kita): رعاية الأطفال الصغار"),
                    (
                        "paragraph",
                        (
                            "<p>منذ عيد ميلاده الأول يحق لكل طفل في ألمانيا الحصول على مكان في "
                            "روضة أطفال (<b>Kita</b>) أو لدى مربية أطفال (Tagesmutter). سجلوا "
                            "طفلكم مبكراً لأن الأماكن محدودة. في روربروك يمكنكم التسجيل عبر "
                            "الإنترنت من خلال منصة Kita-Navigator أو في مكتب خدمات الروضات. في "
                            "ولاية شمال الراين-وستفاليا تكون آخر سنتين في الروضة قبل المدرسة "
                            "مجانيتين.</p>"
                        ),
                    ),
                    ("heading", "التعليم الإلزامي"),
                    (
                        "paragraph",
                        (
                            "<p>في ألمانيا <b>التعليم إلزامي</b> (Schulpflicht) لجميع الأطفال، "
                            "ومنهم الأطفال اللاجئون. يبدأ عادةً في سن السادسة ويستمر عشر سنوات "
                            "دراسية على الأقل. الدراسة في المدارس الحكومية مجانية. لذلك سجلوا "
                            "طفلكم في المدرسة بعد وصولكم بوقت قصير.</p>"
                        ),
                    ),
                    ("heading", "جديد في ألمانيا: صفوف الوافدين الجدد"),
                    (
                        "paragraph",
                        (
                            "<p>الأطفال واليافعون الجدد في ألمانيا الذين لا يتكلمون الألمانية "
                            "جيداً بعد يبدؤون غالباً في <b>صف للوافدين الجدد</b> "
                            "(Seiteneinsteiger-Klasse أو Vorbereitungsklasse). هناك يتعلمون "
                            "الألمانية بشكل مكثف. ثم يشاركون خطوة بخطوة في دروس صفهم العادي. "
                            "يقدم لكم المركز البلدي للاندماج الاستشارة ويساعدكم في إيجاد مكان في "
                            "مدرسة.</p>"
                        ),
                    ),
                ],
            },
            "fa": {
                "title": "مدرسه و نگهداری از کودکان",
                "summary": (
                    "چگونه برای فرزندتان جایی در مهدکودک پیدا کنید و او را در مدرسه ثبت‌نام کنید."
                ),
                "body": [
                    ("heading", "مهدکودک (Kita): نگهداری از کودکان خردسال"),
                    (
                        "paragraph",
                        (
                            "<p>در آلمان هر کودک از یک‌سالگی حق دارد در یک مهدکودک (<b>Kita</b>) "
                            "یا نزد یک مربی خانگی کودک (Tagesmutter) جا داشته باشد. فرزندتان را "
                            "زود ثبت‌نام کنید، چون جاها محدود است. در روربروک می‌توانید این کار "
                            "را به‌صورت آنلاین از طریق Kita-Navigator یا در دفتر خدمات مهدکودک "
                            "انجام دهید. در ایالت نوردراین-وستفالن دو سال آخر مهدکودک پیش از "
                            "مدرسه رایگان است.</p>"
                        ),
                    ),
                    ("heading", "آموزش اجباری"),
                    (
                        "paragraph",
                        (
                            "<p>در آلمان <b>رفتن به مدرسه برای همهٔ کودکان اجباری است</b> "
                            "(Schulpflicht)، از جمله برای کودکان پناهجو. آموزش اجباری معمولاً از "
                            "شش‌سالگی شروع می‌شود و دست‌کم ده سال تحصیلی طول می‌کشد. تحصیل در "
                            "مدارس دولتی رایگان است. بنابراین فرزندتان را کمی پس از رسیدن به "
                            "آلمان در مدرسه ثبت‌نام کنید.</p>"
                        ),
                    ),
                    ("heading", "تازه‌وارد در آلمان: کلاس‌های ویژهٔ تازه‌واردان"),
                    (
                        "paragraph",
                        (
                            "<p>کودکان و نوجوانانی که تازه به آلمان آمده‌اند و هنوز کمی آلمانی "
                            "بلدند، اغلب ابتدا در یک <b>کلاس ویژهٔ تازه‌واردان</b> "
                            "(Seiteneinsteiger-Klasse یا Vorbereitungsklasse) درس می‌خوانند. در "
                            "آنجا به‌طور فشرده آلمانی یاد می‌گیرند. سپس کم‌کم در درس‌های کلاس "
                            "عادی خود شرکت می‌کنند. مرکز ادغام شهری به شما مشاوره می‌دهد و در "
                            "پیدا کردن جا در مدرسه کمک می‌کند.</p>"
                        ),
                    ),
                ],
            },
            "tr": {
                "title": "Okul ve çocuk bakımı",
                "summary": "Kreş yeri nasıl bulunur ve çocuğunuzu okula nasıl kaydettirirsiniz?",
                "body": [
                    ("heading", "Kreş (Kita): küçük çocukların bakımı"),
                    (
                        "paragraph",
                        (
                            "<p>Almanya'da her çocuğun bir yaşından itibaren bir kreşte (<b>"
                            "Kita</b>) veya bir gündüz bakıcısının (Tagesmutter) yanında yer "
                            "hakkı vardır. Yerler sınırlı olduğu için çocuğunuzu erken "
                            "kaydettirin. Ruhrbrück'te bunu internetten Kita-Navigator üzerinden "
                            "veya Kreş Hizmet Bürosunda yapabilirsiniz. Kuzey Ren-Vestfalya'da "
                            "okuldan önceki son iki kreş yılı ücretsizdir.</p>"
                        ),
                    ),
                    ("heading", "Okul zorunluluğu"),
                    (
                        "paragraph",
                        (
                            "<p>Almanya'da mülteci çocuklar dahil tüm çocuklar için <b>okul "
                            "zorunluluğu</b> (Schulpflicht) vardır. Okul zorunluluğu genellikle "
                            "altı yaşında başlar ve en az on öğretim yılı sürer. Devlet okulları "
                            "ücretsizdir. Bu nedenle çocuğunuzu geldikten kısa süre sonra okula "
                            "kaydettirin.</p>"
                        ),
                    ),
                    ("heading", "Almanya'da yeni olanlar için hazırlık sınıfları"),
                    (
                        "paragraph",
                        (
                            "<p>Almanya'ya yeni gelen ve henüz az Almanca bilen çocuklar ve "
                            "gençler çoğu zaman önce bir <b>hazırlık sınıfında</b> "
                            "(Seiteneinsteiger-Klasse veya Vorbereitungsklasse) okur. Orada "
                            "yoğun bir şekilde Almanca öğrenirler. Daha sonra adım adım normal "
                            "sınıflarının derslerine katılırlar. Belediye Entegrasyon Merkezi "
                            "size danışmanlık yapar ve okul yeri bulmanıza yardım eder.</p>"
                        ),
                    ),
                ],
            },
            "uk": {
                "title": "Школа та догляд за дітьми",
                "summary": "Як знайти місце в дитсадку та записати дитину до школи.",
                "body": [
                    ("heading", "Дитсадок (Kita): догляд за малими дітьми"),
                    (
                        "paragraph",
                        (
                            "<p>Від першого дня народження кожна дитина в Німеччині має право на "
                            "місце в дитячому садку (<b>Kita</b>) або в денної няні "
                            "(Tagesmutter). Записуйте дитину заздалегідь, бо місць мало. У "
                            "Рурбрюку це можна зробити онлайн через Kita-Navigator або в "
                            "сервісній службі дитсадків. У землі Північний Рейн – Вестфалія "
                            "останні два роки в дитсадку перед школою безкоштовні.</p>"
                        ),
                    ),
                    ("heading", "Обов’язкове шкільне навчання"),
                    (
                        "paragraph",
                        (
                            "<p>У Німеччині <b>шкільне навчання обов’язкове</b> (Schulpflicht) "
                            "для всіх дітей, зокрема й для дітей біженців. Воно зазвичай "
                            "починається з шести років і триває щонайменше десять навчальних "
                            "років. Навчання в державних школах безкоштовне. Тому запишіть "
                            "дитину до школи невдовзі після приїзду.</p>"
                        ),
                    ),
                    ("heading", "Нові в Німеччині: класи для новоприбулих"),
                    (
                        "paragraph",
                        (
                            "<p>Діти та підлітки, які нещодавно приїхали до Німеччини й ще мало "
                            "говорять німецькою, часто спочатку навчаються в <b>класі для "
                            "новоприбулих</b> (Seiteneinsteiger-Klasse або Vorbereitungsklasse). "
                            "Там вони інтенсивно вивчають німецьку. Потім крок за кроком вони "
                            "переходять на уроки у своєму звичайному класі. Комунальний центр "
                            "інтеграції консультує вас і допомагає знайти місце в школі.</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Школа и детский сад",
                "summary": "Как найти место в детском саду и записать ребёнка в школу.",
                "body": [
                    ("heading", "Детский сад (Kita): присмотр за маленькими детьми"),
                    (
                        "paragraph",
                        (
                            "<p>С первого дня рождения каждый ребёнок в Германии имеет право на "
                            "место в детском саду (<b>Kita</b>) или у дневной няни "
                            "(Tagesmutter). Записывайте ребёнка заранее, потому что мест мало. В "
                            "Рурбрюке это можно сделать онлайн через Kita-Navigator или в "
                            "сервисной службе детских садов. В земле Северный Рейн-Вестфалия "
                            "последние два года в детском саду перед школой бесплатны.</p>"
                        ),
                    ),
                    ("heading", "Обязательное школьное обучение"),
                    (
                        "paragraph",
                        (
                            "<p>В Германии <b>школьное обучение обязательно</b> (Schulpflicht) "
                            "для всех детей, в том числе для детей беженцев. Обычно оно "
                            "начинается в шесть лет и длится не менее десяти учебных лет. "
                            "Обучение в государственных школах бесплатное. Поэтому запишите "
                            "ребёнка в школу вскоре после приезда.</p>"
                        ),
                    ),
                    ("heading", "Новые в Германии: классы для новоприбывших"),
                    (
                        "paragraph",
                        (
                            "<p>Дети и подростки, которые недавно приехали в Германию и пока "
                            "плохо говорят по-немецки, часто сначала учатся в <b>классе для "
                            "новоприбывших</b> (Seiteneinsteiger-Klasse или "
                            "Vorbereitungsklasse). Там они интенсивно изучают немецкий. Затем "
                            "шаг за шагом они переходят на уроки в своём обычном классе. "
                            "Коммунальный центр интеграции консультирует вас и помогает найти "
                            "место в школе.</p>"
                        ),
                    ),
                ],
            },
            "ro": {
                "title": "Școala și îngrijirea copiilor",
                "summary": "Cum găsiți un loc la grădiniță și cum vă înscrieți copilul la școală.",
                "body": [
                    ("heading", "Grădinița (Kita): îngrijire pentru copiii mici"),
                    (
                        "paragraph",
                        (
                            "<p>De la vârsta de un an, fiecare copil din Germania are dreptul la "
                            "un loc într-o grădiniță (<b>Kita</b>) sau la o bonă autorizată "
                            "(Tagesmutter). Înscrieți-vă copilul din timp, pentru că locurile "
                            "sunt puține. În Ruhrbrück puteți face acest lucru online, prin "
                            "Kita-Navigator, sau la Biroul de servicii pentru grădinițe. În "
                            "Renania de Nord-Westfalia, ultimii doi ani de grădiniță înainte de "
                            "școală sunt gratuiți.</p>"
                        ),
                    ),
                    ("heading", "Școala obligatorie"),
                    (
                        "paragraph",
                        (
                            "<p>În Germania, <b>școala este obligatorie</b> (Schulpflicht) "
                            "pentru toți copiii, inclusiv pentru copiii refugiați. De regulă "
                            "începe la vârsta de șase ani și durează cel puțin zece ani școlari. "
                            "Școlile publice sunt gratuite. De aceea, înscrieți-vă copilul la "
                            "școală la scurt timp după sosire.</p>"
                        ),
                    ),
                    ("heading", "Nou în Germania: clase pentru nou-veniți"),
                    (
                        "paragraph",
                        (
                            "<p>Copiii și tinerii care sunt noi în Germania și vorbesc încă "
                            "puțină germană învață adesea mai întâi într-o <b>clasă pentru "
                            "nou-veniți</b> (Seiteneinsteiger-Klasse sau Vorbereitungsklasse). "
                            "Acolo învață intensiv germana. Apoi participă pas cu pas la orele "
                            "clasei lor obișnuite. Centrul Municipal de Integrare vă oferă "
                            "consiliere și vă ajută să găsiți un loc la școală.</p>"
                        ),
                    ),
                ],
            },
            "bg": {
                "title": "Училище и грижа за децата",
                "summary": (
                    "Как да намерите място в детска градина и да запишете детето си в училище."
                ),
                "body": [
                    ("heading", "Детска градина (Kita): грижа за малките деца"),
                    (
                        "paragraph",
                        (
                            "<p>От първия си рожден ден всяко дете в Германия има право на място "
                            "в детска градина (<b>Kita</b>) или при дневна детегледачка "
                            "(Tagesmutter). Запишете детето си рано, защото местата са малко. В "
                            "Рурбрюк това става онлайн чрез Kita-Navigator или в Сервизното бюро "
                            "за детски градини. В Северен Рейн-Вестфалия последните две години в "
                            "детската градина преди училище са безплатни.</p>"
                        ),
                    ),
                    ("heading", "Задължително училищно обучение"),
                    (
                        "paragraph",
                        (
                            "<p>В Германия <b>училищното обучение е задължително</b> "
                            "(Schulpflicht) за всички деца, включително за децата бежанци. То "
                            "обикновено започва на шест години и продължава поне десет учебни "
                            "години. Обучението в държавните училища е безплатно. Затова "
                            "запишете детето си в училище скоро след пристигането.</p>"
                        ),
                    ),
                    ("heading", "Нови в Германия: класове за новопристигнали"),
                    (
                        "paragraph",
                        (
                            "<p>Децата и младежите, които са нови в Германия и още говорят малко "
                            "немски, често първо учат в <b>клас за новопристигнали</b> "
                            "(Seiteneinsteiger-Klasse или Vorbereitungsklasse). Там те учат "
                            "интензивно немски. След това постепенно започват да посещават "
                            "часовете в своя редовен клас. Общинският център за интеграция ви "
                            "консултира и помага да намерите място в училище.</p>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "gesundheit",
        "contacts": [
            {
                "name": {
                    "de": "Gesundheitsamt der Stadt Ruhrbrück",
                    "en": "Public Health Office of the Town of Ruhrbrück (Gesundheitsamt)",
                    "ar": "دائرة الصحة في مدينة روربروك (Gesundheitsamt)",
                    "fa": "ادارهٔ بهداشت شهر روربروک (Gesundheitsamt)",
                    "tr": "Ruhrbrück Belediyesi Sağlık Dairesi (Gesundheitsamt)",
                    "uk": "Відомство охорони здоров’я міста Рурбрюк (Gesundheitsamt)",
                    "ru": "Ведомство здравоохранения города Рурбрюк (Gesundheitsamt)",
                    "ro": "Direcția de sănătate publică a orașului Ruhrbrück (Gesundheitsamt)",
                    "bg": "Здравна служба на град Рурбрюк (Gesundheitsamt)",
                },
                "address": "Kaiserstraße 40\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Mo–Fr 8–12 Uhr, Impfsprechstunde Mi 14–17 Uhr",
                    "en": "Mon–Fri 8 am–12 pm, vaccination advice Wed 2–5 pm",
                    "ar": "من الاثنين إلى الجمعة 8:00–12:00، استشارة التطعيم الأربعاء 14:00–17:00",
                    "fa": "دوشنبه تا جمعه ۸ تا ۱۲، مشاورهٔ واکسن چهارشنبه ۱۴ تا ۱۷",
                    "tr": "Pzt–Cum 08.00–12.00, aşı danışma saati Çar 14.00–17.00",
                    "uk": "Пн–Пт 8:00–12:00, консультації щодо щеплень: Ср 14:00–17:00",
                    "ru": "Пн–Пт 8:00–12:00, консультации по прививкам: Ср 14:00–17:00",
                    "ro": "Luni–vineri 8–12, consultații pentru vaccinare miercuri 14–17",
                    "bg": "Понеделник–петък 8–12 ч., консултации за ваксинации в сряда 14–17 ч.",
                },
                "phone": "+49 2999 123-800",
                "email": "gesundheitsamt@ruhrbrueck.example.org",
                "languages": ["de", "en", "ru", "tr"],
            },
            {
                "name": {
                    "de": "Ärztliche Notfallpraxis am St.-Barbara-Hospital",
                    "en": "Out-of-hours doctors' practice at St.-Barbara-Hospital (Notfallpraxis)",
                    "ar": "عيادة الطوارئ الطبية في مستشفى سانت باربرا (Notfallpraxis)",
                    "fa": "مطب اورژانس پزشکی در بیمارستان سنت باربارا (Notfallpraxis)",
                    "tr": "St.-Barbara-Hospital'daki nöbetçi doktor muayenehanesi (Notfallpraxis)",
                    "uk": "Невідкладна лікарська практика при St.-Barbara-Hospital (Notfallpraxis)",
                    "ru": "Неотложная врачебная практика при St.-Barbara-Hospital (Notfallpraxis)",
                    "ro": "Cabinetul medical de urgență de la St.-Barbara-Hospital (Notfallpraxis)",
                    "bg": "Спешен лекарски кабинет към St.-Barbara-Hospital (Notfallpraxis)",
                },
                "address": "Barbarastraße 2\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Mi und Fr 14–22 Uhr, Sa, So und Feiertage 8–22 Uhr",
                    "en": "Wed and Fri 2–10 pm, Sat, Sun and public holidays 8 am–10 pm",
                    "ar": "الأربعاء والجمعة 14:00–22:00، السبت والأحد والعطل الرسمية 8:00–22:00",
                    "fa": "چهارشنبه و جمعه ۱۴ تا ۲۲، شنبه، یکشنبه و روزهای تعطیل رسمی ۸ تا ۲۲",
                    "tr": "Çar ve Cum 14.00–22.00, Cmt, Paz ve resmi tatillerde 08.00–22.00",
                    "uk": "Ср і Пт 14:00–22:00, Сб, Нд і святкові дні 8:00–22:00",
                    "ru": "Ср и Пт 14:00–22:00, Сб, Вс и праздничные дни 8:00–22:00",
                    "ro": (
                        "Miercuri și vineri 14–22, sâmbătă, duminică și în zilele de sărbătoare "
                        "legală 8–22"
                    ),
                    "bg": "Сряда и петък 14–22 ч., събота, неделя и официални празници 8–22 ч.",
                },
                "phone": "+49 2999 655-0",
                "email": "notfallpraxis@st-barbara-ruhrbrueck.example.org",
                "languages": ["de", "en"],
            },
        ],
        "links": [
            {
                "title": {
                    "de": "116117.de: ärztlicher Bereitschaftsdienst und Arztsuche",
                    "en": "116117.de: on-call medical service and doctor search",
                    "ar": "116117.de: خدمة الطبيب المناوب والبحث عن طبيب",
                    "fa": "116117.de: خدمات پزشک کشیک و جست‌وجوی پزشک",
                    "tr": "116117.de: nöbetçi doktor hizmeti ve doktor arama",
                    "uk": "116117.de: чергова лікарська служба та пошук лікаря",
                    "ru": "116117.de: дежурная врачебная служба и поиск врача",
                    "ro": "116117.de: serviciul medical de gardă și căutarea unui medic",
                    "bg": "116117.de: дежурна лекарска служба и търсене на лекар",
                },
                "url": "https://www.116117.de",
            },
            {
                "title": {
                    "de": "Arztpraxen mit Fremdsprachen in Ruhrbrück",
                    "en": "Doctors' practices in Ruhrbrück that speak other languages",
                    "ar": "عيادات في روربروك يتحدث فيها الأطباء لغات أخرى",
                    "fa": "مطب‌هایی در روربروک که در آن‌ها به زبان‌های دیگر هم صحبت می‌شود",
                    "tr": "Ruhrbrück'te yabancı dil konuşulan muayenehaneler",
                    "uk": "Лікарські практики в Рурбрюку, де говорять іноземними мовами",
                    "ru": "Врачебные практики в Рурбрюке, где говорят на иностранных языках",
                    "ro": "Cabinete medicale din Ruhrbrück unde se vorbesc limbi străine",
                    "bg": "Лекарски практики в Рурбрюк, в които се говорят чужди езици",
                },
                "url": "https://ruhrbrueck.example.org/gesundheit/aerzte-fremdsprachen",
            },
        ],
        "translations": {
            "de": {
                "title": "Gesundheit",
                "summary": "Krankenversicherung, Hausarztpraxis und was Sie im Notfall tun.",
                "body": [
                    ("heading", "Krankenversicherung"),
                    (
                        "paragraph",
                        (
                            "<p>In Deutschland muss jede Person krankenversichert sein, meistens "
                            "in einer gesetzlichen Krankenkasse. Ihre Krankenkasse schickt Ihnen "
                            "eine <b>Gesundheitskarte</b>. Nehmen Sie diese Karte zu jedem "
                            "Arztbesuch mit. Asylsuchende bekommen manchmal stattdessen einen "
                            "Behandlungsschein vom Sozialamt.</p>"
                        ),
                    ),
                    ("heading", "Die Hausarztpraxis"),
                    (
                        "paragraph",
                        (
                            "<p>Suchen Sie sich am besten bald eine <b>Hausarztpraxis</b> in "
                            "Ihrer Nähe. Ihre Hausärztin oder Ihr Hausarzt ist die erste "
                            "Anlaufstelle, wenn Sie krank sind. Bei Bedarf überweist sie oder er "
                            "Sie an eine Fachärztin oder einen Facharzt. Rufen Sie vorher an und "
                            "vereinbaren Sie einen Termin.</p>"
                        ),
                    ),
                    ("heading", "Im Notfall"),
                    (
                        "paragraph",
                        (
                            "<p>Wählen Sie die richtige Nummer – beide Anrufe sind kostenlos:</p>"
                            "<ul><li><b>112</b>: Rettungsdienst und Feuerwehr bei Lebensgefahr, "
                            "zum Beispiel bei Atemnot, Bewusstlosigkeit oder einem schweren "
                            "Unfall</li><li><b>116 117</b>: ärztlicher Bereitschaftsdienst, wenn "
                            "Sie nachts, am Wochenende oder an Feiertagen einen Arzt brauchen, "
                            "es aber kein Notfall ist</li></ul><p>Bei Gefahr durch eine Straftat "
                            "rufen Sie die Polizei unter <b>110</b>.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Health",
                "summary": "Health insurance, your family doctor and what to do in an emergency.",
                "body": [
                    ("heading", "Health insurance"),
                    (
                        "paragraph",
                        (
                            "<p>In Germany, everyone must have health insurance, usually with a "
                            "statutory health insurance fund (Krankenkasse). Your health "
                            "insurance fund sends you a <b>health insurance card</b> "
                            "(Gesundheitskarte). Take this card with you every time you see a "
                            "doctor. Asylum seekers sometimes receive a treatment voucher "
                            "(Behandlungsschein) from the social welfare office instead.</p>"
                        ),
                    ),
                    ("heading", "Your family doctor"),
                    (
                        "paragraph",
                        (
                            "<p>It is best to find a <b>family doctor's practice</b> "
                            "(Hausarztpraxis) near you soon. Your family doctor is your first "
                            "point of contact when you are ill. If necessary, your doctor will "
                            "refer you to a specialist. Call first and make an appointment.</p>"
                        ),
                    ),
                    ("heading", "In an emergency"),
                    (
                        "paragraph",
                        (
                            "<p>Call the right number – both calls are free of charge:</p><ul>"
                            "<li><b>112</b>: ambulance and fire brigade when a life is in "
                            "danger, for example in case of breathing difficulties, "
                            "unconsciousness or a serious accident</li><li><b>116 117</b>: "
                            "on-call medical service (ärztlicher Bereitschaftsdienst) if you "
                            "need a doctor at night, at the weekend or on a public holiday, but "
                            "it is not an emergency</li></ul><p>If you are in danger because of "
                            "a crime, call the police on <b>110</b>.</p>"
                        ),
                    ),
                ],
            },
            "ar": {
                "title": "الصحة",
                "summary": "التأمين الصحي وطبيب الأسرة وما يجب فعله في حالات الطوارئ.",
                "body": [
                    ("heading", "التأمين الصحي"),
                    (
                        "paragraph",
                        (
                            "<p>في ألمانيا يجب أن يكون لكل شخص تأمين صحي، وفي الغالب لدى صندوق "
                            "تأمين صحي قانوني (Krankenkasse). يرسل لكم صندوق التأمين <b>بطاقة "
                            "التأمين الصحي</b> (Gesundheitskarte). خذوا هذه البطاقة معكم في كل "
                            "زيارة للطبيب. يحصل طالبو اللجوء أحياناً بدلاً منها على قسيمة علاج "
                            "(Behandlungsschein) من مكتب الشؤون الاجتماعية.</p>"
                        ),
                    ),
                    ("heading", "طبيب الأسرة"),
                    (
                        "paragraph",
                        (
                            "<p>من الأفضل أن تبحثوا قريباً عن <b>عيادة طبيب أسرة</b> "
                            "(Hausarztpraxis) بالقرب منكم. طبيبة الأسرة أو طبيب الأسرة هو أول "
                            "جهة تتوجهون إليها عند المرض. وعند الحاجة يحيلكم إلى طبيب مختص. "
                            "اتصلوا مسبقاً واحجزوا موعداً.</p>"
                        ),
                    ),
                    ("heading", "في حالات الطوارئ"),
                    (
                        "paragraph",
                        (
                            "<p>اتصلوا بالرقم الصحيح، فالاتصال بالرقمين مجاني:</p><ul><li><b>"
                            "112</b>: الإسعاف والإطفاء عند وجود خطر على الحياة، مثلاً عند ضيق "
                            "التنفس أو فقدان الوعي أو وقوع حادث خطير</li><li><b>116 117</b>: "
                            "خدمة الطبيب المناوب (ärztlicher Bereitschaftsdienst) إذا احتجتم إلى "
                            "طبيب في الليل أو في عطلة نهاية الأسبوع أو في يوم عطلة رسمية، ولكن "
                            "الحالة ليست طارئة</li></ul><p>إذا كنتم في خطر بسبب جريمة فاتصلوا "
                            "بالشرطة على الرقم <b>110</b>.</p>"
                        ),
                    ),
                ],
            },
            "fa": {
                "title": "سلامت",
                "summary": (
                    "بیمهٔ درمانی، پزشک خانواده و کارهایی که در موارد اضطراری باید انجام دهید."
                ),
                "body": [
                    ("heading", "بیمهٔ درمانی"),
                    (
                        "paragraph",
                        (
                            "<p>در آلمان هر فرد باید بیمهٔ درمانی داشته باشد، معمولاً نزد یک "
                            "صندوق بیمهٔ درمانی قانونی (Krankenkasse). صندوق بیمه برای شما یک <b>"
                            "کارت سلامت</b> (Gesundheitskarte) می‌فرستد. این کارت را در هر "
                            "مراجعه به پزشک همراه داشته باشید. پناهجویان گاهی به جای آن یک برگهٔ "
                            "درمان (Behandlungsschein) از ادارهٔ امور اجتماعی دریافت می‌کنند.</p>"
                        ),
                    ),
                    ("heading", "پزشک خانواده"),
                    (
                        "paragraph",
                        (
                            "<p>بهتر است به‌زودی یک <b>مطب پزشک خانواده</b> (Hausarztpraxis) در "
                            "نزدیکی خود پیدا کنید. پزشک خانواده نخستین جایی است که هنگام بیماری "
                            "به آن مراجعه می‌کنید. در صورت نیاز، پزشک شما را به پزشک متخصص ارجاع "
                            "می‌دهد. پیش از مراجعه تلفن کنید و وقت بگیرید.</p>"
                        ),
                    ),
                    ("heading", "در موارد اضطراری"),
                    (
                        "paragraph",
                        (
                            "<p>شمارهٔ درست را بگیرید؛ تماس با هر دو شماره رایگان است:</p><ul>"
                            "<li><b>112</b>: اورژانس و آتش‌نشانی در صورت خطر جانی، برای مثال در "
                            "صورت تنگی نفس، بیهوشی یا تصادف شدید</li><li><b>116 117</b>: خدمات "
                            "پزشک کشیک (ärztlicher Bereitschaftsdienst)، اگر شب، آخر هفته یا در "
                            "روز تعطیل رسمی به پزشک نیاز دارید اما وضعیت اضطراری نیست</li></ul>"
                            "<p>اگر به دلیل یک جرم در خطر هستید، با پلیس به شمارهٔ <b>110</b> "
                            "تماس بگیرید.</p>"
                        ),
                    ),
                ],
            },
            "tr": {
                "title": "Sağlık",
                "summary": "Sağlık sigortası, aile hekimi ve acil durumda yapmanız gerekenler.",
                "body": [
                    ("heading", "Sağlık sigortası"),
                    (
                        "paragraph",
                        (
                            "<p>Almanya'da herkesin sağlık sigortası olmak zorundadır; çoğu "
                            "insan yasal bir sağlık sigortası kurumuna (Krankenkasse) bağlıdır. "
                            "Sigorta kurumunuz size bir <b>sağlık kartı</b> (Gesundheitskarte) "
                            "gönderir. Bu kartı her doktor ziyaretinde yanınızda getirin. "
                            "Sığınmacılar bazen bunun yerine Sosyal Yardım Dairesinden bir "
                            "tedavi belgesi (Behandlungsschein) alır.</p>"
                        ),
                    ),
                    ("heading", "Aile hekimi"),
                    (
                        "paragraph",
                        (
                            "<p>En iyisi, kısa süre içinde evinize yakın bir <b>aile hekimi "
                            "muayenehanesi</b> (Hausarztpraxis) bulun. Hastalandığınızda ilk "
                            "başvuracağınız yer aile hekiminizdir. Gerekirse aile hekiminiz sizi "
                            "bir uzman doktora sevk eder. Önceden telefon edin ve randevu "
                            "alın.</p>"
                        ),
                    ),
                    ("heading", "Acil durumda"),
                    (
                        "paragraph",
                        (
                            "<p>Doğru numarayı arayın; iki arama da ücretsizdir:</p><ul><li><b>"
                            "112</b>: hayati tehlike durumunda ambulans ve itfaiye, örneğin "
                            "nefes darlığı, bilinç kaybı veya ağır bir kazada</li><li><b>116 "
                            "117</b>: gece, hafta sonu veya resmi tatilde doktora ihtiyacınız "
                            "varsa ama acil bir durum yoksa nöbetçi doktor hizmeti (ärztlicher "
                            "Bereitschaftsdienst)</li></ul><p>Bir suç nedeniyle tehlikedeyseniz "
                            "polisi <b>110</b> numarasından arayın.</p>"
                        ),
                    ),
                ],
            },
            "uk": {
                "title": "Здоров’я",
                "summary": "Медичне страхування, сімейний лікар і що робити в екстреній ситуації.",
                "body": [
                    ("heading", "Медичне страхування"),
                    (
                        "paragraph",
                        (
                            "<p>У Німеччині кожна людина повинна мати медичне страхування, "
                            "зазвичай у державній лікарняній касі (Krankenkasse). Ваша лікарняна "
                            "каса надішле вам <b>медичну картку</b> (Gesundheitskarte). Беріть "
                            "цю картку з собою на кожен прийом до лікаря. Шукачі притулку іноді "
                            "замість неї отримують направлення на лікування (Behandlungsschein) "
                            "від відомства соціального забезпечення.</p>"
                        ),
                    ),
                    ("heading", "Сімейний лікар"),
                    (
                        "paragraph",
                        (
                            "<p>Найкраще якнайшвидше знайти <b>практику сімейного лікаря</b> "
                            "(Hausarztpraxis) поблизу. Сімейний лікар – перший, до кого ви "
                            "звертаєтеся, коли захворіли. За потреби він направить вас до "
                            "лікаря-спеціаліста. Спочатку зателефонуйте й домовтеся про "
                            "прийом.</p>"
                        ),
                    ),
                    ("heading", "В екстреній ситуації"),
                    (
                        "paragraph",
                        (
                            "<p>Телефонуйте за правильним номером – обидва дзвінки "
                            "безкоштовні:</p><ul><li><b>112</b>: швидка допомога та пожежна "
                            "служба, якщо життя в небезпеці, наприклад при задишці, втраті "
                            "свідомості або тяжкій аварії</li><li><b>116 117</b>: чергова "
                            "лікарська служба (ärztlicher Bereitschaftsdienst), якщо вам "
                            "потрібен лікар уночі, у вихідні чи у святковий день, але це не "
                            "екстрений випадок</li></ul><p>Якщо вам загрожує небезпека через "
                            "злочин, телефонуйте в поліцію за номером <b>110</b>.</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Здоровье",
                "summary": (
                    "Медицинская страховка, семейный врач и что делать в экстренной ситуации."
                ),
                "body": [
                    ("heading", "Медицинская страховка"),
                    (
                        "paragraph",
                        (
                            "<p>В Германии каждый человек обязан иметь медицинскую страховку, "
                            "обычно в государственной больничной кассе (Krankenkasse). Ваша "
                            "больничная касса пришлёт вам <b>медицинскую карту</b> "
                            "(Gesundheitskarte). Берите эту карту с собой на каждый приём к "
                            "врачу. Лица, ищущие убежища, иногда вместо неё получают направление "
                            "на лечение (Behandlungsschein) в социальном ведомстве.</p>"
                        ),
                    ),
                    ("heading", "Семейный врач"),
                    (
                        "paragraph",
                        (
                            "<p>Лучше как можно скорее найти <b>практику семейного врача</b> "
                            "(Hausarztpraxis) недалеко от дома. Семейный врач – первый, к кому "
                            "вы обращаетесь при болезни. При необходимости он направит вас к "
                            "врачу-специалисту. Сначала позвоните и запишитесь на приём.</p>"
                        ),
                    ),
                    ("heading", "В экстренной ситуации"),
                    (
                        "paragraph",
                        (
                            "<p>Звоните по правильному номеру – оба звонка бесплатные:</p><ul>"
                            "<li><b>112</b>: скорая помощь и пожарная служба при угрозе жизни, "
                            "например при удушье, потере сознания или тяжёлой аварии</li><li><b>"
                            "116 117</b>: дежурная врачебная служба (ärztlicher "
                            "Bereitschaftsdienst), если вам нужен врач ночью, в выходные или в "
                            "праздничный день, но это не экстренный случай</li></ul><p>Если вам "
                            "угрожает опасность из-за преступления, звоните в полицию по номеру "
                            "<b>110</b>.</p>"
                        ),
                    ),
                ],
            },
            "ro": {
                "title": "Sănătate",
                "summary": (
                    "Asigurarea de sănătate, medicul de familie și ce faceți în caz de urgență."
                ),
                "body": [
                    ("heading", "Asigurarea de sănătate"),
                    (
                        "paragraph",
                        (
                            "<p>În Germania, fiecare persoană trebuie să aibă asigurare de "
                            "sănătate, de obicei la o casă de asigurări de sănătate publică "
                            "(Krankenkasse). Casa de asigurări vă trimite un <b>card de "
                            "sănătate</b> (Gesundheitskarte). Luați acest card cu dumneavoastră "
                            "la fiecare vizită la medic. Solicitanții de azil primesc uneori în "
                            "locul cardului o fișă de tratament (Behandlungsschein) de la "
                            "Oficiul de asistență socială.</p>"
                        ),
                    ),
                    ("heading", "Medicul de familie"),
                    (
                        "paragraph",
                        (
                            "<p>Este bine să vă căutați cât mai curând un <b>cabinet de medicină "
                            "de familie</b> (Hausarztpraxis) aproape de casă. Medicul de familie "
                            "este primul la care mergeți când sunteți bolnav. Dacă este nevoie, "
                            "vă trimite la un medic specialist. Sunați înainte și faceți-vă o "
                            "programare.</p>"
                        ),
                    ),
                    ("heading", "În caz de urgență"),
                    (
                        "paragraph",
                        (
                            "<p>Sunați la numărul potrivit – ambele apeluri sunt gratuite:</p>"
                            "<ul><li><b>112</b>: ambulanța și pompierii când viața este în "
                            "pericol, de exemplu la dificultăți de respirație, pierderea "
                            "cunoștinței sau un accident grav</li><li><b>116 117</b>: serviciul "
                            "medical de gardă (ärztlicher Bereitschaftsdienst), dacă aveți "
                            "nevoie de un medic noaptea, în weekend sau într-o zi de sărbătoare "
                            "legală, dar nu este o urgență</li></ul><p>Dacă sunteți în pericol "
                            "din cauza unei infracțiuni, sunați la poliție la numărul <b>110</b>"
                            ".</p>"
                        ),
                    ),
                ],
            },
            "bg": {
                "title": "Здраве",
                "summary": "Здравно осигуряване, личен лекар и какво да правите при спешен случай.",
                "body": [
                    ("heading", "Здравно осигуряване"),
                    (
                        "paragraph",
                        (
                            "<p>В Германия всеки човек трябва да има здравна осигуровка, "
                            "обикновено в законова здравноосигурителна каса (Krankenkasse). "
                            "Вашата каса ви изпраща <b>здравноосигурителна карта</b> "
                            "(Gesundheitskarte). Носете тази карта при всяко посещение при "
                            "лекар. Търсещите убежище понякога получават вместо нея талон за "
                            "лечение (Behandlungsschein) от Социалната служба.</p>"
                        ),
                    ),
                    ("heading", "Личен лекар"),
                    (
                        "paragraph",
                        (
                            "<p>Най-добре скоро си намерете <b>практика на общопрактикуващ "
                            "лекар</b> (Hausarztpraxis) близо до вас. Личният лекар е първото "
                            "място, към което се обръщате, когато сте болни. При нужда той ви "
                            "насочва към лекар специалист. Обадете се предварително и си "
                            "запишете час.</p>"
                        ),
                    ),
                    ("heading", "При спешен случай"),
                    (
                        "paragraph",
                        (
                            "<p>Обадете се на правилния номер – и двете обаждания са "
                            "безплатни:</p><ul><li><b>112</b>: линейка и пожарна при опасност за "
                            "живота, например при задух, загуба на съзнание или тежка "
                            "злополука</li><li><b>116 117</b>: дежурна лекарска служба "
                            "(ärztlicher Bereitschaftsdienst), ако имате нужда от лекар през "
                            "нощта, в почивните дни или на официален празник, но случаят не е "
                            "спешен</li></ul><p>При опасност заради престъпление се обадете на "
                            "полицията на номер <b>110</b>.</p>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "arbeit-und-anerkennung",
        "contacts": [
            {
                "name": {
                    "de": "Jobcenter Ruhrbrück",
                    "en": "Jobcenter Ruhrbrück",
                    "ar": "مركز العمل في روربروك (Jobcenter)",
                    "fa": "جاب‌سنتر روربروک (Jobcenter)",
                    "tr": "Jobcenter Ruhrbrück",
                    "uk": "Jobcenter Рурбрюк",
                    "ru": "Jobcenter Рурбрюк",
                    "ro": "Jobcenter Ruhrbrück",
                    "bg": "Jobcenter Рурбрюк",
                },
                "address": "Emscherstraße 30\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Mo–Fr 8–12:30 Uhr, Do 14–17 Uhr",
                    "en": "Mon–Fri 8 am–12:30 pm, Thu 2–5 pm",
                    "ar": "من الاثنين إلى الجمعة 8:00–12:30، الخميس 14:00–17:00",
                    "fa": "دوشنبه تا جمعه ۸ تا ۱۲:۳۰، پنجشنبه ۱۴ تا ۱۷",
                    "tr": "Pzt–Cum 08.00–12.30, Per 14.00–17.00",
                    "uk": "Пн–Пт 8:00–12:30, Чт 14:00–17:00",
                    "ru": "Пн–Пт 8:00–12:30, Чт 14:00–17:00",
                    "ro": "Luni–vineri 8–12:30, joi 14–17",
                    "bg": "Понеделник–петък 8–12:30 ч., четвъртък 14–17 ч.",
                },
                "phone": "+49 2999 5570-0",
                "email": "info@jobcenter-ruhrbrueck.example.org",
                "languages": ["de", "en", "ar", "tr", "uk"],
            },
            {
                "name": {
                    "de": "IQ-Beratungsstelle Anerkennung und Qualifizierung",
                    "en": "IQ advice centre for recognition and qualification",
                    "ar": "مكتب استشارات IQ للاعتراف بالشهادات والتأهيل",
                    "fa": "مرکز مشاورهٔ IQ برای به رسمیت شناختن مدارک و مهارت‌آموزی",
                    "tr": "IQ Denklik ve Nitelik Danışma Merkezi",
                    "uk": "Консультаційний центр IQ з питань визнання та кваліфікації",
                    "ru": "Консультационный центр IQ по вопросам признания и квалификации",
                    "ro": "Centrul de consiliere IQ pentru recunoaștere și calificare",
                    "bg": "Консултантски център на IQ за признаване и квалификация",
                },
                "address": "Bahnhofstraße 40\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Beratung nach Terminvereinbarung, offene Sprechstunde Di 10–13 Uhr",
                    "en": "Advice by appointment, drop-in hours Tue 10 am–1 pm",
                    "ar": "الاستشارة بموعد مسبق، وساعات مفتوحة من دون موعد الثلاثاء 10:00–13:00",
                    "fa": "مشاوره با وقت قبلی، ساعت مشاورهٔ آزاد سه‌شنبه ۱۰ تا ۱۳",
                    "tr": "Danışmanlık randevuyla, randevusuz danışma saati Sal 10.00–13.00",
                    "uk": "Консультації за записом, відкриті години: Вт 10:00–13:00",
                    "ru": "Консультации по записи, открытые часы приёма: Вт 10:00–13:00",
                    "ro": "Consiliere cu programare, program fără programare marți 10–13",
                    "bg": "Консултации с уговорен час, отворени часове във вторник 10–13 ч.",
                },
                "phone": "+49 2999 3821-15",
                "email": "anerkennung@iq-ruhrbrueck.example.org",
                "languages": ["de", "en", "ar", "fa", "tr", "ru", "uk"],
            },
        ],
        "links": [
            {
                "title": {
                    "de": "Anerkennung in Deutschland: Anerkennungs-Finder",
                    "en": "Recognition in Germany: Recognition Finder",
                    "ar": "الاعتراف في ألمانيا: أداة البحث عن جهة الاعتراف (Anerkennungs-Finder)",
                    "fa": "به رسمیت شناختن مدارک در آلمان: Anerkennungs-Finder",
                    "tr": "Almanya'da denklik: Anerkennungs-Finder",
                    "uk": "Визнання в Німеччині: Anerkennungs-Finder",
                    "ru": "Признание в Германии: Anerkennungs-Finder",
                    "ro": "Recunoașterea în Germania: Anerkennungs-Finder",
                    "bg": "Признаване в Германия: Anerkennungs-Finder",
                },
                "url": "https://www.anerkennung-in-deutschland.de",
            },
            {
                "title": {
                    "de": "Förderprogramm IQ: Beratungsstellen finden",
                    "en": "IQ programme: find an advice centre",
                    "ar": "برنامج IQ: ابحثوا عن مكتب استشارات",
                    "fa": "برنامهٔ IQ: پیدا کردن مرکز مشاوره",
                    "tr": "IQ programı: danışma merkezi bulun",
                    "uk": "Програма IQ: знайти консультаційний центр",
                    "ru": "Программа IQ: найти консультационный центр",
                    "ro": "Programul IQ: găsiți un centru de consiliere",
                    "bg": "Програма IQ: намерете консултантски център",
                },
                "url": "https://www.netzwerk-iq.de",
            },
        ],
        "translations": {
            "de": {
                "title": "Arbeit und Anerkennung",
                "summary": (
                    "Wo Sie Unterstützung bei der Jobsuche bekommen und wie Sie Ihren "
                    "Berufsabschluss anerkennen lassen."
                ),
                "body": [
                    ("heading", "Jobcenter und Agentur für Arbeit"),
                    (
                        "paragraph",
                        (
                            "<p>Die <b>Agentur für Arbeit</b> hilft bei der Suche nach Arbeit, "
                            "Ausbildung und Weiterbildung. Wenn Sie Bürgergeld bekommen, ist das "
                            "<b>Jobcenter</b> für Sie zuständig. Dort haben Sie eine feste "
                            "Ansprechperson, die mit Ihnen einen Plan für den Weg in Arbeit "
                            "macht. Prüfen Sie vor der ersten Arbeit, ob Ihr Aufenthaltstitel "
                            "eine Beschäftigung erlaubt.</p>"
                        ),
                    ),
                    ("heading", "Anerkennung ausländischer Berufsabschlüsse"),
                    (
                        "paragraph",
                        (
                            "<p>Sie haben im Ausland einen Beruf gelernt oder studiert? Dann "
                            "können Sie Ihren Abschluss in Deutschland <b>anerkennen lassen</b>. "
                            "Für manche Berufe ist die Anerkennung Pflicht, zum Beispiel:</p><ul>"
                            "<li>Ärztin/Arzt, Pflegefachkraft, Apothekerin/Apotheker</li><li>"
                            "Lehrerin/Lehrer, Erzieherin/Erzieher</li></ul><p>In anderen Berufen "
                            "ist sie freiwillig, hilft aber oft bei der Bewerbung. Welche Stelle "
                            "zuständig ist, zeigt der Anerkennungs-Finder im Internet.</p>"
                        ),
                    ),
                    ("heading", "Kostenlose Beratung im IQ Netzwerk"),
                    (
                        "paragraph",
                        (
                            "<p>Das Förderprogramm <b>Integration durch Qualifizierung (IQ)</b> "
                            "berät Sie kostenlos zur Anerkennung. Die Beraterinnen und Berater "
                            "helfen bei den Unterlagen und zeigen, welche Weiterbildung Ihnen "
                            "noch fehlt. In Ruhrbrück gibt es eine IQ-Beratungsstelle. Fragen "
                            "Sie dort auch nach finanzieller Unterstützung für die Kosten der "
                            "Anerkennung.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Work and recognition of qualifications",
                "summary": (
                    "Where to get help finding a job and how to have your vocational "
                    "qualification recognised."
                ),
                "body": [
                    ("heading", "Jobcenter and Employment Agency"),
                    (
                        "paragraph",
                        (
                            "<p>The <b>Employment Agency</b> (Agentur für Arbeit) helps you find "
                            "work, vocational training and further training. If you receive "
                            "citizen's income (Bürgergeld), the <b>Jobcenter</b> is responsible "
                            "for you. There you have a personal advisor who makes a plan with "
                            "you for your way into work. Before your first job, check whether "
                            "your residence permit allows you to work.</p>"
                        ),
                    ),
                    ("heading", "Recognition of foreign qualifications"),
                    (
                        "paragraph",
                        (
                            "<p>Did you learn a trade or study abroad? Then you can <b>have your "
                            "qualification recognised</b> in Germany. For some professions, "
                            "recognition is compulsory, for example:</p><ul><li>doctor, nurse, "
                            "pharmacist</li><li>teacher, early childhood educator</li></ul><p>In "
                            "other professions it is voluntary, but it often helps when you "
                            "apply for jobs. The online Recognition Finder (Anerkennungs-Finder) "
                            "shows you which office is responsible.</p>"
                        ),
                    ),
                    ("heading", "Free advice from the IQ Network"),
                    (
                        "paragraph",
                        (
                            "<p>The <b>Integration through Qualification (IQ)</b> programme "
                            "gives you free advice on recognition. The advisors help with your "
                            "documents and show you which further training you still need. There "
                            "is an IQ advice centre in Ruhrbrück. Ask there about financial "
                            "support for the costs of recognition, too.</p>"
                        ),
                    ),
                ],
            },
            "ar": {
                "title": "العمل والاعتراف بالشهادات",
                "summary": (
                    "أين تجدون المساعدة في البحث عن عمل، وكيف تحصلون على الاعتراف بشهادتكم المهنية."
                ),
                "body": [
                    ("heading", "مركز العمل (Jobcenter) ووكالة العمل"),
                    (
                        "paragraph",
                        (
                            "<p>تساعدكم <b>وكالة العمل</b> (Agentur für Arbeit) في البحث عن عمل "
                            "أو تدريب مهني أو تدريب إضافي. إذا كنتم تحصلون على دخل المواطن "
                            "(Bürgergeld) فإن <b>مركز العمل</b> (Jobcenter) هو الجهة المسؤولة "
                            "عنكم. هناك يكون لكم شخص ثابت للتواصل يضع معكم خطة للوصول إلى العمل. "
                            "قبل أول عمل تأكدوا من أن تصريح إقامتكم يسمح لكم بالعمل.</p>"
                        ),
                    ),
                    ("heading", "الاعتراف بالشهادات المهنية الأجنبية"),
                    (
                        "paragraph",
                        (
                            "<p>هل تعلمتم مهنة أو درستم في الخارج؟ إذن يمكنكم <b>طلب الاعتراف "
                            "بشهادتكم</b> في ألمانيا. الاعتراف إلزامي لبعض المهن، مثلاً:</p><ul>"
                            "<li>الطبيب، الممرض، الصيدلي</li><li>المعلم، المربي في رياض "
                            "الأطفال</li></ul><p>في المهن الأخرى يكون الاعتراف اختيارياً، لكنه "
                            "يساعد غالباً عند التقدم لوظيفة. تبين لكم أداة Anerkennungs-Finder "
                            "على الإنترنت الجهة المسؤولة.</p>"
                        ),
                    ),
                    ("heading", "استشارة مجانية لدى شبكة IQ"),
                    (
                        "paragraph",
                        (
                            "<p>يقدم برنامج <b>الاندماج من خلال التأهيل (IQ)</b> استشارة مجانية "
                            "حول الاعتراف بالشهادات. يساعدكم المستشارون والمستشارات في تجهيز "
                            "الوثائق، ويبينون لكم التأهيل الإضافي الذي ما زلتم تحتاجونه. يوجد في "
                            "روربروك مكتب استشارات تابع لشبكة IQ. اسألوا هناك أيضاً عن الدعم "
                            "المالي لتكاليف الاعتراف.</p>"
                        ),
                    ),
                ],
            },
            "fa": {
                "title": "کار و به رسمیت شناختن مدارک",
                "summary": (
                    "کجا برای پیدا کردن کار کمک بگیرید و چگونه مدرک حرفه‌ای شما در آلمان به "
                    "رسمیت شناخته می‌شود."
                ),
                "body": [
                    ("heading", "جاب‌سنتر و ادارهٔ کار"),
                    (
                        "paragraph",
                        (
                            "<p><b>ادارهٔ کار</b> (Agentur für Arbeit) در پیدا کردن کار، آموزش "
                            "حرفه‌ای و دوره‌های تکمیلی به شما کمک می‌کند. اگر کمک‌هزینهٔ شهروندی "
                            "(Bürgergeld) دریافت می‌کنید، <b>جاب‌سنتر</b> (Jobcenter) مسئول "
                            "پروندهٔ شماست. در آنجا یک مشاور ثابت دارید که با شما برای رسیدن به "
                            "کار برنامه‌ریزی می‌کند. پیش از شروع اولین کار بررسی کنید که آیا "
                            "اجازهٔ اقامت شما اجازهٔ کار کردن را می‌دهد یا نه.</p>"
                        ),
                    ),
                    ("heading", "به رسمیت شناختن مدارک حرفه‌ای خارجی"),
                    (
                        "paragraph",
                        (
                            "<p>آیا در خارج از آلمان حرفه‌ای آموخته‌اید یا در دانشگاه درس "
                            "خوانده‌اید؟ در این صورت می‌توانید <b>درخواست به رسمیت شناختن مدرک "
                            "خود را بدهید</b>. برای برخی از مشاغل، به رسمیت شناختن مدرک اجباری "
                            "است، برای مثال:</p><ul><li>پزشک، پرستار، داروساز</li><li>معلم، مربی "
                            "مهدکودک</li></ul><p>در مشاغل دیگر این کار اختیاری است، اما اغلب "
                            "هنگام درخواست کار کمک می‌کند. ابزار آنلاین Anerkennungs-Finder نشان "
                            "می‌دهد که کدام اداره مسئول است.</p>"
                        ),
                    ),
                    ("heading", "مشاورهٔ رایگان در شبکهٔ IQ"),
                    (
                        "paragraph",
                        (
                            "<p>برنامهٔ <b>ادغام از طریق مهارت‌آموزی (IQ)</b> دربارهٔ به رسمیت "
                            "شناختن مدارک به‌طور رایگان به شما مشاوره می‌دهد. مشاوران در آماده "
                            "کردن مدارک کمک می‌کنند و نشان می‌دهند که هنوز به چه دورهٔ تکمیلی‌ای "
                            "نیاز دارید. در روربروک یک مرکز مشاورهٔ IQ وجود دارد. در آنجا "
                            "دربارهٔ کمک مالی برای هزینه‌های به رسمیت شناختن مدرک هم سؤال "
                            "کنید.</p>"
                        ),
                    ),
                ],
            },
            "tr": {
                "title": "İş ve diploma denkliği",
                "summary": (
                    "İş ararken nereden destek alabileceğiniz ve meslek diplomanızın denkliğini "
                    "nasıl alabileceğiniz."
                ),
                "body": [
                    ("heading", "Jobcenter ve İş Ajansı"),
                    (
                        "paragraph",
                        (
                            "<p><b>İş Ajansı</b> (Agentur für Arbeit) iş, meslek eğitimi ve "
                            "ileri eğitim bulmanıza yardım eder. Vatandaş parası (Bürgergeld) "
                            "alıyorsanız sizden <b>Jobcenter</b> sorumludur. Orada sizinle "
                            "birlikte işe giden yol için plan yapan sabit bir danışmanınız olur. "
                            "İlk işinizden önce oturma izninizin çalışmaya izin verip "
                            "vermediğini kontrol edin.</p>"
                        ),
                    ),
                    ("heading", "Yabancı meslek diplomalarının denkliği"),
                    (
                        "paragraph",
                        (
                            "<p>Yurt dışında bir meslek mi öğrendiniz veya üniversite mi "
                            "okudunuz? O zaman diplomanızın Almanya'da <b>denkliğini "
                            "alabilirsiniz</b> (Anerkennung). Bazı meslekler için denklik "
                            "zorunludur, örneğin:</p><ul><li>doktor, hemşire, eczacı</li><li>"
                            "öğretmen, çocuk eğitmeni</li></ul><p>Diğer mesleklerde denklik "
                            "isteğe bağlıdır, ancak iş başvurusunda çoğu zaman işe yarar. Hangi "
                            "kurumun yetkili olduğunu internetteki Anerkennungs-Finder "
                            "gösterir.</p>"
                        ),
                    ),
                    ("heading", "IQ Ağı'nda ücretsiz danışmanlık"),
                    (
                        "paragraph",
                        (
                            "<p><b>Nitelik Yoluyla Entegrasyon (IQ)</b> programı denklik "
                            "konusunda size ücretsiz danışmanlık yapar. Danışmanlar "
                            "belgelerinizi hazırlamanıza yardım eder ve hangi ek eğitime hâlâ "
                            "ihtiyacınız olduğunu gösterir. Ruhrbrück'te bir IQ danışma merkezi "
                            "vardır. Orada denklik masrafları için maddi destek olup olmadığını "
                            "da sorun.</p>"
                        ),
                    ),
                ],
            },
            "uk": {
                "title": "Робота та визнання кваліфікації",
                "summary": (
                    "Де отримати допомогу в пошуку роботи і як визнати свою професійну "
                    "кваліфікацію."
                ),
                "body": [
                    ("heading", "Jobcenter і Агентство з питань праці"),
                    (
                        "paragraph",
                        (
                            "<p><b>Агентство з питань праці</b> (Agentur für Arbeit) допомагає "
                            "шукати роботу, професійне навчання та підвищення кваліфікації. Якщо "
                            "ви отримуєте громадянську допомогу (Bürgergeld), за вас відповідає "
                            "<b>Jobcenter</b>. Там у вас є постійна контактна особа, яка разом "
                            "із вами складає план виходу на роботу. Перед першою роботою "
                            "перевірте, чи дозволяє ваш дозвіл на проживання працювати.</p>"
                        ),
                    ),
                    ("heading", "Визнання іноземних дипломів"),
                    (
                        "paragraph",
                        (
                            "<p>Ви здобули професію або вищу освіту за кордоном? Тоді ви можете "
                            "<b>визнати свій диплом</b> у Німеччині. Для деяких професій "
                            "визнання є обов’язковим, наприклад:</p><ul><li>лікар, медсестра або "
                            "медбрат, фармацевт</li><li>учитель, вихователь</li></ul><p>В інших "
                            "професіях визнання добровільне, але часто допомагає під час пошуку "
                            "роботи. Яка установа відповідає за ваш випадок, показує "
                            "онлайн-сервіс Anerkennungs-Finder.</p>"
                        ),
                    ),
                    ("heading", "Безкоштовні консультації в мережі IQ"),
                    (
                        "paragraph",
                        (
                            "<p>Програма <b>«Інтеграція через кваліфікацію» (IQ)</b> безкоштовно "
                            "консультує з питань визнання. Консультанти допомагають з "
                            "документами та показують, якого навчання вам ще бракує. У Рурбрюку "
                            "є консультаційний центр IQ. Запитайте там також про фінансову "
                            "підтримку для оплати процедури визнання.</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Работа и признание квалификации",
                "summary": (
                    "Где получить помощь в поиске работы и как признать свою профессиональную "
                    "квалификацию."
                ),
                "body": [
                    ("heading", "Jobcenter и Агентство по труду"),
                    (
                        "paragraph",
                        (
                            "<p><b>Агентство по труду</b> (Agentur für Arbeit) помогает найти "
                            "работу, профессиональное обучение и курсы повышения квалификации. "
                            "Если вы получаете гражданское пособие (Bürgergeld), за вас отвечает "
                            "<b>Jobcenter</b>. Там у вас есть постоянный консультант, который "
                            "вместе с вами составляет план выхода на работу. Перед первой "
                            "работой проверьте, разрешает ли ваш вид на жительство работать.</p>"
                        ),
                    ),
                    ("heading", "Признание иностранных дипломов"),
                    (
                        "paragraph",
                        (
                            "<p>Вы получили профессию или высшее образование за границей? Тогда "
                            "вы можете <b>признать свой диплом</b> в Германии. Для некоторых "
                            "профессий признание обязательно, например:</p><ul><li>врач, "
                            "медсестра или медбрат, фармацевт</li><li>учитель, воспитатель</li>"
                            "</ul><p>В других профессиях признание добровольное, но часто "
                            "помогает при поиске работы. Какое учреждение отвечает за ваш "
                            "случай, показывает онлайн-сервис Anerkennungs-Finder.</p>"
                        ),
                    ),
                    ("heading", "Бесплатные консультации в сети IQ"),
                    (
                        "paragraph",
                        (
                            "<p>Программа <b>«Интеграция через квалификацию» (IQ)</b> бесплатно "
                            "консультирует по вопросам признания. Консультанты помогают с "
                            "документами и показывают, какого обучения вам ещё не хватает. В "
                            "Рурбрюке есть консультационный центр IQ. Спросите там также о "
                            "финансовой поддержке для оплаты процедуры признания.</p>"
                        ),
                    ),
                ],
            },
            "ro": {
                "title": "Muncă și recunoașterea calificărilor",
                "summary": (
                    "Unde primiți ajutor la căutarea unui loc de muncă și cum vă recunoașteți "
                    "diploma profesională."
                ),
                "body": [
                    ("heading", "Jobcenter și Agenția pentru Ocuparea Forței de Muncă"),
                    (
                        "paragraph",
                        (
                            "<p><b>Agenția pentru Ocuparea Forței de Muncă</b> (Agentur für "
                            "Arbeit) vă ajută să găsiți un loc de muncă, o formare profesională "
                            "sau cursuri de perfecționare. Dacă primiți venitul cetățenesc "
                            "(Bürgergeld), <b>Jobcenter</b> este responsabil pentru "
                            "dumneavoastră. Acolo aveți o persoană de contact fixă, care face "
                            "împreună cu dumneavoastră un plan pentru a găsi de lucru. Înainte "
                            "de primul loc de muncă, verificați dacă permisul de ședere vă "
                            "permite să lucrați.</p>"
                        ),
                    ),
                    ("heading", "Recunoașterea diplomelor obținute în străinătate"),
                    (
                        "paragraph",
                        (
                            "<p>Ați învățat o meserie sau ați studiat în străinătate? Atunci "
                            "puteți <b>cere recunoașterea diplomei</b> în Germania. Pentru unele "
                            "profesii recunoașterea este obligatorie, de exemplu:</p><ul><li>"
                            "medic, asistent medical, farmacist</li><li>profesor, educator</li>"
                            "</ul><p>În alte profesii recunoașterea este voluntară, dar vă ajută "
                            "adesea când căutați un loc de muncă. Ce instituție este "
                            "responsabilă vă arată instrumentul online Anerkennungs-Finder.</p>"
                        ),
                    ),
                    ("heading", "Consiliere gratuită în rețeaua IQ"),
                    (
                        "paragraph",
                        (
                            "<p>Programul <b>„Integrare prin calificare” (IQ)</b> vă oferă "
                            "consiliere gratuită despre recunoaștere. Consilierii vă ajută cu "
                            "documentele și vă arată ce formare suplimentară vă mai lipsește. În "
                            "Ruhrbrück există un centru de consiliere IQ. Întrebați acolo și "
                            "despre sprijin financiar pentru costurile recunoașterii.</p>"
                        ),
                    ),
                ],
            },
            "bg": {
                "title": "Работа и признаване на квалификации",
                "summary": (
                    "Къде да получите помощ при търсене на работа и как да признаете "
                    "професионалната си диплома."
                ),
                "body": [
                    ("heading", "Jobcenter и Агенцията по труда"),
                    (
                        "paragraph",
                        (
                            "<p><b>Агенцията по труда</b> (Agentur für Arbeit) помага при "
                            "търсене на работа, професионално обучение и квалификация. Ако "
                            "получавате гражданска помощ (Bürgergeld), за вас отговаря <b>"
                            "Jobcenter</b>. Там имате постоянно лице за контакт, което заедно с "
                            "вас прави план за започване на работа. Преди първата си работа "
                            "проверете дали разрешението ви за пребиваване позволява да "
                            "работите.</p>"
                        ),
                    ),
                    ("heading", "Признаване на чуждестранни дипломи"),
                    (
                        "paragraph",
                        (
                            "<p>Изучили сте професия или сте следвали в чужбина? Тогава можете "
                            "да <b>признаете дипломата си</b> в Германия. За някои професии "
                            "признаването е задължително, например:</p><ul><li>лекар, медицинска "
                            "сестра, фармацевт</li><li>учител, детски възпитател</li></ul><p>При "
                            "други професии признаването е доброволно, но често помага при "
                            "кандидатстване за работа. Коя институция отговаря, показва онлайн "
                            "инструментът Anerkennungs-Finder.</p>"
                        ),
                    ),
                    ("heading", "Безплатни консултации в мрежата IQ"),
                    (
                        "paragraph",
                        (
                            "<p>Програмата <b>„Интеграция чрез квалификация“ (IQ)</b> ви "
                            "консултира безплатно за признаването. Консултантите помагат с "
                            "документите и показват какво допълнително обучение още ви е нужно. "
                            "В Рурбрюк има консултантски център на IQ. Попитайте там и за "
                            "финансова помощ за разходите по признаването.</p>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "beratung",
        "contacts": [
            {
                "name": {
                    "de": (
                        "Haus der Vielfalt: Migrationsberatung (MBE), Jugendmigrationsdienst und "
                        "Integrationsagentur"
                    ),
                    "en": (
                        "Haus der Vielfalt: Migration Advice for Adults (MBE), Youth Migration "
                        "Service and Integration Agency"
                    ),
                    "ar": (
                        "بيت التنوع (Haus der Vielfalt): استشارات الهجرة للبالغين (MBE) وخدمة "
                        "هجرة الشباب ووكالة الاندماج"
                    ),
                    "fa": (
                        "خانهٔ تنوع (Haus der Vielfalt): مشاورهٔ مهاجرت برای بزرگسالان (MBE)، "
                        "خدمات مهاجرت جوانان و آژانس ادغام"
                    ),
                    "tr": (
                        "Çeşitlilik Evi (Haus der Vielfalt): Yetişkinler için Göç Danışmanlığı "
                        "(MBE), Gençlik Göç Servisi ve Entegrasyon Ajansı"
                    ),
                    "uk": (
                        "Дім різноманіття (Haus der Vielfalt): міграційна консультація для "
                        "дорослих (MBE), Молодіжна міграційна служба та Агентство з питань "
                        "інтеграції"
                    ),
                    "ru": (
                        "Дом многообразия (Haus der Vielfalt): миграционная консультация для "
                        "взрослых (MBE), Молодёжная миграционная служба и Агентство по интеграции"
                    ),
                    "ro": (
                        "Casa Diversității (Haus der Vielfalt): consiliere pentru migranți "
                        "adulți (MBE), Serviciul pentru tineri migranți și Agenția de integrare"
                    ),
                    "bg": (
                        "Къща на многообразието (Haus der Vielfalt): миграционно консултиране за "
                        "възрастни (MBE), Младежка миграционна служба и Агенция за интеграция"
                    ),
                },
                "address": "Marktstraße 9\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Offene Sprechstunde Mo und Do 9–12 Uhr, sonst nach Vereinbarung",
                    "en": "Drop-in hours Mon and Thu 9 am–12 pm, otherwise by appointment",
                    "ar": (
                        "ساعات مفتوحة من دون موعد الاثنين والخميس 9:00–12:00، وفي الأوقات الأخرى "
                        "بموعد مسبق"
                    ),
                    "fa": (
                        "ساعت مشاورهٔ آزاد دوشنبه و پنجشنبه ۹ تا ۱۲، در زمان‌های دیگر با وقت قبلی"
                    ),
                    "tr": (
                        "Randevusuz danışma saati Pzt ve Per 09.00–12.00, diğer saatler randevuyla"
                    ),
                    "uk": "Відкриті години: Пн і Чт 9:00–12:00, в інший час – за домовленістю",
                    "ru": (
                        "Открытые часы приёма: Пн и Чт 9:00–12:00, в другое время – по "
                        "договорённости"
                    ),
                    "ro": "Program fără programare luni și joi 9–12, în rest cu programare",
                    "bg": (
                        "Отворени часове понеделник и четвъртък 9–12 ч., в друго време по уговорка"
                    ),
                },
                "phone": "+49 2999 2468-0",
                "email": "beratung@hausdervielfalt-ruhrbrueck.example.org",
                "languages": ["de", "en", "ar", "fa", "tr", "ru", "ro", "bg"],
            },
            {
                "name": {
                    "de": "Kommunales Integrationszentrum Ruhrbrück",
                    "en": "Municipal Integration Centre Ruhrbrück (Kommunales Integrationszentrum)",
                    "ar": "المركز البلدي للاندماج في روربروك (Kommunales Integrationszentrum)",
                    "fa": "مرکز ادغام شهری روربروک (Kommunales Integrationszentrum)",
                    "tr": "Ruhrbrück Belediye Entegrasyon Merkezi (Kommunales Integrationszentrum)",
                    "uk": "Комунальний центр інтеграції Рурбрюка (Kommunales Integrationszentrum)",
                    "ru": "Коммунальный центр интеграции Рурбрюка (Kommunales Integrationszentrum)",
                    "ro": (
                        "Centrul Municipal de Integrare Ruhrbrück (Kommunales Integrationszentrum)"
                    ),
                    "bg": "Общински център за интеграция Рурбрюк (Kommunales Integrationszentrum)",
                },
                "address": "Hochstraße 16\n45999 Ruhrbrück",
                "opening_hours": {
                    "de": "Mo–Do 9–15 Uhr, Fr 9–12 Uhr",
                    "en": "Mon–Thu 9 am–3 pm, Fri 9 am–12 pm",
                    "ar": "من الاثنين إلى الخميس 9:00–15:00، الجمعة 9:00–12:00",
                    "fa": "دوشنبه تا پنجشنبه ۹ تا ۱۵، جمعه ۹ تا ۱۲",
                    "tr": "Pzt–Per 09.00–15.00, Cum 09.00–12.00",
                    "uk": "Пн–Чт 9:00–15:00, Пт 9:00–12:00",
                    "ru": "Пн–Чт 9:00–15:00, Пт 9:00–12:00",
                    "ro": "Luni–joi 9–15, vineri 9–12",
                    "bg": "Понеделник–четвъртък 9–15 ч., петък 9–12 ч.",
                },
                "phone": "+49 2999 123-700",
                "email": "integration@ruhrbrueck.example.org",
                "languages": ["de", "en", "ar", "fa", "uk", "ro", "bg"],
            },
        ],
        "links": [
            {
                "title": {
                    "de": "Migrationsberatung für Erwachsene: Beratungsstellen finden (BAMF)",
                    "en": "Migration Advice for Adults: find an advice centre (BAMF)",
                    "ar": "استشارات الهجرة للبالغين: ابحثوا عن مركز استشارات (BAMF)",
                    "fa": "مشاورهٔ مهاجرت برای بزرگسالان: پیدا کردن مرکز مشاوره (BAMF)",
                    "tr": "Yetişkinler için Göç Danışmanlığı: danışma merkezi bulun (BAMF)",
                    "uk": (
                        "Міграційна консультація для дорослих: знайти консультаційний центр (BAMF)"
                    ),
                    "ru": (
                        "Миграционная консультация для взрослых: найти консультационный центр "
                        "(BAMF)"
                    ),
                    "ro": (
                        "Consiliere pentru migranți adulți: găsiți un centru de consiliere (BAMF)"
                    ),
                    "bg": (
                        "Миграционно консултиране за възрастни: намерете консултантски център "
                        "(BAMF)"
                    ),
                },
                "url": "https://www.bamf.de",
            },
            {
                "title": {
                    "de": "Jugendmigrationsdienste in Deutschland",
                    "en": "Youth Migration Services in Germany",
                    "ar": "خدمات هجرة الشباب في ألمانيا",
                    "fa": "خدمات مهاجرت جوانان در آلمان",
                    "tr": "Almanya'daki Gençlik Göç Servisleri",
                    "uk": "Молодіжні міграційні служби в Німеччині",
                    "ru": "Молодёжные миграционные службы в Германии",
                    "ro": "Serviciile pentru tineri migranți din Germania",
                    "bg": "Младежки миграционни служби в Германия",
                },
                "url": "https://www.jugendmigrationsdienste.de",
            },
        ],
        "translations": {
            "de": {
                "title": "Beratung und Unterstützung",
                "summary": (
                    "Kostenlose Beratungsstellen für Erwachsene, Jugendliche und Familien in "
                    "Ruhrbrück."
                ),
                "body": [
                    ("heading", "Migrationsberatung für Erwachsene und Jugendmigrationsdienst"),
                    (
                        "paragraph",
                        (
                            "<p>Die <b>Migrationsberatung für Erwachsene (MBE)</b> ist für "
                            "Zugewanderte ab 27 Jahren da. Für junge Menschen von 12 bis 27 "
                            "Jahren gibt es den <b>Jugendmigrationsdienst (JMD)</b>. Beide "
                            "helfen Ihnen bei Fragen zu Sprache, Wohnen, Arbeit, Behörden und "
                            "Familie. Die Beratung ist kostenlos und vertraulich.</p>"
                        ),
                    ),
                    ("heading", "Die Integrationsagentur"),
                    (
                        "paragraph",
                        (
                            "<p>Die <b>Integrationsagentur</b> wird vom Land Nordrhein-Westfalen "
                            "gefördert. Sie bringt Menschen im Stadtteil zusammen und "
                            "unterstützt Vereine und Ehrenamtliche. Sie berät Sie auch, wenn Sie "
                            "Diskriminierung erlebt haben. In Ruhrbrück finden Sie die "
                            "Integrationsagentur im Haus der Vielfalt.</p>"
                        ),
                    ),
                    ("heading", "Das Kommunale Integrationszentrum"),
                    (
                        "paragraph",
                        (
                            "<p>Das <b>Kommunale Integrationszentrum (KI)</b> der Stadt "
                            "koordiniert die Angebote für Zugewanderte in Ruhrbrück. Es berät "
                            "Familien zu Schule und Bildung und vermittelt Sprach- und "
                            "Kulturmittlerinnen und -mittler. Das KI leitet auch den Prozess für "
                            "das neue Integrationskonzept. Ihre Ideen sind hier willkommen!</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Counselling and support",
                "summary": (
                    "Free advice services for adults, young people and families in Ruhrbrück."
                ),
                "body": [
                    ("heading", "Migration Advice for Adults and Youth Migration Service"),
                    (
                        "paragraph",
                        (
                            "<p>The <b>Migration Advice Service for Adults (MBE)</b> is for "
                            "immigrants aged 27 and over. For young people aged 12 to 27 there "
                            "is the <b>Youth Migration Service (JMD)</b>. Both help you with "
                            "questions about language, housing, work, public authorities and "
                            "family. The advice is free and confidential.</p>"
                        ),
                    ),
                    ("heading", "The Integration Agency"),
                    (
                        "paragraph",
                        (
                            "<p>The <b>Integration Agency</b> (Integrationsagentur) is funded by "
                            "the state of North Rhine-Westphalia. It brings people together in "
                            "the neighbourhood and supports associations and volunteers. It also "
                            "advises you if you have experienced discrimination. In Ruhrbrück "
                            "you will find the Integration Agency at the Haus der Vielfalt.</p>"
                        ),
                    ),
                    ("heading", "The Municipal Integration Centre"),
                    (
                        "paragraph",
                        (
                            "<p>The town's <b>Municipal Integration Centre</b> (Kommunales "
                            "Integrationszentrum, KI) coordinates the services for immigrants in "
                            "Ruhrbrück. It advises families on school and education and arranges "
                            "community interpreters. The KI also leads the process for the new "
                            "integration concept. Your ideas are welcome here!</p>"
                        ),
                    ),
                ],
            },
            "ar": {
                "title": "الاستشارة والدعم",
                "summary": "مراكز استشارات مجانية للبالغين والشباب والعائلات في روربروك.",
                "body": [
                    ("heading", "استشارات الهجرة للبالغين وخدمة هجرة الشباب"),
                    (
                        "paragraph",
                        (
                            "<p><b>استشارات الهجرة للبالغين (MBE)</b> مخصصة للمهاجرين الذين تبلغ "
                            "أعمارهم 27 عاماً فأكثر. وللشباب من عمر 12 إلى 27 عاماً توجد <b>خدمة "
                            "هجرة الشباب (JMD)</b>. تساعدكم الجهتان في الأسئلة المتعلقة باللغة "
                            "والسكن والعمل والدوائر الرسمية والأسرة. الاستشارة مجانية وسرية.</p>"
                        ),
                    ),
                    ("heading", "وكالة الاندماج"),
                    (
                        "paragraph",
                        (
                            "<p>تحصل <b>وكالة الاندماج</b> (Integrationsagentur) على دعم من "
                            "ولاية شمال الراين-وستفاليا. تجمع الوكالة الناس في الحي وتدعم "
                            "الجمعيات والمتطوعين. وتقدم لكم الاستشارة أيضاً إذا تعرضتم للتمييز. "
                            "في روربروك تجدون وكالة الاندماج في «بيت التنوع» (Haus der "
                            "Vielfalt).</p>"
                        ),
                    ),
                    ("heading", "المركز البلدي للاندماج"),
                    (
                        "paragraph",
                        (
                            "<p>ينسق <b>المركز البلدي للاندماج</b> (Kommunales "
                            "Integrationszentrum, KI) التابع للمدينة الخدمات المقدمة للمهاجرين "
                            "في روربروك. يقدم المركز للعائلات استشارات حول المدرسة والتعليم، "
                            "ويوفر وسطاء لغويين وثقافيين. كما يدير المركز عملية إعداد مفهوم "
                            "الاندماج الجديد. أفكاركم مرحب بها هنا!</p>"
                        ),
                    ),
                ],
            },
            "fa": {
                "title": "مشاوره و پشتیبانی",
                "summary": "مراکز مشاورهٔ رایگان برای بزرگسالان، جوانان و خانواده‌ها در روربروک.",
                "body": [
                    ("heading", "مشاورهٔ مهاجرت برای بزرگسالان و خدمات مهاجرت جوانان"),
                    (
                        "paragraph",
                        (
                            "<p><b>مشاورهٔ مهاجرت برای بزرگسالان (MBE)</b> برای مهاجران ۲۷ سال "
                            "به بالا است. برای جوانان ۱۲ تا ۲۷ ساله <b>خدمات مهاجرت جوانان "
                            "(JMD)</b> وجود دارد. هر دو در سؤال‌های مربوط به زبان، مسکن، کار، "
                            "ادارات و خانواده به شما کمک می‌کنند. مشاوره رایگان و محرمانه "
                            "است.</p>"
                        ),
                    ),
                    ("heading", "آژانس ادغام"),
                    (
                        "paragraph",
                        (
                            "<p><b>آژانس ادغام</b> (Integrationsagentur) از سوی ایالت "
                            "نوردراین-وستفالن حمایت مالی می‌شود. این آژانس مردم محله را دور هم "
                            "جمع می‌کند و از انجمن‌ها و داوطلبان پشتیبانی می‌کند. اگر با تبعیض "
                            "روبه‌رو شده‌اید، آژانس ادغام به شما مشاوره هم می‌دهد. در روربروک "
                            "آژانس ادغام را در «خانهٔ تنوع» (Haus der Vielfalt) پیدا می‌کنید.</p>"
                        ),
                    ),
                    ("heading", "مرکز ادغام شهری"),
                    (
                        "paragraph",
                        (
                            "<p><b>مرکز ادغام شهری</b> (Kommunales Integrationszentrum، KI) "
                            "خدمات ویژهٔ مهاجران را در روربروک هماهنگ می‌کند. این مرکز به "
                            "خانواده‌ها دربارهٔ مدرسه و آموزش مشاوره می‌دهد و میانجی‌های زبانی و "
                            "فرهنگی در اختیار می‌گذارد. KI همچنین فرایند تهیهٔ طرح جدید ادغام را "
                            "هدایت می‌کند. ایده‌های شما در اینجا با آغوش باز پذیرفته می‌شود!</p>"
                        ),
                    ),
                ],
            },
            "tr": {
                "title": "Danışmanlık ve destek",
                "summary": (
                    "Ruhrbrück'te yetişkinler, gençler ve aileler için ücretsiz danışma merkezleri."
                ),
                "body": [
                    ("heading", "Yetişkinler için Göç Danışmanlığı ve Gençlik Göç Servisi"),
                    (
                        "paragraph",
                        (
                            "<p><b>Yetişkinler için Göç Danışmanlığı (MBE)</b> 27 yaş ve "
                            "üzerindeki göçmenler içindir. 12-27 yaş arasındaki gençler için <b>"
                            "Gençlik Göç Servisi (JMD)</b> vardır. Her ikisi de dil, konut, iş, "
                            "resmi daireler ve aile ile ilgili sorularınızda size yardımcı olur. "
                            "Danışmanlık ücretsiz ve gizlidir.</p>"
                        ),
                    ),
                    ("heading", "Entegrasyon Ajansı"),
                    (
                        "paragraph",
                        (
                            "<p><b>Entegrasyon Ajansı</b> (Integrationsagentur) Kuzey "
                            "Ren-Vestfalya eyaleti tarafından desteklenir. Ajans, semtteki "
                            "insanları bir araya getirir ve dernekler ile gönüllüleri destekler. "
                            "Ayrımcılığa uğradıysanız size danışmanlık da yapar. Ruhrbrück'te "
                            "Entegrasyon Ajansı'nı Çeşitlilik Evi'nde (Haus der Vielfalt) "
                            "bulabilirsiniz.</p>"
                        ),
                    ),
                    ("heading", "Belediye Entegrasyon Merkezi"),
                    (
                        "paragraph",
                        (
                            "<p>Şehrin <b>Belediye Entegrasyon Merkezi</b> (Kommunales "
                            "Integrationszentrum, KI) Ruhrbrück'teki göçmenlere yönelik "
                            "hizmetleri koordine eder. Merkez ailelere okul ve eğitim konusunda "
                            "danışmanlık yapar ve dil ve kültür aracıları sağlar. KI, yeni "
                            "entegrasyon konseptinin hazırlanma sürecini de yönetir. "
                            "Fikirlerinizi bekliyoruz!</p>"
                        ),
                    ),
                ],
            },
            "uk": {
                "title": "Консультації та підтримка",
                "summary": (
                    "Безкоштовні консультаційні служби для дорослих, молоді та сімей у Рурбрюку."
                ),
                "body": [
                    (
                        "heading",
                        "Міграційна консультація для дорослих і Молодіжна міграційна служба",
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Міграційна консультація для дорослих (MBE)</b> призначена для "
                            "іммігрантів віком від 27 років. Для молоді від 12 до 27 років є <b>"
                            "Молодіжна міграційна служба (JMD)</b>. Обидві служби допомагають з "
                            "питаннями щодо мови, житла, роботи, установ і сім’ї. Консультації "
                            "безкоштовні та конфіденційні.</p>"
                        ),
                    ),
                    ("heading", "Агентство з питань інтеграції"),
                    (
                        "paragraph",
                        (
                            "<p><b>Агентство з питань інтеграції</b> (Integrationsagentur) "
                            "фінансується землею Північний Рейн – Вестфалія. Воно об’єднує людей "
                            "у районі та підтримує громадські об’єднання й волонтерів. Агентство "
                            "також консультує, якщо ви зазнали дискримінації. У Рурбрюку "
                            "Агентство з питань інтеграції розташоване в Домі різноманіття (Haus "
                            "der Vielfalt).</p>"
                        ),
                    ),
                    ("heading", "Комунальний центр інтеграції"),
                    (
                        "paragraph",
                        (
                            "<p>Міський <b>Комунальний центр інтеграції</b> (Kommunales "
                            "Integrationszentrum, KI) координує послуги для іммігрантів у "
                            "Рурбрюку. Він консультує сім’ї з питань школи та освіти і залучає "
                            "мовних і культурних посередників. KI також керує процесом розробки "
                            "нової концепції інтеграції. Ми чекаємо на ваші ідеї!</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Консультации и поддержка",
                "summary": (
                    "Бесплатные консультационные службы для взрослых, молодёжи и семей в Рурбрюке."
                ),
                "body": [
                    (
                        "heading",
                        "Миграционная консультация для взрослых и Молодёжная миграционная служба",
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Миграционная консультация для взрослых (MBE)</b> "
                            "предназначена для иммигрантов от 27 лет. Для молодых людей от 12 до "
                            "27 лет есть <b>Молодёжная миграционная служба (JMD)</b>. Обе службы "
                            "помогают с вопросами о языке, жилье, работе, ведомствах и семье. "
                            "Консультации бесплатные и конфиденциальные.</p>"
                        ),
                    ),
                    ("heading", "Агентство по интеграции"),
                    (
                        "paragraph",
                        (
                            "<p><b>Агентство по интеграции</b> (Integrationsagentur) "
                            "финансируется землёй Северный Рейн-Вестфалия. Оно объединяет людей "
                            "в районе и поддерживает общественные объединения и волонтёров. "
                            "Агентство также консультирует, если вы столкнулись с "
                            "дискриминацией. В Рурбрюке Агентство по интеграции находится в Доме "
                            "многообразия (Haus der Vielfalt).</p>"
                        ),
                    ),
                    ("heading", "Коммунальный центр интеграции"),
                    (
                        "paragraph",
                        (
                            "<p>Городской <b>Коммунальный центр интеграции</b> (Kommunales "
                            "Integrationszentrum, KI) координирует услуги для иммигрантов в "
                            "Рурбрюке. Он консультирует семьи по вопросам школы и образования и "
                            "предоставляет языковых и культурных посредников. KI также руководит "
                            "процессом разработки новой концепции интеграции. Мы ждём ваших "
                            "идей!</p>"
                        ),
                    ),
                ],
            },
            "ro": {
                "title": "Consiliere și sprijin",
                "summary": (
                    "Servicii gratuite de consiliere pentru adulți, tineri și familii în Ruhrbrück."
                ),
                "body": [
                    (
                        "heading",
                        "Consilierea pentru migranți adulți și Serviciul pentru tineri migranți",
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Consilierea pentru migranți adulți (MBE)</b> se adresează "
                            "imigranților de la 27 de ani în sus. Pentru tinerii între 12 și 27 "
                            "de ani există <b>Serviciul pentru tineri migranți (JMD)</b>. Ambele "
                            "vă ajută cu întrebări despre limbă, locuință, muncă, autorități și "
                            "familie. Consilierea este gratuită și confidențială.</p>"
                        ),
                    ),
                    ("heading", "Agenția de integrare"),
                    (
                        "paragraph",
                        (
                            "<p><b>Agenția de integrare</b> (Integrationsagentur) este finanțată "
                            "de landul Renania de Nord-Westfalia. Ea aduce împreună oamenii din "
                            "cartier și sprijină asociațiile și voluntarii. Agenția vă oferă "
                            "consiliere și dacă ați fost discriminat. În Ruhrbrück găsiți "
                            "Agenția de integrare la Casa Diversității (Haus der Vielfalt).</p>"
                        ),
                    ),
                    ("heading", "Centrul Municipal de Integrare"),
                    (
                        "paragraph",
                        (
                            "<p><b>Centrul Municipal de Integrare</b> (Kommunales "
                            "Integrationszentrum, KI) al orașului coordonează serviciile pentru "
                            "imigranții din Ruhrbrück. Centrul consiliază familiile în privința "
                            "școlii și educației și pune la dispoziție mediatori lingvistici și "
                            "culturali. KI conduce și procesul pentru noul concept de integrare. "
                            "Ideile dumneavoastră sunt binevenite!</p>"
                        ),
                    ),
                ],
            },
            "bg": {
                "title": "Консултации и подкрепа",
                "summary": (
                    "Безплатни консултантски служби за възрастни, младежи и семейства в Рурбрюк."
                ),
                "body": [
                    (
                        "heading",
                        "Миграционно консултиране за възрастни и Младежка миграционна служба",
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Миграционното консултиране за възрастни (MBE)</b> е за "
                            "имигранти на 27 и повече години. За младите хора от 12 до 27 години "
                            "има <b>Младежка миграционна служба (JMD)</b>. И двете помагат при "
                            "въпроси за езика, жилището, работата, институциите и семейството. "
                            "Консултациите са безплатни и поверителни.</p>"
                        ),
                    ),
                    ("heading", "Агенцията за интеграция"),
                    (
                        "paragraph",
                        (
                            "<p><b>Агенцията за интеграция</b> (Integrationsagentur) се "
                            "финансира от провинция Северен Рейн-Вестфалия. Тя събира хората в "
                            "квартала и подкрепя сдружения и доброволци. Агенцията ви консултира "
                            "и ако сте преживели дискриминация. В Рурбрюк ще намерите Агенцията "
                            "за интеграция в Къщата на многообразието (Haus der Vielfalt).</p>"
                        ),
                    ),
                    ("heading", "Общинският център за интеграция"),
                    (
                        "paragraph",
                        (
                            "<p>Градският <b>Общински център за интеграция</b> (Kommunales "
                            "Integrationszentrum, KI) координира услугите за имигранти в "
                            "Рурбрюк. Той консултира семействата по въпроси за училището и "
                            "образованието и осигурява езикови и културни посредници. KI "
                            "ръководи и процеса за новата концепция за интеграция. Очакваме "
                            "вашите идеи!</p>"
                        ),
                    ),
                ],
            },
        },
    },
]


def _language_dicts(obj: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Return every dict below ``obj`` that is keyed by language codes."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(obj, dict):
        if set(obj) & set(LANGUAGES):
            found.append((path, obj))
        for key, value in obj.items():
            found.extend(_language_dicts(value, f"{path}.{key}"))
    elif isinstance(obj, (list, tuple)):
        for index, value in enumerate(obj):
            found.extend(_language_dicts(value, f"{path}[{index}]"))
    return found


def _self_check() -> None:
    languages = set(LANGUAGES)
    assert len(LANGUAGES) == 9 and LANGUAGES[0] == "de"
    data = {
        "NATIVE_LANGUAGE_NAMES": NATIVE_LANGUAGE_NAMES,
        "HOME": HOME,
        "WELCOME_INDEX": WELCOME_INDEX,
        "ABOUT": ABOUT,
        "TOPICS": TOPICS,
    }
    translated = _language_dicts(data)
    for path, mapping in translated:
        assert set(mapping) == languages, f"{path}: {sorted(languages ^ set(mapping))}"
        assert all(mapping[code] for code in LANGUAGES), f"{path}: empty value"

    slugs = [topic["slug"] for topic in TOPICS]
    assert len(TOPICS) == 6 and len(set(slugs)) == len(slugs), slugs
    blocks = contacts = links = 0
    for topic in TOPICS:
        slug = topic["slug"]
        assert slug.isascii() and slug == slug.lower() and " " not in slug, slug
        reference = [kind for kind, _ in topic["translations"]["de"]["body"]]
        assert 2 <= reference.count("heading") <= 3, slug
        for code in LANGUAGES:
            page = topic["translations"][code]
            assert page["title"] and page["summary"], (slug, code)
            kinds = [kind for kind, _ in page["body"]]
            assert kinds == reference, (slug, code, kinds)
            assert all(text.strip() for _, text in page["body"]), (slug, code)
            blocks += len(kinds)
        assert 1 <= len(topic["contacts"]) <= 2, slug
        for contact in topic["contacts"]:
            assert set(contact["languages"]) <= languages, (slug, contact["languages"])
            assert contact["phone"].startswith("+49 2999 "), contact["phone"]
            assert contact["email"].endswith("example.org"), contact["email"]
        assert 1 <= len(topic["links"]) <= 2, slug
        for link in topic["links"]:
            assert link["url"].startswith("https://"), link["url"]
        contacts += len(topic["contacts"])
        links += len(topic["links"])

    print(
        f"OK: {len(LANGUAGES)} languages, {len(TOPICS)} topics, "
        f"{blocks} body blocks ({blocks // len(LANGUAGES)} per language), "
        f"{contacts} contacts, {links} links, "
        f"{len(translated)} translated dicts complete"
    )


if __name__ == "__main__":
    _self_check()
