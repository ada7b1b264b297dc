/// Readout's built-in topic vocabulary: the 23 topics of `TOPICS.md`, in its order.
///
/// Used when an archive has no `topics.yml`, and extended or overridden by one (by id); a
/// site turns it off with `default_topics: false` in `site.yml`. The ids are the topics' URLs
/// and never change. Keywords tag a block by themselves, hints need company (see
/// `TopicEntry`); both are written the way foreign ministries word these things in English.
enum DefaultTopics {
  static let relationsGroup = "Relations and economy"
  static let securityGroup = "Peace and security"
  static let globalGroup = "Regional and global affairs"
  static let fieldsGroup = "Society, science and other fields"

  /// A topic's position in the built-in vocabulary (after all of them for any other id).
  static func position(of id: String) -> Int { positions[id] ?? entries.count }

  /// The index group of a built-in topic's id.
  static func group(of id: String) -> String? { positions[id].flatMap { entries[$0].group } }

  private static let positions: [String: Int] = Dictionary(
    uniqueKeysWithValues: entries.enumerated().map { ($1.id, $0) })

  static let entries: [TopicEntry] = [
    TopicEntry(
      id: "relations", name: "Bilateral relations and dialogue",
      aliases: [
        "Bilateral Relations", "Overall Bilateral Relations", "Bilateral Relations in General", "Relations in General",
        "Overall Relations", "General View of the Relationship", "Bilateral Relationship", "Relations", "Relationship",
        "Strategic Partnership", "Future of the Bilateral Relationship", "Strengthening Bilateral Relations",
        "Visit", "Visits", "Invitation", "High-Level Exchanges", "Future Schedule", "Political Dialogue",
      ],
      keywords: [
        "strategic partnership", "global partnership", "comprehensive partnership", "special partnership", "high level exchange",
        "high level visit", "summit level exchange", "mutual visit", "reciprocal visit", "shuttle diplomacy",
        "official visit to", "state visit", "working visit", "invitation to visit", "invited him to visit",
        "invited her to visit", "would gladly visit", "invitation for him to visit", "invitation for her to visit", "anniversary of diplomatic relation",
        "anniversary of the establishment of diplomatic relation", "establishment of diplomatic relation",
        "friendship year", "year of friendship", "relations between the two countries",
        "relationship between the two countries", "ties between the two countries", "joint statement on", "strategic dialogue", "strategic and global",
        "strengthen the relation", "strengthening the relation", "elevate the relationship", "state of the relation",
      ],
      hints: [
        // Said in passing of nearly any subject ("... would contribute to the further
        // development of bilateral relations"): such words of the relationship need company.
        "bilateral relations", "bilateral relationship", "bilateral ties", "further develop the relation",
        "further development of bilateral relations", "development of relations between", "expansion of relations",
        "relation", "relationship", "partnership", "partner", "friendship", "visit", "invitation", "dialogue",
        "mutual trust", "summit", "bilateral", "anniversary", "action plan", "close cooperation",
      ],
      negatives: [
        "historic visit", "on the occasion of", "on the margins of", "on the margin of", "on the sidelines of",
        "shook hands", "visiting russia to attend", "who was visiting", "who is visiting", "paying an official visit",
        "thanked for the hospitality", "hospitality", "relations of interdependence", "public relations",
        "international relations", "labour relations", "labor relations",
      ],
      group: relationsGroup),
    TopicEntry(
      id: "economy", name: "Economy, trade and investment",
      aliases: [
        "Economy", "Economic Relations", "Economic Cooperation", "Trade and Investment", "Trade", "Investment",
        "Economic Issues", "Economic Partnership", "Business Environment", "Financial Cooperation",
        "Currency and Financial Markets", "Finance", "Economic Dialogue", "Economic Situation", "World Economy",
        "Global Economy", "Trade Issues", "Economic and Trade Relations",
      ],
      keywords: [
        "trade and investment", "economic relation", "economic partnership agreement", "free trade agreement",
        "free trade area", "epa", "fta", "tpp", "trans pacific partnership", "rcep",
        "regional comprehensive economic partnership", "wto", "world trade organization", "market access",
        "tariff", "tariffs", "investment agreement", "bilateral investment treaty", "business environment",
        "business mission", "business delegation", "business leaders", "japanese companies", "foreign companies",
        "companies", "enterprises", "investment", "investor", "economic dialogue", "joint economic committee",
        "intergovernmental commission on trade", "supply chain", "supply chains", "trade volume", "trade deficit",
        "trade surplus", "exports", "imports", "export", "import", "currency", "exchange rate", "currency swap",
        "financial market", "financial cooperation", "tax treaty", "double taxation", "economic reform", "world economy", "global economy", "multilateral trading system",
        "protectionism", "economic cooperation", "business", "economy", "trade", "private sector",
      ],
      hints: [
        "economic growth", "economic security", "economic", "commercial", "finance", "financial", "market", "industry", "industrial", "prosperity",
        "mutual benefit", "complementary", "growth",
      ],
      negatives: [
        "export control", "export controls", "arms export", "arms exports", "food import", "import restriction",
        "import ban", "import bans", "exclusive economic zone", "economic sanction", "economic sanctions",
        "economic assistance", "economic aid", "economic and social development", "economic zone",
        "trade in arms", "business as usual", "unfinished business", "business of the day",
      ],
      group: relationsGroup),
    TopicEntry(
      id: "energy", name: "Energy and natural resources",
      aliases: [
        "Energy", "Energy Cooperation", "Energy Security", "Energy and Resources", "Natural Resources",
        "Resources and Energy", "The Pipeline Project", "Oil and Gas", "Nuclear Energy", "Energy Transition",
        "Clean Energy Transition",
      ],
      keywords: [
        "energy", "energy security", "energy cooperation", "oil", "natural gas", "liquefied natural gas", "lng",
        "crude oil", "oil and gas", "pipeline", "pipelines", "gas field", "oil field", "sakhalin project",
        "resource development", "development of offshore resources", "natural resource", "mineral resource",
        "critical mineral", "rare earth", "rare earths", "uranium", "nuclear power plant", "nuclear power station",
        "civil nuclear", "peaceful use of nuclear energy", "nuclear energy", "power plant", "electricity",
        "renewable energy", "hydrogen", "ammonia", "decarbonization", "decarbonisation", "zero emission",
        "carbon neutrality", "stable supply of energy", "energy supply", "coal", "petroleum", "refinery",
        "solar power", "wind power", "geothermal",
      ],
      hints: ["resource", "resources", "fuel", "gas", "power generation", "nuclear power"],
      negatives: [
        "energetic", "energetically", "energies", "political energy", "new energy into", "resource development program",
        "human resource", "human resources", "human resource development", "financial resource", "financial resources",
        "supply of vaccine", "supply of vaccines", "supply chain", "supply chains", "gas attack", "tear gas",
        "greenhouse gas", "greenhouse gases",
      ],
      group: relationsGroup),
    TopicEntry(
      id: "development", name: "Development cooperation",
      aliases: [
        "Development Cooperation", "Official Development Assistance", "ODA", "Economic Assistance", "Economic Aid",
        "Assistance", "Aid", "Grant Aid", "Yen Loans", "Technical Cooperation", "Reconstruction Assistance",
        "Development Assistance", "Human Resource Development",
      ],
      keywords: [
        "official development assistance", "oda", "yen loan", "yen loans", "grant aid", "loan aid",
        "concessional loan", "technical cooperation", "development cooperation", "development assistance",
        "economic assistance", "economic aid", "debt relief", "debt cancellation", "debt rescheduling",
        "reconstruction assistance", "reconstruction aid", "jica", "japan international cooperation agency",
        "human resource development", "capacity building", "humanitarian assistance", "humanitarian aid",
        "poverty reduction", "sustainable development goal", "sdgs", "development partner", "aid",
        "quality infrastructure", "development finance", "grant assistance",
      ],
      hints: ["assistance", "support for the development", "reconstruction", "development", "poverty", "donor"],
      negatives: [
        "development of relation", "development of relations", "development of bilateral", "development of the relationship",
        "resource development", "development of offshore resources", "development of the far east", "recent development",
        "recent developments", "the latest development", "the latest developments", "economic development",
        "military aid", "first aid", "with the aid of",
      ],
      group: relationsGroup),
    TopicEntry(
      id: "security", name: "Security and defence",
      aliases: [
        "Security", "Security Cooperation", "Defense Cooperation", "Defence Cooperation", "Defense Exchange",
        "Defence Exchange", "Security and Defense", "Security and Defence", "Security Issues", "Security Policy",
        "Defense", "Defence", "Alliance", "Security Dialogue", "Exercises", "Military Exercises",
      ],
      keywords: [
        "defense exchange", "defence exchange", "defense cooperation", "defence cooperation", "security cooperation",
        "security dialogue", "security policy", "security environment", "security alliance", "alliance", "military",
        "military exercise", "military exercises", "joint exercise", "joint exercises", "defense minister",
        "defence minister", "armed forces", "self defense forces", "self defence forces", "sdf", "navy", "naval",
        "troops", "military base", "military bases", "2 2", "two plus two", "security treaty", "mutual defense",
        "deterrence", "extended deterrence", "defense capabilities", "defence capabilities", "defense equipment",
        "defence equipment", "acquisition and cross servicing", "acsa", "reciprocal access agreement",
        "information security agreement", "confidence building measure", "national security", "security council meeting",
        "exercises", "national security strategy", "defense", "defence",
      ],
      hints: ["security", "stability", "threat", "coast guard", "maritime security", "patrol"],
      negatives: [
        "security council", "energy security",
        "food security", "economic security", "human security", "social security", "health security",
        "cyber security", "cybersecurity", "secure a venue", "securing a venue", "secured a venue", "secure",
        "base on", "based on", "on the basis of", "basis", "database", "customer base", "nuclear security",
        "security of supply", "security of energy supply", "security of nationals", "safety and security of",
        "agreement on social security", "in defense of", "in defence of", "defense of human rights",
      ],
      group: securityGroup),
    TopicEntry(
      id: "north-korea", name: "North Korea",
      aliases: [
        "North Korea", "North Korean Issues", "North Korean Issue", "Situation in North Korea",
        "North Korea Issues", "Korean Peninsula", "Situation on the Korean Peninsula", "Abduction Issue",
        "Six-Party Talks", "Denuclearization of the Korean Peninsula",
      ],
      keywords: [
        "north korea", "dprk", "democratic people s republic of korea", "pyongyang", "korean peninsula",
        "abduction issue", "abductions issue", "abduction", "abductee", "abductees", "six party talk",
        "six party talks", "denuclearization of the korean peninsula", "north korean",
      ],
      hints: [],
      excludes: ["nonproliferation", "multilateral", "human-rights", "conflicts"],
      group: securityGroup),
    TopicEntry(
      id: "nonproliferation", name: "Arms control, disarmament and non-proliferation",
      aliases: [
        "Disarmament and Non-Proliferation", "Non-Proliferation", "Nonproliferation", "Disarmament",
        "Nuclear Disarmament", "Arms Control", "Nuclear Issues", "Nuclear Non-Proliferation",
        "Disarmament and Nonproliferation", "Denuclearization", "Arms Control and Disarmament",
      ],
      keywords: [
        "non proliferation", "nonproliferation", "disarmament", "nuclear disarmament", "arms control",
        "npt", "treaty on the non proliferation of nuclear weapons", "iaea", "international atomic energy agency",
        "ctbt", "comprehensive nuclear test ban treaty", "fmct", "fissile material", "nuclear weapon",
        "nuclear weapons", "weapons of mass destruction", "wmd", "nuclear test", "nuclear tests",
        "nuclear submarine", "nuclear submarines", "dismantling of nuclear submarines",
        "decommissioned submarines", "denuclearization", "chemical weapon", "chemical weapons", "biological weapon",
        "biological weapons", "arms export", "arms exports", "arms trade treaty", "export control", "export controls",
        "missile technology control", "nuclear security", "nuclear material", "start treaty", "new start",
        "inf treaty", "ballistic missile", "ballistic missiles", "nuclear programme", "nuclear program",
        "enrichment", "safeguards",
      ],
      hints: ["nuclear", "missile", "missiles", "warhead", "proliferation"],
      negatives: ["nuclear power", "nuclear energy", "nuclear power plant", "nuclear accident", "nuclear family"],
      group: securityGroup),
    TopicEntry(
      id: "territory", name: "Territorial issues and peace treaties",
      aliases: [
        "Peace Treaty", "Peace Treaty Negotiations", "Issue of Concluding a Peace Treaty",
        "The Issue of Concluding a Peace Treaty", "Territorial Issue", "Territorial Issues", "Territorial Dispute",
        "Northern Territories", "Northern Territories Issue", "Boundary Demarcation", "Border Demarcation",
        "Border Issues", "Border Issue", "Territory",
      ],
      keywords: [
        "peace treaty", "territorial issue", "territorial issues", "territorial dispute", "territorial disputes",
        "territorial problem", "territorial claim", "northern territories", "four northern islands",
        "four islands", "disputed islands", "disputed island", "sovereignty over the islands", "islands issue",
        "demarcation", "border demarcation", "boundary demarcation", "demarcation of the boundary",
        "border dispute", "border issue", "boundary issue", "border question", "visa free visits",
        "visa free exchange", "former island residents", "former residents", "visits by former residents",
        "joint economic activities on the islands", "joint economic activities on the four islands",
        "takeshima", "senkaku islands", "territorial integrity",
      ],
      hints: ["territory", "territorial", "islands", "border", "boundary", "sovereignty"],
      negatives: ["border control", "border controls", "cross border", "across borders", "beyond borders", "border region"],
      group: securityGroup),
    TopicEntry(
      id: "maritime", name: "Maritime affairs",
      aliases: [
        "Maritime Affairs", "Maritime Issues", "Maritime Security", "Maritime Cooperation", "South China Sea",
        "East China Sea", "Law of the Sea", "Freedom of Navigation", "Maritime Safety", "Piracy", "Fisheries Dispute",
        
      ],
      keywords: [
        "maritime", "maritime security", "maritime safety", "maritime order", "maritime cooperation",
        "south china sea", "east china sea", "freedom of navigation", "freedom of navigation and overflight",
        "law of the sea", "unclos", "united nations convention on the law of the sea", "exclusive economic zone",
        "eez", "continental shelf", "research vessel", "research vessels", "coast guard", "coast guards",
        "piracy", "pirates", "sea lane", "sea lanes", "sea lines of communication", "gulf of aden",
        "free and open seas", "navigation", "shipping lane",
      ],
      hints: ["sea", "seas", "ocean", "oceans", "vessel", "vessels", "ship", "ships", "waters", "port call"],
      negatives: ["sea of japan", "overseas", "high seas fleet", "by sea", "sea change"],
      group: securityGroup),
    TopicEntry(
      id: "history", name: "History and reconciliation",
      aliases: [
        "History", "Historical Issues", "History Issues", "Reconciliation", "History and Reconciliation",
        "Issues of History", "Historical Recognition", "Comfort Women", "Remains",
      ],
      keywords: [
        "historical issue", "historical issues", "history issue", "history issues", "issues of history",
        "historical recognition", "recognition of history", "perception of history", "history textbook",
        "history textbooks", "textbooks", "wartime", "world war", "second world war", "world war ii",
        "apology", "apologies", "remorse", "reconciliation", "comfort women", "forced labor", "forced labour",
        "war dead", "remains of", "memorial service", "war memorial", "war graves", "prisoners of war",
        "detainees in siberia", "siberian detainees", "joint history research", "past history", "colonial rule",
        "yasukuni", "atomic bombing",
      ],
      hints: ["history", "historical", "memorial"],
      negatives: [
        "historic visit", "historic", "historic opportunity", "historic achievement", "historic moment",
        "historic agreement", "historic day", "long history of", "history of friendship", "history of exchanges",
        "in the history of", "history of the relation", "history of relations", "past year", "past years",
        "in the past", "past few", "past decade", "past month", "past months", "past week", "after the war in",
        "war on terror", "trade war",
      ],
      group: securityGroup),
    TopicEntry(
      id: "regional", name: "Regional affairs",
      aliases: [
        "Regional Affairs", "Regional Situation", "Regional Issues", "Regional Cooperation", "Situation in the Region",
        "East Asia", "Situation in East Asia", "Indo-Pacific", "Free and Open Indo-Pacific", "ASEAN", "APEC",
        "East Asia Summit", "Central Asia", "Regional and International Affairs", "Regional and International Issues",
        "Regional and Global Issues",
      ],
      keywords: [
        "regional situation", "situation in the region", "regional affairs", "regional issues", "regional cooperation",
        "regional security", "regional architecture", "regional framework",
        "regional cooperation frameworks", "east asia", "east asian", "east asia summit", "eas", "asean",
        "apec", "asia pacific economic cooperation", "indo pacific", "free and open indo pacific", "foip",
        "central asia", "central asian", "trilateral", "japan china korea",
        "quad", "pacific islands", "mekong", "shanghai cooperation organisation", "regional", "southeast asia",
        "south asia", "situation in europe",
      ],
      hints: ["regional stability", "asia pacific region", "asia pacific", "region", "neighbouring", "neighboring", "neighbours", "neighbors"],
      negatives: ["border region", "regional government", "regional governments", "regional office", "far east region"],
      group: globalGroup),
    TopicEntry(
      id: "multilateral", name: "Multilateral diplomacy",
      aliases: [
        "International Affairs", "International Issues", "International Situation", "Global Issues",
        "Multilateral Diplomacy", "Multilateral Cooperation", "United Nations", "UN Reform", "United Nations Reform",
        "Security Council Reform", "G7", "G8", "G20", "G7 Summit", "G20 Summit", "Cooperation in the International Arena",
        "Cooperation in the International Community", "International Cooperation",
      ],
      keywords: [
        "united nations", "un", "security council", "un security council", "security council reform",
        "reform of the security council", "un reform", "g7", "g8", "g20", "group of seven", "group of eight",
        "group of twenty", "summit of twenty", "international organization", "international organizations",
        "international organisation", "global governance", "multilateral", "multilateralism", "oecd", "imf",
        "world bank", "general assembly", "permanent member", "non permanent member", "international arena",
        "international fora", "international forum", "global issues",
        "cooperation in the international arena", "wto reform",
      ],
      hints: ["international", "international community", "global", "summit"],
      negatives: [
        "international community as a whole", "international events", "international airport", "international flights",
        "international atomic energy agency", "international cooperation agency",
      ],
      group: globalGroup),
    TopicEntry(
      id: "conflicts", name: "Conflicts, crises and peacebuilding",
      aliases: [
        "Situation in Ukraine", "Ukraine", "Middle East", "Situation in the Middle East", "Middle East Peace Process",
        "Iraq", "Situation in Iraq", "Afghanistan", "Situation in Afghanistan", "Syria", "Situation in Syria",
        "Peacebuilding", "Peacekeeping", "Peacekeeping Operations", "Conflicts",
      ],
      keywords: [
        "ukraine", "iraq", "afghanistan", "syria", "middle east peace process", "middle east", "israel",
        "palestine", "palestinian", "gaza", "iran", "yemen", "sudan", "libya", "sahel", "myanmar", "balkans",
        "kosovo", "bosnia", "peacekeeping", "peacekeeping operation", "pko", "peacebuilding", "peace building",
        "ceasefire", "cease fire", "armed conflict", "civil war", "war in", "aggression", "invasion",
        "humanitarian crisis", "humanitarian situation", "refugee crisis", "sanctions against", "sanctions on",
        "reconstruction of iraq", "reconstruction of afghanistan", "reconstruction of ukraine", "war torn",
        "mediation", "conflict", "conflicts", "peace process",
      ],
      hints: ["crisis", "sanction", "sanctions", "war", "fighting", "hostilities", "occupation", "refugees", "peace"],
      negatives: [
        "economic crisis", "financial crisis", "energy crisis", "climate crisis", "debt crisis", "currency crisis",
        "conflict of interest", "peace treaty", "peace and prosperity", "peace and stability", "world war",
        "after the war", "wartime", "trade war", "cold war", "peaceful use", "peace of mind",
      ],
      group: globalGroup),
    TopicEntry(
      id: "terrorism", name: "Terrorism",
      aliases: ["Counter-Terrorism", "Counterterrorism", "Terrorism", "Fight against Terrorism", "Fight Against Terrorism", "Terrorist Attacks"],
      keywords: [
        "terrorism", "terrorist", "terrorists", "terrorist attack", "terrorist attacks", "counter terrorism",
        "counterterrorism", "fight against terrorism", "war on terror", "violent extremism", "extremism",
        "financing of terrorism", "terror attack", "hostage", "hostages", "isil", "isis", "al qaeda", "taliban",
      ],
      hints: ["terror", "extremist", "extremists", "radicalisation", "radicalization"],
      group: globalGroup),
    TopicEntry(
      id: "climate-environment", name: "Climate change and environment",
      aliases: [
        "Climate Change", "Environment", "Climate Change and Environment", "Environment and Climate Change",
        "Environmental Issues", "Environmental Cooperation", "Global Warming", "Biodiversity", "Clean Energy Transition",
      ],
      keywords: [
        "climate change", "climate", "global warming", "greenhouse gas", "greenhouse gases", "emission reduction",
        "emissions reduction", "reduction of emissions", "emissions", "carbon dioxide", "co2", "carbon neutral",
        "carbon neutrality", "net zero", "decarbonization", "decarbonisation", "zero emission", "cop",
        "unfccc", "kyoto protocol", "paris agreement", "environment", "environmental", "biodiversity",
        "pollution", "marine plastic", "plastic waste", "air pollution", "deforestation", "forest conservation",
        "marine ecosystems", "protection of marine ecosystems", "climate finance", "joint crediting mechanism",
        "clean energy transition", "ozone",
      ],
      hints: ["green", "clean energy", "sustainable", "sustainability", "low carbon", "carbon"],
      negatives: [
        "security environment", "business environment", "investment environment", "international environment",
        "strategic environment", "political environment", "regional environment", "economic environment",
        "environment for", "create an environment", "favourable environment", "favorable environment",
        "green light", "cop out", "investment climate", "business climate", "political climate",
      ],
      group: globalGroup),
    TopicEntry(
      id: "health", name: "Health",
      aliases: [
        "Health", "Health Cooperation", "Global Health", "Response to the Pandemic", "COVID-19", "Novel Coronavirus",
        "Response to COVID-19", "Medical Cooperation", "Infectious Diseases", "Health and Medical Care",
      ],
      keywords: [
        "health", "global health", "health cooperation", "pandemic", "pandemics", "covid 19", "covid",
        "coronavirus", "novel coronavirus", "sars", "mers", "ebola", "avian influenza", "influenza", "zika",
        "infectious disease", "infectious diseases", "universal health coverage", "uhc", "vaccine", "vaccines",
        "vaccination", "medical cooperation", "medical exchange", "medical care", "hospital", "hospitals",
        "polio", "hiv", "malaria", "tuberculosis", "world health organization", "public health",
        "medicine", "medicines", "medical",
      ],
      hints: ["disease", "diseases", "patients", "doctors", "healthcare"],
      negatives: ["health of the economy", "healthy relationship", "healthy relations", "economic health", "aids to navigation"],
      group: globalGroup),
    TopicEntry(
      id: "disasters", name: "Disasters and relief",
      aliases: [
        "Disaster Relief", "Disaster Risk Reduction", "Disasters", "Disaster Prevention", "Earthquake",
        "Great East Japan Earthquake", "Disaster Response", "Natural Disasters", "Emergency Relief",
      ],
      keywords: [
        "disaster", "disasters", "disaster relief", "disaster risk reduction", "disaster prevention",
        "natural disaster", "natural disasters", "earthquake", "earthquakes", "tsunami", "tsunamis", "typhoon",
        "typhoons", "hurricane", "cyclone", "flood", "floods", "flooding", "landslide", "volcanic eruption",
        "emergency relief", "relief goods", "relief supplies", "rescue team", "rescue teams", "search and rescue",
        "affected areas", "disaster stricken", "nuclear accident", "fukushima daiichi",
        "great east japan earthquake", "early warning system", "early warning systems", "reconstruction of the affected areas",
        "wildfire", "wildfires", "drought",
      ],
      hints: ["relief", "rescue", "damage", "victims", "sympathy", "condolences"],
      negatives: ["relief from", "debt relief", "tax relief", "sanctions relief", "relief of sanctions", "disastrous"],
      group: globalGroup),
    TopicEntry(
      id: "people-to-people", name: "People-to-people and cultural exchange",
      aliases: [
        "People-to-People Exchanges", "People-to-People Exchange", "Cultural Exchange", "Cultural Exchanges",
        "Culture", "Youth Exchange", "Youth Exchanges", "Tourism", "Education", "Student Exchange", "Sports Exchange",
        "Sports", "Exchanges", "Human Exchanges", "Grassroots Exchanges", "Education and Human Resource Development",
        "Visa Facilitation",
      ],
      keywords: [
        "people to people", "people to people exchange", "people to people exchanges", "grassroots exchange",
        "human exchange", "human exchanges", "cultural exchange", "cultural exchanges", "culture", "cultural",
        "youth exchange", "youth exchanges", "student exchange", "students", "student", "exchange students",
        "scholarship", "scholarships", "university", "universities", "education", "educational", "language education",
        "japanese language", "sport", "sports", "judo", "olympic", "olympics", "paralympic", "world cup",
        "football", "training camp", "coaching", "tourism", "tourists", "tourist", "visa", "visas",
        "visa exemption", "visa waiver", "visa facilitation", "working holiday", "sister city", "sister cities",
        "sister city relations", "festival", "exhibition", "museum", "art", "arts", "film", "music",
        "exchange year", "year of exchange", "exchange between the peoples", "interchange", "mutual understanding",
      ],
      hints: ["youth", "young people", "exchange", "friendship"],
      negatives: [
        "exchange rate", "exchange of views", "exchanged views", "exchange views", "exchanged opinions",
        "exchange of notes", "exchanged notes", "currency exchange", "information exchange", "exchange of information",
        "art of", "state of the art", "diplomatic visa", "visa free visits", "visa free exchange",
      ],
      group: fieldsGroup),
    TopicEntry(
      id: "science-technology", name: "Science, technology and digital",
      aliases: [
        "Science and Technology", "Science and Technology Cooperation", "Space Cooperation", "Space", "Digital Economy",
        "Digital", "Cyber Security", "Cybersecurity", "Cyber", "Innovation", "ICT", "Artificial Intelligence",
      ],
      keywords: [
        "science and technology", "scientific", "science", "technology", "technologies", "technological",
        "innovation", "research and development", "joint research", "outer space", "space cooperation",
        "space exploration", "satellite", "satellites", "astronaut", "ict", "information and communication",
        "digital", "digital economy", "digital transformation", "data free flow", "cyber", "cyber security",
        "cybersecurity", "cyberspace", "cyber attack", "cyber attacks", "artificial intelligence", "ai",
        "semiconductor", "semiconductors", "quantum", "5g", "telecommunications", "biotechnology", "startups",
      ],
      hints: ["research", "researchers", "scientists", "engineers", "high tech"],
      negatives: ["technical cooperation", "military technology", "missile technology", "nuclear technology"],
      group: fieldsGroup),
    TopicEntry(
      id: "food-agriculture", name: "Food, agriculture and fisheries",
      aliases: [
        "Agriculture", "Agriculture and Fisheries", "Agriculture and Food Security", "Food Security", "Fisheries",
        "Fishery", "Food Safety", "Fisheries Cooperation", "Agriculture, Forestry and Fisheries",
      ],
      keywords: [
        "agriculture", "agricultural", "agricultural products", "food security", "food safety", "food import",
        "food imports", "import restriction", "import restrictions", "import ban", "import bans", "fisheries",
        "fishery", "fishing", "fishermen", "fishing vessel", "fishing vessels", "fisheries agreement",
        "salmon", "tuna", "whaling", "rice", "wheat", "beef", "grain", "grains", "crops", "farmers", "farming",
        "livestock", "food supply", "food crisis", "fertilizer", "fertiliser", "seafood", "marine products",
        "food products",
      ],
      hints: ["food", "harvest"],
      negatives: ["food for thought", "fishing for"],
      group: fieldsGroup),
    TopicEntry(
      id: "human-rights", name: "Human rights and democracy",
      aliases: [
        "Human Rights", "Human Rights and Democracy", "Democracy", "Democratization", "Refugees", "Refugee Issues",
        "Democracy and Human Rights",
      ],
      keywords: [
        "human rights", "human rights situation", "human rights dialogue", "democratization", "democratisation",
        "political prisoner", "political prisoners", "refugee", "refugees", "asylum", "minority", "minorities",
        "freedom of expression", "freedom of the press", "press freedom", "freedom of religion", "death penalty",
        "torture", "election observation", "electoral process", "civil society", "judicial reform",
        "democratic institutions", "rights of women", "women s rights", "gender equality", "child labour",
        "child labor", "human trafficking", "detention of", "opposition leader", "uyghur", "tibet",
        "rohingya", "persecution",
      ],
      hints: ["democracy", "democratic", "rights", "freedom", "election", "elections", "rule of law"],
      negatives: [
        "shared values", "fundamental values", "universal values", "common values", "values such as freedom",
        "freedom democracy human rights and the rule of law", "freedom, democracy", "freedom of navigation",
        "free and open", "congratulations on his election", "congratulations on her election", "congratulated",
        "on his election", "on her election", "re election", "reelection", "presidential election",
        "election victory", "intellectual property rights", "property rights", "rights and obligations",
        "free trade", "democratic people s republic of korea", "refugees in", "rule of law at sea",
      ],
      group: fieldsGroup),
    TopicEntry(
      id: "nationals-abroad", name: "Nationals abroad",
      aliases: [
        "Consular Matters", "Consular Issues", "Consular Cooperation", "Safety of Japanese Nationals",
        "Safety of Nationals", "Nationals Abroad", "Detained Nationals", "Protection of Nationals",
      ],
      keywords: [
        "consular", "consular matters", "consular cooperation", "consular affairs", "nationals", "japanese nationals",
        "japanese national", "citizens abroad", "nationals abroad", "protection of nationals", "safety of nationals",
        "safety of japanese", "detained nationals", "detainee", "japanese residents",
        "residents status", "residence status", "status of residence", "evacuation of", "repatriation",
        "expatriates", "japanese community", "compatriots", "japanese living in",
      ],
      hints: ["residents", "citizens", "safety", "released", "release of", "detained", "detention", "missing", "arrested"],
      negatives: [
        "former residents", "former island residents", "detainees in siberia", "siberian detainees", "missing link",
        "missing out", "political prisoners", "detention of", "nationals of third countries", "safety of fishing vessels",
      ],
      group: fieldsGroup),
    TopicEntry(
      id: "infrastructure", name: "Infrastructure and transport",
      aliases: [
        "Infrastructure", "Infrastructure Development", "Transport", "Transportation", "Transport and Connectivity",
        "Connectivity", "High-Speed Rail", "Railways", "Aviation", "Urban Development", "Quality Infrastructure",
      ],
      keywords: [
        "infrastructure", "quality infrastructure", "high speed rail", "high speed railway", "shinkansen", "railway",
        "railways", "rail", "metro", "subway", "port", "ports", "port project", "harbour", "harbor", "airport",
        "airports", "road", "roads", "highway", "highways", "bridge", "bridges", "connectivity", "transport",
        "transportation", "logistics", "corridor", "urban development", "smart city", "smart cities",
        "direct flight", "direct flights", "aviation", "air service", "air services", "shipping route",
      ],
      hints: ["construction"],
      negatives: [
        "road map", "roadmap", "the road to", "on the road", "bridge the gap", "bridge between", "bridging",
        "port call", "port calls", "transport of nuclear",
      ],
      group: fieldsGroup),
  ]
}
