# ruff: noqa: E501 - message texts are kept whole, as gettext sees them
"""Translations of branch `look` (issue 14): header, site identity, pictograms, calendar, and
allauth's German texts in the \"Sie\" form (the other languages keep allauth's own wording)."""

ORDER = ("de", "ar", "fa", "tr", "uk", "ru", "ro", "bg")

T = {
    "You cannot remove your primary email address.": (
        "Sie können Ihre primäre E-Mail-Adresse nicht entfernen.",
        "لا يمكنك إزالة عنوان بريدك الإلكتروني الرئيسي.",
        "امکان حذف نشانه ایمیل اصلی (%(email)s) مقدور نمی باشد.",
        "Birincil e-posta adresinizi kaldıramazsınız.",
        "Ви не можете видалити свою основну адресу електронної пошти.",
        "Вы не можете удалить свой основной адрес электронной почты.",
        "Nu poți elimina adresa ta principală de e-mail.",
        "Не можете да премахнете основния си имейл адрес.",
    ),
    "Please type your current password.": (
        "Bitte geben Sie Ihr aktuelles Passwort ein.",
        "الرجاء كتابة كلمة المرور الحالية.",
        "لطفا گذرواژه کنونی\u200c\u200cات را وارد کن.",
        "Lütfen mevcut şifrenizi giriniz.",
        "Будь ласка, введіть свій поточний пароль.",
        "Пожалуйста, введите свой текущий пароль.",
        "Te rugam tasteaza parola actuala.",
        "Моля, въведете вашата текуща парола.",
    ),
    "You cannot add more than %d email addresses.": (
        "Sie können nicht mehr als %d E-Mail-Adressen hinzufügen.",
        "لا يمكنك إضافة أكثر من %d بريد إلكتروني.",
        "نمی توانید بیش از %d تعداد آدرس ایمیل اضافه کنید.",
        "%d adetten fazla e-posta adresi ekleyemezsiniz.",
        "Ви не можете додати більше ніж %d адрес електронної пошти.",
        "Вы не можете добавить более %d адресов электронной почты.",
        "Nu poti adauga mai mult de %d adrese de e-mail.",
        "Не можете да добавяте повече от %d e-mail адреса.",
    ),
    "Your primary email address must be verified.": (
        "Ihre primäre E-Mail-Adresse muss bestätigt sein.",
        "يجب توثيق عنوان بريدك الإلكتروني الرئيسي.",
        "نشانی ایمیل اصلی\u200c شما باید تایید شده باشد.",
        "Birincil e-posta adresinizin doğrulanması gerekmektedir.",
        "Ваша основна адреса електронної пошти повинна бути підтверджена.",
        "Ваш основной адрес электронной почты должен быть подтвержден.",
        "Adresa de e-mail trebuie mai intai confirmata "
        "inainte de a o seta ca adresa principala. "
        "Acceseaza link-ul din e-mailul de verificare.",
        "Основният ви e-mail адрес трябва да бъде потвърден.",
    ),
    "Username can not be used. Please use other username.": (
        "Dieser Anmeldename kann nicht verwendet werden. Bitte wählen Sie einen anderen.",
        "اسم المستخدم غير مسموح به. الرجاء اختيار اسم آخر\u202a.",
        "نام\u200cکاربری قابل استفاده نیست. لطفا از نام\u200cکاربری دیگری استفاده کنید.",
        "Bu kullanıcı adı kullanılamaz. Lütfen başka bir kullanıcı adı deneyin.",
        "Ім'я користувача не може бути використане. Будь ласка, виберіть інше ім'я користувача.",
        "Такое имя пользователя не может быть использовано, выберите другое.",
        "Numele de utilizator nu este disponibil. Te rugam alege alt nume de utilizator.",
        "Това потребителско име не може да бъде използвано. Моля, изберете друго.",
    ),
    "Please select only one.": (
        "Bitte wählen Sie nur eine aus.",
        "الرجاء اختيار واحد فقط.",
        "لطفا یکی را انتخواب کنید",
        "Lütfen sadece bir adet seçin.",
        "Будь ласка, оберіть лише одне.",
        "Пожалуйста, выберите только один вариант.",
        "Te rugăm selectează doar una.",
        "Моля изберете само една опция.",
    ),
    "Be patient, you are sending too many requests.": (
        "Bitte haben Sie etwas Geduld: Sie senden zu viele Anfragen.",
        "كن صبوراً، فأنت ترسل عدداً كبيراً جداً من الطلبات.",
        "لطفا صبور باشید، تعداد درخواست های شما بیش از حد مجاز است.",
        "Sabırlı olunuz, çok fazla istek göndermektesiniz.",
        "Будьте терплячі, ви надсилаєте забагато запитів.",
        "Пожалуйста, подождите, вы отправляете слишком много запросов.",
        "Ai răbdare, trimiți prea multe cereri.",
        "Бъдете търпеливи, изпращате твърде много трафик.",
    ),
    "You must type the same password each time.": (
        "Bitte geben Sie zweimal dasselbe Passwort ein.",
        "يجب عليك كتابة كلمة المرور نفسها في كل مرة\u202a.",
        "هربار باید گذرواژه\u200cی یکسانی را وارد کنی.",
        "Her sefer için aynı şifreyi girmelisiniz.",
        "Вам потрібно вводити один і той самий пароль кожен раз.",
        "Вы должны ввести одинаковый пароль дважды.",
        "Trebuie sa tastezi aceeași parolă de fiecare data.",
        "Трябва да въведете една и съща парола.",
    ),
    "You must type the same email each time.": (
        "Bitte geben Sie zweimal dieselbe E-Mail-Adresse ein.",
        "يجب عليك كتابة البريد الإلكتروني نفسه في كل مرة\u202a.",
        "هربار باید ایمیل یکسانی را وارد کنید.",
        "Her sefer için aynı e-posta adresini girmelisiniz.",
        "Ви повинні вводити одну й ту ж електронну пошту кожен раз.",
        "Вы должны ввести одинаковый e-mail дважды.",
        "Trebuie sa tastezi aceeasi adresa de e-mail de fiecare data.",
        "Трябва да въведете един и същ email.",
    ),
    "View your user ID": (
        "Ihre Benutzer-ID ansehen",
        "عرض معرف المستخدم الخاص بك",
        "مشاهده شناسه کاربری شما",
        "Kullanıcı ID'ni görüntüle",
        "Переглянути ваш ідентифікатор користувача",
        "Просмотреть ваш идентификатор пользователя",
        "Vizualizează-ți ID-ul de utilizator",
        "Преглед на вашия потребителски идентификатор",
    ),
    "View your email address": (
        "Ihre E-Mail-Adresse ansehen",
        "عرض عنوان بريدك الإلكتروني",
        "مشاهده آدرس ایمیل شما",
        "E-posta adresini görüntüle",
        "Переглянути свою адресу електронної пошти",
        "Просмотреть ваш адрес электронной почты",
        "Vizualizează-ți adresa de e-mail",
        "Преглед на вашия имейл адрес",
    ),
    "View your basic profile information": (
        "Ihre grundlegenden Profilangaben ansehen",
        "عرض معلومات ملفك الشخصي الأساسية",
        "مشاهده اطلاعات اولیه نمایه شما",
        "Temel profil bilgini görüntüle",
        "Переглянути базову інформацію профілю",
        "Просмотреть основную информацию вашего профиля",
        "Vizualizează-ți informațiile de bază ale profilului",
        "Преглед на основната информация за вашия профил",
    ),
    "The scope(s) the client is allowed to request. Provide one value per line, e.g.: openid(ENTER)profile(ENTER)email(ENTER)": (
        "Die "
        "Geltungsbereiche, "
        "die "
        "der "
        "Client "
        "anfordern "
        "darf. "
        "Geben "
        "Sie "
        "einen "
        "Wert "
        "pro "
        "Zeile "
        "an, "
        "z. "
        "B.: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "النطاق "
        "(النطاقات) "
        "التي "
        "يُسمح "
        "للعميل "
        "بطلبها. "
        "قم "
        "بتوفير "
        "قيمة "
        "واحدة "
        "لكل "
        "سطر، "
        "مثال: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "محدوده\u200c(های) "
        "مجاز "
        "برای "
        "درخواست "
        "کلاینت. "
        "هر "
        "مقدار "
        "را "
        "در "
        "یک "
        "خط "
        "وارد "
        "کنید، "
        "مثلا: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "İstemcinin "
        "istek "
        "atmaya "
        "izni "
        "olduğu "
        "kapsam(lar). "
        "Her "
        "satır "
        "için "
        "bir "
        "değer "
        "giriniz, "
        "örneğin: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "Область(и), "
        "яку "
        "клієнт "
        "може "
        "запитувати. "
        "Вказуйте "
        "одне "
        "значення "
        "на "
        "рядок, "
        "наприклад: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "Области "
        "(scopes), "
        "которые "
        "клиент "
        "имеет "
        "право "
        "запрашивать. "
        "Укажите "
        "одно "
        "значение "
        "на "
        "строку, "
        "например: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "Domeniul(-urile) "
        "pe "
        "care "
        "clientul "
        "are "
        "voie "
        "să "
        "le "
        "solicite. "
        "Furnizează "
        "o "
        "valoare "
        "per "
        "linie, "
        "de "
        "ex.: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "Обхват(ите), "
        "които "
        "клиентът "
        "има "
        "право "
        "да "
        "заявява. "
        "Въведете "
        "по "
        "една "
        "стойност "
        "на "
        "ред, "
        "напр.: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
    ),
    "In case the client does not specify any scope, these default scopes are used. Provide one value per line, e.g.: openid(ENTER)profile(ENTER)email(ENTER)": (
        "Falls "
        "der "
        "Client "
        "keinen "
        "Geltungsbereich "
        "angibt, "
        "gelten "
        "diese. "
        "Geben "
        "Sie "
        "einen "
        "Wert "
        "pro "
        "Zeile "
        "an, "
        "z. "
        "B.: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "في "
        "حال "
        "لم "
        "يحدد "
        "العميل "
        "أي "
        "نطاق، "
        "يتم "
        "استخدام "
        "هذه "
        "النطاقات "
        "الافتراضية. "
        "قم "
        "بتوفير "
        "قيمة "
        "واحدة "
        "لكل "
        "سطر، "
        "مثال: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "در "
        "صورتی "
        "که "
        "کلاینت "
        "هیچ "
        "محدوده\u200cای "
        "مشخص "
        "نکند، "
        "این "
        "محدوده\u200cهای "
        "پیش\u200cفرض "
        "استفاده "
        "می\u200cشوند. "
        "هر "
        "مقدار "
        "را "
        "در "
        "یک "
        "خط "
        "وارد "
        "کنید، "
        "مثلا: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "İstemcinin "
        "herhangi "
        "bir "
        "kapsam "
        "belirtmediği "
        "durumlarda "
        "bu "
        "varsayılan "
        "kapsamlar "
        "kullanılır. "
        "Her "
        "satır "
        "için "
        "bir "
        "değer "
        "giriniz, "
        "örneğin: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "Якщо "
        "клієнт "
        "не "
        "вказує "
        "жодної "
        "області "
        "дії, "
        "використовуються "
        "ці "
        "області "
        "дії "
        "за "
        "замовчуванням. "
        "Вказуйте "
        "одне "
        "значення "
        "в "
        "кожному "
        "рядку, "
        "наприклад: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "Если "
        "клиент "
        "не "
        "указал "
        "области "
        "действия, "
        "используются "
        "эти "
        "области "
        "по "
        "умолчанию. "
        "Укажите "
        "одно "
        "значение "
        "на "
        "строку, "
        "например: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "În "
        "cazul "
        "în "
        "care "
        "clientul "
        "nu "
        "specifică "
        "niciun "
        "domeniu, "
        "se "
        "folosesc "
        "aceste "
        "domenii "
        "implicite. "
        "Furnizează "
        "o "
        "valoare "
        "per "
        "linie, "
        "de "
        "ex.: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
        "В "
        "случай "
        "че "
        "клиентът "
        "не "
        "посочи "
        "обхват, "
        "се "
        "използват "
        "тези "
        "по "
        "подразбиране. "
        "Въведете "
        "по "
        "една "
        "стойност "
        "на "
        "ред, "
        "напр.: "
        "openid(ENTER)profile(ENTER)email(ENTER)",
    ),
    "A list of allowed grant types. Provide one value per line, e.g.: authorization_code(ENTER)client_credentials(ENTER)refresh_token(ENTER)": (
        "Eine "
        "Liste "
        "erlaubter "
        "Grant-Typen. "
        "Geben "
        "Sie "
        "einen "
        "Wert "
        "pro "
        "Zeile "
        "an, "
        "z. "
        "B.: "
        "authorization_code(ENTER)client_credentials(ENTER)refresh_token(ENTER)",
        "قائمة "
        "أنواع "
        "المنح "
        "المسموح "
        "بها. "
        "قم "
        "بتوفير "
        "قيمة "
        "واحدة "
        "لكل "
        "سطر، "
        "مثال: "
        "authorization_code(ENTER)client_credentials(ENTER)refresh_token(ENTER)",
        "فهرست "
        "انواع "
        "مجوزهای "
        "مجاز. "
        "هر "
        "مقدار "
        "را "
        "در "
        "یک "
        "خط "
        "وارد "
        "کنید، "
        "مثلا: "
        "authorization_code(ENTER)client_credentials(ENTER)refresh_token(ENTER)",
        "İzin "
        "verilen "
        "yetkilendirme "
        "türlerinin "
        "listesi. "
        "Her "
        "satır "
        "için "
        "bir "
        "değer "
        "giriniz, "
        "örneğin: "
        "authorization_code(ENTER)client_credentials(ENTER)refresh_token(ENTER)",
        "Список "
        "дозволених "
        "типів "
        "грантів. "
        "Вказуйте "
        "одне "
        "значення "
        "на "
        "рядок, "
        "наприклад: "
        "authorication_code(ENTER)client_credentials(ENTER)refresh_token(ENTER)",
        "Список "
        "разрешённых "
        "типов "
        "авторизации. "
        "Укажите "
        "одно "
        "значение "
        "на "
        "строку, "
        "например: "
        "authorization_code(ENTER)client_credentials(ENTER)refresh_token(ENTER)",
        "O "
        "listă "
        "de "
        "tipuri "
        "de "
        "acordare "
        "permise. "
        "Furnizează "
        "o "
        "valoare "
        "per "
        "linie, "
        "de "
        "ex.: "
        "authorization_code(ENTER)client_credentials(ENTER)refresh_token(ENTER)",
        "Списък "
        "с "
        "разрешени "
        "типове "
        "разрешения. "
        "Въведете "
        "по "
        "една "
        "стойност "
        "на "
        "ред, "
        "напр.: "
        "authorization_code(ENTER)client_credentials(ENTER)refresh_token(ENTER)",
    ),
    "A list of allowed response types. Provide one value per line, e.g.: code(ENTER)id_token token(ENTER)": (
        "Eine "
        "Liste "
        "erlaubter "
        "Antworttypen. "
        "Geben "
        "Sie "
        "einen "
        "Wert "
        "pro "
        "Zeile "
        "an, "
        "z. "
        "B.: "
        "code(ENTER)id_token "
        "token(ENTER)",
        "قائمة "
        "أنواع "
        "الاستجابات "
        "المسموح "
        "بها. "
        "قم "
        "بتوفير "
        "قيمة "
        "واحدة "
        "لكل "
        "سطر، "
        "مثال: "
        "code(ENTER)id_token "
        "token(ENTER)",
        "فهرست "
        "انواع "
        "پاسخ\u200cهای "
        "مجاز. "
        "هر "
        "مقدار "
        "را "
        "در "
        "یک "
        "خط "
        "وارد "
        "کنید، "
        "مثلا: "
        "code(ENTER)id_token "
        "token(ENTER)",
        "İzin "
        "verilen "
        "yanıt "
        "türlerinin "
        "listesi. "
        "Her "
        "satır "
        "için "
        "tek "
        "değer "
        "giriniz, "
        "örneğin: "
        "code(ENTER)id_token "
        "token(ENTER)",
        "Список "
        "дозволених "
        "типів "
        "відповідей. "
        "Вказуйте "
        "одне "
        "значення "
        "на "
        "рядок, "
        "наприклад: "
        "code(ENTER)id_token "
        "token(ENTER)",
        "Список "
        "разрешённых "
        "типов "
        "ответов. "
        "Укажите "
        "одно "
        "значение "
        "на "
        "строку, "
        "например: "
        "code(ENTER)id_token "
        "token(ENTER)",
        "O "
        "listă "
        "de "
        "tipuri "
        "de "
        "răspuns "
        "permise. "
        "Furnizează "
        "o "
        "valoare "
        "per "
        "linie, "
        "de "
        "ex.: "
        "code(ENTER)id_token "
        "token(ENTER)",
        "Списък "
        "с "
        "разрешени "
        "типове "
        "отговори. "
        "Въведете "
        "по "
        "една "
        "стойност "
        "на "
        "ред, "
        "напр.: "
        "code(ENTER)id_token "
        "token(ENTER)",
    ),
    "An account already exists with this email address. Please sign in to that account first, then connect your %s account.": (
        "Es "
        "gibt "
        "bereits "
        "ein "
        "Konto "
        "mit "
        "dieser "
        "E-Mail-Adresse. "
        "Bitte "
        "melden "
        "Sie "
        "sich "
        "zuerst "
        "mit "
        "diesem "
        "Konto "
        "an "
        "und "
        "verknüpfen "
        "Sie "
        "es "
        "dann "
        "mit "
        "Ihrem "
        "%s-Konto.",
        "يوجد "
        "حساب "
        "بالفعل "
        "مربوط "
        "مع "
        "هذا "
        "البريد "
        "الإلكتروني. "
        "يرجى "
        "الدخول "
        "إلى "
        "ذاك "
        "الحساب "
        "أولا، "
        "ثم "
        "ربط "
        "حسابك "
        "في "
        "%s.",
        "یک "
        "حساب "
        "کاربری "
        "با "
        "این "
        "آدرس "
        "ایمیل "
        "از "
        "قبل "
        "وجود "
        "دارد. "
        "لطفا "
        "ابتدا "
        "وارد "
        "آن "
        "حساب "
        "شوید، "
        "سپس "
        "حساب "
        "%s "
        "خود "
        "را "
        "به "
        "آن "
        "متصل "
        "کنید.",
        "Bu "
        "e-posta "
        "adresi "
        "ile "
        "kayıtlı "
        "bir "
        "hesap "
        "bulunmaktadır. "
        "Lütfen "
        "önce "
        "bu "
        "hesaba "
        "giriş "
        "yapıp "
        "daha "
        "sonra "
        "%s "
        "adlı "
        "hesabınızı "
        "bağlayınız.",
        "Обліковий "
        "запис "
        "вже "
        "існує "
        "з "
        "цією "
        "адресою "
        "електронної "
        "пошти. "
        "Будь "
        "ласка, "
        "спочатку "
        "увійдіть "
        "в "
        "цей "
        "обліковий "
        "запис, "
        "а "
        "потім "
        "підключіть "
        "ваш "
        "обліковий "
        "запис "
        "%s.",
        "Учетная "
        "запись "
        "с "
        "таким "
        "адресом "
        "электронной "
        "почты "
        "уже "
        "существует.Пожалуйста, "
        "сначала "
        "войдите "
        "в "
        "эту "
        "учетную "
        "запись, "
        "а "
        "затем "
        "подключите "
        "%s.",
        "Există "
        "deja "
        "un "
        "cont "
        "cu "
        "această "
        "adresă "
        "de "
        "e-mail. "
        "Te "
        "rugăm "
        "să "
        "te "
        "conectezi "
        "mai "
        "întâi "
        "la "
        "acel "
        "cont, "
        "apoi "
        "să "
        "conectezi "
        "contul "
        "tău "
        "%s.",
        "Вече "
        "съществува "
        "акаунт "
        "с "
        "този "
        "имейл "
        "адрес. "
        "Моля, "
        "първо "
        "влезте "
        "в "
        "този "
        "акаунт "
        "и "
        "тогава "
        "свържете "
        "вашия "
        "%s "
        "акаунт.",
    ),
    "Your account has no password set up.": (
        "Für Ihr Konto ist noch kein Passwort festgelegt.",
        "حسابك ليست له كلمة مرور مضبوطة.",
        "هیچ گذرواژه\u200cای برای حساب\u200cات نهاده نشده.",
        "Hesabınızda belirlenmiş herhangi bir şifre bulunmamaktadır.",
        "У вашому обліковому записі не встановлено пароль.",
        "Для вашего аккаунта не установлен пароль.",
        "Contul tau nu are o parola setata.",
        "Вашият акаунт няма парола.",
    ),
    "Your account has no verified email address.": (
        "Ihr Konto hat keine bestätigte E-Mail-Adresse.",
        "حسابك ليس لديه عنوان بريد إلكتروني موثقف.",
        "حساب\u200cات هیچ رایانامه\u200cي تایید\u200cشده\u200cای ندارد.",
        "Hesabınızın doğrulanmış e-posta adresi yok.",
        "У вашому обліковому записі не підтверджено жодної адреси електронної пошти.",
        "В вашей учетной записи нет подтвержденного адреса электронной почты.",
        "Contul tau nu are o adresa de e-mail confirmata.",
        "Вашият акаунт няма потвърден e-mail адрес.",
    ),
    "Do you really want to remove the selected email address?": (
        "Möchten Sie die ausgewählte E-Mail-Adresse wirklich entfernen?",
        "هل تريد حقا حذف عنوان البريد الإلكتروني المحدد؟",
        "واقعا می\u200cخواهی نشانی رایانامه\u200cی انتخاب\u200cشده را حذف کنی؟",
        "Seçilen e-posta adresini kaldırmak istediğinizden emin misiniz?",
        "Ви дійсно хочете видалити обрану адресу електронної пошти?",
        "Вы действительно хотите удалить выбранный адрес электронной почты?",
        "Sigur doresti sa elimini aceasta adresa de e-mail?",
        "Наистина ли искате да премахнете избрания e-mail адрес?",
    ),
    "You are receiving this email because you or someone else tried to signup for an\naccount using email address:\n\n%(email)s\n\nHowever, an account using that email address already exists.  In case you have\nforgotten about this, please use the password forgotten procedure to recover\nyour account:\n\n%(password_reset_url)s": (
        "Sie "
        "erhalten "
        "diese "
        "E-Mail, "
        "weil "
        "Sie "
        "oder "
        "jemand "
        "anderes "
        "versucht "
        "hat, "
        "ein "
        "Konto "
        "mit "
        "dieser "
        "E-Mail-Adresse "
        "anzulegen:\n"
        "\n"
        "%(email)s\n"
        "\n"
        "Es "
        "gibt "
        "jedoch "
        "bereits "
        "ein "
        "Konto "
        "mit "
        "dieser "
        "E-Mail-Adresse. "
        "Falls "
        "Sie "
        "das "
        "vergessen "
        "haben, "
        "setzen "
        "Sie "
        "Ihr "
        "Passwort "
        "über "
        "„Passwort "
        "vergessen“ "
        "zurück:\n"
        "\n"
        "%(password_reset_url)s",
        "تلقيت "
        "هذه "
        "الرسالة "
        "لأنك "
        "أو "
        "أحد "
        "آخر "
        "حاول "
        "تسجيل "
        "حساب\n"
        "باستخدام "
        "البريد "
        "الإلكتروني:\n"
        "\n"
        "%(email)s\n"
        "\n"
        "لكن "
        "حسابا "
        "مربوطا "
        "بهذا "
        "البريد "
        "موجود "
        "بالفعل. \n"
        "في "
        "حال "
        "نسيت "
        "هذا، "
        "يمكنك "
        "استخدام "
        "رابط\n"
        "إعادة "
        "ضبط "
        "كلمة "
        "المرور "
        "لاستعادة "
        "حسابك:\n"
        "\n"
        "%(password_reset_url)s",
        "شما "
        "این "
        "ایمیل "
        "را "
        "دریافت "
        "کرده\u200cاید "
        "زیرا "
        "شما "
        "یا "
        "شخص "
        "دیگری "
        "سعی "
        "کرده\u200cاید "
        "با "
        "آدرس "
        "ایمیل "
        "زیر "
        "حساب "
        "کاربری "
        "ایجاد "
        "کنید:\n"
        "\n"
        "%(email)s\n"
        "\n"
        "اما "
        "حسابی "
        "با "
        "این "
        "آدرس "
        "ایمیل "
        "از "
        "قبل "
        "وجود "
        "دارد. "
        "اگر "
        "آن "
        "را "
        "فراموش "
        "کرده\u200cاید، "
        "لطفا "
        "از "
        "روش "
        "بازیابی "
        "گذرواژه "
        "برای "
        "دسترسی "
        "مجدد "
        "به "
        "حساب "
        "خود "
        "استفاده "
        "کنید:\n"
        "\n"
        "%(password_reset_url)s",
        "Bu "
        "e-postayı, "
        "siz "
        "veya "
        "başka "
        "birisi "
        "aşağıdaki "
        "e-posta "
        "adresini "
        "kullanarak "
        "kayıt "
        "olmaya\n"
        "çalıştığı "
        "için "
        "alıyorsunuz:\n"
        "\n"
        "%(email)s\n"
        "\n"
        "Fakat, "
        "bu "
        "e-posta "
        "adresini "
        "kullanan "
        "bir "
        "hesap "
        "halihazırda "
        "mevcut "
        "durumdadır.  "
        "Eğer "
        "unuttuysanız\n"
        "hesabınızı "
        "kurtarmak "
        "için "
        "lütfen "
        "şifre "
        "yenileme "
        "işleminden\n"
        "faydalanınız:\n"
        "\n"
        "%(password_reset_url)s",
        "Ви "
        "отримали "
        "цей "
        "лист, "
        "оскільки "
        "ви "
        "або "
        "хтось "
        "інший "
        "спробував "
        "зареєструвати\n"
        "обліковий "
        "запис, "
        "використовуючи "
        "адресу "
        "електронної "
        "пошти:\n"
        "\n"
        "%(email)s\n"
        "\n"
        "Однак "
        "обліковий "
        "запис "
        "з "
        "цією "
        "адресою "
        "електронної "
        "пошти "
        "вже "
        "існує.  "
        "Якщо "
        "ви\n"
        "про "
        "це "
        "забули, "
        "скористайтеся "
        "процедурою "
        "відновлення "
        "пароля, "
        "щоб "
        "відновити\n"
        "свій "
        "обліковий "
        "запис:\n"
        "\n"
        "%(password_reset_url)s",
        "Вы "
        "получили "
        "это "
        "письмо, "
        "потому "
        "что "
        "вы "
        "или "
        "кто-то "
        "другой "
        "пытались "
        "зарегистрировать "
        "учетную "
        "запись,\n"
        "используя "
        "адрес "
        "электронной "
        "почты:\n"
        "\n"
        "%(email)s\n"
        "\n"
        "Однако "
        "учетная "
        "запись "
        "с "
        "таким "
        "адресом "
        "электронной "
        "почты "
        "уже "
        "существует.\n"
        "В "
        "случае, "
        "если "
        "вы "
        "забыли "
        "об "
        "этом, "
        "воспользуйтесь "
        "процедурой "
        '"Забыли '
        'пароль",\n'
        "чтобы "
        "восстановить "
        "свою "
        "учетную "
        "запись:\n"
        "\n"
        "%(password_reset_url)s",
        "Primești "
        "acest "
        "e-mail "
        "deoarece "
        "tu "
        "sau "
        "altcineva "
        "a "
        "încercat "
        "să "
        "înregistreze\n"
        "un "
        "cont "
        "folosind "
        "adresa "
        "de "
        "e-mail:\n"
        "\n"
        "%(email)s\n"
        "\n"
        "Totuși, "
        "un "
        "cont "
        "cu "
        "această "
        "adresă "
        "de "
        "e-mail "
        "există "
        "deja. "
        "În "
        "cazul "
        "în "
        "care "
        "ai\n"
        "uitat "
        "de "
        "acest "
        "lucru, "
        "te "
        "rugăm "
        "să "
        "folosești "
        "procedura "
        "de "
        "recuperare "
        "a "
        "parolei "
        "pentru\n"
        "a-ți "
        "recupera "
        "contul:\n"
        "\n"
        "%(password_reset_url)s",
        "Получавате "
        "този "
        "имейл, "
        "защото "
        "Вие "
        "или "
        "някой "
        "друг "
        "се "
        "опитва "
        "да "
        "влезе "
        "в \n"
        "акаунт "
        "използващ "
        "този "
        "имейл:\n"
        "\n"
        "%(email)s\n"
        "\n"
        "Въпреки "
        "това, "
        "акаунт "
        "с "
        "този "
        "имейл "
        "адрес "
        "вече "
        "съществува. "
        "Ако "
        "сте\n"
        "забравили "
        "за "
        "този "
        "акаунт, "
        "моля "
        "използвайте "
        "процедурата "
        "за "
        "възстановяване\n"
        "на "
        "паролата, "
        "за "
        "да "
        "възстановите "
        "достъпа "
        "до "
        "него:\n"
        "\n"
        "%(password_reset_url)s",
    ),
    "Thank you for using %(site_name)s!\n%(site_domain)s": (
        "Danke, dass Sie %(site_name)s nutzen!\n%(site_domain)s",
        "شكرا لاستخدامك %(site_name)s!\n%(site_domain)s",
        "سپاس\u200cگزاریم برای استفاده از %(site_name)s.\n\u200f%(site_domain)s",
        "%(site_name)s'i kullandığınız için teşekkür ederiz!\n%(site_domain)s",
        "Дякуємо за використання %(site_name)s!\n%(site_domain)s",
        "Благодарим вас за использование сайта «%(site_name)s!»\n%(site_domain)s",
        "Iti multumim ca folosesti %(site_name)s!\n%(site_domain)s",
        "Благодарим, че ползвате %(site_name)s!\n%(site_domain)s",
    ),
    "Please Confirm Your Email Address": (
        "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        "أكد عنوان البريد الإلكتروني",
        "لطفا آدرس ایمیل خود را تایید کنید",
        "Lütfen E-posta Adresinizi Onaylayın",
        "Будь Ласка, Підтвердіть Вашу Адресу Електронної Пошти",
        "Пожалуйста, подтвердите Ваш адрес электронной почты",
        "Te rugam confirma adresa de e-mail",
        "Моля, потвърдете вашия e-mail адрес",
    ),
    "Your password has been changed.": (
        "Ihr Passwort wurde geändert.",
        "تم تغيير كلمة المرور الخاصة بك.",
        "گذرواژه شما تغییر کرده است.",
        "Şifreniz değiştirildi.",
        "Ваш пароль було змінено.",
        "Ваш пароль изменён.",
        "Parola ta a fost schimbată.",
        "Паролата Ви е променена.",
    ),
    "You're receiving this email because you or someone else has requested a password reset for your user account.\nIt can be safely ignored if you did not request a password reset. Click the link below to reset your password.": (
        "Sie "
        "erhalten "
        "diese "
        "E-Mail, "
        "weil "
        "Sie "
        "oder "
        "jemand "
        "anderes "
        "das "
        "Zurücksetzen "
        "des "
        "Passworts "
        "für "
        "Ihr "
        "Konto "
        "angefordert "
        "hat.\n"
        "Wenn "
        "Sie "
        "das "
        "nicht "
        "waren, "
        "können "
        "Sie "
        "diese "
        "Nachricht "
        "einfach "
        "ignorieren. "
        "Über "
        "den "
        "folgenden "
        "Link "
        "setzen "
        "Sie "
        "Ihr "
        "Passwort "
        "zurück.",
        "تلقيت "
        "هذه "
        "الرسالة "
        "لأنك "
        "أو "
        "أحد "
        "آخر "
        "طلب "
        "إعادة "
        "ضبط "
        "كلمة "
        "مرور "
        "حسابك.\n"
        "يمكنك "
        "تجاهل "
        "الرسالة "
        "بأمان "
        "إذا "
        "لم "
        "تطلب "
        "هذا. "
        "اضغط "
        "الرابط "
        "في "
        "الأسفل "
        "لإعادة "
        "ضبط "
        "كلمة "
        "المرور.",
        "شما "
        "این "
        "ایمیل "
        "را "
        "دریافت "
        "کرده\u200cاید "
        "زیرا "
        "شما "
        "یا "
        "شخص "
        "دیگری "
        "درخواست "
        "بازنشانی "
        "گذرواژه "
        "حساب "
        "کاربری "
        "شما "
        "را "
        "داده "
        "است.\n"
        "اگر "
        "شما "
        "این "
        "درخواست "
        "را "
        "نداده\u200cاید، "
        "می\u200cتوانید "
        "با "
        "خیال "
        "راحت "
        "این "
        "ایمیل "
        "را "
        "نادیده "
        "بگیرید. "
        "برای "
        "بازنشانی "
        "گذرواژه، "
        "روی "
        "پیوند "
        "زیر "
        "کلیک "
        "کنید.",
        "Bu "
        "e-postayı, "
        "siz "
        "veya "
        "başka "
        "biri, "
        "kullanıcı "
        "hesabınız "
        "için "
        "şifre "
        "sıfırlama "
        "talebinde "
        "bulunduğu "
        "için "
        "alıyorsunuz.\n"
        "Eğer "
        "şifre "
        "sıfırlama "
        "talebinde "
        "bulunan "
        "kişi "
        "siz "
        "değilseniz "
        "bu "
        "uyarıyı "
        "görmezden "
        "gelebilirsiniz. "
        "Şifrenizi "
        "sıfırlamak "
        "için "
        "aşağıdaki "
        "bağlantıya "
        "tıklayın.",
        "Ви "
        "отримали "
        "цей "
        "лист, "
        "оскільки "
        "ви "
        "або "
        "хтось "
        "інший "
        "запросив "
        "зміну "
        "пароля "
        "для "
        "вашого "
        "облікового "
        "запису.\n"
        "Якщо "
        "ви "
        "не "
        "запитували "
        "зміну "
        "пароля, "
        "можете "
        "ігнорувати "
        "цей "
        "лист. "
        "Натисніть "
        "на "
        "посилання "
        "нижче, "
        "щоб "
        "змінити "
        "пароль.",
        "Вы "
        "получили "
        "это "
        "письмо, "
        "потому "
        "что "
        "вы "
        "или "
        "кто-то "
        "другой "
        "запросили "
        "сброс "
        "пароля "
        "для "
        "вашей "
        "учетной "
        "записи.\n"
        "Если "
        "это "
        "были "
        "не "
        "вы, "
        "просто "
        "проигнорируйте "
        "это "
        "письмо. "
        "Нажмите "
        "на "
        "ссылку "
        "ниже, "
        "чтобы "
        "сбросить "
        "пароль.",
        "Primești "
        "acest "
        "e-mail "
        "deoarece "
        "tu "
        "sau "
        "altcineva "
        "a "
        "solicitat "
        "o "
        "resetare "
        "de "
        "parolă "
        "pentru "
        "contul "
        "tău.\n"
        "Dacă "
        "nu "
        "ai "
        "solicitat "
        "resetarea "
        "parolei, "
        "poți "
        "ignora "
        "acest "
        "e-mail "
        "în "
        "siguranță. "
        "Accesează "
        "linkul "
        "de "
        "mai "
        "jos "
        "pentru "
        "a-ți "
        "reseta "
        "parola.",
        "Получавате "
        "този "
        "имейл, "
        "защото "
        "Вие "
        "или "
        "някой "
        "друг "
        "е "
        "поискал "
        "смяна "
        "на "
        "парола "
        "за "
        "Вашия "
        "потребителски "
        "акаунт.\n"
        "Можете "
        "да "
        "го "
        "пренебрегнете, "
        "ако "
        "не "
        "сте "
        "поискали "
        "възстановяване "
        "на "
        "парола. "
        "Кликнете "
        "линка "
        "по-долу "
        "за "
        "да "
        "възстановите "
        "Вашата "
        "парола.",
    ),
    "In case you forgot, your username is %(username)s.": (
        "Falls Sie ihn vergessen haben: Ihr Anmeldename ist %(username)s.",
        "في حال كنت قد نسيت، اسم المستخدم الخاص بك هو %(username)s.",
        "در صورت فراموشی، نام\u200cکاربری\u200cات %(username)s است.",
        "Kullanıcı adınızı unuttuysanız, kullanıcı adınız: %(username)s.",
        "Якщо ви забули, ваше ім'я користувача - %(username)s.",
        "Если вы вдруг забыли, ваше имя пользователя: %(username)s.",
        "In cazul in care ai uitat, numele tau de utilizator este %(username)s.",
        "В случай, че сте забравили, вашето потребителско име е %(username)s.",
    ),
    "Your email address is still pending verification.": (
        "Ihre E-Mail-Adresse ist noch nicht bestätigt.",
        "ما زال عنوان البريد الإلكتروني الخاص بك بانتظار التوثيق.",
        "آدرس ایمیل شما هنوز در انتظار تایید است.",
        "E-posta adresiniz hala onay aşamasındadır.",
        "Ваша адреса електронної пошти ще не підтверджена.",
        "Ваш адрес электронной почты ожидает подтверждения.",
        "Adresa ta de e-mail este încă în așteptarea verificării.",
        "Вашият имейл адрес все още очаква потвърждение.",
    ),
    'Please confirm that <a href="mailto:%(email)s">%(email)s</a> is an email address for user %(user_display)s.': (
        "Bitte "
        "bestätigen "
        "Sie, "
        "dass "
        "<a "
        'href="mailto:%(email)s">%(email)s</a> '
        "eine "
        "E-Mail-Adresse "
        "von "
        "%(user_display)s "
        "ist.",
        "يرجى "
        "تأكيد "
        "أن "
        "<a "
        'href="mailto:%(email)s">%(email)s</a> '
        "هو "
        "عنوان "
        "بريد "
        "إلكتروني "
        "للمستخدم "
        "%(user_display)s.",
        "لطفا "
        "تایید "
        "کنید "
        "که "
        "<a "
        'href="mailto:%(email)s">%(email)s</a> '
        "یک "
        "آدرس "
        "ایمیل "
        "برای "
        "کاربر "
        "%(user_display)s "
        "است.",
        "Lütfen "
        "<a "
        'href="mailto:%(email)s">%(email)s</a> '
        "adlı "
        "e-posta "
        "adresinin "
        "%(user_display)s "
        "kullanıcısına "
        "ait "
        "olduğunu "
        "onaylayın.",
        "Будь "
        "ласка, "
        "підтвердіть, "
        "що "
        "<a "
        'href="mailto:%(email)s">%(email)s</a> '
        "є "
        "адресоюелектронної "
        "пошти "
        "для "
        "користувача "
        "%(user_display)s.",
        "Пожалуйста, "
        "подтвердите "
        "<a "
        'href="mailto:%(email)s">%(email)s</a> '
        "для "
        "пользователя "
        "%(user_display)s.",
        "Te "
        "rugam "
        "confirma "
        "ca "
        "<a "
        'href="mailto:%(email)s">%(email)s</a> '
        "este "
        "o "
        "adresa "
        "de "
        "e-mail "
        "a "
        "utilizatorului "
        "%(user_display)s.",
        "Моля, "
        "потвърдете, "
        "че "
        "<a "
        'href="mailto:%(email)s">%(email)s</a> '
        "е "
        "имейл "
        "адрес "
        "на "
        "потребител "
        "%(user_display)s.",
    ),
    'This email confirmation link expired or is invalid. Please <a href="%(email_url)s">issue a new email confirmation request</a>.': (
        "Dieser "
        "Bestätigungslink "
        "ist "
        "abgelaufen "
        "oder "
        "ungültig. "
        "Bitte "
        "<a "
        'href="%(email_url)s">fordern '
        "Sie "
        "eine "
        "neue "
        "Bestätigungs-E-Mail "
        "an</a>.",
        "هذا "
        "الرابط "
        "لتأكيد "
        "البريد "
        "الإلكتروني "
        "نتهت "
        "فترة "
        "صلاحيته "
        "أو "
        "إنه "
        "غير "
        "صالح. "
        "يرجى "
        "<a "
        'href="%(email_url)s">طلب '
        "رابط "
        "جديد "
        "لتأكيد "
        "البريد "
        "الإلكتروني</a>.",
        "این "
        "پیوند "
        "تایید "
        "ایمیل "
        "منقضی "
        "شده "
        "یا "
        "نامعتبر "
        "است. "
        "لطفا "
        "<a "
        'href="%(email_url)s">درخواست '
        "تایید "
        "ایمیل "
        "جدید</a> "
        "ارسال "
        "کنید.",
        "Bu "
        "e-posta "
        "adresi "
        "onaylama "
        "bağlantısı "
        "sona "
        "ermiş "
        "veya "
        "geçersizdir. "
        "Lütfen "
        "<a "
        'href="%(email_url)s">yeni '
        "bir "
        "e-posta "
        "adresi "
        "doğrulama "
        "talebinde "
        "bulunun.</a>.",
        "Термін "
        "дії "
        "посилання "
        "для "
        "підтвердження "
        "електронної "
        "пошти "
        "закінчився "
        "або "
        "воно "
        "є "
        "недійсним. "
        "Будь "
        "ласка, "
        "<a "
        'href="%(email_url)s">відправте '
        "новий "
        "запит "
        "на "
        "підтвердження "
        "електронної "
        "пошти</a>.",
        "Ссылка "
        "некорректна "
        "или "
        "срок "
        "её "
        "действия "
        "истек. "
        "Пожалуйста, "
        "<a "
        'href="%(email_url)s">отправьте '
        "новый "
        "запрос "
        "на "
        "подтверждение "
        "электронной "
        "почты</a>.",
        "Link-ul "
        "de "
        "confirmare "
        "a "
        "adresei "
        "de "
        "e-mail "
        "a "
        "expirat "
        "sau "
        "este "
        "invalid. "
        "Te "
        "rugam "
        "<a "
        'href="%(email_url)s">solicita '
        "un "
        "nou "
        "link "
        "de "
        "confirmare</a>.",
        "Този "
        "линк "
        "за "
        "потвърждение "
        "на "
        "имейла "
        "е "
        "изтекъл "
        "или "
        "невалиден. "
        "Моля, "
        "<a "
        'href="%(email_url)s">подайте '
        "нова "
        "заявка "
        "за "
        "потвърждение "
        "на "
        "e-mail</a>.",
    ),
    "If you have not created an account yet, then please %(link)ssign up%(end_link)s first.": (
        "Sie haben noch kein Konto? Dann %(link)sregistrieren Sie sich%(end_link)s bitte zuerst.",
        "إذا لم يكن لديك حساب، يرجى %(link)sالتسجيل%(end_link)s أولا.",
        "اگر هنوز یه حساب نساختی، پس لطفا نخست %(link)sثبت\u200cنام%(end_link)s کن.",
        "Henüz bir hesap oluşturmadıysanız lütfen önce %(link)süye olun%(end_link)s.",
        "Якщо "
        "ви ще "
        "не "
        "створили "
        "обліковий "
        "запис, "
        "будь "
        "ласка, "
        "спочатку "
        "%(link)sзареєструйтесь%(end_link)s.",
        "Если "
        "у вас "
        "ещё "
        "нет "
        "учётной "
        "записи, "
        "пожалуйста, "
        "сначала "
        "%(link)sзарегистрируйтесь%(end_link)s.",
        "Daca nu ai un cont inca, te rugam %(link)sinregistreaza-te%(end_link)s.",
        "Ако все още не сте създали акаунт, моля, %(link)sрегистрирайте се%(end_link)s.",
    ),
    "Are you sure you want to sign out?": (
        "Möchten Sie sich wirklich abmelden?",
        "هل تريد حقا تسجيل الخروج؟",
        "مطمئنی می\u200cخواهی خارج شوی؟",
        "Çıkış yapmak istediğinize emin misiniz?",
        "Ви впевнені, що хочете вийти?",
        "Вы уверены, что хотите выйти?",
        "Esti sigur(a) ca vrei sa te deconectezi?",
        "Сигурни ли сте, че искате да излезете?",
    ),
    "You cannot remove your primary email address (%(email)s).": (
        "Sie können Ihre primäre E-Mail-Adresse (%(email)s) nicht entfernen.",
        "لا يمكنك إزالة عنوان البريد الإلكتروني الرئيسي (%(email)s).",
        "نمی\u200cتوانی نشانی رایانامه\u200cی اصلی\u200cات (%(email)s) را حذف کنی.",
        "(%(email)s) adlı birincil e-posta adresinizi kaldıramazsınız.",
        "Ви не можете видалити свою основну адресу електронної пошти (%(email)s).",
        "Вы не можете удалить свой основной адрес электронной почты (%(email)s).",
        "Nu poti elimina adresa de e-mail  "
        "(%(email)s). \n"
        "Aceasta este setata ca adresa "
        "principala de e-mail.",
        "Не можете да премахнете основния си e-mail адрес (%(email)s).",
    ),
    "You have confirmed %(email)s.": (
        "Sie haben die Adresse %(email)s bestätigt.",
        "لقد أكدت عنوان البريد الإلكتروني %(email)s.",
        "نشانی رایانامه\u200c %(email)s را تایید کرده\u200cای.",
        "%(email)s adresini onayladınız.",
        "Ви підтвердили %(email)s.",
        "Адрес %(email)s подтверждён.",
        "Ai confirmat %(email)s.",
        "Потвърдихте e-mail адрес %(email)s.",
    ),
    "You have signed out.": (
        "Sie haben sich abgemeldet.",
        "تم تسجيل خروجك.",
        "خارج شده\u200cای.",
        "Çıkış yaptınız.",
        "Ви вийшли.",
        "Вы вышли.",
        "Te-ai deconectat.",
        "Излязохте.",
    ),
    "Forgotten your password? Enter your email address below, and we'll send you an email allowing you to reset it.": (
        "Passwort "
        "vergessen? "
        "Geben "
        "Sie "
        "unten "
        "Ihre "
        "E-Mail-Adresse "
        "ein. "
        "Wir "
        "schicken "
        "Ihnen "
        "dann "
        "einen "
        "Link, "
        "mit "
        "dem "
        "Sie "
        "Ihr "
        "Passwort "
        "zurücksetzen "
        "können.",
        "هل "
        "نسيت "
        "كلمة "
        "المرور؟ "
        "أدخل "
        "عنوان "
        "البريد "
        "الإلكتروني "
        "أدناه، "
        "وسنرسل "
        "لك "
        "رسالة "
        "تتيح "
        "لك "
        "إعادة "
        "تعيينها.",
        "گذرواژه "
        "خود "
        "را "
        "فراموش "
        "کرده\u200cاید؟ "
        "آدرس "
        "ایمیل "
        "خود "
        "را "
        "در "
        "زیر "
        "وارد "
        "کنید "
        "تا "
        "ایمیلی "
        "برای "
        "بازنشانی "
        "آن "
        "برایتان "
        "ارسال "
        "کنیم.",
        "Şifrenizi "
        "mi "
        "unuttunuz? "
        "E-posta "
        "adresinizi "
        "aşağıya "
        "yazın "
        "ve "
        "size "
        "parolanızı "
        "sıfırlamanıza "
        "imkan "
        "veren "
        "bir "
        "e-posta "
        "gönderelim.",
        "Забули "
        "пароль? "
        "Введіть "
        "свою "
        "адресу "
        "електронної "
        "пошти "
        "нижче, "
        "і "
        "ми "
        "надішлемо "
        "вам "
        "листа "
        "з "
        "інструкціями "
        "для "
        "його "
        "відновлення.",
        "Забыли "
        "свой "
        "пароль? "
        "Введите "
        "Ваш "
        "адрес "
        "электронной "
        "почты "
        "ниже, "
        "и "
        "мы "
        "отправим "
        "Вам "
        "письмо, "
        "чтобы "
        "вы "
        "могли "
        "его "
        "сбросить.",
        "Ți-ai "
        "uitat "
        "parola? "
        "Introdu "
        "adresa "
        "de "
        "e-mail "
        "mai "
        "jos "
        "și "
        "îți "
        "vom "
        "trimite "
        "un "
        "e-mail "
        "care "
        "îți "
        "va "
        "permite "
        "să "
        "o "
        "resetezi.",
        "Забравили "
        "сте "
        "паролата "
        "си? "
        "Въведете "
        "вашия "
        "имейл "
        "адрес "
        "по-долу "
        "и "
        "ще "
        "ви "
        "изпратим "
        "имейл "
        "с "
        "инструкции "
        "за "
        "нулиране "
        "на "
        "паролата.",
    ),
    "Please contact us if you have any trouble resetting your password.": (
        "Bitte wenden Sie sich an uns, wenn das Zurücksetzen des Passworts nicht klappt.",
        "يرجى الاتصال بنا إذا كنت تواجه أي مشاكل في إعادة تعيين كلمة المرور.",
        "اگر مشکلی در بازنشانی گذرواژه\u200cات داری، لطفا با ما تماس بگیر.",
        "Şifrenizi sıfırlarken herhangi bir sorunla karşılaşırsanız lütfen bize ulaşın.",
        "Будь ласка, зв'яжіться з нами, якщо у вас виникли проблеми зі відновлення пароля.",
        "Свяжитесь с нами, если у вас возникли сложности со сменой пароля.",
        "Te rugam contacteaza-ne daca intampini dificultati in resetarea parolei.",
        "Моля, свържете се с нас, ако имате проблеми с възстановяването на вашата парола.",
    ),
    "We have sent you an email. If you have not received it please check your spam folder. Otherwise contact us if you do not receive it in a few minutes.": (
        "Wir "
        "haben "
        "Ihnen "
        "eine "
        "E-Mail "
        "geschickt. "
        "Wenn "
        "Sie "
        "sie "
        "nicht "
        "sehen, "
        "schauen "
        "Sie "
        "bitte "
        "in "
        "Ihren "
        "Spam-Ordner. "
        "Kommt "
        "sie "
        "auch "
        "in "
        "ein "
        "paar "
        "Minuten "
        "nicht "
        "an, "
        "wenden "
        "Sie "
        "sich "
        "bitte "
        "an "
        "uns.",
        "أرسلنا "
        "لك "
        "رسالة. "
        "إذا "
        "لم "
        "تصلك "
        "يرجى "
        "التحقق "
        "من "
        "صندوق "
        "الرسائل "
        "غير "
        "المرغوب "
        "فيها. "
        "اتصل "
        "بنا "
        "إذا "
        "لم "
        "تصل "
        "في "
        "غضون "
        "دقائق.",
        "ما "
        "یک "
        "ایمیل "
        "برای "
        "شما "
        "ارسال "
        "کرده\u200cایم. "
        "اگر "
        "آن "
        "را "
        "دریافت "
        "نکرده\u200cاید "
        "لطفا "
        "پوشه "
        "هرزنامه "
        "خود "
        "را "
        "بررسی "
        "کنید. "
        "در "
        "غیر "
        "این "
        "صورت "
        "اگر "
        "تا "
        "چند "
        "دقیقه "
        "دیگر "
        "دریافت "
        "نکردید "
        "با "
        "ما "
        "تماس "
        "بگیرید.",
        "Size "
        "bir "
        "e-posta "
        "gönderdik. "
        "E-postayı "
        "almadıysanız "
        "istenmeyen "
        "e-posta "
        "klasörünüzü "
        "kontrol "
        "ediniz. "
        "Eğer "
        "birkaç "
        "dakika "
        "içinde "
        "elinize "
        "ulaşmaz "
        "ise "
        "bizimle "
        "irtibata "
        "geçiniz.",
        "Ми "
        "відправили "
        "вам "
        "електронного "
        "листа. "
        "Якщо "
        "ви "
        "його "
        "не "
        "отримали, "
        "перевірте "
        "папку "
        "«Спам». "
        "В "
        "іншому "
        "випадку, "
        "зверніться "
        "до "
        "нас, "
        "якщо "
        "ви "
        "не "
        "отримаєте "
        "його "
        "протягом "
        "кількох "
        "хвилин.",
        "Мы "
        "отправили "
        "вам "
        "письмо. "
        "Если "
        "вы "
        "его "
        "не "
        "получили, "
        "проверьте "
        "папку "
        '"Спам". '
        "Свяжитесь "
        "с "
        "нами, "
        "если "
        "вы "
        "не "
        "получили "
        "письмо "
        "в "
        "течение "
        "нескольких "
        "минут.",
        "Ți-am "
        "trimis "
        "un "
        "e-mail. "
        "Dacă "
        "nu "
        "l-ai "
        "primit, "
        "verifică "
        "folderul "
        "de "
        "spam. "
        "Contactează-ne "
        "dacă "
        "nu "
        "îl "
        "primești "
        "în "
        "câteva "
        "minute.",
        "Изпратихме "
        "Ви "
        "имейл. "
        "Ако "
        "не "
        "сте "
        "го "
        "получили, "
        "моля, "
        "проверете "
        "папката "
        "със "
        "спам. "
        "Ако "
        "все "
        "пак "
        "не "
        "го "
        "получите "
        "в "
        "рамките "
        "на "
        "няколко "
        "минути, "
        "моля, "
        "свържете "
        "се "
        "с "
        "нас.",
    ),
    'The password reset link was invalid, possibly because it has already been used.  Please request a <a href="%(passwd_reset_url)s">new password reset</a>.': (
        "Der "
        "Link "
        "zum "
        "Zurücksetzen "
        "des "
        "Passworts "
        "ist "
        "ungültig, "
        "vielleicht "
        "wurde "
        "er "
        "schon "
        "benutzt. "
        "Bitte "
        "<a "
        'href="%(passwd_reset_url)s">fordern '
        "Sie "
        "einen "
        "neuen "
        "Link "
        "an</a>.",
        "رابط "
        "إعادة "
        "تعيين "
        "كلمة "
        "المرور "
        "غير "
        "صالح، "
        "ربما "
        "لأنه "
        "قد "
        "تم "
        "استخدامه "
        "مسبقا. "
        "يرجى "
        "طلب "
        "<a "
        'href="%(passwd_reset_url)s">رابط '
        "جديد</a>.",
        "پیوند "
        "بازنشانی "
        "گذرواژه "
        "نامعتبر "
        "است، "
        "احتمالا "
        "به "
        "این "
        "دلیل "
        "که "
        "قبلا "
        "استفاده "
        "شده "
        "است. "
        "لطفا "
        "<a "
        'href="%(passwd_reset_url)s">بازنشانی '
        "گذرواژه "
        "جدید</a> "
        "درخواست "
        "کنید.",
        "Muhtemelen "
        "daha "
        "önce "
        "kullanıldığı "
        "için "
        "şifre "
        "sıfırlama "
        "bağlantısı "
        "geçersiz. "
        "Lütfen "
        "<a "
        'href="%(passwd_reset_url)s">yeni '
        "şifre "
        "sıfırlama</a> "
        "talebinde "
        "bulunun.",
        "Посилання "
        "для "
        "відновлення "
        "пароля "
        "недійсне, "
        "можливо, "
        "воно "
        "вже "
        "було "
        "використане. "
        "Будь "
        "ласка, "
        "запросіть "
        "<a "
        'href="%(passwd_reset_url)s">нове '
        "відновлення "
        "пароля</a>.",
        "Ссылка "
        "на "
        "сброс "
        "пароля "
        "неверна, "
        "вероятно, "
        "она "
        "уже "
        "была "
        "использована. "
        "Для "
        "нового "
        "сброса "
        "пароля "
        "<a "
        'href="%(passwd_reset_url)s">перейдите '
        "по "
        "ссылке</a>.",
        "Link-ul "
        "de "
        "resetare "
        "a "
        "parolei "
        "este "
        "invalid, "
        "posibil "
        "din "
        "cauza "
        "ca "
        "a "
        "fost "
        "deja "
        "folosit. "
        "Te "
        "rugam "
        "solicita "
        "<a "
        'href="%(passwd_reset_url)s">un '
        "nou "
        "link "
        "de "
        "resetare "
        "a "
        "parolei</a>.",
        "Линкът "
        "за "
        "възстановяване "
        "на "
        "парола "
        "е "
        "невалиден, "
        "може "
        "би "
        "защото "
        "вече "
        "е "
        "бил "
        "използван. "
        "Моля, "
        "заявете "
        "<a "
        'href="%(passwd_reset_url)s">ново '
        "възстановяване "
        "на "
        "парола</a>.",
    ),
    "Your password is now changed.": (
        "Ihr Passwort wurde geändert.",
        "تم تغيير كلمة مرورك الآن.",
        "گذرواژه\u200cات اکنون تغییر کرد.",
        "Şifreniz değiştirildi.",
        "Ваш пароль було змінено.",
        "Ваш пароль изменён.",
        "Parola ta a fost schimbata cu succes.",
        "Паролата ви е сменена.",
    ),
    "Your phone number is still pending verification.": (
        "Ihre Telefonnummer ist noch nicht bestätigt.",
        "ما زال رقم الهاتف الخاص بك بانتظار التوثيق.",
        "شماره تلفن شما هنوز در انتظار تایید است.",
        "Telefon numaranız hala onay aşamasındadır.",
        "Ваш номер телефону ще не підтверджено.",
        "Ваш номер телефона по-прежнему ожидает подтверждения.",
        "Numărul tău de telefon este încă în așteptarea verificării.",
        "Вашият телефонен номер все още очаква потвърждение.",
    ),
    "Already have an account? Then please %(link)ssign in%(end_link)s.": (
        "Sie haben schon ein Konto? Dann %(link)smelden Sie sich bitte hier an%(end_link)s.",
        "لديك حساب؟ %(link)sسجل الدخول%(end_link)s.",
        "ازقبل یه حساب داری؟ پس لطفا %(link)sورود%(end_link)s کن.",
        "Zaten hesabınız var mı? O zaman lütfen %(link)sgiriş yapın%(end_link)s.",
        "Вже маєте обліковий запис? Тоді будь ласка, %(link)sувійти%(end_link)s.",
        "Уже зарегистрированы? %(link)sВойдите%(end_link)s.",
        "Ai deja un cont? Te rugam %(link)sconecteaza-te%(end_link)s.",
        "Вече имате акаунт? Тогава, моля, %(link)sвлезте%(end_link)s.",
    ),
    "You are already logged in as %(user_display)s.": (
        "Sie sind bereits als %(user_display)s angemeldet.",
        "تم تسجيل دخولك بالفعل يا %(user_display)s.",
        "شما در حال حاضر با %(user_display)s وارد شده\u200cاید.",
        "Halihazırda %(user_display)s olarak giriş yapmış durumdasınız.",
        "Ви вже увійшли як %(user_display)s.",
        "Вы уже вошли как %(user_display)s.",
        "Ești deja conectat ca %(user_display)s.",
        "вече сте влезли като %(user_display)s.",
    ),
    "You currently do not have any email address set up. You should really add an email address so you can receive notifications, reset your password, etc.": (
        "Sie "
        "haben "
        "noch "
        "keine "
        "E-Mail-Adresse "
        "angegeben. "
        "Bitte "
        "fügen "
        "Sie "
        "eine "
        "hinzu: "
        "Nur "
        "so "
        "können "
        "wir "
        "Sie "
        "benachrichtigen "
        "und "
        "Ihr "
        "Passwort "
        "zurücksetzen.",
        "ليس "
        "لديك "
        "أي "
        "بريد "
        "إلكتروني "
        "مضبوط. "
        "عليك "
        "حقا "
        "إضافة "
        "عنوان "
        "لكي "
        "تتلقى "
        "الإشعارات، "
        "وتعيد "
        "تعيين "
        "كلمة "
        "المرور، "
        "إلخ.",
        "در "
        "حال "
        "حاضر "
        "هیچ "
        "آدرس "
        "ایمیلی "
        "تنظیم "
        "نکرده\u200cاید. "
        "بهتر "
        "است "
        "یک "
        "آدرس "
        "ایمیل "
        "اضافه "
        "کنید "
        "تا "
        "بتوانید "
        "اعلان\u200cها "
        "را "
        "دریافت "
        "کنید، "
        "گذرواژه "
        "خود "
        "را "
        "بازنشانی "
        "کنید "
        "و "
        "غیره.",
        "Şu "
        "anda "
        "tanımlı "
        "hiçbir "
        "e-posta "
        "adresiniz "
        "yok. "
        "Bildirim "
        "alabilmek, "
        "şifrenizi "
        "sıfırlayabilmek "
        "ve "
        "benzeri "
        "eylemler "
        "için "
        "e-posta "
        "adresinizi "
        "mutlaka "
        "eklemelisiniz.",
        "На "
        "даний "
        "момент "
        "у "
        "вас "
        "немає "
        "встановленої "
        "жодної "
        "адреси "
        "електронної "
        "пошти. "
        "Рекомендується "
        "додати "
        "адресу "
        "електронної "
        "пошти "
        "для "
        "отримання "
        "сповіщень, "
        "відновлення "
        "паролю "
        "та "
        "інших "
        "операцій.",
        "Сейчас "
        "у "
        "вас "
        "нет "
        "прикрепленного "
        "адрес "
        "электронной "
        "почты. "
        "Рекомендуем "
        "добавить, "
        "чтобы "
        "иметь "
        "возможность "
        "получать "
        "уведомления, "
        "сбрасывать "
        "пароль "
        "и "
        "и "
        "т.д.",
        "În "
        "prezent "
        "nu "
        "ai "
        "configurată "
        "nicio "
        "adresă "
        "de "
        "e-mail. "
        "Ar "
        "trebui "
        "să "
        "adaugi "
        "o "
        "adresă "
        "de "
        "e-mail "
        "pentru "
        "a "
        "primi "
        "notificări, "
        "a-ți "
        "reseta "
        "parola, "
        "etc.",
        "В "
        "момента "
        "нямате "
        "добавен "
        "имейл "
        "адрес. "
        "Трябва "
        "да "
        "добавите "
        "имейл "
        "адрес, "
        "за "
        "да "
        "можете "
        "да "
        "получавате "
        "известия, "
        "да "
        "нулирате "
        "паролата "
        "си "
        "и "
        "др.",
    ),
    "Verify Your Email Address": (
        "Bestätigen Sie Ihre E-Mail-Adresse",
        "التحقق من البريد الإلكتروني",
        "تایید نشانی رایانامه",
        "E-posta Adresinizi Doğrulayın",
        "Підтвердіть Вашу Адресу Електронної Пошти",
        "Подтвердите Ваш адрес электронной почты",
        "Verifica-ti adresa de e-mail",
        "Потвърдете вашия e-mail адрес",
    ),
    "We have sent an email to you for verification. Follow the link provided to finalize the signup process. If you do not see the verification email in your main inbox, check your spam folder. Please contact us if you do not receive the verification email within a few minutes.": (
        "Wir "
        "haben "
        "Ihnen "
        "eine "
        "E-Mail "
        "geschickt, "
        "um "
        "Ihre "
        "Adresse "
        "zu "
        "bestätigen. "
        "Bitte "
        "folgen "
        "Sie "
        "dem "
        "Link "
        "darin, "
        "um "
        "die "
        "Registrierung "
        "abzuschließen. "
        "Wenn "
        "Sie "
        "die "
        "E-Mail "
        "nicht "
        "sehen, "
        "schauen "
        "Sie "
        "bitte "
        "in "
        "Ihren "
        "Spam-Ordner. "
        "Kommt "
        "sie "
        "auch "
        "in "
        "ein "
        "paar "
        "Minuten "
        "nicht "
        "an, "
        "wenden "
        "Sie "
        "sich "
        "bitte "
        "an "
        "uns.",
        "لقد "
        "أرسلنا "
        "لك "
        "رسالة "
        "للتوثيق. "
        "اتبع "
        "الرابط "
        "المزود "
        "لإكمال "
        "عملية "
        "التسجيل. "
        "إذا "
        "لم "
        "ترى "
        "الرسالة "
        "في "
        "صندوقك "
        "الرئيسي، "
        "تحقق "
        "من "
        "صندوق "
        "الرسائل "
        "غير "
        "المرغوب "
        "فيها. "
        "يرجى "
        "التواصل "
        "معنا "
        "إذا "
        "لم "
        "تتلقى "
        "الرسالة "
        "في "
        "غضو "
        "دقائق.",
        "ما "
        "یک "
        "ایمیل "
        "تایید "
        "برای "
        "شما "
        "ارسال "
        "کرده\u200cایم. "
        "پیوند "
        "ارائه "
        "شده "
        "را "
        "دنبال "
        "کنید "
        "تا "
        "فرایند "
        "ثبت "
        "نام "
        "تکمیل "
        "شود. "
        "اگر "
        "ایمیل "
        "تایید "
        "را "
        "در "
        "صندوق "
        "ورودی "
        "اصلی "
        "خود "
        "نمی\u200cبینید، "
        "پوشه "
        "هرزنامه "
        "خود "
        "را "
        "بررسی "
        "کنید. "
        "اگر "
        "تا "
        "چند "
        "دقیقه "
        "دیگر "
        "ایمیل "
        "تایید "
        "را "
        "دریافت "
        "نکردید "
        "لطفا "
        "با "
        "ما "
        "تماس "
        "بگیرید.",
        "Size, "
        "doğrulama "
        "amaçlı "
        "bir "
        "e-posta "
        "gönderdik. "
        "Kayıt "
        "olma "
        "aşamasını "
        "tamamlamak "
        "için "
        "bağlantıyı "
        "ziyaret "
        "ediniz. "
        "Eğer "
        "doğrulama "
        "e-postasını "
        "gelen "
        "kutunuzda "
        "göremiyorsanız "
        "istenmeyen "
        "e-posta "
        "klasörünüzü "
        "kontrol "
        "ediniz. "
        "Eğer "
        "e-posta "
        "birkaç "
        "dakika "
        "içinde "
        "tarafınıza "
        "ulaşmaz "
        "ise "
        "bizimle "
        "irtibata "
        "geçiniz.",
        "Ми "
        "відправили "
        "вам "
        "лист "
        "для "
        "підтвердження. "
        "Слідуйте "
        "по "
        "посиланню, "
        "щоб "
        "завершити "
        "процес "
        "реєстрації. "
        "Якщо "
        "ви "
        "не "
        "знайшли "
        "листа "
        "в "
        "основній "
        "скринці, "
        "перевірте "
        "папку "
        "«Спам». "
        "Будь "
        "ласка, "
        "зв'яжіться "
        "з "
        "нами, "
        "якщо "
        "ви "
        "не "
        "отримаєте "
        "листа "
        "з "
        "підтвердженням "
        "протягом "
        "кількох "
        "хвилин.",
        "Мы "
        "отправили "
        "вам "
        "письмо "
        "с "
        "подтверждением. "
        "Перейдите "
        "по "
        "указанной "
        "ссылке, "
        "чтобы "
        "завершить "
        "процесс "
        "регистрации. "
        "Если "
        "вы "
        "не "
        "видите "
        "письмо "
        "с "
        "подтверждением "
        "в "
        "вашем "
        "основном "
        "почтовом "
        "ящике, "
        "проверьте "
        "папку "
        '"Спам".Пожалуйста, '
        "свяжитесь "
        "с "
        "нами, "
        "если "
        "вы "
        "не "
        "получите "
        "письмо "
        "с "
        "подтверждением "
        "в "
        "течение "
        "нескольких "
        "минут.",
        "Ți-am "
        "trimis "
        "un "
        "e-mail "
        "pentru "
        "verificare. "
        "Accesează "
        "linkul "
        "furnizat "
        "pentru "
        "a "
        "finaliza "
        "procesul "
        "de "
        "înregistrare. "
        "Dacă "
        "nu "
        "vezi "
        "e-mailul "
        "de "
        "verificare "
        "în "
        "inbox, "
        "verifică "
        "folderul "
        "de "
        "spam. "
        "Te "
        "rugăm "
        "să "
        "ne "
        "contactezi "
        "dacă "
        "nu "
        "primești "
        "e-mailul "
        "de "
        "verificare "
        "în "
        "câteva "
        "minute.",
        "Изпратихме "
        "ви "
        "имейл "
        "за "
        "потвърждение. "
        "Следвайте "
        "връзката "
        "в "
        "него, "
        "за "
        "да "
        "финализирате "
        "процеса "
        "на "
        "регистрация. "
        "Ако "
        "не "
        "виждате "
        "имейла "
        "за "
        "потвърждение "
        "в "
        "основната "
        "си "
        "поща, "
        "проверете "
        "папката "
        "със "
        "спам. "
        "Моля, "
        "свържете "
        "се "
        "с "
        "нас, "
        "ако "
        "не "
        "получите "
        "имейла "
        "за "
        "потвърждение "
        "в "
        "рамките "
        "на "
        "няколко "
        "минути.",
    ),
    "This part of the site requires us to verify that\nyou are who you claim to be. For this purpose, we require that you\nverify ownership of your email address. ": (
        "Für "
        "diesen "
        "Teil "
        "der "
        "Website "
        "müssen "
        "wir "
        "sicher "
        "sein,\n"
        "dass "
        "Sie "
        "die "
        "Person "
        "sind, "
        "für "
        "die "
        "Sie "
        "sich "
        "ausgeben.\n"
        "Dazu "
        "bestätigen "
        "Sie "
        "bitte "
        "Ihre "
        "E-Mail-Adresse. ",
        "تتطلب هذه الصفحة توثيق هويتك.\nلهذا نطلب منك توثيق ملكية\n بريدك الإلكتروني. ",
        "این "
        "بخش "
        "از "
        "سایت "
        "نیاز "
        "دارد "
        "که "
        "هویت "
        "شما "
        "تایید "
        "شود. "
        "برای "
        "این "
        "منظور، "
        "لازم "
        "است "
        "مالکیت "
        "آدرس "
        "ایمیل "
        "خود "
        "را "
        "تایید "
        "کنید. ",
        "Sitenin "
        "bu "
        "kısmı "
        "kim "
        "olduğunuzu "
        "doğrulamanızı\n"
        "gerektirmektedir. "
        "Bu "
        "sebeple, "
        "girdiğiniz "
        "e-posta "
        "adresinize "
        "sahip\n"
        "olduğunuzu "
        "doğrulamanızı "
        "rica "
        "ediyoruz. ",
        "Ця "
        "частина "
        "сайту "
        "вимагає "
        "підтвердження "
        "того, "
        "що\n"
        "ви "
        "той, "
        "за "
        "кого "
        "себе "
        "видаєте. "
        "З "
        "цією "
        "метою "
        "ми "
        "потребуємо\n"
        "підтвердити "
        "власність "
        "вашої "
        "адреси "
        "електронної "
        "пошти. ",
        "Эта "
        "часть "
        "сайта "
        "требует "
        "от "
        "нас "
        "подтверждения "
        "того, "
        "что\n"
        "вы "
        "являетесь "
        "тем, "
        "за "
        "кого "
        "себя "
        "выдаете. "
        "Для "
        "этого "
        "нам "
        "необходимо\n"
        "подтвердить "
        "собственность "
        "вашего "
        "адреса "
        "электронной "
        "почты. ",
        "Această "
        "secțiune "
        "a "
        "site-ului "
        "necesită "
        "verificarea "
        "faptului "
        "că\n"
        "ești "
        "cine "
        "pretinzi "
        "a "
        "fi. "
        "În "
        "acest "
        "scop, "
        "îți "
        "cerem "
        "să\n"
        "verifici "
        "proprietatea "
        "asupra "
        "adresei "
        "tale "
        "de "
        "e-mail. ",
        "Тази "
        "част "
        "от "
        "сайта "
        "изисква "
        "да "
        "потвърдим, "
        "че\n"
        "Вие "
        "сте "
        "този, "
        "за "
        "когото "
        "се "
        "представяте. "
        "За "
        "тази "
        "цел "
        "е "
        "необходимо "
        "да\n"
        "потвърдите "
        "собствеността "
        "на "
        "Вашия "
        "имейл "
        "адрес. ",
    ),
    "We have sent an email to you for\nverification. Please click on the link inside that email. If you do not see the verification email in your main inbox, check your spam folder. Otherwise\ncontact us if you do not receive it within a few minutes.": (
        "Wir "
        "haben "
        "Ihnen "
        "eine "
        "E-Mail "
        "geschickt, "
        "um "
        "Ihre\n"
        "Adresse "
        "zu "
        "bestätigen. "
        "Bitte "
        "klicken "
        "Sie "
        "auf "
        "den "
        "Link\n"
        "in "
        "der "
        "E-Mail. "
        "Wenn "
        "Sie "
        "sie "
        "nicht "
        "sehen, "
        "schauen "
        "Sie "
        "bitte "
        "in "
        "Ihren "
        "Spam-Ordner. "
        "Kommt "
        "sie "
        "auch\n"
        "in "
        "ein "
        "paar "
        "Minuten "
        "nicht "
        "an, "
        "wenden "
        "Sie "
        "sich "
        "bitte "
        "an "
        "uns.",
        "أرسلنا "
        "لك "
        "رسالة "
        "للتوثيق.\n"
        "يرجى "
        "الضغط "
        "على "
        "الرابط "
        "في "
        "الرسالة. "
        "إذا "
        "لم "
        "ترى "
        "الرسالة "
        "في "
        "صندوقك "
        "الرئيسي، "
        "تحقق "
        "من "
        "صندوق "
        "الرسائل "
        "غير "
        "المرغوب "
        "فيها.\n"
        "يرجى "
        "التواصل "
        "معنا "
        "إذا "
        "لم "
        "تتلقاه "
        "في "
        "غضون "
        "دقائق.",
        "ما "
        "یک "
        "ایمیل "
        "تایید "
        "برای "
        "شما "
        "ارسال "
        "کرده\u200cایم. "
        "لطفا "
        "روی "
        "پیوند "
        "داخل "
        "آن "
        "ایمیل "
        "کلیک "
        "کنید. "
        "اگر "
        "ایمیل "
        "تایید "
        "را "
        "در "
        "صندوق "
        "ورودی "
        "اصلی "
        "خود "
        "نمی\u200cبینید، "
        "پوشه "
        "هرزنامه "
        "خود "
        "را "
        "بررسی "
        "کنید. "
        "در "
        "غیر "
        "این "
        "صورت "
        "اگر "
        "تا "
        "چند "
        "دقیقه "
        "دیگر "
        "دریافت "
        "نکردید "
        "با "
        "ما "
        "تماس "
        "بگیرید.",
        "Doğrulama "
        "için "
        "size "
        "bir "
        "e-posta "
        "gönderdik.\n"
        "Lütfen "
        "e-postadaki "
        "bağlantıyı "
        "ziyaret "
        "edin. "
        "Eğer "
        "e-postayı "
        "gelen "
        "kutunuzda "
        "göremiyorsanız "
        "istenmeyen "
        "e-posta "
        "klasörünüzü "
        "kontrol "
        "edin. "
        "Eğer "
        "birkaç "
        "dakika\n"
        "içinde "
        "bu "
        "e-postayı "
        "almazsanız "
        "bize "
        "ulaşın.",
        "Ми "
        "відправили "
        "вам "
        "лист "
        "для\n"
        "підтвердження. "
        "Будь "
        "ласка, "
        "перейдіть "
        "за "
        "посиланням "
        "у "
        "цьому "
        "листі. "
        "Якщо "
        "ви "
        "не "
        "знайшли "
        "листа "
        "з "
        "підтвердженням "
        "у "
        "головній "
        "скринці, "
        "перевірте "
        "папку "
        "«Спам». "
        "Інакше\n"
        "зв'яжіться "
        "з "
        "нами, "
        "якщо "
        "ви "
        "не "
        "отримаєте "
        "його "
        "протягом "
        "кількох "
        "хвилин.",
        "Мы "
        "отправили "
        "вам "
        "письмо\n"
        "для "
        "проверки. "
        "Пожалуйста, "
        "перейдите "
        "по "
        "ссылке. "
        "Если "
        "вы "
        "не "
        "видите "
        "письмо "
        "с "
        "подтверждением "
        "в "
        "вашем "
        "основном "
        "почтовом "
        "ящике, "
        "проверьте "
        "папку "
        '"Спам".\n'
        "В "
        "противном "
        "случае "
        "свяжитесь "
        "с "
        "нами, "
        "если "
        "вы "
        "не "
        "получите "
        "его "
        "в "
        "течение "
        "нескольких "
        "минут.",
        "Ți-am "
        "trimis "
        "un "
        "e-mail "
        "pentru\n"
        "verificare. "
        "Te "
        "rugăm "
        "să "
        "accesezi "
        "linkul "
        "din "
        "e-mail. "
        "Dacă "
        "nu "
        "vezi "
        "e-mailul "
        "de "
        "verificare "
        "în "
        "inbox, "
        "verifică "
        "folderul "
        "de "
        "spam. "
        "Altfel\n"
        "contactează-ne "
        "dacă "
        "nu "
        "îl "
        "primești "
        "în "
        "câteva "
        "minute.",
        "Изпратихме "
        "ви "
        "имейл "
        "за\n"
        "потвърждение. "
        "Моля, "
        "кликнете "
        "върху "
        "връзката "
        "в "
        "този "
        "имейл. "
        "Ако "
        "не "
        "виждате "
        "имейла "
        "за "
        "потвърждение "
        "в "
        "основната "
        "си "
        "поща, "
        "проверете "
        "папката "
        "със "
        "спам. "
        "Ако "
        "не "
        "го "
        "получите\n"
        "в "
        "рамките "
        "на "
        "няколко "
        "минути, "
        "моля, "
        "свържете "
        "се "
        "с "
        "нас.",
    ),
    '<strong>Note:</strong> you can still <a href="%(email_url)s">change your email address</a>.': (
        "<strong>Hinweis:</strong> "
        "Sie "
        "können "
        "Ihre "
        "<a "
        'href="%(email_url)s">E-Mail-Adresse '
        "noch "
        "ändern</a>.",
        "<strong>ملاحظة:</strong> "
        "ما "
        "زال "
        "بإمكانك "
        "<a "
        'href="%(email_url)s">تغيير '
        "البريد "
        "الإلكتروني</a>.",
        "<strong>توجه:</strong> "
        "هنوز "
        "می\u200cتوانید "
        "<a "
        'href="%(email_url)s">آدرس '
        "ایمیل "
        "خود "
        "را "
        "تغییر "
        "دهید</a>.",
        "<strong>Not:</strong> "
        "hala "
        "<a "
        'href="%(email_url)s">e-posta '
        "adresinizi "
        "değiştirebilirsiniz</a>.",
        "<strong>Примітка:</strong> "
        "ви "
        "все "
        "ще "
        "можете "
        "<a "
        'href="%(email_url)s">змінити '
        "свою "
        "адресу "
        "електронної "
        "пошти</a>.",
        "<strong>Заметка:</strong> "
        "вы "
        "можете "
        "<a "
        'href="%(email_url)s">изменить '
        "свой "
        "адрес "
        "электронной "
        "почты</a>.",
        "<strong>Nota:</strong> "
        "poti "
        "in "
        "continuare "
        "<a "
        'href="%(email_url)s">sa-ti '
        "schimbi "
        "adresa "
        "de "
        "e-mail</a>.",
        "<strong>Забележка:</strong> "
        "можете "
        "да "
        "<a "
        'href="%(email_url)s">смените '
        "вашия "
        "имейл "
        "адрес</a>.",
    ),
    "%(client_name)s wants to access your %(site_name)s account.": (
        "%(client_name)s möchte auf Ihr Konto bei %(site_name)s zugreifen.",
        "%(client_name)s يريد الوصول إلى حسابك في %(site_name)s.",
        "%(client_name)s می\u200cخواهد به حساب %(site_name)s شما دسترسی داشته باشد.",
        "%(client_name)s isimli istemci, %(site_name)s isimli hesabınıza erişim talep etmektedir.",
        "%(client_name)s хоче отримати доступ до вашого облікового запису %(site_name)s.",
        "%(client_name)s хочет получить доступ к вашей учётной записи %(site_name)s.",
        "%(client_name)s dorește acces la contul tău %(site_name)s.",
        "%(client_name)s иска достъп до вашия %(site_name)s акаунт.",
    ),
    "Enter the code displayed on your device.": (
        "Geben Sie den Code ein, den Ihr Gerät anzeigt.",
        "أدخل الرمز المعروض على جهازك.",
        "کدی که روی دستگاه شما نمایش داده شده را وارد کنید.",
        "Cihazınızda gözüken kodu giriniz.",
        "Введіть код, відображений на вашому пристрої.",
        "Введите код, отображаемый на вашем устройстве.",
        "Introdu codul afișat pe dispozitivul tău.",
        "Въведете кода, показан на вашето устройство.",
    ),
    "Please confirm the code shown on your %(client_name)s to authorize this device.": (
        "Bitte bestätigen Sie den Code, den %(client_name)s anzeigt, um dieses Gerät zuzulassen.",
        "يرجى تأكيد الرمز المعروض على %(client_name)s الخاص بك لتفويض هذا الجهاز.",
        "لطفا کد نمایش داده شده در %(client_name)s خود را برای مجوز دادن به این دستگاه تایید کنید.",
        "Lütfen bu "
        "cihazı "
        "yetkilendirmek "
        "için "
        "%(client_name)s "
        "isimli "
        "istemcinizde "
        "gözüken kodu "
        "onaylayınız.",
        "Будь ласка, "
        "підтвердьте "
        "код, що "
        "відображається "
        "на вашому "
        "%(client_name)s, "
        "щоб "
        "авторизувати "
        "цей "
        "пристрій.",
        "Пожалуйста, "
        "подтвердите "
        "код, "
        "показанный "
        "на вашем "
        "%(client_name)s, "
        "чтобы "
        "авторизовать "
        "это "
        "устройство.",
        "Te rugăm confirmă codul afișat pe %(client_name)s pentru a autoriza acest dispozitiv.",
        "Моля, "
        "потвърдете "
        "кода, "
        "показан на "
        "вашия "
        "%(client_name)s, "
        "за да "
        "оторизирате "
        "това "
        "устройство.",
    ),
    "You successfully authorized your %(client_name)s device.": (
        "Sie haben Ihr Gerät %(client_name)s zugelassen.",
        "لقد قمت بتفويض جهاز %(client_name)s الخاص بك بنجاح.",
        "شما با موفقیت دستگاه %(client_name)s خود را مجاز کردید.",
        "%(client_name)s isimli cihazınızı başarıyla yetkilendirdiniz.",
        "Ви успішно авторизували свій пристрій %(client_name)s.",
        "Вы успешно авторизовали ваше устройство %(client_name)s.",
        "Ai autorizat cu succes dispozitivul tău %(client_name)s.",
        "Успешно оторизирахте вашето %(client_name)s устройство.",
    ),
    "Authorization for your %(client_name)s device has been denied.": (
        "Die Zulassung Ihres Geräts %(client_name)s wurde abgelehnt.",
        "تم رفض التفويض لجهاز %(client_name)s الخاص بك.",
        "مجوز دستگاه %(client_name)s شما رد شده است.",
        "%(client_name)s isimli cihazınız için istenilen yetkilendirme reddedildi.",
        "Авторизацію для вашого пристрою %(client_name)s відхилено.",
        "Авторизация для вашего устройства %(client_name)s была отклонена.",
        "Autorizarea pentru dispozitivul tău %(client_name)s a fost refuzată.",
        "Оторизацията за вашето %(client_name)s устройство беше отказана.",
    ),
    "You are about to generate a new set of recovery codes for your account.": (
        "Sie erzeugen gleich neue Wiederherstellungscodes für Ihr Konto.",
        "أنت على وشك إنشاء مجموعة جديدة من رموز الاسترداد لحسابك.",
        "شما در حال تولید مجموعه جدیدی از کدهای بازیابی برای حساب خود هستید.",
        "Hesabınız için yeni bir kurtarma kodu dizesi oluşturmak üzeresiniz.",
        "Ви збираєтесь згенерувати новий набір кодів для відновлення вашого облікового запису.",
        "Вы собираетесь сгенерировать новый набор кодов восстановления для вашей учетной записи.",
        "Ești pe cale să generezi un nou set de coduri de recuperare pentru contul tău.",
        "На път сте да генерирате нов сет с ключове за възстановяване за Вашият акаунт.",
    ),
    "I have saved my recovery codes": (
        "Ich habe meine Wiederherstellungscodes gespeichert",
        "لقد حفظت رموز الاسترداد الخاصة بي",
        "کدهای بازیابی خود را ذخیره کرده\u200cام",
        "Kurtarma kodlarımı kaydettim",
        "Я зберіг(ла) свої коди відновлення",
        "Я сохранил(а) свои коды восстановления",
        "Am salvat codurile mele de recuperare",
        "Запазих кодовете си за възстановяване",
    ),
    "You are about to deactivate authenticator app based authentication. Are you sure?": (
        "Sie schalten gleich die Anmeldung mit einer Authenticator-App ab. Sind Sie sicher?",
        "أنت على وشك إلغاء تنشيط المصادقة المستندة إلى تطبيق المصادقة. هل أنت متأكد؟",
        "شما در حال غیرفعال کردن احراز هویت مبتنی بر برنامه احراز هویت هستید. آیا مطمئن هستید؟",
        "Kimlik "
        "doğrulama "
        "uygulaması "
        "tabanlı "
        "kimlik "
        "doğrulamayı "
        "devre dışı "
        "bırakmak "
        "üzeresiniz. "
        "Bunu "
        "yapmak "
        "istediğinizden "
        "emin "
        "misiniz?",
        "Ви збираєтесь вимкнути аутентифікацію на основі додатку для аутентифікації. Ви впевнені?",
        "Вы "
        "собираетесь "
        "отключить "
        "аутентификацию "
        "с "
        "использованием "
        "приложения "
        "Аутентификатор. "
        "Вы "
        "уверены?",
        "Ești pe "
        "cale să "
        "dezactivezi "
        "autentificarea "
        "prin "
        "aplicație "
        "de "
        "autentificare. "
        "Ești "
        "sigur(ă)?",
        "На път сте да деактивирате апликация за автентикация. Сигурни ли сте?",
    ),
    "You are about to connect a new third-party account from %(provider)s.": (
        "Sie verknüpfen gleich ein neues Konto von %(provider)s.",
        "أنت على وشك ربط حساب طرف ثالث جديد من %(provider)s.",
        "شما در حال اتصال یک حساب شخص ثالث جدید از %(provider)s هستید.",
        "%(provider)s üzerinden yeni bir üçüncü taraf hesap bağlantısı kurmak üzeresiniz.",
        "Ви збираєтеся підключити новий обліковий запис стороннього сервісу %(provider)s.",
        "Вы собираетесь подключить новый сторонний аккаунт из %(provider)s.",
        "Ești pe cale să conectezi un nou cont terț de la %(provider)s.",
        "Предстои да свържете нов акаунт на трета страна от %(provider)s.",
    ),
    "You are about to sign in using a third-party account from %(provider)s.": (
        "Sie melden sich gleich mit einem Konto von %(provider)s an.",
        "أنت على وشك تسجيل الدخول باستخدام حساب طرف ثالث من %(provider)s.",
        "شما در حال ورود با استفاده از یک حساب شخص ثالث از %(provider)s هستید.",
        "%(provider)s üzerinden üçüncü taraf bir hesap ile giriş yapmak üzeresiniz.",
        "Ви збираєтеся увійти, використовуючи обліковий запис стороннього сервісу %(provider)s.",
        "Вы собираетесь войти, используя стороннюю учетную запись из %(provider)s.",
        "Ești pe cale să te conectezi folosind un cont terț de la %(provider)s.",
        "Предстои да влезете с акаунт на %(provider)s.",
    ),
    'You decided to cancel logging in to our site using one of your existing accounts. If this was a mistake, please proceed to <a href="%(login_url)s">sign in</a>.': (
        "Sie "
        "haben "
        "die "
        "Anmeldung "
        "abgebrochen. "
        "War "
        "das "
        "ein "
        "Versehen, "
        "<a "
        'href="%(login_url)s">melden '
        "Sie "
        "sich "
        "hier "
        "an</a>.",
        "قد "
        "قررت "
        "إلغاء "
        "تسجيل "
        "الدخول "
        "إلى "
        "الموقع "
        "باستخدام "
        "أحد "
        "الحسابات "
        "الموجودة "
        "الخاصة "
        "بك. "
        "إذا "
        "كان "
        "هذا "
        "خطأ، "
        "الرجاء "
        "المتابعة "
        "إلى "
        "<a "
        'href="%(login_url)s">تسجيل '
        "الدخول</a>.",
        "ورودت "
        "به "
        "سایت\u200cمان "
        "با "
        "یکی "
        "از "
        "حساب\u200cهایت "
        "را "
        "لغو "
        "کردی. "
        "اگر "
        "اشتباهی "
        "شده، "
        "لطفا "
        "اقدام "
        "به "
        "<a "
        'href="%(login_url)s">ورود</a> '
        "کن.",
        "Mevcut "
        "hesaplarınızdan "
        "birisiyle "
        "sitemize "
        "girişinizi "
        "iptal "
        "etmeye "
        "karar "
        "verdiniz. "
        "Eğer "
        "bu "
        "yanlışlıkla "
        "olduysa, "
        "lütfen "
        "devam "
        "edin: "
        "<a "
        'href="%(login_url)s">giriş '
        "yapın</a>.",
        "Ви "
        "вирішили "
        "скасувати "
        "вхід "
        "на "
        "наш "
        "сайт, "
        "використовуючи "
        "один "
        "із "
        "ваших "
        "існуючих "
        "облікових "
        "записів. "
        "Якщо "
        "це "
        "була "
        "помилка, "
        "будь "
        "ласка, "
        "перейдіть "
        "до "
        "<a "
        'href="%(login_url)s">входу</a>.',
        "Вы "
        "прервали "
        "авторизацию, "
        "используя "
        "один "
        "из "
        "ваших "
        "аккаунтов. "
        "Если "
        "это "
        "было "
        "ошибкой, "
        "перейдите "
        "к "
        "<a "
        'href="%(login_url)s">авторизации</a>.',
        "Ai "
        "decis "
        "sa "
        "anulezi "
        "procesul "
        "de "
        "conectare "
        "la "
        "contul "
        "tau. "
        "Daca "
        "ai "
        "anulat "
        "din "
        "greseala, "
        "te "
        "rugam "
        "acceseaza "
        "link-ul "
        "<a "
        'href="%(login_url)s">conecteaza-te '
        "la "
        "contul "
        "tau</a>.",
        "Прекъснахте "
        "влизането "
        "в "
        "нашия "
        "сайт "
        "чрез "
        "ваш "
        "съществуващ "
        "акаунт. "
        "Ако "
        "това "
        "е "
        "било "
        "грешка, "
        "моля, "
        "<a "
        'href="%(login_url)s">влезте</a>.',
    ),
    "You are about to use your %(provider_name)s account to login to\n%(site_name)s. As a final step, please complete the following form:": (
        "Sie "
        "melden "
        "sich "
        "mit "
        "Ihrem "
        "%(provider_name)s-Konto "
        "bei\n"
        "%(site_name)s "
        "an. "
        "Bitte "
        "füllen "
        "Sie "
        "zum "
        "Schluss "
        "dieses "
        "Formular "
        "aus:",
        "أنت "
        "على "
        "وشك "
        "استخدام "
        "حسابك "
        "من "
        "%(provider_name)s "
        "لتسجيل "
        "الدخول "
        "إلى "
        "%(site_name)s.\n"
        "كخطوة "
        "أخيرة، "
        "يرجى "
        "ملء "
        "النموذج "
        "التالي:",
        "چند "
        "قدمی "
        "ورود "
        "به "
        "%(site_name)s "
        "با "
        "حساب\u200cات "
        "%(provider_name)s "
        "هستی. "
        "در "
        "گام "
        "آخر، "
        "لطفا "
        "فرم "
        "زیر "
        "را "
        "کامل "
        "کن:",
        "%(provider_name)s "
        "hesabınızı "
        "kullanarak "
        "%(site_name)s "
        "sitesine "
        "giriş "
        "yapmak "
        "üzeresiniz.\n"
        "Son "
        "aşama "
        "olarak "
        "lütfen "
        "formu "
        "doldurunuz:",
        "Ви "
        "збираєтеся "
        "увійти "
        "за "
        "допомогою "
        "облікового "
        "запису "
        "%(provider_name)s "
        "на\n"
        " "
        "сайт "
        "%(site_name)s. "
        "Як "
        "завершальний "
        "крок, "
        "будь "
        "ласка, "
        "заповніть "
        "наступну "
        "форму:",
        "Вы "
        "используете "
        "%(provider_name)s "
        "для "
        "авторизации "
        "на \n"
        "%(site_name)s. "
        "Чтобы "
        "завершить, "
        "заполните "
        "следующую "
        "форму:",
        "Esti "
        "pe "
        "cale "
        "de "
        "a "
        "folosi "
        "contul "
        "%(provider_name)s "
        "pentru "
        "a "
        "te "
        "conecta "
        "la\n"
        "%(site_name)s. "
        "Pentru "
        "finalizarea "
        "procesului, "
        "te "
        "rugam "
        "completeaza "
        "urmatorul "
        "formular:",
        "На "
        "път "
        "сте "
        "да "
        "използвате "
        "вашия "
        "%(provider_name)s "
        "акаунт "
        "за "
        "вход "
        "в\n"
        "%(site_name)s. "
        "Като "
        "последна "
        "стъпка, "
        "моля, "
        "попълнете "
        "следната "
        "форма:",
    ),
}

