# The user interface in Spanish (unofficial translation). Every message of en.ftl is here.

site-name = Base de datos sobre la violencia contra las trabajadoras migratorias
site-tagline = Medidas comunicadas por los Estados y las organizaciones internacionales
skip-to-content = Ir al contenido
nav-label = Principal
nav-measures = Medidas
nav-countries = Países
nav-cycles = Ciclos de presentación de informes
nav-vocabularies = Vocabularios
footer-languages = Idiomas
footer-api = API JSON (documento OpenAPI)
footer-about = Esta base de datos recoge lo que los Estados y las organizaciones internacionales comunican que hacen para combatir la violencia contra las trabajadoras migratorias, según la información recabada para los informes del Secretario General.

home-title = Medidas para combatir la violencia contra las trabajadoras migratorias
home-intro = Leyes, políticas, servicios, campañas, capacitación, reunión de datos y cooperación comunicados por los Estados, las entidades de las Naciones Unidas y la Organización Internacional para las Migraciones (OIM), clasificados para que usted pueda averiguar qué se hizo y dónde.
home-count-measures = { $count ->
    [one] una medida publicada
    [many] { $count } medidas publicadas
   *[other] { $count } medidas publicadas
}
home-count-countries = { $count ->
    [one] en un país o zona
    [many] en { $count } países y zonas
   *[other] en { $count } países y zonas
}
home-count-cycles = { $count ->
    [one] de un ciclo de presentación de informes
    [many] de { $count } ciclos de presentación de informes
   *[other] de { $count } ciclos de presentación de informes
}
home-latest-cycle = Último ciclo de presentación de informes
home-find = Buscar medidas
home-find-country = País
home-find-button = Mostrar las medidas
home-browse-types = Consultar por tipo de medida
home-any-country = Cualquier país
filter-country = País o zona
filter-region = Región
filter-cycle = Ciclo de presentación de informes
filter-actor-kind = Tipo de actor
filter-implementation = Aplicación
filter-year-from = Desde el año
filter-year-to = Hasta el año
filter-clear = Eliminar todos los filtros
filters-active = Filtros activos
filter-remove = Eliminar el filtro: { $label }
sort-label = Ordenar por:
sort-by-country = país
sort-by-year = año
pagination-label = Páginas
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-page = Página { $number }
pagination-status = Página { $current } de { $pages }

actor-kind-member-state = Estado Miembro
actor-kind-observer-state = Estado observador
actor-kind-un-entity = Entidad de las Naciones Unidas
actor-kind-intergovernmental-organization = Organización intergubernamental
actor-kind-other = Otro
implementation-in-place = Vigente
implementation-in-preparation = En preparación

measure-in-preparation = En preparación
measure-actor = Comunicada por
measure-cycle = Ciclo de presentación de informes
measure-effectiveness = Pruebas de eficacia
measure-effectiveness-unknown = No se comunicaron pruebas de eficacia.
measure-classification = Clasificación
measure-source = Fuente
measure-other-languages = También disponible en
measure-text-language-note = Este texto no está disponible en el idioma de la página; se muestra en el idioma en que se comunicó.
measure-id = Identificador
measure-updated = Última actualización
measure-period = Período
measure-period-not-stated = No se indica en la fuente
measure-reported-in = Comunicada en el documento { $report } ({ $year })
footer-about-link = Acerca de esta base de datos: fuentes y forma de citarla
data-as-at = Datos al { $date }
about-sources-and-citation = Fuentes y forma de citar
about-title = Acerca de esta base de datos
about-default = Esta base de datos recoge las medidas que adoptan los Estados para combatir la violencia contra las trabajadoras migratorias (leyes, políticas, servicios, campañas, capacitación, reunión de datos y cooperación), según las comunican los Gobiernos, las entidades de las Naciones Unidas y otras organizaciones para los informes del Secretario General sobre la violencia contra las trabajadoras migratorias. También recoge el estado de los tratados que citan esos informes y publica estadísticas sobre esa violencia de forma que se proteja a cada víctima.
about-data-as-at = Datos al
about-count-measures = Medidas publicadas
about-count-countries = Países y zonas con medidas
about-sources = Fuentes
about-sources-cycles = Las medidas proceden de las respuestas a las solicitudes de información del Secretario General, con un ciclo de presentación de informes por cada informe.
about-cycles-caption = Ciclos de presentación de informes abarcados
about-cycle-report = Informe
about-cycle-title = Título
about-cycle-as-at = Información al
about-sources-treaties = El estado de los tratados procede de los cuadros que publican los depositarios; la página de cada instrumento indica hasta qué fecha está completo su registro y cita sus fuentes.
about-sources-statistics = Las estadísticas sobre la violencia proceden de los conjuntos de datos que cargan los proveedores de estadísticas; cada cuadro indica los conjuntos de datos que cuenta, y las cifras pequeñas se ocultan para que no pueda identificarse a ninguna víctima.
about-cite = Forma de citar
about-cite-note = Cite la dirección de la página utilizada y la fecha de consulta: los datos cambian a medida que se publican nuevas respuestas.
about-cite-measure = Una medida
about-cite-table = Un cuadro estadístico
about-cite-table-example = Casos de violencia contra las trabajadoras migratorias, por forma de violencia
about-cite-api = El conjunto de los datos
about-cite-api-note = Cada lista puede descargarse (CSV, XLSX, JSON) y consultarse mediante la interfaz de programación pública, descrita en
about-contact = Contacto
measure-cite = Forma de citar esta medida
citation-measure = { $source }, “{ $title }”, medida { $id }. Disponible en { $address } (consultado el { $date }).
citation-measure-with-report = { $source }, “{ $title }”, medida { $id }, comunicada en el documento { $report }. Disponible en { $address } (consultado el { $date }).
citation-table = { $source }, “{ $title }”. Disponible en { $address } (consultado el { $date }).
citation-source = { $publisher }, { $site }
measure-json = Esta medida en JSON
measure-details = Detalles

