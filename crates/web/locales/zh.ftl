# The user interface in Chinese (simplified, as in UN Chinese documents) (unofficial translation). Every message of en.ftl is here.

site-name = 暴力侵害移徙女工行为数据库
site-tagline = 各国和各国际组织报告的措施
skip-to-content = 跳至正文
nav-label = 主导航
nav-measures = 措施
nav-countries = 国家
nav-cycles = 报告周期
nav-vocabularies = 词表
footer-languages = 语文
footer-api = JSON API（OpenAPI文件）
footer-about = 本数据库收录各国和各国际组织报告的针对暴力侵害移徙女工行为所采取的行动，这些资料是为秘书长的报告收集的。

home-title = 针对暴力侵害移徙女工行为的措施
home-intro = 各国、联合国实体和国际移民组织报告的法律、政策、服务、宣传运动、培训、数据收集与合作，均已分类，便于查找在何处采取了何种行动。
home-count-measures = { $count ->
   *[other] { $count }项已发布措施
}
home-count-countries = { $count ->
   *[other] 涉及{ $count }个国家和地区
}
home-count-cycles = { $count ->
   *[other] 来自{ $count }个报告周期
}
home-latest-cycle = 最近一个报告周期
home-find = 查找措施
home-find-country = 国家
home-find-button = 显示措施
home-browse-types = 按措施类型浏览
home-any-country = 任何国家
filter-country = 国家或地区
filter-region = 区域
filter-cycle = 报告周期
filter-actor-kind = 行为体类别
filter-implementation = 执行情况
filter-year-from = 起始年份
filter-year-to = 截止年份
filter-clear = 清除所有筛选条件
filters-active = 当前筛选条件
filter-remove = 删除筛选条件：{ $label }
sort-label = 排序方式：
sort-by-country = 国家
sort-by-year = 年份
pagination-label = 页码
pagination-previous = 上一页
pagination-next = 下一页
pagination-page = 第{ $number }页
pagination-status = 第{ $current }页，共{ $pages }页

actor-kind-member-state = 会员国
actor-kind-observer-state = 观察员国
actor-kind-un-entity = 联合国实体
actor-kind-intergovernmental-organization = 政府间组织
actor-kind-other = 其他
implementation-in-place = 已实施
implementation-in-preparation = 正在制定

measure-in-preparation = 正在制定
measure-actor = 报告方
measure-cycle = 报告周期
measure-effectiveness = 有效性证据
measure-effectiveness-unknown = 未报告有效性证据。
measure-classification = 分类
measure-source = 来源
measure-other-languages = 另有以下语文版本
measure-text-language-note = 本文本没有本页面所用语文的版本；现以报告时所用语文显示。
measure-id = 标识符
measure-updated = 最后更新
measure-period = 期间
measure-period-not-stated = 来源未说明
measure-reported-in = 见文件{ $report }（{ $year }年）
footer-about-link = 关于本数据库：来源和引用方式
data-as-at = 数据截至{ $date }
about-sources-and-citation = 来源和引用方式
about-title = 关于本数据库
about-default = 本数据库收录各国为打击暴力侵害移徙女工行为而采取的措施（法律、政策、服务、宣传运动、培训、数据收集与合作），依据各国政府、联合国各实体和其他组织为秘书长关于暴力侵害移徙女工行为的报告所提供的资料。本数据库还记录这些报告所引条约的现状，并以保护每一名受害者的方式公布有关此类暴力行为的统计数据。
about-data-as-at = 数据截至
about-count-measures = 已发布的措施
about-count-countries = 有措施的国家和地区
about-sources = 来源
about-sources-cycles = 措施来自对秘书长索取资料请求的答复，每份报告对应一个报告周期。
about-cycles-caption = 涵盖的报告周期
about-cycle-report = 报告
about-cycle-title = 标题
about-cycle-as-at = 资料截至
about-sources-treaties = 条约状况来自保存人公布的状况表；每项文书的页面注明其记录截至何时完整，并列出来源。
about-sources-statistics = 有关暴力行为的统计数据来自统计数据提供方上传的数据集；每张表列出其所计入的数据集，较小的计数不予显示，以免任何受害者被识别。
about-cite = 引用方式
about-cite-note = 请引用所用页面的网址和查阅日期：数据随新答复的发布而变化。
about-cite-measure = 一项措施
about-cite-table = 一张统计表
about-cite-table-example = 暴力侵害移徙女工事件，按暴力形式分列
about-cite-api = 全部数据
about-cite-api-note = 每份列表均可下载（CSV、XLSX、JSON），也可通过公共应用程序接口读取，接口说明见
about-contact = 联系方式
measure-cite = 如何引用本措施
citation-measure = { $source }，“{ $title }”，措施{ $id }。网址：{ $address }（查阅日期：{ $date }）。
citation-measure-with-report = { $source }，“{ $title }”，措施{ $id }，见文件{ $report }。网址：{ $address }（查阅日期：{ $date }）。
citation-table = { $source }，“{ $title }”。网址：{ $address }（查阅日期：{ $date }）。
citation-source = { $publisher }，{ $site }
measure-json = 以JSON格式获取本措施
measure-details = 详细信息

