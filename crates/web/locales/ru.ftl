# The user interface in Russian (unofficial translation). Every message of en.ftl is here.

site-name = База данных о насилии в отношении трудящихся женщин-мигрантов
site-tagline = Меры, о которых сообщили государства и международные организации
skip-to-content = Перейти к содержанию
nav-label = Главное меню
nav-measures = Меры
nav-countries = Страны
nav-cycles = Отчетные циклы
nav-vocabularies = Словари
footer-languages = Языки
footer-api = JSON API (документ OpenAPI)
footer-about = В этой базе данных отражены сведения, представленные государствами и международными организациями о принимаемых ими мерах по борьбе с насилием в отношении трудящихся женщин-мигрантов и собранные для подготовки докладов Генерального секретаря.

home-title = Меры по борьбе с насилием в отношении трудящихся женщин-мигрантов
home-intro = Законы, стратегии, услуги, кампании, профессиональная подготовка, сбор данных и сотрудничество, о которых сообщили государства, структуры Организации Объединенных Наций и МОМ, в систематизированном виде, позволяющем узнать, что и где было сделано.
home-count-measures = { $count ->
    [1] одна опубликованная мера
    [one] { $count } опубликованная мера
    [few] { $count } опубликованные меры
    [many] { $count } опубликованных мер
   *[other] { $count } опубликованной меры
}
home-count-countries = { $count ->
    [1] в одной стране или одном районе
    [one] в { $count } стране или районе
    [few] в { $count } странах и районах
    [many] в { $count } странах и районах
   *[other] в { $count } странах и районах
}
home-count-cycles = { $count ->
    [1] по данным одного отчетного цикла
    [one] по данным { $count } отчетного цикла
    [few] по данным { $count } отчетных циклов
    [many] по данным { $count } отчетных циклов
   *[other] по данным { $count } отчетного цикла
}
home-latest-cycle = Последний отчетный цикл
home-find = Поиск мер
home-find-country = Страна
home-find-button = Показать меры
home-browse-types = Просмотр по видам мер
home-any-country = Любая страна
filter-country = Страна или район
filter-region = Регион
filter-cycle = Отчетный цикл
filter-actor-kind = Тип субъекта
filter-implementation = Осуществление
filter-year-from = Год (с)
filter-year-to = Год (по)
filter-clear = Сбросить все фильтры
filters-active = Примененные фильтры
filter-remove = Удалить фильтр: { $label }
sort-label = Сортировать по:
sort-by-country = стране
sort-by-year = году
pagination-label = Страницы
pagination-previous = Предыдущая страница
pagination-next = Следующая страница
pagination-page = Страница { $number }
pagination-status = Страница { $current } из { $pages }

actor-kind-member-state = Государство-член
actor-kind-observer-state = Государство-наблюдатель
actor-kind-un-entity = Структура Организации Объединенных Наций
actor-kind-intergovernmental-organization = Межправительственная организация
actor-kind-other = Прочие
implementation-in-place = Действует
implementation-in-preparation = В стадии подготовки

measure-in-preparation = В стадии подготовки
measure-actor = Кем сообщено
measure-cycle = Отчетный цикл
measure-effectiveness = Данные об эффективности
measure-effectiveness-unknown = Данных об эффективности не сообщалось.
measure-classification = Классификация
measure-source = Источник
measure-other-languages = Другие языковые версии
measure-text-language-note = Этот текст отсутствует на языке страницы; он приводится на том языке, на котором о мере было сообщено.
measure-id = Идентификатор
measure-updated = Последнее обновление
measure-period = Период
measure-period-not-stated = В источнике не указан
measure-reported-in = Сообщено в документе { $report } ({ $year } год)
footer-about-link = Об этой базе данных: источники и порядок цитирования
data-as-at = Данные по состоянию на { $date }
about-sources-and-citation = Источники и цитирование
about-title = Об этой базе данных
about-default = В этой базе данных отражены меры, принимаемые государствами для борьбы с насилием в отношении трудящихся женщин-мигрантов (законы, политика, услуги, кампании, подготовка кадров, сбор данных и сотрудничество), в том виде, в каком о них сообщают правительства, подразделения Организации Объединенных Наций и другие организации для докладов Генерального секретаря о насилии в отношении трудящихся женщин-мигрантов. В ней также отражено состояние договоров, на которые ссылаются эти доклады, и публикуются статистические данные о таком насилии в форме, обеспечивающей защиту каждой пострадавшей.
about-data-as-at = Данные по состоянию на
about-count-measures = Опубликованные меры
about-count-countries = Страны и районы, по которым есть меры
about-sources = Источники
about-sources-cycles = Сведения о мерах взяты из ответов на запросы Генерального секретаря о представлении информации, по одному циклу представления докладов на каждый доклад.
about-cycles-caption = Охваченные циклы представления докладов
about-cycle-report = Доклад
about-cycle-title = Название
about-cycle-as-at = Информация по состоянию на
about-sources-treaties = Сведения о состоянии договоров взяты из таблиц, публикуемых депозитариями; на странице каждого документа указано, до какой даты сведения о нем полны, и приведены их источники.
about-sources-statistics = Статистические данные о насилии взяты из наборов данных, загружаемых поставщиками статистики; в каждой таблице указаны учтенные в ней наборы данных, а малые значения скрываются, чтобы ни одну пострадавшую нельзя было установить.
about-cite = Порядок цитирования
about-cite-note = Указывайте адрес использованной страницы и дату обращения к ней: данные меняются по мере опубликования новых ответов.
about-cite-measure = Мера
about-cite-table = Статистическая таблица
about-cite-table-example = Случаи насилия в отношении трудящихся женщин-мигрантов в разбивке по формам насилия
about-cite-api = Данные в целом
about-cite-api-note = Любой перечень можно загрузить (CSV, XLSX, JSON) и получить через открытый программный интерфейс, описание которого находится по адресу
about-contact = Контактная информация
measure-cite = Как цитировать эту меру
citation-measure = { $source }, «{ $title }», мера { $id }. Размещено по адресу { $address } (дата обращения: { $date }).
citation-measure-with-report = { $source }, «{ $title }», мера { $id }, о которой сообщено в документе { $report }. Размещено по адресу { $address } (дата обращения: { $date }).
citation-table = { $source }, «{ $title }». Размещено по адресу { $address } (дата обращения: { $date }).
citation-source = { $publisher }, { $site }
measure-json = Эта мера в формате JSON
measure-details = Подробные сведения