# The branch's own strings (header, site identity, pictograms, copy button).
T.update(
    {
        "Menu": ("Menü", "القائمة", "منو", "Menü", "Меню", "Меню", "Meniu", "Меню"),
        "Copy": (
            "Kopieren",
            "نسخ",
            "کپی",
            "Kopyala",
            "Копіювати",
            "Копировать",
            "Copiază",
            "Копирай",
        ),
        "Copied": (
            "Kopiert",
            "تم النسخ",
            "کپی شد",
            "Kopyalandı",
            "Скопійовано",
            "Скопировано",
            "Copiat",
            "Копирано",
        ),
        "pictogram": (
            "Piktogramm",
            "رمز مصوّر",
            "نماد تصویری",
            "piktogram",
            "піктограма",
            "пиктограмма",
            "pictogramă",
            "пиктограма",
        ),
        "Registration, documents": (
            "Anmeldung, Dokumente",
            "التسجيل، الوثائق",
            "ثبت‌نام، مدارک",
            "Kayıt, belgeler",
            "Реєстрація, документи",
            "Регистрация, документы",
            "Înregistrare, documente",
            "Регистрация, документи",
        ),
        "Language, courses": (
            "Sprache, Kurse",
            "اللغة، الدورات",
            "زبان، دوره‌ها",
            "Dil, kurslar",
            "Мова, курси",
            "Язык, курсы",
            "Limbă, cursuri",
            "Език, курсове",
        ),
        "School, childcare": (
            "Schule, Kinderbetreuung",
            "المدرسة، رعاية الأطفال",
            "مدرسه، مهدکودک",
            "Okul, çocuk bakımı",
            "Школа, догляд за дітьми",
            "Школа, присмотр за детьми",
            "Școală, îngrijirea copiilor",
            "Училище, грижа за деца",
        ),
        "Health": (
            "Gesundheit",
            "الصحة",
            "سلامت",
            "Sağlık",
            "Здоров’я",
            "Здоровье",
            "Sănătate",
            "Здраве",
        ),
        "Work, recognition": (
            "Arbeit, Anerkennung",
            "العمل، الاعتراف بالمؤهلات",
            "کار، ارزشیابی مدارک",
            "İş, denklik",
            "Робота, визнання",
            "Работа, признание",
            "Muncă, recunoaștere",
            "Работа, признаване",
        ),
        "Advice, help": (
            "Beratung, Hilfe",
            "الاستشارة، المساعدة",
            "مشاوره، کمک",
            "Danışmanlık, yardım",
            "Консультації, допомога",
            "Консультации, помощь",
            "Consiliere, ajutor",
            "Консултации, помощ",
        ),
        "Housing": ("Wohnen", "السكن", "مسکن", "Konut", "Житло", "Жильё", "Locuință", "Жилище"),
        "Money, benefits": (
            "Geld, Leistungen",
            "المال، الإعانات",
            "پول، کمک‌هزینه‌ها",
            "Para, yardımlar",
            "Гроші, виплати",
            "Деньги, пособия",
            "Bani, prestații",
            "Пари, помощи",
        ),
        "Getting around": (
            "Unterwegs",
            "التنقل",
            "رفت‌وآمد",
            "Ulaşım",
            "Транспорт",
            "Транспорт",
            "Transport",
            "Транспорт",
        ),
        "Family": (
            "Familie",
            "الأسرة",
            "خانواده",
            "Aile",
            "Сім’я",
            "Семья",
            "Familie",
            "Семейство",
        ),
        "Give a colour as # and six hex digits, e.g. #0b5c8a.": (
            "Geben Sie eine Farbe als # und sechs Hexadezimalziffern an, z. B. #0b5c8a.",
            "أدخِل اللون بالصيغة # وستة أرقام ست عشرية، مثل ‎#0b5c8a.",
            "رنگ را به صورت # و شش رقم هگزادسیمال وارد کنید، مثلاً ‎#0b5c8a.",
            "Rengi # ve altı onaltılık basamakla girin, ör. #0b5c8a.",
            "Вкажіть колір як # і шість шістнадцяткових цифр, напр. #0b5c8a.",
            "Укажите цвет как # и шесть шестнадцатеричных цифр, напр. #0b5c8a.",
            "Indicați culoarea ca # și șase cifre hexazecimale, de ex. #0b5c8a.",
            "Въведете цвета като # и шест шестнайсетични цифри, напр. #0b5c8a.",
        ),
        "name of the service": (
            "Name des Angebots",
            "اسم الخدمة",
            "نام خدمت",
            "hizmetin adı",
            "назва сервісу",
            "название сервиса",
            "numele serviciului",
            "име на услугата",
        ),
        "name of the municipality": (
            "Name der Kommune",
            "اسم البلدية",
            "نام شهرداری",
            "belediyenin adı",
            "назва громади",
            "название муниципалитета",
            "numele localității",
            "име на общината",
        ),
        "Shown beside the crest, e.g. “Stadt Ruhrbrück”.": (
            "Steht neben dem Wappen, z. B. „Stadt Ruhrbrück“.",
            "يظهر بجانب الشعار، مثل «Stadt Ruhrbrück».",
            "کنار نشان نمایش داده می‌شود، مثلاً «Stadt Ruhrbrück».",
            "Armanın yanında görünür, ör. “Stadt Ruhrbrück”.",
            "Показується поруч із гербом, напр. «Stadt Ruhrbrück».",
            "Показывается рядом с гербом, напр. «Stadt Ruhrbrück».",
            "Apare lângă stemă, de ex. „Stadt Ruhrbrück”.",
            "Показва се до герба, напр. „Stadt Ruhrbrück“.",
        ),
        "crest": ("Wappen", "الشعار", "نشان", "arma", "герб", "герб", "stemă", "герб"),
        "The coat of arms or logo in the header (SVG or PNG, upright).": (
            "Das Wappen oder Logo im Kopf der Seite (SVG oder PNG, hochkant).",
            "الشعار أو الرمز في رأس الصفحة (SVG أو PNG، عمودي).",
            "نشان یا لوگو در سربرگ صفحه (SVG یا PNG، عمودی).",
            "Sayfa başlığındaki arma veya logo (SVG veya PNG, dikey).",
            "Герб або логотип у шапці сторінки (SVG або PNG, вертикальний).",
            "Герб или логотип в шапке страницы (SVG или PNG, вертикальный).",
            "Stema sau sigla din antetul paginii (SVG sau PNG, vertical).",
            "Гербът или логото в заглавието на страницата (SVG или PNG, вертикално).",
        ),
        "main colour": (
            "Hauptfarbe",
            "اللون الرئيسي",
            "رنگ اصلی",
            "ana renk",
            "основний колір",
            "основной цвет",
            "culoarea principală",
            "основен цвят",
        ),
        "Header and buttons; white text must be readable on it (contrast 4.5:1).": (
            "Kopfzeile und Schaltflächen; weiße Schrift muss darauf lesbar sein (Kontrast 4,5:1).",
            "رأس الصفحة والأزرار؛ يجب أن يكون النص الأبيض مقروءًا عليه (تباين 4.5:1).",
            "سربرگ و دکمه‌ها؛ متن سفید باید روی آن خوانا باشد (کنتراست ۴٫۵:۱).",
            "Başlık ve düğmeler; üzerindeki beyaz yazı okunabilir olmalı (kontrast 4,5:1).",
            "Шапка і кнопки; білий текст на ньому має бути читабельним (контраст 4,5:1).",
            "Шапка и кнопки; белый текст на нём должен читаться (контраст 4,5:1).",
            "Antet și butoane; textul alb trebuie să fie lizibil pe ea (contrast 4,5:1).",
            "Заглавие и бутони; белият текст трябва да се чете върху него (контраст 4,5:1).",
        ),
        "main colour in dark mode": (
            "Hauptfarbe im dunklen Modus",
            "اللون الرئيسي في الوضع الداكن",
            "رنگ اصلی در حالت تیره",
            "karanlık modda ana renk",
            "основний колір у темному режимі",
            "основной цвет в тёмном режиме",
            "culoarea principală în modul întunecat",
            "основен цвят в тъмен режим",
        ),
        "Links and buttons on a dark background; a light shade of the main colour.": (
            "Links und Schaltflächen auf dunklem Grund; ein heller Ton der Hauptfarbe.",
            "الروابط والأزرار على خلفية داكنة؛ درجة فاتحة من اللون الرئيسي.",
            "پیوندها و دکمه‌ها روی زمینهٔ تیره؛ سایه‌ای روشن از رنگ اصلی.",
            "Koyu zemin üzerinde bağlantılar ve düğmeler; ana rengin açık bir tonu.",
            "Посилання і кнопки на темному тлі; світлий відтінок основного кольору.",
            "Ссылки и кнопки на тёмном фоне; светлый оттенок основного цвета.",
            "Linkuri și butoane pe fundal întunecat; o nuanță deschisă a culorii principale.",
            "Връзки и бутони на тъмен фон; светъл нюанс на основния цвят.",
        ),
        "colours": (
            "Farben",
            "الألوان",
            "رنگ‌ها",
            "renkler",
            "кольори",
            "цвета",
            "culori",
            "цветове",
        ),
        "name, crest and colours": (
            "Name, Wappen und Farben",
            "الاسم والشعار والألوان",
            "نام، نشان و رنگ‌ها",
            "ad, arma ve renkler",
            "назва, герб і кольори",
            "название, герб и цвета",
            "nume, stemă și culori",
            "име, герб и цветове",
        ),
    }
)

