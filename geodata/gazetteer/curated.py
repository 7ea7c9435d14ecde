"""Small hand-written tables the registry data lacks: macro-regions, water, mountains, short forms.

No registry package has "Naher Osten", "América Latina" or "Golf von Mexiko", so these tables
list them. Region geometry is never written here: a region names its member countries (ISO
alpha-2 codes, or Natural Earth subregions/continents) and the build derives its centre from
their polygons. Water bodies and mountain ranges carry an approximate centre point chosen for
a map marker.

Names are keyed by language (``en``, ``de``, ``es``, ``fr``, ``pt``, ``it``); the first name of
each language is its preferred form. Where a region has a UN M49 code, the build adds the
CLDR names of that code in every language babel knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RegionSpec:
    """A macro-region: its id slug, names per language, and how to find its member countries.

    ``members`` holds ISO alpha-2 codes and selectors ``"sub:NAME"`` (a Natural Earth
    subregion such as ``sub:Caribbean``) or ``"cont:NAME"`` (a Natural Earth continent);
    ``minus`` removes codes again. ``geonames`` is ``(id, lat, lon)`` of the GeoNames feature
    for the region where GeoNames has one: the region then takes that id and point, the
    convention cities and continents follow, instead of the centre of its members.
    """

    slug: str
    names: dict[str, tuple[str, ...]]
    members: tuple[str, ...]
    m49: str | None = None
    minus: tuple[str, ...] = ()
    geonames: tuple[int, float, float] | None = None


@dataclass(frozen=True, slots=True)
class WaterSpec:
    """A sea, ocean, gulf, lake or river with a representative point and names per language."""

    slug: str
    names: dict[str, tuple[str, ...]]
    lat: float
    lon: float
    country_codes: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class SubnationalSpec:
    """A region made of whole admin-1 units: Natural Earth's ``geounit``, or codes.

    England, Scotland, Wales and Northern Ireland are the main case: Natural Earth's British
    admin-1 units are counties and council areas, grouped by ``geounit``. Where no geounit
    exists (Darfur), ``codes`` lists the ISO 3166-2 codes of the member units. A region across
    borders (Kashmir, Patagonia) has no ``country_code``: its countries are those of its units.
    """

    slug: str
    country_code: str | None
    geounit: str | None
    names: dict[str, tuple[str, ...]]
    codes: tuple[str, ...] = ()
    #: ``(id, lat, lon)`` of the GeoNames feature for the region, where GeoNames has one: its id
    #: and point are used instead of the centre of the member units (as for macro-regions)
    geonames: tuple[int, float, float] | None = None


SUBNATIONAL: tuple[SubnationalSpec, ...] = (
    SubnationalSpec("england", "GB", "England", {"en": ("England",), "de": ("England",), "es": ("Inglaterra",), "fr": ("Angleterre",), "pt": ("Inglaterra",), "it": ("Inghilterra",)}),
    SubnationalSpec("scotland", "GB", "Scotland", {"en": ("Scotland",), "de": ("Schottland",), "es": ("Escocia",), "fr": ("Écosse",), "pt": ("Escócia",), "it": ("Scozia",)}),
    SubnationalSpec("wales", "GB", "Wales", {"en": ("Wales",), "de": ("Wales",), "es": ("Gales", "País de Gales"), "fr": ("Pays de Galles",), "pt": ("País de Gales",), "it": ("Galles",)}),
    SubnationalSpec("northern-ireland", "GB", "Northern Ireland", {"en": ("Northern Ireland",), "de": ("Nordirland",), "es": ("Irlanda del Norte",), "fr": ("Irlande du Nord",), "pt": ("Irlanda do Norte",), "it": ("Irlanda del Nord",)}),
    SubnationalSpec("flanders", "BE", "Flemish Region", {"en": ("Flanders", "Flemish Region"), "de": ("Flandern",), "es": ("Flandes",), "fr": ("Flandre", "Région flamande"), "pt": ("Flandres",), "it": ("Fiandre",)}),
    SubnationalSpec("wallonia", "BE", "Walloon Region", {"en": ("Wallonia", "Walloon Region"), "de": ("Wallonien",), "es": ("Valonia",), "fr": ("Wallonie", "Région wallonne"), "pt": ("Valônia", "Valónia"), "it": ("Vallonia",)}),
    SubnationalSpec("iraqi-kurdistan", "IQ", "Iraqi Kurdistan", {"en": ("Iraqi Kurdistan", "Kurdistan Region"), "de": ("Irakisch-Kurdistan", "Autonome Region Kurdistan"), "es": ("Kurdistán iraquí",), "fr": ("Kurdistan irakien",), "pt": ("Curdistão iraquiano",), "it": ("Kurdistan iracheno",)}),
    SubnationalSpec("republika-srpska", "BA", "Republic Srpska", {"en": ("Republika Srpska",), "de": ("Republika Srpska",), "es": ("República Srpska",), "fr": ("République serbe de Bosnie",), "pt": ("República Sérvia",), "it": ("Repubblica Serba",)}),
    SubnationalSpec("vojvodina", "RS", "Vojvodina", {"en": ("Vojvodina",), "de": ("Vojvodina", "Wojwodina"), "es": ("Voivodina",), "fr": ("Voïvodine",), "pt": ("Voivodina",), "it": ("Voivodina",)}),
    SubnationalSpec("darfur", "SD", None, {"en": ("Darfur",), "de": ("Darfur",), "es": ("Darfur",), "fr": ("Darfour",), "pt": ("Darfur",), "it": ("Darfur",)}, ("SD-DE", "SD-DN", "SD-DS", "SD-DW"), (376731, 13.0, 25.0)),
    SubnationalSpec("kordofan", "SD", None, {"en": ("Kordofan",), "de": ("Kordofan",), "es": ("Kordofán",), "fr": ("Kordofan",), "pt": ("Cordofão",), "it": ("Kordofan",)}, ("SD-KN", "SD-KS")),
    SubnationalSpec("zanzibar", "TZ", "Zanzibar", {"en": ("Zanzibar",), "de": ("Sansibar",), "es": ("Zanzíbar",), "fr": ("Zanzibar",), "pt": ("Zanzibar",), "it": ("Zanzibar",)}),
    # the two German states of 1949-1990, as the Länder they became (Berlin with the East)
    SubnationalSpec("east-germany", "DE", None, {"en": ("East Germany",), "de": ("DDR", "Ostdeutschland"), "es": ("Alemania Oriental", "Alemania del Este"), "fr": ("Allemagne de l'Est",), "pt": ("Alemanha Oriental",), "it": ("Germania Est",)}, ("DE-BB", "DE-BE", "DE-MV", "DE-SN", "DE-ST", "DE-TH")),
    SubnationalSpec("west-germany", "DE", None, {"en": ("West Germany",), "de": ("Westdeutschland",), "es": ("Alemania Occidental",), "fr": ("Allemagne de l'Ouest",), "pt": ("Alemanha Ocidental",), "it": ("Germania Ovest",)}, ("DE-BW", "DE-BY", "DE-HB", "DE-HH", "DE-HE", "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SH")),
    # historical and cultural regions that news names and no admin-1 unit is: each the union of
    # the units that make it up today (Bohemia's kraje; Alsace's two departments). Vysočina,
    # split between Bohemia and Moravia, is counted with Moravia, where most of it lies.
    SubnationalSpec("bohemia", "CZ", None, {"en": ("Bohemia",), "de": ("Böhmen",), "es": ("Bohemia",), "fr": ("Bohême",), "pt": ("Boêmia", "Boémia"), "it": ("Boemia",)}, ("CZ-PR", "CZ-ST", "CZ-JC", "CZ-PL", "CZ-KA", "CZ-US", "CZ-LI", "CZ-KR", "CZ-PA")),
    SubnationalSpec("moravia", "CZ", None, {"en": ("Moravia",), "de": ("Mähren",), "es": ("Moravia",), "fr": ("Moravie",), "pt": ("Morávia",), "it": ("Moravia",)}, ("CZ-JM", "CZ-OL", "CZ-ZL", "CZ-MO", "CZ-VY")),
    SubnationalSpec("silesia", "PL", None, {"en": ("Silesia",), "de": ("Schlesien",), "es": ("Silesia",), "fr": ("Silésie",), "pt": ("Silésia",), "it": ("Slesia",)}, ("PL-DS", "PL-OP", "PL-SL")),
    SubnationalSpec("alsace", "FR", None, {"en": ("Alsace",), "de": ("Elsass", "Elsaß"), "es": ("Alsacia",), "fr": ("Alsace",), "pt": ("Alsácia",), "it": ("Alsazia",)}, ("FR-67", "FR-68")),
    SubnationalSpec("lorraine", "FR", None, {"en": ("Lorraine",), "de": ("Lothringen",), "es": ("Lorena",), "fr": ("Lorraine",), "pt": ("Lorena",), "it": ("Lorena",)}, ("FR-54", "FR-55", "FR-57", "FR-88")),
    SubnationalSpec("south-tyrol", "IT", None, {"en": ("South Tyrol",), "de": ("Südtirol",), "es": ("Tirol del Sur",), "fr": ("Tyrol du Sud",), "pt": ("Tirol do Sul",), "it": ("Alto Adige",)}, ("IT-BZ",)),
    SubnationalSpec("donbas", "UA", None, {"en": ("Donbas", "Donbass"), "de": ("Donbass", "Donezbecken"), "es": ("Donbás", "Dombás"), "fr": ("Donbass",), "pt": ("Donbass",), "it": ("Donbass",)}, ("UA-14", "UA-09")),
    SubnationalSpec("transylvania", "RO", None, {"en": ("Transylvania",), "de": ("Siebenbürgen", "Transsilvanien"), "es": ("Transilvania",), "fr": ("Transylvanie",), "pt": ("Transilvânia",), "it": ("Transilvania",)}, ("RO-AB", "RO-BN", "RO-BV", "RO-CJ", "RO-CV", "RO-HD", "RO-HR", "RO-MS", "RO-SB", "RO-SJ")),
    # Siberia as the Siberian Federal District's units with Buryatia and Zabaykalsky Krai
    SubnationalSpec("siberia", "RU", None, {"en": ("Siberia",), "de": ("Sibirien",), "es": ("Siberia",), "fr": ("Sibérie",), "pt": ("Sibéria",), "it": ("Siberia",)}, ("RU-ALT", "RU-AL", "RU-IRK", "RU-KEM", "RU-KYA", "RU-NVS", "RU-OMS", "RU-TOM", "RU-TY", "RU-KK", "RU-BU", "RU-ZAB")),
    SubnationalSpec("sinai", "EG", None, {"en": ("Sinai", "Sinai Peninsula"), "de": ("Sinai", "Sinai-Halbinsel"), "es": ("Sinaí", "península del Sinaí"), "fr": ("Sinaï",), "pt": ("Sinai", "Península do Sinai"), "it": ("Sinai",)}, ("EG-JS", "EG-SIN")),
    SubnationalSpec("java", "ID", None, {"en": ("Java",), "de": ("Java",), "es": ("Java",), "fr": ("Java",), "pt": ("Java",), "it": ("Giava",)}, ("ID-BT", "ID-JK", "ID-JB", "ID-JT", "ID-YO", "ID-JI")),
    SubnationalSpec("new-england", "US", None, {"en": ("New England",), "de": ("Neuengland",), "es": ("Nueva Inglaterra",), "fr": ("Nouvelle-Angleterre",), "pt": ("Nova Inglaterra",), "it": ("Nuova Inghilterra",)}, ("US-ME", "US-NH", "US-VT", "US-MA", "US-RI", "US-CT")),
    SubnationalSpec("midwest", "US", None, {"en": ("Midwest", "Middle West"), "de": ("Mittlerer Westen",), "es": ("Medio Oeste",), "fr": ("Midwest",), "pt": ("Meio-Oeste",), "it": ("Midwest",)}, ("US-IL", "US-IN", "US-IA", "US-KS", "US-MI", "US-MN", "US-MO", "US-NE", "US-ND", "US-OH", "US-SD", "US-WI")),
    SubnationalSpec("pacific-northwest", "US", None, {"en": ("Pacific Northwest",), "de": ("Pazifischer Nordwesten",), "es": ("Noroeste del Pacífico",), "fr": ("Nord-Ouest Pacifique",), "pt": ("Noroeste Pacífico",), "it": ("Pacifico nord-occidentale",)}, ("US-WA", "US-OR", "US-ID")),
    SubnationalSpec("kashmir", None, None, {"en": ("Kashmir",), "de": ("Kaschmir",), "es": ("Cachemira",), "fr": ("Cachemire",), "pt": ("Caxemira",), "it": ("Kashmir",)}, ("IN-JK", "IN-LA", "PK-JK", "PK-GB")),
    SubnationalSpec("patagonia", None, None, {"en": ("Patagonia",), "de": ("Patagonien",), "es": ("Patagonia",), "fr": ("Patagonie",), "pt": ("Patagônia", "Patagónia"), "it": ("Patagonia",)}, ("AR-Q", "AR-R", "AR-U", "AR-Z", "AR-V", "CL-AI", "CL-MA")),
)  # fmt: skip


LATIN_CARIBBEAN = ("CU", "DO", "PR", "HT", "GP", "MQ", "BL", "MF")

REGIONS: tuple[RegionSpec, ...] = (
    RegionSpec(
        "caribbean",
        {
            "en": ("Caribbean", "the Caribbean", "West Indies"),
            "de": ("Karibik", "Westindien"),
            "es": ("Caribe", "el Caribe", "Antillas"),
            "fr": ("Caraïbes", "Antilles"),
            "pt": ("Caribe", "Caraíbas"),
            "it": ("Caraibi",),
        },
        ("sub:Caribbean",),
        m49="029",
        geonames=(7729891, 20.38583, -72.33398),
    ),
    RegionSpec(
        "latin-america",
        {
            "en": ("Latin America",),
            "de": ("Lateinamerika",),
            "es": ("América Latina", "Latinoamérica", "Iberoamérica"),
            "fr": ("Amérique latine",),
            "pt": ("América Latina",),
            "it": ("America Latina",),
        },
        ("sub:Central America", "sub:South America", *LATIN_CARIBBEAN),
        m49="419",
        minus=("FK", "GS"),
        geonames=(7730009, -8.05923, -72.59766),
    ),
    RegionSpec(
        "central-america",
        {
            "en": ("Central America",),
            "de": ("Mittelamerika", "Zentralamerika"),
            "es": ("Centroamérica", "América Central"),
            "fr": ("Amérique centrale",),
            "pt": ("América Central",),
            "it": ("America centrale",),
        },
        # the isthmus from Guatemala and Belize to Panama, as news uses the name; UN M49 and
        # Natural Earth also count Mexico, which moves the centre into Mexico
        ("BZ", "GT", "SV", "HN", "NI", "CR", "PA"),
        m49="013",
        geonames=(7729892, 13.16031, -86.35531),
    ),
    RegionSpec(
        "middle-east",
        {
            "en": ("Middle East", "Mideast", "Near East"),
            "de": ("Naher Osten", "Nahost", "Mittlerer Osten", "Vorderer Orient"),
            "es": ("Oriente Medio", "Medio Oriente", "Oriente Próximo", "Cercano Oriente"),
            "fr": ("Moyen-Orient", "Proche-Orient"),
            "pt": ("Oriente Médio", "Médio Oriente"),
            "it": ("Medio Oriente", "Vicino Oriente"),
        },
        (
            "BH",
            "CY",
            "EG",
            "IR",
            "IQ",
            "IL",
            "JO",
            "KW",
            "LB",
            "OM",
            "PS",
            "QA",
            "SA",
            "SY",
            "TR",
            "AE",
            "YE",
        ),
        geonames=(6269133, 33.13906, 35.85869),
    ),
    RegionSpec(
        "gulf-states",
        {
            "en": ("Gulf states", "Gulf region", "Persian Gulf states"),
            "de": ("Golfstaaten", "Golfregion"),
            "es": ("países del Golfo", "monarquías del Golfo"),
            "fr": ("pays du Golfe",),
            "pt": ("países do Golfo",),
            "it": ("paesi del Golfo",),
        },
        ("BH", "KW", "OM", "QA", "SA", "AE"),
    ),
    RegionSpec(
        "maghreb",
        {
            "en": ("Maghreb",),
            "de": ("Maghreb",),
            "es": ("Magreb",),
            "fr": ("Maghreb",),
            "pt": ("Magrebe",),
            "it": ("Maghreb",),
        },
        ("MA", "DZ", "TN", "LY", "MR", "EH"),
    ),
    RegionSpec(
        "levant",
        {
            "en": ("Levant",),
            "de": ("Levante",),
            "es": ("Levante mediterráneo",),
            "fr": ("Levant",),
            "pt": ("Levante",),
            "it": ("Levante",),
        },
        ("SY", "LB", "IL", "PS", "JO"),
    ),
    RegionSpec(
        "balkans",
        {
            "en": ("Balkans", "the Balkans", "Western Balkans"),
            "de": ("Balkan", "Westbalkan"),
            "es": ("Balcanes",),
            "fr": ("Balkans",),
            "pt": ("Bálcãs", "Balcãs"),
            "it": ("Balcani",),
        },
        ("AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "SI", "GR", "RO"),
    ),
    RegionSpec(
        "sahel",
        {
            "en": ("Sahel",),
            "de": ("Sahel", "Sahelzone"),
            "es": ("Sahel",),
            "fr": ("Sahel",),
            "pt": ("Sahel",),
            "it": ("Sahel",),
        },
        ("SN", "MR", "ML", "BF", "NE", "TD", "SD", "ER"),
    ),
    RegionSpec(
        "horn-of-africa",
        {
            "en": ("Horn of Africa",),
            "de": ("Horn von Afrika",),
            "es": ("Cuerno de África",),
            "fr": ("Corne de l'Afrique",),
            "pt": ("Corno de África", "Chifre da África"),
            "it": ("Corno d'Africa",),
        },
        ("SO", "ET", "ER", "DJ"),
    ),
    RegionSpec(
        "scandinavia",
        {
            "en": ("Scandinavia",),
            "de": ("Skandinavien",),
            "es": ("Escandinavia",),
            "fr": ("Scandinavie",),
            "pt": ("Escandinávia",),
            "it": ("Scandinavia",),
        },
        ("DK", "NO", "SE"),
    ),
    RegionSpec(
        "nordic-countries",
        {
            "en": ("Nordic countries", "the Nordics"),
            "de": ("Nordische Länder", "Nordeuropa"),
            "es": ("países nórdicos",),
            "fr": ("pays nordiques",),
            "pt": ("países nórdicos",),
            "it": ("paesi nordici",),
        },
        ("DK", "NO", "SE", "FI", "IS"),
    ),
    RegionSpec(
        "baltic-states",
        {
            "en": ("Baltic states", "the Baltics"),
            "de": ("Baltikum", "baltische Staaten"),
            "es": ("países bálticos",),
            "fr": ("pays baltes",),
            "pt": ("países bálticos",),
            "it": ("paesi baltici",),
        },
        ("EE", "LV", "LT"),
    ),
    RegionSpec(
        "caucasus",
        {
            "en": ("Caucasus", "South Caucasus"),
            "de": ("Kaukasus", "Südkaukasus"),
            "es": ("Cáucaso",),
            "fr": ("Caucase",),
            "pt": ("Cáucaso",),
            "it": ("Caucaso",),
        },
        ("AM", "AZ", "GE"),
        geonames=(615318, 42.0, 45.0),
    ),
    RegionSpec(
        "western-europe",
        {
            "en": ("Western Europe",),
            "de": ("Westeuropa",),
            "es": ("Europa Occidental",),
            "fr": ("Europe de l'Ouest",),
            "pt": ("Europa Ocidental",),
            "it": ("Europa occidentale",),
        },
        ("sub:Western Europe",),
        m49="155",
    ),
    RegionSpec(
        "eastern-europe",
        {
            "en": ("Eastern Europe",),
            "de": ("Osteuropa",),
            "es": ("Europa del Este", "Europa Oriental"),
            "fr": ("Europe de l'Est",),
            "pt": ("Europa Oriental", "Leste Europeu"),
            "it": ("Europa orientale",),
        },
        ("sub:Eastern Europe",),
        m49="151",
    ),
    RegionSpec(
        "central-europe",
        {
            "en": ("Central Europe",),
            "de": ("Mitteleuropa",),
            "es": ("Europa Central",),
            "fr": ("Europe centrale",),
            "pt": ("Europa Central",),
            "it": ("Europa centrale",),
        },
        ("DE", "AT", "CH", "PL", "CZ", "SK", "HU", "SI", "LI"),
    ),
    RegionSpec(
        "southern-europe",
        {
            "en": ("Southern Europe",),
            "de": ("Südeuropa",),
            "es": ("Europa del Sur", "Europa meridional"),
            "fr": ("Europe du Sud",),
            "pt": ("Europa Meridional",),
            "it": ("Europa meridionale",),
        },
        ("sub:Southern Europe",),
        m49="039",
    ),
    RegionSpec(
        "european-union",
        {
            "en": ("European Union",),
            "de": ("Europäische Union",),
            "es": ("Unión Europea",),
            "fr": ("Union européenne",),
            "pt": ("União Europeia",),
            "it": ("Unione europea",),
        },
        (
            "AT",
            "BE",
            "BG",
            "HR",
            "CY",
            "CZ",
            "DK",
            "EE",
            "FI",
            "FR",
            "DE",
            "GR",
            "HU",
            "IE",
            "IT",
            "LV",
            "LT",
            "LU",
            "MT",
            "NL",
            "PL",
            "PT",
            "RO",
            "SK",
            "SI",
            "ES",
            "SE",
        ),
        m49="EU",
        geonames=(6695072, 50.8386, 4.37599),
    ),
    RegionSpec(
        "north-africa",
        {
            "en": ("North Africa", "Northern Africa"),
            "de": ("Nordafrika",),
            "es": ("Norte de África", "África del Norte"),
            "fr": ("Afrique du Nord",),
            "pt": ("Norte de África", "África do Norte"),
            "it": ("Nordafrica", "Africa settentrionale"),
        },
        ("sub:Northern Africa",),
        m49="015",
    ),
    RegionSpec(
        "west-africa",
        {
            "en": ("West Africa",),
            "de": ("Westafrika",),
            "es": ("África Occidental",),
            "fr": ("Afrique de l'Ouest",),
            "pt": ("África Ocidental",),
            "it": ("Africa occidentale",),
        },
        ("sub:Western Africa",),
        m49="011",
    ),
    RegionSpec(
        "east-africa",
        {
            "en": ("East Africa",),
            "de": ("Ostafrika",),
            "es": ("África Oriental",),
            "fr": ("Afrique de l'Est",),
            "pt": ("África Oriental",),
            "it": ("Africa orientale",),
        },
        ("sub:Eastern Africa",),
        m49="014",
    ),
    RegionSpec(
        "southern-africa",
        {
            "en": ("Southern Africa",),
            "de": ("Südliches Afrika",),
            "es": ("África Austral", "África meridional"),
            "fr": ("Afrique australe",),
            "pt": ("África Austral",),
            "it": ("Africa meridionale",),
        },
        ("sub:Southern Africa",),
        m49="018",
    ),
    RegionSpec(
        "sub-saharan-africa",
        {
            "en": ("Sub-Saharan Africa",),
            "de": ("Subsahara-Afrika", "Afrika südlich der Sahara"),
            "es": ("África subsahariana",),
            "fr": ("Afrique subsaharienne",),
            "pt": ("África Subsaariana",),
            "it": ("Africa subsahariana",),
        },
        ("cont:Africa",),
        m49="202",
        minus=("MA", "DZ", "TN", "LY", "EG", "EH", "SD"),
    ),
    RegionSpec(
        "central-asia",
        {
            "en": ("Central Asia",),
            "de": ("Zentralasien", "Mittelasien"),
            "es": ("Asia Central",),
            "fr": ("Asie centrale",),
            "pt": ("Ásia Central",),
            "it": ("Asia centrale",),
        },
        ("sub:Central Asia",),
        m49="143",
    ),
    RegionSpec(
        "south-asia",
        {
            "en": ("South Asia",),
            "de": ("Südasien",),
            "es": ("Asia del Sur", "Asia meridional"),
            "fr": ("Asie du Sud",),
            "pt": ("Sul da Ásia", "Ásia Meridional"),
            "it": ("Asia meridionale",),
        },
        ("sub:Southern Asia",),
        m49="034",
    ),
    RegionSpec(
        "southeast-asia",
        {
            "en": ("Southeast Asia", "South-East Asia"),
            "de": ("Südostasien",),
            "es": ("Sudeste Asiático", "Sureste Asiático"),
            "fr": ("Asie du Sud-Est",),
            "pt": ("Sudeste Asiático",),
            "it": ("Sud-est asiatico",),
        },
        ("sub:South-Eastern Asia",),
        m49="035",
    ),
    RegionSpec(
        "east-asia",
        {
            "en": ("East Asia",),
            "de": ("Ostasien",),
            "es": ("Asia Oriental", "Extremo Oriente"),
            "fr": ("Asie de l'Est",),
            "pt": ("Ásia Oriental",),
            "it": ("Asia orientale",),
        },
        ("sub:Eastern Asia",),
        m49="030",
    ),
    RegionSpec(
        "arctic",
        {
            "en": ("Arctic",),
            "de": ("Arktis",),
            "es": ("Ártico",),
            "fr": ("Arctique",),
            "pt": ("Ártico",),
            "it": ("Artico",),
        },
        ("GL", "SJ"),
    ),
    RegionSpec(
        "americas",
        {
            "en": ("Americas", "the Americas"),
            "de": ("Amerika",),
            "es": ("América", "las Américas"),
            "fr": ("Amériques",),
            "pt": ("Américas",),
            "it": ("Americhe",),
        },
        ("cont:North America", "cont:South America"),
        m49="019",
    ),
    RegionSpec(
        "arabian-peninsula",
        {
            "en": ("Arabian Peninsula", "Arabia"),
            "de": ("Arabische Halbinsel",),
            "es": ("Península arábiga", "Península Arábiga"),
            "fr": ("Péninsule Arabique",),
            "pt": ("Península Arábica",),
            "it": ("Penisola arabica",),
        },
        ("SA", "YE", "OM", "AE", "QA", "BH", "KW"),
    ),
    RegionSpec(
        "iberian-peninsula",
        {
            "en": ("Iberian Peninsula", "Iberia"),
            "de": ("Iberische Halbinsel",),
            "es": ("Península ibérica", "Península Ibérica"),
            "fr": ("Péninsule Ibérique",),
            "pt": ("Península Ibérica",),
            "it": ("Penisola iberica",),
        },
        ("ES", "PT", "AD", "GI"),
    ),
    RegionSpec(
        "benelux",
        {
            "en": ("Benelux",),
            "de": ("Benelux", "Beneluxstaaten", "Benelux-Staaten"),
            "es": ("Benelux",),
            "fr": ("Benelux",),
            "pt": ("Benelux",),
            "it": ("Benelux",),
        },
        ("BE", "NL", "LU"),
    ),
    # the remaining UN M49 subregions Natural Earth assigns countries to
    RegionSpec(
        "central-africa",
        {
            "en": ("Central Africa", "Middle Africa"),
            "de": ("Zentralafrika",),
            "es": ("África Central",),
            "fr": ("Afrique centrale",),
            "pt": ("África Central",),
            "it": ("Africa centrale",),
        },
        ("sub:Middle Africa",),
        m49="017",
    ),
    RegionSpec(
        "northern-europe",
        {
            "en": ("Northern Europe",),
            "de": ("Nordeuropa",),
            "es": ("Europa del Norte", "Norte de Europa"),
            "fr": ("Europe du Nord",),
            "pt": ("Europa do Norte", "Norte da Europa"),
            "it": ("Europa settentrionale",),
        },
        ("sub:Northern Europe",),
        m49="154",
    ),
    RegionSpec(
        "western-asia",
        {
            "en": ("Western Asia", "West Asia"),
            "de": ("Westasien", "Vorderasien"),
            "es": ("Asia Occidental",),
            "fr": ("Asie de l'Ouest", "Asie occidentale"),
            "pt": ("Ásia Ocidental",),
            "it": ("Asia occidentale",),
        },
        ("sub:Western Asia",),
        m49="145",
    ),
    RegionSpec(
        "melanesia",
        {"en": ("Melanesia",), "de": ("Melanesien",), "es": ("Melanesia",), "fr": ("Mélanésie",)},
        ("sub:Melanesia",),
        m49="054",
    ),
    RegionSpec(
        "polynesia",
        {"en": ("Polynesia",), "de": ("Polynesien",), "es": ("Polinesia",), "fr": ("Polynésie",)},
        ("sub:Polynesia",),
        m49="061",
    ),
    # Former states that split into several of today's countries (ISO 3166-3 codes ending in
    # HH or XX), made of their successors; their ISO names and translations are added by the
    # build from pycountry (see HISTORIC_TARGETS), these are the everyday short forms.
    RegionSpec(
        "soviet-union",
        {
            "en": ("Soviet Union", "the Soviet Union"),
            "de": ("Sowjetunion",),
            "es": ("Unión Soviética", "la Unión Soviética"),
            "fr": ("Union soviétique",),
            "pt": ("União Soviética",),
            "it": ("Unione Sovietica",),
        },
        ("RU", "UA", "BY", "MD", "EE", "LV", "LT", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ"),
    ),
    RegionSpec(
        "czechoslovakia",
        {
            "en": ("Czechoslovakia",),
            "pt": ("Checoslováquia", "Tchecoslováquia"),
            "it": ("Cecoslovacchia",),
        },
        ("CZ", "SK"),
    ),
    RegionSpec(
        "yugoslavia",
        {"en": ("Yugoslavia",), "pt": ("Jugoslávia", "Iugoslávia"), "it": ("Jugoslavia",)},
        ("SI", "HR", "BA", "RS", "ME", "MK", "XK"),
    ),
    RegionSpec(
        "serbia-and-montenegro",
        {
            "en": ("Serbia and Montenegro",),
            "pt": ("Sérvia e Montenegro",),
            "it": ("Serbia e Montenegro",),
        },
        ("RS", "ME", "XK"),
    ),
    RegionSpec(
        "netherlands-antilles",
        {
            "en": ("Netherlands Antilles",),
            "de": ("Niederländische Antillen",),
            "es": ("Antillas Neerlandesas",),
            "fr": ("Antilles néerlandaises",),
        },
        ("CW", "SX", "BQ"),
    ),
)

#: ISO 3166-3 alpha-4 codes of former countries -> the place their names go to, where that is
#: not the one current country named by the code's last two letters (BUMM: Burma -> MM). A
#: value ``None`` leaves the former country out: its successor is only part of today's country
#: (North Vietnam, South Yemen) or it was no country (the Neutral Zone, the trust territory).
HISTORIC_TARGETS: dict[str, str | None] = {
    "SUHH": "region:soviet-union",
    "CSHH": "region:czechoslovakia",
    "YUCS": "region:yugoslavia",
    "CSXX": "region:serbia-and-montenegro",
    "ANHH": "region:netherlands-antilles",
    "DDDE": "region:east-germany",
    "VDVN": None,
    "YDYE": None,
    "NTHH": None,
    "PCHH": None,
    "FQHH": None,
    "GEHH": None,
    "FXFR": None,
}


# fmt: off
WATER: tuple[WaterSpec, ...] = (
    WaterSpec("pacific-ocean", {"en": ("Pacific Ocean", "Pacific"), "de": ("Pazifik", "Pazifischer Ozean", "Stiller Ozean"), "es": ("Océano Pacífico", "Pacífico"), "fr": ("Océan Pacifique", "Pacifique"), "pt": ("Oceano Pacífico",), "it": ("Oceano Pacifico",)}, 0.0, -160.0),
    WaterSpec("atlantic-ocean", {"en": ("Atlantic Ocean", "Atlantic"), "de": ("Atlantik", "Atlantischer Ozean"), "es": ("Océano Atlántico", "Atlántico"), "fr": ("Océan Atlantique", "Atlantique"), "pt": ("Oceano Atlântico",), "it": ("Oceano Atlantico",)}, 10.0, -30.0),
    WaterSpec("indian-ocean", {"en": ("Indian Ocean",), "de": ("Indischer Ozean", "Indik"), "es": ("Océano Índico", "Índico"), "fr": ("Océan Indien",), "pt": ("Oceano Índico",), "it": ("Oceano Indiano",)}, -20.0, 80.0),
    WaterSpec("arctic-ocean", {"en": ("Arctic Ocean",), "de": ("Arktischer Ozean", "Nordpolarmeer"), "es": ("Océano Ártico",), "fr": ("Océan Arctique",), "pt": ("Oceano Ártico",), "it": ("Oceano Artico",)}, 85.0, 0.0),
    WaterSpec("southern-ocean", {"en": ("Southern Ocean",), "de": ("Südpolarmeer", "Südlicher Ozean"), "es": ("Océano Antártico", "Océano Austral"), "fr": ("Océan Austral",), "pt": ("Oceano Antártico",), "it": ("Oceano Antartico",)}, -62.0, 0.0),
    # the Mediterranean between GeoNames' point (35 N 20 E) and Wikipedia's (35 N 18 E), within
    # 161 km of both
    WaterSpec("mediterranean-sea", {"en": ("Mediterranean Sea", "Mediterranean"), "de": ("Mittelmeer",), "es": ("Mar Mediterráneo", "Mediterráneo"), "fr": ("Mer Méditerranée", "Méditerranée"), "pt": ("Mar Mediterrâneo", "Mediterrâneo"), "it": ("Mar Mediterraneo", "Mediterraneo")}, 35.0, 19.0),
    WaterSpec("caribbean-sea", {"en": ("Caribbean Sea",), "de": ("Karibisches Meer",), "es": ("Mar Caribe", "Mar de las Antillas"), "fr": ("Mer des Caraïbes",), "pt": ("Mar do Caribe", "Mar das Caraíbas"), "it": ("Mar dei Caraibi",)}, 15.0, -75.0),
    WaterSpec("gulf-of-mexico", {"en": ("Gulf of Mexico", "Gulf of America"), "de": ("Golf von Mexiko",), "es": ("Golfo de México",), "fr": ("Golfe du Mexique",), "pt": ("Golfo do México",), "it": ("Golfo del Messico",)}, 25.0, -90.0, ("US", "MX", "CU")),
    WaterSpec("gulf-of-california", {"en": ("Gulf of California", "Sea of Cortez"), "de": ("Golf von Kalifornien",), "es": ("Golfo de California", "Mar de Cortés"), "fr": ("Golfe de Californie",), "pt": ("Golfo da Califórnia",), "it": ("Golfo di California",)}, 27.5, -111.5, ("MX",)),
    WaterSpec("rio-grande", {"en": ("Rio Grande",), "de": ("Rio Grande",), "es": ("Río Bravo", "Río Bravo del Norte", "Río Grande"), "fr": ("Rio Grande",), "pt": ("Rio Grande",), "it": ("Rio Grande",)}, 29.5, -104.0, ("US", "MX")),
    WaterSpec("red-sea", {"en": ("Red Sea",), "de": ("Rotes Meer", "Roten Meer"), "es": ("Mar Rojo",), "fr": ("Mer Rouge",), "pt": ("Mar Vermelho",), "it": ("Mar Rosso",)}, 20.0, 38.5),
    WaterSpec("persian-gulf", {"en": ("Persian Gulf", "Arabian Gulf"), "de": ("Persischer Golf",), "es": ("Golfo Pérsico",), "fr": ("Golfe Persique",), "pt": ("Golfo Pérsico",), "it": ("Golfo Persico",)}, 26.5, 52.0),
    WaterSpec("gulf-of-aden", {"en": ("Gulf of Aden",), "de": ("Golf von Aden",), "es": ("Golfo de Adén",), "fr": ("Golfe d'Aden",), "pt": ("Golfo de Áden",), "it": ("Golfo di Aden",)}, 12.5, 48.0),
    WaterSpec("strait-of-hormuz", {"en": ("Strait of Hormuz",), "de": ("Straße von Hormus",), "es": ("Estrecho de Ormuz",), "fr": ("Détroit d'Ormuz",), "pt": ("Estreito de Ormuz",), "it": ("Stretto di Hormuz",)}, 26.6, 56.3),
    WaterSpec("black-sea", {"en": ("Black Sea",), "de": ("Schwarzes Meer", "Schwarzen Meer"), "es": ("Mar Negro",), "fr": ("Mer Noire",), "pt": ("Mar Negro",), "it": ("Mar Nero",)}, 43.0, 34.0),
    WaterSpec("caspian-sea", {"en": ("Caspian Sea",), "de": ("Kaspisches Meer",), "es": ("Mar Caspio",), "fr": ("Mer Caspienne",), "pt": ("Mar Cáspio",), "it": ("Mar Caspio",)}, 41.5, 50.5),
    WaterSpec("baltic-sea", {"en": ("Baltic Sea",), "de": ("Ostsee",), "es": ("Mar Báltico",), "fr": ("Mer Baltique",), "pt": ("Mar Báltico",), "it": ("Mar Baltico",)}, 58.0, 20.0),
    WaterSpec("north-sea", {"en": ("North Sea",), "de": ("Nordsee",), "es": ("Mar del Norte",), "fr": ("Mer du Nord",), "pt": ("Mar do Norte",), "it": ("Mare del Nord",)}, 56.0, 3.0),
    WaterSpec("english-channel", {"en": ("English Channel",), "de": ("Ärmelkanal",), "es": ("Canal de la Mancha",), "fr": ("Manche",), "pt": ("Canal da Mancha",), "it": ("Canale della Manica",)}, 50.2, -1.0),
    WaterSpec("aegean-sea", {"en": ("Aegean Sea",), "de": ("Ägäis", "Ägäisches Meer"), "es": ("Mar Egeo",), "fr": ("Mer Égée",), "pt": ("Mar Egeu",), "it": ("Mar Egeo",)}, 39.0, 25.0),
    WaterSpec("adriatic-sea", {"en": ("Adriatic Sea",), "de": ("Adria", "Adriatisches Meer"), "es": ("Mar Adriático",), "fr": ("Mer Adriatique",), "pt": ("Mar Adriático",), "it": ("Mare Adriatico",)}, 43.0, 15.5),
    WaterSpec("south-china-sea", {"en": ("South China Sea",), "de": ("Südchinesisches Meer",), "es": ("Mar de la China Meridional", "Mar de China Meridional"), "fr": ("Mer de Chine méridionale",), "pt": ("Mar do Sul da China",), "it": ("Mar Cinese Meridionale",)}, 13.0, 114.0),
    WaterSpec("east-china-sea", {"en": ("East China Sea",), "de": ("Ostchinesisches Meer",), "es": ("Mar de la China Oriental",), "fr": ("Mer de Chine orientale",), "pt": ("Mar da China Oriental",), "it": ("Mar Cinese Orientale",)}, 29.0, 125.0),
    WaterSpec("sea-of-japan", {"en": ("Sea of Japan",), "de": ("Japanisches Meer",), "es": ("Mar de Japón",), "fr": ("Mer du Japon",), "pt": ("Mar do Japão",), "it": ("Mar del Giappone",)}, 40.0, 135.0),
    WaterSpec("taiwan-strait", {"en": ("Taiwan Strait",), "de": ("Taiwanstraße", "Straße von Taiwan"), "es": ("Estrecho de Taiwán",), "fr": ("Détroit de Taïwan",), "pt": ("Estreito de Taiwan",), "it": ("Stretto di Taiwan",)}, 24.0, 119.5),
    WaterSpec("arabian-sea", {"en": ("Arabian Sea",), "de": ("Arabisches Meer",), "es": ("Mar Arábigo",), "fr": ("Mer d'Arabie",), "pt": ("Mar Arábico",), "it": ("Mar Arabico",)}, 15.0, 65.0),
    WaterSpec("bay-of-bengal", {"en": ("Bay of Bengal",), "de": ("Golf von Bengalen",), "es": ("Golfo de Bengala",), "fr": ("Golfe du Bengale",), "pt": ("Golfo de Bengala",), "it": ("Golfo del Bengala",)}, 15.0, 88.0),
    WaterSpec("bering-sea", {"en": ("Bering Sea",), "de": ("Beringmeer",), "es": ("Mar de Bering",), "fr": ("Mer de Béring",), "pt": ("Mar de Bering",), "it": ("Mare di Bering",)}, 58.0, -178.0),
    WaterSpec("panama-canal", {"en": ("Panama Canal",), "de": ("Panamakanal",), "es": ("Canal de Panamá",), "fr": ("Canal de Panama",), "pt": ("Canal do Panamá",), "it": ("Canale di Panama",)}, 9.1, -79.7, ("PA",)),
    WaterSpec("suez-canal", {"en": ("Suez Canal",), "de": ("Suezkanal",), "es": ("Canal de Suez",), "fr": ("Canal de Suez",), "pt": ("Canal de Suez",), "it": ("Canale di Suez",)}, 30.6, 32.3, ("EG",)),
    WaterSpec("strait-of-gibraltar", {"en": ("Strait of Gibraltar",), "de": ("Straße von Gibraltar",), "es": ("Estrecho de Gibraltar",), "fr": ("Détroit de Gibraltar",), "pt": ("Estreito de Gibraltar",), "it": ("Stretto di Gibilterra",)}, 35.95, -5.6),
    WaterSpec("bosphorus", {"en": ("Bosphorus", "Bosporus"), "de": ("Bosporus",), "es": ("Bósforo",), "fr": ("Bosphore",), "pt": ("Bósforo",), "it": ("Bosforo",)}, 41.1, 29.05, ("TR",)),
    WaterSpec("lake-superior", {"en": ("Lake Superior",), "de": ("Oberer See",), "es": ("Lago Superior",), "fr": ("Lac Supérieur",), "pt": ("Lago Superior",), "it": ("Lago Superiore",)}, 47.7, -87.5, ("US", "CA")),
    WaterSpec("lake-michigan", {"en": ("Lake Michigan",), "de": ("Michigansee",), "es": ("Lago Míchigan", "Lago Michigan"), "fr": ("Lac Michigan",), "pt": ("Lago Michigan",), "it": ("Lago Michigan",)}, 44.0, -87.0, ("US",)),
    WaterSpec("lake-erie", {"en": ("Lake Erie",), "de": ("Eriesee",), "es": ("Lago Erie",), "fr": ("Lac Érié",), "pt": ("Lago Erie",), "it": ("Lago Erie",)}, 42.2, -81.2, ("US", "CA")),
    WaterSpec("lake-ontario", {"en": ("Lake Ontario",), "de": ("Ontariosee",), "es": ("Lago Ontario",), "fr": ("Lac Ontario",), "pt": ("Lago Ontário",), "it": ("Lago Ontario",)}, 43.7, -77.9, ("US", "CA")),
    WaterSpec("lake-huron", {"en": ("Lake Huron",), "de": ("Huronsee",), "es": ("Lago Hurón",), "fr": ("Lac Huron",), "pt": ("Lago Huron",), "it": ("Lago Huron",)}, 44.8, -82.4, ("US", "CA")),
    WaterSpec("great-lakes", {"en": ("Great Lakes",), "de": ("Große Seen",), "es": ("Grandes Lagos",), "fr": ("Grands Lacs",), "pt": ("Grandes Lagos",), "it": ("Grandi Laghi",)}, 45.5, -84.0, ("US", "CA")),
    WaterSpec("lake-victoria", {"en": ("Lake Victoria",), "de": ("Victoriasee",), "es": ("Lago Victoria",), "fr": ("Lac Victoria",), "pt": ("Lago Vitória",), "it": ("Lago Vittoria",)}, -1.0, 33.0),
    WaterSpec("lake-titicaca", {"en": ("Lake Titicaca",), "de": ("Titicacasee",), "es": ("Lago Titicaca",), "fr": ("Lac Titicaca",), "pt": ("Lago Titicaca",), "it": ("Lago Titicaca",)}, -15.8, -69.4, ("PE", "BO")),
    WaterSpec("lake-constance", {"en": ("Lake Constance",), "de": ("Bodensee",), "es": ("Lago de Constanza",), "fr": ("Lac de Constance",), "pt": ("Lago de Constança",), "it": ("Lago di Costanza",)}, 47.6, 9.4, ("DE", "AT", "CH")),
    WaterSpec("lake-geneva", {"en": ("Lake Geneva",), "de": ("Genfersee", "Genfer See"), "es": ("Lago Lemán",), "fr": ("Lac Léman",), "pt": ("Lago Léman",), "it": ("Lago di Ginevra",)}, 46.45, 6.55, ("CH", "FR")),
    WaterSpec("dead-sea", {"en": ("Dead Sea",), "de": ("Totes Meer", "Toten Meer"), "es": ("Mar Muerto",), "fr": ("Mer Morte",), "pt": ("Mar Morto",), "it": ("Mar Morto",)}, 31.5, 35.5),
    WaterSpec("sea-of-galilee", {"en": ("Sea of Galilee",), "de": ("See Genezareth",), "es": ("Mar de Galilea",), "fr": ("Lac de Tibériade",), "pt": ("Mar da Galileia",), "it": ("Lago di Tiberiade",)}, 32.8, 35.6, ("IL",)),
    WaterSpec("mississippi-river", {"en": ("Mississippi River",), "de": ("Mississippi",), "es": ("Río Misisipi", "Río Mississippi"), "fr": ("Mississippi",), "pt": ("Rio Mississippi",), "it": ("Mississippi",)}, 35.0, -90.1, ("US",)),
    WaterSpec("missouri-river", {"en": ("Missouri River",), "de": ("Missouri River",), "es": ("Río Misuri",), "fr": ("Missouri (rivière)",), "pt": ("Rio Missouri",), "it": ("Fiume Missouri",)}, 41.0, -96.0, ("US",)),
    WaterSpec("colorado-river", {"en": ("Colorado River",), "de": ("Colorado River",), "es": ("Río Colorado",), "fr": ("Fleuve Colorado",), "pt": ("Rio Colorado",), "it": ("Fiume Colorado",)}, 36.0, -113.0, ("US", "MX")),
    WaterSpec("amazon-river", {"en": ("Amazon River", "Amazon"), "de": ("Amazonas",), "es": ("Río Amazonas", "Amazonas"), "fr": ("Amazone",), "pt": ("Rio Amazonas",), "it": ("Rio delle Amazzoni",)}, -3.2, -60.0, ("BR", "PE", "CO")),
    WaterSpec("rhine", {"en": ("Rhine",), "de": ("Rhein",), "es": ("Rin",), "fr": ("Rhin",), "pt": ("Reno",), "it": ("Reno",)}, 50.5, 7.6, ("DE", "NL", "CH", "FR")),
    WaterSpec("danube", {"en": ("Danube",), "de": ("Donau",), "es": ("Danubio",), "fr": ("Danube",), "pt": ("Danúbio",), "it": ("Danubio",)}, 45.0, 20.0),
    WaterSpec("elbe", {"en": ("Elbe",), "de": ("Elbe",), "es": ("Elba",), "fr": ("Elbe",), "pt": ("Elba",), "it": ("Elba",)}, 53.0, 11.0, ("DE", "CZ")),
    WaterSpec("nile", {"en": ("Nile", "Nile River"), "de": ("Nil",), "es": ("Nilo", "Río Nilo"), "fr": ("Nil",), "pt": ("Nilo", "Rio Nilo"), "it": ("Nilo",)}, 24.0, 32.9),
    WaterSpec("euphrates", {"en": ("Euphrates",), "de": ("Euphrat",), "es": ("Éufrates",), "fr": ("Euphrate",), "pt": ("Eufrates",), "it": ("Eufrate",)}, 34.5, 40.9),
    WaterSpec("tigris", {"en": ("Tigris",), "de": ("Tigris",), "es": ("Tigris",), "fr": ("Tigre (fleuve)",), "pt": ("Tigre (rio)",), "it": ("Tigri",)}, 34.0, 44.0),
    WaterSpec("jordan-river", {"en": ("Jordan River",), "de": ("Jordan (Fluss)",), "es": ("Río Jordán",), "fr": ("Jourdain",), "pt": ("Rio Jordão",), "it": ("Giordano (fiume)",)}, 32.3, 35.55),
    WaterSpec("yangtze", {"en": ("Yangtze", "Yangtze River"), "de": ("Jangtsekiang", "Jangtse"), "es": ("Yangtsé", "Río Yangtsé"), "fr": ("Yangzi Jiang",), "pt": ("Rio Yangtzé",), "it": ("Fiume Azzurro",)}, 30.6, 114.3, ("CN",)),
    WaterSpec("ganges", {"en": ("Ganges",), "de": ("Ganges",), "es": ("Ganges",), "fr": ("Gange",), "pt": ("Ganges",), "it": ("Gange",)}, 25.3, 83.0),
    WaterSpec("dnipro", {"en": ("Dnieper", "Dnipro"), "de": ("Dnepr", "Dnipro"), "es": ("Dniéper",), "fr": ("Dniepr",), "pt": ("Dniepre",), "it": ("Dnepr",)}, 47.5, 34.0),
)
# fmt: on


#: Mountain ranges news names (feature ``region``: a physical region, without member countries;
#: ids ``mountain:SLUG``), each with an approximate centre of the range chosen for a map marker,
#: as for the water bodies. French and Spanish "Alpes" is left out: it is mostly part of a
#: French region's name (Rhône-Alpes, Alpes-Maritimes) that the gazetteer does not hold whole.
MOUNTAINS: tuple[WaterSpec, ...] = (
    WaterSpec("alps", {"en": ("Alps", "the Alps"), "de": ("Alpen",), "it": ("Alpi",)}, 46.3, 10.0),
    WaterSpec("andes", {"en": ("Andes", "Andes Mountains"), "de": ("Anden",), "es": ("Cordillera de los Andes",), "fr": ("Cordillère des Andes",), "pt": ("Cordilheira dos Andes",), "it": ("Ande",)}, -20.0, -67.5),
    WaterSpec("himalayas", {"en": ("Himalayas", "Himalaya"), "de": ("Himalaya",), "es": ("Himalaya",), "fr": ("Himalaya",), "pt": ("Himalaia",), "it": ("Himalaya",)}, 29.0, 84.0),
    WaterSpec("rocky-mountains", {"en": ("Rocky Mountains", "Rockies"), "de": ("Rocky Mountains",), "es": ("Montañas Rocosas",), "fr": ("Montagnes Rocheuses",), "pt": ("Montanhas Rochosas",), "it": ("Montagne Rocciose",)}, 44.0, -110.0, ("US", "CA")),
    WaterSpec("pyrenees", {"en": ("Pyrenees",), "de": ("Pyrenäen",), "es": ("Pirineos",), "fr": ("Pyrénées",), "pt": ("Pirenéus",), "it": ("Pirenei",)}, 42.65, 1.0, ("ES", "FR", "AD")),
    WaterSpec("urals", {"en": ("Ural Mountains", "Urals"), "de": ("Uralgebirge",), "es": ("Montes Urales", "Urales"), "fr": ("Monts Oural",), "pt": ("Montes Urais",), "it": ("Monti Urali",)}, 60.0, 59.5, ("RU",)),
    WaterSpec("carpathians", {"en": ("Carpathian Mountains", "Carpathians"), "de": ("Karpaten",), "es": ("Montes Cárpatos", "Cárpatos"), "fr": ("Carpates",), "pt": ("Montes Cárpatos",), "it": ("Carpazi",)}, 47.5, 25.0),
    WaterSpec("atlas-mountains", {"en": ("Atlas Mountains",), "de": ("Atlasgebirge",), "es": ("Cordillera del Atlas", "Montes Atlas"), "fr": ("Massif de l'Atlas",), "pt": ("Montes Atlas",), "it": ("Monti dell'Atlante",)}, 31.5, -6.0),
    WaterSpec("appalachians", {"en": ("Appalachian Mountains", "Appalachians"), "de": ("Appalachen",), "es": ("Montes Apalaches", "Apalaches"), "fr": ("Appalaches",), "pt": ("Montes Apalaches",), "it": ("Monti Appalachi",)}, 38.5, -80.5, ("US",)),
)  # fmt: skip

#: Islands that news names and that are no country or admin-1 unit of their own, with an
#: approximate centre. (Islands that are one, such as Crete, Sicily or Tasmania, come from
#: Natural Earth and ISO 3166-2; Java is a region of its provinces above.)
ISLANDS: tuple[WaterSpec, ...] = (
    WaterSpec("mallorca", {"en": ("Majorca", "Mallorca"), "de": ("Mallorca",), "es": ("Mallorca",), "fr": ("Majorque",), "pt": ("Maiorca",), "it": ("Maiorca",)}, 39.62, 2.98, ("ES",)),
    WaterSpec("menorca", {"en": ("Minorca", "Menorca"), "de": ("Menorca",), "es": ("Menorca",), "fr": ("Minorque",), "pt": ("Minorca",), "it": ("Minorca",)}, 39.95, 4.1, ("ES",)),
    WaterSpec("tenerife", {"en": ("Tenerife",), "de": ("Teneriffa",), "es": ("Tenerife",), "fr": ("Tenerife", "Ténérife"), "pt": ("Tenerife",), "it": ("Tenerife",)}, 28.29, -16.62, ("ES",)),
    WaterSpec("gran-canaria", {"en": ("Gran Canaria",), "de": ("Gran Canaria",), "es": ("Gran Canaria",), "fr": ("Grande Canarie",), "pt": ("Grã-Canária",), "it": ("Gran Canaria",)}, 27.96, -15.59, ("ES",)),
    WaterSpec("lanzarote", {"en": ("Lanzarote",), "de": ("Lanzarote",), "es": ("Lanzarote",), "fr": ("Lanzarote",), "pt": ("Lanzarote",), "it": ("Lanzarote",)}, 29.05, -13.63, ("ES",)),
    WaterSpec("fuerteventura", {"en": ("Fuerteventura",), "de": ("Fuerteventura",), "es": ("Fuerteventura",), "fr": ("Fuerteventura",), "pt": ("Fuerteventura",), "it": ("Fuerteventura",)}, 28.4, -14.0, ("ES",)),
    WaterSpec("sylt", {"en": ("Sylt",), "de": ("Sylt",), "es": ("Sylt",), "fr": ("Sylt",), "pt": ("Sylt",), "it": ("Sylt",)}, 54.9, 8.32, ("DE",)),
    WaterSpec("ruegen", {"en": ("Rügen",), "de": ("Rügen",), "es": ("Rügen",), "fr": ("Rügen",), "pt": ("Rügen",), "it": ("Rügen",)}, 54.43, 13.43, ("DE",)),
    WaterSpec("usedom", {"en": ("Usedom",), "de": ("Usedom",), "es": ("Usedom",), "fr": ("Usedom",), "pt": ("Usedom",), "it": ("Usedom",)}, 53.95, 14.05, ("DE", "PL")),
    WaterSpec("bornholm", {"en": ("Bornholm",), "de": ("Bornholm",), "es": ("Bornholm",), "fr": ("Bornholm",), "pt": ("Bornholm",), "it": ("Bornholm",)}, 55.12, 14.92, ("DK",)),
    WaterSpec("rhodes", {"en": ("Rhodes",), "de": ("Rhodos",), "es": ("Rodas",), "fr": ("Rhodes",), "pt": ("Rodes",), "it": ("Rodi",)}, 36.17, 27.92, ("GR",)),
    WaterSpec("lesbos", {"en": ("Lesbos", "Lesvos"), "de": ("Lesbos",), "es": ("Lesbos",), "fr": ("Lesbos",), "pt": ("Lesbos",), "it": ("Lesbo",)}, 39.17, 26.33, ("GR",)),
    WaterSpec("santorini", {"en": ("Santorini",), "de": ("Santorini",), "es": ("Santorini",), "fr": ("Santorin",), "pt": ("Santorini",), "it": ("Santorini",)}, 36.4, 25.43, ("GR",)),
    WaterSpec("luzon", {"en": ("Luzon",), "de": ("Luzon",), "es": ("Luzón",), "fr": ("Luçon",), "pt": ("Luzon",), "it": ("Luzon",)}, 16.0, 121.0, ("PH",)),
    WaterSpec("mindanao", {"en": ("Mindanao",), "de": ("Mindanao",), "es": ("Mindanao",), "fr": ("Mindanao",), "pt": ("Mindanau",), "it": ("Mindanao",)}, 7.8, 125.0, ("PH",)),
    WaterSpec("honshu", {"en": ("Honshu", "Honshū"), "de": ("Honshū", "Honshu"), "es": ("Honshu",), "fr": ("Honshū",), "pt": ("Honshu",), "it": ("Honshū",)}, 36.0, 138.5, ("JP",)),
    WaterSpec("kyushu", {"en": ("Kyushu", "Kyūshū"), "de": ("Kyūshū", "Kyushu"), "es": ("Kyushu",), "fr": ("Kyūshū",), "pt": ("Kyushu",), "it": ("Kyūshū",)}, 32.6, 130.8, ("JP",)),
    WaterSpec("borneo", {"en": ("Borneo",), "de": ("Borneo",), "es": ("Borneo",), "fr": ("Bornéo",), "pt": ("Bornéu",), "it": ("Borneo",)}, 0.9, 114.2, ("ID", "MY", "BN")),
    WaterSpec("new-guinea", {"en": ("New Guinea",), "de": ("Neuguinea",), "es": ("Nueva Guinea",), "fr": ("Nouvelle-Guinée",), "pt": ("Nova Guiné",), "it": ("Nuova Guinea",)}, -5.6, 141.5, ("ID", "PG")),
    WaterSpec("hispaniola", {"en": ("Hispaniola",), "de": ("Hispaniola",), "es": ("La Española",), "fr": ("Hispaniola",), "pt": ("Hispaniola",), "it": ("Hispaniola",)}, 18.9, -71.0, ("HT", "DO")),
    WaterSpec("long-island", {"en": ("Long Island",), "de": ("Long Island",), "es": ("Long Island",), "fr": ("Long Island",), "pt": ("Long Island",), "it": ("Long Island",)}, 40.8, -73.1, ("US",)),
    WaterSpec("vancouver-island", {"en": ("Vancouver Island",), "de": ("Vancouver Island",), "es": ("isla de Vancouver",), "fr": ("île de Vancouver",), "pt": ("Ilha de Vancouver",), "it": ("isola di Vancouver",)}, 49.65, -125.7, ("CA",)),
    WaterSpec("north-island", {"en": ("North Island",), "de": ("Nordinsel",), "es": ("Isla Norte",), "fr": ("Île du Nord",), "pt": ("Ilha Norte",), "it": ("Isola del Nord",)}, -38.6, 175.8, ("NZ",)),
    WaterSpec("south-island", {"en": ("South Island",), "de": ("Südinsel",), "es": ("Isla Sur",), "fr": ("Île du Sud",), "pt": ("Ilha Sul",), "it": ("Isola del Sud",)}, -43.8, 170.8, ("NZ",)),
    WaterSpec("easter-island", {"en": ("Easter Island",), "de": ("Osterinsel",), "es": ("Isla de Pascua",), "fr": ("Île de Pâques",), "pt": ("Ilha de Páscoa",), "it": ("Isola di Pasqua",)}, -27.12, -109.35, ("CL",)),
    WaterSpec("tahiti", {"en": ("Tahiti",), "de": ("Tahiti",), "es": ("Tahití",), "fr": ("Tahiti",), "pt": ("Taiti",), "it": ("Tahiti",)}, -17.68, -149.43, ("PF",)),
    WaterSpec("maui", {"en": ("Maui",), "de": ("Maui",), "es": ("Maui",), "fr": ("Maui",), "pt": ("Maui",), "it": ("Maui",)}, 20.8, -156.33, ("US",)),
    WaterSpec("oahu", {"en": ("Oahu", "O'ahu"), "de": ("Oʻahu", "Oahu"), "es": ("Oahu",), "fr": ("Oahu",), "pt": ("Oahu",), "it": ("Oahu",)}, 21.47, -157.98, ("US",)),
    WaterSpec("marthas-vineyard", {"en": ("Martha's Vineyard",)}, 41.39, -70.62, ("US",)),
    WaterSpec("spitsbergen", {"en": ("Spitsbergen",), "de": ("Spitzbergen",), "es": ("Spitsbergen",), "fr": ("Spitzberg",), "pt": ("Spitsbergen",), "it": ("Spitsbergen",)}, 78.75, 16.5, ("SJ",)),
    WaterSpec("socotra", {"en": ("Socotra",), "de": ("Sokotra",), "es": ("Socotra",), "fr": ("Socotra",), "pt": ("Socotorá",), "it": ("Socotra",)}, 12.47, 53.87, ("YE",)),
)  # fmt: skip

#: Disputed or breakaway territories that no admin-1 unit of Natural Earth covers, with an
#: approximate centre (Abkhazia, Transnistria and Northern Cyprus are units there already).
TERRITORIES: tuple[WaterSpec, ...] = (
    WaterSpec("south-ossetia", {"en": ("South Ossetia",), "de": ("Südossetien",), "es": ("Osetia del Sur",), "fr": ("Ossétie du Sud",), "pt": ("Ossétia do Sul",), "it": ("Ossezia del Sud",)}, 42.33, 44.0, ("GE",)),
    WaterSpec("nagorno-karabakh", {"en": ("Nagorno-Karabakh", "Nagorno Karabakh", "Karabakh"), "de": ("Bergkarabach", "Berg-Karabach"), "es": ("Nagorno Karabaj", "Alto Karabaj"), "fr": ("Haut-Karabakh", "Haut-Karabagh"), "pt": ("Nagorno-Karabakh", "Alto Carabaque"), "it": ("Nagorno Karabakh", "Alto Karabakh")}, 39.85, 46.75, ("AZ",)),
    WaterSpec("golan-heights", {"en": ("Golan Heights", "Golan"), "de": ("Golanhöhen",), "es": ("Altos del Golán",), "fr": ("plateau du Golan",), "pt": ("Colinas de Golã",), "it": ("Alture del Golan",)}, 33.0, 35.75, ("SY",)),
    WaterSpec("puntland", {"en": ("Puntland",), "de": ("Puntland",), "es": ("Puntlandia",), "fr": ("Pount",), "pt": ("Puntlândia",), "it": ("Puntland",)}, 8.4, 48.9, ("SO",)),
)  # fmt: skip

#: Names of admin-1 units in news that Natural Earth lacks, keyed by ISO 3166-2 code.
ADMIN1_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "PS-GZZ": {"en": ("Gaza Strip",), "de": ("Gazastreifen",), "es": ("Franja de Gaza",)},
    "PS-WBK": {"es": ("Cisjordania",)},
}


#: Short forms and abbreviations of country names that news use and no registry table lists.
COUNTRY_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "US": {
        "en": ("USA", "U.S.", "U.S.A.", "US", "America", "United States of America"),
        "de": ("USA", "Vereinigte Staaten von Amerika", "Amerika"),
        "es": ("EE. UU.", "EE.UU.", "EEUU", "EUA", "Estados Unidos de América"),
    },
    "GB": {
        "en": ("UK", "U.K.", "Britain", "Great Britain"),
        "de": ("Großbritannien", "Grossbritannien"),
        "es": ("Reino Unido", "Gran Bretaña"),
    },
    "AE": {"en": ("UAE", "U.A.E."), "de": ("VAE",), "es": ("EAU",)},
    "CD": {
        "en": ("DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo"),
        "de": ("Kongo-Kinshasa", "Demokratische Republik Kongo"),
        "es": ("RDC", "República Democrática del Congo"),
    },
    "CG": {"en": ("Congo-Brazzaville", "Republic of Congo"), "de": ("Kongo-Brazzaville",)},
    "NL": {"en": ("Holland",), "de": ("Holland",), "es": ("Holanda",)},
    "RU": {
        "en": ("Russian Federation",),
        "de": ("Russische Föderation",),
        "es": ("Federación Rusa",),
    },
    "KR": {"en": ("Korea",), "de": ("Südkorea",), "es": ("Corea del Sur",)},
    "KP": {"en": ("DPRK",), "de": ("Nordkorea",), "es": ("Corea del Norte",)},
    "CZ": {"en": ("Czech Republic",), "de": ("Tschechei",)},
    "MM": {"en": ("Burma",), "de": ("Birma",), "es": ("Birmania",)},
    "CI": {"en": ("Ivory Coast",), "de": ("Elfenbeinküste",), "es": ("Costa de Marfil",)},
    "TR": {"en": ("Turkey", "Türkiye"), "de": ("Türkei",), "es": ("Turquía",)},
    "PS": {
        "en": ("Palestine", "Palestinian territories"),
        "de": ("Palästina", "Palästinensergebiete"),
    },
    "VA": {"en": ("Vatican", "Holy See"), "de": ("Vatikan",), "es": ("Vaticano",)},
    "MK": {"en": ("Macedonia",), "de": ("Mazedonien", "Nordmazedonien")},
    "SZ": {"en": ("Swaziland",), "de": ("Swasiland",)},
    "CV": {"en": ("Cape Verde",), "de": ("Kap Verde",)},
    "TL": {"en": ("East Timor",), "de": ("Osttimor",)},
}


#: Abbreviations of US states in news style that Natural Earth lacks (it has "Kans.", "Ariz.",
#: "W.Va."); like every abbreviation they are ``abbrev`` name entries, for "Topeka, Kan.".
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "US-KS": ("Kan.",),
    "US-NE": ("Neb.",),
    "US-PA": ("Penn.",),
    "US-WV": ("W. Va.",),
    "US-ND": ("N. Dak.",),
    "US-SD": ("S. Dak.",),
    "US-WI": ("Wisc.",),
    "US-DC": ("D.C.", "DC"),
}

#: Country points that replace the conventional (Factbook) point where that one is known to sit
#: off the point gazetteers use: the Factbook puts the United States at 38 N 97 W, while GeoNames
#: and most maps put it at the geographic centre of the contiguous states, near Lebanon, Kansas.
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.83, -98.58),
}
