"""The two starting templates: the survey after an event and the yearly satisfaction survey.

Texts in all nine languages. Keys stay the same every year, so the yearly surveys can be
compared question by question."""

from .models import Question, QuestionKind

YES_PARTLY_NO = [
    {
        "de": "Ja",
        "en": "Yes",
        "ar": "نعم",
        "fa": "بله",
        "tr": "Evet",
        "uk": "Так",
        "ru": "Да",
        "ro": "Da",
        "bg": "Да",
    },
    {
        "de": "Teilweise",
        "en": "Partly",
        "ar": "جزئيًا",
        "fa": "تا حدودی",
        "tr": "Kısmen",
        "uk": "Частково",
        "ru": "Частично",
        "ro": "Parțial",
        "bg": "Отчасти",
    },
    {
        "de": "Nein",
        "en": "No",
        "ar": "لا",
        "fa": "خیر",
        "tr": "Hayır",
        "uk": "Ні",
        "ru": "Нет",
        "ro": "Nu",
        "bg": "Не",
    },
]

NOT_NEEDED = {
    "de": "Ich brauchte keine",
    "en": "I did not need any",
    "ar": "لم أكن بحاجة إليه",
    "fa": "نیازی نداشتم",
    "tr": "İhtiyacım olmadı",
    "uk": "Мені це не було потрібно",
    "ru": "Мне это не требовалось",
    "ro": "Nu am avut nevoie",
    "bg": "Нямах нужда",
}

YES_MAYBE_NO = [
    YES_PARTLY_NO[0],
    {
        "de": "Vielleicht",
        "en": "Maybe",
        "ar": "ربما",
        "fa": "شاید",
        "tr": "Belki",
        "uk": "Можливо",
        "ru": "Возможно",
        "ro": "Poate",
        "bg": "Може би",
    },
    YES_PARTLY_NO[2],
]

VERY_DISSATISFIED = {
    "de": "sehr unzufrieden",
    "en": "very dissatisfied",
    "ar": "غير راضٍ على الإطلاق",
    "fa": "اصلاً راضی نیستم",
    "tr": "hiç memnun değilim",
    "uk": "зовсім не задоволений(-а)",
    "ru": "совсем не доволен(-льна)",
    "ro": "foarte nemulțumit(ă)",
    "bg": "изобщо не съм доволен/доволна",
}
VERY_SATISFIED = {
    "de": "sehr zufrieden",
    "en": "very satisfied",
    "ar": "راضٍ جدًا",
    "fa": "خیلی راضی هستم",
    "tr": "çok memnunum",
    "uk": "дуже задоволений(-а)",
    "ru": "очень доволен(-льна)",
    "ro": "foarte mulțumit(ă)",
    "bg": "много съм доволен/доволна",
}


def _options(texts: list[dict]) -> list[dict]:
    return [{"key": f"o{index}", "text": dict(t)} for index, t in enumerate(texts, start=1)]


