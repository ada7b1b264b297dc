/// The short names of the world's states, to tell where a country ends and a name begins in
/// "the Minister of Foreign Affairs of the Russian Federation Igor Ivanov".
///
/// Names are compared after `CountryName.canonical`, lowercased. A country missing here is
/// still read; only the split between country and name falls back to a word rule.
enum KnownCountries {
  static func contains(_ canonicalName: String) -> Bool {
    names.contains(canonicalName.lowercased())
  }

  /// Words that end a formal country name ("Federation", "Republic"): with no known name to go
  /// by, the country stops after the last of them.
  static let finalWords: Set<String> = [
    "Federation", "Republic", "Kingdom", "States", "America", "Union", "Islands", "Emirates",
    "Confederation", "Commonwealth", "Principality", "Sultanate", "Duchy",
  ]

  private static let names: Set<String> = [
    "afghanistan", "albania", "algeria", "andorra", "angola", "antigua and barbuda", "argentina",
    "armenia", "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh",
    "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia",
    "bosnia and herzegovina", "botswana", "brazil", "brunei", "brunei darussalam", "bulgaria",
    "burkina faso", "burundi", "cabo verde", "cambodia", "cameroon", "canada",
    "central african republic", "chad", "chile", "china", "colombia", "comoros", "congo",
    "republic of the congo", "democratic republic of the congo", "costa rica", "côte d'ivoire",
    "cote d'ivoire", "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark",
    "djibouti", "dominica", "dominican republic", "ecuador", "egypt", "el salvador",
    "equatorial guinea", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland",
    "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada",
    "guatemala", "guinea", "guinea-bissau", "guyana", "haiti", "honduras", "hungary", "iceland",
    "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan",
    "jordan", "kazakhstan", "kenya", "kiribati", "kuwait", "kyrgyzstan", "kyrgyz republic",
    "lao people's democratic republic", "laos", "latvia", "lebanon", "lesotho", "liberia",
    "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia",
    "maldives", "mali", "malta", "marshall islands", "mauritania", "mauritius", "mexico",
    "micronesia", "moldova", "republic of moldova", "monaco", "mongolia", "montenegro",
    "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands",
    "new zealand", "nicaragua", "niger", "nigeria", "north macedonia", "norway", "oman",
    "pakistan", "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru",
    "philippines", "poland", "portugal", "qatar", "republic of korea", "korea",
    "democratic people's republic of korea", "north korea", "romania", "russia", "rwanda",
    "saint kitts and nevis", "saint lucia", "saint vincent and the grenadines", "samoa",
    "san marino", "sao tome and principe", "saudi arabia", "senegal", "serbia", "seychelles",
    "sierra leone", "singapore", "slovakia", "slovenia", "solomon islands", "somalia",
    "south africa", "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden",
    "switzerland", "syria", "syrian arab republic", "tajikistan", "tanzania", "thailand",
    "timor-leste", "togo", "tonga", "trinidad and tobago", "tunisia", "turkey", "türkiye",
    "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates", "united kingdom",
    "united states", "uruguay", "uzbekistan", "vanuatu", "vatican", "holy see", "venezuela",
    "viet nam", "yemen", "zambia", "zimbabwe", "european union", "eu", "taiwan", "hong kong",
    "macao", "kosovo", "east timor", "burma", "yugoslavia", "soviet union", "ussr",
  ]
}
