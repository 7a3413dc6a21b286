/** What vendors here are called and what they sell, per category: names in French and Arabic, and price ranges in DZD. */
export interface CategoryVocabulary {
  weight: number;
  prefixes: string[];
  prefixesAr: string[];
  offers: string[];
  includes: string[];
  price: [min: number, max: number];
  /** Halls and caterers price per guest beyond those included. */
  perGuest?: [min: number, max: number];
  describe: string[];
}

export const names = ['Nour', 'Yasmine', 'El Bahdja', 'Dar Essalam', 'Les Oliviers', 'Le Palmier', 'Zahra', 'El Amir', 'Royal', 'Ritaj', 'Zitouna', 'Lalla Fatma', 'El Feth', 'Andalous', 'Les Jasmins', 'Casbah', 'El Djazaïr', 'Perle', 'Émeraude', 'Saphir', 'Sultana', 'Mille et Une Nuits', 'Tassili', 'Hoggar', 'Djurdjura', 'Medina', 'Rym', 'Ines', 'Amine', 'Karim'];
export const namesAr = ['النور', 'الياسمين', 'الأمير', 'النخيل', 'الزيتونة', 'السلام', 'الفردوس', 'الريحان', 'الأندلس', 'اللؤلؤة', 'الزمرد', 'السلطانة', 'الهقار', 'الرياض', 'الوفاء'];

export const vocabulary: Record<string, CategoryVocabulary> = {
  'salle-des-fetes': {
    weight: 25, prefixes: ['Salle des fêtes', 'Salle', 'Palais', 'Espace', 'Résidence'], prefixesAr: ['قاعة الحفلات', 'قاعة الأفراح', 'قصر'],
    offers: ['Formule Classique', 'Formule Prestige', 'Formule Week-end', 'Formule Semaine'], includes: ['Salle climatisée', 'Parking gardé', 'Service de table', 'Sonorisation', 'Loge de la mariée', 'Éclairage'],
    price: [80_000, 600_000], perGuest: [500, 1500], describe: ['Salle climatisée avec parking', 'Grande salle pour mariages et fiançailles', 'Cadre élégant, cuisine équipée', 'Jardin et terrasse pour les soirées d\'été'],
  },
  traiteur: {
    weight: 15, prefixes: ['Traiteur', 'Dar', 'Cuisine'], prefixesAr: ['ممون الحفلات', 'دار'],
    offers: ['Menu traditionnel', 'Menu royal', 'Buffet', 'Dîner assis'], includes: ['Chorba', 'Couscous', 'Tajine el aïn', 'Méchoui', 'Service', 'Vaisselle'],
    price: [50_000, 300_000], perGuest: [1200, 3500], describe: ['Cuisine traditionnelle algérienne', 'Méchoui et plats du terroir', 'Buffets pour mariages et henné'],
  },
  'photographe-videaste': {
    weight: 15, prefixes: ['Studio', 'Photographe', 'Studio photo'], prefixesAr: ['مصور', 'استوديو'],
    offers: ['Reportage photo', 'Photo et vidéo', 'Drone et clip', 'Album premium'], includes: ['Album photo', 'Clé USB', 'Clip vidéo', 'Drone', 'Séance couple'],
    price: [25_000, 150_000], describe: ['Reportage photo et vidéo de mariage', 'Photographe et vidéaste, prises de vue par drone', 'Albums et clips souvenirs'],
  },
  patissier: {
    weight: 10, prefixes: ['Pâtisserie', 'Douceurs', 'Gâteaux'], prefixesAr: ['حلويات', 'حلواني'],
    offers: ['Plateau de gâteaux traditionnels', 'Pièce montée', 'Wedding cake'], includes: ['Baklawa', 'Makrout', 'Tcharek', 'Dziriettes', 'Livraison'],
    price: [8_000, 80_000], describe: ['Gâteaux traditionnels et pièces montées', 'Baklawa, makrout et wedding cakes'],
  },
  'negafa-habilleuse': {
    weight: 6, prefixes: ['Négafa', 'Habilleuse'], prefixesAr: ['نقافة'],
    offers: ['Tenues de la mariée', 'Cortège des tenues', 'Henné'], includes: ['Karakou', 'Caftan', 'Chedda', 'Bijoux', 'Accompagnement'],
    price: [20_000, 120_000], describe: ['Négafa et tenues traditionnelles', 'Chedda tlemcénienne et karakou algérois'],
  },
  'dj-orchestre-troupe': {
    weight: 7, prefixes: ['DJ', 'Orchestre', 'Troupe'], prefixesAr: ['فرقة', 'دي جي'],
    offers: ['Soirée DJ', 'Orchestre chaâbi', 'Troupe karkabou', 'Zorna'], includes: ['Sonorisation', 'Jeux de lumière', 'Chanteur', 'Fumée'],
    price: [30_000, 200_000], describe: ['DJ et animation de soirée', 'Orchestre chaâbi et andalou', 'Troupe de zorna et karkabou'],
  },
  'voitures-de-cortege': {
    weight: 5, prefixes: ['Location', 'Cortège', 'Auto'], prefixesAr: ['سيارات'],
    offers: ['Voiture de la mariée', 'Cortège complet'], includes: ['Chauffeur', 'Décoration florale', 'Carburant'],
    price: [15_000, 80_000], describe: ['Voitures de luxe pour cortège', 'Location avec chauffeur'],
  },
  tenues: {
    weight: 5, prefixes: ['Boutique', 'Atelier', 'Maison'], prefixesAr: ['أزياء'],
    offers: ['Location robe', 'Achat caftan', 'Costume marié'], includes: ['Retouches', 'Accessoires', 'Essayages'],
    price: [10_000, 150_000], describe: ['Robes, caftans et costumes', 'Location et vente de tenues de mariage'],
  },
  'coiffure-esthetique': {
    weight: 5, prefixes: ['Salon', 'Institut', 'Beauty'], prefixesAr: ['صالون'],
    offers: ['Coiffure mariée', 'Maquillage', 'Forfait beauté'], includes: ['Essai', 'Maquillage', 'Coiffure', 'Soins'],
    price: [5_000, 60_000], describe: ['Coiffure et maquillage de la mariée', 'Institut de beauté, forfaits mariage'],
  },
  decoration: {
    weight: 4, prefixes: ['Déco', 'Décoration', 'Event'], prefixesAr: ['ديكور'],
    offers: ['Décoration de salle', 'Trône de la mariée', 'Fleurs'], includes: ['Fleurs', 'Trône', 'Éclairage', 'Nappes'],
    price: [30_000, 300_000], describe: ['Décoration de salles et trônes', 'Compositions florales et éclairage'],
  },
  'faire-part': {
    weight: 2, prefixes: ['Imprimerie', 'Faire-part'], prefixesAr: ['بطاقات'],
    offers: ['100 faire-part', '300 faire-part', 'Faire-part luxe'], includes: ['Enveloppes', 'Personnalisation', 'Livraison'],
    price: [5_000, 50_000], describe: ['Faire-part et cartes d\'invitation', 'Impression personnalisée en français et en arabe'],
  },
  'wedding-planner': {
    weight: 1, prefixes: ['Wedding planner', 'Agence'], prefixesAr: ['منظم الأعراس'],
    offers: ['Organisation complète', 'Coordination du jour J'], includes: ['Planning', 'Prestataires', 'Coordination', 'Budget'],
    price: [100_000, 800_000], describe: ['Organisation de mariages de A à Z', 'Coordination le jour J'],
  },
};