countries-title = 国家和地区
countries-intro = 联合国M49标准所列{ $in_all }个国家和地区中，有{ $with_measures }个已发布措施。列表仅列出这些国家和地区；勾选下方方框可查看所有国家和地区。
countries-map-title = 按国家或地区分列的已发布措施
countries-map-value-label = 项措施
countries-map-no-measure = 无已发布措施
countries-map-description = 地图按措施数目为已发布措施的{ $count }个国家和地区着色；下表列出具体数目。
countries-filter-name = 名称
countries-filter-region = 区域
countries-any-region = 所有区域
countries-filter-all = 包括没有已发布措施的国家和地区
countries-filter-apply = 显示
countries-filter-clear = 清除
countries-letters = 跳至字母
countries-column-region = 区域
countries-none = 没有相符的国家或地区。清除筛选条件可查看更多。
countries-shown = 列出{ $count }个国家和地区
countries-column-name = 名称
countries-column-status = 在联合国的地位
countries-column-measures = 措施
country-status-member = 会员国
country-status-observer = 观察员国
country-status-other = 地区

page-contents = 本页内容
country-formal-name = 正式名称
country-codes = 代码
country-regions = 区域
country-status = 地位
country-names = 各正式语文名称
country-former-names = 旧称
country-former-until = 沿用至{ $date }
country-measures = { $count ->
    [0] 没有已发布措施
   *[other] { $count }项已发布措施
}
country-no-measures = 该国尚无已发布措施。
country-all-measures = 该国所有措施（可筛选）
country-measures-of-type = 此类型的所有措施

cycles-title = 报告周期
cycles-replies = { $count ->
    [0] 没有答复
   *[other] { $count }份答复
}
cycles-as-at = 截至{ $date }
cycles-none = 尚未记录任何报告周期。

cycle-mandate = 任务授权
cycle-symbol = 报告
cycle-previous-report = 上一份报告
cycle-requested-on = 请求发出日期
cycle-deadline = 截止日期
cycle-published-on = 报告印发日期
cycle-responded = { $n ->
    [0] 截至{ $date }，尚无会员国作出答复。
   *[other] 截至{ $date }，已有{ $count }个会员国作出答复。
}
cycle-as-at-label = 统计截至以下日期的答复
cycle-as-at-button = 统计
cycle-member-states = 已作出答复的会员国
cycle-organizations = 已作出答复的联合国实体和其他组织
cycle-received = { $date }收到
cycle-late = 逾期
cycle-after-as-at = 在统计截止日期之后
cycle-no-replies = 无。
cycle-measures-link = 本周期报告的措施

vocabulary-others = 词表
vocabulary-intro = 每个术语均链接至归入该术语或其下位术语的措施。

error-no-such-page = 此地址没有页面。
error-no-such-measure = 此地址没有已发布措施。
error-no-such-country = 没有使用此代码的国家或地区。
error-no-such-cycle = 没有使用此代码的报告周期。
error-no-such-vocabulary = 没有使用此代码的词表。
error-back-home = 返回首页

nav-instruments = 条约
instruments-title = 国际文书
instruments-intro = 保护移徙女工的各项公约和议定书，以及截至您所选日期已成为缔约国的国家数目。只有在记录完整的情况下，所示计数才是实际数目；在其他情况下，实际数目不少于所示数字。
instruments-caption = 截至{ $date }的缔约国
instruments-column-title = 文书
instruments-column-adopted = 通过日期
instruments-column-parties = 缔约国
instruments-column-record = 记录
instruments-at-least = 至少{ $count }
instrument-abbreviation = 简称
instrument-parent = 所补充的文书
instrument-depositary = 保存人
instrument-adopted = 通过日期
instrument-entry-into-force = 生效日期
instrument-record = 记录
instrument-party-count = { $count ->
    [0] 截至{ $date }，尚无国家成为缔约国。
   *[other] 截至{ $date }，已有{ $count }个国家成为缔约国。
}
instrument-party-count-partial = 截至{ $date }，至少已有{ $count }个国家成为缔约国（该日期的记录不完整）。
instrument-chart-alt = 《{ $title }》缔约国数目随时间变化的阶梯图
instrument-downloads = 下载
instrument-download-status-csv = 文书状况表，联合国条约集格式（CSV）
instrument-download-status-xlsx = 文书状况表，联合国条约集格式（XLSX）
instrument-parties = 截至{ $date }的缔约国
instrument-no-parties = 该日期没有记录在案的缔约国。
instrument-signatories = 截至该日期已签署但尚未成为缔约国的国家
instrument-column-action = 行动
instrument-column-date = 日期
instrument-column-signed = 签署
treaty-as-at-label = 状况截至
treaty-as-at-button = 显示
treaty-party-since = 自{ $date }起为缔约国（{ $action }）
treaty-denounced = 已退出，自{ $date }起生效
treaty-signatory = 于{ $date }签署；非缔约国
treaty-not-party = 非缔约国
treaty-no-record = 没有记录任何行动（本文书的记录不完整）
treaty-data-complete = 完整：所有国家的行动均有记录。
treaty-data-complete-until = 截至{ $date }完整；此后的行动仅记录了部分国家。
treaty-data-partial = 部分：仅记录了部分国家的行动。
treaty-action-signature = 签署
treaty-action-ratification = 批准
treaty-action-accession = 加入
treaty-action-acceptance = 接受
treaty-action-approval = 核准
treaty-action-succession = 继承
treaty-action-definitive-signature = 确定签署
treaty-action-denunciation = 退出
country-treaties = 截至{ $date }的条约状况
error-no-such-instrument = 没有使用此代码的文书。

