# The user interface in Arabic (unofficial translation). Every message of en.ftl is here.
# Counts select on PLURAL($n), the CLDR category from ICU4X: Fluent's own plural rules put
# 103 and 111 under "other", where Arabic says "few" and "many".
# واجهة المستخدم باللغة العربية (ترجمة غير رسمية). ترد هنا جميع رسائل الملف en.ftl.

site-name = قاعدة بيانات بشأن العنف ضد العاملات المهاجرات
site-tagline = التدابير التي أبلغت عنها الدول والمنظمات الدولية
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-measures = التدابير
nav-countries = البلدان
nav-cycles = دورات الإبلاغ
nav-vocabularies = قوائم المصطلحات
footer-languages = اللغات
footer-api = واجهة ⁨API⁩ بنسق ⁨JSON⁩ (وثيقة ⁨OpenAPI⁩)
footer-about = تسجل قاعدة البيانات هذه ما تفيد الدول والمنظمات الدولية بأنها تتخذه من إجراءات للتصدي للعنف ضد العاملات المهاجرات، على النحو الذي جُمع لأغراض تقارير الأمين العام.

home-title = تدابير التصدي للعنف ضد العاملات المهاجرات
home-intro = القوانين والسياسات والخدمات والحملات والتدريب وجمع البيانات والتعاون، مما أفادت به الدول وكيانات الأمم المتحدة والمنظمة الدولية للهجرة، مصنفةً على نحو يتيح لكم معرفة ما اتُّخذ من إجراءات وأين اتُّخذت.
home-count-measures = { PLURAL($count) ->
    [zero] لا تدابير منشورة
    [one] تدبير منشور واحد
    [two] تدبيران منشوران
    [few] { $count } تدابير منشورة
    [many] { $count } تدبيرًا منشورًا
   *[other] { $count } تدبير منشور
}
home-count-countries = { PLURAL($count) ->
    [zero] في أي بلد أو منطقة
    [one] في بلد أو منطقة واحدة
    [two] في بلدين أو منطقتين
    [few] في { $count } بلدان ومناطق
    [many] في { $count } بلدًا ومنطقة
   *[other] في { $count } بلد ومنطقة
}
home-count-cycles = { PLURAL($count) ->
    [zero] من أي دورة إبلاغ
    [one] من دورة إبلاغ واحدة
    [two] من دورتي إبلاغ
    [few] من { $count } دورات إبلاغ
    [many] من { $count } دورة إبلاغ
   *[other] من { $count } دورة إبلاغ
}
home-latest-cycle = آخر دورة إبلاغ
home-find = البحث عن التدابير
home-find-country = البلد
home-find-button = عرض التدابير
home-browse-types = التصفح حسب نوع التدبير
home-any-country = أي بلد
filter-country = البلد أو المنطقة
filter-region = المنطقة الإقليمية
filter-cycle = دورة الإبلاغ
filter-actor-kind = نوع الجهة الفاعلة
filter-implementation = التنفيذ
filter-year-from = من سنة
filter-year-to = إلى سنة
filter-clear = إزالة جميع عوامل التصفية
filters-active = عوامل التصفية المطبقة
filter-remove = إزالة عامل التصفية: { $label }
sort-label = الترتيب حسب:
sort-by-country = البلد
sort-by-year = السنة
pagination-label = الصفحات
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-page = الصفحة { $number }
pagination-status = الصفحة { $current } من { $pages }

actor-kind-member-state = دولة عضو
actor-kind-observer-state = دولة مراقبة
actor-kind-un-entity = كيان من كيانات الأمم المتحدة
actor-kind-intergovernmental-organization = منظمة حكومية دولية
actor-kind-other = جهة أخرى
implementation-in-place = مطبَّق
implementation-in-preparation = قيد الإعداد

measure-in-preparation = قيد الإعداد
measure-actor = الجهة المبلِّغة
measure-cycle = دورة الإبلاغ
measure-effectiveness = أدلة الفعالية
measure-effectiveness-unknown = لم يُبلَّغ عن أي أدلة على الفعالية.
measure-classification = التصنيف
measure-source = المصدر
measure-other-languages = متاح أيضًا باللغات التالية
measure-text-language-note = هذا النص غير متاح بلغة الصفحة؛ ويُعرض باللغة التي قُدِّم بها.
measure-id = المعرِّف
measure-updated = آخر تحديث
measure-period = الفترة
measure-period-not-stated = لم تُذكر في المصدر
measure-reported-in = وردت في الوثيقة { $report } ({ $year })
footer-about-link = نبذة عن قاعدة البيانات: المصادر وطريقة الاستشهاد
data-as-at = البيانات في { $date }
about-sources-and-citation = المصادر وطريقة الاستشهاد
about-title = نبذة عن قاعدة البيانات
about-default = تسجل قاعدة البيانات هذه التدابير التي تتخذها الدول للتصدي للعنف ضد العاملات المهاجرات (القوانين والسياسات والخدمات والحملات والتدريب وجمع البيانات والتعاون)، على النحو الذي تبلغ عنه الحكومات وكيانات الأمم المتحدة والمنظمات الأخرى لأغراض تقارير الأمين العام عن العنف ضد العاملات المهاجرات. وتسجل أيضًا حالة المعاهدات التي تشير إليها تلك التقارير، وتنشر إحصاءات عن هذا العنف بشكل يحمي كل ضحية.
about-data-as-at = البيانات في
about-count-measures = التدابير المنشورة
about-count-countries = البلدان والمناطق التي لها تدابير
about-sources = المصادر
about-sources-cycles = التدابير مستمدة من الردود على طلبات الأمين العام للحصول على المعلومات، بدورة إبلاغ واحدة لكل تقرير.
about-cycles-caption = دورات الإبلاغ المشمولة
about-cycle-report = التقرير
about-cycle-title = العنوان
about-cycle-as-at = المعلومات في
about-sources-treaties = حالة المعاهدات مستمدة من جداول الحالة التي تنشرها جهات الإيداع؛ وتبين صفحة كل صك التاريخ الذي يكتمل سجله حتى ذلك التاريخ وتذكر مصادره.
about-sources-statistics = الإحصاءات المتعلقة بالعنف مستمدة من مجموعات البيانات التي يحمّلها مقدمو الإحصاءات؛ ويذكر كل جدول مجموعات البيانات التي يحصيها، وتُحجب الأعداد الصغيرة حتى لا يمكن التعرف على أي ضحية.
about-cite = طريقة الاستشهاد
about-cite-note = اذكروا عنوان الصفحة المستخدمة وتاريخ الاطلاع عليها: فالبيانات تتغير كلما نُشرت ردود جديدة.
about-cite-measure = تدبير
about-cite-table = جدول إحصائي
about-cite-table-example = حالات العنف ضد العاملات المهاجرات، حسب شكل العنف
about-cite-api = البيانات ككل
about-cite-api-note = يمكن تنزيل كل قائمة (⁨CSV⁩ و⁨XLSX⁩ و⁨JSON⁩) والاطلاع عليها عبر واجهة البرمجة العامة، الموصوفة في
about-contact = الاتصال
measure-cite = طريقة الاستشهاد بهذا التدبير
citation-measure = { $source }، ”{ $title }“، التدبير { $id }. متاح على الموقع { $address } (تاريخ الاطلاع: { $date }).
citation-measure-with-report = { $source }، ”{ $title }“، التدبير { $id }، الوارد في الوثيقة { $report }. متاح على الموقع { $address } (تاريخ الاطلاع: { $date }).
citation-table = { $source }، ”{ $title }“. متاح على الموقع { $address } (تاريخ الاطلاع: { $date }).
citation-source = { $publisher }، { $site }
measure-json = هذا التدبير بنسق ⁨JSON⁩
measure-details = التفاصيل

