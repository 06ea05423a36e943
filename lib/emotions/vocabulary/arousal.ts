/**
 * Words that carry energy or stillness rather than a named emotion, written by us, in English and
 * Spanish, with an arousal value from -1 (still, slow, sleepy) to 1 (loud, fast, violent). They move
 * a song's arousal estimate; they never become tags by themselves. English seeds are widened through
 * WordNet synonyms by `npm run lexicon`; every word is also matched by its stem.
 */
export const AROUSAL_CUES: Readonly<Record<"en" | "es", Readonly<Record<string, number>>>> = {
  en: {
    // loud, fast, violent
    dance: 0.7, dancing: 0.7, party: 0.8, club: 0.6, jump: 0.7, bounce: 0.6, shake: 0.6, run: 0.5, rush: 0.6,
    race: 0.6, fast: 0.6, speed: 0.6, faster: 0.6, loud: 0.7, louder: 0.7, scream: 0.9, shout: 0.8, yell: 0.8,
    fight: 0.8, fighting: 0.8, war: 0.8, battle: 0.8, kill: 0.9, killing: 0.9, killer: 0.8, murder: 0.9, blood: 0.7,
    bleed: 0.6, gun: 0.8, guns: 0.8, shoot: 0.8, bullet: 0.8, bullets: 0.8, knife: 0.7, blade: 0.6, attack: 0.8,
    destroy: 0.8, destruction: 0.8, smash: 0.8, crash: 0.7, burn: 0.7, burning: 0.7, fire: 0.6, flames: 0.7,
    explode: 0.9, explosion: 0.9, blast: 0.8, bang: 0.7, boom: 0.7, thunder: 0.7, storm: 0.6, riot: 0.9,
    rage: 0.9, fury: 0.9, violence: 0.9, violent: 0.9, hell: 0.6, demon: 0.6, demons: 0.6, devil: 0.5,
    beast: 0.6, hunt: 0.6, chase: 0.6, punch: 0.8, hit: 0.5, wild: 0.7, crazy: 0.6, insane: 0.7, fever: 0.6,
    electric: 0.7, energy: 0.7, adrenaline: 0.9, thrill: 0.7, hype: 0.7, alive: 0.5, roar: 0.8, howl: 0.6,
    rock: 0.5, rocking: 0.6, rolling: 0.4, groove: 0.5, funky: 0.5, move: 0.4, moving: 0.4, tonight: 0.3,
    celebrate: 0.7, celebration: 0.7, shine: 0.3, fly: 0.4, flying: 0.4, soar: 0.5, rise: 0.4, power: 0.6,
    powerful: 0.6, strong: 0.4, sweat: 0.5, heat: 0.5, drums: 0.5, siren: 0.6, noise: 0.5, enemy: 0.6,
    enemies: 0.6, revenge: 0.8, army: 0.6, soldier: 0.5, soldiers: 0.5, weapon: 0.7, weapons: 0.7, die: 0.4,
    dead: 0.3, death: 0.4, pain: 0.3, hate: 0.7, hatred: 0.8, damn: 0.4, yeah: 0.3, hey: 0.4,
    // still, slow, sleepy
    sleep: -0.7, sleeping: -0.7, asleep: -0.7, dream: -0.4, dreaming: -0.4, dreams: -0.4, slow: -0.6,
    slowly: -0.6, quiet: -0.7, quietly: -0.7, soft: -0.6, softly: -0.6, gentle: -0.6, gently: -0.6,
    still: -0.4, stillness: -0.7, silence: -0.6, silent: -0.6, whisper: -0.6, whispering: -0.6, rest: -0.6,
    resting: -0.6, lullaby: -0.8, breeze: -0.6, float: -0.5, floating: -0.5, drift: -0.5, drifting: -0.5,
    lazy: -0.6, tired: -0.6, weary: -0.6, sleepy: -0.7, fade: -0.4, fading: -0.4, moon: -0.4, moonlight: -0.5,
    stars: -0.3, sunset: -0.4, evening: -0.3, rain: -0.3, raindrops: -0.4, snow: -0.4, ocean: -0.4, sea: -0.3,
    waves: -0.3, shore: -0.4, river: -0.3, meadow: -0.5, candle: -0.4, blanket: -0.5, pillow: -0.6, hush: -0.7,
    peace: -0.6, peaceful: -0.7, easy: -0.4, smooth: -0.4, mellow: -0.7, sigh: -0.4, linger: -0.4,
    wander: -0.3, breathe: -0.3, calm: -0.7, tender: -0.5, tenderly: -0.5, cradle: -0.6, hold: -0.2,
    sway: -0.3, summer: -0.1, morning: -0.2, sunshine: -0.1, cloud: -0.3, clouds: -0.3, kiss: -0.1,
    warm: -0.3, lonely: -0.3, alone: -0.3, empty: -0.4, cold: -0.3, grey: -0.4, gray: -0.4, tears: -0.3,
    cry: -0.2, crying: -0.2, goodbye: -0.3, gone: -0.3, memories: -0.4, remember: -0.3, yesterday: -0.3,
  },
  es: {
    bailar: 0.7, baila: 0.7, bailando: 0.7, baile: 0.7, fiesta: 0.8, rumba: 0.8, perreo: 0.9, discoteca: 0.7,
    saltar: 0.7, salta: 0.7, brincar: 0.7, correr: 0.5, corre: 0.5, rapido: 0.6, gritar: 0.9, grita: 0.9,
    grito: 0.9, gritos: 0.9, pelea: 0.8, pelear: 0.8, guerra: 0.8, batalla: 0.8, matar: 0.9, mata: 0.9,
    sangre: 0.7, balas: 0.8, pistola: 0.8, disparo: 0.8, fuego: 0.6, quemar: 0.7, arder: 0.7, explotar: 0.9,
    tormenta: 0.6, trueno: 0.7, rabia: 0.9, furia: 0.9, ira: 0.9, odio: 0.7, violencia: 0.9, infierno: 0.6,
    demonio: 0.6, loco: 0.6, loca: 0.6, locura: 0.7, salvaje: 0.7, energia: 0.7, prender: 0.6, prende: 0.6,
    encender: 0.5, dale: 0.6, duro: 0.5, calor: 0.5, sudor: 0.5, golpe: 0.7, romper: 0.6, choque: 0.7,
    bomba: 0.8, ruido: 0.6, tambor: 0.5, gozar: 0.7, goza: 0.7, celebrar: 0.7, volar: 0.4, vuela: 0.4,
    fuerte: 0.4, poder: 0.4, vamos: 0.4, venganza: 0.8, enemigo: 0.6, muerte: 0.4, morir: 0.3,
    dormir: -0.7, duerme: -0.7, dormido: -0.7, sueno: -0.4, sonar: -0.4, despacio: -0.6, lento: -0.6,
    lenta: -0.6, suave: -0.6, suavemente: -0.6, tranquilo: -0.7, tranquila: -0.7, calma: -0.7, silencio: -0.6,
    susurro: -0.6, descansar: -0.6, descansa: -0.6, brisa: -0.6, mar: -0.3, olas: -0.3, playa: -0.2,
    rio: -0.3, lluvia: -0.3, nubes: -0.3, luna: -0.4, estrellas: -0.3, atardecer: -0.4, amanecer: -0.3,
    cansado: -0.6, cansada: -0.6, paz: -0.6, quieto: -0.6, sereno: -0.7, serena: -0.7, almohada: -0.6,
    flotar: -0.5, tarde: -0.2, otono: -0.4, invierno: -0.3, frio: -0.3, arrullo: -0.8,
    tierno: -0.5, ternura: -0.5, recuerdos: -0.4, recuerdo: -0.4, ayer: -0.3, adios: -0.3, lagrimas: -0.3,
    soledad: -0.4, vacio: -0.4, abrazame: -0.2, besame: -0.1, despacito: -0.5,
  },
};
