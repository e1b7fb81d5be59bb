// Spanish rejection wording (usted and tú, vos; Spain and Latin America) and its look-alikes.
// Patterns are normalised: no accents (ñ → n), lower case.
import {
  counter,
  job,
  notice,
  reject,
  rejectNear,
  ruleSet,
  stop,
  subjectCounter,
  rejectSentence,
  subjectReject,
  trait,
} from './types';

const TELL =
  '(comunicarle|comunicarte|comunicaros|informarle|informarte|informaros|decirle|decirte|notificarle|notificarte|trasladarle|trasladarte|anunciarle|anunciarte|hacerle saber|hacerte saber|contarle|contarte)';
const OTHER =
  '(otro|otra|otros|otras|el otro|la otra|un|una|alguien|otra persona|otro candidato|otra candidata|otros candidatos|otras candidatas|otros perfiles|otro perfil)';
const WHO =
  '(candidato|candidata|candidatos|candidatas|candidatura|candidaturas|persona|personas|perfil|perfiles|finalista|postulante|postulantes|aspirante|aspirantes|profesional|profesionales)';

export const ES = ruleSet('es', [
  reject('es.regret', 5, [
    '(lamentamos|lamento|sentimos|siento|lamentablemente debemos|lamentablemente tenemos que|tenemos que|debemos|lamentamos mucho|sentimos mucho|me apena|nos apena) + ' +
      TELL,
    '(lamentamos|lamento|sentimos|siento) (mucho |profundamente |sinceramente |)(que|no poder|tener que)',
    'nos (vemos|hemos visto) (en la necesidad|obligados|obligadas) de',
  ]),
  reject('es.not-selected', 5, [
    '(no ha|no han|no fue|no fueron|no has|no haya|no he|no hemos|no fuiste|no fuisteis|no resultaste|no resulto) (sido |)(seleccionado|seleccionada|seleccionados|seleccionadas|elegido|elegida|aceptado|aceptada|preseleccionado|preseleccionada)',
    '(no ha|no han|no fue|no ha podido ser) (sido |)(considerada|considerado|tenida en cuenta|valorada positivamente)',
    '(no|ni) (ha|has|han) (resultado|quedado) (seleccionado|seleccionada|elegido|elegida)',
    '(no|ya no) (continuas|continua|continuaras|continuara|sigues|sigue|avanzas|avanza|pasas|pasa) (en|a|con) (el|la|las|los|este|esta) (proceso|siguiente|siguientes|fase|etapa|proxima)',
    'no (vamos a|podemos|podremos|pudimos|continuaremos|avanzaremos|seguiremos) (continuar|avanzar|seguir|contar|ofrecerte|ofrecerle|ofrecer|proceder) (con|en|adelante|contigo|con usted|con tu|con su)',
    'no (vamos a|podemos|podremos) (continuar|avanzar|seguir) (con|en) (tu|su) (candidatura|perfil|proceso|postulacion|solicitud)',
    'no (continuaremos|avanzaremos|seguiremos) (con|en) (tu|su|el|este)',
    '(no|ya no) (es|sera) posible (continuar|avanzar|seguir|contar)',
    'no (podemos|podremos|vamos a poder) (ofrecerte|ofrecerle|ofrecer) (el|la|un|una|este|esta) (puesto|posicion|vacante|plaza|cargo|empleo|trabajo|oferta)',
  ]),
  reject('es.others-chosen', 5, [
    '(continuar|seguir|avanzar|avanzado|seguido|continuado|proseguir|seguimos|avanzamos|continuamos|quedarnos) (adelante |)(con|por) ' +
      OTHER +
      ' + ' +
      WHO,
    '(seguir|continuar|avanzar) adelante con (otra|otro|otros|otras|alguien)',
    '(seleccionado|seleccionamos|elegido|elegimos|escogido|escogimos|optado|optamos|decantado|decantamos|inclinado|inclinamos|contratado|contratamos|quedado|quedamos) (por |con |a |)' +
      OTHER +
      ' + ' +
      WHO,
    '(optado|optamos|decantado|decantamos|decidido|decidimos) por (otros|otras|otro|otra) (perfiles|perfil|candidatos|candidatas|candidato|candidata|personas|persona|candidaturas)',
    '(cubierto|cubrimos|cubierta|ocupado|ocupada) (el puesto|la vacante|la posicion|la plaza|el cargo) con (una|un|otra|otro)',
    'a otra persona para',
  ]),
  reject('es.filled', 5, [
    '(el puesto|la vacante|la posicion|la plaza|el cargo|la oferta) (ya |)(ha sido|fue|esta|se ha|quedo) (ya |finalmente |)(cubierto|cubierta|ocupado|ocupada|asignado|asignada|cancelado|cancelada|cerrado|cerrada|cubierto internamente|cubierta internamente|adjudicado|adjudicada)',
    '(cubierto|cubierta|cubrir) (internamente|de forma interna|con personal interno)',
    '(promocion|proceso) interno',
    '(empleado|empleada|persona|companero|companera|colaborador|colaboradora) de (la propia|nuestra propia|nuestra) (empresa|organizacion|plantilla|equipo)',
    '(damos|dar|hemos dado) por (finalizado|cerrado|terminado|concluido) (el|este) proceso',
    '(cerramos|cerrar|cancelar|cancelamos|cancelado|cerrado) (el|este|esta|la) (proceso|contratacion|vacante|busqueda|posicion)',
    '(no|ya no) (se cubrira|vamos a cubrir|cubriremos|esta disponible|sigue abierta|sigue abierto)',
  ]),
  reject(
    'es.withdrawn',
    6,
    [
      '(retirar|retiramos|retirado|anular|anulamos|anulado|revocar|revocamos|cancelar|cancelamos) (la|nuestra|su|tu|esta) (oferta|propuesta|carta oferta)',
      '(oferta|propuesta) (ha sido|queda|fue|debe ser) (retirada|anulada|revocada|cancelada|sin efecto)',
    ],
    'withdrawn',
  ),
  reject('es.no-vacancy', 4, [
    'no (tenemos|disponemos de|hay|contamos con|tenemos en este momento|hay en este momento) (ninguna |ningun |actualmente |en este momento |una |un |)(vacante|vacantes|puesto|puestos|posicion|posiciones|plaza|plazas) (adecuada|adecuado|adecuadas|que encaje|que se ajuste|acorde|disponible|disponibles|abierta|abiertas|para tu|para su|que coincida)',
  ]),
  rejectNear(
    'es.status-near',
    4.5,
    ['(estado|resultado|situacion|decision|fase)'],
    [
      '(descartado|descartada|rechazado|rechazada|no seleccionado|no seleccionada|archivado|archivada|cerrado|cerrada|finalizado|finalizada|desestimado|desestimada|no apto|no apta|negativo|negativa)',
    ],
    30,
  ),
  reject('es.nothing-suitable', 4.5, [
    'no (tenemos|hay|contamos con|disponemos de) (nada|ninguna posicion|ninguna vacante|ningun puesto) (que|acorde|adecuad)',
    '(ya no|no) (estamos|seguimos) (buscando|contratando|reclutando)',
    '(de nuestro propio equipo|de la propia empresa|de nuestra plantilla|un empleado actual|una empleada actual|personal interno)',
  ]),
  reject('es.status', 5, [
    '(estado|resultado|situacion)(:| :) (descartado|descartada|rechazado|rechazada|no seleccionado|no seleccionada|desestimado|desestimada|finalizado|no apto|no apta|cerrado|no continua|candidatura rechazada)',
    '(candidatura|solicitud|postulacion) (ha sido |fue |)(rechazada|descartada|desestimada)',
    '(descartado|descartada|desestimado|desestimada)',
  ]),
  subjectReject('es.subject', 3, [
    '(descartado|descartada|rechazada|rechazado|no seleccionado|no seleccionada)',
  ]),
  rejectSentence(
    'es.lamentablemente-no',
    2.5,
    [
      '(lamentablemente|desafortunadamente|por desgracia|lamentamos|lamento|sentimos|siento|lo siento|lo sentimos|en esta ocasion|en esta oportunidad)',
    ],
    ['(no|ningun|ninguna|ya no)'],
    70,
  ),
  reject('es.decided-not', 5, [
    '(decidido|decidimos|optado por|preferimos|resuelto|determinado) no (avanzar|continuar|seguir|contar|proceder|contratar|seleccionar)',
    'no (hemos podido|podemos|podremos|pudimos|fue posible|ha sido posible) (seleccionarte|seleccionarle|seleccionar|contar contigo|contar con usted|contar con vos|ofrecerte|ofrecerle|avanzar|continuar|seguir)',
    '(avanzar|continuar|seguir adelante|seguir|quedarnos|proseguir) con (perfiles|candidatos|candidatas|personas|candidaturas) (que|cuyo|cuya|cuyos|cuyas|con|mas)',
    '(optar|decidirnos|decantarnos|inclinarnos|nos decidimos|nos decantamos|nos inclinamos) por (otro|otra|otros|otras) (perfil|perfiles|candidato|candidata|candidatos|candidatas|persona|personas|candidatura|candidaturas)',
    '(encontrado|encontramos|identificado|identificamos|elegido|elegimos) (a |)(un|una|otro|otra) (candidato|candidata|perfil|persona|profesional) (que|cuyo|cuya|mas|con)',
    'no (has|ha|han|hayas|haya) (superado|pasado|aprobado|conseguido superar) (la|el|las|los|esta|este)',
    '(hemos|ya hemos|ya se ha|se ha|ya ha sido|ha sido) (cubierto|ocupado|completado|cubierta|ocupada) (el puesto|la vacante|la posicion|la plaza|el cargo)',
  ]),
  reject('es.not-advancing', 5, [
    '(no|ni) (ha|has|han) (resultado|quedado) (finalista|finalistas|seleccionada|seleccionado|elegida|elegido)',
    'no (cumples|cumple|cumplen|cumplia|cumplias) (con |)(el perfil|los requisitos|todos los requisitos)',
    'no (ha|han|hayan|haya|habia) (prosperado|salido adelante|tenido exito|resultado exitosa|resultado exitoso|sido exitosa|sido exitoso)',
    '(no|ya no) (avanzara|avanzaras|continuara|continuaras|seguira|seguiras|pasara|pasaras|avanza|avanzas|continua|continuas|sigue|sigues|pasa|pasas|formara|formaras) (a|en|parte|con) (la|el|las|los|este|esta|del)',
    '(otra persona|otro candidato|otra candidata|otro perfil|otros candidatos|otras candidatas|otros perfiles) (ha sido|han sido|fue|fueron) (seleccionada|seleccionado|seleccionados|seleccionadas|elegida|elegido|contratada|contratado|escogida|escogido)',
    'no (vamos a poder|podremos|podemos|vamos a|hemos podido|pudimos) contar (contigo|con usted|con vos|con tu|con su)',
  ]),
  reject('es.lamentablemente', 1.5, [
    'lamentablemente',
    'desafortunadamente',
    'por desgracia',
    'lamentamos',
    'lamento',
    'lo siento',
    'lo sentimos',
    'en esta ocasion',
    'aun asi',
  ]),
  reject('es.fit', 3.5, [
    '(se ajusta|se ajustan|se ajustaba|se ajustaban|encaja|encajan|encajaba|encajaban|se adecua|se adecuan|se adapta|se adaptan|coincide|coinciden) (mas|mejor) (a|al|con)',
    '(mas|mejor) (ajustado|ajustados|ajustada|ajustadas|alineado|alineados|alineada|adecuado|adecuados|adecuada) (a|al|con)',
    '(no se ajusta|no encaja|no se adecua|no coincide|no cumple|no cumplia|no encajaba|no se ajustaba) (del todo |completamente |exactamente |totalmente |)(a|al|con|los)',
    '(necesitamos|buscabamos|buscamos|necesitabamos|requerimos|requeriamos) (a alguien|alguien|mayor experiencia|mas experiencia|un perfil|una persona|experiencia)',
  ]),
  reject('es.decision', 1, [
    '(tras|despues de|luego de) (revisar|evaluar|valorar|analizar|estudiar) (detenidamente |cuidadosamente |con atencion |atentamente |)(tu|su|todos|todas|las|los|el|la)',
    '(decision|eleccion) (muy |)(dificil|complicada|pareja|reñida|renida|ajustada)',
    '(numero|volumen) (muy |)(elevado|alto|grande) de (candidaturas|curriculums|curriculos|solicitudes|candidatos)',
  ]),
  reject('es.well-wishes', 1.2, [
    '(te|le|les|os) (deseamos|deseo) (mucha suerte|lo mejor|muchos exitos|mucho exito|exito|suerte|lo mejor en)',
    '(mucha suerte|muchos exitos|mucho exito|lo mejor) (en tu|en su|con tu|con su) (busqueda|carrera|futuro|camino|proceso)',
    '(futuras|proximas|nuevas) (vacantes|oportunidades|ofertas|convocatorias|posiciones)',
    '(base de datos|bolsa de empleo|bolsa de trabajo|banco de talento|cantera de talento)',
    'no es la noticia que (esperabas|esperaba|esperaban)',
  ]),

  counter('offer', 'es.offer', 7, [
    '(eres|es usted|usted es) (la candidata|el candidato|la persona) (seleccionada|seleccionado|elegida|elegido|que buscabamos)',
    '(enhorabuena|felicidades|felicitaciones)',
    '(nos complace|nos alegra|me complace|me alegra|tenemos el placer de|tengo el placer de|nos encanta) (comunicarte|comunicarle|informarte|informarle|ofrecerte|ofrecerle|anunciarte|anunciarle|darte|darle)',
    '(noticia estupenda|gran noticia|buenas noticias|buena noticia)',
    '(propuesta|carta oferta|oferta) (formal|de incorporacion|de empleo|laboral) (con|adjunta|que te adjunto)',
    'te adjunto la (propuesta|oferta|carta)',
    '(bienvenido|bienvenida) (al equipo|a bordo|a la empresa)',
    '(fecha de incorporacion|incorporacion:)',
  ]),
  counter('invite', 'es.invite', 6, [
    '(nos gustaria|me gustaria|queremos|quisieramos) (conocerte|conocerle|conoceros|entrevistarte|entrevistarle|invitarte|invitarle|reunirnos|hablar contigo|hablar con usted)',
    '(te|le) (proponemos|propongo|invitamos|invito|citamos|convocamos) (a |)(una|un|la|el) (entrevista|reunion|llamada|videollamada|charla|encuentro)',
    '(invitacion|convocatoria|citacion) (a|para) (una |la |)(entrevista|reunion|segunda entrevista|prueba)',
    '(confirme|confirmes|confirmar|confirmarnos|confirmanos|confirmenos) (su|tu) (asistencia|disponibilidad|presencia)',
    '(tu|su) disponibilidad',
    '(te|le) (vendria|viene|iria|conviene|encajaria) bien',
    '(alguna de estas|estas) (opciones|fechas|franjas|horas)',
  ]),
  counter('schedule', 'es.reschedule', 5, [
    '(aplazar|aplazarse|posponer|reprogramar|cambiar la fecha|cambio de fecha|mover|retrasar) (de |)(la|su|tu|nuestra|la) (entrevista|reunion|llamada|cita)',
    '(debe aplazarse|tenemos que aplazar|hay que aplazar|cambio de fecha)',
    '(de baja|enfermo|enferma|enfermedad|indispuesto|indispuesta)',
    'sigue adelante en el proceso',
  ]),
  counter('received', 'es.received', 5, [
    '(hemos recibido|recibimos|he recibido) (correctamente |)(tu|su) (candidatura|solicitud|curriculum|cv|postulacion)',
    '(te|le) confirmamos (que hemos recibido|la recepcion)',
    '(confirmacion|acuse) de (recepcion|recibo)',
    '(revisara|revisaremos|valoraremos|estudiaremos|analizaremos) (tu|su) (perfil|candidatura|curriculum|solicitud|cv)',
    '(nos pondremos|me pondre|te contactaremos|le contactaremos|nos comunicaremos) (en contacto |)(con |)(las personas|los candidatos|contigo|con usted|en los proximos)',
  ]),
  counter('conditional', 'es.conditional', 7, [
    '(si|en caso de que) (en un plazo de|en el plazo de|pasados|transcurridos|dentro de)',
    '(si|en caso de que) (no|no te|no le) (has|ha|hemos|recibes|recibe) (recibido|contactado|tenido noticias)',
    '(no te hemos|no le hemos|no hemos) (contactado|llamado|escrito)',
    '(entiende|entienda|considera|considere) que (lamentablemente |)(tu|su) candidatura',
    '(responder|contestar) (de forma individual|individualmente|personalmente|a todas|a todos|a cada)',
    '(unicamente|solo|solamente) (nos pondremos|contactaremos|contactaremos con|nos comunicaremos) (en contacto |)(con |)(las personas|los candidatos|aquellas|aquellos) (preseleccionad*|seleccionad*|que)',
  ]),
  counter('assess', 'es.assessment', 4, [
    '(prueba tecnica|prueba practica|caso practico|test online|test psicotecnico|ejercicio tecnico|reto tecnico|assessment)',
    '(siguiente|proximo) paso (es|sera|consiste)',
    '(tienes|tiene) el enunciado',
  ]),
  counter('next', 'es.next', 6, [
    '(has|ha) (superado|pasado) (la|el) (fase|etapa|filtro|entrevista)',
    '(pasas|pasa|avanzas|avanza) a (la|el) (ultima|siguiente|proxima|final) (etapa|fase|ronda|entrevista)',
    '(candidatura|perfil) (avanza|sigue adelante|continua) (a|en)',
    '(sigues|sigue) (en el proceso|adelante|siendo uno de)',
    '(quedais|quedan|quedamos) (tres|dos|cuatro|pocos) (personas|candidatos|finalistas)',
  ]),
  counter('outreach', 'es.outreach', 6, [
    '(he visto|vi|encontre|me tope con) (tu|su) perfil',
    '(podria|puede) interesarte',
    '(te|le) (parece|interesaria|apetece) (si tenemos|tener|una llamada|una charla|hablar)',
    '(soy|somos) (consultora|consultor|headhunter|reclutadora|reclutador|cazatalentos)',
    '(proyecto|busqueda|posicion) que (estoy|estamos) (gestionando|llevando)',
  ]),
  counter('alert', 'es.alert', 6, [
    '(nuevas|nueva) (ofertas|oferta|vacantes|vacante) (que coinciden|para ti|que encajan|de empleo|para usted)',
    '(tu|su) alerta',
    '(ver|consulta) todas las ofertas',
    '(ofertas|empleos) (recomendadas|recomendados|similares)',
  ]),
  counter('newsletter', 'es.newsletter', 5, [
    '(boletin|newsletter)',
    'en este numero',
    '(leer|lee) (el boletin|el articulo|mas)',
  ]),
  counter('political', 'es.political', 6, [
    '(elecciones|electoral|concejal|alcalde|alcaldesa|votar|votacion|voto|urna|junta electoral|candidatura formada|lista electoral|programa electoral|campana electoral)',
    '(vecino|vecina|vecinos|vecinas) (y vecinas|)',
  ]),
  counter('nonjob', 'es.nonjob', 6, [
    '(prestamo|hipoteca|hipotecario|solicitud de credito|su credito|tu credito|linea de credito|financiacion|solvencia|tarjeta de credito)',
    '(el piso|alquiler|arrendamiento|inmobiliaria|casero|vivienda)',
    '(tu pedido|su pedido|reembolso|devolucion|envio)',
    '(cuenta de vendedor|tienda online|marketplace)',
    '(convocatoria de ayudas|subvencion|beca|ayudas a|comision de valoracion|puntuacion minima)',
    '(ponencia|call for papers|comite de programa|articulo|congreso|revista)',
    '(premio|concurso|certamen|plaza de guarderia|plaza en la guarderia|plaza escolar|admision|matricula|master|poliza de seguro|siniestro|reclamacion|visado|reserva|entradas|socio|(tu|su) solicitud de (prestamo|credito|beca|admision|plaza|vivienda|alquiler|ayuda|subvencion|visado|socio|reembolso))',
    '(licitacion|proveedor|proveedores|exposicion|festival|tu pelicula|su pelicula|tu libro|su libro|tu manuscrito|su manuscrito|ponencia|congreso|lista de espera|subvencion|beca|prestamo|hipoteca|vivienda|alquiler|jurado)',
  ]),
  counter('self', 'es.self', 7, [
    '(podrias|podria|podrian) (comentarme|decirme|indicarme|contarme|explicarme|darme)',
    '(me ayudaria|me seria util|me vendria bien) (mucho |)(saber|conocer|recibir)',
    '(he decidido|decidi|he tomado la decision de) (rechazar|declinar|retirar|no continuar|aceptar otra)',
    '(rechazar|declinar) (su|tu|la) (oferta|propuesta)',
    '(me da pena|me apena) el resultado',
    '(he recibido|me han dado|recibi) (un rechazo|una negativa|una respuesta negativa|el no)',
    '(no me han|no me) (seleccionado|elegido|cogido)',
    'me (han rechazado|rechazaron|han descartado|descartaron)',
    '(cruza los dedos|crucemos los dedos|deseame suerte)',
    'gracias por avisarme',
  ]),
  counter('self', 'es.self-soft', 3, ['(mi|mis) (candidatura|entrevista|curriculum|postulacion)']),
  counter('hiring-side', 'es.hiring-side', 6, [
    '(descarte|rechazo) (a|de|para) (el candidato|la candidata|carlos|este candidato|esta candidata)',
    '(le mando|te mando|le envio|les mando|le enviare) el (descarte|rechazo|correo de descarte)',
    '(resumen|listado) de (los |)candidatos',
    'a quien quieres (entrevistar|ver)',
  ]),
  subjectCounter('invite', 'es.subject-invite', 4, [
    '(invitacion|convocatoria a entrevista|disponibilidad|enhorabuena|propuesta de incorporacion|siguiente paso|siguiente fase|avanza|hemos recibido|confirmacion de recepcion)',
  ]),

  notice('layoff', 'es.layoff', 6, [
    '(tu|su) (contrato|puesto|relacion laboral) (se extingue|finaliza|termina|se ve afectado|queda extinguido|sera extinguido)',
    '(reestructuracion|cierre de la planta|cierre del centro|reduccion de plantilla|despido colectivo)',
    '(expediente de regulacion de empleo|ere|erte|despido|despidos|indemnizacion|extincion de tu contrato|extincion de su contrato|representacion legal de los trabajadores|carta de despido|plan social)',
  ]),
  notice('hiring-freeze', 'es.hiring-freeze', 5, [
    '(congelar|congelacion|congelado|congelamos|congela) (temporalmente |)(las |de las |los |de los |)(nuevas |)(incorporaciones|contrataciones|procesos)',
    '(congelacion|freeze) de (contrataciones|plantilla)',
  ]),
  notice('on-hold', 'es.on-hold', 5, [
    '(queda|quedan|esta|estan|se queda) en (pausa|espera|suspenso|stand-by)',
    '(pausar|pausamos|pausado|suspender|suspendemos|suspendido) (temporalmente |)(el|este|nuestro) (proceso|reclutamiento)',
    'no cancelado',
    'pausa temporal',
  ]),

  job('es.job', [
    '(candidatura|candidato|candidata|candidatos|puesto|vacante|posicion|entrevista|seleccion|curriculum|cv|proceso|empleo|contratacion|perfil|oferta|postulacion|postularte|cargo|plaza|rrhh|recursos humanos|talento)',
  ]),

  stop([
    'atentamente',
    'candidatura',
    'como',
    'con',
    'cuando',
    'del',
    'desde',
    'entre',
    'esas',
    'esta',
    'este',
    'estimada',
    'estimado',
    'estos',
    'fue',
    'gracias',
    'han',
    'hemos',
    'hola',
    'lamentablemente',
    'lamentamos',
    'las',
    'les',
    'los',
    'mas',
    'muy',
    'nos',
    'nuestra',
    'nuestro',
    'nuestros',
    'para',
    'pero',
    'por',
    'proceso',
    'puesto',
    'que',
    'saludos',
    'ser',
    'sido',
    'sin',
    'sobre',
    'sus',
    'tambien',
    'tiene',
    'todo',
    'todos',
    'tus',
    'una',
    'usted',
    'ustedes',
    'vacante',
  ]),
]);