countries-title = البلدان والمناطق
countries-intro = لدى { $with_measures } من أصل { $in_all } من البلدان والمناطق الواردة في معيار الأمم المتحدة ⁨M49⁩ تدابير منشورة. وتعرض القائمة هذه البلدان والمناطق؛ اختاروا الخانة أدناه لعرض جميع البلدان والمناطق.
countries-map-title = التدابير المنشورة، حسب البلد أو المنطقة
countries-map-value-label = تدابير
countries-map-no-measure = لا توجد تدابير منشورة
countries-map-description = تُلوّن الخريطة البلدان والمناطق التي لها تدابير منشورة وعددها { $count } حسب عدد تدابيرها؛ وتبين القائمة أدناه كل عدد.
countries-filter-name = الاسم
countries-filter-region = المنطقة
countries-any-region = جميع المناطق
countries-filter-all = إدراج البلدان والمناطق التي ليس لها تدابير منشورة
countries-filter-apply = عرض
countries-filter-clear = مسح
countries-letters = الانتقال إلى حرف
countries-column-region = المنطقة
countries-none = لا يوجد بلد أو منطقة مطابقة. امسحوا عوامل التصفية لعرض المزيد.
countries-shown = { PLURAL($count) ->
    [zero] لا يوجد بلد أو منطقة
    [one] بلد أو منطقة واحدة
    [two] بلدان أو منطقتان
    [few] { $count } بلدان ومناطق
    [many] { $count } بلدًا ومنطقة
   *[other] { $count } بلد ومنطقة
}
countries-column-name = الاسم
countries-column-status = المركز في الأمم المتحدة
countries-column-measures = التدابير
country-status-member = دولة عضو
country-status-observer = دولة مراقبة
country-status-other = منطقة

page-contents = في هذه الصفحة
country-formal-name = الاسم الرسمي
country-codes = الرموز
country-regions = المناطق الإقليمية
country-status = المركز
country-names = الأسماء باللغات الرسمية
country-former-names = الأسماء السابقة
country-former-until = حتى { $date }
country-measures = { PLURAL($count) ->
    [zero] لا يوجد تدبير منشور
    [one] تدبير منشور واحد
    [two] تدبيران منشوران
    [few] { $count } تدابير منشورة
    [many] { $count } تدبيرًا منشورًا
   *[other] { $count } تدبير منشور
}
country-no-measures = لم يُنشر بعدُ أي تدبير لهذا البلد.
country-all-measures = جميع تدابير هذا البلد، مع عوامل التصفية
country-measures-of-type = جميع التدابير من هذا النوع

cycles-title = دورات الإبلاغ
cycles-replies = { PLURAL($count) ->
    [zero] لا ردود
    [one] رد واحد
    [two] ردان
    [few] { $count } ردود
    [many] { $count } ردًا
   *[other] { $count } رد
}
cycles-as-at = حتى { $date }
cycles-none = لم تُسجَّل بعدُ أي دورة إبلاغ.

cycle-mandate = الولاية
cycle-symbol = التقرير
cycle-previous-report = التقرير السابق
cycle-requested-on = تاريخ إرسال الطلب
cycle-deadline = الموعد النهائي
cycle-published-on = تاريخ صدور التقرير
cycle-responded = { PLURAL($n) ->
    [zero] حتى { $date }، لم تكن أي دولة عضو قد ردت.
    [one] حتى { $date }، كانت دولة عضو واحدة قد ردت.
    [two] حتى { $date }، كانت دولتان عضوان قد ردتا.
    [few] حتى { $date }، كانت { $count } دول أعضاء قد ردت.
    [many] حتى { $date }، كانت { $count } دولة عضوًا قد ردت.
   *[other] حتى { $date }، كانت { $count } دولة عضو قد ردت.
}
cycle-as-at-label = عدّ الردود حتى تاريخ
cycle-as-at-button = عدّ
cycle-member-states = الدول الأعضاء التي ردت
cycle-organizations = كيانات الأمم المتحدة والمنظمات الأخرى التي ردت
cycle-received = ورد في { $date }
cycle-late = بعد الموعد النهائي
cycle-after-as-at = بعد التاريخ المعتمد للعدّ
cycle-no-replies = لا يوجد.
cycle-measures-link = التدابير المبلَّغ عنها في هذه الدورة

vocabulary-others = قوائم المصطلحات
vocabulary-intro = يحيل كل مصطلح إلى التدابير المصنفة تحته أو تحت مصطلح أضيق منه.

error-no-such-page = لا توجد صفحة بهذا العنوان.
error-no-such-measure = لا يوجد تدبير منشور بهذا العنوان.
error-no-such-country = لا يوجد بلد أو منطقة بهذا الرمز.
error-no-such-cycle = لا توجد دورة إبلاغ بهذا الرمز.
error-no-such-vocabulary = لا توجد قائمة مصطلحات بهذا الرمز.
error-back-home = الانتقال إلى الصفحة الرئيسية

nav-instruments = المعاهدات
instruments-title = الصكوك الدولية
instruments-intro = الاتفاقيات والبروتوكولات التي تحمي العاملات المهاجرات، وعدد الدول التي أصبحت أطرافًا فيها حتى تاريخ تختارونه. ولا تكون الأعداد دقيقة إلا حيث يكون السجل كاملًا؛ وفي غير ذلك من الحالات، تمثل الأعداد المبيَّنة حدًا أدنى.
instruments-caption = الأطراف حتى { $date }
instruments-column-title = الصك
instruments-column-adopted = تاريخ الاعتماد
instruments-column-parties = الأطراف
instruments-column-record = السجل
instruments-at-least = { $count } على الأقل
instrument-abbreviation = الاختصار
instrument-parent = مكمِّل للصك التالي
instrument-depositary = الوديع
instrument-adopted = تاريخ الاعتماد
instrument-entry-into-force = بدء النفاذ
instrument-record = السجل
instrument-party-count = { PLURAL($count) ->
    [zero] حتى { $date }، لم تكن أي دولة قد أصبحت طرفًا.
    [one] حتى { $date }، كانت دولة واحدة قد أصبحت طرفًا.
    [two] حتى { $date }، كانت دولتان قد أصبحتا طرفين.
    [few] حتى { $date }، كانت { $count } دول قد أصبحت أطرافًا.
    [many] حتى { $date }، كانت { $count } دولة قد أصبحت أطرافًا.
   *[other] حتى { $date }، كانت { $count } دولة قد أصبحت أطرافًا.
}
instrument-party-count-partial = حتى { $date }، كانت { $count } دولة على الأقل قد أصبحت أطرافًا (السجل غير كامل بالنسبة إلى هذا التاريخ).
instrument-chart-alt = رسم بياني درجي لتطور عدد الدول الأطراف في { $title } على مر الزمن
instrument-downloads = التنزيلات
instrument-download-status-csv = حالة الصك بشكل مجموعة معاهدات الأمم المتحدة (⁨CSV⁩)
instrument-download-status-xlsx = حالة الصك بشكل مجموعة معاهدات الأمم المتحدة (⁨XLSX⁩)
instrument-parties = الأطراف حتى { $date }
instrument-no-parties = لا توجد دولة مسجلة بوصفها طرفًا في هذا التاريخ.
instrument-signatories = الدول الموقِّعة غير الأطراف في هذا التاريخ
instrument-column-action = الإجراء
instrument-column-date = التاريخ
instrument-column-signed = تاريخ التوقيع
treaty-as-at-label = الحالة حتى تاريخ
treaty-as-at-button = عرض
treaty-party-since = طرف منذ { $date } ({ $action })
treaty-denounced = نُقضت، اعتبارًا من { $date }
treaty-signatory = وقّعت في { $date }؛ ليست طرفًا
treaty-not-party = ليست طرفًا
treaty-no-record = لم يُسجَّل أي إجراء (سجل هذا الصك غير كامل)
treaty-data-complete = كامل: إجراءات جميع الدول مسجلة.
treaty-data-complete-until = كامل حتى { $date }؛ أما الإجراءات اللاحقة فمسجلة لبعض الدول فقط.
treaty-data-partial = جزئي: إجراءات بعض الدول فقط مسجلة.
treaty-action-signature = التوقيع
treaty-action-ratification = التصديق
treaty-action-accession = الانضمام
treaty-action-acceptance = القبول
treaty-action-approval = الموافقة
treaty-action-succession = الخلافة
treaty-action-definitive-signature = التوقيع النهائي
treaty-action-denunciation = النقض
country-treaties = حالة المعاهدات حتى { $date }
error-no-such-instrument = لا يوجد صك بهذا الرمز.