cycle-report-link = 根据今日数据汇编的报告
report-back-to-cycle = 返回报告周期
report-intro = 本报告根据默认模板和已发布数据汇编而成：所有计数、日期和国家名单均按照联合国编辑体例，根据数据库当前所存数据计算得出。
report-download-docx = Word文件
report-download-pdf = PDF
report-download-markdown = Markdown
report-footnotes = 脚注
report-back-to-text = 返回正文

## 检索
search-title = 检索措施
search-label = 以任何一种联合国正式语文检索
search-hint = 可使用六种语文中任何一种的词语；将词语置于双引号（"…"）内可检索短语；在备选词之间使用OR；在词语前加-可排除该词。
search-button = 检索
search-count = { $count ->
    [0] 未找到措施
   *[other] 找到{ $count }项措施
}
search-none = 没有相符的结果。请检查拼写、减少词语或删除一项筛选条件。
search-named-terms = 同时显示标注以下术语的措施：
search-more = { $count ->
   *[other] 另有{ $count }项
}
search-past-the-end = 没有第{ $page }页：结果至第{ $last }页为止。
search-last-page = 转到最后一页
search-api-link = 以JSON格式获取这些结果及其计数
search-years = 年份
search-years-apply = 应用年份
search-facets-heading = 细化检索
search-filters-jump = { $count ->
    [0] 细化检索结果
   *[other] 细化检索结果（已选 { $count } 项）
}
search-within-country = 检索该国的措施
sort-by-relevance = 相关性
term-other-names = 亦可检索为
term-narrower = 下位术语
term-measures = { $count ->
    [0] 没有标注此术语的已发布措施
   *[other] { $count }项措施
}
term-search-all = 检索并筛选全部{ $count }项措施
error-no-such-term = 没有此术语。

nav-sign-in = 登录
nav-sign-out = 退出登录
nav-accounts = 账户

sign-in-title = 登录
sign-in-intro = 编辑、国家协调人和数据提供方登录后可录入和审查措施。所有已发布内容无需登录即可阅读。
sign-in-username = 用户名
sign-in-password = 密码
sign-in-submit = 登录
sign-in-forgotten = 忘记密码？请联系数据库管理员重置密码。

account-title = 您的账户
account-name = 姓名
account-role = 角色
account-change-password = 更改密码
account-current-password = 当前密码
account-new-password = 新密码
account-new-password-again = 再次输入新密码
account-password-rule = 至少12个字符。由几个互不相关的词语组成的密码较为安全。
account-password-changed = 您的密码已更改。登录此账户的其他浏览器均已退出登录。

admin-accounts-title = 账户
admin-accounts-count = { $count ->
   *[other] { $count }个账户
}
admin-accounts-state = 状态
admin-accounts-since = 起始日期
admin-accounts-actions = 操作
admin-accounts-reset = 重置密码
admin-accounts-disable = 停用
admin-accounts-new = 新建账户
admin-accounts-country = 国家或地区
admin-accounts-no-country = 无（秘书处）
admin-accounts-country-rule = 协调人和数据提供方代表一个国家行事；管理员和编辑不代表任何国家。
admin-accounts-create = 创建账户
admin-password-title = 新密码
admin-password-created = 已创建账户{ $username }，密码如下：
admin-password-reset = { $username }的密码已重置为：
admin-password-once = 请通过不同于传送用户名的渠道将密码交给账户所有人。密码仅显示这一次，账户所有人应在登录后更改密码。

admin-audit-title = 审计日志
admin-audit-sign-ins = 登录尝试
admin-audit-writes = 写入操作
admin-audit-when = 时间（UTC）
admin-audit-outcome = 结果
admin-audit-address = 地址
admin-audit-who = 操作人
admin-audit-record = 记录
admin-audit-action = 操作

workflow-title = 工作流程
workflow-state = 状态：
workflow-version = 第{ $version }版
workflow-history = 历史记录
workflow-last-comment = 最近一条意见：
workflow-comment = 理由（协调人可见）
state-draft = 草稿
state-submitted = 已提交
state-published = 已发布
state-withdrawn = 已撤回
transition-submit = 提交秘书处
transition-publish = 发布
transition-send_back = 退回协调人
transition-withdraw = 撤回，停止发布
transition-reopen = 重新作为草稿处理

history-title = 历史记录
history-moves = 工作流程变动
history-versions = 版本
history-version = 第{ $number }版
history-current = 当前版本
history-field = 字段
history-before = 修改前
history-after = 修改后
history-restore = 恢复第{ $number }版

search-export = { $count ->
   *[other] 下载这{ $count }项措施：
}

nav-work = 工作区
nav-import = 导入
work-own = 本国的草稿和已提交措施
work-review = 待审查的已提交措施
work-count = { $count ->
   *[other] { $count }项措施
}
work-measure = 措施

