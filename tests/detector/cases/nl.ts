// Dutch cases written for the rule tests (u and je; NL and Flanders).
import type { Case } from './types';

export const NL_CASES: readonly Case[] = [
  [
    'rejection',
    'Uw sollicitatie',
    'Geachte heer De Vries, helaas moeten wij u mededelen dat wij hebben gekozen voor een andere kandidaat.',
  ],
  [
    'rejection',
    'Je sollicitatie',
    'Hoi Lotte, bedankt voor je sollicitatie. Helaas gaan we niet verder met je sollicitatie.',
  ],
  [
    'rejection',
    'Sollicitatie',
    'Beste Tim, we hebben besloten je niet uit te nodigen voor een gesprek.',
  ],
  [
    'rejection',
    'Uw sollicitatie',
    'Geachte mevrouw Bakker, na zorgvuldige afweging hebben wij besloten uw sollicitatie niet in behandeling te nemen.',
  ],
  [
    'rejection',
    'Terugkoppeling',
    'Hoi Sam, na het gesprek hebben we gekozen voor iemand met meer ervaring. Helaas dus geen goed nieuws.',
  ],
  ['rejection', 'Uw sollicitatie', 'Geachte heer Jansen, de vacature is inmiddels vervuld.'],
  [
    'rejection',
    'Je sollicitatie',
    'Hoi Eva, je profiel sluit helaas niet goed aan bij wat we zoeken.',
  ],
  ['rejection', 'Uitslag', 'Beste Daan, helaas ben je niet door naar de volgende ronde.'],
  [
    'rejection',
    'Uw kandidatuur',
    'Geachte mevrouw Claes, wij moeten u helaas laten weten dat uw kandidatuur niet weerhouden werd.',
  ],
  ['rejection', 'Status sollicitatie', 'De status van je sollicitatie is gewijzigd: Afgewezen'],
  ['rejection', 'Ons aanbod', 'Beste Willem, tot onze spijt moeten we ons aanbod intrekken.'],
  [
    'rejection',
    'Vacature ingetrokken',
    'Hoi Esra, de vacature is ingetrokken, dus we stoppen de procedure.',
  ],
  [
    'rejection',
    'Je sollicitatie',
    'Hoi Bram, we hebben helaas iemand anders aangenomen voor deze functie.',
  ],
  [
    'rejection',
    'Uw sollicitatie',
    'Geachte heer Smit, wij kunnen u helaas geen functie aanbieden.',
  ],
  [
    'rejection',
    'Je sollicitatie',
    'Hoi Fleur, het is helaas een afwijzing geworden. We wensen je veel succes.',
  ],
  [
    'rejection',
    'Je sollicitatie',
    'Hoi Noor, we hebben besloten om met andere kandidaten verder te gaan.',
  ],
  ['rejection', 'Sollicitatie', 'Beste Kees, je valt helaas af voor de volgende ronde.'],
  [
    'rejection',
    'Uw sollicitatie',
    'Geachte mevrouw Visser, wij zijn tot de conclusie gekomen dat uw profiel onvoldoende aansluit bij de functie.',
  ],
  [
    'rejection',
    'Je sollicitatie',
    'Hoi Lars, we kiezen ervoor om niet met je verder te gaan in de procedure.',
  ],
  [
    'rejection',
    'Uw sollicitatie',
    'Geachte heer Peters, uw sollicitatie heeft helaas niet geleid tot een uitnodiging voor een gesprek.',
  ],
  ['rejection', 'Je sollicitatie', 'Hoi Anna, de functie is intern ingevuld.'],

  [
    'rejection',
    'Je sollicitatie',
    'Hoi Jesse, we hebben besloten de voorkeur te geven aan een andere kandidaat.',
  ],
  [
    'rejection',
    'Uw sollicitatie',
    'Geachte heer Mulder, helaas komt u niet in aanmerking voor deze functie.',
  ],
  ['rejection', 'Je sollicitatie', 'Hoi Sara, we hebben de functie aan iemand anders gegeven.'],
  [
    'rejection',
    'Uw sollicitatie',
    'Geachte mevrouw Dekker, wij hebben gekozen voor een kandidaat met meer ervaring.',
  ],
  ['rejection', 'Je sollicitatie', 'Hoi Luuk, je sollicitatie is helaas niet succesvol geweest.'],
  [
    'rejection',
    'Uw sollicitatie',
    'Geachte heer Bos, uw sollicitatie wordt niet verder in behandeling genomen.',
  ],
  ['rejection', 'Je sollicitatie', 'Hoi Emma, we gaan helaas niet met je verder.'],
  [
    'rejection',
    'Uw sollicitatie',
    'Geachte mevrouw Vos, wij hebben een andere kandidaat aangenomen.',
  ],
  [
    'rejection',
    'Je sollicitatie',
    'Hoi Ruben, na het gesprek hebben we besloten je geen aanbod te doen.',
  ],
  ['rejection', 'Uw sollicitatie', 'Geachte heer Prins, de vacature is helaas al vervuld.'],
  [
    'rejection',
    'Je sollicitatie',
    'Hoi Julia, je bent helaas niet geselecteerd voor de volgende ronde.',
  ],
  [
    'rejection',
    'Uw sollicitatie',
    'Geachte mevrouw Hendriks, uw profiel past niet bij wat wij zoeken.',
  ],
  [
    'rejection',
    'Je sollicitatie',
    'Hoi Tom, we kunnen je helaas niet verder meenemen in het proces.',
  ],
  [
    'rejection',
    'Uw sollicitatie',
    'Geachte heer de Boer, wij zullen uw sollicitatie niet verder in overweging nemen.',
  ],
  [
    'not',
    'Gesprek',
    'Hoi Jesse, helaas is er geen parkeerplek, dus kom gerust met de trein naar het gesprek.',
  ],
  [
    'not',
    'Je sollicitatie',
    'Hoi Sara, je sollicitatie is nog in behandeling. We laten snel iets weten.',
  ],
  ['not', 'Documenten', 'Hoi Luuk, helaas missen we nog je diploma. Kun je dat nog sturen?'],
  [
    'not',
    'Ontvangstbevestiging',
    'Beste Tim, we hebben je sollicitatie in goede orde ontvangen. We nemen binnen twee weken contact met je op.',
  ],
  [
    'not',
    'Je sollicitatie',
    'Hoi Lotte, heb je binnen drie weken niets van ons gehoord, dan ben je helaas niet geselecteerd.',
  ],
  [
    'not',
    'Uitnodiging',
    'Geachte heer De Vries, wij nodigen u graag uit voor een sollicitatiegesprek op dinsdag.',
  ],
  [
    'not',
    'Gesprek verzet',
    'Hoi Sam, helaas moet ik ons gesprek verzetten omdat mijn collega ziek is.',
  ],
  [
    'not',
    'Goed nieuws',
    'Beste Eva, we bieden je graag de functie aan! Het contract volgt deze week.',
  ],
  ['not', 'Assessment', 'Beste Daan, de volgende stap is een online assessment.'],
  ['not', 'Nieuwe vacatures', 'Er zijn 4 nieuwe vacatures die passen bij je zoekopdracht.'],
  [
    'not',
    'Hypotheek',
    'Geachte heer Jansen, helaas kunnen wij uw hypotheekaanvraag niet goedkeuren.',
  ],
  [
    'not',
    'Woning',
    'Beste mevrouw Bos, helaas bent u niet geselecteerd voor de bezichtiging van de woning.',
  ],
  [
    'not',
    'Reorganisatie',
    'Beste collega, helaas moeten we je laten weten dat je functie vervalt door de reorganisatie.',
  ],
  [
    'not',
    'Vacature on hold',
    'Hoi Koen, de werving is tijdelijk stopgezet. We nemen contact op zodra we verder kunnen.',
  ],
  [
    'not',
    'Re: Je sollicitatie',
    'Hoi Merel, bedankt voor je bericht. Zou je me kort willen vertellen waarom de keuze niet op mij is gevallen?',
  ],
  [
    'not',
    'Interessante functie',
    'Hoi Marloes, via LinkedIn kwam ik je profiel tegen. Heb je tijd voor een kennismaking?',
  ],
  [
    'not',
    'Verkiezingen',
    'Beste inwoner, helaas gaat het debat niet door. Stem op onze kandidaten!',
  ],
  [
    'not',
    'Je bestelling',
    'Helaas kon je bestelling niet worden verzonden omdat de betaling is mislukt.',
  ],
];