countries-title = Страны и районы
countries-intro = Опубликованные меры имеются по { $with_measures } из { $in_all } стран и районов, включенных в стандарт M49 Организации Объединенных Наций. В перечне приводятся только они; чтобы увидеть все страны и районы, отметьте поле ниже.
countries-map-title = Опубликованные меры в разбивке по странам и районам
countries-map-value-label = мер
countries-map-no-measure = нет опубликованных мер
countries-map-description = На карте { $count } стран и районов, по которым опубликованы меры, окрашены в зависимости от числа мер; точные числа приведены в перечне ниже.
countries-filter-name = Название
countries-filter-region = Регион
countries-any-region = Все регионы
countries-filter-all = Включить страны и районы, по которым нет опубликованных мер
countries-filter-apply = Показать
countries-filter-clear = Сбросить
countries-letters = Перейти к букве
countries-column-region = Регион
countries-none = Соответствующих стран и районов нет. Чтобы увидеть больше, сбросьте фильтры.
countries-shown = { $count ->
    [one] { $count } страна или район
    [few] { $count } страны и района
    [many] { $count } стран и районов
   *[other] { $count } страны и района
}
countries-column-name = Название
countries-column-status = Статус в Организации Объединенных Наций
countries-column-measures = Меры
country-status-member = Государство-член
country-status-observer = Государство-наблюдатель
country-status-other = Район

page-contents = На этой странице
country-formal-name = Официальное название
country-codes = Коды
country-regions = Регионы
country-status = Статус
country-names = Названия на официальных языках
country-former-names = Прежние названия
country-former-until = до { $date }
country-measures = { $count ->
    [0] Опубликованных мер нет
    [1] Одна опубликованная мера
    [one] { $count } опубликованная мера
    [few] { $count } опубликованные меры
    [many] { $count } опубликованных мер
   *[other] { $count } опубликованной меры
}
country-no-measures = Ни одна мера этой страны пока не опубликована.
country-all-measures = Все меры этой страны с фильтрами
country-measures-of-type = Все меры этого вида

cycles-title = Отчетные циклы
cycles-replies = { $count ->
    [0] ответов нет
    [1] один ответ
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}
cycles-as-at = по состоянию на { $date }
cycles-none = Отчетные циклы пока не зарегистрированы.

cycle-mandate = Мандат
cycle-symbol = Доклад
cycle-previous-report = Предыдущий доклад
cycle-requested-on = Запрос направлен
cycle-deadline = Срок представления
cycle-published-on = Доклад выпущен
cycle-responded = { $n ->
    [0] По состоянию на { $date } ни одно государство-член не представило ответа.
    [1] По состоянию на { $date } ответ представило одно государство-член.
    [one] По состоянию на { $date } ответ представило { $count } государство-член.
    [few] По состоянию на { $date } ответы представили { $count } государства-члена.
    [many] По состоянию на { $date } ответы представили { $count } государств-членов.
   *[other] По состоянию на { $date } ответы представили { $count } государства-члена.
}
cycle-as-at-label = Подсчитать ответы по состоянию на
cycle-as-at-button = Подсчитать
cycle-member-states = Государства-члены, представившие ответы
cycle-organizations = Структуры Организации Объединенных Наций и другие организации, представившие ответы
cycle-received = получен { $date }
cycle-late = после истечения срока
cycle-after-as-at = после даты подсчета
cycle-no-replies = Нет.
cycle-measures-link = Меры, о которых было сообщено в этом цикле

vocabulary-others = Словари
vocabulary-intro = Каждый термин служит ссылкой на меры, отнесенные к нему или к более узкому термину.

error-no-such-page = По этому адресу страницы нет.
error-no-such-measure = По этому адресу нет опубликованной меры.
error-no-such-country = Страны или района с таким кодом нет.
error-no-such-cycle = Отчетного цикла с таким кодом нет.
error-no-such-vocabulary = Словаря с таким кодом нет.
error-back-home = Перейти на главную страницу

nav-instruments = Договоры
instruments-title = Международные документы
instruments-intro = Конвенции и протоколы, обеспечивающие защиту трудящихся женщин-мигрантов, и число государств, ставших их участниками на выбранную вами дату. Эти цифры точны только там, где сведения полные; в остальных случаях фактическое число не меньше указанного.
instruments-caption = Участники по состоянию на { $date }
instruments-column-title = Документ
instruments-column-adopted = Дата принятия
instruments-column-parties = Участники
instruments-column-record = Сведения
instruments-at-least = не менее { $count }
instrument-abbreviation = Сокращение
instrument-parent = Дополняет
instrument-depositary = Депозитарий
instrument-adopted = Дата принятия
instrument-entry-into-force = Вступление в силу
instrument-record = Сведения
instrument-party-count = { $count ->
    [0] По состоянию на { $date } ни одно государство не стало участником.
    [1] По состоянию на { $date } участником стало одно государство.
    [one] По состоянию на { $date } участником стало { $count } государство.
    [few] По состоянию на { $date } участниками стали { $count } государства.
    [many] По состоянию на { $date } участниками стали { $count } государств.
   *[other] По состоянию на { $date } участниками стали { $count } государства.
}
instrument-party-count-partial = По состоянию на { $date } участниками стали не менее { $count ->
    [one] { $count } государства
    [few] { $count } государств
    [many] { $count } государств
   *[other] { $count } государства
} (сведения на эту дату неполные).
instrument-chart-alt = Ступенчатый график изменения во времени числа государств — участников документа «{ $title }»
instrument-downloads = Загрузки
instrument-download-status-csv = Статус документа в формате Собрания договоров Организации Объединенных Наций (CSV)
instrument-download-status-xlsx = Статус документа в формате Собрания договоров Организации Объединенных Наций (XLSX)
instrument-parties = Участники по состоянию на { $date }
instrument-no-parties = На эту дату ни одно государство не значится участником.
instrument-signatories = Государства, подписавшие документ, но не являющиеся его участниками на эту дату
instrument-column-action = Действие
instrument-column-date = Дата
instrument-column-signed = Дата подписания
treaty-as-at-label = Статус по состоянию на
treaty-as-at-button = Показать
treaty-party-since = Участник с { $date } ({ $action })
treaty-denounced = Денонсация с вступлением в силу { $date }
treaty-signatory = Подписание: { $date }; не является участником
treaty-not-party = Не является участником
treaty-no-record = Действия не зарегистрированы (сведения по этому документу неполные)
treaty-data-complete = Полные: зарегистрированы действия всех государств.
treaty-data-complete-until = Полные до { $date }; более поздние действия зарегистрированы только для некоторых государств.
treaty-data-partial = Частичные: зарегистрированы действия лишь некоторых государств.
treaty-action-signature = подписание
treaty-action-ratification = ратификация
treaty-action-accession = присоединение
treaty-action-acceptance = принятие
treaty-action-approval = утверждение
treaty-action-succession = правопреемство
treaty-action-definitive-signature = окончательное подписание
treaty-action-denunciation = денонсация
country-treaties = Статус в отношении договоров по состоянию на { $date }
error-no-such-instrument = Документа с таким кодом нет.