import-title = 导入措施
import-file = 文件（CSV、XLSX或JSON）
import-file-rule = 不超过{ $megabytes }MB。第一行为列名；请使用下列模板。检查不会写入任何内容。
import-check = 检查文件
import-confirm = 导入这些措施
import-templates = 模板
import-columns = 各列
import-columns-note = 标题行中只有id为必填项；每项措施须有国家或行为体、类型，以及至少一种语文的标题和说明。一个单元格内可填写多个术语，以分号隔开。id与已存储措施相同的行将更新该措施；同一文件导入两次不会产生任何变化。
import-refused = { $file }：{ $count ->
   *[other] { $count }个问题
}
import-nothing-written = 未写入任何内容。请更正文件后再次检查。
import-where = 位置
import-value = 值
import-problem = 问题
import-checked = { $file }可以导入
import-would = 导入后将新建{ $created }项，更改{ $updated }项，{ $unchanged }项保持不变。
import-done = { $file }已导入
import-counts = 新建{ $created }项，更改{ $updated }项，未变{ $unchanged }项。
import-to-work = 查看您的措施

form-new = 新建措施
form-edit = 编辑
form-problems = { $count ->
   *[other] 有{ $count }处需要更正：
}
form-identity = 措施
form-actor = 采取方
form-actor-state = 国家本身
form-actor-rule = 国家本国的措施请保留为国家；联合国实体或国际移民组织的措施请选择相应组织。
form-year-from = 起始年份
form-year-to = 截止年份
form-implementation = 阶段
form-in-place = 已实施
form-texts = 文本
form-texts-rule = 至少一种语文的标题和说明；如有其他语文版本，请一并添加。
form-title = 标题
form-description = 说明
form-save = 保存
form-edit-heading = 编辑：{ $title }
form-not-a-year = 请输入四位数年份，例如2026。
form-cycle-closed = 本周期的报告已于{ $date }发布；此后报告的措施属于以后的周期。
form-cycle-none = 不属于任何报告周期
form-cycle-rule = 报告已发布的周期不在可选之列。
form-error-prefix = 错误：
form-error-field = 本栏
label-separator = {"："}
form-source-rule = 报告该措施之处，例如文件编号和段落：A/64/152，第6段。
form-id-optional = 标识符（可选）
form-id-optional-rule = 留空则根据国家、年份和标题生成标识符，例如PHL-2026-shelters-women。可使用字母、数字、点、连字符、下划线和冒号。
replies-status = 答复
replies-no-addressee-list = 本周期未记录请求发送对象名单：下表列出已答复者。
timestamp-utc = { $date } { $time }（协调世界时）
dataset-kind-records = 事件记录
dataset-kind-counts = 计数
datasets-uploaded-by-command-line = 命令行
datasets-left-out = { $without_consent }项未经同意的记录和{ $reported_elsewhere }项已在别处报告的记录不计入任何表格。

cycle-new-title = 开启报告周期
cycle-new-report = 报告
cycle-code = 代码
cycle-code-rule = 一个简短、稳定的代码，例如2011。
cycle-as-at = 数字截至
cycle-addressees = 征询对象
cycle-all-member-states = 所有会员国
cycle-region-states = 某一区域的会员国
cycle-region = 区域
cycle-no-states = 不征询国家（仅限实体）
cycle-entities = 联合国实体和国际移民组织
cycle-open = 开启周期
replies-title = 答复
replies-on = 日期
replies-show = 显示
replies-responded = { $count ->
   *[other] 截至{ $date }，已有{ $count }个会员国作出答复。
}
replies-who = 答复方
replies-received = 收到日期
replies-language = 语文
replies-documents = 文件
replies-not-asked = 未征询
replies-record = 登记答复
replies-note = 备注
reply-replied = 已答复
reply-outstanding = 未答复
reply-late = 逾期

tokens-title = API令牌
tokens-intro = 令牌允许程序以您的名义使用API，但仅限于您授予的权限范围。不再需要时，请撤销令牌。
tokens-name = 令牌名称
tokens-scopes = 权限范围
tokens-created = 创建日期
tokens-expires = 到期日期
tokens-last-used = 最后使用
tokens-revoke = 撤销
tokens-dead = 已撤销或已过期
tokens-valid-for = 有效期（天）
tokens-create = 创建令牌
token-issued-title = 新API令牌
token-issued = 令牌{ $name }的权限范围为{ $scopes }，有效期{ $days }天：
token-issued-once = 请立即复制：令牌仅显示这一次，数据库只保存其校验和。