countries-title = Países y zonas
countries-intro = { $with_measures } de los { $in_all } países y zonas de la clasificación M49 de las Naciones Unidas tienen medidas publicadas. La lista muestra esos; marque la casilla siguiente para ver todos los países y zonas.
countries-map-title = Medidas publicadas, por país o zona
countries-map-value-label = medidas
countries-map-no-measure = ninguna medida publicada
countries-map-description = El mapa colorea los { $count } países y zonas con medidas publicadas según su número de medidas; la lista siguiente indica cada número.
countries-filter-name = Nombre
countries-filter-region = Región
countries-any-region = Todas las regiones
countries-filter-all = Incluir los países y zonas sin medidas publicadas
countries-filter-apply = Mostrar
countries-filter-clear = Borrar
countries-letters = Ir a una letra
countries-column-region = Región
countries-none = Ningún país ni zona coincide. Borre los filtros para ver más.
countries-shown = { $count ->
    [one] Un país o zona
   *[other] { $count } países y zonas
}
countries-column-name = Nombre
countries-column-status = Condición en las Naciones Unidas
countries-column-measures = Medidas
country-status-member = Estado Miembro
country-status-observer = Estado observador
country-status-other = Zona

page-contents = En esta página
country-formal-name = Nombre oficial
country-codes = Códigos
country-regions = Regiones
country-status = Condición
country-names = Nombres en los idiomas oficiales
country-former-names = Nombres anteriores
country-former-until = hasta el { $date }
country-measures = { $count ->
    [0] Ninguna medida publicada
    [one] Una medida publicada
    [many] { $count } medidas publicadas
   *[other] { $count } medidas publicadas
}
country-no-measures = Todavía no se ha publicado ninguna medida de este país.
country-all-measures = Todas las medidas de este país, con filtros
country-measures-of-type = Todas las medidas de este tipo

cycles-title = Ciclos de presentación de informes
cycles-replies = { $count ->
    [0] ninguna respuesta
    [one] una respuesta
    [many] { $count } respuestas
   *[other] { $count } respuestas
}
cycles-as-at = al { $date }
cycles-none = Todavía no se ha registrado ningún ciclo de presentación de informes.

cycle-mandate = Mandato
cycle-symbol = Informe
cycle-previous-report = Informe anterior
cycle-requested-on = Envío de la solicitud
cycle-deadline = Plazo
cycle-published-on = Publicación del informe
cycle-responded = { $n ->
    [0] Al { $date }, ningún Estado Miembro había respondido.
    [one] Al { $date }, había respondido un Estado Miembro.
    [many] Al { $date }, habían respondido { $count } Estados Miembros.
   *[other] Al { $date }, habían respondido { $count } Estados Miembros.
}
cycle-as-at-label = Contar las respuestas al
cycle-as-at-button = Contar
cycle-member-states = Estados Miembros que respondieron
cycle-organizations = Entidades de las Naciones Unidas y otras organizaciones que respondieron
cycle-received = recibida el { $date }
cycle-late = fuera de plazo
cycle-after-as-at = después de la fecha del recuento
cycle-no-replies = Ninguna.
cycle-measures-link = Medidas comunicadas en este ciclo

vocabulary-others = Vocabularios
vocabulary-intro = Cada término remite a las medidas clasificadas en él o en un término más específico.

error-no-such-page = No hay ninguna página en esta dirección.
error-no-such-measure = No hay ninguna medida publicada en esta dirección.
error-no-such-country = No hay ningún país o zona con este código.
error-no-such-cycle = No hay ningún ciclo de presentación de informes con este código.
error-no-such-vocabulary = No hay ningún vocabulario con este código.
error-back-home = Ir a la página de inicio

nav-instruments = Tratados
instruments-title = Instrumentos internacionales
instruments-intro = Las convenciones y los protocolos que protegen a las trabajadoras migratorias, y el número de Estados que se habían hecho partes en ellos en la fecha que usted elija. Los recuentos solo son exactos cuando el registro está completo; en los demás casos, la cifra indicada es un mínimo.
instruments-caption = Partes al { $date }
instruments-column-title = Instrumento
instruments-column-adopted = Adopción
instruments-column-parties = Partes
instruments-column-record = Registro
instruments-at-least = al menos { $count }
instrument-abbreviation = Sigla
instrument-parent = Complementa
instrument-depositary = Depositario
instrument-adopted = Adopción
instrument-entry-into-force = Entrada en vigor
instrument-record = Registro
instrument-party-count = { $count ->
    [0] Al { $date }, ningún Estado se había hecho parte.
    [one] Al { $date }, un Estado se había hecho parte.
    [many] Al { $date }, { $count } Estados se habían hecho partes.
   *[other] Al { $date }, { $count } Estados se habían hecho partes.
}
instrument-party-count-partial = Al { $date }, al menos { $count } Estados se habían hecho partes (el registro no está completo para esta fecha).
instrument-chart-alt = Gráfico escalonado de la evolución del número de Estados partes en el instrumento { $title }
instrument-downloads = Descargas
instrument-download-status-csv = Estado del instrumento, formato de la Colección de Tratados de las Naciones Unidas (CSV)
instrument-download-status-xlsx = Estado del instrumento, formato de la Colección de Tratados de las Naciones Unidas (XLSX)
instrument-parties = Partes al { $date }
instrument-no-parties = No consta ningún Estado como parte en esta fecha.
instrument-signatories = Signatarios que no eran partes en esta fecha
instrument-column-action = Acto
instrument-column-date = Fecha
instrument-column-signed = Firma
treaty-as-at-label = Situación al
treaty-as-at-button = Mostrar
treaty-party-since = Parte desde el { $date } ({ $action })
treaty-denounced = Denunciado, con efecto a partir del { $date }
treaty-signatory = Firmado el { $date }; no es parte
treaty-not-party = No es parte
treaty-no-record = No consta ningún acto (el registro de este instrumento está incompleto)
treaty-data-complete = Completo: constan los actos de todos los Estados.
treaty-data-complete-until = Completo hasta el { $date }; los actos posteriores solo constan para algunos Estados.
treaty-data-partial = Parcial: solo constan los actos de algunos Estados.
treaty-action-signature = firma
treaty-action-ratification = ratificación
treaty-action-accession = adhesión
treaty-action-acceptance = aceptación
treaty-action-approval = aprobación
treaty-action-succession = sucesión
treaty-action-definitive-signature = firma definitiva
treaty-action-denunciation = denuncia
country-treaties = Situación de los tratados al { $date }
error-no-such-instrument = No hay ningún instrumento con este código.