cycle-report-link = Доклад, составленный на основе данных на сегодняшний день
report-back-to-cycle = Назад к отчетному циклу
report-intro = Этот доклад составлен на основе стандартного шаблона и опубликованных данных: все цифры, даты и перечни государств рассчитываются в соответствии с редакционными правилами Организации Объединенных Наций на основе сведений, имеющихся в базе данных на сегодняшний день.
report-download-docx = Документ Word
report-download-pdf = PDF
report-download-markdown = Markdown
report-footnotes = Сноски
report-back-to-text = Назад к тексту

## Поиск
search-title = Поиск мер
search-label = Поиск на любом из языков Организации Объединенных Наций
search-hint = Слова на любом из шести языков; «слова в кавычках» — для поиска фразы; OR — между альтернативными вариантами; -слово — чтобы исключить слово.
search-button = Найти
search-count = { $count ->
    [0] Мер не найдено
    [1] Найдена одна мера
    [one] Найдена { $count } мера
    [few] Найдены { $count } меры
    [many] Найдено { $count } мер
   *[other] Найдено { $count } меры
}
search-none = Совпадений нет. Проверьте правописание, сократите число слов или удалите фильтр.
search-named-terms = Показаны также меры, отнесенные к терминам:
search-more = { $count ->
    [1] Еще одна
    [one] Еще { $count }
    [few] Еще { $count }
    [many] Еще { $count }
   *[other] Еще { $count }
}
search-past-the-end = Страницы { $page } нет: результаты заканчиваются на странице { $last }.
search-last-page = Перейти на последнюю страницу
search-api-link = Эти результаты и подсчеты в формате JSON
search-years = Годы
search-years-apply = Применить диапазон лет
search-facets-heading = Уточнить
search-filters-jump = { $count ->
    [0] Уточнить результаты
   *[other] Уточнить результаты (выбрано: { $count })
}
search-within-country = Поиск среди мер этой страны
sort-by-relevance = релевантности
term-other-names = Другие варианты для поиска
term-narrower = Более узкие термины
term-measures = { $count ->
    [0] Ни одна опубликованная мера не отнесена к этому термину
    [1] Одна мера
    [one] { $count } мера
    [few] { $count } меры
    [many] { $count } мер
   *[other] { $count } меры
}
term-search-all = Поиск и фильтрация по всем мерам ({ $count })
error-no-such-term = Такого термина нет.

nav-sign-in = Вход
nav-sign-out = Выход
nav-accounts = Учетные записи

sign-in-title = Вход
sign-in-intro = Редакторы, национальные координаторы и поставщики данных входят в систему для ввода и рассмотрения мер. Все опубликованные материалы доступны для чтения без входа в систему.
sign-in-username = Имя пользователя
sign-in-password = Пароль
sign-in-submit = Войти
sign-in-forgotten = Забыли пароль? Попросите администратора базы данных сбросить его.

account-title = Ваша учетная запись
account-name = Имя
account-role = Роль
account-change-password = Изменить пароль
account-current-password = Текущий пароль
account-new-password = Новый пароль
account-new-password-again = Повторите новый пароль
account-password-rule = Не менее 12 символов. Хороший пароль — несколько не связанных между собой слов.
account-password-changed = Ваш пароль изменен. Во всех других браузерах, в которых был выполнен вход в эту учетную запись, выполнен выход.

admin-accounts-title = Учетные записи
admin-accounts-count = { $count ->
    [1] Одна учетная запись
    [one] { $count } учетная запись
    [few] { $count } учетные записи
    [many] { $count } учетных записей
   *[other] { $count } учетной записи
}
admin-accounts-state = Статус
admin-accounts-since = Дата создания
admin-accounts-actions = Действия
admin-accounts-reset = Сбросить пароль
admin-accounts-disable = Отключить
admin-accounts-new = Новая учетная запись
admin-accounts-country = Государство или район
admin-accounts-no-country = Нет (секретариат)
admin-accounts-country-rule = Координаторы и поставщики данных действуют от имени одного государства; администраторы и редакторы не связаны ни с одним государством.
admin-accounts-create = Создать учетную запись
admin-password-title = Новый пароль
admin-password-created = Учетная запись { $username } создана со следующим паролем:
admin-password-reset = Пароль учетной записи { $username } сброшен; новый пароль:
admin-password-once = Передайте его владельцу учетной записи иным каналом, чем имя пользователя. Он показывается только один раз, и владельцу следует изменить его после входа в систему.

admin-audit-title = Журнал аудита
admin-audit-sign-ins = Попытки входа
admin-audit-writes = Операции записи
admin-audit-when = Время (UTC)
admin-audit-outcome = Результат
admin-audit-address = Адрес
admin-audit-who = Кто
admin-audit-record = Запись
admin-audit-action = Действие

workflow-title = Процесс обработки
workflow-state = Статус:
workflow-version = версия { $version }
workflow-history = История
workflow-last-comment = Последний комментарий:
workflow-comment = Причина (видна координатору)
state-draft = черновик
state-submitted = представлено
state-published = опубликовано
state-withdrawn = снято с публикации
transition-submit = Представить в секретариат
transition-publish = Опубликовать
transition-send_back = Вернуть координатору
transition-withdraw = Снять с публикации
transition-reopen = Вернуть в статус черновика

history-title = История
history-moves = Изменения статуса
history-versions = Версии
history-version = Версия { $number }
history-current = текущая
history-field = Поле
history-before = До
history-after = После
history-restore = Восстановить версию { $number }