## 事件统计
nav-statistics = 统计数据
nav-datasets = 数据集
statistics-title = 事件统计
statistics-lead = 警方、法院、移民和劳工主管部门、受害者服务机构以及调查报告的暴力侵害移徙女工行为计数。已发布表格将暴力形式与另一项特征交叉列示，涵盖所有已发布年份；较小的计数，以及通过已发布表格的任何组合可推算出此类计数的其他数值，均不予公布，以确保所统计的任何人都无法被识别。
statistics-release-years = 年份：{ $years }，合并计算（如需单一年份数据，请按年份细分表格）。
statistics-catalogue = 已发布表格按另一项特征（国家、来源、性别、年龄组、国籍、移民身份、职业、施害者、发生场所、移徙周期阶段或年份）列示暴力形式，涵盖所有已发布年份。
statistics-choose = 选择表格
statistics-rows = 行
statistics-columns = 列
statistics-from = 自
statistics-to = 至
statistics-filters = 仅限具有以下特征的事件
statistics-show = 显示表格
statistics-whole-note = 您看到的是您负责的数据集未经保护处理的完整表格。请勿发布。
statistics-see-published = 查看已发布表格
statistics-see-whole = 查看您的数据集未经保护处理的完整表格
statistics-table-whole = 完整表格（不供发布）
statistics-table-published = 已发布表格
statistics-empty = 尚无与此表格相符的已发布数据。
statistics-total = 合计
statistics-withheld = 为保护所统计的人员而不予公布
statistics-counted = { $datasets ->
   *[other] 根据{ $datasets }个数据集统计。
}
statistics-download = 下载此表格：
statistics-structure = 数据结构定义
statistics-chart = 图表
statistics-map = 地图
statistics-map-alt = 按国家或国籍显示本表格合计数的世界地图，事件越多颜色越深；上表列出了全部数字。
country-statistics = 事件统计
country-statistics-more = 浏览{ $country }的统计数据
datasets-title = 统计数据集
datasets-uploaded = 数据集{ $id }已作为草稿上传，将由编辑予以发布。
datasets-upload = 上传{ $country }的数据
datasets-upload-rule = 事件记录（每个事件一行）或计数（含计数列）的CSV或XLSX文件。不得包含姓名、联系方式、出生日期、确切日期或自由文本：此类列和单元格将被拒绝。出现任何问题，整个文件均将被拒绝。
datasets-provider = 数据提供方
datasets-threshold = 发布阈值（k）
datasets-threshold-rule = 1至k-1的计数不在已发布表格中公布；默认值为{ $k }。
datasets-upload-button = 检查并上传
datasets-records-template = 记录模板（CSV）
datasets-counts-template = 计数模板（CSV）
datasets-list = 数据集
datasets-country = 国家
datasets-kind = 类型
datasets-rows = 行数
datasets-state = 发布状态
datasets-uploaded-by = 上传者
datasets-actions = 操作
datasets-move-published = 发布
datasets-move-withdrawn = 撤回
datasets-move-draft = 退回草稿
datasets-none = 尚无数据集。

## Where a measure's text comes from
form-text-origin = 文本来源
text-origin-not-stated = 未说明
text-origin-original = 原文
text-origin-official-translation = 正式译文
text-origin-unofficial-translation = 非正式译文
measure-text-original = 原文：{ $language }
measure-text-is-official-translation = 正式译文。
measure-text-is-unofficial-translation = 非正式译文，并非联合国印发。
text-language-ar = 阿拉伯文
text-language-zh = 中文
text-language-en = 英文
text-language-fr = 法文
text-language-ru = 俄文
text-language-es = 西班牙文

## Statistics tables, charts and their titles
statistics-table-title = 按{ $dimensions }分列的事件，{ $years }
statistics-table-title-filtered = 按{ $dimensions }分列的事件，{ $years }（{ $filters }）
statistics-form-by = 按{ $dimension }分列的暴力形式
statistics-no-columns = （无：仅总数）
statistics-all-values = 全部
statistics-left-out = 数据集 { $dataset } 提供的数字未按{ $dimensions }分列，因此未列入本表。
statistics-chart-description = 条形图。{ $title }。{ $rows }。
statistics-chart-withheld = 不予公布
statistics-chart-withheld-cells = 不予公布的单元格
statistics-chart-in-withheld-cells = 在不予公布的单元格中
statistics-map-no-data = 无数据
statistics-map-title = 地图：{ $title }
statistics-map-value-label = 事件
statistics-map-description = 世界地图按事件数量为各国着色；其他国家无数据。
statistics-map-description-highest = 有数字的国家：{ $countries } 个；最高的是{ $highest }，为 { $count }。
statistics-map-description-withheld = 为保护被统计者而不予公布数字的国家：{ $withheld } 个。

## Errors
error-internal = 我们这边出了问题；错误已记录。
error-busy = 数据库繁忙；请稍后再试。
error-search-rebuilding = 正在根据数据库重建搜索索引；请一分钟后再试。其他页面照常可用。
error-heavy-requests = 服务器正在处理其他导入、导出和报告下载。请几秒钟后重试。
error-export-rate = 您的地址在短时间内下载的导出文件过多。请等待一分钟后重试，或登录。
error-only-administrators = 只有管理员才能打开本页面。
error-only-secretariat = 只有秘书处（编辑和管理员）才能打开本页面。
error-form-refused = 此表格已过期或并非来自本网站。请返回，重新加载页面后再试。
error-providers-enter-no-measures = 数据提供方提供统计数据；措施由国家协调人和编辑录入。
error-providers-import-no-measures = 数据提供方提供统计数据；措施由国家协调人和编辑导入。
error-providers-have-no-work = 数据提供方没有需要处理的措施。
error-no-such-measure-for-you = 此地址没有您的账户可以查看的措施。
error-focal-point-keeps-the-state = 国家协调人不能将措施转到另一个国家名下。
error-statistics-uploaded-by-providers = 统计数据由数据提供方上传，且只涉及其本国。
error-datasets-for-providers-and-secretariat = 统计数据集仅供数据提供方和秘书处使用。
error-form-lost-version = 表格丢失了措施的版本号；请重新加载页面。
error-no-such-document = 没有此文件。
error-no-such-token = 没有此令牌。
error-status-400 = 请求有误
error-status-401 = 需要登录
error-status-403 = 不允许
error-status-404 = 未找到
error-status-409 = 冲突
error-status-413 = 文件过大
error-status-415 = 不支持的文件类型
error-status-422 = 无法处理
error-status-429 = 尝试次数过多
error-status-500 = 内部错误
error-status-503 = 暂时无法使用
statistics-withheld-note = { $mark }：为保护被统计者而不予公布（1 至 { $largest } 之间的数字，或为防止从已公布表格的任何组合中推算出此类数字而不予公布的数字）。