cycle-report-link = El informe, elaborado con los datos actuales
report-back-to-cycle = Volver al ciclo de presentación de informes
report-intro = Este informe se elabora a partir de la plantilla predeterminada y de los datos publicados: cada recuento, cada fecha y cada lista de Estados se calculan, conforme a las normas editoriales de las Naciones Unidas, a partir de la información que la base de datos contiene hoy.
report-download-docx = Documento de Word
report-download-pdf = PDF
report-download-markdown = Markdown
report-footnotes = Notas
report-back-to-text = Volver al texto

## Búsqueda
search-title = Buscar medidas
search-label = Buscar en cualquier idioma de las Naciones Unidas
search-hint = Palabras en cualquiera de los seis idiomas; "palabras entre comillas" para buscar una frase; OR entre alternativas; -palabra para excluirla.
search-button = Buscar
search-count = { $count ->
    [0] No se encontró ninguna medida
    [one] Se encontró una medida
    [many] Se encontraron { $count } medidas
   *[other] Se encontraron { $count } medidas
}
search-none = No hay coincidencias. Compruebe la ortografía, utilice menos palabras o elimine un filtro.
search-named-terms = También se muestran las medidas etiquetadas con:
search-more = { $count ->
    [one] Uno más
    [many] { $count } más
   *[other] { $count } más
}
search-past-the-end = No existe la página { $page }: los resultados terminan en la página { $last }.
search-last-page = Ir a la última página
search-api-link = Estos resultados y sus recuentos en JSON
search-years = Años
search-years-apply = Aplicar los años
search-facets-heading = Afinar la búsqueda
search-filters-jump = { $count ->
    [0] Afinar estos resultados
    [one] Afinar estos resultados ({ $count } elegido)
   *[other] Afinar estos resultados ({ $count } elegidos)
}
search-within-country = Buscar entre las medidas de este país
sort-by-relevance = pertinencia
term-other-names = También se busca como
term-narrower = Términos más específicos
term-measures = { $count ->
    [0] Ninguna medida publicada está etiquetada con este término
    [one] Una medida
    [many] { $count } medidas
   *[other] { $count } medidas
}
term-search-all = Buscar y filtrar entre las { $count } medidas
error-no-such-term = No existe ese término.

nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-accounts = Cuentas

sign-in-title = Iniciar sesión
sign-in-intro = Los editores, los coordinadores nacionales y los proveedores de datos inician sesión para introducir y examinar medidas. Todo lo publicado puede consultarse sin iniciar sesión.
sign-in-username = Nombre de usuario
sign-in-password = Contraseña
sign-in-submit = Iniciar sesión
sign-in-forgotten = ¿Ha olvidado su contraseña? Pida a un administrador de la base de datos que la restablezca.

account-title = Su cuenta
account-name = Nombre
account-role = Función
account-change-password = Cambiar la contraseña
account-current-password = Contraseña actual
account-new-password = Nueva contraseña
account-new-password-again = Repita la nueva contraseña
account-password-rule = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una buena contraseña.
account-password-changed = Se ha cambiado su contraseña. Se ha cerrado la sesión en cualquier otro navegador conectado a esta cuenta.

admin-accounts-title = Cuentas
admin-accounts-count = { $count ->
    [one] Una cuenta
    [many] { $count } cuentas
   *[other] { $count } cuentas
}
admin-accounts-state = Situación
admin-accounts-since = Desde
admin-accounts-actions = Acciones
admin-accounts-reset = Restablecer la contraseña
admin-accounts-disable = Desactivar
admin-accounts-new = Nueva cuenta
admin-accounts-country = Estado o zona
admin-accounts-no-country = Ninguno (Secretaría)
admin-accounts-country-rule = Los coordinadores y los proveedores de datos actúan en nombre de un Estado; los administradores y los editores, de ninguno.
admin-accounts-create = Crear la cuenta
admin-password-title = Nueva contraseña
admin-password-created = Se ha creado la cuenta { $username } con esta contraseña:
admin-password-reset = Se ha restablecido la contraseña de { $username }; la nueva contraseña es:
admin-password-once = Entréguela a su titular por un canal distinto del utilizado para el nombre de usuario. Solo se muestra esta vez, y su titular debe cambiarla después de iniciar sesión.

admin-audit-title = Registro de auditoría
admin-audit-sign-ins = Intentos de inicio de sesión
admin-audit-writes = Operaciones de escritura
admin-audit-when = Fecha y hora (UTC)
admin-audit-outcome = Resultado
admin-audit-address = Dirección
admin-audit-who = Quién
admin-audit-record = Registro
admin-audit-action = Acción

workflow-title = Flujo de trabajo
workflow-state = Situación:
workflow-version = versión { $version }
workflow-history = Historial
workflow-last-comment = Último comentario:
workflow-comment = Motivo (el coordinador lo verá)
state-draft = borrador
state-submitted = presentada
state-published = publicada
state-withdrawn = retirada
transition-submit = Presentar a la Secretaría
transition-publish = Publicar
transition-send_back = Devolver al coordinador
transition-withdraw = Retirar de la publicación
transition-reopen = Reabrir como borrador

history-title = Historial
history-moves = Cambios en el flujo de trabajo
history-versions = Versiones
history-version = Versión { $number }
history-current = actual
history-field = Campo
history-before = Antes
history-after = Después
history-restore = Restablecer la versión { $number }

search-export = { $count ->
    [one] Descargar esta medida:
    [many] Descargar estas { $count } medidas:
   *[other] Descargar estas { $count } medidas:
}

nav-work = Trabajo
nav-import = Importar
work-own = Borradores y medidas presentadas de su Estado
work-review = Medidas presentadas pendientes de examen
work-count = { $count ->
    [one] Una medida
    [many] { $count } medidas
   *[other] { $count } medidas
}
work-measure = Medida