search-export = { $count ->
    [1] Скачать эту меру:
    [one] Скачать эти меры ({ $count }):
    [few] Скачать эти меры ({ $count }):
    [many] Скачать эти меры ({ $count }):
   *[other] Скачать эти меры ({ $count }):
}

nav-work = Рабочая область
nav-import = Импорт
work-own = Черновики и представленные меры вашего государства
work-review = Представленные меры для рассмотрения
work-count = { $count ->
    [1] Одна мера
    [one] { $count } мера
    [few] { $count } меры
    [many] { $count } мер
   *[other] { $count } меры
}
work-measure = Мера

import-title = Импорт мер
import-file = Файл (CSV, XLSX или JSON)
import-file-rule = Не более { $megabytes } МБ. В первой строке указываются названия столбцов; используйте один из приведенных ниже шаблонов. При проверке ничего не записывается.
import-check = Проверить файл
import-confirm = Импортировать эти меры
import-templates = Шаблоны
import-columns = Столбцы
import-columns-note = В заголовке обязателен только столбец id; для меры необходимы страна или субъект, вид, а также название и описание хотя бы на одном языке. Несколько терминов указываются в одной ячейке через точку с запятой. Строки с id уже сохраненной меры обновляют ее; повторный импорт того же файла ничего не меняет.
import-refused = { $file }: { $count ->
    [1] одна проблема
    [one] { $count } проблема
    [few] { $count } проблемы
    [many] { $count } проблем
   *[other] { $count } проблемы
}
import-nothing-written = Ничего не записано. Исправьте файл и проверьте его снова.
import-where = Место
import-value = Значение
import-problem = Проблема
import-checked = Файл { $file } готов к импорту
import-would = При импорте будет создано: { $created }, изменено: { $updated }, оставлено без изменений: { $unchanged }.
import-done = Файл { $file } импортирован
import-counts = Создано: { $created }, изменено: { $updated }, без изменений: { $unchanged }.
import-to-work = Посмотреть ваши меры

form-new = Новая мера
form-edit = Редактировать
form-problems = { $count ->
    [1] Требуется исправить одну ошибку:
    [one] Требуется исправить { $count } ошибку:
    [few] Требуется исправить { $count } ошибки:
    [many] Требуется исправить { $count } ошибок:
   *[other] Требуется исправить { $count } ошибки:
}
form-identity = Мера
form-actor = Кем принята
form-actor-state = Само государство
form-actor-rule = Для собственных мер государства оставьте государство; для мер структур Организации Объединенных Наций или МОМ выберите организацию.
form-year-from = Год (с)
form-year-to = Год (по)
form-implementation = Стадия
form-in-place = Действует
form-texts = Текст
form-texts-rule = Название и описание хотя бы на одном языке; тексты на других языках добавьте при их наличии.
form-title = Название
form-description = Описание
form-save = Сохранить
form-edit-heading = Изменить: { $title }
form-not-a-year = Укажите год четырьмя цифрами, например 2026.
form-cycle-closed = Доклад по этому циклу был опубликован { $date }; мера, о которой сообщено после этого, относится к следующему циклу.
form-cycle-none = Вне цикла представления докладов
form-cycle-rule = Циклы, доклад по которым опубликован, не предлагаются.
form-error-prefix = Ошибка:
form-error-field = Это поле
label-separator = {": "}
form-source-rule = Где сообщается о мере, например условное обозначение документа и пункт: A/64/152, п. 6.
form-id-optional = Идентификатор (необязательно)
form-id-optional-rule = Оставьте пустым, чтобы идентификатор был составлен из страны, года и названия, например PHL-2026-shelters-women. Буквы, цифры, точки, дефисы, знаки подчеркивания и двоеточия.
replies-status = Ответ
replies-no-addressee-list = Для этого цикла не зарегистрирован список адресатов запроса: в таблице указаны те, кто ответил.
timestamp-utc = { $date }, { $time } (UTC)
dataset-kind-records = Записи об инцидентах
dataset-kind-counts = Подсчеты
datasets-uploaded-by-command-line = Командная строка
datasets-left-out = { $without_consent } без согласия и { $reported_elsewhere }, уже сообщенные в других источниках, не учитываются ни в одной таблице.

cycle-new-title = Открыть отчетный цикл
cycle-new-report = Доклад
cycle-code = Код
cycle-code-rule = Краткий постоянный код, например 2011.
cycle-as-at = Данные по состоянию на
cycle-addressees = Адресаты запроса
cycle-all-member-states = Все государства-члены
cycle-region-states = Государства-члены одного региона
cycle-region = Регион
cycle-no-states = Без государств (только структуры)
cycle-entities = Структуры Организации Объединенных Наций и МОМ
cycle-open = Открыть цикл
replies-title = Ответы
replies-on = На дату
replies-show = Показать
replies-responded = { $count ->
    [1] По состоянию на { $date } ответ представило одно государство-член.
    [one] По состоянию на { $date } ответ представило { $count } государство-член.
    [few] По состоянию на { $date } ответы представили { $count } государства-члена.
    [many] По состоянию на { $date } ответы представили { $count } государств-членов.
   *[other] По состоянию на { $date } ответы представили { $count } государства-члена.
}
replies-who = Кто
replies-received = Дата получения
replies-language = Язык
replies-documents = Документы
replies-not-asked = запрос не направлялся
replies-record = Зарегистрировать ответ
replies-note = Примечание
reply-replied = ответ представлен
reply-outstanding = ответ не получен
reply-late = с опозданием

tokens-title = Токены API
tokens-intro = Токен позволяет программе использовать API от вашего имени только в пределах предоставленных вами областей доступа. Отзовите его, когда он больше не нужен.
tokens-name = Название токена
tokens-scopes = Области доступа
tokens-created = Создан
tokens-expires = Срок действия истекает
tokens-last-used = Последнее использование
tokens-revoke = Отозвать
tokens-dead = отозван или срок действия истек
tokens-valid-for = Срок действия (в днях)
tokens-create = Создать токен
token-issued-title = Новый токен API
token-issued = Токен { $name } с областями доступа { $scopes } действителен в течение { $days ->
    [one] { $days } дня
    [few] { $days } дней
    [many] { $days } дней
   *[other] { $days } дня
}:
token-issued-once = Скопируйте его сейчас: он показывается только один раз, а база данных хранит только его контрольную сумму.

