"""Topic frames for benchmarks/corpus.py: what a story is about, and the words its
articles use. Pure data.

A frame gives a story its title, its two organisations, the roles of the people it quotes,
its events (past and coming), its issues, effects, key figures, quotes, headlines and tags.
The GENERIC_ parts at the end are what any story may add to its frame's own, so that two
stories of one topic differ.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fig:
    """A key figure of a topic. `noun` and `clause` hold `{n}` where the number goes."""

    kind: str  # "count", "money", "pct" or "num" (a measure that may have decimals)
    low: float
    high: float
    noun: str
    clause: str


@dataclass(frozen=True)
class Frame:
    """A topic. Strings may name the story's {place}, {place2}, {region}, {org0}, {org1},
    {group}, {co}, {co2} and {storm}; roles start with their article ("the", "a") and may
    start with an honorific and a bar ("Dr.|the chief medical officer at {org0}")."""

    title: str
    name: str
    plural: str
    event: str
    full: str
    group: str
    orgs: tuple[str, str]
    roles: tuple[str, ...]
    past: tuple[str, ...]  # what happened, subject included; the first starts the story
    future: tuple[str, ...]  # what will happen, subject and "will" included
    issues: tuple[str, ...]
    effects: tuple[str, ...]
    figs: tuple[Fig, ...]
    quotes: tuple[str, ...]
    headlines: tuple[str, ...]
    tags: tuple[str, ...]


def _items(text: str) -> tuple[str, ...]:
    """Frames list their phrases in one string separated by semicolons, for readability."""
    return tuple(item.strip() for item in text.split(";"))


FRAMES: tuple[Frame, ...] = (
    Frame(
        title="{place} port strike",
        name="port strike",
        plural="port strikes",
        event="the strike",
        full="the strike at the port of {place}",
        group="dockworkers",
        orgs=("the {place} Port Authority", "the Harbour Workers Union"),
        roles=_items(
            "the president of {org1}; the executive director of {org0}; "
            "the chief negotiator for {org1}; a spokesperson for {org0}"
        ),
        past=_items(
            "dockworkers walked off the job at the {place} container terminal; "
            "{org1} rejected a revised pay offer; "
            "{org0} suspended overnight cargo operations; "
            "the first container ships were diverted to {place2}; "
            "talks between the two sides broke down after eleven hours"
        ),
        future=_items(
            "members of {org1} will vote on the latest contract offer; "
            "federal mediators will join the talks; "
            "{org0} will resume limited operations"
        ),
        issues=_items("pay for night shifts; automation at the terminals; pension contributions"),
        effects=_items(
            "long queues of trucks outside the gates; empty shelves in some stores; "
            "rising freight costs; a backlog of ships at anchor"
        ),
        figs=(
            Fig("count", 400, 15000, "{n} dockworkers", "{n} dockworkers have joined the strike"),
            Fig("money", 5e6, 9e8, "{n} in cargo", "the strike is holding up {n} in cargo a day"),
            Fig("pct", 5, 60, "{n}", "the port handles {n} of the country's container traffic"),
            Fig("count", 20, 180, "{n} ships", "{n} ships are waiting outside the harbour"),
        ),
        quotes=_items(
            "We are not going back until there is a fair offer on the table; "
            "Every day this goes on, farmers and small businesses pay the price; "
            "The automation plan would cost hundreds of jobs"
        ),
        headlines=_items(
            "Dockworkers walk out at {Place} port; {Place} port strike talks stall over {issue}; "
            "Cargo piles up as {Place} strike drags on; {Org1} rejects latest offer in port dispute"
        ),
        tags=_items("labour; shipping; strikes"),
    ),
    Frame(
        title="{place} wildfire",
        name="wildfire",
        plural="wildfires",
        event="the fire",
        full="the wildfire near {place}",
        group="residents",
        orgs=("the {region} Fire Service", "the {place} Emergency Management Office"),
        roles=_items(
            "Chief|the head of {org0}; the director of {org1}; the mayor of {place}; "
            "Dr.|a fire ecologist at {university}"
        ),
        past=_items(
            "a wildfire broke out in dry brush north of {place}; "
            "strong winds pushed the fire across the highway toward {place2}; "
            "{org1} ordered the evacuation of several neighbourhoods; "
            "firefighters cut a containment line along the ridge; "
            "the fire destroyed a school and dozens of homes"
        ),
        future=_items(
            "evacuation orders will be reviewed; "
            "{org0} will release its first damage assessment; "
            "schools in {place} will reopen"
        ),
        issues=_items(
            "the warning given to residents; forest management; the number of firefighters on duty"
        ),
        effects=_items(
            "thick smoke over {place2}; closed roads across {region}; "
            "power cuts for thousands of homes; crowded evacuation shelters"
        ),
        figs=(
            Fig("num", 200, 90000, "{n} acres", "the fire has burned {n} acres"),
            Fig("count", 500, 40000, "{n} residents", "{n} residents have been told to leave"),
            Fig("pct", 5, 95, "{n}", "the fire was {n} contained"),
            Fig("count", 10, 900, "{n} homes", "{n} homes and other buildings have been destroyed"),
        ),
        quotes=_items(
            "The wind simply did not give us a chance; We lost everything, but we are alive; "
            "Conditions are going to get worse before they get better"
        ),
        headlines=_items(
            "Wildfire forces evacuations near {Place}; Crews battle {Place} fire as winds pick up; "
            "Residents of {Place} wait to learn fate of homes; "
            "Smoke blankets {Place2} as fire grows"
        ),
        tags=_items("wildfires; climate; emergencies"),
    ),
    Frame(
        title="{place} mayoral recount",
        name="recount",
        plural="recounts",
        event="the recount",
        full="the recount in the {place} mayoral race",
        group="voters",
        orgs=("the {region} Board of Elections", "the {place} Civic Party"),
        roles=_items(
            "the chair of {org0}; a candidate for mayor of {place}; "
            "a lawyer for {org1}; the county clerk in {place}"
        ),
        past=_items(
            "the first count left the two leading candidates for mayor of {place} "
            "a few hundred votes apart; "
            "{org1} filed a request for a full hand recount; "
            "election workers found a box of uncounted ballots in a storage room; "
            "a judge ordered {org0} to preserve all ballots"
        ),
        future=_items(
            "{org0} will certify the final result; "
            "the court will hear arguments on the disputed ballots; "
            "the new mayor will be sworn in"
        ),
        issues=_items(
            "mail-in ballots that arrived late; signature checks; the chain of custody for ballots"
        ),
        effects=_items(
            "long lines of observers at the counting centre; a flood of complaints from voters; "
            "uncertainty at city hall"
        ),
        figs=(
            Fig("count", 50, 2000, "{n} votes", "the margin stands at {n} votes"),
            Fig("count", 20000, 400000, "{n} ballots", "{n} ballots must be counted by hand"),
            Fig("money", 1e5, 3e6, "{n}", "the recount will cost {n}"),
            Fig("pct", 40, 75, "{n}", "turnout reached {n}"),
        ),
        quotes=_items(
            "Every legal vote has to be counted, and counted correctly; "
            "This is not about who wins, it is about trust in the process; "
            "We are confident the result will stand"
        ),
        headlines=_items(
            "{Place} mayoral race heads to recount; Recount narrows gap in {Place} election; "
            "Judge orders ballots preserved in {Place} recount; "
            "{Place} voters wait as hand recount begins"
        ),
        tags=_items("elections; politics; local government"),
    ),
    Frame(
        title="{co} bid for {co2}",
        name="takeover",
        plural="takeovers",
        event="the deal",
        full="the proposed merger of {org0} and {org1}",
        group="shareholders",
        orgs=("{co} Industries", "{co2} Holdings"),
        roles=_items(
            "the chief executive of {org0}; the chief financial officer of {org1}; "
            "an analyst at {institute}; the competition commissioner of {region}"
        ),
        past=_items(
            "{org0} agreed to buy {org1} in a cash-and-stock deal; "
            "shares of {org1} jumped after the announcement; "
            "the competition regulator in {region} opened a review of the deal; "
            "a group of {org1} shareholders wrote to the board opposing the terms; "
            "{org0} raised its offer"
        ),
        future=_items(
            "shareholders of {org1} will vote on the deal; "
            "the regulator will publish its preliminary findings; "
            "the combined company will announce its new leadership team"
        ),
        issues=_items(
            "job cuts at the combined company; the price offered per share; "
            "competition in the regional market"
        ),
        effects=_items(
            "a sharp rise in {org1} shares; worries among suppliers; "
            "speculation about further takeovers in the sector"
        ),
        figs=(
            Fig("money", 2e8, 3e10, "{n}", "the deal values {org1} at {n}"),
            Fig("count", 500, 20000, "{n} jobs", "{n} jobs could be cut after the merger"),
            Fig("pct", 5, 45, "{n}", "the offer is a premium of {n} over the last closing price"),
            Fig("money", 1e7, 5e8, "{n}", "the companies expect savings of {n} a year"),
        ),
        quotes=_items(
            "Together we will be stronger and more competitive; "
            "The offer significantly undervalues the company; "
            "We will look very carefully at what this means for customers"
        ),
        headlines=_items(
            "{Org0} agrees to buy {Org1}; {Org1} shareholders push back on takeover terms; "
            "Regulator opens review of {Org0} deal; {Org0} sweetens offer for {Org1}"
        ),
        tags=_items("business; mergers; markets"),
    ),
    Frame(
        title="{region} drought",
        name="drought",
        plural="droughts",
        event="the drought",
        full="the drought in {region}",
        group="farmers",
        orgs=("the {region} Water Authority", "the {region} Farmers Association"),
        roles=_items(
            "the director of {org0}; the president of {org1}; "
            "Dr.|a hydrologist at {university}; the mayor of {place}"
        ),
        past=_items(
            "{org0} declared a drought emergency across {region}; "
            "the reservoir above {place} fell to its lowest level on record; "
            "{org0} banned the use of hoses and sprinklers; "
            "farmers in {place2} began selling cattle they could no longer feed; "
            "the government approved emergency payments for growers"
        ),
        future=_items(
            "water restrictions will be tightened; "
            "{org0} will decide on the next round of cuts; "
            "the emergency payments will begin"
        ),
        issues=_items(
            "water rights for large farms; leaks in the old pipe network; the price of water"
        ),
        effects=_items(
            "dry wells in rural areas; failed harvests; rising food prices; dust storms"
        ),
        figs=(
            Fig("pct", 10, 60, "{n}", "the reservoir is at {n} of capacity"),
            Fig("num", 1, 30, "{n} inches", "only {n} inches of rain have fallen this year"),
            Fig("money", 1e7, 2e9, "{n}", "crop losses have reached {n}"),
            Fig("count", 200, 9000, "{n} farms", "{n} farms have applied for emergency aid"),
        ),
        quotes=_items(
            "We have never seen the river this low; "
            "If it does not rain by spring, many of us will not survive; "
            "Every drop we save now matters"
        ),
        headlines=_items(
            "Drought emergency declared across {region}; {Place} reservoir hits record low; "
            "Farmers in {Place2} sell cattle as drought bites; "
            "Water restrictions tighten in {region}"
        ),
        tags=_items("drought; climate; agriculture"),
    ),
    Frame(
        title="{co} Capital fraud trial",
        name="fraud trial",
        plural="fraud trials",
        event="the trial",
        full="the fraud trial of the founder of {org0}",
        group="investors",
        orgs=("{co} Capital", "the {region} District Court"),
        roles=_items(
            "the founder of {org0}; Judge|the presiding judge at {org1}; "
            "the lead prosecutor in the case; a lawyer representing {org0}"
        ),
        past=_items(
            "jury selection began in the fraud trial of the founder of {org0}; "
            "a former employee of {org0} testified that records had been altered; "
            "the judge rejected a defence motion to dismiss the case; "
            "prosecutors played recordings of phone calls to the jury; "
            "the defence called its first witness"
        ),
        future=_items(
            "closing arguments will begin; "
            "the jury will begin its deliberations; "
            "the judge will hand down the sentence"
        ),
        issues=_items(
            "the missing investor funds; the company's accounting records; "
            "the credibility of the main witness"
        ),
        effects=_items(
            "a packed public gallery; losses for thousands of small savers; "
            "calls for tighter oversight of investment firms"
        ),
        figs=(
            Fig("money", 1e7, 2e9, "{n}", "investors lost {n}"),
            Fig("count", 300, 40000, "{n} investors", "{n} investors put money into the scheme"),
            Fig("count", 5, 40, "{n} witnesses", "prosecutors plan to call {n} witnesses"),
            Fig("money", 1e6, 5e7, "{n}", "the founder spent {n} on property abroad"),
        ),
        quotes=_items(
            "The evidence will show a pattern of lies; "
            "The evidence will speak for itself; "
            "I trusted them with my savings"
        ),
        headlines=_items(
            "Fraud trial of {Org0} founder opens in {Place}; "
            "Former employee testifies against {Org0}; Jury to decide fate of {Org0} founder; "
            "Prosecutors play recordings in {Org0} fraud trial"
        ),
        tags=_items("courts; finance; crime"),
    ),
    Frame(
        title="{region} ceasefire talks",
        name="ceasefire talks",
        plural="rounds of ceasefire talks",
        event="the talks",
        full="the ceasefire talks in {place}",
        group="civilians",
        orgs=("the {region} Defence Forces", "the {place} Peace Council"),
        roles=_items(
            "Gen.|the commander of {org0}; the chief mediator for {org1}; "
            "Col.|a spokesperson for {org0}; a defence analyst at {institute}"
        ),
        past=_items(
            "negotiators from both sides met in {place} for the first round of ceasefire talks; "
            "shelling resumed near {place2} despite a temporary truce; "
            "the two sides agreed to exchange prisoners; "
            "aid convoys reached {place2} for the first time in weeks; "
            "a drone strike hit a fuel depot outside {place2}"
        ),
        future=_items(
            "a second round of talks will open in {place}; "
            "the temporary truce will expire; "
            "the first prisoner exchange will take place"
        ),
        issues=_items(
            "the withdrawal of heavy weapons; the release of prisoners; "
            "control of the border crossing"
        ),
        effects=_items(
            "shortages of food and medicine; thousands of families fleeing the fighting; "
            "damaged power lines across {region}"
        ),
        figs=(
            Fig("count", 5000, 90000, "{n} troops", "{n} troops are deployed along the front line"),
            Fig("count", 50, 3000, "{n} prisoners", "{n} prisoners are to be exchanged"),
            Fig("count", 10000, 500000, "{n} people", "{n} people have fled their homes"),
            Fig("num", 10, 400, "{n} miles", "the front line stretches for {n} miles"),
        ),
        quotes=_items(
            "A ceasefire on paper means nothing if the guns do not fall silent; "
            "We came here in good faith; "
            "The people of {place2} cannot wait any longer"
        ),
        headlines=_items(
            "Ceasefire talks open in {Place}; Shelling near {Place2} tests fragile truce; "
            "Sides agree prisoner swap at {Place} talks; Aid reaches {Place2} as talks continue"
        ),
        tags=_items("conflict; diplomacy; ceasefires"),
    ),
    Frame(
        title="{region} vaccine rollout",
        name="vaccine rollout",
        plural="vaccination campaigns",
        event="the rollout",
        full="the vaccine rollout in {region}",
        group="patients",
        orgs=("the {region} Health Department", "{place} General Hospital"),
        roles=_items(
            "Dr.|the chief medical officer at {org0}; "
            "Dr.|the director of infectious diseases at {org1}; "
            "a pharmacist in {place}; a spokesperson for {org0}"
        ),
        past=_items(
            "{org0} began offering the new vaccine to people over 65; "
            "the first shipment of doses arrived in {place}; "
            "a computer fault briefly halted bookings; "
            "pharmacies in {place2} started giving shots without appointments; "
            "{org0} widened eligibility to teachers and care workers"
        ),
        future=_items(
            "{org0} will open eligibility to all adults; "
            "a second shipment of doses will arrive; "
            "mobile clinics will start visiting rural towns"
        ),
        issues=_items("the supply of doses; booking problems; vaccine hesitancy in rural areas"),
        effects=_items(
            "long queues at pharmacies; crashed booking websites; confusion among older residents"
        ),
        figs=(
            Fig("count", 10000, 2000000, "{n} doses", "{n} doses have been given so far"),
            Fig("pct", 10, 80, "{n}", "{n} of adults have had at least one dose"),
            Fig("count", 20, 600, "{n} clinics", "{n} clinics are offering the shot"),
            Fig("money", 1e6, 3e8, "{n}", "the programme has cost {n} so far"),
        ),
        quotes=_items(
            "Getting a shot is the best way to protect yourself and your family; "
            "The demand has been overwhelming; We simply do not have enough doses yet"
        ),
        headlines=_items(
            "Vaccine rollout begins in {region}; Booking problems slow {region} vaccine drive; "
            "{Org0} widens vaccine eligibility; Queues form at {Place} pharmacies for new vaccine"
        ),
        tags=_items("health; vaccines; public health"),
    ),
    Frame(
        title="{place} bridge collapse",
        name="bridge collapse",
        plural="infrastructure failures",
        event="the collapse",
        full="the collapse of the {place} river bridge",
        group="commuters",
        orgs=("the {region} Department of Transportation", "{co} Construction"),
        roles=_items(
            "the secretary of {org0}; the chief executive of {org1}; "
            "Dr.|a structural engineer at {university}; the mayor of {place}"
        ),
        past=_items(
            "a section of the {place} river bridge collapsed during the evening rush hour; "
            "divers recovered a car from the river; "
            "inspectors from {org0} found cracks in two support piers; "
            "{org1} halted work on the bridge's repair project; "
            "a temporary ferry service began carrying commuters across the river"
        ),
        future=_items(
            "investigators will publish a preliminary report; "
            "a temporary bridge will open; "
            "{org0} will present plans for a replacement"
        ),
        issues=_items("bridge inspection records; the repair contract; the cost of a replacement"),
        effects=_items(
            "hour-long detours for commuters; traffic jams across {place}; "
            "businesses cut off from customers"
        ),
        figs=(
            Fig("count", 5, 60, "{n} people", "{n} people were injured"),
            Fig("money", 5e7, 2e9, "{n}", "a replacement bridge could cost {n}"),
            Fig("count", 20000, 200000, "{n} vehicles", "the bridge carried {n} vehicles a day"),
            Fig("num", 5, 40, "{n} miles", "detours add {n} miles to the trip"),
        ),
        quotes=_items(
            "It went down in seconds; We raised concerns about that bridge years ago; "
            "Our first priority is the families"
        ),
        headlines=_items(
            "Bridge collapses in {Place} during rush hour; "
            "Inspectors found cracks in {Place} bridge, records show; "
            "{Place} commuters face long detours after collapse; "
            "Temporary ferry opens after {Place} bridge collapse"
        ),
        tags=_items("infrastructure; transport; accidents"),
    ),
    Frame(
        title="{co} Telecom data breach",
        name="data breach",
        plural="data breaches",
        event="the breach",
        full="the data breach at {org0}",
        group="customers",
        orgs=("{co} Telecom", "the {region} Data Protection Office"),
        roles=_items(
            "the chief executive of {org0}; a commissioner at {org1}; "
            "a security researcher at {institute}; the chief information security officer at {org0}"
        ),
        past=_items(
            "{org0} discovered that hackers had accessed its customer database; "
            "{org0} told customers about the breach by email; "
            "{org1} opened an investigation; "
            "stolen records appeared for sale on an online forum; "
            "{org0} reset the passwords of all customer accounts"
        ),
        future=_items(
            "{org1} will announce whether it will fine the company; "
            "{org0} will publish the findings of an independent review; "
            "{org0} will begin offering free credit monitoring"
        ),
        issues=_items(
            "how long the breach went unnoticed; the encryption of customer data; "
            "compensation for customers"
        ),
        effects=_items(
            "a wave of phishing emails; customers cancelling contracts; a fall in {org0} shares"
        ),
        figs=(
            Fig("count", 1e5, 3e7, "{n} customers", "the data of {n} customers was exposed"),
            Fig("money", 1e6, 5e8, "{n}", "the company could face fines of {n}"),
            Fig("count", 5, 200, "{n} days", "the attackers were inside the network for {n} days"),
            Fig("pct", 2, 30, "{n}", "shares of {org0} have fallen {n}"),
        ),
        quotes=_items(
            "We take the security of our customers' data extremely seriously; "
            "This was entirely preventable; Customers deserve straight answers"
        ),
        headlines=_items(
            "{Org0} says hackers stole customer data; Customer data exposed in {Org0} breach; "
            "Regulator investigates {Org0} breach; "
            "{Org0} customers targeted by phishing after breach"
        ),
        tags=_items("technology; cybersecurity; privacy"),
    ),
    Frame(
        title="{place} floods",
        name="flood",
        plural="floods",
        event="the flooding",
        full="the flooding in {place}",
        group="residents",
        orgs=("the {region} Environment Agency", "{place} City Council"),
        roles=_items(
            "the director of {org0}; the leader of {org1}; "
            "Dr.|a climate scientist at {university}; a volunteer coordinator in {place}"
        ),
        past=_items(
            "the river burst its banks in {place} after two days of heavy rain; "
            "rescuers evacuated a care home in {place2}; "
            "{org0} issued its highest flood warning for the valley; "
            "the floodwater began to recede; "
            "soldiers were called in to help fill sandbags"
        ),
        future=_items(
            "{org1} will open a relief fund for affected households; "
            "insurers will send assessors to the worst-hit streets; "
            "{org0} will publish a review of the flood defences"
        ),
        issues=_items(
            "the state of the flood defences; insurance for homes in flood zones; "
            "warnings that came too late"
        ),
        effects=_items(
            "flooded basements and shops; closed schools; contaminated drinking water; "
            "damaged farmland"
        ),
        figs=(
            Fig("count", 200, 20000, "{n} homes", "{n} homes were flooded"),
            Fig("num", 2, 12, "{n} inches", "{n} inches of rain fell in 48 hours"),
            Fig("money", 5e6, 1e9, "{n}", "the damage is put at {n}"),
            Fig("num", 1, 6, "{n} meters", "the river rose {n} meters above its normal level"),
        ),
        quotes=_items(
            "The water came up so fast we had no time to move anything; "
            "The defences did exactly what they were designed to do; "
            "This is what a changing climate looks like"
        ),
        headlines=_items(
            "Floods hit {Place} after river bursts banks; "
            "Clean-up begins as {Place} floodwater recedes; "
            "Questions raised over {Place} flood defences; {Place} residents count cost of floods"
        ),
        tags=_items("floods; weather; climate"),
    ),
    Frame(
        title="{co} Motors plant closure in {place}",
        name="plant closure",
        plural="plant closures",
        event="the closure",
        full="the closure of the {org0} plant in {place}",
        group="workers",
        orgs=("{co} Motors", "the United Assembly Workers"),
        roles=_items(
            "the chief executive of {org0}; the regional director of {org1}; "
            "the mayor of {place}; an economist at {institute}"
        ),
        past=_items(
            "{org0} announced it would close its assembly plant in {place}; "
            "workers staged a rally outside the plant gates; "
            "{org1} presented an alternative plan to keep the plant open; "
            "the government of {region} offered tax breaks to keep production in {place}; "
            "{org0} confirmed the closure date"
        ),
        future=_items(
            "the last car will roll off the line; "
            "{org0} will begin talks on severance packages; "
            "the plant will close for good"
        ),
        issues=_items("severance pay; the future of the site; the loss of supplier jobs"),
        effects=_items(
            "empty storefronts on the main street; falling house prices in {place}; "
            "a drop in local tax revenue"
        ),
        figs=(
            Fig("count", 300, 8000, "{n} jobs", "{n} jobs will be lost"),
            Fig("count", 500, 20000, "{n} jobs", "another {n} jobs at suppliers are at risk"),
            Fig("money", 1e7, 9e8, "{n}", "the company will take a charge of {n}"),
            Fig("count", 30, 110, "{n} years", "the plant has operated for {n} years"),
        ),
        quotes=_items(
            "This plant built this town; The decision is painful but necessary; "
            "We will fight for every job"
        ),
        headlines=_items(
            "{Org0} to close {Place} plant; Workers rally to save {Place} factory; "
            "{Place} braces for life after {Org0}; Union offers plan to keep {Org0} plant open"
        ),
        tags=_items("business; jobs; manufacturing"),
    ),
    Frame(
        title="{place} train derailment",
        name="derailment",
        plural="derailments",
        event="the derailment",
        full="the derailment near {place}",
        group="residents",
        orgs=("{co} Rail", "the {region} Transport Safety Board"),
        roles=_items(
            "the president of {org0}; an investigator with {org1}; "
            "the fire chief of {place}; Dr.|a toxicologist at {university}"
        ),
        past=_items(
            "a freight train carrying chemicals derailed near {place}; "
            "crews burned off chemicals from five tank cars; "
            "residents within a mile of the site were ordered to leave; "
            "investigators from {org1} recovered the train's data recorder; "
            "the evacuation order was lifted"
        ),
        future=_items(
            "{org1} will issue its preliminary report; "
            "{org0} will appear before a legislative committee; "
            "testing of wells around {place} will be completed"
        ),
        issues=_items(
            "the safety of tank cars; air and water testing; the railway's braking systems"
        ),
        effects=_items(
            "a plume of black smoke over {place}; dead fish in nearby streams; "
            "headaches and rashes reported by residents"
        ),
        figs=(
            Fig("count", 10, 150, "{n} cars", "{n} cars left the tracks"),
            Fig("count", 500, 6000, "{n} residents", "{n} residents were evacuated"),
            Fig("money", 1e7, 1e9, "{n}", "the cleanup is expected to cost {n}"),
            Fig("num", 20, 70, "{n} miles per hour", "the train was travelling at {n} mph"),
        ),
        quotes=_items(
            "We were told it was safe to go home, but nobody believes that; "
            "The railway will pay for every cost of the cleanup; This should never have happened"
        ),
        headlines=_items(
            "Freight train derails near {Place}; {Place} residents evacuated after chemical spill; "
            "Investigators examine brakes in {Place} derailment; "
            "Anger grows in {Place} over derailment cleanup"
        ),
        tags=_items("rail; accidents; environment"),
    ),
    Frame(
        title="{place} teachers' strike",
        name="teachers' strike",
        plural="teachers' strikes",
        event="the strike",
        full="the teachers' strike in {place}",
        group="teachers",
        orgs=("the {place} Teachers Federation", "the {place} School District"),
        roles=_items(
            "the president of {org0}; the superintendent of {org1}; "
            "the chair of the {place} school board; an education researcher at {university}"
        ),
        past=_items(
            "teachers in {place} went on strike after contract talks collapsed; "
            "{org1} cancelled classes at all of its schools; "
            "thousands of teachers marched on the district headquarters; "
            "{org1} made a new offer on class sizes; "
            "parents set up informal day care in church halls"
        ),
        future=_items(
            "teachers will vote on the proposed agreement; classes will resume; "
            "the school board will meet to approve the budget"
        ),
        issues=_items("class sizes; salaries; support staff in classrooms"),
        effects=_items("closed schools; parents scrambling for child care; missed exams"),
        figs=(
            Fig("count", 1000, 30000, "{n} teachers", "{n} teachers are on strike"),
            Fig("count", 20000, 400000, "{n} students", "{n} students are out of class"),
            Fig("pct", 2, 15, "{n}", "the union is seeking a raise of {n}"),
            Fig("count", 25, 40, "{n} students", "some classes have {n} students"),
        ),
        quotes=_items(
            "We are doing this for our students; "
            "The district has made a fair and generous offer; "
            "My kids just want to go back to school"
        ),
        headlines=_items(
            "Teachers strike in {Place} as talks collapse; {Place} schools closed for another day; "
            "District makes new offer to striking {Place} teachers; "
            "Parents scramble as {Place} teachers strike"
        ),
        tags=_items("education; labour; strikes"),
    ),
    Frame(
        title="{place} measles outbreak",
        name="measles outbreak",
        plural="measles outbreaks",
        event="the outbreak",
        full="the measles outbreak in {place}",
        group="families",
        orgs=("the {region} Health Department", "{place} Children's Hospital"),
        roles=_items(
            "Dr.|the state epidemiologist at {org0}; Dr.|the head of paediatrics at {org1}; "
            "a school principal in {place}; a spokesperson for {org0}"
        ),
        past=_items(
            "{org0} confirmed the first measles case in {place}; "
            "the outbreak spread to two schools in {place2}; "
            "{org0} opened free vaccination clinics; "
            "unvaccinated students were told to stay home; "
            "a child was admitted to intensive care"
        ),
        future=_items(
            "students without vaccination records will be allowed back; "
            "{org0} will declare the outbreak over if no new cases appear; "
            "a vaccination drive will visit every school"
        ),
        issues=_items(
            "low vaccination rates; exemptions from school vaccine rules; contact tracing"
        ),
        effects=_items("closed classrooms; long queues at clinics; worried parents"),
        figs=(
            Fig("count", 10, 600, "{n} cases", "{n} cases have been confirmed"),
            Fig("pct", 60, 92, "{n}", "vaccination rates in some schools are {n}"),
            Fig("count", 1, 60, "{n} children", "{n} children have been treated in hospital"),
            Fig("count", 500, 20000, "{n} people", "{n} people may have been exposed"),
        ),
        quotes=_items(
            "Measles is one of the most contagious diseases we know; "
            "Vaccination is the only way to stop this; "
            "We had no idea how serious it could get"
        ),
        headlines=_items(
            "Measles outbreak confirmed in {Place}; Measles cases rise in {Place} schools; "
            "Free vaccine clinics open as measles spreads; "
            "Unvaccinated students told to stay home in {Place}"
        ),
        tags=_items("health; measles; public health"),
    ),
    Frame(
        title="{place} earthquake",
        name="earthquake",
        plural="earthquakes",
        event="the earthquake",
        full="the earthquake near {place}",
        group="residents",
        orgs=("the {region} Geological Survey", "the {region} Civil Protection Agency"),
        roles=_items(
            "a seismologist at {org0}; the director of {org1}; the mayor of {place}; "
            "Dr.|a geophysicist at {university}"
        ),
        past=_items(
            "a strong earthquake struck near {place} shortly before dawn; "
            "a magnitude 5.1 aftershock shook the region; "
            "rescuers pulled a woman alive from the rubble in {place2}; "
            "{org1} set up tent camps for displaced families; "
            "engineers began inspecting damaged schools"
        ),
        future=_items(
            "inspections of all public buildings will be completed; "
            "families in tent camps will move to temporary housing; "
            "{org1} will present a reconstruction plan"
        ),
        issues=_items("building codes; the speed of the rescue; shelter for displaced families"),
        effects=_items(
            "collapsed houses in the old town; landslides blocking mountain roads; "
            "cracked walls in hospitals and schools"
        ),
        figs=(
            Fig("num", 5.2, 7.8, "magnitude {n}", "the quake had a magnitude of {n}"),
            Fig("count", 3, 900, "{n} people", "{n} people have been killed"),
            Fig("count", 100, 30000, "{n} people", "{n} people are sleeping in tents"),
            Fig("num", 5, 40, "{n} kilometers", "the quake struck at a depth of {n} kilometers"),
        ),
        quotes=_items(
            "The house was shaking like a boat; "
            "We are still searching, and we have not given up hope; "
            "Many of these buildings should never have been approved"
        ),
        headlines=_items(
            "Strong earthquake hits near {Place}; Rescuers search rubble after {Place} quake; "
            "Aftershock rattles {Place} as death toll rises; Tent camps go up after {Place} quake"
        ),
        tags=_items("earthquakes; disasters"),
    ),
    Frame(
        title="{place} housing development",
        name="housing dispute",
        plural="planning disputes",
        event="the development",
        full="the proposed housing development in {place}",
        group="residents",
        orgs=("{co} Homes", "the {place} Planning Commission"),
        roles=_items(
            "the managing director of {org0}; the chair of {org1}; "
            "an organiser with the {place} Neighbours Association; "
            "a housing economist at {institute}"
        ),
        past=_items(
            "{org0} submitted plans for hundreds of new homes on the edge of {place}; "
            "residents packed a public meeting to oppose the plans; "
            "{org1} delayed its vote on the project; "
            "{org0} cut the height of the tallest building; "
            "a petition against the plans was delivered to city hall"
        ),
        future=_items(
            "{org1} will vote on the plans; a public consultation will close; "
            "{org0} will submit revised designs"
        ),
        issues=_items("affordable housing; traffic on narrow roads; the loss of green space"),
        effects=_items("heated public meetings; protest signs in front gardens; rising rents"),
        figs=(
            Fig("count", 100, 3000, "{n} homes", "the plans include {n} homes"),
            Fig("pct", 10, 40, "{n}", "{n} of the homes would be classed as affordable"),
            Fig("count", 500, 12000, "{n} signatures", "the petition has {n} signatures"),
            Fig("money", 2e7, 9e8, "{n}", "the project is worth {n}"),
        ),
        quotes=_items(
            "We are not against new homes, we are against this plan; "
            "The city needs housing, and it needs it now; "
            "Nobody asked the people who live here"
        ),
        headlines=_items(
            "Residents fight {Place} housing plan; {Place} planners delay vote on new homes; "
            "Developer scales back {Place} project; Petition against {Place} development delivered"
        ),
        tags=_items("housing; planning; local government"),
    ),
    Frame(
        title="{co} Airways outage",
        name="airline outage",
        plural="airline outages",
        event="the outage",
        full="the computer outage at {org0}",
        group="passengers",
        orgs=("{co} Airways", "the {region} Civil Aviation Authority"),
        roles=_items(
            "the chief executive of {org0}; a spokesperson for {org0}; "
            "the director of {org1}; an aviation analyst at {institute}"
        ),
        past=_items(
            "a computer failure grounded all {org0} flights; "
            "{org0} restored its booking system; "
            "{org1} demanded a full account of the failure; "
            "thousands of passengers slept at {place} airport; "
            "{org0} blamed a faulty software update"
        ),
        future=_items(
            "{org0} will run its full schedule again; "
            "{org1} will publish the results of its inquiry; "
            "claims for compensation will open"
        ),
        issues=_items(
            "compensation for stranded passengers; backup systems; the faulty software update"
        ),
        effects=_items("cancelled flights; lost luggage; hours-long queues at check-in"),
        figs=(
            Fig("count", 100, 4000, "{n} flights", "{n} flights were cancelled"),
            Fig("count", 1e4, 5e5, "{n} passengers", "{n} passengers were affected"),
            Fig("money", 1e6, 3e8, "{n}", "the outage could cost the airline {n}"),
            Fig("num", 3, 30, "{n} hours", "the system was down for {n} hours"),
        ),
        quotes=_items(
            "We are deeply sorry for the disruption; Nobody told us anything for six hours; "
            "Airlines cannot keep blaming software"
        ),
        headlines=_items(
            "Computer failure grounds {Org0} flights; Passengers stranded at {Place} airport; "
            "{Org0} blames software update for outage; Regulator demands answers from {Org0}"
        ),
        tags=_items("aviation; technology; travel"),
    ),
    Frame(
        title="{place} oil spill",
        name="oil spill",
        plural="oil spills",
        event="the spill",
        full="the oil spill off {place}",
        group="fishermen",
        orgs=("{co} Energy", "the {region} Coast Guard"),
        roles=_items(
            "the chief executive of {org0}; Capt.|the commander of {org1}; "
            "Dr.|a marine biologist at {university}; the mayor of {place}"
        ),
        past=_items(
            "a pipeline operated by {org0} began leaking oil off {place}; "
            "oil reached the beaches of {place2}; "
            "{org1} closed the waters to fishing; "
            "crews laid floating barriers around the harbour; "
            "{org0} said it had sealed the leak"
        ),
        future=_items(
            "the beaches will reopen; {org0} will face a hearing in the state legislature; "
            "fishing restrictions will be reviewed"
        ),
        issues=_items(
            "pipeline inspections; the delay in reporting the leak; compensation for fishermen"
        ),
        effects=_items("oil-covered seabirds; closed beaches; dead fish on the shore"),
        figs=(
            Fig("count", 1e4, 2e6, "{n} gallons", "{n} gallons of oil have leaked"),
            Fig("num", 5, 300, "{n} miles", "{n} miles of coastline have been affected"),
            Fig("count", 50, 3000, "{n} birds", "{n} oil-covered birds have been rescued"),
            Fig("money", 1e6, 5e8, "{n}", "the cleanup has cost {n} so far"),
        ),
        quotes=_items(
            "This is our livelihood washing up on the beach; "
            "We are working around the clock to clean the coast; "
            "The pipeline should have been shut down years ago"
        ),
        headlines=_items(
            "Oil spill fouls beaches near {Place}; Fishing banned off {Place} after pipeline leak; "
            "{Org0} says leak sealed as cleanup continues; Seabirds rescued from {Place} oil spill"
        ),
        tags=_items("environment; energy; oceans"),
    ),
    Frame(
        title="{place} mine accident",
        name="mine accident",
        plural="mining accidents",
        event="the accident",
        full="the accident at the {place} mine",
        group="miners",
        orgs=("{co} Mining", "the {region} Mine Safety Agency"),
        roles=_items(
            "the chief executive of {org0}; an inspector with {org1}; "
            "the leader of the miners' union in {place}; the rescue coordinator in {place}"
        ),
        past=_items(
            "a tunnel collapsed at the {place} mine, trapping a group of miners; "
            "rescuers began drilling a narrow shaft toward the trapped miners; "
            "rescuers made contact with the trapped miners; "
            "{org1} suspended work at two other mines run by {org0}; "
            "the last of the trapped miners was brought to the surface"
        ),
        future=_items(
            "{org1} will publish the findings of its inspection; the mine will remain closed; "
            "{org0} will meet the families of the miners"
        ),
        issues=_items(
            "ventilation in the deep tunnels; past safety violations; the speed of the rescue"
        ),
        effects=_items(
            "families waiting at the mine gate; a halt in production; protests over safety"
        ),
        figs=(
            Fig("count", 5, 60, "{n} miners", "{n} miners were trapped underground"),
            Fig("num", 200, 1500, "{n} meters", "the miners were trapped {n} meters underground"),
            Fig("count", 3, 40, "{n} violations", "inspectors had cited the mine {n} times"),
            Fig("count", 2, 20, "{n} days", "the rescue took {n} days"),
        ),
        quotes=_items(
            "We could hear them tapping on the pipes; Safety has always been our first priority; "
            "These men went to work to feed their families"
        ),
        headlines=_items(
            "Miners trapped after tunnel collapse in {Place}; "
            "Rescuers reach trapped {Place} miners; "
            "Safety record of {Place} mine under scrutiny; Last miner rescued at {Place}"
        ),
        tags=_items("mining; accidents; labour"),
    ),
    Frame(
        title="{place} budget standoff",
        name="budget standoff",
        plural="budget crises",
        event="the budget dispute",
        full="the budget standoff in {place}",
        group="city workers",
        orgs=("{place} City Council", "the {place} Taxpayers Alliance"),
        roles=_items(
            "the mayor of {place}; a member of {org0}; the budget director of {place}; "
            "an economist at {institute}"
        ),
        past=_items(
            "{org0} rejected the mayor's proposed budget; "
            "the mayor warned of layoffs if no budget was passed; "
            "libraries in {place} cut their opening hours; "
            "{org1} called for a freeze on property taxes; "
            "a credit rating agency put the city on watch for a downgrade"
        ),
        future=_items(
            "{org0} will vote on a revised budget; the city will run out of money to pay staff; "
            "the new fiscal year will begin"
        ),
        issues=_items("property taxes; police funding; pension costs"),
        effects=_items("shorter library hours; delayed road repairs; anxious city workers"),
        figs=(
            Fig("money", 5e7, 5e9, "{n}", "the proposed budget totals {n}"),
            Fig("money", 5e6, 4e8, "{n}", "the city faces a shortfall of {n}"),
            Fig("count", 100, 3000, "{n} city workers", "{n} city workers could be laid off"),
            Fig("pct", 1, 9, "{n}", "the plan would raise property taxes by {n}"),
        ),
        quotes=_items(
            "We cannot balance this budget on the backs of working families; "
            "Every department will have to make sacrifices; The numbers simply do not add up"
        ),
        headlines=_items(
            "{Place} council rejects mayor's budget; Layoffs loom as {Place} budget talks stall; "
            "{Place} budget standoff hits libraries; Rating agency warns {Place} over budget"
        ),
        tags=_items("politics; local government; budgets"),
    ),
    Frame(
        title="{place} stadium plan",
        name="stadium deal",
        plural="stadium deals",
        event="the stadium deal",
        full="the plan for a new stadium in {place}",
        group="taxpayers",
        orgs=("the {place} Rovers", "the {region} Stadium Authority"),
        roles=_items(
            "the owner of {org0}; the chair of {org1}; a sports economist at {university}; "
            "a member of the {place} city council"
        ),
        past=_items(
            "{org0} unveiled plans for a new waterfront stadium in {place}; "
            "{org1} approved a public financing package; "
            "opponents gathered signatures to put the deal to a public vote; "
            "{org0} threatened to move the team to {place2}; "
            "a court blocked the sale of public land for the stadium"
        ),
        future=_items(
            "voters will decide on the financing package; construction will begin; "
            "{org1} will hold a final vote on the lease"
        ),
        issues=_items("public subsidies; parking and traffic; who pays if costs overrun"),
        effects=_items(
            "angry letters to local papers; rising land prices near the waterfront; "
            "a split on the city council"
        ),
        figs=(
            Fig("money", 3e8, 3e9, "{n}", "the stadium would cost {n}"),
            Fig("money", 5e7, 1e9, "{n}", "the public share of the cost is {n}"),
            Fig("count", 20000, 70000, "{n} seats", "the stadium would hold {n} spectators"),
            Fig("count", 200, 5000, "{n} jobs", "the project would create {n} construction jobs"),
        ),
        quotes=_items(
            "This stadium will bring jobs and pride to the city; "
            "Billionaires should pay for their own stadiums; "
            "The numbers never work out the way they promise"
        ),
        headlines=_items(
            "{Org0} unveil plans for new {Place} stadium; {Place} approves stadium financing; "
            "Stadium deal heads to voters in {Place}; Court blocks land sale for {Place} stadium"
        ),
        tags=_items("sports; local government; economy"),
    ),
    Frame(
        title="{place} water contamination",
        name="water crisis",
        plural="water crises",
        event="the contamination",
        full="the contamination of the drinking water in {place}",
        group="residents",
        orgs=("the {place} Water Utility", "the {region} Environmental Protection Department"),
        roles=_items(
            "the general manager of {org0}; the director of {org1}; "
            "Dr.|a paediatrician in {place}; an organiser with {place} Clean Water Now"
        ),
        past=_items(
            "tests found high levels of lead in tap water in {place}; "
            "{org0} told residents to boil water before drinking it; "
            "volunteers began handing out bottled water; "
            "{org1} ordered the utility to replace old service lines; "
            "{org0} switched to a new water source"
        ),
        future=_items(
            "{org0} will begin replacing lead pipes; the boil-water notice will be lifted; "
            "new test results will be published"
        ),
        issues=_items(
            "ageing lead pipes; delays in warning residents; testing of school water fountains"
        ),
        effects=_items(
            "empty shelves of bottled water; parents lining up for blood tests; "
            "closed school water fountains"
        ),
        figs=(
            Fig("count", 15, 400, "{n} parts per billion", "samples held {n} parts per billion"),
            Fig("count", 2000, 60000, "{n} homes", "{n} homes are served by lead pipes"),
            Fig("money", 1e7, 1e9, "{n}", "replacing the pipes would cost {n}"),
            Fig("pct", 5, 40, "{n}", "{n} of samples exceeded the federal limit"),
        ),
        quotes=_items(
            "I gave that water to my baby; "
            "The water is safe to drink once it has been boiled; "
            "People have been let down at every level"
        ),
        headlines=_items(
            "Lead found in {Place} tap water; Boil-water notice issued in {Place}; "
            "{Place} to replace lead pipes after tests; Parents demand answers over {Place} water"
        ),
        tags=_items("environment; health; water"),
    ),
    Frame(
        title="{region} fuel protests",
        name="fuel protest",
        plural="protests",
        event="the protests",
        full="the fuel price protests in {region}",
        group="protesters",
        orgs=("the {region} Hauliers Association", "the {region} Ministry of Energy"),
        roles=_items(
            "the president of {org0}; a deputy minister at {org1}; "
            "the police chief of {place}; an economist at {institute}"
        ),
        past=_items(
            "truck drivers blocked the main highway into {place} to protest fuel prices; "
            "police cleared a blockade outside a refinery in {place2}; "
            "{org1} announced a temporary cut in fuel duty; "
            "protesters marched through the centre of {place}; "
            "petrol stations in {place} ran dry"
        ),
        future=_items(
            "the temporary cut in fuel duty will take effect; "
            "{org0} will decide whether to call off the blockades; "
            "the energy minister will meet protest leaders"
        ),
        issues=_items("fuel duty; the cost of living; subsidies for farmers and hauliers"),
        effects=_items(
            "queues at petrol stations; delayed deliveries to supermarkets; "
            "gridlock on the ring road"
        ),
        figs=(
            Fig("count", 1000, 100000, "{n} protesters", "{n} protesters joined the marches"),
            Fig("pct", 10, 60, "{n}", "diesel prices have risen {n} this year"),
            Fig("count", 20, 400, "{n} arrests", "police have made {n} arrests"),
            Fig("count", 100, 1000, "{n} stations", "{n} petrol stations have run out of fuel"),
        ),
        quotes=_items(
            "We cannot keep working at a loss; The blockades are hurting ordinary people; "
            "The government has to listen"
        ),
        headlines=_items(
            "Truckers block roads into {Place} over fuel prices; Police clear refinery blockade; "
            "Fuel duty cut after protests in {region}; Petrol stations run dry in {Place}"
        ),
        tags=_items("protests; energy; cost of living"),
    ),
    Frame(
        title="{region} border clashes",
        name="border clash",
        plural="border clashes",
        event="the clashes",
        full="the clashes along the {region} border",
        group="villagers",
        orgs=("the {region} Border Guard", "the {place2} Monitoring Mission"),
        roles=_items(
            "Gen.|the commander of {org0}; the head of {org1}; "
            "Col.|a spokesperson for {org0}; a defence analyst at {institute}"
        ),
        past=_items(
            "soldiers exchanged fire across the border near {place}; "
            "artillery shells landed on farmland outside {place}; "
            "{org1} sent observers to the area; "
            "villagers near {place} were moved to shelters; "
            "commanders from both sides spoke by hotline"
        ),
        future=_items(
            "military commanders will meet at the border crossing; "
            "{org1} will report to the regional security council; "
            "the border crossing will reopen to traffic"
        ),
        issues=_items(
            "the disputed river crossing; troop movements near the border; the safety of farmers"
        ),
        effects=_items(
            "abandoned villages; closed schools near the border; "
            "farmers unable to reach their fields"
        ),
        figs=(
            Fig("count", 1000, 60000, "{n} troops", "{n} troops have been moved to the border"),
            Fig("count", 2, 80, "{n} soldiers", "{n} soldiers have been killed"),
            Fig("count", 500, 30000, "{n} villagers", "{n} villagers have left their homes"),
            Fig("num", 5, 60, "{n} miles", "shells landed {n} miles inside the border"),
        ),
        quotes=_items(
            "We will defend every inch of our territory; Both sides must show restraint; "
            "We hear the guns every night"
        ),
        headlines=_items(
            "Troops exchange fire on {region} border; Villagers flee shelling near {Place}; "
            "Observers sent to {region} border; Border commanders agree to talks"
        ),
        tags=_items("conflict; security; borders"),
    ),
    Frame(
        title="{region} blackouts",
        name="blackout",
        plural="blackouts",
        event="the blackout",
        full="the blackout across {region}",
        group="households",
        orgs=("{co} Power", "the {region} Grid Operator"),
        roles=_items(
            "the chief executive of {org0}; the director of {org1}; "
            "an energy analyst at {institute}; the mayor of {place}"
        ),
        past=_items(
            "a heat wave pushed electricity demand to a record across {region}; "
            "rolling blackouts began in {place} and {place2}; "
            "{org1} asked households to turn down air conditioning; "
            "a transformer fire knocked out power to the hospital district; "
            "power was restored to most homes"
        ),
        future=_items(
            "{org1} will publish its review of the blackout; temperatures will fall; "
            "{org0} will bring a new gas turbine online"
        ),
        issues=_items(
            "the age of the grid; the price of electricity; backup generators at hospitals"
        ),
        effects=_items(
            "traffic lights out across {place}; spoiled food in shops; overheated homes"
        ),
        figs=(
            Fig("count", 2e4, 2e6, "{n} customers", "{n} customers lost power"),
            Fig("num", 95, 118, "{n} degrees", "temperatures reached {n} degrees Fahrenheit"),
            Fig("count", 3, 60, "{n} hours", "some homes were without power for {n} hours"),
            Fig("pct", 5, 30, "{n}", "demand was {n} above the usual summer peak"),
        ),
        quotes=_items(
            "The grid is simply not built for this kind of heat; "
            "We are asking everyone to use less power in the afternoon; "
            "Our freezers are full of food we will have to throw away"
        ),
        headlines=_items(
            "Blackouts hit {region} as heat wave pushes demand; Power restored to most homes; "
            "Grid operator asks {region} to cut power use; Questions grow over {region} blackout"
        ),
        tags=_items("energy; heat; infrastructure"),
    ),
    Frame(
        title="Hurricane {storm}",
        name="hurricane",
        plural="hurricanes",
        event="the storm",
        full="Hurricane {storm}",
        group="residents",
        orgs=("the {region} Emergency Management Agency", "the {place} Red Cross chapter"),
        roles=_items(
            "the director of {org0}; a meteorologist at {institute}; the mayor of {place}; "
            "a volunteer with {org1}"
        ),
        past=_items(
            "Hurricane {storm} made landfall near {place}; "
            "{org0} ordered the evacuation of low-lying areas; "
            "storm surge flooded the seafront in {place2}; "
            "the storm weakened as it moved inland; "
            "crews began clearing fallen trees from the main roads"
        ),
        future=_items(
            "power will be restored to all customers; "
            "{org0} will complete its damage survey; schools will reopen"
        ),
        issues=_items(
            "the evacuation orders; building codes on the coast; aid for uninsured homeowners"
        ),
        effects=_items(
            "fallen trees and power lines; flooded streets; boats thrown onto the shore"
        ),
        figs=(
            Fig("count", 80, 160, "{n} mph", "the storm brought winds of {n} miles per hour"),
            Fig("count", 1e4, 9e5, "{n} homes", "{n} homes and businesses lost power"),
            Fig("money", 1e8, 2e10, "{n}", "the damage could reach {n}"),
            Fig("num", 3, 15, "{n} feet", "the storm surge reached {n} feet"),
        ),
        quotes=_items(
            "This was the worst storm I have seen in forty years; "
            "Stay off the roads and stay away from downed lines; "
            "We will rebuild, like we always do"
        ),
        headlines=_items(
            "Hurricane {Storm} makes landfall near {Place}; "
            "{Place} cleans up after Hurricane {Storm}; "
            "Hurricane {Storm} leaves thousands without power; Surge floods {Place2} seafront"
        ),
        tags=_items("hurricanes; weather; disasters"),
    ),
    Frame(
        title="{region} roads agency bribery case",
        name="bribery scandal",
        plural="corruption scandals",
        event="the investigation",
        full="the bribery investigation at {org0}",
        group="officials",
        orgs=("the {region} Roads Agency", "the {region} Anti-Corruption Office"),
        roles=_items(
            "the director of {org0}; the chief investigator at {org1}; "
            "a lawyer for the former director of {org0}; a governance researcher at {institute}"
        ),
        past=_items(
            "investigators from {org1} raided the offices of {org0}; "
            "the deputy director of {org0} was arrested; "
            "a construction firm admitted paying officials for road contracts; "
            "the director of {org0} resigned; "
            "prosecutors froze bank accounts linked to the case"
        ),
        future=_items(
            "prosecutors will file formal charges; "
            "a parliamentary committee will question the former director; "
            "{org0} will review every contract it has awarded since 2015"
        ),
        issues=_items("road contracts; oversight of public spending; political donations"),
        effects=_items(
            "halted road projects; calls for the minister to resign; a loss of public trust"
        ),
        figs=(
            Fig("money", 1e6, 2e8, "{n}", "officials received {n} in bribes"),
            Fig("count", 5, 120, "{n} contracts", "investigators are examining {n} contracts"),
            Fig("count", 3, 30, "{n} people", "{n} people have been questioned"),
            Fig("money", 5e7, 3e9, "{n}", "the contracts were worth {n}"),
        ),
        quotes=_items(
            "No one is above the law; My client denies any wrongdoing; "
            "This goes far beyond one agency"
        ),
        headlines=_items(
            "Investigators raid {Org0} offices; Deputy director arrested in bribery probe; "
            "{Org0} director resigns amid investigation; Bribery probe widens to road contracts"
        ),
        tags=_items("corruption; politics; courts"),
    ),
    Frame(
        title="{place} subway extension",
        name="subway project",
        plural="transit projects",
        event="the project",
        full="the subway extension in {place}",
        group="commuters",
        orgs=("the {place} Transit Authority", "{co} Engineering"),
        roles=_items(
            "the chair of {org0}; the project director at {org1}; "
            "a transport planner at {university}; a member of the {place} city council"
        ),
        past=_items(
            "{org0} approved a new subway line to {place2}; "
            "tunnel boring machines began digging under the city centre; "
            "{org0} said the project was running over budget; "
            "a sinkhole opened near one of the construction sites; "
            "{org0} replaced the project's lead contractor"
        ),
        future=_items(
            "the first section of the line will open; "
            "{org0} will publish a revised budget; "
            "the tunnel boring machines will reach the river"
        ),
        issues=_items("cost overruns; noise from the night work; the route through the old town"),
        effects=_items(
            "closed streets in the centre; complaints about noise; delays on bus routes"
        ),
        figs=(
            Fig("money", 5e8, 2e10, "{n}", "the line is expected to cost {n}"),
            Fig("num", 3, 25, "{n} miles", "the extension will run for {n} miles"),
            Fig("count", 5, 20, "{n} stations", "the line will have {n} stations"),
            Fig("count", 2e4, 3e5, "{n} riders", "the line is expected to carry {n} riders a day"),
        ),
        quotes=_items(
            "This line will change how people move through the city; "
            "Every month of delay costs taxpayers money; The noise goes on all night"
        ),
        headlines=_items(
            "{Place} approves subway extension; Tunnel work begins under {Place} centre; "
            "{Place} subway project runs over budget; Sinkhole halts work on {Place} line"
        ),
        tags=_items("transport; infrastructure; cities"),
    ),
    Frame(
        title="{place} fishing quota dispute",
        name="quota dispute",
        plural="fishing disputes",
        event="the dispute",
        full="the dispute over fishing quotas off {place}",
        group="fishermen",
        orgs=("the {region} Fisheries Board", "the {place} Fishermen's Cooperative"),
        roles=_items(
            "the chair of {org0}; the president of {org1}; "
            "Dr.|a marine scientist at {university}; the harbour master in {place}"
        ),
        past=_items(
            "{org0} cut the cod quota for the coming season; "
            "fishing boats blockaded the harbour at {place}; "
            "scientists reported a sharp fall in fish stocks; "
            "{org1} took the board to court over the cuts; "
            "the government offered compensation to boat owners"
        ),
        future=_items(
            "the new quotas will take effect; "
            "the court will rule on the cooperative's challenge; "
            "{org0} will review the stock assessment"
        ),
        issues=_items(
            "the science behind the cuts; compensation for boat owners; foreign trawlers"
        ),
        effects=_items(
            "boats tied up in the harbour; closed fish processing plants; empty fish counters"
        ),
        figs=(
            Fig("pct", 10, 60, "{n}", "the quota has been cut by {n}"),
            Fig("count", 50, 900, "{n} boats", "{n} boats took part in the blockade"),
            Fig(
                "count", 1000, 40000, "{n} tonnes", "the fleet may land {n} tonnes of cod this year"
            ),
            Fig("count", 200, 8000, "{n} jobs", "{n} jobs depend on the local fishing industry"),
        ),
        quotes=_items(
            "You cannot fish for a living on these numbers; "
            "If we do not act now, there will be no fish left; "
            "My family has fished these waters for four generations"
        ),
        headlines=_items(
            "Fishing quota cut sparks anger in {Place}; Boats blockade {Place} harbour; "
            "Fishermen take {Org0} to court; Scientists warn of falling fish stocks off {Place}"
        ),
        tags=_items("fishing; environment; economy"),
    ),
    Frame(
        title="{place} hospital cyberattack",
        name="cyberattack",
        plural="cyberattacks",
        event="the cyberattack",
        full="the cyberattack on {org0}",
        group="patients",
        orgs=("{place} Regional Hospital", "the {region} Cyber Security Centre"),
        roles=_items(
            "the chief executive of {org0}; Dr.|an emergency physician at {org0}; "
            "the director of {org1}; a security researcher at {institute}"
        ),
        past=_items(
            "a ransomware attack shut down computer systems at {org0}; "
            "ambulances were diverted to hospitals in {place2}; "
            "a criminal group claimed responsibility for the attack; "
            "{org0} cancelled non-urgent operations; "
            "doctors returned to paper records"
        ),
        future=_items(
            "the hospital's systems will be fully restored; "
            "{org1} will publish guidance for other hospitals; "
            "cancelled operations will be rescheduled"
        ),
        issues=_items("the ransom demand; patient records; funding for cyber security"),
        effects=_items(
            "cancelled operations; long waits in the emergency department; delays to test results"
        ),
        figs=(
            Fig("count", 100, 6000, "{n} operations", "{n} operations have been cancelled"),
            Fig("money", 1e6, 5e7, "{n}", "the attackers demanded a ransom of {n}"),
            Fig("count", 1e4, 2e6, "{n} patients", "the records of {n} patients may be stolen"),
            Fig("count", 2, 30, "{n} days", "the systems have been down for {n} days"),
        ),
        quotes=_items(
            "We went back to pen and paper overnight; We will not pay the criminals; "
            "Patients are safe, but everything takes longer"
        ),
        headlines=_items(
            "Cyberattack shuts down {Org0} systems; Ambulances diverted after hospital hack; "
            "{Org0} cancels operations after ransomware attack; Hackers claim attack on {Org0}"
        ),
        tags=_items("cybersecurity; health; technology"),
    ),
    Frame(
        title="{region} bird flu outbreak",
        name="bird flu outbreak",
        plural="bird flu outbreaks",
        event="the outbreak",
        full="the bird flu outbreak in {region}",
        group="poultry farmers",
        orgs=("the {region} Department of Agriculture", "the {region} Poultry Association"),
        roles=_items(
            "Dr.|the chief veterinary officer at {org0}; the president of {org1}; "
            "a poultry farmer in {place}; Dr.|a virologist at {university}"
        ),
        past=_items(
            "bird flu was confirmed at a poultry farm near {place}; "
            "{org0} set up a control zone around the farm; "
            "the virus was found at two more farms in {place2}; "
            "egg prices jumped in supermarkets; "
            "{org0} ordered poultry to be kept indoors"
        ),
        future=_items(
            "the control zone will be lifted if no new cases appear; "
            "{org0} will start compensation payments; "
            "a vaccination trial for poultry will begin"
        ),
        issues=_items("compensation for culled birds; vaccinating poultry; wild bird migration"),
        effects=_items("higher egg prices; empty barns; export bans on poultry"),
        figs=(
            Fig("count", 1e4, 3e6, "{n} birds", "{n} birds have been culled"),
            Fig("count", 2, 60, "{n} farms", "the virus has been found at {n} farms"),
            Fig("pct", 10, 80, "{n}", "egg prices have risen {n}"),
            Fig("num", 2, 10, "{n} miles", "the control zone extends {n} miles around each farm"),
        ),
        quotes=_items(
            "We did everything right and still lost the whole flock; "
            "The risk to the public remains low; The next few weeks will be critical"
        ),
        headlines=_items(
            "Bird flu confirmed at {Place} farm; Birds culled as bird flu spreads in {region}; "
            "Egg prices jump after {region} outbreak; Poultry ordered indoors across {region}"
        ),
        tags=_items("agriculture; bird flu; food"),
    ),
    Frame(
        title="{co} Automotive airbag recall",
        name="recall",
        plural="recalls",
        event="the recall",
        full="the recall of {org0} vehicles",
        group="drivers",
        orgs=("{co} Automotive", "the {region} Road Safety Agency"),
        roles=_items(
            "the chief executive of {org0}; the administrator of {org1}; "
            "Dr.|an automotive engineer at {university}; a lawyer representing drivers in {place}"
        ),
        past=_items(
            "{org0} recalled vehicles over a fault in the airbag sensors; "
            "{org1} opened an investigation into crashes linked to the fault; "
            "drivers filed a class action lawsuit in {place}; "
            "{org0} admitted it had known about the fault for months; "
            "dealers began fitting replacement parts"
        ),
        future=_items(
            "{org0} will begin sending replacement parts to dealers; "
            "{org1} will decide whether to expand the recall; "
            "the court will hear the drivers' case"
        ),
        issues=_items(
            "when the company knew about the fault; the supply of replacement parts; "
            "compensation for drivers"
        ),
        effects=_items(
            "long waits at dealerships; cars parked off the road; falling {org0} shares"
        ),
        figs=(
            Fig("count", 2e4, 3e6, "{n} vehicles", "{n} vehicles are covered by the recall"),
            Fig("count", 3, 120, "{n} crashes", "the fault has been linked to {n} crashes"),
            Fig("money", 1e7, 2e9, "{n}", "the recall could cost the company {n}"),
            Fig("count", 2, 12, "{n} weeks", "drivers may have to wait {n} weeks for repairs"),
        ),
        quotes=_items(
            "The safety of our customers comes first; "
            "They knew, and they kept selling the cars; Check whether your car is affected"
        ),
        headlines=_items(
            "{Org0} recalls vehicles over airbag fault; Regulator investigates {Org0} crashes; "
            "Drivers sue {Org0} over recall; {Org0} admits it knew of airbag fault"
        ),
        tags=_items("cars; business; safety"),
    ),
)

# People whom any story may quote, beside the roles of its topic.
GENERIC_ROLES = (
    "a spokesperson for {org0}",
    "an analyst at {institute}",
    "a professor of public policy at {university}",
)

# What happens around any big story, beside its topic's own events and figures. Each story
# takes a few, so the stories of one topic differ, and so does what each article picks.
GENERIC_EVENTS = _items(
    "{org0} held an emergency board meeting; local lawmakers called for a public inquiry; "
    "{org1} published an open letter; a helpline for affected families opened; "
    "hundreds of people attended a public meeting in {place2}; "
    "{org0} hired an outside law firm to review its decisions; "
    "the regional governor visited {place}; "
    "opposition politicians demanded a debate in parliament; "
    "a vigil was held outside the town hall in {place}; "
    "{org1} urged the government to step in"
)
GENERIC_FIGS = (
    Fig("count", 20, 900, "{n} police officers", "{n} police officers have been deployed"),
    Fig("count", 10, 400, "{n} volunteers", "{n} volunteers have signed up to help"),
    Fig("count", 50, 5000, "{n} complaints", "{org0} has received {n} complaints"),
    Fig("count", 500, 60000, "{n} signatures", "a petition for an inquiry has {n} signatures"),
    Fig("money", 1e5, 5e7, "{n}", "an emergency fund has raised {n}"),
    Fig("pct", 20, 80, "{n}", "a poll found that {n} of residents disapprove of the response"),
    Fig("count", 2, 25, "{n} lawsuits", "{n} lawsuits have been filed"),
    Fig("count", 1000, 90000, "{n} calls", "a helpline has taken {n} calls"),
    Fig("money", 1e6, 2e8, "{n}", "the government has promised {n} in aid"),
    Fig("count", 5, 300, "{n} businesses", "{n} businesses have closed their doors for now"),
)
GENERIC_ISSUES = _items(
    "transparency about the decisions taken; the role of outside contractors; "
    "who will pay for the response; the advice given to the public; "
    "the timing of the announcements; the lack of independent oversight"
)
GENERIC_EFFECTS = _items(
    "anger at public meetings; a flood of calls to local officials; "
    "cancelled events across {place}; long queues at council offices; disrupted bus services"
)
# What the cast of any story may say and ask, beside its topic's own quotes.
GENERIC_QUOTES = (
    "We are doing everything we can",
    "There are still a lot of questions that need answers",
    "Our thoughts are with everyone affected by {event}",
    "I have lived in {place} all my life and never seen anything like this",
    "We will keep pushing until there are real answers on {issue}",
    "People are frustrated, and they have every right to be",
    "It is too early to say what went wrong",
    "We were told one thing, and then something completely different happened",
    "This is a difficult time for {place}",
    "We need to learn the lessons of {event}",
)
QUESTIONS = (
    "Who is going to pay for this",
    "How much longer are {group} expected to wait",
    "What happens to {group} now",
    "Why did nobody act sooner",
)
# Headlines any story can have, beside its topic's own. {Title} is the story's title.
GENERIC_HEADLINES = (
    "{Title}: what we know so far",
    "{Title}: what happens next",
    "{Title} enters {duration}",
    "{Last} calls for inquiry into {Title}",
    "{Last} says {issue} must be addressed",
    "Officials defend response to {Title}",
    "Anger grows in {Place} over {issue}",
    "Pressure mounts on {Org0} over {issue}",
    "{Org1} criticises handling of {Title}",
    "Analysis: what {Title} means for {Where}",
    "{Place} residents demand answers on {issue}",
)
