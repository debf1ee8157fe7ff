#include "DemoData.h"

namespace teren::demo {

namespace {

// The 17 localities of the Karlovy Vary report in real municipalities of the region; Štítary is
// on the Cheb side ("na Chebsku") as the report says.
const PlaceSeed placeList[] = {
    {"cheb", "Cheb", "Cheb", 10, 620},
    {"as", "Aš", "Cheb", 6, 380},
    {"marianske-lazne", "Mariánské Lázně", "Cheb", 5, 300},
    {"frantiskovy-lazne", "Františkovy Lázně", "Cheb", 3, 150},
    {"stitary", "Štítary", "Cheb", 3, 140},
    {"sokolov", "Sokolov", "Sokolov", 10, 700},
    {"chodov", "Chodov", "Sokolov", 7, 420},
    {"kraslice", "Kraslice", "Sokolov", 5, 330},
    {"horni-slavkov", "Horní Slavkov", "Sokolov", 5, 310},
    {"habartov", "Habartov", "Sokolov", 4, 260},
    {"kynsperk-nad-ohri", "Kynšperk nad Ohří", "Sokolov", 4, 240},
    {"loket", "Loket", "Sokolov", 3, 170},
    {"karlovy-vary", "Karlovy Vary", "Karlovy Vary", 12, 850},
    {"ostrov", "Ostrov", "Karlovy Vary", 7, 450},
    {"nejdek", "Nejdek", "Karlovy Vary", 5, 320},
    {"nova-role", "Nová Role", "Karlovy Vary", 3, 0},
    {"jachymov", "Jáchymov", "Karlovy Vary", 3, 160},
};

const ProviderSeed providerList[] = {
    {"Chebská terénní služba (demo)", "Cheb", 3},
    {"Sokolovská terénní služba (demo)", "Sokolov", 3},
    {"Karlovarská terénní služba (demo)", "Karlovy Vary", 2},
};

const char *const workerList[] = {
    "Kateřina Šťastná", "Tomáš Říha",    "Lenka Dvořáčková", "Miroslav Čížek",
    "Jana Kůrková",     "Ondřej Málek", "Petra Šimková",    "Radek Bárta",
};

const char *const maleList[] = {
    "Jiří",   "Štěpán",  "Lukáš",   "Tomáš",  "Josef",    "Karel",  "František", "Václav",
    "Miroslav", "Radek", "Zdeněk",  "Ladislav", "Milan",  "Dušan",  "Marek",     "Ondřej",
    "Matěj",  "Vojtěch", "Patrik",  "Denis",  "Roman",    "Jaroslav", "Bohumil", "René",
    "Aleš",   "Bohuslav", "Kamil",  "Luboš",
};

const char *const femaleList[] = {
    "Růžena", "Žaneta",  "Marie",   "Věra",    "Jana",    "Lenka",   "Markéta", "Šárka",
    "Kateřina", "Veronika", "Monika", "Simona", "Renáta", "Božena",  "Jiřina",  "Zdeňka",
    "Dagmar", "Nikola",  "Petra",   "Klára",   "Tereza",  "Michaela", "Vlasta", "Libuše",
    "Eliška", "Radka",   "Iveta",   "Helena",
};

const FamilyName familyList[] = {
    {"Horváth", "Horváthová", "Horváthovi"},     {"Dužda", "Duždová", "Duždovi"},
    {"Kotlár", "Kotlárová", "Kotlárovi"},        {"Bílý", "Bílá", "Bílí"},
    {"Šarközi", "Šarköziová", "Šarköziovi"},     {"Lakatoš", "Lakatošová", "Lakatošovi"},
    {"Červeňák", "Červeňáková", "Červeňákovi"},  {"Gábor", "Gáborová", "Gáborovi"},
    {"Žiga", "Žigová", "Žigovi"},                {"Oláh", "Oláhová", "Oláhovi"},
    {"Kováč", "Kováčová", "Kováčovi"},           {"Balog", "Balogová", "Balogovi"},
    {"Růžička", "Růžičková", "Růžičkovi"},       {"Daniel", "Danielová", "Danielovi"},
    {"Pokuta", "Pokutová", "Pokutovi"},          {"Giňa", "Giňová", "Giňovi"},
    {"Ferenc", "Ferencová", "Ferencovi"},        {"Bihári", "Biháriová", "Biháriovi"},
    {"Čonka", "Čonková", "Čonkovi"},             {"Mižigár", "Mižigárová", "Mižigárovi"},
    {"Holub", "Holubová", "Holubovi"},           {"Novák", "Nováková", "Novákovi"},
    {"Dvořák", "Dvořáková", "Dvořákovi"},        {"Procházka", "Procházková", "Procházkovi"},
    {"Šťastný", "Šťastná", "Šťastní"},           {"Černý", "Černá", "Černí"},
    {"Svoboda", "Svobodová", "Svobodovi"},       {"Kučera", "Kučerová", "Kučerovi"},
    {"Veselý", "Veselá", "Veselí"},              {"Koudelka", "Koudelková", "Koudelkovi"},
    {"Tancoš", "Tancošová", "Tancošovi"},        {"Berky", "Berkyová", "Berkyovi"},
};

const char *const aliasList[] = {"Kudrna", "Šéfík", "Malá", "Fanda", "Žofka", "Čiko", "Bary", "Ťapka"};

const char *const clientNoteList[] = {
    "Preferuje kontakt v terénu, odpoledne.",
    "Telefon často mění, lépe zastihnout doma.",
    "Domluva přes dceru, klientka špatně slyší.",
    "V zimě je lokalita hůře dostupná.",
    "Klient pracuje na směny, schůzky po 15. hodině.",
    "Nečte dobře, písemnosti vysvětlit ústně.",
};

const WeightedCode housingOutcomes[] = {{"housing_new", 60}, {"housing_kept", 35}, {"other", 5}};
const WeightedCode materialOutcomes[] = {{"benefit_granted", 90}, {"other", 10}};
// The Karlovy Vary report: work found mostly as temporary jobs, public works or retraining.
const WeightedCode employmentOutcomes[] = {
    {"job_temporary", 27}, {"job_public_works", 20}, {"job_permanent", 5}, {"retraining", 36}, {"other", 12}};
const WeightedCode debtOutcomes[] = {
    {"repayment_schedule", 65}, {"debt_cleared", 15}, {"insolvency", 15}, {"other", 5}};
const WeightedCode usuryOutcomes[] = {{"usury_stopped", 90}, {"other", 10}};
const WeightedCode educationOutcomes[] = {{"school_enrolled", 45}, {"course_completed", 45}, {"other", 10}};
const WeightedCode healthOutcomes[] = {{"care_arranged", 90}, {"other", 10}};
const WeightedCode diseasePreventionOutcomes[] = {{"prevention_done", 95}, {"other", 5}};
const WeightedCode addictionOutcomes[] = {{"treatment_started", 85}, {"other", 15}};
const WeightedCode crimeOutcomes[] = {{"victim_supported", 85}, {"other", 15}};
const WeightedCode familyOutcomes[] = {{"family_stabilised", 75}, {"child_returned", 10}, {"other", 15}};
const WeightedCode documentOutcomes[] = {{"document_issued", 95}, {"other", 5}};
const WeightedCode preventionOutcomes[] = {{"risk_reduced", 90}, {"other", 10}};
const WeightedCode discriminationOutcomes[] = {{"complaint_filed", 80}, {"other", 20}};
const WeightedCode otherOutcomes[] = {{"other", 100}};

// Shares of resolved needs follow the Karlovy Vary report (material 25 %, housing 20 %,
// employment 15 %, disease prevention frequent and successful); employment,
// housing kept, prevention and disease prevention take 9–14 months to resolve.
const AreaSeed areaList[] = {
    {"housing", 200, 140, 90, 420,
     {"Získat informace o možnostech bydlení", "Podat žádost o obecní nebo sociální byt",
      "Najít nové, vhodnější bydlení"},
     {{"Vyhledat nabídky pronájmů v okolí", "worker"},
      {"Podat žádost o byt na městském úřadě", "client"},
      {"Bytová komise rozhodne o přidělení bytu", "institution"},
      {"Doložit potvrzení o bezdlužnosti", "client"}},
     {"Probrali jsme nabídku bytu, klient podá žádost.", "Prohlídka bytu, pronajímatel chce kauci.",
      "Domluva splátek nájmu, aby bydlení zůstalo."},
     housingOutcomes},
    {"material", 250, 100, 30, 150,
     {"Zjistit nárok na dávky hmotné nouze", "Vyřídit příspěvek na živobytí a doplatek na bydlení",
      "Stabilizovat příjmy domácnosti"},
     {{"Vyplnit žádost o příspěvek na živobytí", "client"},
      {"Doprovodit klienta na kontaktní pracoviště úřadu práce", "worker"},
      {"Úřad práce rozhodne o dávce", "institution"},
      {"Doložit výpis z účtu a nájemní smlouvu", "client"}},
     {"Pomoc s vyplněním žádosti o dávku.", "Doprovod na úřad práce, žádost podána.",
      "Dávka přiznána, probrali jsme rozpočet domácnosti."},
     materialOutcomes},
    {"employment", 150, 180, 270, 420,
     {"Zaregistrovat se na úřadu práce", "Nastoupit na rekvalifikační kurz", "Získat a udržet zaměstnání"},
     {{"Zaregistrovat se v evidenci uchazečů o zaměstnání", "client"},
      {"Připravit životopis", "worker"},
      {"Úřad práce nabídne rekvalifikaci", "institution"},
      {"Dostavit se na pohovor", "client"}},
     {"Společně jsme napsali životopis.", "Hledání brigády, klient obvolá dvě firmy.",
      "Klient nastoupil na veřejně prospěšné práce, probrali jsme docházku."},
     employmentOutcomes},
    {"debts", 90, 140, 90, 300,
     {"Sepsat přehled všech dluhů a exekucí", "Dohodnout splátkový kalendář s věřiteli",
      "Podat návrh na oddlužení nebo splatit dluhy"},
     {{"Vyžádat přehled exekucí", "worker"},
      {"Sepsat rozpočet domácnosti", "client"},
      {"Věřitel potvrdí splátkový kalendář", "institution"},
      {"Zaplatit první splátku", "client"}},
     {"Třídili jsme obálky od exekutorů.", "Telefonát s věřitelem, splátky domluveny.",
      "Kontrola plnění splátkového kalendáře."},
     debtOutcomes},
    {"usury", 10, 50, 60, 240,
     {"Zmapovat půjčky od lichvářů", "Ukončit splácení lichvářské půjčky", "Žít bez lichvářských půjček"},
     {{"Sepsat, komu a kolik klient dluží", "client"},
      {"Kontaktovat dluhovou poradnu", "worker"},
      {"Policie převezme oznámení", "institution"},
      {"Nepůjčovat si mimo banky", "client"}},
     {"Rozhovor o půjčce od souseda, klient má strach.", "Probrali jsme bezpečné možnosti půjčky.",
      "Klient už lichvě nesplácí."},
     usuryOutcomes},
    {"education", 30, 70, 60, 300,
     {"Získat informace o kurzech a školách", "Zapsat se do kurzu nebo školy", "Dokončit vzdělání nebo kvalifikaci"},
     {{"Vyhledat vhodný kurz", "worker"},
      {"Podat přihlášku", "client"},
      {"Škola potvrdí přijetí", "institution"},
      {"Chodit pravidelně na výuku", "client"}},
     {"Vybírali jsme kurz, klient chce svářečský.", "Pomoc s přihláškou do školy.",
      "Klientka dokončila kurz, má osvědčení."},
     educationOutcomes},
    {"health", 40, 60, 30, 180,
     {"Objednat se k praktickému lékaři", "Zajistit pravidelnou zdravotní péči", "Stabilizovat zdravotní stav"},
     {{"Najít praktického lékaře, který přijímá pacienty", "worker"},
      {"Objednat se na prohlídku", "client"},
      {"Lékař vystaví doporučení k odborníkovi", "institution"},
      {"Vyzvednout léky", "client"}},
     {"Doprovod k lékaři.", "Hledali jsme lékaře, který přijímá nové pacienty.",
      "Klient chodí na kontroly pravidelně."},
     healthOutcomes},
    {"disease_prevention", 80, 20, 270, 420,
     {"Získat informace o očkování a prevenci", "Absolvovat preventivní prohlídku",
      "Udržovat zdravější způsob života"},
     {{"Předat informace o očkování", "worker"},
      {"Domluvit termín preventivní prohlídky", "client"},
      {"Hygienická stanice provede testování", "institution"},
      {"Zúčastnit se besedy o prevenci", "client"}},
     {"Beseda o prevenci žloutenky v lokalitě.", "Předány letáky o očkování dětí.",
      "Klientka absolvovala preventivní prohlídku."},
     diseasePreventionOutcomes},
    {"addiction", 10, 50, 90, 300,
     {"Získat kontakt na adiktologickou službu", "Nastoupit do ambulantní léčby", "Abstinovat"},
     {{"Domluvit první schůzku v adiktologické ambulanci", "worker"},
      {"Dostavit se na konzultaci", "client"},
      {"Ambulance navrhne léčbu", "institution"},
      {"Docházet na skupinová sezení", "client"}},
     {"Rozhovor o pití, klient zvažuje léčbu.", "Doprovod do adiktologické ambulance.",
      "Klient dochází na skupinu, daří se mu."},
     addictionOutcomes},
    {"crime", 5, 30, 60, 240,
     {"Získat informace o právech oběti", "Zajistit právní pomoc", "Uzavřít trestní věc"},
     {{"Vysvětlit průběh trestního řízení", "worker"},
      {"Doprovodit klienta na policii", "worker"},
      {"Soud určí termín jednání", "institution"},
      {"Sepsat vyjádření", "client"}},
     {"Vysvětlili jsme předvolání k soudu.", "Doprovod na policii k podání vysvětlení.",
      "Kontakt s probační službou domluven."},
     crimeOutcomes},
    {"family", 30, 50, 90, 300,
     {"Domluvit schůzku s OSPOD", "Zajistit pravidelnou školní docházku dětí", "Stabilizovat situaci rodiny"},
     {{"Domluvit schůzku s OSPOD", "worker"},
      {"Zajistit docházku dětí do školy", "client"},
      {"OSPOD vyhodnotí situaci rodiny", "institution"},
      {"Zapojit rodinu do sanace", "client"}},
     {"Schůzka s OSPOD, rodina spolupracuje.", "Řešili jsme absence syna ve škole.",
      "Situace v rodině se zklidnila."},
     familyOutcomes},
    {"documents", 70, 40, 20, 120,
     {"Zjistit, jaké doklady chybí", "Vyřídit nový občanský průkaz", "Mít všechny doklady platné a v pořádku"},
     {{"Zjistit chybějící doklady", "worker"},
      {"Pořídit fotografie na průkaz", "client"},
      {"Úřad vydá nový občanský průkaz", "institution"},
      {"Vyzvednout doklad na úřadě", "client"}},
     {"Doprovod na matriku pro rodný list.", "Žádost o občanský průkaz podána.",
      "Klient si vyzvedl nový průkaz."},
     documentOutcomes},
    {"prevention", 20, 30, 270, 420,
     {"Získat informace o volnočasových aktivitách", "Zapojit děti do nízkoprahového klubu",
      "Omezit rizikové chování"},
     {{"Představit nabídku nízkoprahového klubu", "worker"},
      {"Přihlásit děti do kroužku", "client"},
      {"Škola pozve rodiče na schůzku", "institution"},
      {"Domluvit pravidla s dětmi", "client"}},
     {"Rozhovor s matkou o trávení volného času dětí.", "Děti poprvé v nízkoprahovém klubu.",
      "Domluvena pravidla, syn chodí domů včas."},
     preventionOutcomes},
    {"discrimination", 5, 20, 60, 200,
     {"Popsat případ diskriminace", "Podat stížnost k veřejnému ochránci práv", "Dosáhnout nápravy"},
     {{"Sepsat popis události", "client"},
      {"Konzultovat případ s právníkem", "worker"},
      {"Veřejný ochránce práv přijme podnět", "institution"},
      {"Shromáždit svědectví", "client"}},
     {"Klient popsal odmítnutí v restauraci.", "Sepsali jsme podnět ochránci práv.",
      "Přišla odpověď na stížnost."},
     discriminationOutcomes},
    {"other", 10, 20, 14, 120,
     {"Ujasnit si, co klient potřebuje", "Vyřídit potřebnou záležitost", "Vyřešit situaci dlouhodobě"},
     {{"Ujasnit zakázku klienta", "worker"},
      {"Donést potřebné podklady", "client"},
      {"Úřad vyřídí žádost", "institution"},
      {"Ověřit výsledek", "worker"}},
     {"Řešili jsme dopis z úřadu.", "Klient potřeboval poradit s formulářem.", "Záležitost vyřízena."},
     otherOutcomes},
};

const WeightedCode interventionList[] = {
    {"counselling", 35}, {"accompaniment", 15}, {"advocacy", 8}, {"crisis", 4},
    {"referral", 10},    {"paperwork", 20},     {"education", 5}, {"other", 3},
};

const char *const generalNoteList[] = {
    "Krátký kontakt v lokalitě, bez nových zakázek.",
    "Informativní schůzka, klient zvažuje další kroky.",
    "Ověření situace v domácnosti, vše v pořádku.",
    "Klient si přišel pro radu, domluvena další schůzka.",
};

} // namespace

std::span<const PlaceSeed> places() { return placeList; }
std::span<const ProviderSeed> providers() { return providerList; }
std::span<const char *const> workerNames() { return workerList; }
std::span<const char *const> maleGivenNames() { return maleList; }
std::span<const char *const> femaleGivenNames() { return femaleList; }
std::span<const FamilyName> familyNames() { return familyList; }
std::span<const char *const> aliases() { return aliasList; }
std::span<const char *const> clientNotes() { return clientNoteList; }
std::span<const AreaSeed> areas() { return areaList; }
std::span<const WeightedCode> interventions() { return interventionList; }
std::span<const char *const> generalNotes() { return generalNoteList; }

} // namespace teren::demo