## Статистика случаев насилия
nav-statistics = Статистика
nav-datasets = Наборы данных
statistics-title = Статистика случаев насилия
statistics-lead = Число случаев насилия в отношении трудящихся женщин-мигрантов по данным полиции, судов, иммиграционных органов и органов по вопросам труда, служб помощи пострадавшим и обследований. В опубликованных таблицах форма насилия сопоставляется с одной другой характеристикой за все опубликованные годы; малые значения, а также любые другие значения, которые позволили бы вычислить их на основе какого-либо сочетания опубликованных таблиц, не раскрываются, с тем чтобы ни одно из учтенных лиц нельзя было установить.
statistics-release-years = Годы: { $years }, вместе взятые (чтобы получить данные за отдельные годы, разбейте таблицу по годам).
statistics-catalogue = В опубликованных таблицах форма насилия приводится в разбивке по одной другой характеристике (государство, источник, пол, возрастная группа, гражданство, иммиграционный статус, род занятий, лицо, совершившее насилие, место совершения, этап миграционного цикла или год) за все опубликованные годы.
statistics-choose = Выбор таблицы
statistics-rows = Строки
statistics-columns = Столбцы
statistics-from = С
statistics-to = По
statistics-filters = Только случаи со следующими характеристиками
statistics-show = Показать таблицу
statistics-whole-note = Вы видите полную, незащищенную таблицу наборов данных, за которые вы отвечаете. Не публикуйте ее.
statistics-see-published = Посмотреть опубликованную таблицу
statistics-see-whole = Посмотреть полную, незащищенную таблицу ваших наборов данных
statistics-table-whole = Полная таблица (не для публикации)
statistics-table-published = Опубликованная таблица
statistics-empty = Для этой таблицы пока нет опубликованных данных.
statistics-total = Итого
statistics-withheld = не раскрывается в целях защиты учтенных лиц
statistics-counted = { $datasets ->
    [1] Подсчитано по одному набору данных.
    [one] Подсчитано по { $datasets } набору данных.
    [few] Подсчитано по { $datasets } наборам данных.
    [many] Подсчитано по { $datasets } наборам данных.
   *[other] Подсчитано по { $datasets } наборам данных.
}
statistics-download = Скачать эту таблицу:
statistics-structure = определение структуры данных
statistics-chart = Диаграмма
statistics-map = Карта
statistics-map-alt = Карта мира с итоговыми значениями этой таблицы по государствам или гражданству: чем темнее цвет, тем больше случаев; все числа приведены в таблице выше.
country-statistics = Статистика случаев насилия
country-statistics-more = Подробная статистика: { $country }
datasets-title = Наборы статистических данных
datasets-uploaded = Набор данных { $id } загружен как черновик. Его публикует редактор.
datasets-upload = Загрузка данных: { $country }
datasets-upload-rule = Файл CSV или XLSX с записями о случаях (одна строка на каждый случай) или с агрегированными данными (столбец с числом случаев). Имена, контактные данные, даты рождения, точные даты и произвольный текст не допускаются: такие столбцы и ячейки отклоняются. При наличии любой проблемы отклоняется весь файл.
datasets-provider = Поставщик данных
datasets-threshold = Порог публикации (k)
datasets-threshold-rule = Значения от 1 до k-1 в опубликованных таблицах не раскрываются; по умолчанию k = { $k }.
datasets-upload-button = Проверить и загрузить
datasets-records-template = Шаблон для записей о случаях (CSV)
datasets-counts-template = Шаблон для агрегированных данных (CSV)
datasets-list = Наборы данных
datasets-country = Государство
datasets-kind = Тип
datasets-rows = Строки
datasets-state = Статус публикации
datasets-uploaded-by = Кем загружен
datasets-actions = Действия
datasets-move-published = Опубликовать
datasets-move-withdrawn = Снять с публикации
datasets-move-draft = Вернуть в статус черновика
datasets-none = Наборов данных пока нет.

## Where a measure's text comes from
form-text-origin = Происхождение текста
text-origin-not-stated = Не указано
text-origin-original = Оригинал
text-origin-official-translation = Официальный перевод
text-origin-unofficial-translation = Неофициальный перевод
measure-text-original = Язык оригинала: { $language }
measure-text-is-official-translation = Официальный перевод.
measure-text-is-unofficial-translation = Неофициальный перевод, не изданный Организацией Объединенных Наций.
text-language-ar = арабский
text-language-zh = китайский
text-language-en = английский
text-language-fr = французский
text-language-ru = русский
text-language-es = испанский

## Statistics tables, charts and their titles
statistics-table-title = Число инцидентов в разбивке по признакам «{ $dimensions }», { $years }
statistics-table-title-filtered = Число инцидентов в разбивке по признакам «{ $dimensions }», { $years } ({ $filters })
statistics-form-by = Форма насилия в разбивке по признаку «{ $dimension }»
statistics-no-columns = (нет: только итоговые данные)
statistics-all-values = Все
statistics-left-out = В наборе данных { $dataset } данные не разбиты по признаку «{ $dimensions }», поэтому он не включен в эту таблицу.
statistics-chart-description = Столбчатая диаграмма. { $title }. { $rows }.
statistics-chart-withheld = не раскрывается
statistics-chart-withheld-cells = нераскрываемые ячейки
statistics-chart-in-withheld-cells = в нераскрываемых ячейках
statistics-map-no-data = нет данных
statistics-map-title = Карта: { $title }
statistics-map-value-label = инциденты
statistics-map-description = Карта мира, на которой каждая страна закрашена в зависимости от числа инцидентов; по остальным странам данных нет.
statistics-map-description-highest = Число стран, по которым приводятся данные: { $countries }; наибольшее значение: { $highest } ({ $count }).
statistics-map-description-withheld = Число стран, данные по которым не раскрываются в целях защиты учтенных лиц: { $withheld }.