import-title = Importar medidas
import-file = Archivo (CSV, XLSX o JSON)
import-file-rule = Hasta { $megabytes } MB. La primera fila indica el nombre de las columnas; utilice una de las plantillas que figuran a continuación. La comprobación no guarda ningún dato.
import-check = Comprobar el archivo
import-confirm = Importar estas medidas
import-templates = Plantillas
import-columns = Las columnas
import-columns-note = En el encabezado solo es obligatoria la columna id; una medida debe tener un país o un actor, un tipo, y un título y una descripción en al menos un idioma. Si hay varios términos en una celda, se separan con punto y coma. Las filas con el id de una medida ya almacenada la actualizan; importar dos veces el mismo archivo no modifica nada.
import-refused = { $file }: { $count ->
    [one] un problema
    [many] { $count } problemas
   *[other] { $count } problemas
}
import-nothing-written = No se ha guardado nada. Corrija el archivo y vuelva a comprobarlo.
import-where = Ubicación
import-value = Valor
import-problem = Problema
import-checked = { $file } está listo para importarse
import-would = Al importarlo se crearán { $created }, se modificarán { $updated } y quedarán { $unchanged } sin cambios.
import-done = Se ha importado { $file }
import-counts = Creadas: { $created }; modificadas: { $updated }; sin cambios: { $unchanged }.
import-to-work = Ver sus medidas

form-new = Nueva medida
form-edit = Modificar
form-problems = { $count ->
    [one] Debe corregirse un elemento:
    [many] Deben corregirse { $count } elementos:
   *[other] Deben corregirse { $count } elementos:
}
form-identity = La medida
form-actor = Adoptada por
form-actor-state = El propio Estado
form-actor-rule = Deje “El propio Estado” para las medidas de un Estado; elija la organización para las medidas de las entidades de las Naciones Unidas o de la OIM.
form-year-from = Desde el año
form-year-to = Hasta el año
form-implementation = Fase
form-in-place = Vigente
form-texts = Texto
form-texts-rule = Un título y una descripción en al menos un idioma; añada los demás idiomas cuando disponga de ellos.
form-title = Título
form-description = Descripción
form-save = Guardar
form-edit-heading = Modificar: { $title }
form-not-a-year = Indique un año de cuatro cifras, como 2026.
form-cycle-closed = El informe de este ciclo se publicó el { $date }; una medida comunicada desde entonces corresponde a un ciclo posterior.
form-cycle-none = Fuera de un ciclo de presentación de informes
form-cycle-rule = No se ofrecen los ciclos cuyo informe ya se ha publicado.
form-error-prefix = Error:
form-error-field = Este campo
label-separator = {": "}
form-source-rule = Dónde se comunica la medida, por ejemplo la signatura de un documento y el párrafo: A/64/152, párr. 6.
form-id-optional = Identificador (opcional)
form-id-optional-rule = Déjelo vacío para que se forme uno a partir del país, el año y el título, como PHL-2026-shelters-women. Letras, dígitos, puntos, guiones, guiones bajos y dos puntos.
replies-status = Respuesta
replies-no-addressee-list = No consta para este ciclo una lista de los destinatarios de la solicitud: el cuadro indica quienes respondieron.
timestamp-utc = { $date }, { $time } (UTC)
dataset-kind-records = Registros de incidentes
dataset-kind-counts = Recuentos
datasets-uploaded-by-command-line = Línea de comandos
datasets-left-out = { $without_consent } sin consentimiento y { $reported_elsewhere } ya comunicados en otro lugar no se cuentan en ningún cuadro.

cycle-new-title = Abrir un ciclo de presentación de informes
cycle-new-report = El informe
cycle-code = Código
cycle-code-rule = Un código breve y estable, como 2011.
cycle-as-at = Cifras al
cycle-addressees = Destinatarios
cycle-all-member-states = Todos los Estados Miembros
cycle-region-states = Los Estados Miembros de una región
cycle-region = Región
cycle-no-states = Ningún Estado (solo entidades)
cycle-entities = Entidades de las Naciones Unidas y la OIM
cycle-open = Abrir el ciclo
replies-title = Respuestas
replies-on = Fecha
replies-show = Mostrar
replies-responded = { $count ->
    [one] Al { $date }, había respondido un Estado Miembro.
    [many] Al { $date }, habían respondido { $count } Estados Miembros.
   *[other] Al { $date }, habían respondido { $count } Estados Miembros.
}
replies-who = Quién
replies-received = Fecha de recepción
replies-language = Idioma
replies-documents = Documentos
replies-not-asked = no se le solicitó
replies-record = Registrar una respuesta
replies-note = Nota
reply-replied = respondió
reply-outstanding = pendiente
reply-late = con retraso

tokens-title = Tokens de la API
tokens-intro = Un token permite a un programa utilizar la API en su nombre, solo con los ámbitos que usted le conceda. Revóquelo cuando ya no lo necesite.
tokens-name = Nombre del token
tokens-scopes = Ámbitos
tokens-created = Creado
tokens-expires = Caduca
tokens-last-used = Último uso
tokens-revoke = Revocar
tokens-dead = revocado o caducado
tokens-valid-for = Validez (días)
tokens-create = Crear el token
token-issued-title = Nuevo token de la API
token-issued = El token { $name } tendrá los ámbitos { $scopes } durante { $days } días:
token-issued-once = Cópielo ahora: solo se muestra esta vez, y la base de datos conserva únicamente su suma de comprobación.

