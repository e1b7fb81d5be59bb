// Spanish cases written for the rule tests (usted, tú, vos; ES and Latin America).
import type { Case } from './types';

export const ES_CASES: readonly Case[] = [
  [
    'rejection',
    'Tu candidatura',
    'Hola Ana, gracias por tu interés. Lamentablemente, hemos decidido continuar con otros candidatos.',
  ],
  [
    'rejection',
    'Proceso de selección',
    'Estimado Sr. López, le informamos de que su candidatura no ha sido seleccionada para el puesto.',
  ],
  [
    'rejection',
    'Tu candidatura',
    'Hola Pablo, en esta ocasión no vamos a seguir adelante con tu candidatura.',
  ],
  [
    'rejection',
    'Resultado del proceso',
    'Estimada Sra. Ruiz, tras la entrevista hemos decidido optar por otro perfil.',
  ],
  [
    'rejection',
    'Tu postulación',
    'Hola Camila, te contamos que no continúas en el proceso de selección. ¡Mucho éxito!',
  ],
  [
    'rejection',
    'Su candidatura',
    'Estimado candidato, lamentamos comunicarle que no ha resultado seleccionado.',
  ],
  [
    'rejection',
    'Tu candidatura',
    'Hola Diego, sentimos decirte que hemos elegido a otra persona para el puesto.',
  ],
  [
    'rejection',
    'Vacante cubierta',
    'Hola Marta, la vacante ya ha sido cubierta. Gracias por tu interés.',
  ],
  [
    'rejection',
    'Su postulación',
    'Estimado Sr. Gómez, su perfil no se ajusta a los requisitos de la posición.',
  ],
  [
    'rejection',
    'Tu candidatura',
    'Hola Lucía, tras valorar todas las candidaturas, no podemos ofrecerte el puesto.',
  ],
  [
    'rejection',
    'Estado de tu candidatura',
    'Tu candidatura ha cambiado de estado. Estado: Rechazada',
  ],
  [
    'rejection',
    'Sobre la oferta',
    'Estimado Javier, lamentablemente nos vemos obligados a retirar la oferta de empleo.',
  ],
  [
    'rejection',
    'Proceso cancelado',
    'Hola Sergio, la empresa ha decidido cancelar el proceso de selección, por lo que no seguiremos con tu candidatura.',
  ],
  [
    'rejection',
    'Tu candidatura',
    'Hola Andrea, hemos decidido no avanzar con tu candidatura en esta oportunidad.',
  ],
  [
    'rejection',
    'Su candidatura',
    'Estimada Sra. Vega, lamentamos informarle que hemos seleccionado a otro candidato.',
  ],
  [
    'rejection',
    'Tu proceso',
    'Hola Nico, quería contarte que finalmente nos decidimos por otro candidato. ¡Gracias por todo!',
  ],
  [
    'rejection',
    'Tu candidatura',
    'Hola Laura, no has sido seleccionada para la siguiente fase del proceso.',
  ],
  ['rejection', 'Su solicitud', 'Estimado Sr. Díaz, su candidatura ha sido descartada.'],
  [
    'rejection',
    'Tu candidatura',
    'Hola Raúl, en esta ocasión no podremos contar contigo para el puesto.',
  ],
  ['rejection', 'Tu candidatura', 'Hola Elena, el puesto ha sido cubierto internamente.'],
  [
    'rejection',
    'Proceso de selección',
    'Estimado Sr. Navarro, le comunicamos que no continuará en el proceso de selección.',
  ],
  [
    'rejection',
    'Tu candidatura',
    'Hola Pedro, hemos decidido avanzar con perfiles que se ajustan más a lo que buscamos.',
  ],
  [
    'rejection',
    'Tu postulación',
    'Hola Sofía, lamentablemente tu perfil no fue seleccionado para esta vacante.',
  ],
  ['rejection', 'Tu candidatura', 'Hola Jorge, no hemos podido seleccionarte en esta ocasión.'],

  [
    'rejection',
    'Tu candidatura',
    'Hola Clara, te informamos que no has sido seleccionada para el puesto.',
  ],
  [
    'rejection',
    'Su candidatura',
    'Estimado Sr. Molina, tras el análisis de su perfil, hemos determinado que no se ajusta al puesto.',
  ],
  [
    'rejection',
    'Tu candidatura',
    'Hola Iván, el proceso ha finalizado y no has resultado seleccionado.',
  ],
  [
    'rejection',
    'Tu candidatura',
    'Hola Paula, queríamos contarte que nos quedamos con otra candidata.',
  ],
  [
    'rejection',
    'Su candidatura',
    'Estimada Sra. Serrano, su candidatura no ha prosperado en esta ocasión.',
  ],
  ['rejection', 'Tu postulación', 'Hola Tomás, tu postulación no avanzará a la siguiente etapa.'],
  ['rejection', 'Tu candidatura', 'Hola Rocío, hemos decidido no seguir adelante con tu proceso.'],
  ['rejection', 'Su candidatura', 'Estimado Sr. Castro, lamentamos no poder ofrecerle el puesto.'],
  [
    'rejection',
    'Tu candidatura',
    'Hola Álex, la posición se ha cerrado y no seguiremos con el proceso.',
  ],
  ['rejection', 'Tu candidatura', 'Hola Irene, otra persona ha sido seleccionada para el puesto.'],
  [
    'rejection',
    'Su candidatura',
    'Estimado candidato, le comunicamos que su perfil ha sido descartado para esta vacante.',
  ],
  ['rejection', 'Tu candidatura', 'Hola Marcos, en esta oportunidad no continuarás en el proceso.'],
  ['rejection', 'Tu candidatura', 'Hola Bea, no vamos a poder contar contigo para esta posición.'],
  [
    'rejection',
    'Tu candidatura',
    'Hola Luis, preferimos avanzar con un perfil con más experiencia.',
  ],
  [
    'rejection',
    'Resultado de tu entrevista',
    'Hola Carla, después de la entrevista, hemos decidido no continuar con tu candidatura.',
  ],
  [
    'not',
    'Entrevista',
    'Hola Clara, lamentablemente no hay aparcamiento en la oficina, te recomendamos venir en metro a la entrevista.',
  ],
  ['not', 'Tu candidatura', 'Hola Iván, tu candidatura sigue en revisión. Te escribiremos pronto.'],
  [
    'not',
    'Documentación',
    'Hola Paula, lamentablemente no hemos recibido tu certificado. ¿Podrías enviarlo de nuevo?',
  ],
  [
    'not',
    'Hemos recibido tu candidatura',
    'Hola Ana, hemos recibido tu candidatura. Revisaremos tu perfil y te contactaremos en breve.',
  ],
  [
    'not',
    'Tu candidatura',
    'Hola Pablo, si en un plazo de 15 días no te hemos contactado, entiende que tu candidatura no ha sido seleccionada.',
  ],
  [
    'not',
    'Entrevista',
    'Estimada Sra. Ruiz, nos gustaría invitarle a una entrevista el martes. ¿Le vendría bien a las 10:00?',
  ],
  [
    'not',
    'Cambio de fecha',
    'Hola Camila, lamentablemente debemos aplazar la entrevista porque el responsable está enfermo.',
  ],
  [
    'not',
    '¡Enhorabuena!',
    'Hola Diego, nos complace ofrecerte el puesto de analista. Te adjunto la propuesta.',
  ],
  [
    'not',
    'Prueba técnica',
    'Hola Marta, el siguiente paso es una prueba técnica que puedes hacer esta semana.',
  ],
  ['not', 'Nuevas ofertas para ti', 'Hay 5 nuevas ofertas que coinciden con tu alerta de empleo.'],
  [
    'not',
    'Su solicitud de préstamo',
    'Estimado cliente, lamentamos comunicarle que su solicitud de préstamo no ha sido aprobada.',
  ],
  [
    'not',
    'Alquiler',
    'Hola Lucía, lamentablemente el propietario ha elegido a otro inquilino para el piso.',
  ],
  [
    'not',
    'ERE',
    'Estimado Javier, lamentamos comunicarte que tu puesto se ve afectado por el expediente de regulación de empleo.',
  ],
  [
    'not',
    'Proceso en pausa',
    'Hola Sergio, el proceso queda en pausa por la congelación de contrataciones.',
  ],
  [
    'not',
    'RE: Tu candidatura',
    'Hola Andrea, gracias por avisarme. ¿Podrías darme algo de feedback sobre la entrevista?',
  ],
  [
    'not',
    'Oportunidad',
    'Hola Nico, he visto tu perfil en LinkedIn y creo que podría interesarte una posición.',
  ],
  [
    'not',
    'Elecciones',
    'Querido vecino, lamentablemente se canceló el debate. ¡Vota a nuestros candidatos!',
  ],
  [
    'not',
    'Su pedido',
    'Lamentablemente su pedido no ha podido procesarse porque el pago fue rechazado.',
  ],
];