## Errors
error-internal = На нашей стороне произошла ошибка; она зарегистрирована.
error-busy = База данных занята; повторите попытку через несколько секунд.
error-search-rebuilding = Поисковый индекс восстанавливается по базе данных; повторите попытку через минуту. Остальные страницы работают.
error-heavy-requests = Сервер занят обработкой других операций импорта, экспорта и загрузки докладов. Повторите попытку через несколько секунд.
error-export-rate = С вашего адреса за короткое время было загружено слишком много файлов экспорта. Подождите минуту и повторите попытку или войдите в систему.
error-only-administrators = Эту страницу могут открывать только администраторы.
error-only-secretariat = Эту страницу может открывать только секретариат (редакторы и администраторы).
error-form-refused = Срок действия этой формы истек, или она отправлена не с этого сайта. Вернитесь назад, обновите страницу и повторите попытку.
error-providers-enter-no-measures = Поставщики данных представляют статистические данные; меры вводят национальные координаторы и редакторы.
error-providers-import-no-measures = Поставщики данных представляют статистические данные; меры импортируют национальные координаторы и редакторы.
error-providers-have-no-work = У поставщиков данных нет мер для обработки.
error-no-such-measure-for-you = По этому адресу нет меры, доступной для вашей учетной записи.
error-focal-point-keeps-the-state = Национальный координатор не может отнести меру к другому государству.
error-statistics-uploaded-by-providers = Статистические данные загружают поставщики данных по своему государству.
error-datasets-for-providers-and-secretariat = Наборы статистических данных предназначены для поставщиков данных и секретариата.
error-form-lost-version = Форма утратила версию меры; обновите страницу.
error-no-such-document = Такого документа нет.
error-no-such-token = Такого токена нет.
error-status-400 = Неверный запрос
error-status-401 = Требуется вход в систему
error-status-403 = Действие не разрешено
error-status-404 = Не найдено
error-status-409 = Конфликт
error-status-413 = Слишком большой объем
error-status-415 = Тип файла не поддерживается
error-status-422 = Невозможно обработать
error-status-429 = Слишком много попыток
error-status-500 = Внутренняя ошибка
error-status-503 = Временно недоступно
statistics-withheld-note = { $mark }: не раскрывается в целях защиты учтенных лиц (число от 1 до { $largest } или число, не раскрываемое для того, чтобы такое число нельзя было вычислить из какого-либо сочетания опубликованных таблиц).

## Depositaries of instruments
depositary-un-secretary-general = Генеральный секретарь Организации Объединенных Наций
depositary-ilo-director-general = Генеральный директор Международного бюро труда
depositary-oas-general-secretariat = Генеральный секретариат Организации американских государств

## Why a table is not published; sign-in refusals
statistics-unpublished-combination = Следующие признаки нельзя объединить в одной опубликованной таблице: { $dimensions }. В каждой таблице форма насилия сочетается только с одним другим признаком.
statistics-unpublished-years = Опубликованные таблицы охватывают все опубликованные годы вместе ({ $years }); для отдельных лет разбейте таблицу по годам.
statistics-unpublished-too-few = Опубликовано слишком мало инцидентов, чтобы какую-либо таблицу можно было показать без риска для учтенных лиц.
sign-in-wrong = Неверное имя пользователя или пароль.
sign-in-locked = После слишком большого числа неудачных попыток входа эта учетная запись заблокирована до { $time } UTC.
sign-in-locked-later = После слишком большого числа неудачных попыток входа эта учетная запись временно заблокирована; повторите попытку позже.
sign-in-disabled = Эта учетная запись отключена. Попросите администратора включить ее.

## Roles of accounts
role-administrator = Администратор
role-editor = Редактор
role-focal-point = Национальный координатор
role-data-provider = Поставщик данных

## The chart of an instrument's parties
instrument-chart-title = Участники: { $instrument }
instrument-chart-description = Число участников возрастает с 0 после принятия в { $year } году до { $count } по состоянию на { $date }.
instrument-chart-no-party = Участники не зарегистрированы.