## Estadísticas de incidentes
nav-statistics = Estadísticas
nav-datasets = Conjuntos de datos
statistics-title = Estadísticas de incidentes
statistics-lead = Recuentos de casos de violencia contra las trabajadoras migratorias comunicados por la policía, los tribunales, las autoridades de inmigración y laborales, los servicios de atención a las víctimas y las encuestas. Los cuadros publicados cruzan la forma de violencia con otra característica para el conjunto de los años publicados, y omiten los recuentos pequeños y cualquier otro dato que permitiera deducirlos a partir de cualquier combinación de cuadros publicados, de modo que no pueda reconocerse a ninguna de las personas contabilizadas.
statistics-release-years = Años: { $years }, en conjunto (desglose un cuadro por año para obtener cada año por separado).
statistics-catalogue = Los cuadros publicados presentan la forma de violencia según otra característica (Estado, fuente, sexo, grupo de edad, nacionalidad, situación migratoria, ocupación, autor, ámbito, etapa del ciclo migratorio o año), para el conjunto de los años publicados.
statistics-choose = Elegir el cuadro
statistics-rows = Filas
statistics-columns = Columnas
statistics-from = Desde
statistics-to = Hasta
statistics-filters = Solo los incidentes con
statistics-show = Mostrar el cuadro
statistics-whole-note = Está viendo el cuadro completo, sin protección, de los conjuntos de datos de los que usted es responsable. No lo publique.
statistics-see-published = Ver el cuadro publicado
statistics-see-whole = Ver el cuadro completo y sin protección de sus conjuntos de datos
statistics-table-whole = Cuadro completo (no destinado a publicación)
statistics-table-published = Cuadro publicado
statistics-empty = Todavía no hay datos publicados que correspondan a este cuadro.
statistics-total = Total
statistics-withheld = omitido para proteger a las personas contabilizadas
statistics-counted = { $datasets ->
    [one] Recuento a partir de un conjunto de datos.
    [many] Recuento a partir de { $datasets } conjuntos de datos.
   *[other] Recuento a partir de { $datasets } conjuntos de datos.
}
statistics-download = Descargar este cuadro:
statistics-structure = definición de la estructura de datos
statistics-chart = Gráfico
statistics-map = Mapa
statistics-map-alt = Mapa mundial de los totales de este cuadro por Estado o nacionalidad, más oscuro cuanto mayor es el número de incidentes; el cuadro anterior presenta todas las cifras.
country-statistics = Estadísticas de incidentes
country-statistics-more = Consultar las estadísticas de { $country }
datasets-title = Conjuntos de datos estadísticos
datasets-uploaded = El conjunto de datos { $id } se ha cargado como borrador. Un editor se encargará de publicarlo.
datasets-upload = Cargar datos de { $country }
datasets-upload-rule = Un archivo CSV o XLSX de registros de incidentes (una fila por incidente) o de recuentos (con una columna de recuento). No se admiten nombres, datos de contacto, fechas de nacimiento, fechas exactas ni texto libre: se rechazan esas columnas y celdas. Cualquier problema hace que se rechace todo el archivo.
datasets-provider = Proveedor
datasets-threshold = Umbral de publicación (k)
datasets-threshold-rule = Los recuentos de 1 a k-1 se omiten en los cuadros publicados; el valor predeterminado es { $k }.
datasets-upload-button = Comprobar y cargar
datasets-records-template = Plantilla de registros (CSV)
datasets-counts-template = Plantilla de recuentos (CSV)
datasets-list = Conjuntos de datos
datasets-country = Estado
datasets-kind = Tipo
datasets-rows = Filas
datasets-state = Situación de publicación
datasets-uploaded-by = Cargado por
datasets-actions = Acciones
datasets-move-published = Publicar
datasets-move-withdrawn = Retirar
datasets-move-draft = Volver a borrador
datasets-none = Todavía no hay conjuntos de datos.

## Where a measure's text comes from
form-text-origin = Origen del texto
text-origin-not-stated = No se indica
text-origin-original = Original
text-origin-official-translation = Traducción oficial
text-origin-unofficial-translation = Traducción no oficial
measure-text-original = Original: { $language }
measure-text-is-official-translation = Traducción oficial.
measure-text-is-unofficial-translation = Traducción no oficial, no publicada por las Naciones Unidas.
text-language-ar = árabe
text-language-zh = chino
text-language-en = inglés
text-language-fr = francés
text-language-ru = ruso
text-language-es = español

## Statistics tables, charts and their titles
statistics-table-title = Incidentes por { $dimensions }, { $years }
statistics-table-title-filtered = Incidentes por { $dimensions }, { $years } ({ $filters })
statistics-form-by = Forma de violencia por { $dimension }
statistics-no-columns = (ninguna: solo totales)
statistics-all-values = Todos
statistics-left-out = El conjunto de datos { $dataset } presenta cifras no desglosadas por { $dimensions }, por lo que no figura en este cuadro.
statistics-chart-description = Gráfico de barras. { $title }. { $rows }.
statistics-chart-withheld = no se divulga
statistics-chart-withheld-cells = celdas no divulgadas
statistics-chart-in-withheld-cells = en celdas no divulgadas
statistics-map-no-data = sin datos
statistics-map-title = Mapa: { $title }
statistics-map-value-label = incidentes
statistics-map-description = Mapa del mundo en que cada país aparece sombreado según su número de incidentes; los demás países no tienen datos.
statistics-map-description-highest = Países con una cifra: { $countries }; la más alta es la de { $highest }, con { $count }.
statistics-map-description-withheld = Países cuya cifra no se divulga para proteger a las personas contabilizadas: { $withheld }.

