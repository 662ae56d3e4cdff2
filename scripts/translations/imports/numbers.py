"""Translations for branch `numbers` (issue #15: statistics, minutes fallback, seating)."""

ORDER = ("de", "ar", "fa", "tr", "uk", "ru", "ro", "bg")

T = {
    "Please add at least one agenda item.": (
        "Bitte fügen Sie mindestens einen Tagesordnungspunkt hinzu.",
        "يرجى إضافة بند واحد على الأقل إلى جدول الأعمال.",
        "لطفاً دست‌کم یک بند دستور جلسه اضافه کنید.",
        "Lütfen en az bir gündem maddesi ekleyin.",
        "Додайте принаймні один пункт порядку денного.",
        "Добавьте хотя бы один пункт повестки дня.",
        "Vă rugăm să adăugați cel puțin un punct pe ordinea de zi.",
        "Моля, добавете поне една точка от дневния ред.",
    ),
    "Table %(number)s": (
        "Tisch %(number)s",
        "الطاولة %(number)s",
        "میز %(number)s",
        "Masa %(number)s",
        "Стіл %(number)s",
        "Стол %(number)s",
        "Masa %(number)s",
        "Маса %(number)s",
    ),
    "Total": ("Summe", "المجموع", "جمع", "Toplam", "Разом", "Итого", "Total", "Общо"),
    "Advanced": (
        "Erweitert",
        "خيارات متقدمة",
        "پیشرفته",
        "Gelişmiş",
        "Додатково",
        "Дополнительно",
        "Avansat",
        "Разширени",
    ),
    "Print this page with your browser's print function (Ctrl+P). Four route cards fit on "
    "each A4 page: cut along the dashed lines.": (
        "Drucken Sie diese Seite mit der Druckfunktion Ihres Browsers (Strg+P). Auf jede "
        "A4-Seite passen vier Laufkarten: Schneiden Sie sie an den gestrichelten Linien aus.",
        "اطبع هذه الصفحة بوظيفة الطباعة في متصفحك (Ctrl+P). تتسع كل صفحة A4 لأربع بطاقات "
        "مسار: قصّها على طول الخطوط المتقطعة.",
        "این صفحه را با گزینهٔ چاپ مرورگر خود چاپ کنید (Ctrl+P). در هر صفحهٔ A4 چهار کارت "
        "مسیر جا می‌شود: آن‌ها را از روی خط‌چین‌ها ببرید.",
        "Bu sayfayı tarayıcınızın yazdırma işleviyle yazdırın (Ctrl+P). Her A4 sayfasına dört "
        "güzergâh kartı sığar: kesikli çizgilerden kesin.",
        "Надрукуйте цю сторінку за допомогою функції друку браузера (Ctrl+P). На кожну "
        "сторінку A4 вміщується чотири картки маршруту: розріжте їх по пунктирних лініях.",
        "Распечатайте эту страницу с помощью функции печати браузера (Ctrl+P). На каждую "
        "страницу A4 помещаются четыре карточки маршрута: разрежьте их по пунктирным линиям.",
        "Tipăriți această pagină cu funcția de tipărire a browserului (Ctrl+P). Pe fiecare "
        "pagină A4 încap patru cartonașe de traseu: tăiați-le de-a lungul liniilor punctate.",
        "Отпечатайте тази страница с функцията за печат на браузъра (Ctrl+P). На всяка "
        "страница A4 се побират четири карти с маршрут: изрежете ги по пунктираните линии.",
    ),
}