## Места в загруженных файлах и ошибки, выявленные в загруженных файлах, формах и документах.
## Сообщения следуют за названием поля или места, поэтому начинаются со строчной буквы; в кавычках приводятся значения, введенные пользователем.
upload-place-row = { $file }, строка { $row }
upload-place-cell = { $file }, строка { $row }, столбец { $column }
upload-place-cycles-and-replies = отчетные циклы и ответы
problem-text-empty = необходимо указать значение
problem-text-too-long = число символов — { $length }, допустимо не более { $limit }
problem-text-missing = для меры необходимы название и описание хотя бы на одном языке
problem-not-a-date = «{ $text }» не является датой: укажите дату в формате YYYY-MM-DD, например 2009-06-01
problem-not-a-cycle-code = «{ $text }» не является кодом цикла: используйте строчные латинские буквы, цифры и дефисы, например 2009
problem-not-a-measure-id = «{ $text }» не является идентификатором меры: допускается от 1 до 100 знаков (буквы, цифры, точки, дефисы, знаки подчеркивания и двоеточия)
problem-year-out-of-range = { $year } — недопустимый год: допускаются годы с { $earliest } по { $latest }
problem-last-year-before-first = последний год ({ $to }) предшествует первому году ({ $from })
problem-year-to-without-year = указано без значения year
problem-period-to-before-from = { $to } предшествует дате period_from ({ $from })
problem-deadline-before-request = { $deadline } предшествует дате requested_on ({ $requested })
problem-unknown-format = эта версия не читает формат «{ $format }»; ожидается формат «{ $expected }»
problem-duplicate-cycle = повторяющийся код: такой же код имеет запись { $first }
problem-duplicate-reply = повторяющийся ответ: запись { $first } содержит ответ того же субъекта в рамках того же цикла
problem-duplicate-measure = повторяющийся идентификатор: такой же идентификатор имеет запись { $first }
problem-unknown-cycle = неизвестный цикл «{ $code }» (известные циклы: { $known })
problem-unknown-cycle-none-yet = неизвестный цикл «{ $code }» (ни одного цикла еще не создано)
problem-unknown-country = неизвестная страна «{ $code }»: укажите код ISO 3166 alpha-3 (например, AZE), код alpha-2 или код M49
problem-unknown-actor = неизвестный субъект «{ $code }»: используйте код ISO alpha-3 государства или код организации, например IOM или ILO
problem-unknown-actor-did-you-mean = неизвестный субъект «{ $code }»; возможно, вы имели в виду «{ $suggestion }»?
problem-country-or-actor = укажите страну, субъект или и то, и другое
problem-country-not-a-state = { $country } не является государством, поэтому для меры необходимо указать ее субъект
problem-country-not-the-actors = { $country } не является страной субъекта { $actor } ({ $own }); меры государства относятся к его собственной стране
problem-not-one-of = «{ $value }» не входит в число допустимых значений: { $allowed }
problem-not-a-un-language = «{ $code }» не является одним из шести официальных языков Организации Объединенных Наций ({ $allowed })
problem-not-an-origin = «{ $value }» не является допустимым указанием происхождения текста: используйте одно из значений { $allowed }
problem-several-originals = оригиналом может быть только один текст, а оригиналами помечены тексты на следующих языках: { $languages }; пометьте остальные как official_translation или unofficial_translation
problem-needs-type-of-measure = для меры в статусе «{ $state }» необходимо указать хотя бы один вид мер
problem-unknown-vocabulary = неизвестный словарь «{ $vocabulary }» (известные словари: { $known })
problem-unknown-term = неизвестный код «{ $code }» в словаре «{ $vocabulary }» ({ $label })
problem-unknown-term-did-you-mean = неизвестный код «{ $code }» в словаре «{ $vocabulary }» ({ $label }); возможно, вы имели в виду «{ $suggestion }»?
problem-listed-twice = код «{ $code }» указан дважды
problem-json-syntax = строка { $line }, столбец { $column }: { $details }
problem-json-shape = строка { $line }, столбец { $column }, элемент { $path }: { $details }
problem-file-unreadable = не удается прочитать файл: { $details }
problem-file-not-utf8 = текст не в кодировке UTF-8 (недопустимый байт в позиции { $byte }): сохраните файл в кодировке UTF-8
problem-file-csv-line = строка { $line }: { $details }
problem-file-not-a-workbook = файл не является читаемой книгой XLSX: { $details }
problem-file-no-such-sheet = листа с названием «{ $sheet }» нет (листы книги: { $sheets })
problem-file-formula = лист «{ $sheet }», ячейка { $cell }: содержит формулу ({ $formula }); сохраните лист только со значениями
problem-file-xlsx-not-a-workbook = файл имеет расширение .xlsx, но не является книгой XLSX; сохраните его в формате .xlsx в программе для работы с электронными таблицами
problem-file-workbook-named-as-text = файл имеет расширение .{ $extension }, но является книгой или другим ZIP-архивом; если это книга, присвойте файлу расширение .xlsx
problem-file-unknown-kind = файлы с расширением «{ $extension }» не читаются; используйте .csv, .tsv, .txt или .xlsx
problem-file-archive-refused = файл отклонен: { $details }
problem-file-too-many-cells = лист «{ $sheet }»: число ячеек превышает { $limit } — максимальное число ячеек в таблице; разделите его на несколько файлов меньшего размера
problem-file-sheet-too-wide = лист «{ $sheet }»: диапазон ячеек (число строк — { $rows }, число столбцов — { $columns }) превышает максимальное число ячеек в таблице ({ $limit })
problem-file-cell-too-long = { $place }: число символов — { $characters }, тогда как в ячейке допускается не более { $limit }
problem-file-empty-table = файл пуст: в первой строке должны быть указаны названия столбцов
problem-table-unknown-column = такого столбца в таблице мер нет; перечень столбцов приводится в шаблоне
problem-table-column-twice = этот столбец встречается дважды
problem-table-no-id-column = нет столбца id: у каждой меры должен быть постоянный идентификатор
problem-table-not-a-year = год указывается четырьмя цифрами, например 2008
problem-table-no-measures = под строкой заголовков нет ни одной меры
problem-import-choose-a-file = файл: выберите файл CSV, XLSX или JSON
problem-import-cycles-by-secretariat = отчетные циклы и ответы импортирует только секретариат
problem-import-data-provider = поставщики данных представляют статистические данные; меры импортируют национальные координаторы и редакторы
problem-import-other-state = национальный координатор импортирует меры только своего государства
problem-import-not-a-draft = национальные координаторы импортируют меры в виде черновиков; после этого представьте их, и редактор их опубликует
problem-import-id-unavailable = этот идентификатор нельзя использовать для мер вашего государства; выберите другой идентификатор
problem-import-no-longer-a-draft = мера с этим идентификатором уже существует и больше не является черновиком вашего государства; обратитесь к редактору
problem-statistics-column-missing = этот столбец является обязательным, но отсутствует
problem-statistics-column-twice = столбец с этим названием указан дважды
problem-statistics-unknown-column = vawdb не читает столбец с таким названием; допустимые столбцы: { $columns }, а для числа случаев — { $count }
problem-statistics-no-counts = в файле нет строк с числом случаев
problem-statistics-no-records = в файле нет записей об инцидентах
problem-statistics-code-required = здесь в каждой записи необходимо указать код (для неизвестных значений используйте _U)
problem-statistics-unknown-code = неизвестный код для признака «{ $dimension }»; используйте один из следующих кодов: { $allowed }
problem-statistics-year-required = необходимо указать год
problem-statistics-number-range = укажите целое число от { $low } до { $high }
problem-statistics-yes-or-no = укажите yes или no
problem-statistics-negative-count = число случаев не может быть отрицательным
problem-statistics-count-not-whole = число случаев должно быть целым
problem-statistics-month-not-in-quarter = месяц { $month } не входит в квартал { $quarter }
problem-statistics-future-period = этот период еще не наступил (текущая дата: { $today })
problem-statistics-duplicate-count = в строке { $row } уже указано число случаев для того же сочетания признаков и периода
problem-statistics-breakdown-contradicts-total = сумма чисел в разбивке по признаку «{ $dimension }» в строках { $rows } составляет { $sum }, что противоречит итоговому значению { $total } в строке { $row }
problem-identifying-column-names = по-видимому, в этом столбце содержатся имена; в vawdb не хранятся имена, контактные данные, даты рождения, точные даты, номера дел или произвольный текст: удалите этот столбец
problem-identifying-column-phone-numbers = по-видимому, в этом столбце содержатся номера телефонов; в vawdb не хранятся имена, контактные данные, даты рождения, точные даты, номера дел или произвольный текст: удалите этот столбец
problem-identifying-column-contact-details = по-видимому, в этом столбце содержатся контактные данные; в vawdb не хранятся имена, контактные данные, даты рождения, точные даты, номера дел или произвольный текст: удалите этот столбец
problem-identifying-column-dates-of-birth = по-видимому, в этом столбце содержатся даты рождения; в vawdb не хранятся имена, контактные данные, даты рождения, точные даты, номера дел или произвольный текст: удалите этот столбец
problem-identifying-column-exact-ages = по-видимому, в этом столбце содержится точный возраст (вместо него укажите age_group); в vawdb не хранятся имена, контактные данные, даты рождения, точные даты, номера дел или произвольный текст: удалите этот столбец
problem-identifying-column-exact-dates = по-видимому, в этом столбце содержатся точные даты (укажите год, а также квартал или месяц, если они известны); в vawdb не хранятся имена, контактные данные, даты рождения, точные даты, номера дел или произвольный текст: удалите этот столбец
problem-identifying-column-case-numbers = по-видимому, в этом столбце содержатся номера удостоверений личности или номера дел; в vawdb не хранятся имена, контактные данные, даты рождения, точные даты, номера дел или произвольный текст: удалите этот столбец
problem-identifying-column-free-text = по-видимому, в этом столбце содержится произвольный текст; в vawdb не хранятся имена, контактные данные, даты рождения, точные даты, номера дел или произвольный текст: удалите этот столбец
problem-identifying-value-email = по-видимому, это адрес электронной почты; в vawdb не хранятся контактные данные или точные даты
problem-identifying-value-phone = по-видимому, это номер телефона; в vawdb не хранятся контактные данные или точные даты
problem-identifying-value-date = по-видимому, это точная дата; в vawdb не хранятся контактные данные или точные даты

