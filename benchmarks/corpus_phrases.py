"""Sentence templates and word pools for benchmarks/corpus.py. Pure data.

The templates are filled by corpus_sentences.ArticleWriter; the pools give the names of
people, places, organisations and outlets, and the words of scenes, page debris and
rewrites. Every name is invented; none is a real outlet.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------
# Names and background words shared by all stories.

FIRST_NAMES = (
    "Maria", "James", "Aisha", "Tomasz", "Elena", "David", "Priya", "Samuel", "Lucia",
    "Kwame", "Hannah", "Mateo", "Yuki", "Oliver", "Fatima", "Daniel", "Ingrid", "Rahul",
    "Grace", "Omar", "Sofia", "Patrick", "Mei", "Lars", "Amara", "Michael", "Nadia",
    "Carlos", "Helen", "Jonas", "Leila", "Robert", "Chiara", "Ibrahim", "Anna", "Victor",
    "Zainab", "Thomas", "Rosa", "Kenji", "Claire", "Emeka", "Julia", "Andrei", "Beatriz",
    "Simon", "Noor", "Peter", "Marta", "Hugo",
)  # fmt: skip
LAST_NAMES = (
    "Okafor", "Lindqvist", "Moreno", "Brennan", "Haddad", "Kowalski", "Nakamura", "Reyes",
    "Fitzgerald", "Adeyemi", "Castellano", "Whitfield", "Sandoval", "Petrov", "Achterberg",
    "Mensah", "Dubois", "Harrington", "Iqbal", "Lindgren", "Marchetti", "Novak", "Osei",
    "Pellegrini", "Quinlan", "Rasmussen", "Szabo", "Tanaka", "Underwood", "Varga",
    "Weller", "Yilmaz", "Zhou", "Abernathy", "Bakker", "Calloway", "Delgado", "Eriksen",
    "Farouk", "Gallagher", "Hollis", "Ivanova", "Jablonski", "Kaur", "Lachance", "Mbeki",
    "Nyberg", "Ortega", "Prescott", "Rinaldi", "Sato", "Thornton", "Uchenna", "Vance",
    "Whitaker", "Xu", "Yardley", "Zamora", "Ashworth", "Blackwood", "Corrigan", "Danvers",
    "Ellery", "Ferreira", "Grummet", "Hartley", "Ismail", "Jovanovic", "Kerrigan",
)  # fmt: skip
PLACES = (
    "Almer", "Westbridge", "Carrow", "Lake Ferrin", "Dunmore", "Kestrel Bay", "Northam",
    "Redfern", "Ashby", "Marlow", "Bellhaven", "Stonebury", "Eastmere", "Harlan Springs",
    "Oakridge", "Millbrook", "Fairhaven", "Glenmora", "Brackley", "Thornbury", "Cresswell",
    "Halstead", "Linwood", "Rosedale", "Ambergate", "Corran", "Durnford", "Elsworth",
    "Farrowdale", "Greystone", "Hollowmere", "Juniper Falls", "Kingsmere", "Moorfield",
    "Pendleford", "Quarry Hill", "Saltmarsh", "Tillbury", "Upton Vale", "Wickham Cross",
)  # fmt: skip
REGIONS = (
    "Halden County", "Orrin Province", "Westmarch", "Calder County", "Brenmoor",
    "Tallis Province", "Marrow County", "Eastvale", "Sorrel County", "Kerran Province",
    "Northmoor", "Ashcombe County", "Dalmere", "Fenwick County", "Lorne Province",
)  # fmt: skip
COMPANIES = (
    "Aldmere", "Brightwell", "Corvane", "Dunholt", "Everstone", "Glenrock", "Harlow",
    "Irvane", "Kessington", "Larchmont", "Meridale", "Northcote", "Oakhurst", "Pellham",
    "Quillon", "Ravensworth", "Stanmore", "Tremont", "Ulverston", "Vantor", "Westcombe",
    "Yarrow", "Zephyr", "Ashgrove", "Blakemore",
)  # fmt: skip
INSTITUTES = (
    "the Halden Institute", "the Centre for Civic Research", "the Brightwater Foundation",
    "the Lorne Policy Forum", "the Meridian Research Group", "the Atlas Policy Institute",
)  # fmt: skip
UNIVERSITIES = (
    "Northam University", "Ferrin State University", "the University of Westmarch",
    "Calder Technical University", "Kingsmere College", "the University of Eastvale",
)  # fmt: skip
STORM_NAMES = (
    "Delia", "Marcus", "Imogen", "Tobias", "Rhea", "Felix", "Nora", "Gideon", "Ysolde",
    "Bram", "Odette", "Lionel",
)  # fmt: skip
OUTLET_NAMES = (
    "The Harbour Ledger", "Northgate Courier", "Daily Meridian", "The Civic Post",
    "Granite Times", "Valley Observer", "The Evening Dispatch", "Coastline Report",
    "Metro Record", "The Morning Lantern", "Capital Wire", "Lakeshore Herald",
    "The Prairie Journal", "Atlas News Service", "Beacon Daily", "The Continental Review",
    "Summit Tribune", "Ironbridge Chronicle", "The Weekly Compass", "Kestrel News",
    "Open Ledger", "Crossroads Daily", "The Signal Register", "Westwind Press",
    "Tidewater Bulletin",
)  # fmt: skip
ECONOMIES = ("tourism", "shipping", "farming", "manufacturing", "mining", "public services")

# ---------------------------------------------------------------------------------------
# Sentence templates, filled by ArticleWriter. A sentence's first letter is capitalised
# after filling, so a template may start with a slot that is lower case ("the union ...").
# {sp} names a person: in full with their role and a closing comma the first time an
# article quotes them ("Jane Doe, the mayor of Almer,"), by surname after that. {sp_end}
# is the same without the comma, for the end of a sentence. "[a|b|c]" is a choice made
# afresh each time: outlets word the same facts differently, and without these choices
# independent articles would share so many word sequences that they read as copies.

LEDES = (
    "{lead_event}, [and|while] {fig}.",
    "{lead_event}, [according to {org1}|{org1} said|{org1} confirmed].",
    "{lead_event}, in what [residents described as|local officials called|many saw as] the "
    "[worst|most serious|most damaging] {name} in {place} in [years|decades|a generation].",
    "{lead_event}, [setting off|causing|bringing] {effect} [across|in parts of|throughout] "
    "{region}.",
    "{fig}, [officials|authorities] said {when_said}, [after|days after] {lead_event}.",
    "{event_full} entered {duration} {when_said}, with {effect} and "
    "[no end in sight|no sign of a resolution|little prospect of a quick end].",
    "{lead_event}, {sp} [said|told reporters|confirmed] {when_said}.",
    "[Residents of|People in] {place} were [still counting the cost|waiting for answers] "
    "{when_said} after {lead_event}.",
    "{lead_event}, [the latest turn in|a new phase in] {event_full}.",
)
ATTRIBUTIONS = (
    "{sp} [said|told reporters|stated] {when_said} that {fig}.",
    "{sp} [said|announced|confirmed] {when_said} that {future_clause}.",
    "{sp} told reporters {when_said} that {effect} could [continue|last] for "
    "[weeks|some time|months].",
    "According to {sp_end}, {fig}.",
    "{sp} said {issue} remained the [main|biggest|central] "
    "[point of contention|sticking point|obstacle].",
    "In a [statement|written statement|press release] {when_said}, {org0} said {fig}.",
    "{sp} warned that {effect} would [get worse|worsen|spread] unless {org1} acted "
    "[quickly|soon|within days].",
    "Speaking at a [news conference|press briefing|public meeting] in {place} {when_said}, "
    "{sp} said {fig}.",
    "{sp} declined to comment on {issue}, saying only that "
    "[the matter was under review|more details would follow|it was too early to say].",
    "{org1} [disputed|contested|rejected] that [account|figure|estimate], saying {fig_alt}.",
    "{sp} said {when_said} that {fig}, a figure "
    "[that {org1} disputed|{org1} has questioned|that could not be independently verified].",
    "A [spokesperson|spokesman|spokeswoman] for {org0} [confirmed|said] that {fig}.",
    "{sp} told {outlet} that {issue} had been raised [repeatedly|several times|again and again] "
    "[in recent months|over the past year|since last year].",
    "[Officials|Authorities|Local officials] [said|confirmed] {when_said} that {fig}.",
    "{fig}, according to [figures|data|numbers] [released|published] by {org0} {when_said}.",
    "{org0} said {when_said} that it was [reviewing|looking into|examining] {issue}.",
    "{sp} said a similar approach had worked in the U.S. and [elsewhere|Canada].",
    "[Asked about|Pressed on] {issue}, {sp} [said|promised] a full explanation would "
    "[follow|be given] [soon|within weeks].",
    "{org0} [has said|insists|maintains] that {fig}.",
    "[Speaking to|In an interview with] {outlet}, {sp} said {fig}.",
)
QUOTES = (
    "“{quote},” {sp} [said|added|told reporters].",
    "“{quote},” said {sp_end}.",
    "“{quote}. {quote2},” {sp} [said|told reporters].",
    "{sp} [put it bluntly|was blunt|did not mince words]: “{quote}.”",
    "“{question}?” {sp} [asked|said].",
    "“{quote},” {sp} said, [adding|noting] that {fig}.",
    "{sp} called [the decision|the move|the announcement] “{fragment}.”",
    "“{quote},” {sp} told {outlet}.",
    "“{quote},” {sp} said in a [statement|written statement|video message] {when_said}.",
    "In a post on [social media|X|Facebook], {sp} wrote: “{quote}.”",
    "“{quote},” {sp} said [at a briefing in {place}|outside the offices of {org0}|"
    "in an interview].",
    "“{quote},” {sp} [said|insisted|argued], [speaking|talking] [to reporters|to a small crowd|"
    "by phone] {when_said}.",
    "“{quote}.” That was how {sp} [summed up|described] [the situation|the mood|the week].",
    "[Asked|Pressed] [whether|if] [more could have been done|the warnings had been ignored|"
    "{org0} was to blame], {sp} [said|replied]: “{quote}.”",
    "“{quote},” [added|said] {sp_end}, whose [organisation|office|team] has [faced criticism|"
    "been under pressure|come under fire] over {issue}.",
    "{sp} [later|subsequently] [added|said]: “{quote}.”",
    "“{question}?” [asked|said] {sp_end}.",
)
FIGURES = (
    "{fig}.",
    "[By one estimate|By some estimates|By official estimates], {fig}.",
    "[Figures|Data|Numbers] from {org1} show that {fig}.",
    "That [compares with|is up from|is well above] {fig_then} in {prev_year}.",
    "{org0} [puts|estimates|places] the [figure|number|total] at {fig_noun}, "
    "[although|but|while] {org1} says it is [closer to|nearer|as high as] {fig_alt_noun}.",
    "[In all|In total|Altogether], {fig}, [officials|authorities] said.",
    "[About |Nearly |Roughly |]{survey} of {group} in {place} [have been|say they have been] "
    "[affected|hit], according to a [survey|poll|study] by {org1}.",
    "The [figure|total|number] is {ratio} [the number recorded|the level seen|that recorded] "
    "in {prev_year}.",
    "Of those, {pct} [were in|were from|are in] {place2}.",
    "[As of|By] {asof}, {fig}.",
    "{fig}, up from {fig_then} [a week earlier|at the start of the month|in the first days].",
    "[The latest|Updated|Official] figures show that {fig}.",
    "[Even by conservative estimates|On any reading], {fig}.",
)
EVENTS = (
    "{past_event}.",
    "[The trouble began|It all started|It began] when {key_event}.",
    "[Then|After that|Days later], {past_event}.",
    "{past_event}, and {past_event2}.",
    "[Earlier|Before that|Previously], {past_event}.",
    "{past_event}, {sp} [said|recalled|noted].",
    "The last [comparable|similar] {name} in {region}, in {prev_year}, lasted {weeks} weeks.",
    "[Pressure on|Criticism of|Scrutiny of] {org0} has [grown|mounted|intensified] since {since}.",
    "{past_event}, [according to|as reported by|as first reported by] {outlet}.",
    "It was not until {until_event}.",
    "[Witnesses|Local reporters|People in {place}] said {past_event}.",
    "[Records show|Documents show|Accounts suggest] that {past_event}.",
)
FUTURES = (
    "{future_clause}.",
    "{sp} [said|expects that|predicted that] {future_clause}.",
    "A [decision|ruling|final word] on {issue} is [expected|due|likely] {when_future}.",
    "[Officials|Negotiators|Those involved] said they hoped to [settle|resolve|deal with] the "
    "question of {issue} {when_future}, though {effect} could "
    "[delay|complicate|hold up] the process.",
    "{org1} has until {deadline} to [respond|reply|submit its response].",
    "{sp} said it could take until {month_future} before "
    "[life in {place} returned to normal|things returned to normal|the situation settled].",
    "{future_clause}, according to [a timetable|a schedule|plans] [published|released|set out] "
    "by {org0}.",
    "[If all goes to plan|If nothing changes|Barring delays], {future_clause}.",
)
BACKGROUND = (
    "{place} [has a population of|is home to|has] [about |roughly |some |]{pop} "
    "[people|residents|inhabitants].",
    "{event_full} {event_is} the latest in a [series|string|run] of {plural} to [hit|affect] "
    "{region} "
    "in recent years.",
    "{org0}[, founded in {founded},| was founded in {founded} and] employs "
    "[about |some |more than |]{staff} people.",
    "[Critics|Campaigners|Opposition politicians] have long argued that too little attention "
    "was paid to {issue}.",
    "The [dispute|argument|debate] over {issue} [dates back|goes back] to at least {old_year}.",
    "{place} lies [about|roughly|some] {distance} miles [from|north of|south of|east of] {place2}.",
    "Similar cases in the U.S. and [Europe|Canada] have taken [months|years] to resolve.",
    "The [local|regional] economy [depends heavily|relies heavily|leans] on {economy}.",
    "[Analysts|Observers|Some experts] [compared|likened] [the situation|the crisis|the current "
    "troubles] [with|to] [events|what happened] in {place2} in {prev_year}, when {effect} "
    "[lasted for months|dragged on for weeks|went on all summer].",
    "{group} in {place} have [complained|warned] for years about {issue}.",
    "{org0} did not [respond|reply] to [a request|requests] for comment.",
    "{sp} [did not respond to|declined] requests for comment.",
    "It was not [immediately clear|clear|yet known] whether {issue} would be "
    "[addressed|resolved|taken up].",
    "{org1} [employs|represents|has] {staff2} [members|staff|people] [across|in] {region}.",
    "The [last|previous] [review|audit|inspection] of {org0} [took place|was carried out] "
    "in {audit_year}.",
    "[Incomes|Wages|House prices] in {region} [are|have long been] {income} the national average.",
)
REACTIONS = (
    "[Residents|Locals] [described|reported|complained of] {effect}.",
    "{event} {event_has} already [caused|led to|brought] {effect} and {effect2}.",
    "[Businesses|Shop owners|Employers] in {place} blamed {event} for {effect}.",
    "There were [reports|accounts] of {effect} in {place2}.",
    "On social media, [residents of {place}|people in {place}|local residents] [shared|posted] "
    "[images|photos|videos] of {effect}.",
    "For [many|most|some] {group}, {event} {event_has} meant {effect}.",
)
# Context and analysis: the paragraphs where a writer steps back. Built from many choices,
# so two articles rarely word them alike.
CONTEXT = (
    "[The episode|The affair|What happened] has [revived|reopened|renewed] [an old debate|"
    "long-running questions|arguments] about {theme} [in {region}|across the country|"
    "in national politics].",
    "[For years|For decades|Since at least {old_year}], [successive governments|local leaders|"
    "regulators] have [promised|pledged|vowed] to [tackle|fix|look again at] {theme}, "
    "[with little to show for it|with mixed results|but progress has been slow].",
    "[Some|Several|A few] [economists|historians|former officials|political scientists] "
    "[argue|believe|suspect] that {theme} [lies at the heart of|explains much of|"
    "is only part of] the problem.",
    "[Polls|Surveys] [suggest|show] that {theme} [ranks among|has become one of] the "
    "[top|biggest|most pressing] concerns for [voters|residents|households] in {region}.",
    "[Whatever happens next|However it ends|Either way], [questions|arguments] about {theme} "
    "are [unlikely to go away soon|likely to linger|set to return before the next election].",
    "[It is|This is] [not the first time|the second time in {years_few} years|"
    "a rare moment] that {theme} has [dominated|shaped|overshadowed] [local politics|"
    "the news|public debate] in {place}.",
    "[Supporters|Critics|Opponents] of {org0} [say|argue|point out] that "
    "[the organisation|its leadership|its board] [had been warned|was slow to act|"
    "faced impossible choices] [for years|long before this|from the start].",
    "[Budgets|Staffing levels|Inspections] at {org0} [have been cut|were reduced|"
    "have fallen] by {pct} since {old_year}, [according to|based on|judging by] "
    "[public records|annual reports|its own accounts].",
    "[Similar|Comparable] [disputes|crises|controversies] [in|across] [other regions|"
    "neighbouring counties|other countries] have [ended in|led to|produced] [court cases|"
    "resignations|new laws|public inquiries].",
    "[The sums|The stakes|The numbers] [involved|at issue] are [large|modest|hard to pin down] by "
    "[national|regional|historical] standards.",
    "[Few|Not many|Only a handful of] [experts|officials|observers] [expected|predicted|foresaw] "
    "[this outcome|events to move so fast|such a reaction].",
    "[What|How much] {org0} [knew|understood|was told] [and when|beforehand|in advance] "
    "[remains unclear|is still disputed|will be a central question].",
    "The [row|controversy|crisis] [comes at|arrives at] a [difficult|sensitive|delicate] "
    "[time|moment] for [the government|local leaders|{org0}], already under pressure over {theme}.",
    "[Experience elsewhere|History] [suggests|shows|indicates] that such "
    "[disputes|situations|crises] [rarely|seldom] [end quickly|resolve themselves|fade from view].",
    "[Legal experts|Lawyers|Academics] [say|note|caution] that the [rules|law|guidance] on {theme} "
    "[is|remains] [vague|outdated|untested].",
    "[Online|On social media|In letters to local papers], [the debate|opinion|reaction] has been "
    "[fierce|divided|mostly sympathetic].",
)
THEMES = (
    "public spending", "regulation", "oversight", "emergency planning", "local democracy",
    "the cost of living", "ageing infrastructure", "trust in institutions",
    "corporate accountability", "rural neglect", "the housing shortage", "climate risk",
    "workers' rights", "transparency", "the gap between cities and the countryside",
)  # fmt: skip
# Scenes and passers-by: sentences only one article has, as every outlet sends its own
# reporter. They are what keeps independent articles from reading as copies of each other.
COLOUR = (
    "“{vox},” said {local}, {age}, who has lived in {place} for {years} years.",
    "“{vox},” said {local} [waiting|standing|queuing] outside the {landmark}.",
    "[By mid-morning|By noon|By late afternoon|Shortly after dawn] {on_day}, {crowd} had "
    "gathered [outside|near|at] the {landmark} on {street}.",
    "At a {business} on {street}, [customers|staff|regulars] [talked of little else|traded "
    "rumours|watched the news on a small television].",
    "[Signs|Posters|Banners] reading “{sign}” [hung|appeared] [in shop windows|on lampposts|"
    "along {street}].",
    "The [mood|atmosphere] in {place} was [tense|subdued|defiant|anxious|weary] {when_said}.",
    "[Traffic|Life|Business|Footfall] on {street} was [slower|quieter|busier|lighter] than "
    "[usual|normal|on a normal day] {when_said}.",
    "{local_cap}, who [runs|owns|manages] a {business} on {street}, said [sales|trade|bookings] "
    "had fallen by {pct} since {since}.",
    "Some [parents|commuters|shop owners|pensioners] said they had [heard nothing|received "
    "no word|been given conflicting advice] from {org0}.",
    "{local_cap}, who gave only [her|his] first name, {first}, said [she|he] had "
    "[been there since dawn|come from {place2}|given up on getting answers].",
    "[Outside|Inside] the {landmark}, {crowd} [waited|talked quietly|checked their phones] "
    "as [rain|a cold wind|the afternoon heat] [set in|picked up|bore down].",
    "“{vox}. {vox2},” {local} said.",
    "{local_cap} named {first}, who [declined|did not want] to give a surname, said "
    "[the past few days|the last week|recent days] had been "
    "[exhausting|frightening|chaotic|strange].",
    "[Church bells|Car horns|Sirens] [could be heard|rang out|sounded] [across|over] {place} "
    "{when_said}.",
    "[Volunteers|Neighbours|Students] [handed out|were handing out] [coffee|sandwiches|leaflets|"
    "bottled water] [near|outside|by] the {landmark}.",
    "[On|Along] {street}, [several|a few|most] [shops|cafés|offices] [kept their shutters down|"
    "closed early|stayed open late] {when_said}.",
    "[A hand-written notice|A printed sign|A chalkboard] [in the window of|outside|on the door of] "
    "a {business} on {street} [read|said]: “{sign}.”",
    "[Local radio|A community newspaper|A neighbourhood group online] [carried|ran|shared] "
    "[updates|appeals|messages] [every hour|through the night|all day].",
    "The {business} on {street}, [usually|normally] [packed|busy|quiet] at this hour, was "
    "[almost empty|unusually crowded|shut] {when_said}.",
    "{crowd} [lined|filled|crowded] {street} [as|while] [officials arrived|the news spread|"
    "word got around].",
    "[Children|Teenagers|Pensioners] [played|sat|chatted] [on the steps of|outside|by] the "
    "{landmark}, [apparently unaware|seemingly unbothered|as if nothing had happened].",
    "“{vox},” {local} told {outlet_self}.",
    "For {local}, {age}, [this week|this month|the past week] has [meant|brought] [long hours|"
    "sleepless nights|endless phone calls|a lot of waiting].",
    "[Rain|Sunshine|Fog|Sleet] [fell on|settled over|lifted over] {place} {when_said} as "
    "[the news|the latest update|word of the decision] [spread|came through|arrived].",
)
VOX = (
    "I just want to know [what happens next|who is responsible|when this will end]",
    "[Nobody|Not one official|No one from {org0}] has told us anything",
    "We have been through [worse|hard times before], but [not by much|never like this]",
    "[My business|The shop|Our restaurant] has lost [half|most|a third] of its customers",
    "You can feel the [tension|worry|anger] [everywhere|on every street|in every shop]",
    "Everyone here knows [someone|a family|a neighbour] who has been affected",
    "We are [tired|sick|weary] of [promises|excuses|meetings]",
    "It is the not knowing that [gets to you|keeps me up at night|wears you down]",
    "People are [helping|looking out for] each other, [that is the good part|which is something]",
    "I never thought this would happen [here|in {place}|to us]",
    "They should have [listened|acted|done something] [years ago|long ago|when we asked]",
    "We will get through it, we [always do|have before]",
    "My [children|grandchildren|kids] keep asking me questions I cannot answer",
    "I have stopped [watching the news|reading about it|listening to the radio]",
    "Somebody has to take [responsibility|the blame|charge]",
    "The whole [town|street|village] is talking about it",
    "It feels like nobody in charge has a [plan|clue|grip on this]",
    "We just want things to go back to [normal|how they were]",
)
LOCALS = (
    "a nurse", "a shop owner", "a retired teacher", "an electrician", "a bus driver",
    "a café owner", "a student", "a farmer", "a taxi driver", "a pharmacist", "a baker",
    "a mechanic", "a father of three", "a mother of two", "a retired engineer", "a cleaner",
    "a delivery driver", "a hairdresser", "a postal worker", "a plumber", "a carpenter",
    "a care worker", "a warehouse worker", "a market trader",
)  # fmt: skip
LANDMARKS = (
    "old town hall", "main square", "bus station", "public library", "harbour wall",
    "community centre", "hospital entrance", "market hall", "railway station",
    "council building", "post office", "sports hall", "parish church", "fire station",
)  # fmt: skip
STREETS = (
    "Mill", "Station", "Church", "Harbour", "Victoria", "Bridge", "Chapel", "Queen",
    "Park", "Orchard", "Canal", "Castle", "Water", "Market", "Elm", "Cedar", "Union",
    "Princes", "Foundry", "Tanner",
)  # fmt: skip
STREET_KINDS = ("Road", "Street", "Avenue", "Lane")
BUSINESSES = (
    "café", "bakery", "petrol station", "hardware shop", "pharmacy", "pub", "barber's",
    "grocery", "bookshop", "corner shop", "laundrette", "diner",
)  # fmt: skip
CROWDS = (
    "a small crowd", "a line of cars", "a group of volunteers", "dozens of reporters",
    "a handful of protesters", "several families", "a queue of people", "a few neighbours",
)  # fmt: skip
SIGNS = (
    "We want answers", "Not in our name", "Enough is enough", "Stand together",
    "{place} deserves better", "Thank you", "Tell us the truth",
)  # fmt: skip
# Openings and endings that writers add to a plain sentence: they vary its length and
# give each outlet's version of a shared fact words of its own.
OPENERS = (
    "Meanwhile", "At the same time", "Separately", "In the latest twist",
    "In a further sign of the strain", "As the week wore on", "Against that backdrop",
    "On a busy day in {place}", "In a development that surprised few", "By most accounts",
    "Late in the day",
)  # fmt: skip
# Endings that fit after any statement of fact or event.
TAILS = (
    ", [as|while] {crowd} [waited|gathered] [outside|near] the {landmark}",
    ", according to [people familiar with the matter|two people briefed on the discussions|"
    "documents seen by {outlet_self}]",
    " [despite|amid] [growing|mounting|renewed] [criticism|pressure|anger] [from|among] "
    "[residents|opposition politicians|local businesses]",
    ", with [more|further] [details|announcements] [expected|promised] [later|in the coming days]",
)
# Slots that state one of the story's facts, and the budget each draws on.
FACT_SLOTS = {
    "fig": "fig",
    "fig_noun": "fig",
    "fig_alt": "fig",
    "fig_alt_noun": "fig",
    "past_event": "event",
    "past_event2": "event",
    "until_event": "event",
    "future_clause": "future",
    "when_future": "future",
    "key_event": "key",
    "lead_event": "key",
    "quote": "quote",
    "quote2": "quote",
}
# The last words of company names; a company named once is then "the company".
COMPANY_WORDS = frozenset(
    "Industries Holdings Capital Motors Rail Telecom Airways Energy Mining Power Engineering "
    "Construction Automotive Homes".split()
)
SCENES_AND_CONTEXT = COLOUR + CONTEXT
# What may follow the first sentence of an article: attributions and figures that do not
# refer back to an earlier figure ("That compares with ...", "Of those, ...").
LEDE_FOLLOW_UPS = tuple(
    template
    for template in ATTRIBUTIONS + FIGURES
    if not template.startswith(("That ", "The [figure", "Of those", "{org1} [disputed"))
)
# The kinds of sentence that may take an opening from OPENERS and an ending from TAILS.
DECORATED = (ATTRIBUTIONS, FIGURES, EVENTS, REACTIONS)
# How often a paragraph is built around each kind of sentence.
PARAGRAPH_KINDS: tuple[tuple[tuple[str, ...], int], ...] = (
    (ATTRIBUTIONS, 13),
    (QUOTES, 13),
    (FIGURES, 9),
    (EVENTS, 10),
    (FUTURES, 7),
    (BACKGROUND, 10),
    (REACTIONS, 5),
    (CONTEXT, 13),
    (COLOUR, 20),
)
FRAGMENTS = (
    "long overdue", "a step in the right direction", "deeply disappointing",
    "simply unacceptable", "a reckless gamble", "the least we could do", "a good start",
    "far too little, far too late",
)  # fmt: skip
RATIOS = (
    "nearly double",
    "about three times",
    "less than half",
    "roughly twice",
    "about a third of",
)

# ---------------------------------------------------------------------------------------
# Headlines, pasted pages and rewrites.

# Added to a headline that another article of the story already has.
QUALIFIERS = (
    ", officials say", " as pressure grows", " amid growing anger", ", report says",
    " as questions mount", " as deadline nears", ", sources say", " despite warnings",
)  # fmt: skip
# Teasers for pasted pages when the corpus has no other story to tease.
FILLER_TEASERS = (
    "Council approves new cycle lanes", "Five things to do this weekend",
    "Local team reaches regional final", "Rain expected to return by midweek",
)  # fmt: skip
PAGE_PROMPTS = ("Menu", "Search", "Sign in", "Subscribe")
SHARE_LINES = ("Share this article", "Share", "Listen to this article")
# A site's menu, copied with a pasted page.
MENU_WORDS = (
    "World", "Business", "Politics", "Science", "Health", "Sport", "Opinion", "Local",
    "Climate", "Tech", "Culture", "Money",
)  # fmt: skip
# Subheadings, which long articles sometimes carry.
SUBHEADS = ("What happens next", "Background", "Reaction", "The numbers", "What we know")
# Light rewording that a rewrite applies to copied sentences.
REWORDINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bsaid on (?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)", "said "),
        (r"\babout (?=[$\d])", "around "),
        (r"\bmore than (?=[$\d])", "over "),
        (r"\bnearly (?=[$\d])", "almost "),
        (r"\broughly (?=[$\d])", "approximately "),
        (r"\bofficials\b", "authorities"),
        (r"\bresidents\b", "locals"),
        (r"\bwarned\b", "cautioned"),
        (r"\bsaid that\b", "said"),
        (r"^In a statement ([^,]+), ", r"\1, "),
        (r", according to ((?:the )?[A-Z][\w' ]+)\.$", r", \1 said."),
        (r"\bdid not respond to\b", "did not reply to"),
        (r"\bbegan\b", "started"),
        (r" said\.$", " told reporters."),
        (r"\bheavily\b", "largely"),
    )
)