export const ES_TRAITS = ruleSet('es', [
  trait('feedback-word', 'es.feedback-word', [
    '(feedback|retroalimentacion|comentarios sobre|devolucion)',
  ]),
  trait('feedback+', 'es.feedback-yes', [
    '(con gusto|encantado|encantada|gustosamente) (puedo|podemos|te|le) (compartir|dar|ofrecer|comentar)',
    '(compartirle|compartirte|darte|darle|ofrecerte|ofrecerle) (algunos |unos |mas |)(comentarios|feedback|retroalimentacion|impresiones)',
    '(si quieres|si queres|si lo deseas|si lo desea|si te interesa|si le interesa) (,|) (armamos|hacemos|tenemos|te doy|te cuento|le doy|te paso|puedo)',
    '(llamada|charla|reunion) (de |para dar |para |)(feedback|retroalimentacion|comentarios)',
  ]),
  trait('feedback-', 'es.feedback-no', [
    'no (podemos|es posible) (dar|ofrecer|proporcionar) (feedback|retroalimentacion|comentarios) (individual|individualizado|personalizado)',
  ]),
  trait('keep', 'es.keep', [
    '(guardaremos|guardamos|conservaremos|conservamos|mantendremos|mantenemos|incorporaremos|incluiremos|guardar|conservar) (tu|su) (curriculum|cv|candidatura|perfil|datos)',
    '(base de datos|bolsa de empleo|bolsa de trabajo|banco de talento|cantera de talento)',
    '(tenerte|tenerle) en cuenta',
    'la tendremos en cuenta',
  ]),
  trait('reapply', 'es.reapply', [
    '(te animamos|le animamos|te invitamos|le invitamos) a (seguir|volver|postular|presentar|consultar|estar atento)',
    '(sigas|siga) (postulando|postulandote|consultando|presentando)',
    '(vuelvas|vuelva|volver) a (postular|presentar|aplicar|inscribir)',
    '(futuras|proximas) (convocatorias|ofertas|vacantes|oportunidades)',
    '(portal de empleo|pagina de empleo|seccion de empleo|nuestra web de empleo)',
  ]),
  trait('stage-final', 'es.stage-final', [
    '(reunion|entrevista|ronda|fase|etapa) final',
    '(ultima|ultimo) (entrevista|ronda|fase|etapa)',
    '(finalista|finalistas)',
    '(la oferta que le|la oferta que te|oferta de empleo|carta oferta)',
    'con el directorio',
  ]),
  trait('stage-interview', 'es.stage-interview', [
    '(la|las|su|tu|nuestra) (entrevista|entrevistas)',
    '(te entrevistaron|le entrevistamos|te entrevistamos|entrevistado)',
    '(conocerte|conocerle) (un poco|en persona)',
  ]),
  trait('stage-screen', 'es.stage-screen', [
    '(la llamada|nuestra llamada|llamada telefonica|entrevista telefonica|videollamada|primera llamada|videoentrevista)',
  ]),
  trait('stage-application', 'es.stage-application', [
    '(tu|su) (candidatura|curriculum|cv|postulacion|solicitud)',
    '(postularte|postularse|presentar tu candidatura|presentar su candidatura)',
  ]),
]);