## Параметры запроса в адресе, которые не удается прочитать. Сообщение `problem-parameter` открывает сообщение
## на странице и приводит одно из остальных сообщений в качестве подробностей.
problem-parameter = параметр «{ $parameter }»: { $details }
problem-parameter-unknown-country = неизвестная страна «{ $value }»: используйте код ISO 3166 alpha-3, например AZE
problem-parameter-unknown-region = неизвестный регион M49 «{ $value }»; укажите, например, 419 — Латинская Америка и Карибский бассейн
problem-parameter-unknown-actor = неизвестный субъект «{ $value }»
problem-parameter-unknown-term = неизвестный код «{ $value }» в словаре «{ $vocabulary }»
problem-parameter-unknown-cycle = неизвестный отчетный цикл «{ $value }»
problem-parameter-not-a-page = «{ $value }» — недопустимый номер страницы: допускаются номера от 1 до { $last }
problem-parameter-not-a-page-size = «{ $value }» — недопустимый размер страницы: допускаются значения от 1 до { $largest }
problem-parameter-year-to-before-from = { $to } предшествует значению year_from ({ $from })
problem-parameter-not-a-year = «{ $value }» — недопустимый год: допускаются годы с { $earliest } по { $latest }
problem-parameter-search-text-too-long = число символов в тексте поиска — { $length }, допустимо не более { $limit }
problem-parameter-not-a-dimension = «{ $value }» не является признаком ({ $allowed })
problem-parameter-not-a-statistics-year = «{ $value }» не является годом в диапазоне от { $earliest } до { $latest }
problem-parameter-from-after-to = { $from } позже значения to ({ $to })
problem-parameter-map-needs-states = для карты нужна таблица по государствам (state) или по гражданству (nationality)

## Отказ в приеме формы или загруженного файла; текст выводится как сообщение на странице.
error-upload-too-large = Размер файла превышает { $megabytes } МБ: разделите его на несколько файлов.
error-upload-unreadable = Не удалось прочитать загруженные данные: { $details }
error-document-too-large = Размер одного из документов превышает { $megabytes } МБ.
error-reply-document-too-large = documents: размер файла { $file } превышает { $megabytes } МБ
error-reply-document-kind = documents: { $file }: сохраняются только файлы PDF, Word (.docx, .doc), OpenDocument (.odt), XLSX и текстовые файлы
error-reply-document-content = documents: { $file }: содержимое файла не соответствует формату .{ $extension }
error-reply-received-after-today = Дата получения ответа не может быть позже сегодняшнего дня.
error-comment-needed = Укажите причину в комментарии, чтобы национальный координатор знал, что делать.
error-comment-too-long = Комментарий может содержать не более 4000 символов.
error-no-such-dataset = Такого набора данных нет.
error-no-such-account = Такой учетной записи нет.
error-checked-file-expired = Проверенный файл больше не ожидает импорта (он хранится 30 минут): выберите его снова.
error-not-allowed-on-measure = Ваша учетная запись не может выполнить это действие с мерой в ее текущем статусе.
error-not-allowed-on-measure-focal-point = Ваша учетная запись не может выполнить это действие с мерой в ее текущем статусе: национальные координаторы работают с черновиками своего государства.
error-statistics-provider-needed = Укажите название организации, от которой получены данные (не более 200 символов).
error-statistics-threshold = threshold: укажите целое число от { $minimum } до 1000, а не «{ $value }»
error-statistics-file-needed = Выберите файл CSV или XLSX.

## Записи, которые отсутствуют или уже существуют при сохранении формы, и ошибки в форме отчетного цикла.
problem-store-no-account = учетной записи { $username } не существует
problem-store-no-actor = субъекта «{ $code }» не существует
problem-store-no-cycle = цикла «{ $code }» не существует
problem-store-no-dataset = набора данных { $id } не существует
problem-store-no-measure = меры { $id } не существует
problem-store-username-taken = имя пользователя { $username } уже занято
problem-store-cycle-exists = цикл с кодом { $code } уже существует
problem-store-file-uploaded-before = этот файл уже был загружен как набор данных { $id }
problem-store-measure-id-taken = мера с идентификатором { $id } уже существует; выберите другой идентификатор
problem-store-measure-changed = мера изменилась с тех пор, как вы ее открыли (сейчас версия { $current }, тогда была версия { $expected }); обновите страницу и повторите попытку
problem-cycle-date-needed = укажите дату
problem-cycle-mandate-needed = укажите резолюцию, в которой запрашивается доклад
problem-cycle-title-needed = укажите название доклада
problem-cycle-deadline-before-request = предшествует дате запроса
problem-cycle-not-a-region = «{ $value }» не является регионом
problem-cycle-not-an-entity = «{ $value }» не является структурой Организации Объединенных Наций или МОМ
problem-cycle-no-addressees = направьте запрос государствам-членам, региону или хотя бы одной структуре
problem-parameter-search-text-too-many-words = число слов и фраз в тексте поиска — { $items }, допустимо не более { $limit }
problem-form-not-a-term = «{ $value }» не является термином
error-no-free-id = Число мер с идентификаторами, образованными от «{ $id }», уже достигло предела ({ $count }). Укажите идентификатор.