## Errors
error-internal = Se produjo un error por nuestra parte; ha quedado registrado.
error-busy = La base de datos está ocupada; vuelva a intentarlo en un momento.
error-search-rebuilding = El índice de búsqueda se está reconstruyendo a partir de la base de datos; vuelva a intentarlo dentro de un minuto. Las demás páginas siguen disponibles.
error-heavy-requests = El servidor está ocupado con otras importaciones, exportaciones y descargas de informes. Vuelva a intentarlo dentro de unos segundos.
error-export-rate = Se han descargado demasiadas exportaciones desde su dirección en poco tiempo. Espere un minuto y vuelva a intentarlo, o inicie sesión.
error-only-administrators = Solo los administradores pueden abrir esta página.
error-only-secretariat = Solo la secretaría (editores y administradores) puede abrir esta página.
error-form-refused = Este formulario ha caducado o no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-providers-enter-no-measures = Los proveedores de datos aportan estadísticas; las medidas las introducen los coordinadores nacionales y los editores.
error-providers-import-no-measures = Los proveedores de datos aportan estadísticas; las medidas las importan los coordinadores nacionales y los editores.
error-providers-have-no-work = Los proveedores de datos no tienen medidas que tramitar.
error-no-such-measure-for-you = En esta dirección no hay ninguna medida que su cuenta pueda consultar.
error-focal-point-keeps-the-state = Un coordinador nacional no puede asignar una medida a otro Estado.
error-statistics-uploaded-by-providers = Las estadísticas las cargan los proveedores de datos, para su propio Estado.
error-datasets-for-providers-and-secretariat = Los conjuntos de datos estadísticos están reservados a los proveedores de datos y a la secretaría.
error-form-lost-version = El formulario perdió la versión de la medida; recargue la página.
error-no-such-document = No existe ese documento.
error-no-such-token = No existe ese token.
error-status-400 = Solicitud incorrecta
error-status-401 = Es necesario iniciar sesión
error-status-403 = No autorizado
error-status-404 = No encontrado
error-status-409 = Conflicto
error-status-413 = Demasiado grande
error-status-415 = Tipo de archivo no admitido
error-status-422 = No se puede procesar
error-status-429 = Demasiados intentos
error-status-500 = Error interno
error-status-503 = No disponible por el momento
statistics-withheld-note = { $mark }: no se divulga para proteger a las personas contabilizadas (una cifra de 1 a { $largest }, o un número que no se divulga para que ninguna cifra de ese tipo pueda deducirse de una combinación cualquiera de cuadros publicados).

## Depositaries of instruments
depositary-un-secretary-general = Secretario General de las Naciones Unidas
depositary-ilo-director-general = Director General de la Oficina Internacional del Trabajo
depositary-oas-general-secretariat = Secretaría General de la Organización de los Estados Americanos

## Why a table is not published; sign-in refusals
statistics-unpublished-combination = Las siguientes características no pueden combinarse en un mismo cuadro publicado: { $dimensions }. Cada cuadro cruza la forma de violencia con una sola característica más.
statistics-unpublished-years = Los cuadros publicados abarcan conjuntamente todos los años publicados ({ $years }); para años concretos, desglose un cuadro por año.
statistics-unpublished-too-few = Se han publicado demasiado pocos incidentes para mostrar un cuadro sin riesgo para las personas contabilizadas.
sign-in-wrong = El nombre de usuario o la contraseña son incorrectos.
sign-in-locked = Tras demasiados intentos fallidos de inicio de sesión, esta cuenta está bloqueada hasta las { $time } UTC.
sign-in-locked-later = Tras demasiados intentos fallidos de inicio de sesión, esta cuenta está bloqueada durante un tiempo; vuelva a intentarlo más tarde.
sign-in-disabled = Esta cuenta está desactivada. Pida a un administrador que la active.

## Roles of accounts
role-administrator = Administrador
role-editor = Editor
role-focal-point = Coordinador nacional
role-data-provider = Proveedor de datos

## The chart of an instrument's parties
instrument-chart-title = Partes: { $instrument }
instrument-chart-description = El número de partes pasa de 0 tras la aprobación en { $year } a { $count } el { $date }.
instrument-chart-no-party = No consta ninguna parte.