cycle-report-link = التقرير، مُعَدًّا من بيانات اليوم
report-back-to-cycle = العودة إلى دورة الإبلاغ
report-intro = أُعدّ هذا التقرير باستخدام القالب الافتراضي والبيانات المنشورة: فكل عدد وتاريخ وقائمة دول محسوبة، وفقًا للأسلوب التحريري للأمم المتحدة، مما تحتفظ به قاعدة البيانات اليوم.
report-download-docx = مستند ⁨Word⁩
report-download-pdf = ⁨PDF⁩
report-download-markdown = ⁨Markdown⁩
report-footnotes = الحواشي
report-back-to-text = العودة إلى النص

## البحث
search-title = البحث في التدابير
search-label = البحث بأي لغة من لغات الأمم المتحدة
search-hint = كلمات بأي لغة من اللغات الست؛ "كلمات بين علامتي تنصيص" للبحث عن عبارة؛ ⁨OR⁩ بين البدائل؛ -كلمة لاستبعادها.
search-button = بحث
search-count = { PLURAL($count) ->
    [zero] لم يُعثر على أي تدبير
    [one] عُثر على تدبير واحد
    [two] عُثر على تدبيرين
    [few] عُثر على { $count } تدابير
    [many] عُثر على { $count } تدبيرًا
   *[other] عُثر على { $count } تدبير
}
search-none = لا توجد نتائج مطابقة. تحققوا من الإملاء، أو استخدموا عددًا أقل من الكلمات، أو أزيلوا أحد عوامل التصفية.
search-named-terms = تُعرض أيضًا التدابير الموسومة بما يلي:
search-more = { PLURAL($count) ->
    [zero] لا عناصر أخرى
    [one] عنصر آخر
    [two] عنصران آخران
    [few] { $count } عناصر أخرى
    [many] { $count } عنصرًا آخر
   *[other] { $count } عنصر آخر
}
search-past-the-end = لا توجد صفحة { $page }: تنتهي النتائج عند الصفحة { $last }.
search-last-page = الانتقال إلى الصفحة الأخيرة
search-api-link = هذه النتائج وأعدادها بنسق ⁨JSON⁩
search-years = السنوات
search-years-apply = تطبيق السنوات
search-facets-heading = تضييق النتائج
search-filters-jump = { $count ->
    [0] تضييق النتائج
   *[other] تضييق النتائج (المختار: { $count })
}
search-within-country = البحث في تدابير هذا البلد
sort-by-relevance = الصلة
term-other-names = يُبحث عنه أيضًا بالأسماء التالية
term-narrower = المصطلحات الأضيق
term-measures = { PLURAL($count) ->
    [zero] لا يوجد تدبير منشور موسوم بهذا المصطلح
    [one] تدبير واحد
    [two] تدبيران
    [few] { $count } تدابير
    [many] { $count } تدبيرًا
   *[other] { $count } تدبير
}
term-search-all = البحث في جميع التدابير البالغ عددها { $count } وتصفيتها
error-no-such-term = لا يوجد مصطلح كهذا.

nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-accounts = الحسابات

sign-in-title = تسجيل الدخول
sign-in-intro = يسجل المحررون وجهات التنسيق الوطنية ومقدمو البيانات الدخول لإدخال التدابير واستعراضها. ويمكن الاطلاع على كل ما هو منشور دون تسجيل الدخول.
sign-in-username = اسم المستخدم
sign-in-password = كلمة المرور
sign-in-submit = تسجيل الدخول
sign-in-forgotten = هل نسيتم كلمة المرور؟ اطلبوا من أحد مديري قاعدة البيانات إعادة تعيينها.

account-title = حسابكم
account-name = الاسم
account-role = الدور
account-change-password = تغيير كلمة المرور
account-current-password = كلمة المرور الحالية
account-new-password = كلمة المرور الجديدة
account-new-password-again = كلمة المرور الجديدة مرة أخرى
account-password-rule = 12 حرفًا على الأقل. وتشكّل بضع كلمات لا رابط بينها كلمة مرور جيدة.
account-password-changed = تم تغيير كلمة المرور. وسُجِّل خروج أي متصفح آخر كان قد سجّل الدخول إلى هذا الحساب.