EVENT_QUESTIONS = [
    {
        "key": "satisfaction",
        "kind": QuestionKind.SCALE,
        "required": True,
        "text": {
            "de": "Wie zufrieden sind Sie insgesamt mit der Veranstaltung?",
            "en": "Overall, how satisfied are you with the event?",
            "ar": "ما مدى رضاك عن الفعالية بشكل عام؟",
            "fa": "به طور کلی چقدر از این رویداد راضی هستید؟",
            "tr": "Etkinlikten genel olarak ne kadar memnunsunuz?",
            "uk": "Наскільки ви загалом задоволені заходом?",
            "ru": "Насколько вы в целом довольны мероприятием?",
            "ro": "Cât de mulțumit(ă) sunteți, în general, de eveniment?",
            "bg": "Доколко сте доволни от събитието като цяло?",
        },
        "scale_low_label": VERY_DISSATISFIED,
        "scale_high_label": VERY_SATISFIED,
    },
    {
        "key": "heard",
        "kind": QuestionKind.SINGLE,
        "text": {
            "de": "Hatten Sie das Gefühl, dass Ihre Meinung gehört wurde?",
            "en": "Did you feel that your opinion was heard?",
            "ar": "هل شعرت بأن رأيك قد سُمِع؟",
            "fa": "آیا احساس کردید که نظر شما شنیده شد؟",
            "tr": "Görüşünüzün dinlendiğini hissettiniz mi?",
            "uk": "Чи відчули ви, що вашу думку почули?",
            "ru": "Было ли у вас ощущение, что ваше мнение услышали?",
            "ro": "Ați avut sentimentul că părerea dumneavoastră a fost ascultată?",
            "bg": "Имахте ли чувството, че мнението ви беше чуто?",
        },
        "options": _options(YES_PARTLY_NO),
    },
    {
        "key": "language_support",
        "kind": QuestionKind.SINGLE,
        "text": {
            "de": "War die Sprachunterstützung (Dolmetschen, Übersetzungen) ausreichend?",
            "en": "Was the language support (interpreting, translations) sufficient?",
            "ar": "هل كان الدعم اللغوي (الترجمة الفورية والترجمات) كافيًا؟",
            "fa": "آیا پشتیبانی زبانی (ترجمه شفاهی و کتبی) کافی بود؟",
            "tr": "Dil desteği (sözlü tercüme, çeviriler) yeterli miydi?",
            "uk": "Чи була мовна підтримка (усний переклад, переклади) достатньою?",
            "ru": "Была ли языковая поддержка (устный перевод, переводы) достаточной?",
            "ro": "A fost suficient sprijinul lingvistic (interpretare, traduceri)?",
            "bg": "Достатъчна ли беше езиковата подкрепа (устен превод, преводи)?",
        },
        "options": _options([*YES_PARTLY_NO, NOT_NEEDED]),
    },
    {
        "key": "come_again",
        "kind": QuestionKind.SINGLE,
        "text": {
            "de": "Würden Sie wieder an einer solchen Veranstaltung teilnehmen?",
            "en": "Would you come to an event like this again?",
            "ar": "هل ستشارك في فعالية كهذه مرة أخرى؟",
            "fa": "آیا دوباره در چنین رویدادی شرکت می‌کنید؟",
            "tr": "Böyle bir etkinliğe yeniden katılır mıydınız?",
            "uk": "Чи прийшли б ви ще раз на такий захід?",
            "ru": "Пришли бы вы ещё раз на такое мероприятие?",
            "ro": "Ați mai participa la un astfel de eveniment?",
            "bg": "Бихте ли дошли отново на такова събитие?",
        },
        "options": _options(YES_MAYBE_NO),
    },
    {
        "key": "improve",
        "kind": QuestionKind.TEXT,
        "text": {
            "de": "Was können wir beim nächsten Mal besser machen?",
            "en": "What could we do better next time?",
            "ar": "ما الذي يمكننا تحسينه في المرة القادمة؟",
            "fa": "دفعه بعد چه چیزی را می‌توانیم بهتر انجام دهیم؟",
            "tr": "Bir dahaki sefere neyi daha iyi yapabiliriz?",
            "uk": "Що ми можемо зробити краще наступного разу?",
            "ru": "Что мы можем сделать лучше в следующий раз?",
            "ro": "Ce putem face mai bine data viitoare?",
            "bg": "Какво можем да направим по-добре следващия път?",
        },
        "help_text": {
            "de": "Bitte keine Namen oder Kontaktdaten: Ihre Antwort bleibt anonym.",
            "en": "Please no names or contact details: your answer stays anonymous.",
            "ar": "يرجى عدم كتابة أسماء أو بيانات اتصال: إجابتك تبقى مجهولة الهوية.",
            "fa": "لطفاً نام یا اطلاعات تماس ننویسید: پاسخ شما ناشناس می‌ماند.",
            "tr": "Lütfen isim veya iletişim bilgisi yazmayın: yanıtınız anonim kalır.",
            "uk": "Будь ласка, без імен і контактних даних: ваша відповідь залишається анонімною.",
            "ru": "Пожалуйста, без имён и контактных данных: ваш ответ остаётся анонимным.",
            "ro": "Vă rugăm fără nume sau date de contact: răspunsul rămâne anonim.",
            "bg": "Моля, без имена и данни за контакт: отговорът ви остава анонимен.",
        },
    },
]

YEARLY_TITLE = {
    "de": "Zufriedenheitsbefragung {year}: Mitmachen in unserer Stadt",
    "en": "Satisfaction survey {year}: taking part in our town",
    "ar": "استطلاع الرضا {year}: المشاركة في مدينتنا",
    "fa": "نظرسنجی رضایت {year}: مشارکت در شهر ما",
    "tr": "Memnuniyet anketi {year}: şehrimizde katılım",
    "uk": "Опитування щодо задоволеності {year}: участь у житті нашого міста",
    "ru": "Опрос об удовлетворённости {year}: участие в жизни нашего города",
    "ro": "Sondaj de satisfacție {year}: participarea în orașul nostru",
    "bg": "Проучване на удовлетвореността {year}: участие в нашия град",
}