## Lugares y problemas en los archivos cargados, los formularios y los documentos. Siguen al nombre de un campo
## o de un lugar, por lo que empiezan en minúscula; los valores citados son los del propio usuario.
upload-place-row = { $file }, fila { $row }
upload-place-cell = { $file }, fila { $row }, columna { $column }
upload-place-cycles-and-replies = ciclos y respuestas
problem-text-empty = no debe estar vacío
problem-text-too-long = tiene { $length } caracteres; el límite es { $limit }
problem-text-missing = una medida necesita un título y una descripción en al menos un idioma
problem-not-a-date = «{ $text }» no es una fecha: escríbala en el formato YYYY-MM-DD, por ejemplo 2009-06-01
problem-not-a-cycle-code = «{ $text }» no es un código de ciclo: utilice letras minúsculas, dígitos y guiones, como 2009
problem-not-a-measure-id = «{ $text }» no es un identificador de medida: utilice de 1 a 100 letras, dígitos, puntos, guiones, guiones bajos y dos puntos
problem-year-out-of-range = { $year } no es un año comprendido entre { $earliest } y { $latest }
problem-last-year-before-first = el último año, { $to }, es anterior al primero, { $from }
problem-year-to-without-year = se indica sin el año inicial (year)
problem-period-to-before-from = { $to } es anterior a period_from ({ $from })
problem-deadline-before-request = { $deadline } es anterior a requested_on ({ $requested })
problem-unknown-format = «{ $format }» no es un formato que esta versión pueda leer; se esperaba «{ $expected }»
problem-duplicate-cycle = código duplicado: { $first } también lo tiene
problem-duplicate-reply = respuesta duplicada: { $first } es la respuesta del mismo actor al mismo ciclo
problem-duplicate-measure = identificador duplicado: { $first } también lo tiene
problem-unknown-cycle = ciclo desconocido «{ $code }» (ciclos conocidos: { $known })
problem-unknown-cycle-none-yet = ciclo desconocido «{ $code }» (todavía no existe ningún ciclo)
problem-unknown-country = país desconocido «{ $code }»: indique un código ISO 3166 alfa-3, como AZE, un código alfa-2 o un código M49
problem-unknown-actor = actor desconocido «{ $code }»: utilice el código ISO alfa-3 de un Estado o el código de una organización, como IOM o ILO
problem-unknown-actor-did-you-mean = actor desconocido «{ $code }»; ¿quiso decir «{ $suggestion }»?
problem-country-or-actor = indique un país, un actor o ambos
problem-country-not-a-state = { $country } no es un Estado, por lo que la medida debe indicar su actor
problem-country-not-the-actors = { $country } no es el país del actor { $actor } ({ $own }); las medidas de un Estado corresponden a su propio país
problem-not-one-of = «{ $value }» no es uno de los valores siguientes: { $allowed }
problem-not-a-un-language = «{ $code }» no es uno de los seis idiomas oficiales de las Naciones Unidas ({ $allowed })
problem-not-an-origin = «{ $value }» no es un origen: utilice { $allowed }
problem-several-originals = solo un texto puede ser el original, y { $languages } están marcados como tal; marque los demás como official_translation o unofficial_translation
problem-needs-type-of-measure = una medida en la situación «{ $state }» necesita al menos un tipo de medida
problem-unknown-vocabulary = vocabulario desconocido «{ $vocabulary }» (vocabularios conocidos: { $known })
problem-unknown-term = código desconocido «{ $code }» en el vocabulario «{ $vocabulary }» ({ $label })
problem-unknown-term-did-you-mean = código desconocido «{ $code }» en el vocabulario «{ $vocabulary }» ({ $label }); ¿quiso decir «{ $suggestion }»?
problem-listed-twice = «{ $code }» figura dos veces en la lista
problem-json-syntax = línea { $line }, columna { $column }: { $details }
problem-json-shape = línea { $line }, columna { $column }, en { $path }: { $details }
problem-file-unreadable = no se puede leer el archivo: { $details }
problem-file-not-utf8 = no es texto UTF-8 (el byte { $byte } no es válido): guárdelo como UTF-8
problem-file-csv-line = línea { $line }: { $details }
problem-file-not-a-workbook = no es un libro XLSX legible: { $details }
problem-file-no-such-sheet = no hay ninguna hoja llamada «{ $sheet }» (hojas del libro: { $sheets })
problem-file-formula = hoja «{ $sheet }», celda { $cell }: contiene una fórmula ({ $formula }); guarde la hoja solo con valores
problem-file-xlsx-not-a-workbook = tiene la extensión .xlsx pero no es un libro XLSX; guárdelo como .xlsx desde el programa de hoja de cálculo
problem-file-workbook-named-as-text = tiene la extensión .{ $extension } pero es un libro u otro archivo zip; si es un libro, asígnele la extensión .xlsx
problem-file-unknown-kind = no se leen los archivos «{ $extension }»; utilice .csv, .tsv, .txt o .xlsx
problem-file-archive-refused = rechazado: { $details }
problem-file-too-many-cells = hoja «{ $sheet }»: contiene más de { $limit } celdas, el máximo que admite una tabla; divídala en archivos más pequeños
problem-file-sheet-too-wide = hoja «{ $sheet }»: sus celdas abarcan { $rows } filas y { $columns } columnas, más que las { $limit } celdas que admite una tabla
problem-file-cell-too-long = { $place }: contiene { $characters } caracteres, más que los { $limit } que admite una celda
problem-file-empty-table = el archivo está vacío: la primera fila debe indicar el nombre de las columnas
problem-table-unknown-column = no es una columna de la tabla de medidas; las columnas figuran en la plantilla
problem-table-column-twice = esta columna aparece dos veces
problem-table-no-id-column = no hay ninguna columna id: cada medida necesita su identificador estable
problem-table-not-a-year = un año se escribe con cuatro cifras, como 2008
problem-table-no-measures = no hay ninguna medida debajo de la fila de encabezado
problem-import-choose-a-file = archivo: elija un archivo CSV, XLSX o JSON
problem-import-cycles-by-secretariat = solo la Secretaría importa los ciclos de presentación de informes y las respuestas
problem-import-data-provider = los proveedores de datos aportan estadísticas; las medidas las importan los coordinadores nacionales y los editores
problem-import-other-state = un coordinador nacional solo importa las medidas de su propio Estado
problem-import-not-a-draft = los coordinadores nacionales importan borradores; preséntelos después y un editor los publicará
problem-import-id-unavailable = este identificador no puede utilizarse para las medidas de su Estado; elija otro
problem-import-no-longer-a-draft = ya existe una medida con este identificador y ha dejado de ser un borrador de su Estado; consulte a un editor
problem-statistics-column-missing = esta columna es obligatoria y falta
problem-statistics-column-twice = el nombre de esta columna aparece dos veces
problem-statistics-unknown-column = vawdb no lee ninguna columna con este nombre; las columnas son { $columns }, y { $count } para los recuentos
problem-statistics-no-counts = el archivo no contiene filas de recuentos
problem-statistics-no-records = el archivo no contiene registros de incidentes
problem-statistics-code-required = aquí cada registro necesita un código (utilice _U si se desconoce)
problem-statistics-unknown-code = código desconocido para la característica { $dimension }; utilice { $allowed }
problem-statistics-year-required = el año es obligatorio
problem-statistics-number-range = indique un número entero de { $low } a { $high }
problem-statistics-yes-or-no = indique yes o no
problem-statistics-negative-count = un recuento no puede ser negativo
problem-statistics-count-not-whole = un recuento debe ser un número entero
problem-statistics-month-not-in-quarter = el mes { $month } no pertenece al trimestre { $quarter }
problem-statistics-future-period = este período es futuro (la fecha actual es { $today })
problem-statistics-duplicate-count = la fila { $row } ya indica un recuento para la misma combinación y el mismo período
problem-statistics-breakdown-contradicts-total = los recuentos por { $dimension } de las filas { $rows } suman { $sum }, lo que contradice el total de { $total } de la fila { $row }
problem-identifying-column-names = esta columna parece contener nombres; vawdb no almacena nombres, datos de contacto, fechas de nacimiento, fechas exactas, números de expediente ni texto libre: elimine la columna
problem-identifying-column-phone-numbers = esta columna parece contener números de teléfono; vawdb no almacena nombres, datos de contacto, fechas de nacimiento, fechas exactas, números de expediente ni texto libre: elimine la columna
problem-identifying-column-contact-details = esta columna parece contener datos de contacto; vawdb no almacena nombres, datos de contacto, fechas de nacimiento, fechas exactas, números de expediente ni texto libre: elimine la columna
problem-identifying-column-dates-of-birth = esta columna parece contener fechas de nacimiento; vawdb no almacena nombres, datos de contacto, fechas de nacimiento, fechas exactas, números de expediente ni texto libre: elimine la columna
problem-identifying-column-exact-ages = esta columna parece contener edades exactas (indique en su lugar un age_group); vawdb no almacena nombres, datos de contacto, fechas de nacimiento, fechas exactas, números de expediente ni texto libre: elimine la columna
problem-identifying-column-exact-dates = esta columna parece contener fechas exactas (indique el año y, si se conocen, el trimestre o el mes); vawdb no almacena nombres, datos de contacto, fechas de nacimiento, fechas exactas, números de expediente ni texto libre: elimine la columna
problem-identifying-column-case-numbers = esta columna parece contener números de identidad o de expediente; vawdb no almacena nombres, datos de contacto, fechas de nacimiento, fechas exactas, números de expediente ni texto libre: elimine la columna
problem-identifying-column-free-text = esta columna parece contener texto libre; vawdb no almacena nombres, datos de contacto, fechas de nacimiento, fechas exactas, números de expediente ni texto libre: elimine la columna
problem-identifying-value-email = esto parece una dirección de correo electrónico; vawdb no almacena datos de contacto ni fechas exactas
problem-identifying-value-phone = esto parece un número de teléfono; vawdb no almacena datos de contacto ni fechas exactas
problem-identifying-value-date = esto parece una fecha exacta; vawdb no almacena datos de contacto ni fechas exactas