admin-accounts-title = الحسابات
admin-accounts-count = { PLURAL($count) ->
    [zero] لا حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
admin-accounts-state = الحالة
admin-accounts-since = منذ
admin-accounts-actions = الإجراءات
admin-accounts-reset = إعادة تعيين كلمة المرور
admin-accounts-disable = تعطيل
admin-accounts-new = حساب جديد
admin-accounts-country = الدولة أو المنطقة
admin-accounts-no-country = لا شيء (الأمانة العامة)
admin-accounts-country-rule = تعمل جهات التنسيق ومقدمو البيانات باسم دولة واحدة؛ أما مديرو النظام والمحررون فلا يعملون باسم أي دولة.
admin-accounts-create = إنشاء الحساب
admin-password-title = كلمة المرور الجديدة
admin-password-created = أُنشئ الحساب { $username } بكلمة المرور التالية:
admin-password-reset = أُعيد تعيين كلمة مرور { $username } لتصبح:
admin-password-once = سلِّموها إلى صاحب الحساب عبر قناة غير القناة التي أُرسل بها اسم المستخدم. ولا تُعرض إلا هذه المرة فقط، وينبغي لصاحب الحساب تغييرها بعد تسجيل الدخول.

admin-audit-title = سجل المراجعة
admin-audit-sign-ins = محاولات تسجيل الدخول
admin-audit-writes = عمليات الكتابة
admin-audit-when = التوقيت (⁨UTC⁩)
admin-audit-outcome = النتيجة
admin-audit-address = العنوان
admin-audit-who = المستخدم
admin-audit-record = السجل
admin-audit-action = الإجراء

workflow-title = سير العمل
workflow-state = الحالة:
workflow-version = الصيغة { $version }
workflow-history = السجل التاريخي
workflow-last-comment = آخر تعليق:
workflow-comment = السبب (تطّلع عليه جهة التنسيق)
state-draft = مسودة
state-submitted = مقدَّم
state-published = منشور
state-withdrawn = مسحوب
transition-submit = التقديم إلى الأمانة العامة
transition-publish = النشر
transition-send_back = الإعادة إلى جهة التنسيق
transition-withdraw = السحب من النشر
transition-reopen = إعادة الفتح بوصفه مسودة

history-title = السجل التاريخي
history-moves = مراحل سير العمل
history-versions = الصيغ
history-version = الصيغة { $number }
history-current = الحالية
history-field = الحقل
history-before = قبل
history-after = بعد
history-restore = استعادة الصيغة { $number }

search-export = { PLURAL($count) ->
    [zero] لا توجد تدابير للتنزيل:
    [one] تنزيل هذا التدبير:
    [two] تنزيل هذين التدبيرين:
    [few] تنزيل هذه التدابير البالغ عددها { $count }:
    [many] تنزيل هذه التدابير البالغ عددها { $count }:
   *[other] تنزيل هذه التدابير البالغ عددها { $count }:
}

nav-work = العمل
nav-import = الاستيراد
work-own = مسودات دولتكم وما قدمته
work-review = التدابير المقدَّمة المطلوب استعراضها
work-count = { PLURAL($count) ->
    [zero] لا تدابير
    [one] تدبير واحد
    [two] تدبيران
    [few] { $count } تدابير
    [many] { $count } تدبيرًا
   *[other] { $count } تدبير
}
work-measure = التدبير

import-title = استيراد التدابير
import-file = الملف (⁨CSV⁩ أو ⁨XLSX⁩ أو ⁨JSON⁩)
import-file-rule = حتى { $megabytes } ميغابايت. يتضمن الصف الأول أسماء الأعمدة؛ استخدموا أحد القوالب أدناه. ولا يؤدي التحقق إلى كتابة أي شيء.
import-check = التحقق من الملف
import-confirm = استيراد هذه التدابير
import-templates = القوالب
import-columns = الأعمدة
import-columns-note = لا يلزم في صف العناوين سوى العمود ⁨id⁩؛ ويلزم لكل تدبير بلد أو جهة فاعلة، ونوع، وعنوان ووصف بلغة واحدة على الأقل. وتُدرج المصطلحات المتعددة في خلية واحدة مفصولًا بينها بفواصل منقوطة. وتؤدي الصفوف التي تحمل معرِّف تدبير مخزَّن إلى تحديثه؛ ولا يؤدي استيراد الملف نفسه مرتين إلى أي تغيير.
import-refused = { $file }: { PLURAL($count) ->
    [zero] لا مشاكل
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشاكل
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
}
import-nothing-written = لم تُكتب أي بيانات. صححوا الملف وتحققوا منه مرة أخرى.
import-where = الموضع
import-value = القيمة
import-problem = المشكلة
import-checked = الملف { $file } جاهز للاستيراد
import-would = سيؤدي استيراده إلى إنشاء { $created } وتغيير { $updated } وترك { $unchanged } دون تغيير.
import-done = تم استيراد الملف { $file }
import-counts = أُنشئ: { $created }، غُيِّر: { $updated }، دون تغيير: { $unchanged }.
import-to-work = الاطلاع على تدابيركم

form-new = تدبير جديد
form-edit = تحرير
form-problems = { PLURAL($count) ->
    [zero] لا شيء يلزم تصحيحه:
    [one] نقطة واحدة يلزم تصحيحها:
    [two] نقطتان يلزم تصحيحهما:
    [few] { $count } نقاط يلزم تصحيحها:
    [many] { $count } نقطة يلزم تصحيحها:
   *[other] { $count } نقطة يلزم تصحيحها:
}
form-identity = التدبير
form-actor = الجهة التي اتخذته
form-actor-state = الدولة نفسها
form-actor-rule = أبقوا الدولة مختارةً بالنسبة إلى التدابير التي تتخذها الدولة نفسها؛ واختاروا المنظمة بالنسبة إلى تدابير كيانات الأمم المتحدة أو المنظمة الدولية للهجرة.
form-year-from = من سنة
form-year-to = إلى سنة
form-implementation = المرحلة
form-in-place = مطبَّق
form-texts = النص
form-texts-rule = عنوان ووصف بلغة واحدة على الأقل؛ وأضيفوا اللغات الأخرى متى توفرت لديكم.
form-title = العنوان
form-description = الوصف
form-save = حفظ
form-edit-heading = تعديل: { $title }
form-not-a-year = أدخلوا سنة من أربعة أرقام، مثل 2026.
form-cycle-closed = نُشر تقرير هذه الدورة في { $date }؛ وأي تدبير يُبلَّغ عنه بعد ذلك يندرج في دورة لاحقة.
form-cycle-none = خارج دورات تقديم التقارير
form-cycle-rule = لا تُعرض الدورات التي نُشر تقريرها.
form-error-prefix = خطأ:
form-error-field = هذا الحقل
label-separator = {": "}
form-source-rule = المكان الذي أُبلغ فيه عن التدبير، مثل رمز الوثيقة والفقرة: ⁨A/64/152⁩، الفقرة 6.
form-id-optional = المعرِّف (اختياري)
form-id-optional-rule = اتركوه فارغًا ليُكوَّن معرِّف من البلد والسنة والعنوان، مثل ⁨PHL-2026-shelters-women⁩. حروف وأرقام ونقاط وشرطات وشرطات سفلية ونقطتان رأسيتان.
replies-status = الرد
replies-no-addressee-list = لم تُسجَّل لهذه الدورة قائمة بالجهات التي وُجِّه إليها الطلب: يبيّن الجدول الجهات التي ردّت.
timestamp-utc = { $date }، الساعة { $time } (بالتوقيت العالمي المنسق)
dataset-kind-records = سجلات الحوادث
dataset-kind-counts = أعداد
datasets-uploaded-by-command-line = سطر الأوامر
datasets-left-out = لا يُحتسب في أي جدول { $without_consent } بدون موافقة و{ $reported_elsewhere } سبق الإبلاغ عنها في مكان آخر.

cycle-new-title = فتح دورة إبلاغ
cycle-new-report = التقرير
cycle-code = الرمز
cycle-code-rule = رمز قصير ثابت، مثل 2011.
cycle-as-at = الأرقام حتى تاريخ
cycle-addressees = الجهات الموجَّه إليها الطلب
cycle-all-member-states = جميع الدول الأعضاء
cycle-region-states = الدول الأعضاء في منطقة إقليمية واحدة
cycle-region = المنطقة الإقليمية
cycle-no-states = لا توجد دول (الكيانات فقط)
cycle-entities = كيانات الأمم المتحدة والمنظمة الدولية للهجرة
cycle-open = فتح الدورة
replies-title = الردود
replies-on = في تاريخ
replies-show = عرض
replies-responded = { PLURAL($count) ->
    [zero] حتى { $date }، لم تكن أي دولة عضو قد ردت.
    [one] حتى { $date }، كانت دولة عضو واحدة قد ردت.
    [two] حتى { $date }، كانت دولتان عضوان قد ردتا.
    [few] حتى { $date }، كانت { $count } دول أعضاء قد ردت.
    [many] حتى { $date }، كانت { $count } دولة عضوًا قد ردت.
   *[other] حتى { $date }، كانت { $count } دولة عضو قد ردت.
}
replies-who = الجهة
replies-received = تاريخ الورود
replies-language = اللغة
replies-documents = الوثائق
replies-not-asked = لم يُطلب منها
replies-record = تسجيل رد
replies-note = ملاحظة
reply-replied = ردت
reply-outstanding = لم ترد بعدُ
reply-late = متأخر

tokens-title = رموز الوصول إلى واجهة ⁨API⁩
tokens-intro = يتيح رمز الوصول لبرنامج ما استخدام واجهة ⁨API⁩ باسمكم، في حدود نطاقات الصلاحية التي تمنحونها له فقط. ألغوه عندما تنتفي الحاجة إليه.
tokens-name = اسم رمز الوصول
tokens-scopes = نطاقات الصلاحية
tokens-created = تاريخ الإنشاء
tokens-expires = تاريخ الانتهاء
tokens-last-used = آخر استخدام
tokens-revoke = إلغاء
tokens-dead = ملغى أو منتهي الصلاحية
tokens-valid-for = مدة الصلاحية (بالأيام)
tokens-create = إنشاء رمز الوصول
token-issued-title = رمز وصول جديد إلى واجهة ⁨API⁩
token-issued = يجوز لرمز الوصول { $name } ما يلي: { $scopes }، لمدة { $days } من الأيام:
token-issued-once = انسخوه الآن: فهو لا يُعرض إلا هذه المرة فقط، ولا تحتفظ قاعدة البيانات إلا بمجموعه الاختباري.

## إحصاءات الحوادث
nav-statistics = الإحصاءات
nav-datasets = مجموعات البيانات
statistics-title = إحصاءات الحوادث
statistics-lead = أعداد حالات العنف ضد العاملات المهاجرات التي أبلغت عنها الشرطة والمحاكم وسلطات الهجرة والعمل وخدمات الضحايا والدراسات الاستقصائية. وتقاطع الجداول المنشورة شكل العنف مع خاصية واحدة أخرى على امتداد جميع السنوات المنشورة، وتحجب الأعداد الصغيرة وكل ما قد يتيح استنتاج أحدها من أي تركيبة من الجداول المنشورة، حتى لا يمكن التعرف على أي شخص مشمول بالعدّ.
statistics-release-years = السنوات: { $years }، مجتمعةً (صنِّفوا الجدول حسب السنة للحصول على أرقام كل سنة على حدة).
statistics-catalogue = تبيّن الجداول المنشورة شكل العنف مصنفًا حسب خاصية واحدة أخرى (الدولة، أو المصدر، أو الجنس، أو الفئة العمرية، أو الجنسية، أو وضع الهجرة، أو المهنة، أو الجاني، أو المكان، أو مرحلة دورة الهجرة، أو السنة)، على امتداد جميع السنوات المنشورة.
statistics-choose = اختيار الجدول
statistics-rows = الصفوف
statistics-columns = الأعمدة
statistics-from = من
statistics-to = إلى
statistics-filters = الحوادث التي تتسم فقط بما يلي
statistics-show = عرض الجدول
statistics-whole-note = أنتم تطّلعون على الجدول الكامل، غير المحمي، لمجموعات البيانات التي تتولون المسؤولية عنها. لا تنشروه.
statistics-see-published = الاطلاع على الجدول المنشور
statistics-see-whole = الاطلاع على الجدول الكامل غير المحمي لمجموعات بياناتكم
statistics-table-whole = الجدول الكامل (ليس للنشر)
statistics-table-published = الجدول المنشور
statistics-empty = لا توجد بعدُ بيانات منشورة مطابقة لهذا الجدول.
statistics-total = المجموع
statistics-withheld = محجوب حمايةً للأشخاص المشمولين بالعدّ
statistics-counted = { PLURAL($datasets) ->
    [zero] لم يُستمد العدد من أي مجموعة بيانات.
    [one] مستمد من مجموعة بيانات واحدة.
    [two] مستمد من مجموعتي بيانات.
    [few] مستمد من { $datasets } مجموعات بيانات.
    [many] مستمد من { $datasets } مجموعة بيانات.
   *[other] مستمد من { $datasets } مجموعة بيانات.
}
statistics-download = تنزيل هذا الجدول:
statistics-structure = تعريف بنية البيانات
statistics-chart = الرسم البياني
statistics-map = الخريطة
statistics-map-alt = خريطة للعالم تبيّن مجاميع هذا الجدول حسب الدولة أو الجنسية، ويزداد اللون قتامةً كلما زاد عدد الحوادث؛ ويورد الجدول أعلاه جميع الأرقام.
country-statistics = إحصاءات الحوادث
country-statistics-more = استكشاف إحصاءات { $country }
datasets-title = مجموعات البيانات الإحصائية
datasets-uploaded = حُمِّلت مجموعة البيانات { $id } بوصفها مسودة. ويتولى أحد المحررين نشرها.
datasets-upload = تحميل بيانات { $country }
datasets-upload-rule = ملف بنسق ⁨CSV⁩ أو ⁨XLSX⁩ يتضمن سجلات الحوادث (صف واحد لكل حادثة) أو أعدادًا (عمود للعدد). ولا يجوز أن يتضمن أسماء أو بيانات اتصال أو تواريخ ميلاد أو تواريخ دقيقة أو نصوصًا حرة: إذ تُرفض الأعمدة والخلايا التي تتضمن ذلك. وتؤدي أي مشكلة إلى رفض الملف بأكمله.
datasets-provider = مقدم البيانات
datasets-threshold = عتبة النشر (⁨k⁩)
datasets-threshold-rule = تُحجب الأعداد من 1 إلى ⁨k-1⁩ في الجداول المنشورة؛ وتبلغ قيمة ⁨k⁩ الافتراضية { $k }.
datasets-upload-button = التحقق والتحميل
datasets-records-template = قالب السجلات (⁨CSV⁩)
datasets-counts-template = قالب الأعداد (⁨CSV⁩)
datasets-list = مجموعات البيانات
datasets-country = الدولة
datasets-kind = النوع
datasets-rows = الصفوف
datasets-state = حالة النشر
datasets-uploaded-by = حمّلها
datasets-actions = الإجراءات
datasets-move-published = النشر
datasets-move-withdrawn = السحب
datasets-move-draft = الإعادة إلى المسودة
datasets-none = لا توجد بعدُ مجموعات بيانات.

## Where a measure's text comes from
form-text-origin = مصدر النص
text-origin-not-stated = غير محدد
text-origin-original = الأصل
text-origin-official-translation = ترجمة رسمية
text-origin-unofficial-translation = ترجمة غير رسمية
measure-text-original = الأصل: { $language }
measure-text-is-official-translation = ترجمة رسمية.
measure-text-is-unofficial-translation = ترجمة غير رسمية لم تصدرها الأمم المتحدة.
text-language-ar = بالعربية
text-language-zh = بالصينية
text-language-en = بالإنكليزية
text-language-fr = بالفرنسية
text-language-ru = بالروسية
text-language-es = بالإسبانية

## Statistics tables, charts and their titles
statistics-table-title = الحوادث حسب { $dimensions }، { $years }
statistics-table-title-filtered = الحوادث حسب { $dimensions }، { $years } ({ $filters })
statistics-form-by = شكل العنف حسب { $dimension }
statistics-no-columns = (لا شيء: المجاميع فقط)
statistics-all-values = الكل
statistics-left-out = مجموعة البيانات { $dataset } تقدم أعدادا غير مصنفة حسب { $dimensions }، ولذلك لم تُدرج في هذا الجدول.
statistics-chart-description = رسم بياني بالأعمدة. { $title }. { $rows }.
statistics-chart-withheld = محجوب
statistics-chart-withheld-cells = خلايا محجوبة
statistics-chart-in-withheld-cells = في خلايا محجوبة
statistics-map-no-data = لا توجد بيانات
statistics-map-title = خريطة: { $title }
statistics-map-value-label = الحوادث
statistics-map-description = خريطة للعالم يُظلَّل فيها كل بلد حسب عدد الحوادث فيه؛ ولا توجد بيانات عن البلدان الأخرى.
statistics-map-description-highest = عدد البلدان التي يوجد لها رقم: { $countries }؛ وأعلاها { $highest }، بعدد { $count }.
statistics-map-description-withheld = عدد البلدان التي حُجب رقمها حمايةً للأشخاص المشمولين بالعد: { $withheld }.

## Errors
error-internal = حدث خطأ من جانبنا، وقد سُجّل.
error-busy = قاعدة البيانات مشغولة؛ يُرجى المحاولة مرة أخرى بعد قليل.
error-search-rebuilding = يجري إعادة بناء فهرس البحث من قاعدة البيانات؛ يُرجى المحاولة مرة أخرى بعد دقيقة. وتظل الصفحات الأخرى متاحة.
error-heavy-requests = الخادم مشغول بعمليات استيراد وتصدير وتنزيل تقارير أخرى. يرجى المحاولة مرة أخرى بعد بضع ثوانٍ.
error-export-rate = تم تنزيل عدد كبير جدا من ملفات التصدير من عنوانك في وقت قصير. يرجى الانتظار دقيقة ثم المحاولة مرة أخرى، أو تسجيل الدخول.
error-only-administrators = لا يمكن فتح هذه الصفحة إلا للمديرين.
error-only-secretariat = لا يمكن فتح هذه الصفحة إلا للأمانة (المحررين والمديرين).
error-form-refused = انتهت صلاحية هذه الاستمارة أو أنها لم تصدر عن هذا الموقع. يُرجى العودة وإعادة تحميل الصفحة والمحاولة مرة أخرى.
error-providers-enter-no-measures = يقدم مقدمو البيانات الإحصاءات؛ أما التدابير فتُدخلها جهات التنسيق الوطنية والمحررون.
error-providers-import-no-measures = يقدم مقدمو البيانات الإحصاءات؛ أما التدابير فتستوردها جهات التنسيق الوطنية والمحررون.
error-providers-have-no-work = ليس لدى مقدمي البيانات تدابير يعملون عليها.
error-no-such-measure-for-you = لا يوجد في هذا العنوان تدبير يمكن لحسابكم الاطلاع عليه.
error-focal-point-keeps-the-state = لا يمكن لجهة التنسيق الوطنية نقل تدبير إلى دولة أخرى.
error-statistics-uploaded-by-providers = يحمّل مقدمو البيانات الإحصاءات، كلٌّ عن دولته.
error-datasets-for-providers-and-secretariat = مجموعات البيانات الإحصائية مخصصة لمقدمي البيانات والأمانة.
error-form-lost-version = فقدت الاستمارة رقم إصدار التدبير؛ يُرجى إعادة تحميل الصفحة.
error-no-such-document = لا توجد وثيقة كهذه.
error-no-such-token = لا يوجد رمز كهذا.
error-status-400 = طلب غير صحيح
error-status-401 = يلزم تسجيل الدخول
error-status-403 = غير مسموح
error-status-404 = غير موجود
error-status-409 = تعارض
error-status-413 = الحجم كبير جدا
error-status-415 = نوع ملف غير مدعوم
error-status-422 = تتعذر المعالجة
error-status-429 = محاولات أكثر من اللازم
error-status-500 = خطأ داخلي
error-status-503 = غير متاح مؤقتا
statistics-withheld-note = { $mark }: محجوب حمايةً للأشخاص المشمولين بالعد (عدد يتراوح بين 1 و{ $largest }، أو رقم محجوب حتى لا يمكن استنتاج أي عدد من هذا القبيل من أي مجموعة من الجداول المنشورة).

## Depositaries of instruments
depositary-un-secretary-general = الأمين العام للأمم المتحدة
depositary-ilo-director-general = المدير العام لمكتب العمل الدولي
depositary-oas-general-secretariat = الأمانة العامة لمنظمة الدول الأمريكية

## Why a table is not published; sign-in refusals
statistics-unpublished-combination = لا يمكن الجمع بين الخصائص التالية في جدول منشور واحد: { $dimensions }. فكل جدول يقاطع شكل العنف مع خاصية واحدة أخرى فقط.
statistics-unpublished-years = تغطي الجداول المنشورة جميع السنوات المنشورة معا ({ $years })؛ وللحصول على سنوات منفردة، يُرجى تصنيف الجدول حسب السنة.
statistics-unpublished-too-few = عدد الحوادث المنشورة أقل من أن يسمح بعرض أي جدول دون تعريض الأشخاص المشمولين بالعد للخطر.
sign-in-wrong = اسم المستخدم أو كلمة المرور غير صحيحين.
sign-in-locked = بعد عدد كبير جدا من محاولات تسجيل الدخول الفاشلة، أُقفل هذا الحساب حتى الساعة { $time } بالتوقيت العالمي المنسق.
sign-in-locked-later = بعد عدد كبير جدا من محاولات تسجيل الدخول الفاشلة، أُقفل هذا الحساب لبعض الوقت؛ يُرجى المحاولة لاحقا.
sign-in-disabled = هذا الحساب معطل. اطلبوا من أحد المديرين تفعيله.

## Roles of accounts
role-administrator = مدير
role-editor = محرر
role-focal-point = جهة التنسيق الوطنية
role-data-provider = مقدم البيانات

## The chart of an instrument's parties
instrument-chart-title = الأطراف في { $instrument }
instrument-chart-description = يرتفع عدد الأطراف من 0 بعد الاعتماد في عام { $year } إلى { $count } في { $date }.
instrument-chart-no-party = لم يُسجَّل أي طرف.

## المواضع في الملفات المحمَّلة، والمشاكل الواردة في الملفات والاستمارات والوثائق المحمَّلة (تلي اسم الحقل أو الموضع؛ والقيم المقتبسة هي ما أدخله المستخدم)
upload-place-row = { $file }، الصف { $row }
upload-place-cell = { $file }، الصف { $row }، العمود { $column }
upload-place-cycles-and-replies = دورات تقديم التقارير والردود
problem-text-empty = لا يجوز أن تكون القيمة فارغة
problem-text-too-long = عدد حروف النص { $length }، والحد الأقصى { $limit }
problem-text-missing = يلزم لكل تدبير عنوان ووصف بلغة واحدة على الأقل
problem-not-a-date = «{ $text }» ليس تاريخًا: اكتبوه بالصيغة ⁨YYYY-MM-DD⁩، مثل ⁨2009-06-01⁩
problem-not-a-cycle-code = «{ $text }» ليس رمز دورة: استخدموا حروفًا لاتينية صغيرة وأرقامًا وشرطات، مثل 2009
problem-not-a-measure-id = «{ $text }» ليس معرِّف تدبير: استخدموا حروفًا لاتينية وأرقامًا ونقاطًا وشرطات وشرطات سفلية ونقطتين رأسيتين، على أن يتراوح عدد الرموز بين 1 و100
problem-year-out-of-range = { $year } ليست سنة تقع بين { $earliest } و{ $latest }
problem-last-year-before-first = السنة الأخيرة { $to } سابقة للسنة الأولى { $from }
problem-year-to-without-year = أُدخلت دون سنة البداية
problem-period-to-before-from = التاريخ { $to } سابق لتاريخ ⁨period_from⁩ { $from }
problem-deadline-before-request = الموعد النهائي { $deadline } سابق لتاريخ ⁨requested_on⁩ { $requested }
problem-unknown-format = «{ $format }» ليس نسقًا يقرؤه هذا الإصدار؛ والنسق المتوقع هو «{ $expected }»
problem-duplicate-cycle = رمز مكرر: يرد أيضًا في { $first }
problem-duplicate-reply = رد مكرر: يتضمن { $first } رد الجهة الفاعلة نفسها على الدورة نفسها
problem-duplicate-measure = معرِّف مكرر: يرد أيضًا في { $first }
problem-unknown-cycle = دورة غير معروفة «{ $code }» (الدورات المعروفة: { $known })
problem-unknown-cycle-none-yet = دورة غير معروفة «{ $code }» (لا توجد أي دورة بعدُ)
problem-unknown-country = بلد غير معروف «{ $code }»: أدخلوا الرمز الأبجدي الثلاثي وفق المعيار ⁨ISO 3166⁩، مثل ⁨AZE⁩، أو الرمز الأبجدي الثنائي، أو الرمز وفق المعيار ⁨M49⁩
problem-unknown-actor = جهة فاعلة غير معروفة «{ $code }»: استخدموا الرمز الأبجدي الثلاثي للدولة وفق المعيار ⁨ISO⁩، أو رمز المنظمة، مثل ⁨IOM⁩ أو ⁨ILO⁩
problem-unknown-actor-did-you-mean = جهة فاعلة غير معروفة «{ $code }»؛ هل تقصدون «{ $suggestion }»؟
problem-country-or-actor = أدخلوا بلدًا أو جهة فاعلة أو كليهما
problem-country-not-a-state = { $country } ليس دولة، ولذلك يجب أن يحدد التدبير الجهة الفاعلة التي اتخذته
problem-country-not-the-actors = { $country } ليس بلد الجهة الفاعلة { $actor } ({ $own })؛ فتدابير الدولة تُتخذ في بلدها هي
problem-not-one-of = «{ $value }» ليست إحدى القيم التالية: { $allowed }
problem-not-a-un-language = «{ $code }» ليست إحدى لغات الأمم المتحدة الست ({ $allowed })
problem-not-an-origin = «{ $value }» ليست قيمة صالحة لمصدر النص: استخدموا { $allowed }
problem-several-originals = لا يجوز أن يكون الأصل إلا نصًا واحدًا، وقد حُدِّدت النصوص باللغات التالية بوصفها أصلًا: { $languages }؛ فاجعلوا قيمة النصوص الأخرى ⁨official_translation⁩ أو ⁨unofficial_translation⁩
problem-needs-type-of-measure = يلزم أن يكون للتدبير الذي حالته { $state } نوع تدبير واحد على الأقل
problem-unknown-vocabulary = قائمة مصطلحات غير معروفة «{ $vocabulary }» (القوائم المعروفة: { $known })
problem-unknown-term = رمز غير معروف «{ $code }» في قائمة المصطلحات «{ $vocabulary }» ({ $label })
problem-unknown-term-did-you-mean = رمز غير معروف «{ $code }» في قائمة المصطلحات «{ $vocabulary }» ({ $label })؛ هل تقصدون «{ $suggestion }»؟
problem-listed-twice = «{ $code }» مدرج مرتين
problem-json-syntax = السطر { $line }، العمود { $column }: { $details }
problem-json-shape = السطر { $line }، العمود { $column }، في الموضع { $path }: { $details }
problem-file-unreadable = تتعذر قراءة الملف: { $details }
problem-file-not-utf8 = ليس نصًا بترميز ⁨UTF-8⁩ (البايت { $byte } غير صالح): احفظوه بترميز ⁨UTF-8⁩
problem-file-csv-line = السطر { $line }: { $details }
problem-file-not-a-workbook = ليس مصنف ⁨XLSX⁩ قابلًا للقراءة: { $details }
problem-file-no-such-sheet = لا توجد ورقة باسم «{ $sheet }» (أوراق المصنف: { $sheets })
problem-file-formula = الورقة «{ $sheet }»، الخلية { $cell }: تتضمن صيغة حسابية ({ $formula })؛ احفظوا الورقة بالقيم فقط
problem-file-xlsx-not-a-workbook = امتداد اسمه ⁨.xlsx⁩ لكنه ليس مصنف ⁨XLSX⁩؛ احفظوه من برنامج جداول البيانات بالامتداد ⁨.xlsx⁩
problem-file-workbook-named-as-text = امتداد اسمه ⁨.{ $extension }⁩ لكنه مصنف أو ملف ⁨zip⁩ آخر؛ اجعلوا امتداده ⁨.xlsx⁩ إن كان مصنفًا
problem-file-unknown-kind = لا تُقرأ الملفات ذات الامتداد «{ $extension }»؛ استخدموا ⁨.csv⁩ أو ⁨.tsv⁩ أو ⁨.txt⁩ أو ⁨.xlsx⁩
problem-file-archive-refused = مرفوض: { $details }
problem-file-too-many-cells = الورقة «{ $sheet }»: عدد خلاياها أكبر من { $limit }، وهو الحد الأقصى لعدد الخلايا في الجدول؛ قسِّموها إلى ملفات أصغر
problem-file-sheet-too-wide = الورقة «{ $sheet }»: تمتد خلاياها على نطاق عدد صفوفه { $rows } وعدد أعمدته { $columns }، أي أكثر من الحد الأقصى لعدد الخلايا في الجدول، وهو { $limit }
problem-file-cell-too-long = { $place }: عدد الحروف في الخلية { $characters }، وهو أكثر من الحد الأقصى لعدد الحروف في الخلية، وهو { $limit }
problem-file-empty-table = الملف فارغ: يجب أن يتضمن الصف الأول أسماء الأعمدة
problem-table-unknown-column = ليس عمودًا من أعمدة جدول التدابير؛ وترد الأعمدة في القالب
problem-table-column-twice = هذا العمود وارد مرتين
problem-table-no-id-column = لا يوجد العمود ⁨id⁩: يلزم لكل تدبير معرِّفه الثابت
problem-table-not-a-year = تُكتب السنة بأربعة أرقام، مثل 2008
problem-table-no-measures = لا يوجد أي تدبير تحت صف العناوين
problem-import-choose-a-file = الملف: اختاروا ملفًا بنسق ⁨CSV⁩ أو ⁨XLSX⁩ أو ⁨JSON⁩
problem-import-cycles-by-secretariat = لا تستورد دورات تقديم التقارير والردود إلا الأمانة العامة
problem-import-data-provider = يقدم مقدمو البيانات الإحصاءات؛ أما التدابير فتستوردها جهات التنسيق والمحررون
problem-import-other-state = لا تستورد جهة التنسيق إلا تدابير دولتها
problem-import-not-a-draft = تستورد جهات التنسيق مسودات؛ قدِّموها بعد ذلك، ويتولى أحد المحررين نشرها
problem-import-id-unavailable = لا يمكن استخدام هذا المعرِّف لتدابير دولتكم؛ اختاروا معرِّفًا آخر
problem-import-no-longer-a-draft = يوجد تدبير بهذا المعرِّف ولم يعد مسودة لدولتكم؛ توجهوا إلى أحد المحررين
problem-statistics-column-missing = هذا العمود مطلوب لكنه غير موجود
problem-statistics-column-twice = اسم هذا العمود وارد مرتين
problem-statistics-unknown-column = لا تقرأ قاعدة البيانات ⁨vawdb⁩ عمودًا بهذا الاسم؛ والأعمدة هي { $columns }، و{ $count } للأعداد
problem-statistics-no-counts = لا يتضمن الملف أي صف من صفوف الأعداد
problem-statistics-no-records = لا يتضمن الملف أي سجل من سجلات الحوادث
problem-statistics-code-required = يلزم لكل سجل رمز في هذا الموضع (استخدموا ⁨_U⁩ إذا كانت القيمة غير معروفة)
problem-statistics-unknown-code = رمز غير معروف بالنسبة إلى { $dimension }؛ استخدموا { $allowed }
problem-statistics-year-required = يلزم إدخال السنة
problem-statistics-number-range = أدخلوا عددًا صحيحًا من { $low } إلى { $high }
problem-statistics-yes-or-no = أدخلوا ⁨yes⁩ أو ⁨no⁩
problem-statistics-negative-count = لا يجوز أن يكون العدد سالبًا
problem-statistics-count-not-whole = يجب أن يكون العدد عددًا صحيحًا
problem-statistics-month-not-in-quarter = الشهر { $month } لا يقع في الربع { $quarter }
problem-statistics-future-period = هذه الفترة تقع في المستقبل (تاريخ اليوم هو { $today })
problem-statistics-duplicate-count = يتضمن الصف { $row } بالفعل عددًا للتركيبة نفسها والفترة نفسها
problem-statistics-breakdown-contradicts-total = مجموع الأعداد حسب { $dimension } في الصفوف { $rows } هو { $sum }، وهو ما يتعارض مع المجموع الكلي البالغ { $total } في الصف { $row }
problem-identifying-column-names = يبدو أن هذا العمود يتضمن أسماء؛ ولا تخزِّن قاعدة البيانات ⁨vawdb⁩ أي أسماء أو بيانات اتصال أو تواريخ ميلاد أو تواريخ دقيقة أو أرقام قضايا أو نصوص حرة: احذفوا العمود
problem-identifying-column-phone-numbers = يبدو أن هذا العمود يتضمن أرقام هواتف؛ ولا تخزِّن قاعدة البيانات ⁨vawdb⁩ أي أسماء أو بيانات اتصال أو تواريخ ميلاد أو تواريخ دقيقة أو أرقام قضايا أو نصوص حرة: احذفوا العمود
problem-identifying-column-contact-details = يبدو أن هذا العمود يتضمن بيانات اتصال؛ ولا تخزِّن قاعدة البيانات ⁨vawdb⁩ أي أسماء أو بيانات اتصال أو تواريخ ميلاد أو تواريخ دقيقة أو أرقام قضايا أو نصوص حرة: احذفوا العمود
problem-identifying-column-dates-of-birth = يبدو أن هذا العمود يتضمن تواريخ ميلاد؛ ولا تخزِّن قاعدة البيانات ⁨vawdb⁩ أي أسماء أو بيانات اتصال أو تواريخ ميلاد أو تواريخ دقيقة أو أرقام قضايا أو نصوص حرة: احذفوا العمود
problem-identifying-column-exact-ages = يبدو أن هذا العمود يتضمن أعمارًا دقيقة (أدخلوا بدلًا منها الفئة العمرية في العمود ⁨age_group⁩)؛ ولا تخزِّن قاعدة البيانات ⁨vawdb⁩ أي أسماء أو بيانات اتصال أو تواريخ ميلاد أو تواريخ دقيقة أو أرقام قضايا أو نصوص حرة: احذفوا العمود
problem-identifying-column-exact-dates = يبدو أن هذا العمود يتضمن تواريخ دقيقة (أدخلوا السنة، والربع أو الشهر إن كان معروفًا)؛ ولا تخزِّن قاعدة البيانات ⁨vawdb⁩ أي أسماء أو بيانات اتصال أو تواريخ ميلاد أو تواريخ دقيقة أو أرقام قضايا أو نصوص حرة: احذفوا العمود
problem-identifying-column-case-numbers = يبدو أن هذا العمود يتضمن أرقام هوية أو أرقام قضايا؛ ولا تخزِّن قاعدة البيانات ⁨vawdb⁩ أي أسماء أو بيانات اتصال أو تواريخ ميلاد أو تواريخ دقيقة أو أرقام قضايا أو نصوص حرة: احذفوا العمود
problem-identifying-column-free-text = يبدو أن هذا العمود يتضمن نصوصًا حرة؛ ولا تخزِّن قاعدة البيانات ⁨vawdb⁩ أي أسماء أو بيانات اتصال أو تواريخ ميلاد أو تواريخ دقيقة أو أرقام قضايا أو نصوص حرة: احذفوا العمود
problem-identifying-value-email = تبدو هذه القيمة عنوان بريد إلكتروني؛ ولا تخزِّن قاعدة البيانات ⁨vawdb⁩ أي بيانات اتصال أو تواريخ دقيقة
problem-identifying-value-phone = تبدو هذه القيمة رقم هاتف؛ ولا تخزِّن قاعدة البيانات ⁨vawdb⁩ أي بيانات اتصال أو تواريخ دقيقة
problem-identifying-value-date = تبدو هذه القيمة تاريخًا دقيقًا؛ ولا تخزِّن قاعدة البيانات ⁨vawdb⁩ أي بيانات اتصال أو تواريخ دقيقة

## معلمات الاستعلام في العنوان التي تتعذر قراءتها (تبدأ الرسالة ⁨`problem-parameter`⁩ رسالةَ الصفحة، وتقتبس إحدى الرسائل الأخرى بوصفها تفاصيل)
problem-parameter = المعلمة «{ $parameter }»: { $details }
problem-parameter-unknown-country = بلد غير معروف «{ $value }»: استخدموا الرمز الأبجدي الثلاثي وفق المعيار ⁨ISO 3166⁩، مثل ⁨AZE⁩
problem-parameter-unknown-region = منطقة إقليمية غير معروفة «{ $value }» وفق المعيار ⁨M49⁩؛ ومن أمثلة رموز المناطق الإقليمية 419 لأمريكا اللاتينية ومنطقة البحر الكاريبي
problem-parameter-unknown-actor = جهة فاعلة غير معروفة «{ $value }»
problem-parameter-unknown-term = رمز غير معروف «{ $value }» في قائمة المصطلحات «{ $vocabulary }»
problem-parameter-unknown-cycle = دورة إبلاغ غير معروفة «{ $value }»
problem-parameter-not-a-page = «{ $value }» ليس رقم صفحة يقع بين 1 و{ $last }
problem-parameter-not-a-page-size = «{ $value }» ليس حجم صفحة يقع بين 1 و{ $largest }
problem-parameter-year-to-before-from = السنة { $to } سابقة لسنة ⁨year_from⁩ { $from }
problem-parameter-not-a-year = «{ $value }» ليست سنة تقع بين { $earliest } و{ $latest }
problem-parameter-search-text-too-long = عدد حروف نص البحث { $length }، والحد الأقصى { $limit }
problem-parameter-not-a-dimension = «{ $value }» ليست خاصية معروفة ({ $allowed })
problem-parameter-not-a-statistics-year = «{ $value }» ليست سنة بين { $earliest } و{ $latest }
problem-parameter-from-after-to = السنة { $from } لاحقة لقيمة ⁨to⁩ ({ $to })
problem-parameter-map-needs-states = تتطلب الخريطة جدولا حسب الدولة (⁨state⁩) أو حسب الجنسية (⁨nationality⁩)

## أسباب رفض الاستمارة أو الملف المحمَّل، وتُعرض بوصفها رسالة الصفحة
error-upload-too-large = حجم الملف أكبر من { $megabytes } ميغابايت: قسِّموه إلى عدة ملفات.
error-upload-unreadable = تتعذر قراءة البيانات المحمَّلة: { $details }
error-document-too-large = حجم إحدى الوثائق أكبر من { $megabytes } ميغابايت.
error-reply-document-too-large = ⁨documents⁩: حجم الملف { $file } أكبر من { $megabytes } ميغابايت
error-reply-document-kind = ⁨documents⁩: { $file }: لا يُحتفظ إلا بملفات ⁨PDF⁩ و⁨Word⁩ (⁨.docx⁩ أو ⁨.doc⁩) و⁨OpenDocument⁩ (⁨.odt⁩) و⁨XLSX⁩ والملفات النصية
error-reply-document-content = ⁨documents⁩: { $file }: محتواه ليس محتوى ملف ⁨.{ $extension }⁩
error-reply-received-after-today = لا يجوز أن يكون تاريخ ورود الرد لاحقًا لتاريخ اليوم.
error-comment-needed = اذكروا السبب في التعليق، حتى تعرف جهة التنسيق الوطنية ما يجب عليها فعله.
error-comment-too-long = لا يجوز أن يتجاوز عدد حروف التعليق 4000.
error-no-such-dataset = لا توجد مجموعة بيانات كهذه.
error-no-such-account = لا يوجد حساب كهذا.
error-checked-file-expired = لم يعد الملف الذي جرى التحقق منه في الانتظار (إذ لا يُحتفظ به إلا لمدة 30 دقيقة): اختاروه مرة أخرى.
error-not-allowed-on-measure = لا يجوز لحسابكم إجراء هذه العملية على التدبير وهو في حالته الراهنة.
error-not-allowed-on-measure-focal-point = لا يجوز لحسابكم إجراء هذه العملية على التدبير وهو في حالته الراهنة: فجهات التنسيق الوطنية تعمل على مسودات دولها.
error-statistics-provider-needed = أدخلوا اسم المنظمة التي وردت منها البيانات (على ألا يتجاوز عدد الحروف 200).
error-statistics-threshold = ⁨threshold⁩: أدخلوا عددًا صحيحًا من { $minimum } إلى 1000، لا «{ $value }»
error-statistics-file-needed = اختاروا ملفًا بنسق ⁨CSV⁩ أو ⁨XLSX⁩.

## السجلات غير الموجودة أو المستخدَمة من قبل عند حفظ الاستمارة، ومشاكل استمارة دورة الإبلاغ
problem-store-no-account = لا يوجد حساب باسم { $username }
problem-store-no-actor = الجهة الفاعلة «{ $code }» غير موجودة
problem-store-no-cycle = الدورة «{ $code }» غير موجودة
problem-store-no-dataset = لا توجد مجموعة بيانات رقمها { $id }
problem-store-no-measure = لا يوجد تدبير معرِّفه { $id }
problem-store-username-taken = اسم المستخدم { $username } مستخدَم بالفعل
problem-store-cycle-exists = توجد بالفعل دورة رمزها { $code }
problem-store-file-uploaded-before = سبق تحميل هذا الملف بوصفه مجموعة البيانات { $id }
problem-store-measure-id-taken = يوجد بالفعل تدبير معرِّفه { $id }؛ اختاروا معرِّفًا آخر
problem-store-measure-changed = تغيّر التدبير منذ أن فتحتموه (الصيغة الحالية { $current }، وكانت الصيغة { $expected } عند فتحه)؛ أعيدوا تحميله وحاولوا مرة أخرى
problem-cycle-date-needed = أدخلوا تاريخًا
problem-cycle-mandate-needed = أدخلوا القرار الذي يطلب التقرير
problem-cycle-title-needed = أدخلوا عنوان التقرير
problem-cycle-deadline-before-request = يسبق تاريخ إرسال الطلب
problem-cycle-not-a-region = «{ $value }» ليست منطقة إقليمية
problem-cycle-not-an-entity = «{ $value }» ليس كيانًا من كيانات الأمم المتحدة ولا المنظمة الدولية للهجرة
problem-cycle-no-addressees = وجِّهوا الطلب إلى الدول الأعضاء أو إلى منطقة إقليمية أو إلى كيان واحد على الأقل
problem-parameter-search-text-too-many-words = عدد الكلمات والعبارات في نص البحث { $items }، والحد الأقصى { $limit }
problem-form-not-a-term = «{ $value }» ليس مصطلحا
error-no-free-id = بلغ عدد التدابير التي لها معرِّفات مكوَّنة من «{ $id }» الحد الأقصى ({ $count }). أدخلوا معرِّفًا.
