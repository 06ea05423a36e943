/** More cue words per term, written by us: everyday words, idioms and Spain / Latin American phrases missing from the part files. */
export const EXTRA_CUES: Readonly<Record<string, { en?: readonly string[]; es?: readonly string[] }>> = {
  // sadness family
  sadness: {
    en: ["sobbing", "bawling", "down in the dumps", "miserable", "glum", "dejected"],
    es: ["llanto", "sollozar", "desconsolado", "abatido", "afligido", "cabizbajo", "alicaido", "bajoneado", "agüitado", "achicopalado", "depresion"],
  },
  heartbreak: {
    en: ["heart in pieces", "devastated", "you broke me", "ripped my heart out", "my heart bleeds"],
    es: ["se me parte el alma", "me partiste el corazon", "corazon partido", "corazon destrozado", "hecho pedazos", "desengaño", "despecho", "mal de amores", "se acabo lo nuestro", "me cambiaste por otra", "tengo tusa"],
  },
  grief: {
    en: ["in loving memory", "condolences", "eulogy", "taken too soon", "since you passed"],
    es: ["velorio", "sepelio", "cementerio", "difunto", "que en paz descanse", "mis condolencias", "pesame", "se nos fue", "huerfano", "ataud", "perdi a mi madre"],
  },
  loneliness: {
    en: ["nobody to talk to", "no friends", "left out", "outcast", "talking to myself"],
    es: ["solitario", "sin amigos", "nadie me entiende", "aislamiento", "a solas", "sin compañia", "no tengo a nadie", "nadie a mi lado", "incomprendido", "marginado", "nadie me extraña"],
  },
  despair: {
    en: ["cant take it anymore", "end of my rope", "agony", "torment", "going under"],
    es: ["ya no aguanto", "no aguanto mas", "desolacion", "me hundo", "hundido", "estoy en el fondo", "sin consuelo", "me derrumbo", "calvario"],
  },
  sorrow: {
    en: ["suffering", "hurting inside", "it hurts so much", "heavy soul", "aching heart"],
    es: ["pesadumbre", "congoja", "quebranto", "desconsuelo", "cuanto duele", "duele tanto", "padecer", "me lastimaste", "estoy herido", "herida abierta", "alma en pena"],
  },
  melancholy: {
    en: ["dreary", "grey day", "gray day", "brooding", "doldrums"],
    es: ["tarde gris", "tardes grises", "languidez", "mustio", "taciturno", "sombrio", "lugubre", "murria", "tristeza callada", "dia lluvioso", "llueve por dentro"],
  },
  regret: {
    en: ["wish i hadnt", "shouldnt have", "never should have", "what was i thinking", "biggest mistake", "i messed up"],
    es: ["remordimiento", "arrepentimiento", "cargo de conciencia", "me pesa", "no debi", "si pudiera volver atras", "volver el tiempo atras", "el peor error", "si hubiera sabido", "tarde me di cuenta", "quisiera borrar"],
  },
  longing: {
    en: ["long for you", "heartsick", "miles apart", "distance between us", "come home to me", "missing your touch"],
    es: ["echo de menos", "me muero por verte", "vuelve conmigo", "regresa a mi", "lejos de ti", "me haces falta", "si estuvieras aqui", "suspiro por ti", "tu ausencia", "cuando vuelvas", "ganas de verte"],
  },
  hopelessness: {
    en: ["pointless", "why even try", "all is lost", "never gets better", "gave up hope", "no way forward"],
    es: ["no hay remedio", "sin remedio", "no tiene caso", "de que sirve", "para que seguir", "todo esta perdido", "causa perdida", "ya no espero nada", "desahuciado", "nada va a cambiar", "perdi la esperanza"],
  },
  emptiness: {
    en: ["dead inside", "shell of myself", "hollowed out", "hole inside", "vacant", "meaningless"],
    es: ["muerto por dentro", "muerta por dentro", "hueco en el pecho", "me falta algo", "sin sentido", "nada me llena", "sin alma", "sin proposito", "agujero en el pecho"],
  },
  abandonment: {
    en: ["left me hanging", "ghosted me", "everyone leaves", "you disappeared", "left without a word", "left at the altar"],
    es: ["te marchaste", "te largaste", "te alejaste", "me dejaste tirado", "me dejaste plantado", "sin decir adios", "te olvidaste de mi", "desamparo", "todos se van", "nadie se queda", "me quede esperando"],
  },
  rejection: {
    en: ["left on read", "cold shoulder", "blew me off", "brushed me off", "shut me out", "no one wants me"],
    es: ["me dejaste en visto", "me batearon", "me dieron calabazas", "no le intereso", "me mandaste a volar", "me ignoraste", "ni me miras", "friendzone", "no soy tu tipo", "me hiciste a un lado", "me das largas"],
  },
  disappointment: {
    en: ["bummer", "bummed out", "fell short", "expected better", "thought you were different", "all for nothing"],
    es: ["chasco", "no era lo que esperaba", "pense que eras diferente", "crei en ti", "me quede con las ganas", "esperaba otra cosa", "fiasco", "defraudado", "no cumpliste", "falsas promesas", "me ilusionaste"],
  },
  exhaustion: {
    en: ["wiped out", "worn out", "knackered", "bone tired", "running on fumes", "cant keep my eyes open"],
    es: ["estoy reventado", "estoy molido", "hecho polvo", "estoy fundido", "sin pilas", "no doy mas", "no puedo con mi alma", "me caigo de sueño", "muerto de sueño", "fatiga", "extenuado"],
  },
  numbness: {
    en: ["zoned out", "detached", "disconnected", "cant even cry", "no feelings left", "emotionless"],
    es: ["ya no siento", "apagado por dentro", "apagada por dentro", "desconectado", "como un robot", "piloto automatico", "frio por dentro", "sin emociones", "aturdido", "ya ni lloro", "inerte"],
  },
  boredom: {
    en: ["humdrum", "snoozefest", "nothing ever happens", "mind numbing", "same routine", "twiddling my thumbs"],
    es: ["que hueva", "embole", "que lata", "tedio", "lo mismo de siempre", "pereza", "flojera", "bostezar", "dias iguales", "todos los dias lo mismo"],
  },
  apathy: {
    en: ["so what", "cant be bothered", "dont give a damn", "doesnt matter to me", "no interest", "shrug"],
    es: ["me vale madre", "me importa un bledo", "me la suda", "me da lo mismo", "ni fu ni fa", "paso de todo", "desinteres", "desmotivado", "ni frio ni calor", "abulia", "me tiene sin cuidado"],
  },

  // tension family
  anger: {
    en: ["ticked off", "livid", "outraged", "lost my temper", "hopping mad", "blew my top"],
    es: ["encabronado", "cabreo", "me da bronca", "iracundo", "indignado", "me saca de quicio", "me pone de malas", "mosqueado", "de mal humor", "echando chispas", "me da coraje"],
  },
  rage: {
    en: ["seething", "berserk", "rampage", "going ballistic", "flying off the handle", "red mist"],
    es: ["rabioso", "encolerizado", "enfurecido", "fuera de mi", "estallar", "ciego de ira", "me lleva el diablo", "perder los estribos", "se me sube la sangre", "echar humo", "hecho una fiera"],
  },
  frustration: {
    en: ["irritated", "aggravated", "driving me crazy", "at my wits end", "pulling my hair out", "cant catch a break"],
    es: ["hasta la madre", "hasta las narices", "hasta el gorro", "hasta la coronilla", "me tiene podrido", "nada me sale bien", "impotencia", "irritado", "ya me canse", "chale", "estancado"],
  },
  resentment: {
    en: ["bad blood", "chip on my shoulder", "you did me wrong", "after all i did for you", "rancor", "cant forgive you"],
    es: ["ojeriza", "tirria", "inquina", "resquemor", "espina clavada", "no lo olvido", "despues de todo lo que hice", "con todo lo que hice por ti", "odio acumulado", "lo que me hiciste", "me la tienes jurada"],
  },
  bitterness: {
    en: ["so salty", "sour grapes", "heart of stone", "love is a lie", "caustic"],
    es: ["corazon de piedra", "corazon de hielo", "el amor no existe", "ya no creo en el amor", "agrio", "avinagrado", "desencantado", "mala leche", "acritud", "con veneno", "no creo en nadie"],
  },
  jealousy: {
    en: ["green with envy", "who were you with", "other woman", "other man", "you were with her", "you were with him"],
    es: ["quien es ella", "con quien estabas", "con quien andas", "verte con otra", "verte con otro", "en brazos de otro", "posesivo", "codiciar", "reconcomio", "mi rival", "que tiene ella"],
  },
  betrayal: {
    en: ["double crossed", "sold me out", "you used me", "unfaithful", "went behind my back", "fake friends"],
    es: ["me usaste", "jugaste conmigo", "me viste la cara", "me pusiste los cuernos", "puñalada por la espalda", "falsa amistad", "amigos falsos", "hipocrita", "desleal", "doble cara", "mentiras"],
  },
  anxiety: {
    en: ["knot in my stomach", "cant relax", "worst case scenario", "mind racing", "on pins and needles", "fretting"],
    es: ["nudo en el estomago", "me come la cabeza", "le doy vueltas", "no paro de pensar", "sobrepensar", "opresion en el pecho", "y si sale mal", "en vilo", "mortificado", "me muerdo las uñas", "zozobra"],
  },
  fear: {
    en: ["spooked", "petrified", "horrified", "scared to death", "chills down my spine", "horror"],
    es: ["espanto", "horrorizado", "acojonado", "canguelo", "susto", "escalofrio", "con el corazon en la boca", "paralizado", "fobia", "temeroso", "despavorido"],
  },
  panic: {
    en: ["flipping out", "meltdown", "cant calm down", "mayday", "hit the panic button", "cant get air"],
    es: ["ataque de nervios", "crisis de ansiedad", "me va a dar algo", "auxilio", "socorro", "todo me da vueltas", "el corazon se me sale", "no puedo calmarme", "histeria", "me desmayo", "taquicardia"],
  },
  dread: {
    en: ["brace myself", "ill omen", "dark clouds", "calm before the storm", "the end is near", "trepidation"],
    es: ["mal augurio", "mal presagio", "algo anda mal", "me huele mal", "esto pinta mal", "lo peor esta por venir", "aprension", "ominoso", "nubarrones", "mala espina", "la calma antes de la tormenta"],
  },
  insomnia: {
    en: ["lying awake", "counting sheep", "cant fall asleep", "restless nights", "awake till dawn", "dark circles"],
    es: ["en vela", "no pego ojo", "sin pegar ojo", "contando ovejas", "dando vueltas en la cama", "ojeras", "no concilio el sueño", "no me puedo dormir", "no logro dormir", "insomne"],
  },
  restlessness: {
    en: ["cabin fever", "cooped up", "wound up", "jumpy", "unsettled", "ants in my pants"],
    es: ["no me hallo", "desasosegado", "desazon", "enjaulado", "necesito salir", "no me estoy quieto", "no puedo parar quieto", "hormigueo", "comezon", "dar vueltas por la casa", "me subo por las paredes"],
  },
  stress: {
    en: ["swamped", "frazzled", "snowed under", "stretched thin", "too much on my plate", "crunch time"],
    es: ["saturado", "desbordado", "tengo mil cosas", "no me da la vida", "no doy abasto", "hasta el cuello", "con el agua al cuello", "contrarreloj", "sobrecargado", "me explota la cabeza", "con los nervios de punta"],
  },
  insecurity: {
    en: ["self conscious", "im ugly", "compare myself", "imposter syndrome", "worthless", "never measure up"],
    es: ["acomplejado", "no sirvo para nada", "soy un fracaso", "me veo fea", "poca cosa", "no estoy a la altura", "que pensaran de mi", "el que diran", "me comparo", "baja autoestima", "no soy capaz"],
  },
  confusion: {
    en: ["mixed up", "makes no sense", "scratching my head", "baffled", "torn between", "dont know what i want"],
    es: ["hecho un lio", "no se que pensar", "no se lo que quiero", "perplejo", "desconcertado", "no me cuadra", "mi cabeza da vueltas", "entre la espada y la pared", "tengo dudas", "indeciso", "desubicado"],
  },
  guilt: {
    en: ["i let you down", "i ruined everything", "never forgive myself", "its on me", "apologize", "penance"],
    es: ["me equivoque", "te falle", "te decepcione", "no merezco tu perdon", "no me lo perdono", "meti la pata", "la regue", "te pido perdon", "mea culpa", "te hice mal", "te lastime"],
  },
  shame: {
    en: ["mortified", "cringe", "red faced", "want to disappear", "dishonor", "awkward"],
    es: ["que oso", "me da corte", "bochorno", "abochornado", "vergonzoso", "que me trague la tierra", "me puse rojo", "me averguenzo", "escarnio", "oprobio"],
  },
  disgust: {
    en: ["the ick", "sickening", "appalled", "abhorrent", "loathe", "makes my skin crawl"],
    es: ["guacala", "fuchi", "puaj", "repulsivo", "me revuelve el estomago", "grima", "aborrecer", "inmundo", "repelus", "asquito", "me repugna"],
  },
  vengeance: {
    en: ["settle the score", "what goes around comes around", "youll pay", "vendetta", "retribution", "taste of your own medicine"],
    es: ["me la vas a pagar", "ajuste de cuentas", "saldar cuentas", "te lo voy a cobrar", "el que la hace la paga", "lo que se siembra se cosecha", "represalia", "revancha", "tu merecido", "te vas a arrepentir", "donde las dan las toman"],
  },
  nervousness: {
    en: ["sweating bullets", "cold feet", "heart in my throat", "shy", "shaky voice", "nerve wracking"],
    es: ["timido", "se me traba la lengua", "se me seca la boca", "primera cita", "me da cosa", "como un flan", "corazon acelerado", "me late fuerte", "piernas de gelatina", "sudando frio", "sudor frio"],
  },
  desperation: {
    en: ["grasping at straws", "last resort", "out of options", "running out of time", "save me", "please help me"],
    es: ["no te vayas", "te lo ruego", "te imploro", "implorar", "ultimo recurso", "ya no me quedan opciones", "haria cualquier cosa", "a cualquier precio", "quedate conmigo", "vuelve por favor", "no me abandones"],
  },

  // power family
  defiance: {
    en: ["try me", "come at me", "never surrender", "watch me", "screw you", "no apologies"],
    es: ["que digan lo que quieran", "digan lo que digan", "a mi nadie me manda", "no me callo", "no me van a callar", "no agacho la cabeza", "desacato", "nadie me dice que hacer", "a ver si te atreves", "me da igual lo que pienses", "no te tengo miedo"],
  },
  empowerment: {
    en: ["girl power", "boss lady", "take charge", "step into my power", "finding my voice", "strong woman"],
    es: ["mujer poderosa", "dueña de mi vida", "dueño de mi destino", "yo decido", "alzar la voz", "soy la reina", "me pertenezco", "tomar las riendas", "sin pedir permiso", "mujeres al poder", "brillo con luz propia"],
  },
  confidence: {
    en: ["cocky", "poised", "assertive", "strutting", "i look good", "dont need approval"],
    es: ["me veo bien", "soy el mejor", "soy la mejor", "pisando fuerte", "aplomo", "desenvuelto", "desparpajo", "sin complejos", "seguridad en mi misma", "echado palante", "confio en mi"],
  },
  pride: {
    en: ["accomplished", "hard work paid off", "came a long way", "bragging rights", "my legacy", "look how far ive come"],
    es: ["sacar pecho", "a mucha honra", "lo consegui", "valio la pena", "me lo merezco", "honra", "enorgullecer", "hecho a pulso", "me lo he ganado", "dignidad"],
  },
  determination: {
    en: ["dig deep", "push through", "eyes on the prize", "come hell or high water", "persevere", "relentless"],
    es: ["perseverancia", "tenaz", "voy con todo", "a por todas", "no voy a parar", "contra viento y marea", "sin rendirme", "con garra", "echarle ganas", "a como de lugar", "al pie del cañon"],
  },
  resilience: {
    en: ["bounce back", "rise from the ashes", "comeback", "picking myself up", "keep my head above water", "against all odds"],
    es: ["como el ave fenix", "de las cenizas", "aqui sigo", "sigo aqui", "no pudieron conmigo", "lo que no mata fortalece", "salir a flote", "sobrellevar", "lo supere", "tras la tormenta"],
  },
  rebellion: {
    en: ["stick it to the man", "protest", "uprising", "mutiny", "disobey", "question authority"],
    es: ["insurreccion", "sublevacion", "motin", "protesta", "desobediencia", "abajo el sistema", "contra el poder", "subversivo", "insumiso", "antisistema", "no nos callaran"],
  },
  triumph: {
    en: ["victory lap", "came out on top", "undefeated", "gold medal", "first place", "nailed it"],
    es: ["vencer", "vencedor", "conquistar", "medalla de oro", "primer lugar", "invicto", "lo hicimos", "mision cumplida", "podio", "trofeo", "arrasamos"],
  },
  courage: {
    en: ["bold", "daring", "heroic", "valiant", "take a stand", "nerves of steel"],
    es: ["valentia", "osadia", "audaz", "agallas", "armarse de valor", "dar la cara", "heroico", "sin temor", "arriesgarme", "me la juego", "intrepido"],
  },
  ambition: {
    en: ["go getter", "aim high", "sky is the limit", "make a name for myself", "build an empire", "hungry for success"],
    es: ["apuntar alto", "ser alguien en la vida", "hacerme rico", "millonario", "mi imperio", "hambre de exito", "comerme el mundo", "hacer historia", "dejar huella", "emprendedor", "sueños grandes"],
  },
  strength: {
    en: ["hard as nails", "rock solid", "warrior", "endure", "unshakable", "invincible"],
    es: ["guerrero", "luchador", "resistir", "inquebrantable", "invencible", "de hierro", "como un roble", "como una roca", "no me doblego", "no me quiebro", "fortalecido"],
  },
  independence: {
    en: ["self made", "my own boss", "stand on my own", "on my own terms", "lone wolf", "dont need a man"],
    es: ["autonomia", "autosuficiente", "por mi cuenta", "por mi misma", "no dependo de nadie", "mi propio dinero", "soltera", "mi propia jefa", "me basto sola", "a mi aire", "yo me basto"],
  },
  "self-love": {
    en: ["treat myself", "me time", "pamper myself", "proud of myself", "glow up", "i deserve better"],
    es: ["me valoro", "me cuido", "me merezco lo mejor", "merezco algo mejor", "me priorizo", "primero yo", "me acepto", "se lo que valgo", "conozco mi valor", "mi prioridad soy yo", "me tengo a mi"],
  },
  intensity: {
    en: ["full blast", "go hard", "no holding back", "overpowering", "ferocity"],
    es: ["a todo gas", "a toda maquina", "desenfrenado", "al maximo", "a reventar", "brutal", "salvaje", "fiero", "vehemente", "arrollador"],
  },

  // joyful activation family
  joy: {
    en: ["grinning", "beaming", "delighted", "jubilant", "tickled pink", "made my day"],
    es: ["regocijo", "radiante", "de oreja a oreja", "sonreir", "alborozo", "chevere", "bacano", "brincar de gusto", "risueño"],
  },
  happiness: {
    en: ["stoked", "all smiles", "in high spirits", "cheery", "chipper", "living my best life"],
    es: ["felicisimo", "que padre", "que chido", "que guay", "estoy de buenas", "encantado de la vida", "como niño con juguete nuevo", "la vida me sonrie", "todo me sale bien", "que lindo dia", "me va genial"],
  },
  excitement: {
    en: ["amped up", "psyched", "giddy", "woohoo", "jumping up and down", "cant contain myself"],
    es: ["me hace ilusion", "que ganas", "tengo muchas ganas", "estoy que no me aguanto", "alborotado", "yupi", "esto va a estar buenisimo", "no me lo pierdo", "frenesi", "loco de contento"],
  },
  euphoria: {
    en: ["walking on air", "on a high", "natural high", "high on life", "best time ever", "never coming down"],
    es: ["por las nubes", "el mejor dia de mi vida", "la mejor noche de mi vida", "lo maximo", "en otra dimension", "pletorico", "exultante", "extasiado", "desatado", "locura total"],
  },
  celebration: {
    en: ["raise a glass", "bottoms up", "confetti", "hooray", "happy birthday", "congratulations"],
    es: ["parranda", "pachanga", "juerga", "jolgorio", "gozadera", "enhorabuena", "feliz cumpleaños", "echar la casa por la ventana", "fuegos artificiales", "desmadre", "festejar"],
  },
  playfulness: {
    en: ["goofing around", "horsing around", "just kidding", "prank", "hide and seek", "pillow fight"],
    es: ["bromista", "picardia", "cosquillas", "hacer el tonto", "de broma", "vacilar", "tomar el pelo", "chacotear", "las escondidas", "guerra de almohadas", "diablillo"],
  },
  amusement: {
    en: ["rofl", "lmfao", "hehe", "in stitches", "belly laugh", "crying laughing"],
    es: ["jajajaja", "jeje", "jiji", "me parto de risa", "comico", "chiste", "desternillarse", "hilarante", "divertido", "que gracia", "tronchante"],
  },
  energy: {
    en: ["full of beans", "raring to go", "peppy", "vibrant", "revved up", "recharged"],
    es: ["vitalidad", "dinamico", "vigor", "incansable", "recargado", "con las pilas puestas", "a toda marcha", "con brio", "con chispa"],
  },
  enthusiasm: {
    en: ["sign me up", "gung ho", "lets do this", "avid", "wholeheartedly", "hell yeah"],
    es: ["dale que dale", "vamos con todo", "con todas las ganas", "fervor", "ferviente", "afan", "con ahinco", "manos a la obra", "a por ello", "entusiasta"],
  },
  exhilaration: {
    en: ["roller coaster", "thrill ride", "wild ride", "adrenaline junkie", "bungee jump", "breakneck speed"],
    es: ["emociones fuertes", "a mil por hora", "acelerar", "vertiginoso", "paracaidas", "puenting", "trepidante", "electrizante", "de infarto", "el viento en la cara", "que viaje"],
  },
  flirtation: {
    en: ["cutie", "pickup line", "hit on me", "slide into your dms", "smooth talker", "playing hard to get"],
    es: ["tirar onda", "tirar los tejos", "echar los perros", "mirada picara", "piropo", "bombon", "que guapa", "estas soltera", "hacer ojitos", "como te llamas", "tonteo"],
  },
  carefreeness: {
    en: ["easy breezy", "happy go lucky", "free spirit", "go with the flow", "yolo", "not a care in the world"],
    es: ["a mi rollo", "a lo que salga", "sin complicarme", "dejar fluir", "dejarse llevar", "dejate llevar", "vivir el momento", "que me quiten lo bailao", "sin drama", "sin pensar en nada", "carpe diem"],
  },

  // tenderness family
  love: {
    en: ["love of my life", "my person", "my better half", "true love", "youre the one", "meant to be"],
    es: ["mi media naranja", "mi otra mitad", "amorcito", "el uno para el otro", "mi persona favorita", "amado", "amor verdadero", "amor de mi vida", "corazon mio", "te amare"],
  },
  romance: {
    en: ["candlelit dinner", "valentine", "bouquet", "sweep me off my feet", "honeymoon", "love letter"],
    es: ["luna de miel", "carta de amor", "cena para dos", "paseo por la playa", "ramo de flores", "cortejar", "san valentin", "cita a ciegas", "bajo las estrellas", "amorio", "noviazgo"],
  },
  affection: {
    en: ["smooch", "snuggle", "bear hug", "peck on the cheek", "sweetie", "hugs and kisses"],
    es: ["achuchar", "arrumacos", "hacer cucharita", "abrazame", "acurrucar", "mimoso", "muac", "besote", "cariñito", "te quiero un monton"],
  },
  tenderness: {
    en: ["kiss goodnight", "tuck you in", "nurture", "soft spot", "hold your hand", "wipe your tears"],
    es: ["dulzura", "arrullo", "cancion de cuna", "secar tus lagrimas", "un beso en la frente", "delicadeza", "enternecer", "mecerte", "cuidar de ti", "te voy a cuidar", "suavidad"],
  },
  desire: {
    en: ["hungry for you", "make you mine", "temptation", "fantasize about you", "need your touch", "cant keep my hands off"],
    es: ["me antojas", "te quiero para mi", "hacerte mia", "quiero tenerte", "tenerte cerca", "me tientas", "muero por besarte", "sed de ti", "hambre de ti", "me provocas", "quiero comerte a besos"],
  },
  passion: {
    en: ["wildfire", "consumed by you", "feverish", "steamy", "sizzling", "obsessed with you"],
    es: ["fogoso", "ardo por ti", "me quemo por ti", "en llamas", "me vuelves loco", "me vuelves loca", "como un volcan", "con locura", "fuego en la piel", "febril", "me derrito"],
  },
  intimacy: {
    en: ["spooning", "tangled up", "heart to heart", "in your embrace", "tangled sheets", "deep connection"],
    es: ["tu y yo solos", "a solas contigo", "alma con alma", "de corazon a corazon", "confidencias", "nuestros secretos", "nuestra complicidad", "entrelazados", "tu respiracion", "cerquita", "mirarte a los ojos"],
  },
  devotion: {
    en: ["always yours", "through thick and thin", "in sickness and in health", "unconditional", "never leave your side", "stand by you"],
    es: ["lealtad", "leal", "incondicional", "en las buenas y en las malas", "hasta el fin del mundo", "siempre a tu lado", "me entrego a ti", "te pertenezco", "soy tuyo", "devoto", "nunca te dejare"],
  },
  adoration: {
    en: ["youre gorgeous", "idolize", "put you on a pedestal", "heaven sent", "my queen", "apple of my eye"],
    es: ["mi reina", "mi princesa", "mi sol", "mi tesoro", "eres hermosa", "idolatrar", "la mas bella", "mi diosa", "luz de mis ojos", "mi razon de ser", "eres un angel"],
  },
  infatuation: {
    en: ["puppy love", "hooked on you", "weak in the knees", "heart skips a beat", "swoon", "googly eyes"],
    es: ["amor a primera vista", "me flechaste", "me tienes loco", "me tienes loca", "embobado", "colado por ti", "colada por ti", "enchulado", "estoy tragado", "mi crush", "amor platonico"],
  },
  lust: {
    en: ["turned on", "hot for you", "hook up", "booty call", "raunchy", "kinky"],
    es: ["excitado", "estoy caliente", "calenton", "me pones a mil", "deseo carnal", "arrancarte la ropa", "lascivo", "libido", "morbo", "erotico", "te quiero comer"],
  },
  sensuality: {
    en: ["sexy", "silky", "swaying", "bedroom eyes", "slow burn", "alluring"],
    es: ["tu piel", "tu cintura", "contoneo", "insinuante", "provocativo", "sugerente", "terciopelo", "cuerpo a cuerpo", "tu perfume", "tu aroma", "tus curvas"],
  },
  compassion: {
    en: ["my heart goes out", "be kind", "kindhearted", "walk in your shoes", "feel your pain", "shoulder to lean on"],
    es: ["cuenta conmigo", "me pongo en tu lugar", "lo siento por ti", "pobrecito", "misericordia", "piedad", "bondad", "solidaridad", "tender la mano", "buen corazon", "te comprendo"],
  },
  warmth: {
    en: ["toasty", "snug", "heartwarming", "homey", "open arms", "warm and fuzzy"],
    es: ["calor de hogar", "calor humano", "brazos abiertos", "junto al fuego", "chocolate caliente", "mantita", "calientito", "tibio", "hogareño", "cercania", "como un abrazo"],
  },
  vulnerability: {
    en: ["open book", "let my walls down", "unguarded", "sensitive", "afraid to get hurt", "thin skinned"],
    es: ["sin defensas", "desarmado", "a corazon abierto", "con el corazon en la mano", "sensible", "bajar la guardia", "indefenso", "expuesto", "de cristal", "sin mascaras", "quebradizo"],
  },

  // peacefulness family
  calm: {
    en: ["breathe in", "breathe out", "cool headed", "level headed", "mellow", "unhurried"],
    es: ["sosegado", "pausado", "sin apuro", "sin agobios", "respirar hondo", "respira profundo", "aguas mansas", "cabeza fria", "a mi ritmo", "sin sobresaltos", "apacible"],
  },
  serenity: {
    en: ["zen", "equanimity", "undisturbed", "clear mind"],
    es: ["ecuanimidad", "imperturbable", "placidez", "remanso", "equilibrio", "mente clara", "templanza", "inalterable"],
  },
  peace: {
    en: ["truce", "ceasefire", "olive branch", "all is well", "no more fighting", "live and let live"],
    es: ["paz interior", "tregua", "bandera blanca", "hacer las paces", "no mas guerra", "paz mundial", "convivencia", "concordia", "sin peleas", "sin conflictos", "vivir en paz"],
  },
  relief: {
    en: ["thank goodness", "dodged a bullet", "load off my mind", "breathe easy", "close call"],
    es: ["un peso de encima", "salvado por la campana", "ya paso lo peor", "de la que me libre", "por los pelos", "desahogo", "nos salvamos", "todo salio bien", "por suerte", "se termino la pesadilla"],
  },
  contentment: {
    en: ["cant complain", "all good", "simple pleasures", "life is sweet", "nothing missing", "happy with what i have"],
    es: ["plenitud", "no me quejo", "feliz con poco", "no me falta nada", "las cosas simples", "pequeños placeres", "vida sencilla", "estoy bien asi", "en mi salsa", "como pez en el agua", "satisfaccion"],
  },
  comfort: {
    en: ["comfort food", "there there", "ease my pain", "lift my spirits", "reassurance", "calm my fears"],
    es: ["arropar", "palabras de aliento", "dar animos", "no llores", "aqui me tienes", "estoy contigo", "un hombro para llorar", "paño de lagrimas", "me haces sentir mejor", "consuelito"],
  },
  relaxation: {
    en: ["lazy day", "take a break", "day off", "spa day", "put my feet up", "lounging"],
    es: ["vacaciones", "siesta", "hamaca", "desconectar del mundo", "a la bartola", "bajar revoluciones", "en pijama", "masaje", "baño caliente", "sin hacer nada", "tumbado al sol"],
  },
  acceptance: {
    en: ["thats life", "such is life", "cest la vie", "roll with it", "nothing i can do", "come what may"],
    es: ["ni modo", "que le vamos a hacer", "es lo que hay", "aprender a soltar", "ya fue", "pasar pagina", "pase pagina", "a otra cosa", "lo que tenga que ser", "lo tomo como viene"],
  },
  healing: {
    en: ["getting over you", "moving forward", "finding myself again", "closure", "better now", "whole again"],
    es: ["ya te supere", "ya te olvide", "rehacer mi vida", "volver a sonreir", "ya no me dueles", "ya no duele", "terapia", "reconstruirme", "reponerme", "cerrar ciclos", "cerrar heridas"],
  },
  safety: {
    en: ["safe haven", "out of harm", "out of danger", "under your wing", "sanctuary", "nothing to fear"],
    es: ["sano y salvo", "fuera de peligro", "bajo tu ala", "en buenas manos", "me cuidas", "puerto seguro", "proteccion", "nada me puede pasar", "sin peligro", "guarida", "contigo estoy segura"],
  },
  trust: {
    en: ["take your word", "no secrets", "reliable", "my word is my bond", "in good faith"],
    es: ["me fio de ti", "pongo las manos en el fuego", "palabra de honor", "te creo", "sin secretos", "nunca me fallas", "no me fallaras", "me das seguridad", "fiable", "puedo contar contigo"],
  },
  forgiveness: {
    en: ["bury the hatchet", "kiss and make up", "no grudges", "apology accepted", "move past it", "let it slide"],
    es: ["olvidar el pasado", "dejar atras", "enterrar el hacha", "pasar por alto", "disculpas aceptadas", "te disculpo", "agua pasada", "ya no te guardo rencor", "lo dejo pasar", "te doy otra oportunidad"],
  },

  // nostalgia family
  nostalgia: {
    en: ["simpler times", "back then", "long ago", "miss those days", "golden days", "the old neighborhood"],
    es: ["en mis tiempos", "antaño", "los buenos tiempos", "aquellos años", "epoca dorada", "ya no es como antes", "volver al pasado", "en aquel entonces", "hace tantos años", "que tiempos aquellos", "recordar es volver a vivir"],
  },
  reminiscence: {
    en: ["photo album", "scrapbook", "remember that time", "home videos", "polaroids", "i still remember"],
    es: ["album de fotos", "aquella vez", "te acuerdas", "evocar", "remembranza", "viejos amigos", "rebobinar", "como si fuera ayer", "parece que fue ayer", "aun recuerdo", "me viene a la mente"],
  },
  homesickness: {
    en: ["far from my family", "home cooking", "my old room", "where i grew up", "back to my roots", "motherland"],
    es: ["morriña", "saudade", "extraño a mi familia", "la comida de mi madre", "mi rancho", "desarraigo", "exilio", "emigrar", "lejos de los mios", "mi pueblito", "extraño mi pais"],
  },
  wistfulness: {
    en: ["what might have been", "in another life", "sigh", "wish things were different", "faraway look", "another time another place"],
    es: ["lo que pudo haber sido", "en otra vida", "suspirar", "mirada perdida", "ensimismado", "que habria pasado si", "en otro tiempo", "si las cosas fueran distintas", "como hubiera sido", "lo que no fue"],
  },
  sentimentality: {
    en: ["tearjerker", "sappy", "mushy", "misty eyed", "lump in my throat", "brings tears to my eyes"],
    es: ["nudo en la garganta", "me conmueve", "conmovido", "cursi", "empalagoso", "sensiblero", "me llega al alma", "me toca el corazon", "se me aguan los ojos", "se me salen las lagrimas", "emotivo"],
  },
  bittersweetness: {
    en: ["sweet and sour", "mixed feelings", "tears of joy", "happy tears", "happy sad", "farewell"],
    es: ["sentimientos encontrados", "emociones encontradas", "lagrimas de alegria", "feliz y triste", "dulce y amargo", "hasta siempre", "llorar de felicidad", "fue bonito mientras duro", "lo bueno dura poco", "sonrisa con lagrimas"],
  },
  innocence: {
    en: ["like a child", "first kiss", "teddy bear", "bedtime stories", "cartoons", "purity"],
    es: ["cuando era niño", "primer beso", "caricaturas", "dibujos animados", "cuentos para dormir", "osito de peluche", "columpio", "recreo", "pureza", "ingenuo"],
  },
  reflection: {
    en: ["deep thoughts", "thinking back", "pondering", "look within", "mull it over", "meaning of life"],
    es: ["contemplar", "examen de conciencia", "replantearme", "me cuestiono", "mirar hacia dentro", "conocerme a mi mismo", "el sentido de la vida", "hacer balance", "cavilar", "quien soy yo", "pensar en la vida"],
  },

  // wonder family
  wonder: {
    en: ["starry eyed", "stargazing", "cosmos", "constellations", "otherworldly", "milky way"],
    es: ["galaxia", "constelacion", "via lactea", "luna llena", "aurora boreal", "prodigio", "portento", "lluvia de estrellas", "misterios del universo", "que belleza"],
  },
  awe: {
    en: ["goosebumps", "sublime", "grandeur", "magnificent", "larger than life", "colossal"],
    es: ["sobrecogedor", "piel de gallina", "se me eriza la piel", "grandioso", "grandeza", "magnifico", "inmensidad", "monumental", "quede mudo", "me estremece", "solemne"],
  },
  curiosity: {
    en: ["whats out there", "nosy", "snooping", "rabbit hole", "eager to learn"],
    es: ["chismoso", "metiche", "fisgon", "husmear", "averiguar", "que hay mas alla", "intriga", "ganas de aprender", "por que sera", "me muero por saber", "enigma"],
  },
  fascination: {
    en: ["enthralled", "riveted", "engrossed", "transfixed", "magnetic", "cant stop watching"],
    es: ["magnetico", "no puedo apartar la mirada", "me tiene enganchado", "me atrapa", "deslumbrado", "encandilado", "obnubilado", "me quede mirando", "me atrae", "arrebatado", "me tiene atrapado"],
  },
  amazement: {
    en: ["whoa", "holy cow", "mind blowing", "spectacular", "phenomenal", "blown away"],
    es: ["no me lo creo", "guau", "impactado", "atonito", "estupefacto", "pasmado", "de otro planeta", "fuera de serie", "espectacular", "que barbaro", "de locos"],
  },
  inspiration: {
    en: ["muse", "lightbulb moment", "epiphany", "eureka", "creative juices", "in the zone"],
    es: ["musa", "epifania", "chispa creativa", "se me ocurrio", "lluvia de ideas", "en racha", "me motiva", "impulso creativo", "vena artistica"],
  },
  dreaminess: {
    en: ["ethereal", "surreal", "half asleep", "in a trance", "reverie", "drifting off"],
    es: ["soñar despierto", "en la luna", "en mi propio mundo", "etereo", "irreal", "fantasia", "entre sueños", "medio dormido", "duermevela", "castillos en el aire", "nubes de algodon"],
  },
  enchantment: {
    en: ["fairy dust", "once upon a time", "storybook", "wonderland", "mystical", "happily ever after"],
    es: ["polvo de hadas", "habia una vez", "erase una vez", "felices para siempre", "hada madrina", "conjuro", "sortilegio", "mistico", "pais de las maravillas", "varita magica"],
  },
  anticipation: {
    en: ["any day now", "countdown", "counting the days", "around the corner", "holding my breath", "on tenterhooks"],
    es: ["falta poco", "ya mero", "con ansias", "en suspenso", "a la espera", "contando los dias", "se acerca el dia", "aguantando la respiracion", "ya quiero que llegue", "cuento las horas"],
  },
  surprise: {
    en: ["gasp", "blindsided", "taken aback", "out of the blue", "never expected", "bombshell"],
    es: ["me quede de piedra", "me quede helado", "sin previo aviso", "balde de agua fria", "jarro de agua fria", "quien lo diria", "ostras", "no manches", "sobresalto", "imprevisto", "de sopeton"],
  },
  wanderlust: {
    en: ["itchy feet", "travel bug", "see the world", "pack my bags", "off the beaten path", "catch a flight"],
    es: ["hacer las maletas", "pasaporte", "sin rumbo fijo", "a la aventura", "dar la vuelta al mundo", "nomada", "trotamundos", "tierras lejanas", "hacer dedo", "perderme por el mundo", "conocer el mundo"],
  },

  // transcendence family
  hope: {
    en: ["fingers crossed", "hang in there", "a new dawn", "tomorrow is another day", "light in the dark", "dreams come true"],
    es: ["cruzo los dedos", "dedos cruzados", "todo pasa", "despues de la tormenta", "tiempos mejores", "un nuevo amanecer", "al final del tunel", "mañana sera otro dia", "los sueños se cumplen", "saldremos adelante", "aun hay tiempo"],
  },
  faith: {
    en: ["god willing", "in gods hands", "trust in god", "gospel", "scripture", "lord have mercy"],
    es: ["si dios quiere", "dios mediante", "en manos de dios", "dios es grande", "virgencita", "iglesia", "fe ciega", "dios proveera", "dios me cuida", "confio en dios", "creyente"],
  },
  gratitude: {
    en: ["much appreciated", "cant thank you enough", "indebted", "shout out to", "kudos", "means the world to me"],
    es: ["te debo una", "bendito sea", "bendita sea", "gratitud", "agradecimiento", "muy amable", "valoro mucho", "te debo la vida", "no tengo como pagarte", "te lo debo todo"],
  },
  freedom: {
    en: ["unbound", "cut loose", "breaking free", "no limits", "unleashed", "uncaged"],
    es: ["sin ataduras", "romper las cadenas", "soltar amarras", "a mis anchas", "sin limites", "fuera de la jaula", "nadie me ata", "emancipacion", "como un pajaro", "sin dueño", "volar lejos"],
  },
  transcendence: {
    en: ["ascension", "enlightenment", "cosmic", "timeless", "the great beyond", "everlasting"],
    es: ["cosmico", "atemporal", "fuera del tiempo", "perpetuo", "sempiterno", "inmortal", "plano superior", "conciencia universal", "despertar de la conciencia", "levitar"],
  },
  spirituality: {
    en: ["chakras", "mantra", "namaste", "third eye", "inner light", "guardian angel"],
    es: ["angel de la guarda", "tercer ojo", "conexion con el universo", "vibra alta", "ancestros", "incienso", "ofrenda", "templo", "ritual", "luz interior"],
  },
  optimism: {
    en: ["chin up", "cheer up", "itll be fine", "things are looking up", "rose colored glasses", "best is yet to come"],
    es: ["arriba el animo", "pa lante", "no hay mal que por bien no venga", "al mal tiempo buena cara", "todo va a mejorar", "lo mejor esta por venir", "vaso medio lleno", "color de rosa", "buena onda", "que no decaiga"],
  },
  reverence: {
    en: ["glorify", "kneel", "almighty", "heavenly father", "sanctified", "pay homage"],
    es: ["hosanna", "santisimo", "todopoderoso", "glorificar", "arrodillarme", "me postro", "rendir homenaje", "padre celestial", "te alabo", "respeto profundo"],
  },
  bliss: {
    en: ["heaven on earth", "utopia", "couldnt be better", "pure heaven", "everything is perfect", "sheer delight"],
    es: ["el cielo en la tierra", "felicidad absoluta", "en el septimo cielo", "beatitud", "bienaventurado", "deleite", "que delicia", "mejor imposible", "todo es perfecto", "estoy de maravilla"],
  },
  redemption: {
    en: ["turn my life around", "saving grace", "repent", "prodigal son", "fresh start", "set things right"],
    es: ["empezar de cero", "enmendar", "hijo prodigo", "cambiar mi vida", "una nueva vida", "pagar mis pecados", "expiar", "limpiar mi nombre", "purificar", "me rescataste"],
  },
};
