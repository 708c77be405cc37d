/** Spanish messages: the reference dictionary whose keys every language must have. */
export const es = {
  'app.title': 'Voto desde el extranjero · Explorador de registros',
  'app.heading': 'Voto desde el extranjero',
  'app.subheading': 'Explorador de registros',
  'app.lede':
    'Cuántas personas mexicanas que viven fuera del país pidieron inscribirse para votar, según los informes del INE.',
  'lang.label': 'Idioma',
  'lang.es': 'Español',
  'lang.en': 'English',

  'loading.text': 'Cargando los datos…',

  'error.title': 'No se pudieron cargar los datos',
  'error.missing': 'Falta el archivo de datos {file}.',
  'error.network': 'No se pudo descargar el archivo de datos {file}. Revise su conexión y vuelva a cargar la página.',
  'error.malformed': 'El archivo de datos {file} está dañado o no tiene el formato esperado.',
  'error.invalid': 'El archivo de datos {file} no cumple su esquema.',
  'error.unexpected': 'Ocurrió un error inesperado al preparar los datos.',
  'error.detail': 'Detalle técnico: {detail}',
  'error.issuesHeading': 'Primeros problemas encontrados ({shown} de {total}):',
  'error.row': 'fila {row}',
  'error.column': 'columna «{field}»',
  'error.value': 'valor «{value}»',
  'error.expected': 'se esperaba {expected}',
  'issue.schema': 'problema en la descripción del paquete',
  'issue.header': 'encabezado incorrecto',
  'issue.rowLength': 'número de celdas incorrecto',
  'issue.required': 'falta un valor obligatorio',
  'issue.type': 'tipo de dato incorrecto',
  'issue.enum': 'valor no permitido',
  'issue.pattern': 'formato incorrecto',
  'issue.minimum': 'valor por debajo del mínimo',
  'issue.maximum': 'valor por encima del máximo',
  'issue.primaryKey': 'clave primaria repetida',
  'issue.foreignKey': 'referencia a un código inexistente',

  'totals.caption': 'Solicitudes de inscripción desde el extranjero: total nacional por proceso electoral',
  'totals.process': 'Proceso electoral',
  'totals.cutoff': 'Corte al {date}',
  'totals.noCutoff': 'Sin fecha de corte',
  'measure.received': 'Solicitudes recibidas',
  'measure.eligible': 'Solicitudes que cumplen los requisitos',
  'cell.notReported': 'No reportado',
  'cell.notReportedReason': 'El informe no publica esta cifra a la fecha de corte.',
  'cell.notApplicable': 'No aplica',
  'quality.exact': 'exacto',
  'quality.uncertain': 'incierto',
  'quality.derived': 'derivado',
  'quality.legend.uncertain':
    'incierto: transcrito de una tabla de origen cuyas filas o columnas no cuadran entre sí.',
  'quality.legend.derived': 'derivado: calculado a partir de otras cifras; la nota explica cómo.',
  'source.ref': 'Nota {n}',
  'source.label': 'Fuente:',
  'source.heading': 'Notas y fuentes',
  'source.unknown': 'Fuente «{id}» (sin descripción en sources.csv)',
  'source.section': 'apartado {section}',
  'source.period': 'periodo: {period}',
  'source.published': 'publicado: {published}',
  'totals.notePreliminary':
    'Las cifras son preliminares: cada informe cuenta las solicitudes a su fecha de corte, y los informes posteriores las actualizan.',
  'totals.note2017':
    'En 2017-2018 las solicitudes recibidas suman tres tipos de trámite: SIILNERE, SIVE y SIASPE.',

  'footer.attribution': 'Fuente: Instituto Nacional Electoral (INE), informes de avance del VMRE.',
  'footer.downloads': 'Descargar los datos',
  'footer.package': 'Descripción del paquete de datos (datapackage.json)',
  'footer.licence': 'Licencia de la compilación de datos:',
  'footer.public': 'Las cifras son información pública del INE.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof es;
export type Messages = Record<MessageKey, string>;