## Depositaries of instruments
depositary-un-secretary-general = 联合国秘书长
depositary-ilo-director-general = 国际劳工局局长
depositary-oas-general-secretariat = 美洲国家组织总秘书处

## Why a table is not published; sign-in refusals
statistics-unpublished-combination = 以下特征不能合并在同一张公布的表格中：{ $dimensions }。每张表格只将暴力形式与另一个特征交叉。
statistics-unpublished-years = 公布的表格合并涵盖所有已公布年份（{ $years }）；如需单个年份，请按年份细分表格。
statistics-unpublished-too-few = 公布的事件太少，任何表格的显示都会给被统计者带来风险。
sign-in-wrong = 用户名或密码错误。
sign-in-locked = 登录失败次数过多，此账户已锁定至协调世界时 { $time }。
sign-in-locked-later = 登录失败次数过多，此账户暂时锁定；请稍后再试。
sign-in-disabled = 此账户已停用。请管理员启用。

## Roles of accounts
role-administrator = 管理员
role-editor = 编辑
role-focal-point = 国家协调人
role-data-provider = 数据提供方

## The chart of an instrument's parties
instrument-chart-title = { $instrument }缔约国
instrument-chart-description = 缔约国数目从{ $year }年通过后的0个增至{ $date }的{ $count }个。
instrument-chart-no-party = 没有记录任何缔约国。

