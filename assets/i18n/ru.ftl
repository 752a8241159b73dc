# Bridges: the interface in Russian. Keys are used by the code (`tr("key")`);
# tests/i18n.rs checks every language has exactly these.

charts-no-dated-ties-in-the-view = В текущем виде нет связей с датой.
cmd-add-actor = Добавить участника
cmd-add-tie = Добавить связь
cmd-browse = Обзор…
cmd-cancel = Отмена
cmd-change-the-map = Изменить карту
cmd-clear-recent-files = Очистить список последних файлов
cmd-clear-selection = Снять выделение
cmd-close = Закрыть
cmd-compare = Сравнить
cmd-delete = Удалить
cmd-discard = Отбросить
cmd-edit-map = Редактировать карту
cmd-export = Экспортировать
cmd-export-options = Параметры экспорта
cmd-export-view = Экспортировать вид…
cmd-fit-map = Вписать карту в окно
cmd-go-back = Вернуться
cmd-leave-the-presentation = Завершить показ
cmd-legend = Легенда
cmd-move = Переместить
cmd-move-the-map = Переместить карту
cmd-narrow-focus = Сузить фокус
cmd-new-map = Создать карту
cmd-next-step = Следующий шаг
cmd-ok = ОК
cmd-only = Только этот
cmd-open = Открыть…
cmd-open-2 = Открыть
cmd-open-built-in-map = Открыть встроенную карту
cmd-open-csv-folder = Открыть папку CSV…
cmd-pin = Закрепить
cmd-place = Разместить
cmd-play-pause = Пуск / пауза
cmd-play-settings = Параметры воспроизведения
cmd-present = Показать
cmd-previous-step = Предыдущий шаг
cmd-quit = Выход
cmd-read-file = Загрузить файл
cmd-read-from-file = Загрузить из файла…
cmd-redo = Повторить
cmd-reset-filters = Сбросить фильтры
cmd-restore = Восстановить
cmd-save = Сохранить
cmd-save-as = Сохранить как…
cmd-save-view = Сохранить вид
cmd-saved-views = Сохранённые виды…
cmd-search = Найти…
cmd-select = Выбрать
cmd-set-time-range = Задать временной диапазон
cmd-show = Показать
cmd-show-or-hide = Показать или скрыть
cmd-show-view = Показать вид
cmd-side-panel = Боковая панель
cmd-size-and-colour = Размер и цвет
cmd-stop = Остановить
cmd-stop-comparing = Прекратить сравнение
cmd-stories = Истории…
cmd-system-language = Язык системы
cmd-undo = Отменить
cmd-unpin-all = Открепить все
cmd-widen-focus = Расширить фокус
cmd-zoom-in = Увеличить
cmd-zoom-out = Уменьшить
colour-community = Сообщество
colour-kind = Тип
confirm-edit-undo-brings-everything-back = «Правка ▸ Отменить» вернёт всё обратно.
confirm-without-saving-they-are-lost = Если не сохранить изменения, они будут потеряны.
credit-made-with = сделано в Bridges
credit-more = ещё { $count }
credit-more-publishers = ещё издателей: { $count }
credit-source = Источник: { $sources }
credit-sources = Источников: { $count }:
date-inferred = { $date } (выведено)
date-undated = без даты
date-until = до { $date }
edit-selected-apply-changes = Применить изменения
edit-selected-change-it-on-the-map-one = Изменить на карте (один шаг; «Отменить» вернёт как было)
edit-selected-delete-source = Удалить источник
edit-selected-delete-this-source-its-quotes-and = Удалить этот источник, его цитаты и взятые из него подтверждения (после запроса)
edit-selected-revert = Сбросить
edit-selected-take-it-off-the-list = Убрать из списка
edit-selected-take-this-passage-off-the-tie = Убрать этот фрагмент из подтверждений связи
editor-add-actor = Добавить участника
editor-add-the-tie-cite-its-source = Добавить связь; источник цитируется по его тексту («Отменить» удалит связь)
editor-add-tie = Добавить связь
editor-delete-quote = Удалить цитату
editor-delete-this-quote-after-a-question = Удалить эту цитату (после запроса; «Отменить» вернёт её)
editor-evidence-and-quotes = Подтверждения и цитаты
editor-kind = Тип
editor-new-actor = Новый участник
editor-new-source = Новый источник
editor-new-tie = Новая связь
editor-no-capital-known-for-this-name = Столица для этого названия неизвестна: щёлкните на карте там, где должен быть участник.
evidence-add-source = Добавить источник
evidence-add-the-selected-passage-to-the = Добавить выделенный фрагмент в подтверждения выбранной связи без изменений
evidence-cite-as-evidence = Привести как подтверждение
evidence-keep-the-source-and-its-text = Хранить источник и его текст вместе с картой; затем из него можно цитировать фрагменты
evidence-quote = Цитировать
evidence-read = Читать
evidence-select-a-passage-to-cite-it = Выделите фрагмент, чтобы привести его как подтверждение или сохранить как цитату.
evidence-source-text = Текст источника
evidence-speaker = Говорящий
evidence-store-the-selected-passage-as-words = Сохранить выделенный фрагмент как слова говорящего о выбранном объекте
evidence-text-paste-it = Текст (вставьте его)
export-dialog-a-width-in-pixels-the-height = Ширина в пикселях; высота подбирается пропорционально
export-dialog-animation = Анимация:
export-dialog-background = Фон:
export-dialog-browse = Обзор…
export-dialog-choose-the-file-in-a-save = Выбрать файл в диалоге сохранения
export-dialog-close = Закрыть
export-dialog-cumulative = Накопительно
export-dialog-each-frame-keeps-the-ties-of = Каждый кадр сохраняет связи предыдущих периодов
export-dialog-export = Экспорт:
export-dialog-export-2 = Экспортировать
export-dialog-file = Файл:
export-dialog-frames-a-second = Кадров в секунду
export-dialog-include = Включить:
export-dialog-leave-out-the-base-map-sea = Не выводить подложку (море и сушу): только связи, участники, легенда и текст
export-dialog-legend = Легенда
export-dialog-one-frame-per = один кадр на
export-dialog-over-the-time-range-shown-or = По показанному временному диапазону (или по всем датированным связям), с периодом в подписи
export-dialog-px = пикс.
export-dialog-size = Размер:
export-dialog-source-footer = Подпись с источником
export-dialog-story = История «{ $name }»
export-dialog-story-tip = PDF: страница на шаг; GIF/APNG: каждый шаг с паузой и плавными переходами; PNG/SVG: изображение на шаг
export-dialog-the-view-on-screen = Вид на экране
export-dialog-title = Заголовок
export-dialog-transparent = Прозрачный
export-dialog-width = Ширина:
export-dialog-write-the-image = Записать изображение
filters-layout = Компоновка
filters-show = Показывать
kind-context = Участник контекста
kind-forum = Форум / формат диалога
kind-organisation = Организация
kind-person = Лицо
kind-region = Регион
kind-state = Государство
layout-circular = По кругу
layout-force-directed = Силовая
layout-geographic = Географическая
legend-agreement = Подписанное или принятое соглашение
legend-cancelled = Отменено: пунктир, бледно, перечёркнуто
legend-community = Цвет: сообщество в текущем виде (Лувен)
legend-dialogue = Диалог (без направления, через форум)
legend-held = Состоялось: сплошная линия
legend-launch = Запуск формата «Центральная Азия + X»
legend-metric-half = половина максимума
legend-metric-highest = { $metric }: максимум
legend-metric-lowest = { $metric }: минимум в текущем виде
legend-planned = Запланировано: штриховая линия
legend-ring-made = Кольцо: совершённые визиты
legend-ring-received = Кольцо: принятые визиты
legend-size-metric = Размер узла: { $metric } в текущем виде
legend-size-ties = Размер узла: число связей
legend-summit = Саммит (лидеры, через свой форум)
legend-visit = Визит (стрелка: откуда → куда)
legend-width-many = { $count } связей (визиты — в каждую сторону)
legend-width-one = Толщина линии: 1 связь между парой
look-colour-by = Цвет по
look-compare-periods = Сравнить периоды
look-focus-depth = Глубина фокуса
look-pairs-with-ties-in-b-only = Пары, связанные только в B, — новые; в обоих периодах — продолжившиеся; только в A — прервавшиеся.
look-size-by = Размер по
look-to = по
menu-click-a-state-or-tab-arrow = Щёлкните государство (или выберите его клавишей Tab / стрелками и нажмите Enter), чтобы прочитать его связи.
menu-click-a-tie-on-the-map = Щёлкните связь на карте или в списке, чтобы прочитать её подтверждения.
menu-drag-the-map-to-pan-scroll = Перетаскивайте карту, чтобы сдвинуть её; прокрутка или жест щипка меняют масштаб.
menu-edit = Правка
menu-esc-or-a-click-on-empty = Esc или щелчок по пустому месту карты снимает выделение.
menu-file = Файл
menu-file-open-or-drop-a-file = Файл ▸ Открыть… (или перетащите файл в окно): Bridges JSON, списки CSV, GEXF, GraphML.
menu-help = Справка
menu-history = История изменений
menu-label-language = Язык подписей
menu-language = Язык
menu-no-recent-files = Нет последних файлов
menu-open-recent = Последние файлы
menu-the-map-as-opened = Карта в момент открытия
menu-undo-every-change = Отменить все изменения
menu-view = Вид
metric-betweenness = Посредничество
metric-eigenvector-centrality = Центральность по собственному вектору
metric-partners = Партнёры
metric-ties-in-view = Связи в текущем виде
problems-copy-all = Копировать всё
problems-copy-every-problem-as-text-one = Скопировать все проблемы как текст, по одной на строку
problems-ok = ОК
save-dialog-an-existing-file-is-replaced-only = Существующий файл заменяется только после того, как новый записан полностью
save-dialog-browse = Обзор…
save-dialog-close = Закрыть
save-dialog-format = Формат:
save-dialog-save = Сохранить
search-actors-ties-people-quotes-ctrl-f = участники, связи, люди, цитаты (Ctrl+F)
search-no-match = Нет совпадений
search-search = Поиск:
side-click-a-state-on-the-map = Щёлкните государство на карте (или переходите между ними клавишей Tab), чтобы прочитать его связи и цитаты:
side-evidence = Подтверждения
status-cancelled = отменено
status-held = состоялось
status-planned = запланировано
status-origin-builtin = встроенный набор данных (assets/japan-central-asia.json)
status-origin-new = новая карта
status-ties-that-cite-no-source-yet = Связи, у которых пока нет ссылки на источник
stories-add-step = Добавить шаг
stories-add-the-view-on-screen-as = Добавить вид на экране как следующий шаг истории
stories-bold-italics-a-link-https = {"**жирный**, *курсив*, [ссылка](https://…)"}
stories-delete-this-view-undo-brings-it = Удалить этот вид («Отменить» вернёт его)
stories-down = Вниз
stories-keep-the-layout-filters-time-range = Сохранить компоновку, фильтры, временной диапазон, выделение и видимую область под этим именем
stories-make-a-story-then-add-the = Создайте историю, затем добавьте вид на экране как её первый шаг.
stories-name = Название
stories-new-story = Новая история
stories-no-saved-views-yet = Сохранённых видов пока нет.
stories-ok = ОК
stories-present = Показать
stories-present-from-this-step = Показать с этого шага
stories-save-view = Сохранить вид
stories-saved-with-the-map-in-bridges = Сохраняется вместе с картой в Bridges JSON.
stories-show-the-story-full-window-f5 = Показать историю на всё окно (F5)
stories-story = История
stories-take-this-step-out-undo-puts = Убрать этот шаг («Отменить» вернёт его)
stories-the-quotes-this-step-shows-under = Цитаты, которые этот шаг показывает под своей подписью
stories-up = Вверх
story-back = ← Назад
story-leave-esc = Выйти (Esc)
story-next = Далее →
tab-charts = Графики
tab-map = Карта
tab-table = Таблица
table-copy-as-csv = Копировать как CSV
table-copy-these-rows-in-this-order = Скопировать эти строки в этом порядке, с заголовком
table-measuring-the-view = Расчёт показателей…
table-select-it-on-the-map = Выбрать на карте
table-the-actors-of-the-view-and = Участники в текущем виде и их показатели
table-the-ties-of-the-view = Связи в текущем виде
tie-agreement = Соглашение
tie-dialogue = Диалог
tie-launch = Запуск
tie-summit = Саммит
tie-visit = Визит
timeline-all-time = За всё время
timeline-comparing = Сравнение: период A { $a } и период B { $b }
timeline-cumulative = Накопительно
timeline-drag-or-type-a-date-2025 = Перетащите или введите дату (2025, 2025-08 или 2025-08-24)
timeline-every-tie-up-to-the-end = Все связи до конечной даты
timeline-from = С
timeline-loop = Повтор
timeline-only-ties-within-the-range = Только связи внутри диапазона
timeline-pause = Пауза
timeline-play = Пуск
timeline-play-speed = Скорость воспроизведения
timeline-show-ties-of-every-date = Показать связи всех дат
timeline-the-map-shows-the-ties-of = Карта показывает связи обоих периодов; каждая пара окрашена в зависимости от того, как она изменилась
timeline-to = По
timeline-undated = { $count ->
    [one] { $count } связь без даты не показана на шкале времени
    [few] { $count } связи без даты не показаны на шкале времени
   *[other] { $count } связей без даты не показаны на шкале времени
}
timeline-window = Окно
tip-actors-and-ties-of-the-view = Участники и связи текущего вида в таблице с сортировкой по любому столбцу; щелчок выделяет
tip-add-change-or-remove-an-actor = Добавить, изменить или удалить участника, связь, цитату или источник
tip-back-to-the-map-and-its = Вернуться к карте и её панелям
tip-back-to-the-time-range-of = Вернуться к временному диапазону шкалы времени
tip-bring-forward-one-more-step-of = Выделить ещё один шаг партнёров вокруг выбранного участника (+)
tip-bring-forward-one-step-fewer-around = Выделить на один шаг меньше вокруг выбранного участника (−)
tip-choose-the-file-in-a-save = Выбрать файл в диалоге сохранения
tip-choose-where-to-save-in-a = Выбрать место сохранения в диалоговом окне
tip-click-the-map-where-the-new = Щёлкните на карте там, где должен появиться новый участник
tip-close-bridges-the-view-is-remembered = Закрыть Bridges (вид запоминается)
tip-close-the-export-window = Закрыть окно экспорта
tip-close-the-save-window = Закрыть окно сохранения
tip-close-this-list-the-map-keeps = Закрыть этот список; карта остаётся прежней
tip-colour-each-pair-new-continued-or = Окрасить каждую пару как новую, продолжившуюся или прервавшуюся между периодами A и B
tip-delete-it-after-listing-what-goes = Удалить, предварительно показав, что удалится вместе с ним
tip-delete-it-and-what-goes-with = Удалить вместе со всем связанным («Отменить» вернёт всё)
tip-delete-the-selected-actor-or-tie = Удалить выбранного участника или связь, предварительно показав, что удалится вместе с ними
tip-deselect-and-show-every-tie-at = Снять выделение и показать все связи в полную яркость
tip-do-not-add-the-actor = Не добавлять участника
tip-forget-the-list-of-recently-opened = Забыть список недавно открытых файлов
tip-give-the-changes-up-and-go = Отказаться от изменений и продолжить (после этого их нельзя вернуть)
tip-go-back-to-the-map-as = Вернуться к карте в том виде, какой она была после этого изменения
tip-how-fast-play-moves-through-time = С какой скоростью воспроизведение идёт по времени и начинается ли оно заново в конце
tip-keep-everything-as-it-is = Оставить всё как есть
tip-keep-the-layout-filters-time-range = Сохранить компоновку, фильтры, временной диапазон, выделение и видимую область
tip-keep-this-actor-where-it-was = Оставить этого участника там, куда его перетащили
tip-let-every-dragged-actor-go-back = Вернуть всех перетащенных участников на их места в компоновке
tip-make-a-story-of-saved-views = Составить историю из сохранённых видов с подписями и показать её
tip-move-the-actor-here-undo-moves = Переместить участника сюда («Отменить» вернёт его на место)
tip-move-the-map-to-this-view = Перевести карту к этому виду
tip-name-actors-in-this-language-on = Называть участников на этом языке на карте, в боковой панели и при экспорте (по-английски, если названия нет)
tip-open-a-dataset-bridges-json-a = Открыть набор данных: Bridges JSON, список рёбер CSV (с nodes.csv рядом), GEXF или GraphML
tip-open-a-folder-holding-nodes-csv = Открыть папку с файлами nodes.csv и edges.csv
tip-open-the-map-with-the-changes = Открыть карту с несохранёнными изменениями
tip-open-this-dataset = Открыть этот набор данных
tip-pan-and-zoom-the-map = Сдвинуть и масштабировать карту
tip-place-the-actors-this-way = Расположить участников этим способом
tip-put-the-new-actor-here = Поместить нового участника сюда
tip-redo-the-last-change-undone = Повторить последнее отменённое изменение
tip-remove-the-copy-the-changes-are = Удалить копию; изменения будут потеряны
tip-save-the-changes-then-go-on = Сохранить изменения и продолжить
tip-save-the-dataset-as-bridges-json = Сохранить набор данных как Bridges JSON, пару CSV, GEXF или GraphML
tip-save-the-map-as-it-is = Сохранить карту в том виде, как она показана, как изображение PNG или SVG
tip-save-the-map-to-its-file = Сохранить карту в её файл в её формате (для встроенной карты будет задан вопрос, куда)
tip-save-the-view-under-a-name = Сохранить вид под именем; восстанавливать, переименовывать или удалять сохранённые виды
tip-search-actors-ties-people-and-quotes = Искать участников, связи, людей и цитаты
tip-select-it-and-centre-the-map = Выбрать и поместить в центр карты
tip-set-language = Язык меню, панелей, сообщений и экспорта; имена участников тоже на нём
tip-show-every-kind-and-status-again = Снова показать все типы и статусы
tip-show-only-the-ties-this-source = Показать только связи, которые подтверждает этот источник
tip-show-or-hide-the-legend-of = Показать или скрыть легенду стилей узлов и связей
tip-show-or-hide-the-side-panel = Показать или скрыть боковую панель связей и цитат
tip-show-or-hide-the-ties-this = Показать или скрыть связи, которые подтверждает этот источник (связь остаётся, пока её подтверждает другой показанный источник)
tip-show-or-hide-these-on-the = Показать или скрыть их на карте
tip-show-the-built-in-map-of = Снова показать встроенную карту Японии и Центральной Азии
tip-show-the-forms-that-add-actors = Показать формы для добавления участников и связей и изменения выбранного участника
tip-show-the-story-full-window-or = Показать историю на всё окно: → или Space — далее, ← — назад, Esc — выход
tip-show-the-ties-of-this-time = Показать связи этого временного диапазона
tip-show-this-in-the-side-panel = Показать в боковой панели
tip-size-and-colour-nodes-by-a = Задать размер и цвет узлов по показателю текущего вида (с учётом фильтров и временного окна)
tip-start-an-empty-map-of-your = Начать собственную пустую карту (при отмене текущая сохранится)
tip-stay-with-this-map-and-its = Остаться с этой картой и её изменениями
tip-step-through-time-and-watch-the = Пройти по времени шаг за шагом и посмотреть, как появляются связи
tip-stop-drawing-the-animation-nothing-is = Прекратить отрисовку анимации; ничего не будет записано
tip-stop-opening-this-file-the-map = Прекратить открытие этого файла; карта остаётся прежней
tip-take-the-source-s-text-from = Взять текст источника из этого файла
tip-take-the-source-s-text-from-2 = Взять текст источника из файла .txt, .md или .html (из HTML берётся только текст)
tip-the-map = Карта
tip-the-size-background-and-overlay-of = Размер, фон и наложения экспортируемых изображений
tip-the-story-s-next-step = Следующий шаг истории
tip-the-story-s-previous-step = Предыдущий шаг истории
tip-tie-these-two-actors-fill-in = Связать этих двух участников; данные связи заполняются в боковой панели
tip-ties-per-year-by-kind-and = Связи по годам и типам, а также число партнёров каждого участника во времени
tip-undo-the-last-change-to-the = Отменить последнее изменение карты (какое именно — указано в названии команды)
tip-write-the-dataset-to-a-temporary = Записать набор данных (сначала во временный файл, который затем переименовывается на место исходного)
tip-write-the-image = Записать изображение
tip-zoom-and-pan-so-the-whole = Масштабировать и сдвинуть карту так, чтобы она целиком поместилась в окне
tip-zoom-in-on-the-centre-of = Увеличить масштаб в центре карты
tip-zoom-out-from-the-centre-of = Уменьшить масштаб от центра карты
windows-export-view = Экспорт вида
windows-restore-unsaved-changes = Восстановить несохранённые изменения?
windows-save-as = Сохранить как
windows-saved-views = Сохранённые виды
windows-stories = Истории
windows-unsaved-changes = Несохранённые изменения
side-all-ties = Все связи
side-more-actors = … и ещё { $count }: найдите их (Ctrl+F) или щёлкните на карте.
side-ties-shown = Показанные связи ({ $shown }), скрыто фильтрами: { $filtered }
ties-agreements = Соглашения
ties-dialogues = Диалоги
ties-launches = Запуски форматов
ties-summits = Саммиты
ties-visits = Визиты
charts-hover-a-bar-or-line-for = Наведите указатель на столбец или линию, чтобы увидеть значения; графики следуют фильтрам и временному окну.
charts-partners-per-actor-by-year = Партнёры участника по годам
charts-ties-per-year-by-kind = Связи по годам и типам
edit-selected-actor-name = Имя участника
edit-selected-said-on = Дата высказывания
edit-selected-source-date = Дата источника
edit-selected-source-publisher = Издатель источника
edit-selected-source-title = Название источника
edit-selected-tie-date = Дата связи
edit-selected-tie-summary = Описание связи
edit-selected-tie-until = Связь до
editor-date = Дата
editor-edit-map = Правка карты
editor-name = Название
editor-place = Место
editor-summary = Описание
evidence-published = Опубликовано
evidence-publisher = Издатель
evidence-title = Название
evidence-url = Адрес (URL)
filters-actors = Участники
filters-status = Статус
filters-ties = Связи
parts-date-partly-inferred-open-the-tie = Дата частично выведена: откройте связь, чтобы узнать как
parts-forum = Форум:
parts-in-this-view = В текущем виде
parts-louvain-communities-of-the-view-actors = Сообщества Лувена в текущем виде: участники, связанные между собой теснее, чем с остальными
parts-not-stated-by-the-source-in = Источник не говорит этого такими словами: выведено, как описано.
parts-people = Лица:
parts-place = Место:
parts-show-this-tie-and-its-evidence = Показать эту связь и её подтверждение
parts-unsourced = без источника
side-actors = Участники:
side-between = Между:
side-capital = Столица:
side-date = Дата:
side-forum = Форум:
side-from = Откуда:
side-kind = Тип:
side-members = Члены:
side-no-ties-of-its-own-in = В этом наборе данных нет собственных связей.
side-people = Лица:
side-place = Место:
side-role = Роль:
side-status = Статус:
status-drag-to-pan-scroll-to-zoom = Перетаскивание — сдвиг · колесо — масштаб · F — вся карта · Esc — снять выбор
structure-compared = Сравнение
structure-focus = Фокус:
structure-no-ties-in-either-period = Нет связей ни в одном из периодов.
structure-select-it = Выбрать
credit-base-map = Карта-основа: Natural Earth (общественное достояние)
filters-size-note = { $size }. Визиты направлены от гостя; диалоги связывают форум с его членами.
filters-sources = Источники ({ $count })
filters-sources-shown = Источники (показано { $shown } из { $count })
status-counts = участников: { $actors } · связей: { $ties } · цитат: { $quotes }
status-opened = Открыто { $path }: участников: { $actors }, связей: { $ties }, цитат: { $quotes }
timeline-years-per-second = лет/с
change-continued = Продолжилось
change-lapsed = Прекратилось после A
change-new = Новое в B
flow-title = { $count ->
    [one] { $count } связь
    [few] { $count } связи
   *[other] { $count } связей
}: { $between }{ $span }{ $changed }
legend-pair-change = Пара: { $change }
commands-fact-s-still-to-trace-to = { $untraced ->
    [one] ; { $untraced } факт ещё не прослежен до источника (список выводит bridges check)
    [few] ; { $untraced } факта ещё не прослежены до источника (список выводит bridges check)
   *[other] ; { $untraced } фактов ещё не прослежено до источника (список выводит bridges check)
}
commands-not-saved-problem-s-to-fix = { $n ->
    [one] Не сохранено: сначала исправьте { $n } проблему (см. список)
    [few] Не сохранено: сначала исправьте { $n } проблемы (см. список)
   *[other] Не сохранено: сначала исправьте { $n } проблем (см. список)
}
commands-read-give-the-source-s-publisher = Прочитан файл { $display }: укажите издателя, дату и URL источника, затем нажмите «Добавить источник»
commands-save-failed = Не удалось сохранить: { $e }
commands-saved = Сохранено: { $arg }{ $todo }{ $lost }
commands-stopped-the-map-keeps-what-it = { $what }: остановлено; карта осталась прежней
confirm-and-more = … и ещё { $arg }
confirm-bridges-ended-with-unsaved-changes-to = Bridges был закрыт, когда в { $origin } оставались несохранённые изменения.
confirm-save-the-changes-to-first = Сначала сохранить изменения в { $name }?
confirm-the-copy-holds-actors-and-ties = В копии участников: { $actors }, связей: { $ties }.
confirm-will-be-deleted = Будет удалено: { $what }.
confirm-will-be-deleted-and-with-it = { $goes ->
    [one] Будет удалено: { $what }, а вместе с этим ещё { $goes } связанный элемент:
    [few] Будет удалено: { $what }, а вместе с этим ещё { $goes } связанных элемента:
   *[other] Будет удалено: { $what }, а вместе с этим ещё { $goes } связанных элементов:
}
derived-laying-out-actors = { $actors ->
    [one] Расчёт компоновки для { $actors } участника
    [few] Расчёт компоновки для { $actors } участников
   *[other] Расчёт компоновки для { $actors } участников
}
derived-measuring-actors = { $actors ->
    [one] Расчёт показателей для { $actors } участника
    [few] Расчёт показателей для { $actors } участников
   *[other] Расчёт показателей для { $actors } участников
}
edit-selected-cited-by-tie-s-quote-s = Связей, ссылающихся на источник: { $cited }; цитат из него: { $quoted }.
edit-selected-no-actor-on-the-map-choose = Участника { $arg } нет на карте: выберите другого.
editing-click-the-map-where-goes-esc = Щёлкните на карте место для «{ $name }» (Esc — не добавлять)
editing-could-not-change-the-map = Не удалось изменить карту: { $e }
editing-move = перемещение: { $arg }
editing-the-recovery-copy-has-problem-s = { $problems ->
    [one] Копия для восстановления содержит { $problems } проблему; копия сохранена, чтобы вы могли её просмотреть
    [few] Копия для восстановления содержит { $problems } проблемы; копия сохранена, чтобы вы могли её просмотреть
   *[other] Копия для восстановления содержит { $problems } проблем; копия сохранена, чтобы вы могли её просмотреть
}
editing-was-not-added = Не добавлено: { $name }
editor-change = Изменить: { $name }
editor-change-a-quote = Изменить цитату ({ $about })
editor-change-source = Изменить источник «{ $title }»
editor-is-no-longer-on-the-map = На карте больше нет: { $arg }. Выберите другого участника.
editor-placed-at-its-capital = Размещается в столице: { $capital }.
evidence-selected-characters = { $picked ->
    [one] Выделен { $picked } символ
    [few] Выделено { $picked } символа
   *[other] Выделено { $picked } символов
}
export-dialog-the-format-follows-the-extension-or = Формат определяется расширением: { $extensions-text }; для анимации шкалы времени — .gif / .apng
export-dialog-times-the-map-s-size-on = Размер карты на экране × { $s }
filters-only = Только { $short }
filters-unpin-dragged = Открепить перетащенных участников ({ $pins })
history-add = добавление: { $arg }
history-and-what-goes-with-it = { $arg } и всё связанное
history-change = изменение: { $arg }
history-delete = удаление: { $arg }
history-its-evidence-for = подтверждение из этого источника для { $arg }
history-quote = цитата { $id }
history-source = источник «{ $title }»
history-the-quote = цитата «{ $arg }…»
jobs-could-not-open-problem-s-the = { $problems ->
    [one] Не удалось открыть { $shown }: { $problems } проблема; карта осталась прежней
    [few] Не удалось открыть { $shown }: { $problems } проблемы; карта осталась прежней
   *[other] Не удалось открыть { $shown }: { $problems } проблем; карта осталась прежней
}
jobs-export-failed = Экспорт не удался: { $e }
jobs-exported = Экспортировано: { $display }{ $size }
jobs-exporting = Экспорт { $name }{ $size }
jobs-exporting-frames = { $total ->
    [one] Экспорт { $name } ({ $total } кадр)
    [few] Экспорт { $name } ({ $total } кадра)
   *[other] Экспорт { $name } ({ $total } кадров)
}
jobs-exporting-the-story = Экспорт истории в { $name }
jobs-frames = {" "}{ $total ->
    [one] ({ $total } кадр)
    [few] ({ $total } кадра)
   *[other] ({ $total } кадров)
}
jobs-is-still-under-way-export-again = { $what }: ещё выполняется; повторите экспорт после завершения
jobs-opening = Открытие { $name }
jobs-steps = {" "}{ $n ->
    [one] ({ $n } шаг)
    [few] ({ $n } шага)
   *[other] ({ $n } шагов)
}
jobs-stopped-unexpectedly-nothing-was-changed = { $what }: неожиданно прервано; ничего не изменено
look-first-year = { $name }: первый год
look-last-year = { $name }: последний год
look-node-size-over-what-the-view = Размер узла: { $label } в текущем виде (с учётом фильтров и временного окна)
look-steps = { $depth ->
    [one] { $depth } шаг
    [few] { $depth } шага
    [many] { $depth } шагов
   *[other] { $depth } шага
}
map-view-ties = { $ties ->
    [one] { $ties } связь
    [few] { $ties } связи
   *[other] { $ties } связей
}
map-view-drag-hint = Перетащите, чтобы переместить; Shift+перетаскивание к другому участнику — связать их
map-view-click-to-read-evidence = Нажмите, чтобы прочитать подтверждения
map-view-drawing-the-map = Отрисовка карты
parts-areas-of-cooperation = Области сотрудничества ({ $topics })
parts-attributes = Атрибуты ({ $attributes })
parts-cites = Ссылается на: { $arg }
parts-community = Сообщество { $arg } — { $with }
parts-from = откуда: { $arg }
parts-inferred = Выведено: { $note }
parts-with = другие участники: { $arg }
problems-fix = Как исправить: { $fix }
problems-problem-found-nothing-was-changed-the = { $n ->
    [one] Найдена { $n } проблема. Ничего не изменено: на карте остался прежний набор данных.
    [few] Найдены { $n } проблемы. Ничего не изменено: на карте остался прежний набор данных.
    [many] Найдено { $n } проблем. Ничего не изменено: на карте остался прежний набор данных.
   *[other] Найдено { $n } проблемы. Ничего не изменено: на карте остался прежний набор данных.
}
side-evidence-count = Подтверждения ({ $evidence })
side-people-and-parts = Лица и подразделения ({ $parts })
side-quotes-about = Цитаты о регионе: { $arg }
side-text = Текст: { $f }
side-ties-with-the-region = Связи с регионом ({ $arg })
status-frame-of = {" "}· кадр { $arg } из { $total }
status-unsourced = { $unsourced ->
    [one] { $unsourced } связь без источника
    [few] { $unsourced } связи без источника
   *[other] { $unsourced } связей без источника
}
stories-caption = Подпись { $arg }
stories-layout = компоновка «{ $layout }»
stories-quotes = Цитаты ({ $cited })
stories-show-this-view = Показать этот вид: { $arg }
story-has-no-steps-to-present = В истории «{ $name }» нет шагов для показа
story-save-view = сохранение вида «{ $name }»
story-saved-the-view = Вид «{ $name }» сохранён
story-step-of = { $name } · шаг { $arg } из { $steps }
structure-a-against-b = A { $arg } в сравнении с B { $arg2 }
structure-from-a-to-b = От A { $arg } к B { $arg2 }
structure-pairs-new-continued-lapsed = Новых пар: { $new } · продолжившихся: { $continued } · прервавшихся: { $lapsed }
structure-steps-out = { $depth ->
    [one] на { $depth } шаг
    [few] на { $depth } шага
    [many] на { $depth } шагов
   *[other] на { $depth } шага
}
table-rows-following-the-filters-and-time = { $rows ->
    [one] { $rows } строка · с учётом фильтров и временного окна
    [few] { $rows } строки · с учётом фильтров и временного окна
   *[other] { $rows } строк · с учётом фильтров и временного окна
}
table-sort-by-click-again-to-reverse = Сортировать по столбцу «{ $to-lowercase }»; повторный щелчок меняет порядок
timeline-space = { $tooltip } (Space)
windows-could-not-open = Не удалось открыть { $file }
windows-delete = Удалить: { $what }?
date-error-format = «{ $text }» — не дата: укажите ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД (например, 2025-08-24)
date-error-month = «{ $text }»: месяц должен быть от 01 до 12
date-error-day = «{ $text }»: в этом месяце нет { $day }-го числа
edit-error-duplicate = { $kind ->
    [tie] идентификатор «{ $id }» уже есть у другой связи: выберите другой
    [quote] идентификатор «{ $id }» уже есть у другой цитаты: выберите другой
    [source] идентификатор «{ $id }» уже есть у другого источника: выберите другой
   *[actor] идентификатор «{ $id }» уже есть у другого участника: выберите другой
}
edit-error-not-found = { $kind ->
    [tie] нет связи с идентификатором «{ $id }»
    [quote] нет цитаты с идентификатором «{ $id }»
    [source] нет источника с идентификатором «{ $id }»
   *[actor] нет участника с идентификатором «{ $id }»
}
edit-error-out-of-range = { $kind ->
    [tie] позиция { $at } за концом списка связей (записей: { $len })
    [quote] позиция { $at } за концом списка цитат (записей: { $len })
    [source] позиция { $at } за концом списка источников (записей: { $len })
   *[actor] позиция { $at } за концом списка участников (записей: { $len })
}
formats-json = Bridges JSON (.json)
formats-csv-pair = Пара таблиц CSV (папка с nodes.csv и edges.csv)
formats-gexf = Gephi GEXF (.gexf)
formats-graphml = GraphML для yEd и Cytoscape (.graphml)
csv-file-empty = файл пуст
csv-file-empty-fix = добавьте строку заголовка (например, id,name,kind,lat,lon или source,target,kind,date) и по строке на каждую запись.
csv-header = заголовок
csv-header-column = заголовок, столбец { $column }
csv-row = строка { $row }
csv-cannot-read-header = не удаётся прочитать заголовок: { $error }
csv-column-no-name = у столбца нет имени
csv-column-no-name-fix = дайте имя каждому столбцу в строке заголовка (или удалите пустой столбец).
csv-column-twice = столбец «{ $name }» встречается дважды (также столбец { $other })
csv-column-twice-fix = переименуйте или удалите один из них.
csv-edges-need-ends = в списке рёбер нужны столбцы source и target; в заголовке есть: { $columns }
csv-edges-need-ends-fix = назовите столбцы source (или from) и target (или to).
csv-nodes-need-id = в списке узлов нужен столбец id или name; в заголовке есть: { $columns }
csv-nodes-need-id-fix = назовите столбец id (или name, label).
csv-cannot-read-row = не удаётся прочитать строку: { $error }
csv-cannot-read-row-fix = исправьте кавычки.
csv-ragged-row = { $cells ->
    [one] в строке { $cells } ячейка
    [few] в строке { $cells } ячейки
    [many] в строке { $cells } ячеек
   *[other] в строке { $cells } ячейки
}, а { $columns ->
    [one] в заголовке { $columns } столбец
    [few] в заголовке { $columns } столбца
    [many] в заголовке { $columns } столбцов
   *[other] в заголовке { $columns } столбца
}
csv-ragged-row-fix = в каждой строке должно быть по ячейке на столбец (ячейки с разделителем заключайте в кавычки).
csv-more-problems = { $extra ->
    [one] и ещё { $extra } подобная проблема
    [few] и ещё { $extra } подобные проблемы
    [many] и ещё { $extra } подобных проблем
   *[other] и ещё { $extra } подобной проблемы
}
row-column = , столбец «{ $column }»
xml-edge-no-end = { $end ->
    [target] у этого ребра нет атрибута target
   *[source] у этого ребра нет атрибута source
}
xml-edge-no-end-fix = Добавьте к <edge> атрибут { $end }="…" с идентификатором узла.
xml-too-many-values = в файле больше { $limit } значений атрибутов (считая значения по умолчанию) — больше, чем читает Bridges
xml-too-many-values-fix = Разделите граф на файлы поменьше или удалите ненужные атрибуты и значения по умолчанию.
xml-file-empty = файл пуст
xml-file-empty-fix = Выберите файл { $format }, в котором есть граф.
xml-wrong-root = корневой элемент — <{ $name }>, а не <{ $root }>, так что это не файл { $format }
xml-wrong-root-fix = Выберите файл { $format } или откройте этот файл в его настоящем формате.
xml-dtd = в файле есть объявление типа документа (<!DOCTYPE …>); Bridges не читает DTD и определения сущностей: через них можно атаковать программу чтения
xml-dtd-fix = Удалите часть <!DOCTYPE …>: файлам { $format } она не нужна.
xml-too-many-nodes = в файле больше { $limit } узлов XML — больше, чем читает Bridges
xml-too-many-nodes-fix = Разделите граф на файлы поменьше.
xml-ends-early = XML обрывается раньше времени ({ $error }): файл обрезан или это не XML
xml-ends-early-fix = Сохраните или экспортируйте файл заново целиком.
xml-not-well-formed = файл не является корректным XML: { $detail }
xml-not-well-formed-fix = Проверьте, что это файл { $format }; если да, исправьте XML в этой строке и столбце или экспортируйте файл заново.
xml-too-deep = элементы вложены глубже { $limit } уровней — глубже, чем читает Bridges
xml-too-deep-fix = Уменьшите вложенность графов или групп: настоящий файл графа никогда не бывает таким глубоким.
xml-no-graph = в файле нет элемента <graph>, поэтому нечего читать: нет ни узлов, ни рёбер
graphml-no-graph-fix = Экспортируйте граф в GraphML заново.
gexf-no-graph-fix = Экспортируйте граф из Gephi в GEXF заново.
xml-node-number = узел { $n }
xml-node-id = узел «{ $id }»
xml-edge-number = ребро { $n }
xml-edge-id = ребро «{ $id }»
xml-node-no-id = у этого узла нет идентификатора
xml-node-no-id-fix = Добавьте каждому <node> атрибут id, например id="kz".
to-dataset-evidence-no-source = в подтверждении не указан источник
to-dataset-evidence-no-source-fix = добавьте столбец source_url (или source_title) с документом, из которого взято подтверждение.
to-dataset-source-date-fix = укажите дату в виде 2025, 2025-08 или 2025-08-24.
to-dataset-node-no-id = у узла нет ни идентификатора, ни имени
to-dataset-node-no-id-fix = задайте ему идентификатор.
to-dataset-duplicate-node = повторяющийся идентификатор «{ $id }»: он есть и у записи «{ $earlier }»
to-dataset-duplicate-node-fix = дайте каждому узлу собственный идентификатор.
to-dataset-unknown-kind = неизвестный тип «{ $kind }»
to-dataset-unknown-kind-fix = укажите state (или country), forum (или format, dialogue), region, organisation, person или context.
to-dataset-coordinate-outside = { $what ->
    [longitude] долгота «{ $text }» вне диапазона -{ $limit }..{ $limit }
   *[latitude] широта «{ $text }» вне диапазона -{ $limit }..{ $limit }
}
to-dataset-coordinate-outside-fix = используйте десятичные градусы (север и восток — положительные).
to-dataset-coordinate-not-number = { $what ->
    [longitude] долгота «{ $text }» — не число
   *[latitude] широта «{ $text }» — не число
}
to-dataset-coordinate-not-number-fix = укажите десятичные градусы, например 51.17, или оставьте ячейку пустой.
to-dataset-one-coordinate = указана только одна координата из двух (широта или долгота)
to-dataset-one-coordinate-fix = укажите обе или оставьте обе пустыми, чтобы узел разместился по своим связям.
to-dataset-not-a-date = «{ $text }» — не дата: { $error }
to-dataset-not-a-date-fix = укажите ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД (2025, 2025-08, 2025-08-24) или оставьте пустым, если дата неизвестна.
to-dataset-not-a-node = «{ $name }» — не узел: в списке узлов нет строки с таким идентификатором или именем
to-dataset-not-a-node-fix = добавьте участника в список узлов или исправьте имя.
to-dataset-edge-no-source = у ребра нет начала (source)
to-dataset-edge-no-source-fix = укажите участника, от которого оно начинается.
to-dataset-edge-no-target = у ребра нет конца (target)
to-dataset-edge-no-target-fix = укажите участника, к которому оно ведёт.
to-dataset-unknown-status = неизвестный статус «{ $status }»
to-dataset-unknown-status-fix = укажите held, planned или cancelled (пусто означает held).
to-dataset-duplicate-edge = повторяющийся идентификатор «{ $id }»: он уже есть у ребра выше
to-dataset-duplicate-edge-fix = дайте каждому ребру собственный идентификатор или оставьте столбец id пустым.
to-dataset-quote-needs-speaker = для столбца «{ $column }» нужны и цитата, и говорящий
to-dataset-quote-needs-speaker-fix = заполните обе ячейки или ни одной.
to-dataset-empty = нет ни узлов, ни рёбер
to-dataset-empty-fix = добавьте строки под заголовком: по одной на участника (узлы) или на связь (рёбра).
sources-not-built-in = его нет среди встроенных источников
sources-tried = проверены пути: { $paths }
sources-not-text = { $file }: это не файл .txt, .md или .html; сохраните текст источника в одном из этих форматов
sources-cannot-read = { $file }: не удаётся прочитать ({ $error })
sources-too-large = { $file }: { $mb } МБ — слишком много для источника; оставьте только цитируемую часть
sources-not-html = { $file }: не удаётся прочитать как HTML ({ $error })
sources-page-no-text = { $file }: на странице нет текста
sources-not-utf8 = { $file }: байт { $byte } не в кодировке UTF-8; сохраните файл как текст UTF-8
sources-file-empty = { $file }: файл пуст
save-error-io = не удалось записать { $file }: { $error }
save-error-csv = не удалось записать CSV: { $error }
save-error-json = не удалось записать JSON: { $error }
save-error-not-a-folder = { $file } — это файл: пара CSV сохраняется в папку; выберите имя папки
open-no-csv-in-folder = в папке нет ни nodes.csv, ни edges.csv
open-no-csv-in-folder-fix = откройте папку со списком рёбер edges.csv (и, если есть, nodes.csv) или откройте файл набора данных.
open-no-rows = в файле есть заголовок, но нет строк
open-no-rows-fix = добавьте под заголовком по строке на каждого участника или каждую связь.
open-imported-map = Импортированная карта
load-summary = { $origin }: OK: участников: { $actors }, связей: { $ties }, цитат: { $quotes }, тем: { $topics }, источников: { $sources }; фрагментов подтверждений: { $checked } и цитат: { $verbatim } найдено дословно в текстах источников (текстов: { $texts })
load-summary-views = ; сохранённых видов: { $views }, историй: { $stories } (шагов: { $steps })
load-summary-uncited = ; { $uncited ->
    [one] { $uncited } связь без ссылки на источник
    [few] { $uncited } связи без ссылки на источник
    [many] { $uncited } связей без ссылки на источник
   *[other] { $uncited } связи без ссылки на источник
}
load-cannot-open = не удаётся открыть файл: { $error }
load-cannot-open-fix = проверьте путь и права на чтение.
load-folder = это папка, а не файл набора данных
load-folder-fix = выберите файл набора данных.
load-too-large = размер файла — { $mb } МБ; Bridges читает файлы до { $limit } МБ
load-too-large-fix = разделите набор данных на файлы поменьше.
load-cannot-read = не удаётся прочитать файл: { $error }
load-cannot-read-fix = проверьте права на чтение.
load-not-utf8 = файл не является текстом UTF-8 (возможно, это двоичный файл?)
load-not-utf8-fix = сохраните его как текст UTF-8.
load-file-empty = файл пуст
load-file-empty-fix = откройте набор данных Bridges (см. docs/data-format.md).
load-json-syntax-fix = исправьте синтаксис JSON в этой строке и столбце.
load-json-value-fix = исправьте значение (все поля описаны в docs/data-format.md).
load-source-file = не удаётся прочитать файл источника ({ $why })
load-source-file-fix = положите текст источника по этому пути относительно файла набора данных.
validate-tie-uncited = связь не ссылается ни на один источник
validate-tie-uncited-fix = приведите фрагмент источника как подтверждение (в программе: «Редактировать карту», затем «Привести как подтверждение»).
validate-source-lacks = { $field ->
    [publisher] у источника не указан издатель
    [date] у источника не указана дата
   *[url] у источника не указан URL
}
validate-source-lacks-fix = { $field ->
    [publisher] укажите, кто его опубликовал.
    [date] укажите дату публикации с той точностью, с какой она дана (2025, 2025-08 или 2025-08-24).
   *[url] укажите URL, по которому он прочитан.
}
validate-format = ожидалось «bridges», найдено «{ $found }»
validate-format-fix = укажите "format": "bridges" в начале файла.
validate-format-version = версия формата этого файла — { $version }; эта сборка Bridges читает версию { $reads }
validate-format-version-fix = откройте его подходящей версией Bridges или преобразуйте (см. docs/data-format.md).
validate-id-empty = идентификатор пуст
validate-id-empty-fix = дайте каждой записи уникальный непустой идентификатор.
validate-duplicate-id = повторяющийся идентификатор «{ $id }»: уже используется в { $other }
validate-duplicate-id-fix = переименуйте одну из двух записей, чтобы все идентификаторы были уникальны.
validate-no-actor = ссылается на участника «{ $id }», которого нет в "actors"
validate-no-actor-fix = добавьте участника с этим идентификатором или исправьте ссылку.
validate-no-source = ссылается на источник «{ $id }», которого нет в "sources"
validate-no-source-fix = добавьте источник или исправьте ссылку.
validate-title-empty = название пустое
validate-title-empty-fix = укажите название источника.
validate-source-untraceable = у источника нет ни файла, ни URL, поэтому к нему ничего нельзя проследить
validate-source-untraceable-fix = добавьте "file" (путь относительно набора данных) или "url".
validate-latitude = широта { $lat } вне диапазона -90..90
validate-latitude-fix = используйте десятичные градусы, север — положительный.
validate-longitude = долгота { $lon } вне диапазона -180..180
validate-longitude-fix = используйте десятичные градусы, восток — положительный.
validate-name-empty = имя пустое
validate-name-empty-fix = дайте участнику имя.
validate-part-of-itself = участник не может входить сам в себя
validate-part-of-itself-fix = удалите part_of или укажите другого участника.
validate-start-after-end = начало { $start } позже конца { $end }
validate-start-after-end-fix = поменяйте даты местами или исправьте одну из них.
validate-tie-to-nobody = у связи нет ни одного адресата
validate-tie-to-nobody-fix = укажите в "to" хотя бы один идентификатор участника.
validate-tie-to-itself = связь соединяет «{ $actor }» с самим собой
validate-tie-to-itself-fix = укажите двух разных участников.
validate-via-not-forum = { $kind ->
    [state] «{ $via }» — государство, а не форум
    [region] «{ $via }» — регион, а не форум
    [person] «{ $via }» — лицо, а не форум
    [organisation] «{ $via }» — организация, а не форум
   *[context] «{ $via }» — участник контекста, а не форум
}
validate-via-not-forum-fix = в "via" указывается форум, в рамках которого идёт диалог.
validate-status-outdated = у связи статус «{ $status }», но её последний источник («{ $source }») говорит «{ $said }»
validate-status-outdated-fix = установите статус связи по её последнему источнику или приведите источник, где сказано иное.
validate-no-tie = ссылается на связь «{ $id }», которой нет в "ties"
validate-no-tie-fix = исправьте идентификатор связи.
validate-no-tie-id-fix = исправьте идентификатор.
validate-unknown-layout = неизвестная компоновка «{ $layout }»
validate-unknown-layout-fix = укажите geo, force или circular.
validate-view-not-a-date = «{ $text }» — не дата
validate-view-not-a-date-fix = запишите в виде 2004-01-01.
validate-bounds = границы — не числа
validate-bounds-fix = укажите запад, юг, восток, север.
validate-no-quote = ссылается на цитату «{ $id }», которой нет в "quotes"
validate-no-quote-fix = укажите цитату из набора данных по её идентификатору.
validate-text-empty = { $what ->
    [quote] цитата пуста
   *[evidence] подтверждение пусто
}
validate-text-empty-fix = скопируйте фрагмент из источника.
validate-not-verbatim-start = { $what ->
    [quote] цитата не найдена дословно в источнике «{ $source }»: не совпадает даже первый символ
   *[evidence] подтверждение не найдено дословно в источнике «{ $source }»: не совпадает даже первый символ
}
validate-not-verbatim = { $what ->
    [quote] цитата не найдена дословно в источнике «{ $source }»: она расходится с ближайшим фрагментом в символе { $ch }: в источнике «{ $want }…», в наборе данных «{ $got }…»
   *[evidence] подтверждение не найдено дословно в источнике «{ $source }»: оно расходится с ближайшим фрагментом в символе { $ch }: в источнике «{ $want }…», в наборе данных «{ $got }…»
}
validate-not-verbatim-fix = скопируйте предложение из источника точно, символ в символ.
compare-not-two-periods = «{ $text }» — это не два периода: укажите два периода в виде НАЧАЛО..КОНЕЦ,НАЧАЛО..КОНЕЦ, например 2004..2014,2015..2025
compare-no-dots = в «{ $period }» нет «..»: укажите два периода в виде НАЧАЛО..КОНЕЦ,НАЧАЛО..КОНЕЦ, например 2004..2014,2015..2025
compare-bad-date = «{ $date }» в «{ $period }»: { $error }; укажите два периода в виде НАЧАЛО..КОНЕЦ,НАЧАЛО..КОНЕЦ, например 2004..2014,2015..2025
compare-ends-before-start = «{ $period }» заканчивается раньше, чем начинается: укажите два периода в виде НАЧАЛО..КОНЕЦ,НАЧАЛО..КОНЕЦ, например 2004..2014,2015..2025
rank-ordinal = { $n }-е
rank-group = { $kind ->
    [state] { $of ->
        [one] { $of } государства
       *[other] { $of } государств
    }
    [forum] { $of ->
        [one] { $of } форума
       *[other] { $of } форумов
    }
    [region] { $of ->
        [one] { $of } региона
       *[other] { $of } регионов
    }
    [person] { $of ->
        [one] { $of } лица
       *[other] { $of } лиц
    }
    [organisation] { $of ->
        [one] { $of } организации
       *[other] { $of } организаций
    }
    [context] { $of ->
        [one] { $of } участника контекста
       *[other] { $of } участников контекста
    }
   *[actor] { $of ->
        [one] { $of } участника
       *[other] { $of } участников
    }
}
rank-all = 0 у всех из { $group }
rank-joint = { $ordinal } место из { $group } (наравне ещё с { $shared ->
    [one] { $shared } участником
    [few] { $shared } участниками
    [many] { $shared } участниками
   *[other] { $shared } участника
})
rank-plain = { $ordinal } место из { $group }
parts-metric-ties = Связи
parts-metric-eigenvector = Собств. вектор
parts-rank-by = { $metric ->
    [partners] { $rank } по числу партнёров
    [betweenness] { $rank } по посредничеству
    [eigenvector] { $rank } по собственному вектору
   *[ties] { $rank } по числу связей
}
parts-community-alone = Сообщество { $arg } — без других участников
parts-date-as-given = Дата в том виде, как её даёт источник
look-size-all-ties = Связи (за всё время)
look-size-all-ties-tip = Размер узла: все связи участника в данных
look-colour-kind-tip = Цвет узла: государство, форум, регион, … как в легенде
look-colour-metric-tip = Цвет узла: светлый для наименьшего значения в текущем виде, тёмный для наибольшего
look-colour-community-tip = Цвет узла: его сообщество в текущем виде (Лувен, одинаково при каждом запуске)
look-focus-depth-tip = Насколько далеко от выбранного участника сохраняется фокус (+ и − при выбранном участнике)
look-period-a = Период A
look-period-b = Период B
look-period-ends-before-start = Каждый период должен заканчиваться в год начала или позже.
editing-undid = Отменено: { $name }
editing-redid = Повторено: { $name }
editing-could-not-undo = Не удалось отменить ({ $name }): { $e }
editing-could-not-redo = Не удалось повторить ({ $name }): { $e }
confirm-save-the-changes-to-this-map-first = Сначала сохранить изменения этой карты?
edit-selected-date-hint = 2025, 2025-08 или 2025-08-24
edit-selected-actor-needs-a-name = У участника должно быть имя.
edit-selected-another-actor-has-this-name = Это имя уже есть у другого участника.
edit-selected-name-ja = Имя (日本語)
edit-selected-name-ru = Имя (русский)
edit-selected-actor-kind = Тип участника
edit-selected-actor-role = Роль участника
edit-selected-actor-role-hint = Министр иностранных дел
edit-selected-about-the-actor = Об участнике
edit-selected-about-the-actor-hint = Одно-два предложения
edit-selected-members = Члены
edit-selected-part-of = Входит в
edit-selected-add = добавить…
edit-selected-tie-from = Связь от
edit-selected-tie-to = Связь с
edit-selected-also-to = Также с
edit-selected-people = Лица
edit-selected-forum = Форум
edit-selected-forum-must-be-a-forum = Форумом встречи может быть только участник типа «Форум».
edit-selected-two-different-actors = Связь соединяет двух разных участников.
edit-selected-kind-of-tie = Тип связи
edit-selected-tie-status = Статус связи
edit-selected-ends-before-it-starts = Конец раньше начала.
edit-selected-tie-place = Место связи
edit-selected-place-hint = Астана
edit-selected-summary-hint = Что произошло
edit-selected-unsourced = Без источника: приведите фрагмент из окна чтения источника.
edit-selected-remove = Убрать
edit-selected-quote-speaker = Автор цитаты
edit-selected-choose-who-said-it = Выберите, кто это сказал.
edit-selected-about-actors = О каких участниках
edit-selected-source-url = URL источника
edit-selected-source-needs-a-title = У источника должно быть название.
edit-selected-give-the-publisher = Укажите издателя (этого требует bridges check).
edit-selected-give-the-date = Укажите дату публикации (этого требует bridges check).
edit-selected-give-the-url = Укажите URL (этого требует bridges check).
editor-name-hint = Монголия
editor-name-taken = Участник с таким именем уже есть.
editor-add-then-click-tip = Добавить, затем щёлкнуть на карте там, где он должен быть («Отменить» уберёт его)
editor-add-at-capital-tip = Добавить на карту в точке его столицы («Отменить» уберёт его)
editor-choose = выбрать…
editor-from = От
editor-to = К
editor-tie-kind = Тип связи
editor-status = Статус
editor-change-the-tie = Изменить связь
commands-no-file-chosen-export = Файл не выбран. Если диалоговое окно не появилось, введите путь в поле «Файл».
commands-no-file-chosen-open = Файл не выбран. Если диалоговое окно не появилось, укажите путь в командной строке (bridges PATH) или перетащите файл в окно.
commands-no-file-chosen-save = Файл не выбран. Если диалоговое окно не появилось, введите путь в поле.
commands-no-file-chosen-source = Файл не выбран. Если диалоговое окно не появилось, перетащите файл в окно.
commands-opened-the-built-in-map = Открыта встроенная карта
commands-new-map-title = Новая карта
commands-a-new-empty-map = Новая пустая карта: добавьте участников, источники и связи в боковой панели
commands-filter-source-text = Текст, Markdown или HTML
commands-two-files = { $a } и { $b }
commands-views-kept-only-in-json = ; сохранённые виды и истории хранятся только в Bridges JSON (чтобы сохранить их, сохраните как .json)
commands-open-csv-folder-title = Открыть папку CSV
commands-open-dataset-title = Открыть набор данных
commands-filter-datasets = Наборы данных
commands-filter-csv = Список рёбер или узлов CSV
commands-filter-gif = Анимированный GIF (шкала времени)
commands-filter-apng = Анимированный PNG (шкала времени)
history-source-id = источник { $id }
history-change-the-saved-views = изменение сохранённых видов
history-change-the-stories = изменение историй
history-nothing = ничего
jobs-laid-out = { $actors ->
    [one] Размещён { $actors } участник за { $seconds } с
    [few] Размещены { $actors } участника за { $seconds } с
    [many] Размещены { $actors } участников за { $seconds } с
   *[other] Размещены { $actors } участника за { $seconds } с
}
jobs-no-dated-ties = ни у одной связи нет даты: нечего анимировать на шкале времени
jobs-stopped-nothing-written = остановлено; ничего не записано
windows-drop-to-open = Отпустите, чтобы открыть: Bridges JSON, CSV, GEXF или GraphML (.txt, .md, .html — как новый источник)
editing-added-a-tie = Связь добавлена: укажите её тип, дату и подтверждение в боковой панели
editing-restored-the-unsaved-changes = Несохранённые изменения восстановлены; сохраните их, чтобы не потерять
story-no-story-to-present = Нет истории для показа: создайте её в меню «Вид ▸ Истории»
side-ties = Связи
side-ties-in-time = Связи в выбранный период
side-ties-at-other-times = Связи в другое время
side-no-ties-in-time = В выбранный период связей нет.
side-quotes = Цитаты
side-affiliation = Место работы:
side-part-of = Входит в:
side-to = Куда:
side-with = С кем:
side-unsourced = Без источника: ссылок на источник пока нет. В режиме «Редактировать карту» выделите фрагмент источника и выберите «Привести как подтверждение».
parts-no-source-given = источник не указан
parts-to = куда: { $arg }
parts-undated = Без даты
parts-first-listed = … показаны первые { $listed } по дате; { $other ->
    [one] ещё { $other } связь — на карте и на шкале времени.
    [few] ещё { $other } связи — на карте и на шкале времени.
    [many] ещё { $other } связей — на карте и на шкале времени.
   *[other] ещё { $other } связи — на карте и на шкале времени.
}
stories-view = Вид
stories-a-view-has-this-name = Вид с таким именем уже есть.
stories-rename = Переименовать
stories-from-to = с { $from } по { $to }
stories-from-to-cumulative = с { $from } по { $to } (накопительно)
stories-some-ties-hidden = часть связей скрыта
stories-none-yet = пока нет
stories-delete-story = Удалить историю
charts-bar = { $kind }: { $n } в { $year } г.
charts-partners-that-year = партнёров за год
export-dialog-pixels = { $width } × { $height } пикс.
export-dialog-source-footer-tip = Источник, карта-основа и «сделано в Bridges»
export-dialog-file-hint = { $images }, ties.gif или ties.apng
filters-click-to-hide = Щёлкните, чтобы скрыть
filters-click-to-show = Щёлкните, чтобы показать
timeline-time-range = Временной диапазон
save-dialog-json-keeps-everything = Сохраняет всё: источники, подтверждения, цитаты, темы.
save-dialog-csv-pair = Папка с nodes.csv и edges.csv для электронных таблиц. Темы не сохраняются.
save-dialog-graph = Участники, связи, даты, цитаты и подтверждения — как атрибуты. Темы не сохраняются.
save-dialog-folder = Папка:
save-dialog-file = Файл:
evidence-choose-a-source = выберите источник…
density-bar = { $kind }, { $period }: показано { $shown } из { $all }{ $detail }
density-held = состоялось: { $n }
density-planned = запланировано: { $n }
density-cancelled = отменено: { $n }
table-actors = Участники
table-ties = Связи
table-column-name = Имя
table-column-kind = Тип
table-column-ties = Связи
table-column-partners = Партнёры
table-column-betweenness = Посредничество
table-column-eigenvector = Собств. вектор
table-column-community = Сообщество
table-column-date = Дата
table-column-from = От
table-column-to = К
table-column-status = Статус
table-column-place = Место
search-context = Контекст
search-quote = Цитата
problem-fix = . Как исправить: { $fix }
problem-count-in-file = { $file }: { $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
   *[other] { $count } проблем
}
cli-could-not-open-window = bridges: не удалось открыть окно: { $error }
cli-check-untraceable = { $origin }: файл открывается, но { $count ->
    [one] { $count } факт нельзя проследить
    [few] { $count } факта нельзя проследить
   *[other] { $count } фактов нельзя проследить
} до источника: каждая связь должна ссылаться на источник, а у каждого источника должны быть URL, издатель и дата
cli-check-problems-found = { $file }: { $count ->
    [one] найдена { $count } проблема
    [few] найдено { $count } проблемы
   *[other] найдено { $count } проблем
}
cli-convert-nothing-written = { $error }; ничего не записано
cli-convert-unknown-format = не удаётся определить формат { $path }: назовите файл FILE.json, FILE.gexf или FILE.graphml либо укажите имя папки для пары CSV
cli-convert-views-not-written = примечание: { $views ->
    [one] { $views } сохранённый вид
    [few] { $views } сохранённых вида
   *[other] { $views } сохранённых видов
} и { $stories ->
    [one] { $stories } история
    [few] { $stories } истории
   *[other] { $stories } историй
} не записаны: их хранит только Bridges JSON
cli-unknown-kind = --kinds: нет связей типа «{ $kind }»; типы в этом наборе данных: { $kinds }
cli-unknown-source = --source: нет источника с id «{ $id }»; источники в этом наборе данных: { $ids }
cli-unknown-layout = --layout: «{ $layout }» — не компоновка; укажите geo, force или circular
cli-unknown-metric = --size-by: «{ $metric }» — не показатель; укажите ties, partners, betweenness или eigenvector
cli-unknown-colour = --colour-by: значение «{ $colour }» неизвестно; укажите kind, community, ties, partners, betweenness или eigenvector
cli-depth-out-of-range = --depth: значение { $depth } вне диапазона; укажите 1, 2 или 3
cli-no-such-selection = нет участника или связи с именем «{ $name }»; участники на карте: { $actors }
cli-unknown-lang = --lang { $tag }: такого языка в Bridges нет; укажите en, ja или ru
cli-view-too-small = вид должен быть не меньше 1×1 пикселя, а не { $width }×{ $height }
cli-fps-out-of-range = --fps { $fps }: укажите от 0,01 до 100 кадров в секунду
cli-no-dated-tie = --{ $flag }: в наборе данных нет связей с датой; укажите дату
cli-metrics-unknown-format = --format { $format }: укажите csv или json
export-format-png = Изображение PNG
export-format-svg = Изображение SVG
export-format-pdf = Документ PDF
export-extensions-list = { $rest } или { $last }
export-unknown-format = неизвестный формат изображения «{ $ext }»: имя файла должно оканчиваться на { $formats }
export-bad-scale = недопустимый размер { $size }: масштаб должен быть положительным числом, ширина — положительным числом пикселей
export-svg-unreadable = не удалось прочитать SVG обратно: { $error }
export-cannot-allocate = нельзя создать изображение { $width }×{ $height }: не более 65535 пикселей по стороне и при наличии памяти
export-png-encoding-failed = не удалось закодировать PNG: { $error }
export-too-large = изображение { $width }×{ $height } пикселей невозможно: каждая сторона должна быть от 1 до { $max } пикселей
export-no-folder = папка { $path } не существует: выберите существующую папку
export-is-folder = { $path } — это папка: укажите имя файла с расширением { $formats }
export-could-not-write = не удалось записать { $path }: { $error }
export-could-not-render = не удалось отрисовать изображение: { $error }
export-step-year = год
export-step-month = месяц
export-step-day = день
export-not-a-step = --step: «{ $step }» — не шаг; укажите year, month или day
export-from-after-to = --from { $from } позже, чем --to { $to }
export-too-many-frames = от { $from } до { $to } получается более { $max ->
    [one] { $max } кадра
   *[other] { $max } кадров
}: выберите шаг крупнее или период короче
export-no-frames = нет кадров для анимации
export-gif-failed = ошибка кодирования GIF: { $error }
export-apng-failed = ошибка кодирования APNG: { $error }
export-frames-too-many = слишком много кадров
export-not-an-animation = анимация записывается в .gif, .apng или .png, а не в «.{ $ext }»
export-pdf-page-too-large = страница { $width }×{ $height } пунктов невозможна
export-pdf-not-written = не удалось записать PDF: { $error }
export-pdf-sources = Источники ({ $count })
export-pdf-sources-continued = Источники (продолжение)
export-none-in-dataset = { $what ->
    [story] в наборе данных нет историй
   *[view] в наборе данных нет сохранённых видов
}
export-none-called = { $what ->
    [story] нет истории с названием «{ $name }»; истории: { $names }
   *[view] нет сохранённого вида с названием «{ $name }»; сохранённые виды: { $names }
}
export-story-no-steps = в истории «{ $name }» нет шагов