## Parámetros de consulta de una dirección que no se pueden leer. `problem-parameter` abre el mensaje
## de la página y cita uno de los demás mensajes como detalle.
problem-parameter = parámetro «{ $parameter }»: { $details }
problem-parameter-unknown-country = país desconocido «{ $value }»: utilice un código ISO 3166 alfa-3, como AZE
problem-parameter-unknown-region = región M49 desconocida «{ $value }»; indique, por ejemplo, 419 para América Latina y el Caribe
problem-parameter-unknown-actor = actor desconocido «{ $value }»
problem-parameter-unknown-term = código desconocido «{ $value }» en el vocabulario «{ $vocabulary }»
problem-parameter-unknown-cycle = ciclo de presentación de informes desconocido «{ $value }»
problem-parameter-not-a-page = «{ $value }» no es un número de página de 1 a { $last }
problem-parameter-not-a-page-size = «{ $value }» no es un tamaño de página de 1 a { $largest }
problem-parameter-year-to-before-from = { $to } es anterior a year_from ({ $from })
problem-parameter-not-a-year = «{ $value }» no es un año comprendido entre { $earliest } y { $latest }
problem-parameter-search-text-too-long = el texto de búsqueda tiene { $length } caracteres; se admiten como máximo { $limit }
problem-parameter-not-a-dimension = «{ $value }» no es una característica ({ $allowed })
problem-parameter-not-a-statistics-year = «{ $value }» no es un año comprendido entre { $earliest } y { $latest }
problem-parameter-from-after-to = { $from } es posterior a to ({ $to })
problem-parameter-map-needs-states = un mapa requiere un cuadro por Estado (state) o por nacionalidad (nationality)

## Rechazos de un formulario o de una carga, que se muestran como mensaje de la página.
error-upload-too-large = El archivo supera los { $megabytes } MB: divídalo en varios archivos.
error-upload-unreadable = No se pudieron leer los datos cargados: { $details }
error-document-too-large = Un documento supera los { $megabytes } MB.
error-reply-document-too-large = documents: { $file } supera los { $megabytes } MB
error-reply-document-kind = documents: { $file }: solo se conservan archivos PDF, Word (.docx, .doc), OpenDocument (.odt), XLSX y de texto
error-reply-document-content = documents: { $file }: su contenido no corresponde a un archivo .{ $extension }
error-reply-received-after-today = La fecha de recepción de una respuesta no puede ser posterior a hoy.
error-comment-needed = Indique el motivo en el comentario, para que el coordinador nacional sepa qué hacer.
error-comment-too-long = El comentario puede tener como máximo 4000 caracteres.
error-no-such-dataset = No existe ese conjunto de datos.
error-no-such-account = No existe esa cuenta.
error-checked-file-expired = El archivo comprobado ya no está en espera (se conserva durante 30 minutos): vuelva a elegirlo.
error-not-allowed-on-measure = Su cuenta no puede realizar esta acción con la medida en la situación en que se encuentra.
error-not-allowed-on-measure-focal-point = Su cuenta no puede realizar esta acción con la medida en la situación en que se encuentra: los coordinadores nacionales trabajan con los borradores de su propio Estado.
error-statistics-provider-needed = Indique el nombre de la organización de la que proceden los datos (hasta 200 caracteres).
error-statistics-threshold = threshold: indique un número entero de { $minimum } a 1000, no «{ $value }»
error-statistics-file-needed = Elija un archivo CSV o XLSX.

## Registros que faltan o que ya existen al guardar un formulario, y problemas del formulario de los ciclos de presentación de informes.
problem-store-no-account = no existe la cuenta { $username }
problem-store-no-actor = el actor «{ $code }» no existe
problem-store-no-cycle = el ciclo «{ $code }» no existe
problem-store-no-dataset = no existe el conjunto de datos { $id }
problem-store-no-measure = no existe la medida { $id }
problem-store-username-taken = el nombre de usuario { $username } ya está en uso
problem-store-cycle-exists = ya existe un ciclo con el código { $code }
problem-store-file-uploaded-before = este archivo ya se cargó como conjunto de datos { $id }
problem-store-measure-id-taken = ya existe una medida con el identificador { $id }; elija otro identificador
problem-store-measure-changed = la medida ha cambiado desde que la abrió (ahora es la versión { $current }; entonces era la { $expected }); recárguela e inténtelo de nuevo
problem-cycle-date-needed = indique una fecha
problem-cycle-mandate-needed = indique la resolución en la que se solicita el informe
problem-cycle-title-needed = indique el título del informe
problem-cycle-deadline-before-request = es anterior a la solicitud
problem-cycle-not-a-region = «{ $value }» no es una región
problem-cycle-not-an-entity = «{ $value }» no es una entidad de las Naciones Unidas ni la OIM
problem-cycle-no-addressees = dirija la solicitud a los Estados Miembros, a una región o al menos a una entidad
problem-parameter-search-text-too-many-words = el texto de búsqueda tiene { $items } palabras y frases; se admiten como máximo { $limit }
problem-form-not-a-term = «{ $value }» no es un término
error-no-free-id = Ya hay { $count } medidas con identificadores formados a partir de «{ $id }». Indique un identificador.