## 上传的文件、表单和文件中的位置和问题（跟在字段或位置名称之后；所引的值为用户本人填写的值）
upload-place-row = { $file }，第{ $row }行
upload-place-cell = { $file }，第{ $row }行，{ $column }列
upload-place-cycles-and-replies = 报告周期和答复
problem-text-empty = 不得为空
problem-text-too-long = 长度为{ $length }个字符；上限为{ $limit }个字符
problem-text-missing = 每项措施须至少有一种语文的标题和说明
problem-not-a-date = “{ $text }”不是日期：请按YYYY-MM-DD格式填写，例如2009-06-01
problem-not-a-cycle-code = “{ $text }”不是报告周期代码：请使用小写字母、数字和连字符，例如2009
problem-not-a-measure-id = “{ $text }”不是措施标识符：请使用1至100个字母、数字、点、连字符、下划线和冒号
problem-year-out-of-range = { $year }不是介于{ $earliest }年至{ $latest }年之间的年份
problem-last-year-before-first = 截止年份{ $to }早于起始年份{ $from }
problem-year-to-without-year = 已填写，但未填写year
problem-period-to-before-from = { $to }早于period_from（{ $from }）
problem-deadline-before-request = { $deadline }早于requested_on（{ $requested }）
problem-unknown-format = “{ $format }”不是此版本可读取的格式；应为“{ $expected }”
problem-duplicate-cycle = 代码重复：{ $first }也使用此代码
problem-duplicate-reply = 答复重复：{ $first }是同一行为体对同一报告周期的答复
problem-duplicate-measure = 标识符重复：{ $first }也使用此标识符
problem-unknown-cycle = 未知报告周期“{ $code }”（已知报告周期：{ $known }）
problem-unknown-cycle-none-yet = 未知报告周期“{ $code }”（尚无任何报告周期）
problem-unknown-country = 未知国家“{ $code }”：请填写ISO 3166三字母代码（例如AZE）、二字母代码或M49代码
problem-unknown-actor = 未知行为体“{ $code }”：请使用国家的ISO三字母代码或组织的代码，例如IOM或ILO
problem-unknown-actor-did-you-mean = 未知行为体“{ $code }”；您是否指“{ $suggestion }”？
problem-country-or-actor = 请填写国家、行为体或两者
problem-country-not-a-state = { $country }不是国家，因此措施须注明其行为体
problem-country-not-the-actors = { $country }不是行为体{ $actor }所属的国家（{ $own }）；国家的措施应列于其本国之下
problem-not-one-of = “{ $value }”不是以下值之一：{ $allowed }
problem-not-a-un-language = “{ $code }”不是联合国六种语文之一（{ $allowed }）
problem-not-an-origin = “{ $value }”不是文本来源：请使用{ $allowed }
problem-several-originals = 只能有一种文本为原文，而{ $languages }均被标为原文；请将其他文本标为official_translation或unofficial_translation
problem-needs-type-of-measure = 状态为“{ $state }”的措施须至少有一种措施类型
problem-unknown-vocabulary = 未知词表“{ $vocabulary }”（已知词表：{ $known }）
problem-unknown-term = 词表“{ $vocabulary }”（{ $label }）中没有代码“{ $code }”
problem-unknown-term-did-you-mean = 词表“{ $vocabulary }”（{ $label }）中没有代码“{ $code }”；您是否指“{ $suggestion }”？
problem-listed-twice = “{ $code }”列出了两次
problem-json-syntax = 第{ $line }行，第{ $column }列：{ $details }
problem-json-shape = 第{ $line }行，第{ $column }列，位于{ $path }：{ $details }
problem-file-unreadable = 无法读取文件：{ $details }
problem-file-not-utf8 = 不是UTF-8文本（字节{ $byte }无效）：请另存为UTF-8
problem-file-csv-line = 第{ $line }行：{ $details }
problem-file-not-a-workbook = 不是可读取的XLSX工作簿：{ $details }
problem-file-no-such-sheet = 没有名为“{ $sheet }”的工作表（工作簿中的工作表为：{ $sheets }）
problem-file-formula = 工作表“{ $sheet }”，单元格{ $cell }：含有公式（{ $formula }）；请将工作表另存为仅含数值的形式
problem-file-xlsx-not-a-workbook = 文件名为.xlsx，但并非XLSX工作簿；请在电子表格程序中另存为.xlsx
problem-file-workbook-named-as-text = 文件名为.{ $extension }，但实为工作簿或其他zip文件；如为工作簿，请命名为.xlsx
problem-file-unknown-kind = 无法读取“{ $extension }”文件；请使用.csv、.tsv、.txt或.xlsx
problem-file-archive-refused = 已拒绝：{ $details }
problem-file-too-many-cells = 工作表“{ $sheet }”：单元格超过{ $limit }个，即一张表格可容纳的上限；请拆分为较小的文件
problem-file-sheet-too-wide = 工作表“{ $sheet }”：其单元格跨{ $rows }行、{ $columns }列，超过一张表格可容纳的{ $limit }个单元格
problem-file-cell-too-long = { $place }：含有{ $characters }个字符，超过一个单元格可容纳的{ $limit }个字符
problem-file-empty-table = 文件为空：第一行须为列名
problem-table-unknown-column = 不是措施表的列；各列见模板
problem-table-column-twice = 此列出现了两次
problem-table-no-id-column = 没有id列：每项措施都须有稳定的标识符
problem-table-not-a-year = 年份应以四位数字填写，例如2008
problem-table-no-measures = 标题行下没有措施
problem-import-choose-a-file = 文件：请选择CSV、XLSX或JSON文件
problem-import-cycles-by-secretariat = 只有秘书处可以导入报告周期和答复
problem-import-data-provider = 数据提供方提供统计数据；措施由国家协调人和编辑导入
problem-import-other-state = 国家协调人只能导入本国的措施
problem-import-not-a-draft = 国家协调人导入的是草稿；请在导入后提交，再由编辑发布
problem-import-id-unavailable = 此标识符不能用于贵国的措施；请另选一个标识符
problem-import-no-longer-a-draft = 已有使用此标识符的措施，且已不再是贵国的草稿；请联系编辑
problem-statistics-column-missing = 此列为必填列，但缺失
problem-statistics-column-twice = 此列名出现了两次
problem-statistics-unknown-column = vawdb不读取此名称的列；各列为{ $columns }，计数列为{ $count }
problem-statistics-no-counts = 文件中没有计数行
problem-statistics-no-records = 文件中没有事件记录
problem-statistics-code-required = 此处每条记录都须有代码（未知的请用_U）
problem-statistics-unknown-code = 未知的{ $dimension }代码；请使用{ $allowed }
problem-statistics-year-required = 必须填写年份
problem-statistics-number-range = 请填写{ $low }至{ $high }之间的整数
problem-statistics-yes-or-no = 请填写yes或no
problem-statistics-negative-count = 计数不能为负数
problem-statistics-count-not-whole = 计数必须为整数
problem-statistics-month-not-in-quarter = { $month }月不在第{ $quarter }季度内
problem-statistics-future-period = 此期间尚未到来（今天为{ $today }）
problem-statistics-duplicate-count = 第{ $row }行已给出同一组合和同一期间的计数
problem-statistics-breakdown-contradicts-total = 第{ $rows }行中按{ $dimension }分列的计数合计为{ $sum }，与第{ $row }行的总数{ $total }相矛盾
problem-identifying-column-names = 此列似乎含有姓名；vawdb不存储姓名、联系方式、出生日期、确切日期、案件编号或自由文本：请删除此列
problem-identifying-column-phone-numbers = 此列似乎含有电话号码；vawdb不存储姓名、联系方式、出生日期、确切日期、案件编号或自由文本：请删除此列
problem-identifying-column-contact-details = 此列似乎含有联系方式；vawdb不存储姓名、联系方式、出生日期、确切日期、案件编号或自由文本：请删除此列
problem-identifying-column-dates-of-birth = 此列似乎含有出生日期；vawdb不存储姓名、联系方式、出生日期、确切日期、案件编号或自由文本：请删除此列
problem-identifying-column-exact-ages = 此列似乎含有确切年龄（请改为填写age_group）；vawdb不存储姓名、联系方式、出生日期、确切日期、案件编号或自由文本：请删除此列
problem-identifying-column-exact-dates = 此列似乎含有确切日期（请填写年份，如已知，还可填写季度或月份）；vawdb不存储姓名、联系方式、出生日期、确切日期、案件编号或自由文本：请删除此列
problem-identifying-column-case-numbers = 此列似乎含有身份证件号码或案件编号；vawdb不存储姓名、联系方式、出生日期、确切日期、案件编号或自由文本：请删除此列
problem-identifying-column-free-text = 此列似乎含有自由文本；vawdb不存储姓名、联系方式、出生日期、确切日期、案件编号或自由文本：请删除此列
problem-identifying-value-email = 这似乎是电子邮件地址；vawdb不存储联系方式或确切日期
problem-identifying-value-phone = 这似乎是电话号码；vawdb不存储联系方式或确切日期
problem-identifying-value-date = 这似乎是确切日期；vawdb不存储联系方式或确切日期