YEARLY_INTRO = {
    "de": "Fünf kurze Fragen, etwa drei Minuten. Die Antworten sind anonym.",
    "en": "Five short questions, about three minutes. Answers are anonymous.",
    "ar": "خمسة أسئلة قصيرة، حوالي ثلاث دقائق. الإجابات مجهولة الهوية.",
    "fa": "پنج پرسش کوتاه، حدود سه دقیقه. پاسخ‌ها ناشناس هستند.",
    "tr": "Beş kısa soru, yaklaşık üç dakika. Yanıtlar anonimdir.",
    "uk": "П'ять коротких запитань, приблизно три хвилини. Відповіді анонімні.",
    "ru": "Пять коротких вопросов, около трёх минут. Ответы анонимны.",
    "ro": "Cinci întrebări scurte, aproximativ trei minute. Răspunsurile sunt anonime.",
    "bg": "Пет кратки въпроса, около три минути. Отговорите са анонимни.",
}

YEARLY_QUESTIONS = [
    {
        "key": "satisfaction",
        "kind": QuestionKind.SCALE,
        "required": True,
        "text": {
            "de": (
                "Wie zufrieden sind Sie mit Ihren Möglichkeiten, sich in unserer Stadt "
                "einzubringen?"
            ),
            "en": "How satisfied are you with your chances to take part in our town?",
            "ar": "ما مدى رضاك عن فرصك في المشاركة في مدينتنا؟",
            "fa": "چقدر از امکان‌های خود برای مشارکت در شهر ما راضی هستید؟",
            "tr": "Şehrimizde katılım olanaklarınızdan ne kadar memnunsunuz?",
            "uk": "Наскільки ви задоволені своїми можливостями брати участь у житті нашого міста?",
            "ru": "Насколько вы довольны своими возможностями участвовать в жизни нашего города?",
            "ro": "Cât de mulțumit(ă) sunteți de posibilitățile de a vă implica în orașul nostru?",
            "bg": "Доколко сте доволни от възможностите си да участвате в живота на нашия град?",
        },
        "scale_low_label": VERY_DISSATISFIED,
        "scale_high_label": VERY_SATISFIED,
    },
    {
        "key": "heard",
        "kind": QuestionKind.SINGLE,
        "text": {
            "de": "Nimmt die Stadt die Anliegen von Menschen wie Ihnen ernst?",
            "en": "Does the town take the concerns of people like you seriously?",
            "ar": "هل تأخذ المدينة اهتمامات أشخاص مثلك على محمل الجد؟",
            "fa": "آیا شهر دغدغه‌های افرادی مثل شما را جدی می‌گیرد؟",
            "tr": "Şehir, sizin gibi insanların kaygılarını ciddiye alıyor mu?",
            "uk": "Чи ставиться місто серйозно до потреб таких людей, як ви?",
            "ru": "Относится ли город серьёзно к заботам таких людей, как вы?",
            "ro": "Ia orașul în serios preocupările oamenilor ca dumneavoastră?",
            "bg": "Приема ли градът сериозно проблемите на хора като вас?",
        },
        "options": _options(YES_PARTLY_NO),
    },
    {
        "key": "channels",
        "kind": QuestionKind.MULTIPLE,
        "text": {
            "de": "Wie erfahren Sie von Beteiligungsangeboten? (mehrere Antworten möglich)",
            "en": "How do you hear about ways to take part? (several answers possible)",
            "ar": "كيف تعرف عن فرص المشاركة؟ (يمكن اختيار أكثر من إجابة)",
            "fa": "از چه راهی از فرصت‌های مشارکت باخبر می‌شوید؟ (چند پاسخ ممکن است)",
            "tr": "Katılım olanaklarını nereden öğreniyorsunuz? (birden fazla yanıt mümkün)",
            "uk": "Як ви дізнаєтеся про можливості участі? (можна кілька відповідей)",
            "ru": "Как вы узнаёте о возможностях участия? (можно несколько ответов)",
            "ro": (
                "Cum aflați despre posibilitățile de implicare? "
                "(sunt posibile mai multe răspunsuri)"
            ),
            "bg": "Как научавате за възможностите за участие? (възможни са няколко отговора)",
        },
        "options": _options(
            [
                {
                    "de": "Website der Stadt",
                    "en": "The town's website",
                    "ar": "موقع المدينة الإلكتروني",
                    "fa": "وب‌سایت شهر",
                    "tr": "Belediyenin web sitesi",
                    "uk": "Вебсайт міста",
                    "ru": "Сайт города",
                    "ro": "Site-ul orașului",
                    "bg": "Уебсайтът на града",
                },
                {
                    "de": "Flyer oder Plakat",
                    "en": "Flyer or poster",
                    "ar": "منشور أو ملصق",
                    "fa": "بروشور یا پوستر",
                    "tr": "El ilanı veya afiş",
                    "uk": "Листівка або плакат",
                    "ru": "Листовка или плакат",
                    "ro": "Pliant sau afiș",
                    "bg": "Листовка или плакат",
                },
                {
                    "de": "Freunde oder Familie",
                    "en": "Friends or family",
                    "ar": "الأصدقاء أو العائلة",
                    "fa": "دوستان یا خانواده",
                    "tr": "Arkadaşlar veya aile",
                    "uk": "Друзі або родина",
                    "ru": "Друзья или семья",
                    "ro": "Prieteni sau familie",
                    "bg": "Приятели или семейство",
                },
                {
                    "de": "Beratungsstelle oder Sprachkurs",
                    "en": "Advice centre or language course",
                    "ar": "مركز استشارات أو دورة لغة",
                    "fa": "مرکز مشاوره یا کلاس زبان",
                    "tr": "Danışma merkezi veya dil kursu",
                    "uk": "Консультаційний центр або мовний курс",
                    "ru": "Консультационный центр или языковой курс",
                    "ro": "Centru de consiliere sau curs de limbă",
                    "bg": "Консултантски център или езиков курс",
                },
                {
                    "de": "Soziale Medien oder Messenger",
                    "en": "Social media or messenger",
                    "ar": "وسائل التواصل الاجتماعي أو تطبيقات المراسلة",
                    "fa": "شبکه‌های اجتماعی یا پیام‌رسان",
                    "tr": "Sosyal medya veya mesajlaşma uygulaması",
                    "uk": "Соцмережі або месенджер",
                    "ru": "Соцсети или мессенджер",
                    "ro": "Rețele sociale sau mesagerie",
                    "bg": "Социални мрежи или месинджър",
                },
            ]
        ),
    },
    {
        "key": "language_support",
        "kind": QuestionKind.SINGLE,
        "text": {
            "de": "Gibt es genug Informationen in Ihrer Sprache?",
            "en": "Is there enough information in your language?",
            "ar": "هل تتوفر معلومات كافية بلغتك؟",
            "fa": "آیا اطلاعات کافی به زبان شما وجود دارد؟",
            "tr": "Kendi dilinizde yeterli bilgi var mı?",
            "uk": "Чи достатньо інформації вашою мовою?",
            "ru": "Достаточно ли информации на вашем языке?",
            "ro": "Există suficiente informații în limba dumneavoastră?",
            "bg": "Има ли достатъчно информация на вашия език?",
        },
        "options": _options(YES_PARTLY_NO),
    },
    {
        "key": "improve",
        "kind": QuestionKind.TEXT,
        "text": {
            "de": "Was sollte sich ändern, damit mehr Menschen mitmachen?",
            "en": "What should change so that more people take part?",
            "ar": "ما الذي يجب أن يتغير حتى يشارك عدد أكبر من الناس؟",
            "fa": "چه چیزی باید تغییر کند تا افراد بیشتری مشارکت کنند؟",
            "tr": "Daha fazla insanın katılması için ne değişmeli?",
            "uk": "Що має змінитися, щоб більше людей брали участь?",
            "ru": "Что должно измениться, чтобы больше людей участвовало?",
            "ro": "Ce ar trebui să se schimbe pentru ca mai mulți oameni să participe?",
            "bg": "Какво трябва да се промени, за да участват повече хора?",
        },
        "help_text": EVENT_QUESTIONS[4]["help_text"],
    },
]


def build_questions(template: list[dict]) -> list[Question]:
    """Unsaved questions from a template (copies: editing them never changes the template)."""
    questions = []
    for position, spec in enumerate(template):
        questions.append(
            Question(
                sort_order=position,
                key=spec["key"],
                kind=spec["kind"],
                required=spec.get("required", False),
                text=dict(spec["text"]),
                help_text=dict(spec.get("help_text") or {}),
                options=[
                    {"key": option["key"], "text": dict(option["text"])}
                    for option in spec.get("options", [])
                ],
                scale_max=spec.get("scale_max", 5),
                scale_low_label=dict(spec.get("scale_low_label") or {}),
                scale_high_label=dict(spec.get("scale_high_label") or {}),
            )
        )
    return questions


def event_questions() -> list[Question]:
    return build_questions(EVENT_QUESTIONS)


def yearly_questions() -> list[Question]:
    return build_questions(YEARLY_QUESTIONS)


def yearly_title(year: int) -> dict:
    return {code: text.format(year=year) for code, text in YEARLY_TITLE.items()}