# Where allauth's own catalogue is wrong for a language (Persian has two messages swapped) or
# wraps its text differently (plain-text e-mails and notes wrap with single line breaks, which
# the catalogue check compares), the texts are fixed here.
T["You cannot remove your primary email address."] = (
    T["You cannot remove your primary email address."][:2]
    + ("نمی‌توانید نشانی ایمیل اصلی خود را حذف کنید.",)
    + T["You cannot remove your primary email address."][3:]
)
_key = "You cannot remove your primary email address (%(email)s)."
T[_key] = (
    *T[_key][:6],
    "Nu puteți elimina adresa principală de e-mail (%(email)s).",
    *T[_key][7:],
)


def _wrapped(text: str, breaks: int) -> str:
    """`text` with single line breaks added in the middle of its longest lines until it has
    `breaks` of them (a soft wrap, as in the English original)."""
    while text.count("\n") < breaks:
        lines = text.split("\n")
        longest = max(range(len(lines)), key=lambda index: len(lines[index]))
        line = lines[longest]
        middle = len(line) // 2
        spaces = [index for index, char in enumerate(line) if char == " "]
        if not spaces:
            break
        cut = min(spaces, key=lambda index: abs(index - middle))
        lines[longest] = line[:cut] + "\n" + line[cut + 1 :]
        text = "\n".join(lines)
    return text


for _msgid, _texts in list(T.items()):
    if "\n" in _msgid:
        T[_msgid] = tuple(_wrapped(text, _msgid.count("\n")) for text in _texts)

_key = next(key for key in T if key.startswith("We have sent an email to you for\nverification."))
T[_key] = (T[_key][0].replace("auch\nin ein paar", "auch in ein paar"), *T[_key][1:])