## 无法读取的网址查询参数（`problem-parameter`为页面消息的开头，并引用其余某条消息作为详细信息）
problem-parameter = 参数“{ $parameter }”：{ $details }
problem-parameter-unknown-country = 未知国家“{ $value }”：请使用ISO 3166三字母代码，例如AZE
problem-parameter-unknown-region = 未知M49区域“{ $value }”；请填写区域代码，例如419（拉丁美洲和加勒比）
problem-parameter-unknown-actor = 未知行为体“{ $value }”
problem-parameter-unknown-term = 词表“{ $vocabulary }”中没有代码“{ $value }”
problem-parameter-unknown-cycle = 未知报告周期“{ $value }”
problem-parameter-not-a-page = “{ $value }”不是介于1至{ $last }之间的页码
problem-parameter-not-a-page-size = “{ $value }”不是介于1至{ $largest }之间的每页条数
problem-parameter-year-to-before-from = { $to }早于year_from（{ $from }）
problem-parameter-not-a-year = “{ $value }”不是介于{ $earliest }年至{ $latest }年之间的年份
problem-parameter-search-text-too-long = 检索文本长度为{ $length }个字符；上限为{ $limit }个字符
problem-parameter-not-a-dimension = “{ $value }”不是统计特征（{ $allowed }）
problem-parameter-not-a-statistics-year = “{ $value }”不是{ $earliest }年至{ $latest }年之间的年份
problem-parameter-from-after-to = { $from }晚于to（{ $to }）
problem-parameter-map-needs-states = 地图需要按国家（state）或按国籍（nationality）分列的表格

## 拒绝表单或上传的原因（显示为页面消息）
error-upload-too-large = 文件大于{ $megabytes }MB：请拆分为多个文件。
error-upload-unreadable = 无法读取上传的内容：{ $details }
error-document-too-large = 有一份文件大于{ $megabytes }MB。
error-reply-document-too-large = documents：{ $file }大于{ $megabytes }MB
error-reply-document-kind = documents：{ $file }：只保留PDF、Word（.docx、.doc）、OpenDocument（.odt）、XLSX和文本文件
error-reply-document-content = documents：{ $file }：其内容不是.{ $extension }文件
error-reply-received-after-today = 答复的收到日期不能晚于今天。
error-comment-needed = 请在意见中说明理由，以便国家协调人知道该怎么做。
error-comment-too-long = 意见最多可有4,000个字符。
error-no-such-dataset = 没有此数据集。
error-no-such-account = 没有此账户。
error-checked-file-expired = 经检查的文件已不再等待导入（文件只保留30分钟）：请重新选择该文件。
error-not-allowed-on-measure = 您的账户不能对处于当前状态的此措施执行此操作。
error-not-allowed-on-measure-focal-point = 您的账户不能对处于当前状态的此措施执行此操作：国家协调人只处理本国的草稿。
error-statistics-provider-needed = 请填写数据来源组织的名称（不超过200个字符）。
error-statistics-threshold = threshold：请填写{ $minimum }至1000之间的整数，而不是“{ $value }”
error-statistics-file-needed = 请选择CSV或XLSX文件。

## 保存表单时缺失或已被占用的记录，以及报告周期表单的问题
problem-store-no-account = 没有账户{ $username }
problem-store-no-actor = 行为体“{ $code }”不存在
problem-store-no-cycle = 报告周期“{ $code }”不存在
problem-store-no-dataset = 没有数据集{ $id }
problem-store-no-measure = 没有措施{ $id }
problem-store-username-taken = 用户名{ $username }已被占用
problem-store-cycle-exists = 代码为{ $code }的报告周期已存在
problem-store-file-uploaded-before = 此文件已作为数据集{ $id }上传过
problem-store-measure-id-taken = 标识符为{ $id }的措施已存在；请另选一个标识符
problem-store-measure-changed = 您打开此措施后，措施已有改动（当时为第{ $expected }版，现为第{ $current }版）；请重新加载后再试
problem-cycle-date-needed = 请填写日期
problem-cycle-mandate-needed = 请填写要求提交报告的决议
problem-cycle-title-needed = 请填写报告标题
problem-cycle-deadline-before-request = 早于请求发出日期
problem-cycle-not-a-region = “{ $value }”不是区域
problem-cycle-not-an-entity = “{ $value }”既不是联合国实体，也不是国际移民组织
problem-cycle-no-addressees = 请征询会员国、某一区域或至少一个实体
problem-parameter-search-text-too-many-words = 检索文本包含{ $items }个词语和短语；上限为{ $limit }个
problem-form-not-a-term = “{ $value }”不是术语
error-no-free-id = 已有{ $count }项措施的标识符由“{ $id }”构成。请填写标识符。
