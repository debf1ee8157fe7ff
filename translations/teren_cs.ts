<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>A4Pdf</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
</context>
<context>
    <name>AccessExport</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Složku %1 nelze vytvořit.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
</context>
<context>
    <name>AccessPdf</name>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nic zaznamenáno.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Přezdívka</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Rok narození</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Pohlaví</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalita</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Domácnost</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pracovník</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Osobní údaje</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Spolupráce</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Od %1 do %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Od %1</translation>
    </message>
    <message>
        <source>Step: %1 (who: %2, by %3)</source>
        <translation>Krok: %1 (kdo: %2, do %3)</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>splněno %1</translation>
    </message>
    <message>
        <source>Needs and the individual plan</source>
        <translation>Potřeby a individuální plán</translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation>Zjištěno dne</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intenzita</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Uzavřeno dne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Goal: %1 (%2, by %3, %4)</source>
        <translation>Cíl: %1 (%2, do %3, %4)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place and minutes</source>
        <translation>Místo a minuty</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co se dělalo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>potřeby: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, %n min</numerusform>
            <numerusform>%1, %n min</numerusform>
            <numerusform>%1, %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Who worked with you</source>
        <translation>Kdo s vámi pracoval</translation>
    </message>
    <message>
        <source>What we hold about %1</source>
        <translation>Co o vás vedeme: %1</translation>
    </message>
    <message>
        <source>Made on %1 by %2. This document lists every record this file holds about you; a machine-readable copy of the same is in the JSON file beside it.</source>
        <translation>Vyhotoveno dne %1, vyhotovil(a): %2. Tento dokument uvádí všechny záznamy, které o vás tento soubor obsahuje; strojově čitelná kopie téhož je v souboru JSON vedle něj.</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>služba</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Souhlas</translation>
    </message>
    <message>
        <source>Your consent to the processing of your data is in force.</source>
        <translation>Váš souhlas se zpracováním údajů platí.</translation>
    </message>
    <message>
        <source>No consent to the processing of your data is in force.</source>
        <translation>Žádný váš souhlas se zpracováním údajů neplatí.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 dne %2: %3</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>zaznamenal(a) %1</translation>
    </message>
    <message>
        <source>History of your records</source>
        <translation>Historie vašich záznamů</translation>
    </message>
    <message>
        <source>Every change of your records and every time your card was opened or exported, newest first: who, when, on which computer, and what changed.</source>
        <translation>Každá změna vašich záznamů a každé otevření nebo export vaší karty, od nejnovějších: kdo, kdy, na kterém počítači a co se změnilo.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Kdo a kde</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Co se změnilo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>partners: %1</source>
        <translation>partneři: %1</translation>
    </message>
</context>
<context>
    <name>AnonymousContactRepository</name>
    <message>
        <source>The date of the contact</source>
        <translation>Datum kontaktu</translation>
    </message>
    <message>
        <source>The number of persons must be between 1 and 100000.</source>
        <translation>Počet osob musí být od 1 do 100000.</translation>
    </message>
    <message>
        <source>intervention type</source>
        <translation>typ intervence</translation>
    </message>
    <message>
        <source>anonymous contact</source>
        <translation>anonymní kontakt</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>the installation is not enrolled as a worker of the region</source>
        <translation>instalace není v kraji zapsána jako pracovník</translation>
    </message>
    <message>
        <source>written in the name of another worker</source>
        <translation>zapsáno jménem jiného pracovníka</translation>
    </message>
    <message>
        <source>the region&apos;s workers, providers, localities, codelists and targets are the coordinator&apos;s</source>
        <translation>pracovníky, poskytovatele, lokality, číselníky a cílové hodnoty kraje spravuje koordinátor</translation>
    </message>
    <message>
        <source>not this worker&apos;s client</source>
        <translation>není to klient tohoto pracovníka</translation>
    </message>
    <message>
        <source>made after the client was handed over to another worker</source>
        <translation>provedeno až po předání klienta jinému pracovníkovi</translation>
    </message>
    <message>
        <source>handing clients over is the coordinator&apos;s</source>
        <translation>předávat klienty může jen koordinátor</translation>
    </message>
    <message>
        <source>merging duplicate records is the coordinator&apos;s</source>
        <translation>slučovat duplicitní záznamy může jen koordinátor</translation>
    </message>
    <message>
        <source>an erasure waits for the coordinator&apos;s confirmation</source>
        <translation>výmaz čeká na potvrzení koordinátorem</translation>
    </message>
    <message>
        <source>the record it belongs to has not arrived yet</source>
        <translation>záznam, ke kterému patří, ještě nedorazil</translation>
    </message>
    <message>
        <source>This installation may not make this change: %1.</source>
        <translation>Tato instalace tuto změnu provést nesmí: %1.</translation>
    </message>
    <message>
        <source>another installation&apos;s change in a field laptop&apos;s bundle, which may carry only its own</source>
        <translation>změna jiné instalace v balíčku z terénního notebooku, který smí nést jen své vlastní</translation>
    </message>
    <message>
        <source>editing, retiring and merging partners is the coordinator&apos;s; any worker may add one</source>
        <translation>upravovat, vyřazovat a slučovat partnery smí koordinátor; přidat partnera smí každý pracovník</translation>
    </message>
    <message>
        <source>recorded by another worker: only they and the coordinator change it</source>
        <translation>zaznamenal to jiný pracovník: měnit to smí jen on a koordinátor</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The disk is full: the backup %1 could not be written. Free some space or choose another backup folder; the database itself is unchanged.</source>
        <translation>Disk je plný: zálohu %1 nešlo zapsat. Uvolněte místo nebo zvolte jinou složku pro zálohy; samotná databáze zůstala beze změny.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: the folder cannot be written to.</source>
        <translation>Zálohu %1 nešlo zapsat: do složky nelze zapisovat.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2); the database itself is unchanged.</source>
        <translation>Zálohu %1 nešlo zapsat (%2); samotná databáze zůstala beze změny.</translation>
    </message>
    <message>
        <source>The backup %1 did not pass its check after it was written (%2); it was removed. Try again, or choose another backup folder.</source>
        <translation>Záloha %1 po zapsání neprošla kontrolou (%2), a proto byla odstraněna. Zkuste to znovu, nebo zvolte jinou složku pro zálohy.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Soubor %1 už existuje; zvolte jiný název.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Složku %1 nelze vytvořit.</translation>
    </message>
</context>
<context>
    <name>BundleMerge</name>
    <message>
        <source>The bundle holds a record this version of Terén cannot read.</source>
        <translation>Balíček obsahuje záznam, který tato verze Terénu neumí přečíst.</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>This file is not a Terén bundle.</source>
        <translation>Tento soubor není balíček Terénu.</translation>
    </message>
    <message>
        <source>The bundle is incomplete; it was cut short, perhaps while copying.</source>
        <translation>Balíček je neúplný; je useknutý, možná při kopírování.</translation>
    </message>
    <message>
        <source>The bundle was changed after it was signed; it cannot be trusted.</source>
        <translation>Balíček byl po podepsání změněn; nelze mu věřit.</translation>
    </message>
    <message>
        <source>The bundle could not be read (%1).</source>
        <translation>Balíček nelze přečíst (%1).</translation>
    </message>
    <message>
        <source>The bundle is for another installation; this one cannot open it.</source>
        <translation>Balíček je určen jiné instalaci; tato ho nemůže otevřít.</translation>
    </message>
    <message>
        <source>The passphrase does not open this bundle.</source>
        <translation>Toto heslo balíček neotevře.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the bundle.</source>
        <translation>Na otevření balíčku není dost paměti.</translation>
    </message>
    <message>
        <source>The bundle is locked with a passphrase, and none was given; give the passphrase it was exported with.</source>
        <translation>Balíček je zamčený heslem a žádné nebylo zadáno; zadejte heslo, se kterým byl exportován.</translation>
    </message>
    <message>
        <source>This bundle was written by a newer Terén in a newer format (%1); this is Terén %2, which reads formats up to %3. Install a newer Terén to import it.</source>
        <translation>Tento balíček zapsala novější verze Terénu v novějším formátu (%1); toto je Terén %2, který čte formáty nejvýše do %3. Pro import balíčku nainstalujte novější Terén.</translation>
    </message>
    <message>
        <source>This bundle was written by Terén %1 in a newer format (%2); this is Terén %3, which reads formats up to %4. Install Terén %5 or newer to import it.</source>
        <translation>Tento balíček zapsal Terén %1 v novějším formátu (%2); toto je Terén %3, který čte formáty nejvýše do %4. Pro import balíčku nainstalujte Terén %5 nebo novější.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The bundle could not be written (%1).</source>
        <translation>Balíček nelze zapsat (%1).</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key is missing or damaged; no bundle was written.</source>
        <translation>Podpisový klíč této instalace chybí nebo je poškozený; balíček nebyl zapsán.</translation>
    </message>
    <message>
        <source>The recipient&apos;s key is damaged; no bundle was written.</source>
        <translation>Klíč příjemce je poškozený; balíček nebyl zapsán.</translation>
    </message>
    <message>
        <source>There is not enough memory to lock the bundle with a passphrase.</source>
        <translation>Na zamčení balíčku heslem není dost paměti.</translation>
    </message>
    <message>
        <source>A bundle needs a recipient or a passphrase; no bundle was written.</source>
        <translation>Balíček potřebuje příjemce nebo heslo; nebyl zapsán.</translation>
    </message>
    <message>
        <source>A record is too large to put in a bundle.</source>
        <translation>Záznam je pro balíček příliš velký.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>The database file.</source>
        <translation>Soubor databáze.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>chyba: %1</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;; run teren-cli --help</source>
        <translation>chyba: neznámý příkaz „%1“; spusťte teren-cli --help</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>Chybí volba --db SOUBOR.</translation>
    </message>
    <message>
        <source>A name for this installation (default: the computer&apos;s name).</source>
        <translation>Název této instalace (výchozí: název počítače).</translation>
    </message>
    <message>
        <source>Created %1 (replica %2, &quot;%3&quot;).</source>
        <translation>Vytvořeno %1 (replika %2, „%3“).</translation>
    </message>
    <message>
        <source>Number of clients (default 1300).</source>
        <translation>Počet klientů (výchozí 1300).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semínko náhodných čísel (výchozí 1).</translation>
    </message>
    <message>
        <source>--clients must be a whole number from 1 to 10000000.</source>
        <translation>--clients musí být celé číslo od 1 do 10000000.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed musí být nezáporné celé číslo.</translation>
    </message>
    <message>
        <source>Demo region written in %1 s: %2 localities, %3 providers, %4 workers, %5 clients, %6 cooperations, %7 needs, %8 goals, %9 steps, %10 contacts.</source>
        <translation>Ukázkový kraj zapsán za %1 s: lokality %2, poskytovatelé %3, pracovníci %4, klienti %5, spolupráce %6, potřeby %7, cíle %8, kroky %9, kontakty %10.</translation>
    </message>
    <message>
        <source>Checks a database&apos;s integrity and foreign keys and counts its rows.</source>
        <translation>Zkontroluje celistvost databáze a cizí klíče a spočítá její řádky.</translation>
    </message>
    <message>
        <source>error: the database has integrity problems</source>
        <translation>chyba: databáze má problémy s celistvostí</translation>
    </message>
    <message>
        <source>Imports localities.csv, clients.csv, cooperations.csv, needs.csv, goals.csv, steps.csv and contacts.csv from DIR in one transaction: any bad row aborts the import and nothing is changed. Importing the same folder again changes nothing.</source>
        <translation>Načte localities.csv, clients.csv, cooperations.csv, needs.csv, goals.csv, steps.csv a contacts.csv ze složky DIR v jedné transakci: jakýkoli chybný řádek import zruší a nic se nezmění. Opakovaný import téže složky nic nezmění.</translation>
    </message>
    <message>
        <source>The folder with the CSV files.</source>
        <translation>Složka se soubory CSV.</translation>
    </message>
    <message>
        <source>Give exactly one folder to import.</source>
        <translation>Zadejte právě jednu složku k importu.</translation>
    </message>
    <message numerus="yes">
        <source>error: %n bad row(s); nothing was imported</source>
        <translation>
            <numerusform>chyba: %n chybný řádek; nic nebylo importováno</numerusform>
            <numerusform>chyba: %n chybné řádky; nic nebylo importováno</numerusform>
            <numerusform>chyba: %n chybných řádků; nic nebylo importováno</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Importováno: nových %1, upravených %2, beze změny %3.</translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1: %2</source>
        <translation>Soubor s heslem %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>Read the bundle passphrase from the first line of F.</source>
        <translation>Heslo balíčku se načte z prvního řádku souboru F.</translation>
    </message>
    <message>
        <source>Shows this database&apos;s replica id, name and public key, creating the key pair (FILE.key, readable by you only) on first use. --out writes them to F for the installations that will exchange bundles with this one.</source>
        <translation>Vypíše identifikátor repliky, název a veřejný klíč této databáze; při prvním použití vytvoří pár klíčů (FILE.key, čitelný jen pro vás). --out je zapíše do souboru F pro instalace, které si s touto budou vyměňovat balíčky.</translation>
    </message>
    <message>
        <source>Write the identity to F.</source>
        <translation>Zapsat identitu do souboru F.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>The other installation&apos;s identity file.</source>
        <translation>Soubor identity druhé instalace.</translation>
    </message>
    <message>
        <source>Bundles from &quot;%1&quot; (%2) are now accepted.</source>
        <translation>Balíčky od „%1“ (%2) se nyní přijímají.</translation>
    </message>
    <message>
        <source>The bundle file to write (.teren).</source>
        <translation>Soubor balíčku k zápisu (.teren).</translation>
    </message>
    <message>
        <source>Encrypt for the installation in this identity file (the coordinator).</source>
        <translation>Zašifrovat pro instalaci z tohoto souboru identity (koordinátora).</translation>
    </message>
    <message>
        <source>Export every change, not only the new ones.</source>
        <translation>Exportovat všechny změny, nejen nové.</translation>
    </message>
    <message>
        <source>--out BUNDLE is required.</source>
        <translation>Chybí volba --out BALÍČEK.</translation>
    </message>
    <message>
        <source>Give either --to IDENTITY or --passphrase-file F.</source>
        <translation>Zadejte buď --to IDENTITA, nebo --passphrase-file F.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 written to %2: %n change(s).</source>
        <translation>
            <numerusform>Balíček %1 zapsán do %2: %n změna.</numerusform>
            <numerusform>Balíček %1 zapsán do %2: %n změny.</numerusform>
            <numerusform>Balíček %1 zapsán do %2: %n změn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept and remember senders not trusted yet.</source>
        <translation>Přijmout a zapamatovat si dosud nedůvěryhodné odesílatele.</translation>
    </message>
    <message>
        <source>Bundle files to import.</source>
        <translation>Soubory balíčků k importu.</translation>
    </message>
    <message>
        <source>Give at least one bundle file.</source>
        <translation>Zadejte aspoň jeden balíček.</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: odmítnuto: %2</translation>
    </message>
    <message numerus="yes">
        <source>error: %n bundle(s) refused</source>
        <translation>
            <numerusform>chyba: %n balíček odmítnut</numerusform>
            <numerusform>chyba: %n balíčky odmítnuty</numerusform>
            <numerusform>chyba: %n balíčků odmítnuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the fields two installations changed without seeing each other&apos;s edit, and edits of records another installation had deleted. The newer value is the current one; both are kept.</source>
        <translation>Vypíše údaje, které dvě instalace změnily, aniž viděly změnu té druhé, a úpravy záznamů, které jiná instalace smazala. Platí novější hodnota; obě zůstávají uložené.</translation>
    </message>
    <message>
        <source>%1 by %2 on &quot;%3&quot; at %4</source>
        <translation>%1, zapsal(a) %2 na „%3“ %4</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prázdné)</translation>
    </message>
    <message>
        <source>unknown worker</source>
        <translation>neznámý pracovník</translation>
    </message>
    <message>
        <source>%1 %2: edited after it was deleted; it stays deleted.
  deleted: %3
  edited: %4</source>
        <translation>%1 %2: upraveno po smazání; zůstává smazané.
  smazáno: %3
  upraveno: %4</translation>
    </message>
    <message>
        <source>%1 %2, %3:
  kept: %4
  also typed: %5</source>
        <translation>%1 %2, %3:
  platí: %4
  zapsáno také: %5</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n konflikt.</numerusform>
            <numerusform>%n konflikty.</numerusform>
            <numerusform>%n konfliktů.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no worker &quot;%1&quot; in this database.</source>
        <translation>Pracovník „%1“ v této databázi není.</translation>
    </message>
    <message>
        <source>The worker to enrol (id or name).</source>
        <translation>Pracovník, kterého zapsat (identifikátor nebo jméno).</translation>
    </message>
    <message>
        <source>The enrolment bundle to write.</source>
        <translation>Zápisový balíček, který zapsat.</translation>
    </message>
    <message>
        <source>Encrypt for the new installation&apos;s identity file.</source>
        <translation>Zašifrovat pro soubor identity nové instalace.</translation>
    </message>
    <message>
        <source>A name for this installation when FILE is created.</source>
        <translation>Název této instalace, když se FILE vytváří.</translation>
    </message>
    <message>
        <source>Worker: the enrolment bundle from the coordinator.</source>
        <translation>Pracovník: zápisový balíček od koordinátora.</translation>
    </message>
    <message>
        <source>Give either --out BUNDLE (to issue an enrolment) or one enrolment bundle (to join).</source>
        <translation>Zadejte buď --out BALÍČEK (vydat zápis), nebo jeden zápisový balíček (připojit se).</translation>
    </message>
    <message>
        <source>--worker W is required to issue an enrolment.</source>
        <translation>K vydání zápisu je třeba --worker W.</translation>
    </message>
    <message numerus="yes">
        <source>Enrolment for &quot;%1&quot; written to %2: %n record(s).</source>
        <translation>
            <numerusform>Zápis pro „%1“ zapsán do %2: %n záznam.</numerusform>
            <numerusform>Zápis pro „%1“ zapsán do %2: %n záznamy.</numerusform>
            <numerusform>Zápis pro „%1“ zapsán do %2: %n záznamů.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 musí být datum ve tvaru RRRR-MM-DD, ne „%2“.</translation>
    </message>
    <message>
        <source>Several rows are named &quot;%1&quot;; give the id instead.</source>
        <translation>Jméno „%1“ má více záznamů; zadejte místo něj id.</translation>
    </message>
    <message>
        <source>There is no provider with the id or name &quot;%1&quot;.</source>
        <translation>Poskytovatel s id nebo jménem „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>There is no locality with the code &quot;%1&quot;.</source>
        <translation>Lokalita s kódem „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>The locality with this code.</source>
        <translation>Lokalita s tímto kódem.</translation>
    </message>
    <message>
        <source>The provider with this id or name.</source>
        <translation>Poskytovatel s tímto id nebo jménem.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Cílové hodnoty: %1</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>První den období.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Poslední den období.</translation>
    </message>
    <message>
        <source>The worker with this id or name.</source>
        <translation>Pracovník s tímto id nebo jménem.</translation>
    </message>
    <message>
        <source>json (the default) or csv.</source>
        <translation>json (výchozí) nebo csv.</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of the output.</source>
        <translation>Zapsat přehled do souboru FILE místo na výstup.</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &quot;%1&quot;.</source>
        <translation>--format musí být json nebo csv, ne „%1“.</translation>
    </message>
    <message>
        <source>There is no worker with the id or name &quot;%1&quot;.</source>
        <translation>Pracovník s id nebo jménem „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>Report for %1 to %2 written to %3.</source>
        <translation>Přehled za období %1 až %2 zapsán do %3.</translation>
    </message>
    <message>
        <source>Lists the yearly targets of the regional report, or sets (adds or changes) or removes the target of an indicator for a year, region-wide or for one locality or provider. Shares are fractions (0.6 for 60 %). Indicators: %1.</source>
        <translation>Vypíše roční cílové hodnoty krajského přehledu, nebo nastaví (přidá či změní) či odebere cílovou hodnotu ukazatele pro rok, za celý kraj nebo pro jednu lokalitu či poskytovatele. Podíly se zadávají jako zlomek (0,6 pro 60 %). Ukazatele: %1.</translation>
    </message>
    <message>
        <source>Set the target of INDICATOR.</source>
        <translation>Nastavit cílovou hodnotu ukazatele INDICATOR.</translation>
    </message>
    <message>
        <source>Remove the target of INDICATOR.</source>
        <translation>Odebrat cílovou hodnotu ukazatele INDICATOR.</translation>
    </message>
    <message>
        <source>The target&apos;s year.</source>
        <translation>Rok cílové hodnoty.</translation>
    </message>
    <message>
        <source>The target value.</source>
        <translation>Cílová hodnota.</translation>
    </message>
    <message>
        <source>Give either --set or --remove, not both.</source>
        <translation>Zadejte buď --set, nebo --remove, ne obojí.</translation>
    </message>
    <message>
        <source>--year Y is required.</source>
        <translation>Je třeba zadat --year Y.</translation>
    </message>
    <message>
        <source>A target applies to a locality or to a provider, not both.</source>
        <translation>Cílová hodnota platí pro lokalitu, nebo pro poskytovatele, ne pro obojí.</translation>
    </message>
    <message>
        <source>There is no such target to remove.</source>
        <translation>Taková cílová hodnota k odebrání neexistuje.</translation>
    </message>
    <message>
        <source>Target removed.</source>
        <translation>Cílová hodnota odebrána.</translation>
    </message>
    <message>
        <source>--value V is required (a number; shares as fractions, 0.6 for 60 %).</source>
        <translation>Je třeba zadat --value V (číslo; podíly jako zlomek, 0,6 pro 60 %).</translation>
    </message>
    <message>
        <source>Target changed.</source>
        <translation>Cílová hodnota změněna.</translation>
    </message>
    <message>
        <source>Target added.</source>
        <translation>Cílová hodnota přidána.</translation>
    </message>
    <message>
        <source>Coordinator: export back to this worker (id or name) only the region&apos;s shared records and the worker&apos;s clients; encrypted for the worker&apos;s enrolled installation unless --to or --passphrase-file says otherwise.</source>
        <translation>Koordinátor: poslat zpět tomuto pracovníkovi (identifikátor nebo jméno) jen společné záznamy kraje a klienty pracovníka; šifrováno pro zapsanou instalaci pracovníka, pokud --to nebo --passphrase-file neurčí jinak.</translation>
    </message>
    <message>
        <source>Accepts bundles signed by the installation described in IDENTITY (a file made by teren-cli identity --out). --list shows the installations this database knows; --revoke refuses the bundles of a lost or stolen laptop from now on.</source>
        <translation>Přijímá balíčky podepsané instalací popsanou v souboru IDENTITY (vytváří ho teren-cli identity --out). --list vypíše instalace, které tato databáze zná; --revoke od nynějška odmítá balíčky ztraceného nebo ukradeného notebooku.</translation>
    </message>
    <message>
        <source>List the installations this database knows.</source>
        <translation>Vypsat instalace, které tato databáze zná.</translation>
    </message>
    <message>
        <source>Refuse the bundles of this installation (id or name) from now on.</source>
        <translation>Od nynějška odmítat balíčky této instalace (identifikátor nebo název).</translation>
    </message>
    <message>
        <source>Give exactly one of: an identity file, --list or --revoke INSTALLATION.</source>
        <translation>Zadejte právě jedno z: soubor identity, --list nebo --revoke INSTALACE.</translation>
    </message>
    <message>
        <source>(enrolled for %1)</source>
        <translation>(zapsána pro pracovníka %1)</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>zneplatněna %1</translation>
    </message>
    <message>
        <source>trusted since %1</source>
        <translation>důvěryhodná od %1</translation>
    </message>
    <message>
        <source>Bundles from &quot;%1&quot; are refused from now on. Those imported before stay; enrol the worker&apos;s new laptop anew.</source>
        <translation>Balíčky od „%1“ se od nynějška odmítají. Dříve importované zůstávají; nový notebook pracovníka zapište znovu.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) now assigned to other workers removed from this laptop.</source>
        <translation>
            <numerusform>%n klient, nyní přidělený jinému pracovníkovi, byl z tohoto notebooku odstraněn.</numerusform>
            <numerusform>%n klienti, nyní přidělení jiným pracovníkům, byli z tohoto notebooku odstraněni.</numerusform>
            <numerusform>%n klientů, nyní přidělených jiným pracovníkům, bylo z tohoto notebooku odstraněno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the changes made or merged since the last export (or all of them) to one encrypted, signed bundle file. On a laptop enrolled in a region it is sealed to the coordinator unless --to or --passphrase-file says otherwise; what came from the recipient is not sent back.</source>
        <translation>Zapíše změny provedené nebo sloučené od posledního exportu (nebo všechny) do jednoho šifrovaného a podepsaného balíčku. Na notebooku zapsaném v kraji je balíček určen koordinátorovi, pokud --to nebo --passphrase-file neurčí jinak; co přišlo od příjemce, se mu neposílá zpět.</translation>
    </message>
    <message>
        <source>%1: bundle %2 from %3 was imported before; nothing changed.</source>
        <translation>%1: balíček %2 od %3 už byl naimportován; nic se nezměnilo.</translation>
    </message>
    <message>
        <source>%1: bundle %2 from %3: %4 inserted, %5 updated, %6 unchanged, %7 conflicts.</source>
        <translation>%1: balíček %2 od %3: nových %4, upravených %5, beze změny %6, konfliktů %7.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Chybí volba %1.</translation>
    </message>
    <message>
        <source>error: teren-cli %1 needs a subcommand; run teren-cli %1 --help</source>
        <translation>chyba: teren-cli %1 potřebuje podpříkaz; spusťte teren-cli %1 --help</translation>
    </message>
    <message>
        <source>error: unknown subcommand &quot;%1&quot;; run teren-cli %2 --help</source>
        <translation>chyba: neznámý podpříkaz „%1“; spusťte teren-cli %2 --help</translation>
    </message>
    <message>
        <source>Set up a new region with this name.</source>
        <translation>Založit nový kraj s tímto názvem.</translation>
    </message>
    <message>
        <source>The region&apos;s coordinator, who works on this installation.</source>
        <translation>Koordinátor kraje, který pracuje na této instalaci.</translation>
    </message>
    <message>
        <source>The region&apos;s first provider, the coordinator&apos;s organisation.</source>
        <translation>První poskytovatel kraje, organizace koordinátora.</translation>
    </message>
    <message>
        <source>The provider&apos;s company number (IČO).</source>
        <translation>IČO poskytovatele.</translation>
    </message>
    <message>
        <source>A statistical database belongs to no region: give either --statistical or --region.</source>
        <translation>Statistická databáze nepatří žádnému kraji: zadejte buď --statistical, nebo --region.</translation>
    </message>
    <message>
        <source>--provider NAME goes with --region NAME --coordinator NAME.</source>
        <translation>--provider NÁZEV patří k --region NÁZEV --coordinator JMÉNO.</translation>
    </message>
    <message>
        <source>--ico ICO goes with --provider NAME.</source>
        <translation>--ico IČO patří k --provider NÁZEV.</translation>
    </message>
    <message>
        <source>Region &quot;%1&quot;: %2</source>
        <translation>Kraj „%1“: %2</translation>
    </message>
    <message>
        <source>Coordinator &quot;%1&quot;, working on this installation: %2</source>
        <translation>Koordinátor „%1“, pracuje na této instalaci: %2</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot;: %2</source>
        <translation>Poskytovatel „%1“: %2</translation>
    </message>
    <message>
        <source>json: a JSON array of objects; without it, a table.</source>
        <translation>json: pole objektů JSON; bez volby tabulka.</translation>
    </message>
    <message>
        <source>--format must be json, not &quot;%1&quot;.</source>
        <translation>--format musí být json, ne „%1“.</translation>
    </message>
    <message>
        <source>This database has no region yet; set one up with teren-cli init --region NAME --coordinator NAME.</source>
        <translation>Tato databáze zatím nemá kraj; založte ho příkazem teren-cli init --region NÁZEV --coordinator JMÉNO.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Several workers are called &quot;%1&quot;: %2; give the id of one.</source>
        <translation>Jménem „%1“ se jmenuje více pracovníků: %2; zadejte id jednoho z nich.</translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot; in this database.</source>
        <translation>Poskytovatel „%1“ v této databázi není.</translation>
    </message>
    <message>
        <source>Several providers are called &quot;%1&quot;: %2; give the id of one.</source>
        <translation>Názvem „%1“ se jmenuje více poskytovatelů: %2; zadejte id jednoho z nich.</translation>
    </message>
    <message>
        <source>Adds a provider of the region&apos;s services, or lists them. Run teren-cli provider add --help for the options.</source>
        <translation>Přidá poskytovatele služeb v kraji, nebo je vypíše. Volby vypíše teren-cli provider add --help.</translation>
    </message>
    <message>
        <source>Adds a provider of the region&apos;s services and prints its id. Services: %1.</source>
        <translation>Přidá poskytovatele služeb v kraji a vypíše jeho id. Služby: %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s name.</source>
        <translation>Název poskytovatele.</translation>
    </message>
    <message>
        <source>The company number (IČO): eight digits, the last a checksum.</source>
        <translation>IČO: osm číslic, poslední je kontrolní součet.</translation>
    </message>
    <message>
        <source>A registered social service the provider delivers; repeat for each.</source>
        <translation>Registrovaná sociální služba, kterou poskytovatel poskytuje; pro každou zvlášť.</translation>
    </message>
    <message>
        <source>Unknown service &quot;%1&quot;; the services are %2.</source>
        <translation>Neznámá služba „%1“; služby jsou %2.</translation>
    </message>
    <message>
        <source>Lists the region&apos;s providers: id, name, IČO and services.</source>
        <translation>Vypíše poskytovatele kraje: id, název, IČO a služby.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>název</translation>
    </message>
    <message>
        <source>IČO</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>services</source>
        <translation>služby</translation>
    </message>
    <message>
        <source>Adds a worker of a provider, lists the workers, or retires one who leaves. Run teren-cli worker add --help for the options.</source>
        <translation>Přidá pracovníka poskytovatele, vypíše pracovníky, nebo vyřadí toho, kdo odchází. Volby vypíše teren-cli worker add --help.</translation>
    </message>
    <message>
        <source>Adds a worker of a provider, active from today, and prints the worker&apos;s id. A provider&apos;s workers have different names.</source>
        <translation>Přidá pracovníka poskytovatele, aktivního ode dneška, a vypíše jeho id. Pracovníci jednoho poskytovatele mají různá jména.</translation>
    </message>
    <message>
        <source>The worker&apos;s name.</source>
        <translation>Jméno pracovníka.</translation>
    </message>
    <message>
        <source>The worker&apos;s provider (id or name).</source>
        <translation>Poskytovatel pracovníka (id nebo název).</translation>
    </message>
    <message>
        <source>field (the default) or coordinator.</source>
        <translation>field (terénní pracovník, výchozí) nebo coordinator (koordinátor).</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are %2.</source>
        <translation>Neznámá role „%1“; role jsou %2.</translation>
    </message>
    <message>
        <source>Lists the region&apos;s workers: id, name, provider, role, whether active today, and the number of clients assigned to each.</source>
        <translation>Vypíše pracovníky kraje: id, jméno, poskytovatele, roli, zda dnes pracuje, a počet klientů každého z nich.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>odchod %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>poskytovatel</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>klienti</translation>
    </message>
    <message>
        <source>Retires a worker who leaves: DATE (default today) is the last working day. The worker&apos;s records keep their name; their clients are handed over first (teren-cli handover).</source>
        <translation>Vyřadí pracovníka, který odchází: DATUM (výchozí dnešek) je poslední pracovní den. Záznamy pracovníka jeho jméno ponechají; jeho klienty je nejdřív třeba předat (teren-cli handover).</translation>
    </message>
    <message>
        <source>The last working day, YYYY-MM-DD (default today).</source>
        <translation>Poslední pracovní den, RRRR-MM-DD (výchozí dnešek).</translation>
    </message>
    <message>
        <source>The worker (id or name).</source>
        <translation>Pracovník (id nebo jméno).</translation>
    </message>
    <message>
        <source>Give exactly one worker to retire.</source>
        <translation>Zadejte právě jednoho pracovníka k vyřazení.</translation>
    </message>
    <message>
        <source>%1 retired; the last working day is %2.</source>
        <translation>Vyřazeno: %1, poslední pracovní den %2.</translation>
    </message>
    <message>
        <source>Adds a locality where the work happens, or lists them. Run teren-cli locality add --help for the options.</source>
        <translation>Přidá lokalitu, kde se pracuje, nebo lokality vypíše. Volby vypíše teren-cli locality add --help.</translation>
    </message>
    <message>
        <source>Adds a locality and prints its id. The code is its key in spreadsheets and reports (locality_code in clients.csv): one locality per code. Kinds: %1.</source>
        <translation>Přidá lokalitu a vypíše její id. Kód je jejím klíčem v tabulkách a přehledech (locality_code v clients.csv): každý kód má jen jedna lokalita. Druhy: %1.</translation>
    </message>
    <message>
        <source>The locality&apos;s code.</source>
        <translation>Kód lokality.</translation>
    </message>
    <message>
        <source>The locality&apos;s name.</source>
        <translation>Název lokality.</translation>
    </message>
    <message>
        <source>The municipality it is in.</source>
        <translation>Obec, ve které leží.</translation>
    </message>
    <message>
        <source>The district it is in.</source>
        <translation>Okres, ve kterém leží.</translation>
    </message>
    <message>
        <source>The kind of locality.</source>
        <translation>Druh lokality.</translation>
    </message>
    <message>
        <source>The estimated number of residents in social exclusion.</source>
        <translation>Odhadovaný počet obyvatel v sociálním vyloučení.</translation>
    </message>
    <message>
        <source>Unknown kind of locality &quot;%1&quot;; the kinds are %2.</source>
        <translation>Neznámý druh lokality „%1“; druhy jsou %2.</translation>
    </message>
    <message>
        <source>--residents must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--residents musí být celé číslo 0 nebo větší, ne „%1“.</translation>
    </message>
    <message>
        <source>Lists the region&apos;s localities: id, code, name, municipality, district, kind and residents.</source>
        <translation>Vypíše lokality kraje: id, kód, název, obec, okres, druh a počet obyvatel.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kód</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>obec</translation>
    </message>
    <message>
        <source>district</source>
        <translation>okres</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>druh</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>obyvatelé</translation>
    </message>
    <message>
        <source>Hands clients over to another, active worker: all of one worker&apos;s clients (--from), or the given ones (--client, repeated). The next export back to the field (teren-cli export --worker) takes them to the new worker&apos;s laptop, and the old laptop lets go of them.</source>
        <translation>Předá klienty jinému, aktivnímu pracovníkovi: všechny klienty jednoho pracovníka (--from), nebo zadané (--client, opakovaně). Příští export zpět do terénu (teren-cli export --worker) je přenese na notebook nového pracovníka a starý notebook je ze sebe odstraní.</translation>
    </message>
    <message>
        <source>The worker who takes the clients over (id or name).</source>
        <translation>Pracovník, který klienty přebírá (id nebo jméno).</translation>
    </message>
    <message>
        <source>Hand over every client of this worker (id or name).</source>
        <translation>Předat všechny klienty tohoto pracovníka (id nebo jméno).</translation>
    </message>
    <message>
        <source>Hand over this client; repeat for each.</source>
        <translation>Předat tohoto klienta; pro každého zvlášť.</translation>
    </message>
    <message>
        <source>Give either --from W or --client ID (one or more).</source>
        <translation>Zadejte buď --from W, nebo --client ID (jednou či víckrát).</translation>
    </message>
    <message>
        <source>--from and --to name the same worker, %1.</source>
        <translation>--from a --to označují stejného pracovníka, %1.</translation>
    </message>
    <message>
        <source>%1 has no clients; nothing was handed over.</source>
        <translation>%1 nemá žádné klienty; nic nebylo předáno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client&apos;s id.</source>
        <translation>„%1“ není identifikátor klienta.</translation>
    </message>
    <message>
        <source>There is no client with the id %1 in this database.</source>
        <translation>Klient s id %1 v této databázi není.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) handed over to %1.</source>
        <translation>
            <numerusform>%1 přebírá %n klienta.</numerusform>
            <numerusform>%1 přebírá %n klienty.</numerusform>
            <numerusform>%1 přebírá %n klientů.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the changes the region&apos;s rules of who may change what refused: when, from which installation, as which worker, the client, the record and fields, and why. Each has an ID; --accept applies the one that was right after all, on the coordinator&apos;s installation, and from then on on every installation the acceptance reaches.</source>
        <translation>Vypíše změny, které pravidla kraje o tom, kdo smí co měnit, odmítla: kdy, z které instalace, jako který pracovník, kterého klienta, který záznam a údaje se týkají a proč. Každá má své ID; --accept přijme změnu, která byla přece jen v pořádku, na instalaci koordinátora a od té chvíle na každé instalaci, kam přijetí dorazí.</translation>
    </message>
    <message>
        <source>Accept the refused change with this ID.</source>
        <translation>Přijmout odmítnutou změnu s tímto ID.</translation>
    </message>
    <message>
        <source>Give either --accept ID or --format json.</source>
        <translation>Zadejte buď --accept ID, nebo --format json.</translation>
    </message>
    <message>
        <source>There is no refused change &quot;%1&quot;; teren-cli refused lists them.</source>
        <translation>Odmítnutá změna „%1“ neexistuje; odmítnuté změny vypíše teren-cli refused.</translation>
    </message>
    <message>
        <source>Accepted the change of %1 %2 (%3) from %4; every installation applies it from now on.</source>
        <translation>Změna %1 %2 (%3) z instalace %4 přijata; od nynějška ji použije každá instalace.</translation>
    </message>
    <message>
        <source>%1, from &quot;%2&quot; as %3</source>
        <translation>%1, z instalace „%2“ jako %3</translation>
    </message>
    <message>
        <source>an unknown worker</source>
        <translation>neznámý pracovník</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>klient %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>odmítnuto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s).</source>
        <translation>
            <numerusform>%n odmítnutá změna.</numerusform>
            <numerusform>%n odmítnuté změny.</numerusform>
            <numerusform>%n odmítnutých změn.</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <comment>a person&apos;s</comment>
        <translation>jméno</translation>
    </message>
    <message numerus="yes">
        <source>Enrolled as &quot;%1&quot; in the region &quot;%2&quot; (coordinator&apos;s installation &quot;%3&quot;): %n new record(s).</source>
        <translation>
            <numerusform>Zapsáno jako „%1“ v kraji „%2“ (instalace koordinátora „%3“): %n nový záznam.</numerusform>
            <numerusform>Zapsáno jako „%1“ v kraji „%2“ (instalace koordinátora „%3“): %n nové záznamy.</numerusform>
            <numerusform>Zapsáno jako „%1“ v kraji „%2“ (instalace koordinátora „%3“): %n nových záznamů.</numerusform>
        </translation>
    </message>
    <message>
        <source>A file whose first line is the database&apos;s passphrase (default: the file named by the environment variable TEREN_DB_PASSPHRASE_FILE).</source>
        <translation>Soubor, jehož první řádek je heslo databáze (výchozí: soubor uvedený v proměnné prostředí TEREN_DB_PASSPHRASE_FILE).</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Soubor s heslem %1 je prázdný.</translation>
    </message>
    <message>
        <source>Give either a database passphrase or --plain, not both.</source>
        <translation>Zadejte buď heslo databáze, nebo --plain, ne obojí.</translation>
    </message>
    <message>
        <source>A new database is encrypted: give its passphrase with --db-passphrase-file F (or the environment variable TEREN_DB_PASSPHRASE_FILE), or --plain for a file that will hold no personal data.</source>
        <translation>Nová databáze je šifrovaná: zadejte její heslo pomocí --db-passphrase-file F (nebo proměnné prostředí TEREN_DB_PASSPHRASE_FILE), nebo --plain pro soubor, který nebude obsahovat žádné osobní údaje.</translation>
    </message>
    <message>
        <source>Create the database unencrypted (only for data about nobody real, such as a training file).</source>
        <translation>Vytvořit databázi nešifrovanou (jen pro údaje o nikom skutečném, třeba cvičný soubor).</translation>
    </message>
    <message>
        <source>Creates a new, empty Terén database with the region&apos;s codelists. With --region it sets up a new region: the region, its coordinator as a worker with the coordinator&apos;s role (of the provider, when one is given) and this installation as the region&apos;s coordinator, the one that adds providers, workers and localities, enrols the workers&apos; laptops and hands clients over. The file is encrypted under the database passphrase; a region&apos;s file can also be opened with a recovery key, printed once.</source>
        <translation>Vytvoří novou prázdnou databázi Terénu s číselníky kraje. S --region založí nový kraj: kraj, jeho koordinátora jako pracovníka s rolí koordinátora (u poskytovatele, je-li zadán) a z této instalace udělá instalaci koordinátora kraje, která přidává poskytovatele, pracovníky a lokality, zapisuje notebooky pracovníků a předává klienty. Soubor je zašifrován heslem databáze; soubor kraje lze otevřít také záchranným klíčem, který se vypíše jen jednou.</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; print it and keep it locked away from the computer — it opens this region&apos;s file when the passphrase is lost or the coordinator changes):</source>
        <translation>Záchranný klíč (zobrazí se jen teď; vytiskněte ho a uschovejte pod zámkem mimo počítač — otevře soubor kraje, když se heslo ztratí nebo se změní koordinátor):</translation>
    </message>
    <message>
        <source>Creates a database with a synthetic Karlovy Vary region: 17 localities, 3 providers, 8 workers and their clients with needs, plans and contacts over 22 months. The same seed gives the same database. The people are made up, so the file is plain unless a database passphrase is given.</source>
        <translation>Vytvoří databázi se smyšleným Karlovarským krajem: 17 lokalit, 3 poskytovatelé, 8 pracovníků a jejich klienti s potřebami, plány a kontakty za 22 měsíců. Stejné semínko dá stejnou databázi. Lidé jsou vymyšlení, proto je soubor nešifrovaný, pokud není zadáno heslo databáze.</translation>
    </message>
    <message>
        <source>Runs one read-only SQL query and prints its rows as CSV, or (--dump) prints the whole database as a canonical SQL dump: what the sqlite3 shell does for a plain file, also for an encrypted one. Nothing is changed.</source>
        <translation>Spustí jeden dotaz SQL, který nic nemění, a vypíše jeho řádky jako CSV, nebo (--dump) vypíše celou databázi jako kanonický výpis SQL: co pro nešifrovaný soubor umí shell sqlite3, i pro šifrovaný. Nic se nezmění.</translation>
    </message>
    <message>
        <source>Print the schema and every row as SQL.</source>
        <translation>Vypsat schéma a všechny řádky jako SQL.</translation>
    </message>
    <message>
        <source>One SELECT (or another statement that changes nothing).</source>
        <translation>Jeden SELECT (nebo jiný příkaz, který nic nemění).</translation>
    </message>
    <message>
        <source>Give either one QUERY or --dump.</source>
        <translation>Zadejte buď jeden DOTAZ, nebo --dump.</translation>
    </message>
    <message>
        <source>A file whose first line is the new passphrase.</source>
        <translation>Soubor, jehož první řádek je nové heslo.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>Heslo souboru %1 bylo změněno.</translation>
    </message>
    <message>
        <source>Encrypts a plain database in place under the passphrase. Safe to interrupt: whenever it stops, one file remains that opens, either still plain or encrypted, with all the data. Close the file everywhere first.</source>
        <translation>Zašifruje nešifrovanou databázi na místě zadaným heslem. Lze bezpečně přerušit: ať skončí kdykoli, zůstane jeden soubor, který se otevře, ještě nešifrovaný nebo už šifrovaný, se všemi daty. Nejdřív soubor všude zavřete.</translation>
    </message>
    <message>
        <source>--db-passphrase-file F is required.</source>
        <translation>Je třeba zadat --db-passphrase-file F.</translation>
    </message>
    <message>
        <source>%1 is now encrypted; it opens with its passphrase.</source>
        <translation>Soubor %1 je nyní zašifrovaný; otevře se svým heslem.</translation>
    </message>
    <message>
        <source>Coordinator (with --out): writes an enrolment bundle for a worker: the region&apos;s codelists, localities, providers, workers and targets, the worker&apos;s clients, and a secret with which the worker&apos;s installation proves itself, so its bundles are accepted without exchanging keys.
Worker (with BUNDLE): joins the region with that bundle, creating FILE when it does not exist; from then on this installation works as that worker. A new FILE is encrypted under the database passphrase (--db-passphrase-file), which is not the bundle&apos;s (--passphrase-file).</source>
        <translation>Koordinátor (s --out): zapíše zápisový balíček pro pracovníka: číselníky kraje, lokality, poskytovatele, pracovníky a cílové hodnoty, klienty pracovníka a tajemství, kterým se instalace pracovníka prokáže, takže její balíčky jsou přijaty bez výměny klíčů.
Pracovník (s BALÍČKEM): připojí se s tímto balíčkem ke kraji a vytvoří FILE, pokud neexistuje; od té chvíle tato instalace pracuje jako daný pracovník. Nový FILE se zašifruje heslem databáze (--db-passphrase-file), které není heslem balíčku (--passphrase-file).</translation>
    </message>
    <message>
        <source>Changes the passphrase of an encrypted database. The data is not re-encrypted: the database key is wrapped anew, and the old passphrase no longer opens the file. When the passphrase is lost, the region&apos;s recovery key opens the file instead.</source>
        <translation>Změní heslo šifrované databáze. Data se znovu nešifrují: klíč databáze se zabalí nově a staré heslo už soubor neotevře. Když se heslo ztratí, otevře soubor místo něj záchranný klíč kraje.</translation>
    </message>
    <message>
        <source>A file whose first line is the region&apos;s recovery key.</source>
        <translation>Soubor, jehož první řádek je záchranný klíč kraje.</translation>
    </message>
    <message>
        <source>Give the old passphrase with --db-passphrase-file OLD, or --recovery-key-file K.</source>
        <translation>Zadejte staré heslo pomocí --db-passphrase-file STARÉ, nebo --recovery-key-file K.</translation>
    </message>
    <message>
        <source>The backup folder (default: &quot;backups&quot; beside the database).</source>
        <translation>Složka pro zálohy (výchozí: „backups“ vedle databáze).</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>rada: %1</translation>
    </message>
    <message>
        <source>teren-cli check and teren-cli sql read the file as it is, without changing it.</source>
        <translation>teren-cli check a teren-cli sql soubor přečtou tak, jak je, a nic v něm nezmění.</translation>
    </message>
    <message>
        <source>the latest good backup is from %1: teren-cli restore --db %2 %3</source>
        <translation>poslední dobrá záloha je z %1: teren-cli restore --db %2 %3</translation>
    </message>
    <message>
        <source>teren-cli salvage --db %1 --out NEW copies what can still be read into a new file.</source>
        <translation>teren-cli salvage --db %1 --out NOVÝ zkopíruje, co jde ještě přečíst, do nového souboru.</translation>
    </message>
    <message>
        <source>install the newer version of Terén to open it.</source>
        <translation>k otevření nainstalujte novější verzi Terénu.</translation>
    </message>
    <message>
        <source>Writes a backup of the database while it may be in use: a complete copy, encrypted as the database is, checked before it gets its name. Without --out it goes into the backup folder, where the last 7 daily, 4 weekly and 12 monthly backups are kept.</source>
        <translation>Zapíše zálohu databáze, i když se právě používá: úplnou kopii, šifrovanou stejně jako databáze, zkontrolovanou dřív, než dostane své jméno. Bez --out jde do složky se zálohami, kde se uchovává posledních 7 denních, 4 týdenní a 12 měsíčních záloh.</translation>
    </message>
    <message>
        <source>Write the backup to this file instead.</source>
        <translation>Zapsat zálohu místo toho do tohoto souboru.</translation>
    </message>
    <message>
        <source>List the backups in the folder, newest first.</source>
        <translation>Vypsat zálohy ve složce, od nejnovější.</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2.</source>
        <translation>Ve složce %2 nejsou žádné zálohy souboru %1.</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2)</source>
        <translation>Záloha zapsána: %1 (%2)</translation>
    </message>
    <message>
        <source>Puts a backup in the place of the database. The current file is kept aside under a new name, never overwritten. The restored file continues as a new installation (a new id and key, which its next bundle proves to the coordinator), so edits made from it are never mistaken for ones the region already has. The passphrase is the one the database had when the backup was made.</source>
        <translation>Dá zálohu na místo databáze. Dosavadní soubor se odloží stranou pod novým jménem, nikdy se nepřepíše. Obnovený soubor pokračuje jako nová instalace (nový identifikátor a klíč, které jeho příští balíček prokáže koordinátorovi), takže se úpravy v něm nikdy nezamění za ty, které kraj už má. Heslo je to, které databáze měla v den zálohy.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Soubor zálohy, který se má obnovit.</translation>
    </message>
    <message>
        <source>Give exactly one BACKUP file.</source>
        <translation>Zadejte právě jeden soubor ZÁLOHY.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Soubor %1 obnoven ze zálohy %2.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Soubor, který nahradila, je uložen jako %1.</translation>
    </message>
    <message>
        <source>This is now a new installation (%1); its next bundle tells the coordinator that it continues the old one.</source>
        <translation>Toto je nyní nová instalace (%1); její příští balíček koordinátorovi oznámí, že navazuje na tu starou.</translation>
    </message>
    <message>
        <source>Copies every row that can still be read from a damaged database into a new file, and lists what could not be read. The damaged file is only read. The new file continues as a new installation.</source>
        <translation>Zkopíruje každý řádek, který jde z poškozené databáze ještě přečíst, do nového souboru a vypíše, co přečíst nešlo. Poškozený soubor se jen čte. Nový soubor pokračuje jako nová instalace.</translation>
    </message>
    <message>
        <source>The new file.</source>
        <translation>Nový soubor.</translation>
    </message>
    <message>
        <source>Every row was copied into %1.</source>
        <translation>Všechny řádky byly zkopírovány do %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied into %1; the tables listed first lost rows that could not be read.</source>
        <translation>
            <numerusform>Do %1 zkopírován %n řádek; tabulkám uvedeným nahoře chybí řádky, které nešlo přečíst.</numerusform>
            <numerusform>Do %1 zkopírovány %n řádky; tabulkám uvedeným nahoře chybí řádky, které nešlo přečíst.</numerusform>
            <numerusform>Do %1 zkopírováno %n řádků; tabulkám uvedeným nahoře chybí řádky, které nešlo přečíst.</numerusform>
        </translation>
    </message>
    <message>
        <source>error: nothing was imported: %1</source>
        <translation>chyba: nic nebylo importováno: %1</translation>
    </message>
    <message>
        <source>The bundle is locked with a passphrase; give it with --passphrase-file F.</source>
        <translation>Balíček je zamčený heslem; zadejte ho pomocí --passphrase-file F.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>upozornění: %1</translation>
    </message>
    <message>
        <source>Merges bundles into the database, each in one transaction. A bundle that is damaged, tampered with, from an unknown sender or for another installation is refused and changes nothing; the others are imported. So is a bundle with changes dated more than a day ahead of this computer&apos;s clock, unless --accept-clock-skew is given.</source>
        <translation>Sloučí balíčky do databáze, každý v jedné transakci. Poškozený či pozměněný balíček, balíček od neznámého odesílatele nebo pro jinou instalaci se odmítne a nic nezmění; ostatní se naimportují. Stejně se odmítne balíček se změnami datovanými víc než den dopředu oproti hodinám tohoto počítače, není-li zadáno --accept-clock-skew.</translation>
    </message>
    <message>
        <source>Import bundles from laptops whose clocks run more than a day ahead; on the coordinator&apos;s installation their changes then count as made at the import.</source>
        <translation>Importovat i balíčky z notebooků, jejichž hodiny jdou víc než den napřed; na instalaci koordinátora pak jejich změny platí jako provedené při importu.</translation>
    </message>
    <message>
        <source>To import it anyway, run the import again with --accept-clock-skew.</source>
        <translation>Chcete-li ho přesto naimportovat, spusťte import znovu s --accept-clock-skew.</translation>
    </message>
    <message>
        <source>There is no client with the id %1 in this database (or their data was erased).</source>
        <translation>V této databázi není klient s identifikátorem %1 (nebo byly jeho údaje vymazány).</translation>
    </message>
    <message>
        <source>Writes everything the database holds about one person into the folder DIR, for their right of access: a readable PDF in the current language (personal details, cooperation, needs and the individual plan, contacts, who worked with them) and a JSON file of the same. What was erased is not there.</source>
        <translation>Zapíše do složky DIR vše, co databáze o jednom člověku drží, pro jeho právo na přístup: čitelné PDF v nastaveném jazyce (osobní údaje, spolupráce, potřeby a individuální plán, kontakty, kdo s ním pracoval) a soubor JSON s týmž obsahem. Co bylo vymazáno, v nich není.</translation>
    </message>
    <message>
        <source>The client&apos;s id.</source>
        <translation>Identifikátor klienta.</translation>
    </message>
    <message>
        <source>The folder to write the two files to.</source>
        <translation>Složka, do které se oba soubory zapíší.</translation>
    </message>
    <message>
        <source>The PDF cannot be laid out in this program.</source>
        <translation>V tomto programu nelze PDF vysázet.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Zapsáno: %1</translation>
    </message>
    <message>
        <source>A statistical database for regional reporting: it holds the latest statistical bundle of each region (no names, free text or keys that lead back to a person) and exports nothing.</source>
        <translation>Statistická databáze pro krajské výkazy: uchovává poslední statistický balíček každého kraje (bez jmen, volného textu a klíčů, které by vedly zpět k osobě) a nic neexportuje.</translation>
    </message>
    <message>
        <source>A statistical bundle: a snapshot of the region without names, free text or keys that lead back to a person, for a regional statistical database.</source>
        <translation>Statistický balíček: snímek kraje bez jmen, volného textu a klíčů, které by vedly zpět k osobě, pro krajskou statistickou databázi.</translation>
    </message>
    <message numerus="yes">
        <source>Statistical bundle %1 written to %2: a snapshot of the region, %n row(s).</source>
        <translation>
            <numerusform>Statistický balíček %1 zapsán do %2: snímek kraje, %n řádek.</numerusform>
            <numerusform>Statistický balíček %1 zapsán do %2: snímek kraje, %n řádky.</numerusform>
            <numerusform>Statistický balíček %1 zapsán do %2: snímek kraje, %n řádků.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the clients past the retention period: no cooperation open, and the last one ended more than N years ago (the region&apos;s setting, 10 years unless the coordinator changed it). Clients with no cooperation at all are not listed. With --apply they are anonymised: names, phone, notes and every text about them are wiped from the file and its history, on every laptop the change reaches, while codes, dates, birth year and gender stay, so every report reads as before. Anonymisation cannot be undone; only the region&apos;s coordinator applies it.</source>
        <translation>Vypíše klienty, u nichž uplynula doba uchování: žádnou spolupráci nemají otevřenou a poslední skončila před více než N lety (nastavení kraje, 10 let, pokud je koordinátor nezměnil). Klienti bez jakékoli spolupráce se nevypisují. S --apply se anonymizují: jména, telefon, poznámky a všechny texty o nich se smažou ze souboru i z jeho historie, a to na každém notebooku, kam změna dorazí; kódy, data, rok narození a pohlaví zůstanou, takže každá zpráva vyjde jako dřív. Anonymizaci nelze vrátit; provádí ji jen koordinátor kraje.</translation>
    </message>
    <message>
        <source>Use a retention period of N years instead of the region&apos;s setting.</source>
        <translation>Použít dobu uchování N let místo nastavení kraje.</translation>
    </message>
    <message>
        <source>Anonymise the clients listed.</source>
        <translation>Anonymizovat vypsané klienty.</translation>
    </message>
    <message>
        <source>--years must be a whole number from %1 to %2.</source>
        <translation>--years musí být celé číslo od %1 do %2.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s) after the last cooperation ended (given with --years).</source>
        <translation>
            <numerusform>Doba uchování: %n rok po skončení poslední spolupráce (zadáno pomocí --years).</numerusform>
            <numerusform>Doba uchování: %n roky po skončení poslední spolupráce (zadáno pomocí --years).</numerusform>
            <numerusform>Doba uchování: %n let po skončení poslední spolupráce (zadáno pomocí --years).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s) after the last cooperation ended (the region&apos;s setting).</source>
        <translation>
            <numerusform>Doba uchování: %n rok po skončení poslední spolupráce (nastavení kraje).</numerusform>
            <numerusform>Doba uchování: %n roky po skončení poslední spolupráce (nastavení kraje).</numerusform>
            <numerusform>Doba uchování: %n let po skončení poslední spolupráce (nastavení kraje).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) past retention.</source>
        <translation>
            <numerusform>%n klient po uplynutí doby uchování.</numerusform>
            <numerusform>%n klienti po uplynutí doby uchování.</numerusform>
            <numerusform>%n klientů po uplynutí doby uchování.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) anonymised: their names and texts are gone from this file and its history.</source>
        <translation>
            <numerusform>Anonymizován %n klient: jeho jména a texty zmizely z tohoto souboru i z jeho historie.</numerusform>
            <numerusform>Anonymizováni %n klienti: jejich jména a texty zmizely z tohoto souboru i z jeho historie.</numerusform>
            <numerusform>Anonymizováno %n klientů: jejich jména a texty zmizely z tohoto souboru i z jeho historie.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 D is required (a date written YYYY-MM-DD).</source>
        <translation>Je třeba zadat --%1 D (datum ve tvaru RRRR-MM-DD).</translation>
    </message>
    <message>
        <source>Lists every change of a client&apos;s records — the person, cooperations, needs, goals, steps and contacts — and every opening of their card or export of their data, newest first: when, who, on which installation, the field with its old and new value. Values that lost a merge are kept and marked; what an erasure wiped is marked erased. JSON and CSV give times in UTC and the stored values (codes, ISO dates, ids) beside their words.</source>
        <translation>Vypíše všechny změny záznamů klienta — osoby, spoluprací, potřeb, cílů, kroků a kontaktů — a každé otevření jeho karty či export jeho údajů, od nejnovějších: kdy, kdo, na které instalaci, údaj s původní a novou hodnotou. Hodnoty, které při slučování neuspěly, zůstávají a jsou označené; co smazal výmaz, je označeno jako vymazané. JSON a CSV uvádějí časy v UTC a uložené hodnoty (kódy, data ISO, identifikátory) vedle jejich slovního znění.</translation>
    </message>
    <message>
        <source>text (the default: one line each, in local time), json or csv.</source>
        <translation>text (výchozí: každá položka na jednom řádku, v místním čase), json nebo csv.</translation>
    </message>
    <message>
        <source>--format must be text, json or csv, not &quot;%1&quot;.</source>
        <translation>--format musí být text, json nebo csv, ne „%1“.</translation>
    </message>
    <message>
        <source>--client must be a client&apos;s id, not &quot;%1&quot;.</source>
        <translation>--client musí být identifikátor klienta, ne „%1“.</translation>
    </message>
    <message>
        <source>There is no client with the id %1 in %2.</source>
        <translation>V %2 není žádný klient s identifikátorem %1.</translation>
    </message>
    <message>
        <source>Writes the audit of a period: every change of any client&apos;s records and every opening of a client&apos;s card or export of their data stamped from the first to the last day (both included, in this computer&apos;s time zone), oldest first, each with the client&apos;s id, the record, the field, the old and new value, who, when (UTC) and on which installation. The format follows the file&apos;s extension (.json or .csv) unless --format says.</source>
        <translation>Zapíše auditní záznam za období: každou změnu záznamů kteréhokoli klienta a každé otevření karty klienta či export jeho údajů od prvního do posledního dne (oba včetně, v časovém pásmu tohoto počítače), od nejstarších, každou s identifikátorem klienta, záznamem, údajem, původní a novou hodnotou, kdo, kdy (UTC) a na které instalaci. Formát se řídí příponou souboru (.json nebo .csv), pokud ho neurčí --format.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Soubor, do kterého se zapíše.</translation>
    </message>
    <message>
        <source>json or csv (default: by the extension of --out).</source>
        <translation>json nebo csv (výchozí: podle přípony --out).</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2): the period would be empty.</source>
        <translation>--from (%1) je až po --to (%2): období by bylo prázdné.</translation>
    </message>
    <message>
        <source>Say --format json or --format csv, or name the file .json or .csv.</source>
        <translation>Zadejte --format json nebo --format csv, nebo dejte souboru příponu .json či .csv.</translation>
    </message>
    <message>
        <source>%1: %2 and %3 from %4 to %5.</source>
        <comment>the file: N changes and M views from a day to a day</comment>
        <translation>%1: %2 a %3 od %4 do %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n změna</numerusform>
            <numerusform>%n změny</numerusform>
            <numerusform>%n změn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n nahlédnutí</numerusform>
            <numerusform>%n nahlédnutí</numerusform>
            <numerusform>%n nahlédnutí</numerusform>
        </translation>
    </message>
    <message>
        <source>--days-without-contact must be a whole number of days, 0 or more, not &quot;%1&quot;.</source>
        <translation>--days-without-contact musí být celý počet dní, 0 nebo více, ne „%1“.</translation>
    </message>
    <message>
        <source>Lists what is due across a caseload on day D (default: today): overdue steps, steps and goals due in the next 7 days, overdue goals, clients in cooperation not contacted for more than N days, and needs waiting more than 60 days for a goal. Without --worker: every client in the database.</source>
        <translation>Vypíše, co je ke dni D (výchozí: dnes) u klientů na řadě: kroky po termínu, kroky a cíle s termínem v příštích 7 dnech, cíle po termínu, klienty ve spolupráci bez kontaktu déle než N dní a potřeby, které déle než 60 dní čekají na cíl. Bez --worker: všichni klienti v databázi.</translation>
    </message>
    <message>
        <source>The day to look from (default: today).</source>
        <translation>Den, ke kterému se přehled sestaví (výchozí: dnes).</translation>
    </message>
    <message>
        <source>Days without a contact after which a client is listed (default 30).</source>
        <translation>Počet dní bez kontaktu, po kterém se klient vypíše (výchozí 30).</translation>
    </message>
    <message>
        <source>Writes one client&apos;s individual plan as an A4 PDF in the current language, to read and sign with them: the client, their worker and today&apos;s date, the needs in order of priority with their goals and steps (who does what by when), and lines for both signatures. The printing is recorded on the client&apos;s history.</source>
        <translation>Zapíše individuální plán jednoho klienta jako PDF formátu A4 v aktuálním jazyce, k přečtení a podpisu s klientem: klienta, jeho pracovníka a dnešní datum, potřeby v pořadí priority s jejich cíli a kroky (kdo co udělá a do kdy) a řádky pro oba podpisy. Vytištění se zaznamená do historie klienta.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Soubor PDF, který se má zapsat.</translation>
    </message>
    <message>
        <source>Computes the regional report for a period (dates included): persons supported, localities, needs identified and resolved per area, outcomes, cooperation length, time to resolve, contacts and the targets of the period&apos;s years against their actual values, and who the persons supported are (age, gender, households, providers, coverage of the localities). The filters narrow the clients first. Without --from and --to the period is the current calendar year; a missing --from is 1 January and a missing --to 31 December of the other date&apos;s year.</source>
        <translation>Spočítá regionální výkaz za období (včetně krajních dnů): podpořené osoby, lokality, identifikované a vyřešené potřeby podle oblastí, výsledky, délku spolupráce, dobu vyřešení, kontakty a cílové hodnoty let období proti skutečnosti a také, kdo podpořené osoby jsou (věk, pohlaví, domácnosti, poskytovatelé, pokrytí lokalit). Filtry nejprve zúží okruh klientů. Bez --from a --to je obdobím aktuální kalendářní rok; chybějící --from znamená 1. ledna a chybějící --to 31. prosince roku druhého data.</translation>
    </message>
    <message>
        <source>json (the default), csv or xlsx (an Excel workbook; needs --out).</source>
        <translation>json (výchozí), csv nebo xlsx (sešit Excelu; vyžaduje --out).</translation>
    </message>
    <message>
        <source>standard (the default: comma-separated, decimal dots) or excel-cs (semicolons, decimal commas and a byte order mark, as a Czech Excel opens it).</source>
        <translation>standard (výchozí: oddělené čárkami, desetinné tečky) nebo excel-cs (středníky, desetinné čárky a značka pořadí bajtů, jak soubor otevře český Excel).</translation>
    </message>
    <message>
        <source>--format must be json, csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format musí být json, csv nebo xlsx, ne „%1“.</translation>
    </message>
    <message>
        <source>--csv-dialect must be standard or excel-cs, not &quot;%1&quot;.</source>
        <translation>--csv-dialect musí být standard nebo excel-cs, ne „%1“.</translation>
    </message>
    <message>
        <source>--csv-dialect applies to --format csv only.</source>
        <translation>--csv-dialect platí jen pro --format csv.</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE: a workbook cannot be printed to the output.</source>
        <translation>--format xlsx vyžaduje --out SOUBOR: sešit nelze vypsat na výstup.</translation>
    </message>
    <message>
        <source>Usage: teren-cli COMMAND [OPTIONS]

Commands:
  init        create a new, empty database, or a new region&apos;s coordinator database
  demo        create a database with a synthetic demo region
  check       check a database&apos;s integrity and count its rows
  import-csv  import localities, clients, needs, plans and contacts from CSV files
  identity    show (and create) this database&apos;s replica id and public key
  trust       accept bundles from another installation
  export      write the changes since the last export to an encrypted bundle
  import      merge bundles from other installations
  conflicts   list concurrent edits found while merging
  enrol       issue an enrolment for a worker, or join a region with one
  report      compute the regional report as JSON or CSV
  targets     list, set or remove the report&apos;s yearly targets
  provider    add or list the region&apos;s providers
  worker      add, list or retire the region&apos;s workers
  locality    add or list the region&apos;s localities
  handover    hand clients over to another worker
  week        list what is due across a caseload: overdue steps and goals, quiet clients
  refused     list the changes the region&apos;s rules refused, or accept one
  retention   list the clients past the retention period, or anonymise them
  history     list every change and view of one client&apos;s records
  audit       write every change and view of a period, for all clients, to a file
  sql         run a read-only query, or dump the database as SQL
  passwd      change the database&apos;s passphrase
  encrypt     encrypt a plain database in place
  backup      write a checked backup of the database, or list the backups
  restore     put a backup in the place of the database (the current file is kept aside)
  salvage     copy what can still be read of a damaged database into a new file
  access      write everything held about one person as a PDF and a JSON file
  plan        write a client&apos;s individual plan as a PDF to read and sign with them

Every command that opens a database takes --db-passphrase-file F (or the environment variable TEREN_DB_PASSPHRASE_FILE) for an encrypted one.

Run teren-cli COMMAND --help for a command&apos;s options, teren-cli --version for the version.
</source>
        <translation>Použití: teren-cli PŘÍKAZ [VOLBY]

Příkazy:
  init        vytvoří novou prázdnou databázi, nebo databázi koordinátora nového kraje
  demo        vytvoří databázi se smyšleným ukázkovým krajem
  check       zkontroluje celistvost databáze a spočítá její řádky
  import-csv  načte lokality, klienty, potřeby, plány a kontakty ze souborů CSV
  identity    vypíše (a vytvoří) identifikátor repliky a veřejný klíč databáze
  trust       přijímat balíčky od jiné instalace
  export      zapíše změny od posledního exportu do šifrovaného balíčku
  import      sloučí balíčky z jiných instalací
  conflicts   vypíše souběžné úpravy nalezené při slučování
  enrol       vydá pracovníkovi zápis do kraje, nebo s ním kraj připojí
  report      spočítá krajskou zprávu jako JSON nebo CSV
  targets     vypíše, nastaví nebo odebere roční cílové hodnoty zprávy
  provider    přidá nebo vypíše poskytovatele kraje
  worker      přidá, vypíše nebo vyřadí pracovníky kraje
  locality    přidá nebo vypíše lokality kraje
  handover    předá klienty jinému pracovníkovi
  week        vypíše, co je u klientů na řadě: kroky a cíle po termínu, klienty bez kontaktu
  refused     vypíše změny, které pravidla kraje odmítla, nebo jednu přijme
  retention   vypíše klienty po uplynutí doby uchování, nebo je anonymizuje
  history     vypíše všechny změny a nahlédnutí do záznamů jednoho klienta
  audit       zapíše do souboru všechny změny a nahlédnutí za období, u všech klientů
  sql         spustí dotaz, který nic nemění, nebo vypíše databázi jako SQL
  passwd      změní heslo databáze
  encrypt     zašifruje nešifrovanou databázi na místě
  backup      zapíše zkontrolovanou zálohu databáze, nebo vypíše zálohy
  restore     dá zálohu na místo databáze (dosavadní soubor se odloží stranou)
  salvage     zkopíruje, co jde z poškozené databáze ještě přečíst, do nového souboru
  access      zapíše vše, co databáze o jednom člověku drží, jako PDF a soubor JSON
  plan        zapíše individuální plán klienta jako PDF k přečtení a podpisu s klientem

Každý příkaz, který otevírá databázi, přijímá pro šifrovanou databázi --db-passphrase-file F (nebo proměnnou prostředí TEREN_DB_PASSPHRASE_FILE).

Volby příkazu vypíše teren-cli PŘÍKAZ --help, verzi teren-cli --version.
</translation>
    </message>
</context>
<context>
    <name>ClientChooserDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(bez jména)</translation>
    </message>
</context>
<context>
    <name>ClientHistory</name>
    <message>
        <source>refused: %1</source>
        <translation>odmítnuto: %1</translation>
    </message>
    <message>
        <source>lost in merge to %1</source>
        <translation>při slučování převážila hodnota %1</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(vymazáno)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>lost in merge to: the value (who, on which laptop)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prázdné)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted value</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>who on which laptop</comment>
        <translation>%1 na „%2“</translation>
    </message>
    <message>
        <source>%1 · %2: %3 → %4</source>
        <comment>record · field: old → new</comment>
        <translation>%1 · %2: %3 → %4</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Přezdívka</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Rok narození</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Pohlaví</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalita</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Domácnost</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pracovník</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Souhlas udělen dne</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>Rozsah souhlasu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Sloučen do</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Konec</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Důvod ukončení</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intenzita</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation>Zjištěno dne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Uzavřeno dne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Cílové datum</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Dosaženo dne</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odpovídá</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Splněno dne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Místo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervence</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potřeby</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Údaje exportovány</translation>
    </message>
    <message>
        <source>Card opened</source>
        <translation>Karta otevřena</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Cooperation from %1</source>
        <translation>Spolupráce od %1</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>Potřeba: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Cíl: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Krok: %1</translation>
    </message>
    <message>
        <source>Contact on %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Nahlédnutí</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>vymazáno</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>smazáno</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <source>a household</source>
        <translation>domácnost</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>výchozí číselníky</translation>
    </message>
    <message>
        <source>installation %1</source>
        <translation>instalace %1</translation>
    </message>
    <message>
        <source>Individual plan printed</source>
        <translation>Vytištěn individuální plán</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner involved in a contact</source>
        <translation>Partner zapojený do kontaktu</translation>
    </message>
    <message>
        <source>Linked to a group contact</source>
        <translation>Připojen ke skupinovému kontaktu</translation>
    </message>
    <message>
        <source>Named at a group activity</source>
        <translation>Uveden u skupinové aktivity</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>Enter the client&apos;s name or an alias.</source>
        <translation>Zadejte jméno klienta nebo přezdívku.</translation>
    </message>
    <message>
        <source>The year of birth must be between 1900 and %1.</source>
        <translation>Rok narození musí být mezi 1900 a %1.</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>pohlaví</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>lokalita</translation>
    </message>
    <message>
        <source>household</source>
        <translation>domácnost</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>pracovník</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>%1 has left (retired on %2): clients can only be handed over to an active worker.</source>
        <translation>%1 už nepracuje (od %2): klienty lze předat jen aktivnímu pracovníkovi.</translation>
    </message>
</context>
<context>
    <name>ClockCheck</name>
    <message>
        <source>This computer&apos;s clock says %1, before this version of Terén was made (%2). Set the date and time right before you change anything: every change is dated with them, and the newer change wins when laptops&apos; work is merged.</source>
        <translation>Hodiny tohoto počítače ukazují %1, tedy dřív, než vznikla tato verze Terénu (%2). Než cokoli změníte, nastavte správné datum a čas: každá změna se jimi označí a při slučování práce z notebooků vítězí novější změna.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock says %1, but this file holds changes dated as late as %2, %n day(s) later. If the clock is wrong, set the date and time right before you change anything: every change is dated with them, and the newer change wins when laptops&apos; work is merged.</source>
        <translation>
            <numerusform>Hodiny tohoto počítače ukazují %1, ale v tomto souboru jsou změny s datem až %2, o %n den později. Pokud hodiny jdou špatně, nastavte před jakoukoli změnou správné datum a čas: každá změna se jimi označí a při slučování práce z notebooků vítězí novější změna.</numerusform>
            <numerusform>Hodiny tohoto počítače ukazují %1, ale v tomto souboru jsou změny s datem až %2, o %n dny později. Pokud hodiny jdou špatně, nastavte před jakoukoli změnou správné datum a čas: každá změna se jimi označí a při slučování práce z notebooků vítězí novější změna.</numerusform>
            <numerusform>Hodiny tohoto počítače ukazují %1, ale v tomto souboru jsou změny s datem až %2, o %n dní později. Pokud hodiny jdou špatně, nastavte před jakoukoli změnou správné datum a čas: každá změna se jimi označí a při slučování práce z notebooků vítězí novější změna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message numerus="yes">
        <source>The clock of laptop %1 runs %n day(s) ahead: its changes would win over every edit made elsewhere until then.</source>
        <translation>
            <numerusform>Hodiny notebooku %1 jdou o %n den napřed: jeho změny by do té doby přebily každou úpravu provedenou jinde.</numerusform>
            <numerusform>Hodiny notebooku %1 jdou o %n dny napřed: jeho změny by do té doby přebily každou úpravu provedenou jinde.</numerusform>
            <numerusform>Hodiny notebooku %1 jdou o %n dní napřed: jeho změny by do té doby přebily každou úpravu provedenou jinde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock of laptop %1 runs %n day(s) ahead: its changes count as made at this import.</source>
        <translation>
            <numerusform>Hodiny notebooku %1 jdou o %n den napřed: jeho změny platí jako provedené při tomto importu.</numerusform>
            <numerusform>Hodiny notebooku %1 jdou o %n dny napřed: jeho změny platí jako provedené při tomto importu.</numerusform>
            <numerusform>Hodiny notebooku %1 jdou o %n dní napřed: jeho změny platí jako provedené při tomto importu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock of laptop %1 runs %n day(s) ahead: its changes were imported as stamped; only the coordinator can make them count as made at the import.</source>
        <translation>
            <numerusform>Hodiny notebooku %1 jdou o %n den napřed: jeho změny se naimportovaly s datem, které nesou; určit, že platí jako provedené při importu, může jen koordinátor.</numerusform>
            <numerusform>Hodiny notebooku %1 jdou o %n dny napřed: jeho změny se naimportovaly s datem, které nesou; určit, že platí jako provedené při importu, může jen koordinátor.</numerusform>
            <numerusform>Hodiny notebooku %1 jdou o %n dní napřed: jeho změny se naimportovaly s datem, které nesou; určit, že platí jako provedené při importu, může jen koordinátor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodelistEditor</name>
    <message>
        <source>The Czech label is missing: every code has a label in both languages.</source>
        <translation>Chybí český název: každý kód má název v obou jazycích.</translation>
    </message>
    <message>
        <source>The English label is missing: every code has a label in both languages.</source>
        <translation>Chybí anglický název: každý kód má název v obou jazycích.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a code: use lower-case letters without diacritics, digits and underscores, starting with a letter (e.g. debt_advice).</source>
        <translation>„%1“ nemůže být kód: použijte malá písmena bez diakritiky, číslice a podtržítka, na začátku písmeno (např. dluhove_poradenstvi).</translation>
    </message>
    <message>
        <source>Unknown need area &quot;%1&quot;.</source>
        <translation>Neznámá oblast potřeb „%1“.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; exists already (codes are never re-used, also when retired).</source>
        <translation>Kód „%1“ už existuje (kódy se nikdy nepoužívají znovu, ani když jsou vyřazené).</translation>
    </message>
    <message>
        <source>Unknown code &quot;%1&quot;.</source>
        <translation>Neznámý kód „%1“.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>female</source>
        <translation>žena</translation>
    </message>
    <message>
        <source>male</source>
        <translation>muž</translation>
    </message>
    <message>
        <source>other</source>
        <translation>jiné</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otevřená</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>řeší se</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>vyřešená</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>nevyřešená</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>upuštěná</translation>
    </message>
    <message>
        <source>short-term</source>
        <translation>krátkodobý</translation>
    </message>
    <message>
        <source>medium-term</source>
        <translation>střednědobý</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>dlouhodobý</translation>
    </message>
    <message>
        <source>open</source>
        <comment>goal status</comment>
        <translation>otevřený</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>dosažený</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>nedosažený</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>goal status</comment>
        <translation>zrušený</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>pracovník</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>instituce</translation>
    </message>
    <message>
        <source>field</source>
        <translation>terén</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kancelář</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>field programmes</source>
        <translation>terénní programy</translation>
    </message>
    <message>
        <source>social counselling</source>
        <translation>odborné sociální poradenství</translation>
    </message>
    <message>
        <source>low-threshold facility for children and youth</source>
        <translation>nízkoprahové zařízení pro děti a mládež</translation>
    </message>
    <message>
        <source>social activation services for families with children</source>
        <translation>sociálně aktivizační služby pro rodiny s dětmi</translation>
    </message>
    <message>
        <source>other</source>
        <comment>social service</comment>
        <translation>jiné</translation>
    </message>
    <message>
        <source>field worker</source>
        <translation>terénní pracovník</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinátor</translation>
    </message>
    <message>
        <source>excluded locality</source>
        <translation>sociálně vyloučená lokalita</translation>
    </message>
    <message>
        <source>town</source>
        <translation>město</translation>
    </message>
    <message>
        <source>village</source>
        <translation>obec</translation>
    </message>
    <message>
        <source>processing of personal data for field social work</source>
        <translation>zpracování osobních údajů pro terénní sociální práci</translation>
    </message>
    <message>
        <source>sharing with other services and institutions</source>
        <translation>předávání údajů dalším službám a institucím</translation>
    </message>
    <message>
        <source>contacting family and close persons</source>
        <translation>kontakt s rodinou a blízkými osobami</translation>
    </message>
    <message>
        <source>photos and recordings</source>
        <translation>fotografie a nahrávky</translation>
    </message>
    <message>
        <source>given</source>
        <translation>udělen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>odvolán</translation>
    </message>
    <message>
        <source>labour office</source>
        <translation>úřad práce</translation>
    </message>
    <message>
        <source>municipal office</source>
        <translation>obecní úřad</translation>
    </message>
    <message>
        <source>child protection authority (OSPOD)</source>
        <translation>orgán sociálně-právní ochrany dětí (OSPOD)</translation>
    </message>
    <message>
        <source>school</source>
        <translation>škola</translation>
    </message>
    <message>
        <source>police</source>
        <translation>policie</translation>
    </message>
    <message>
        <source>court or bailiff</source>
        <translation>soud nebo exekutor</translation>
    </message>
    <message>
        <source>health facility</source>
        <translation>zdravotnické zařízení</translation>
    </message>
    <message>
        <source>debt counselling</source>
        <translation>dluhové poradenství</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>zaměstnavatel</translation>
    </message>
    <message>
        <source>other NGO</source>
        <translation>jiná nezisková organizace</translation>
    </message>
    <message>
        <source>catch-up classes</source>
        <translation>doučování</translation>
    </message>
    <message>
        <source>PC course</source>
        <translation>kurz práce s počítačem</translation>
    </message>
    <message>
        <source>leisure activity for children</source>
        <translation>volnočasová aktivita pro děti</translation>
    </message>
    <message>
        <source>community meeting</source>
        <translation>komunitní setkání</translation>
    </message>
    <message>
        <source>joint patrol with police</source>
        <translation>společná pochůzka s policií</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>jiná aktivita</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>The date of the consent</source>
        <translation>Datum souhlasu</translation>
    </message>
    <message>
        <source>A consent cannot be dated in the future (%1); today is %2.</source>
        <translation>Souhlas nemůže mít datum v budoucnosti (%1); dnes je %2.</translation>
    </message>
    <message>
        <source>consent action</source>
        <translation>úkon souhlasu</translation>
    </message>
    <message>
        <source>consent scope</source>
        <translation>rozsah souhlasu</translation>
    </message>
    <message>
        <source>Say what the other consent is about in the note.</source>
        <translation>Do poznámky napište, čeho se jiný souhlas týká.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>The date of the contact</source>
        <translation>Datum kontaktu</translation>
    </message>
    <message>
        <source>Minutes must be between 0 and 1440.</source>
        <translation>Počet minut musí být mezi 0 a 1440.</translation>
    </message>
    <message>
        <source>place (field, office or phone)</source>
        <translation>místo (terén, kancelář nebo telefon)</translation>
    </message>
    <message>
        <source>intervention type</source>
        <translation>typ intervence</translation>
    </message>
    <message>
        <source>A touched need must be one of this client&apos;s needs.</source>
        <translation>Řešená potřeba musí patřit tomuto klientovi.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>A client can be linked to a contact only once.</source>
        <translation>Klient může být ke kontaktu připojen jen jednou.</translation>
    </message>
    <message>
        <source>linked client</source>
        <translation>připojený klient</translation>
    </message>
</context>
<context>
    <name>CooperationRepository</name>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>The start of cooperation</source>
        <translation>Začátek spolupráce</translation>
    </message>
    <message>
        <source>Cooperation cannot end (%1) before it started (%2).</source>
        <translation>Spolupráce nemůže skončit (%1) dřív, než začala (%2).</translation>
    </message>
    <message>
        <source>Give the reason the cooperation ended.</source>
        <translation>Uveďte důvod ukončení spolupráce.</translation>
    </message>
    <message>
        <source>An end reason needs an end date.</source>
        <translation>Důvod ukončení vyžaduje datum ukončení.</translation>
    </message>
    <message>
        <source>end reason</source>
        <translation>důvod ukončení</translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation>spolupráce</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The column %1 needs a value.</source>
        <translation>Sloupec %1 musí mít hodnotu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column %2 is not a valid date (YYYY-MM-DD).</source>
        <translation>„%1“ ve sloupci %2 není platné datum (RRRR-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column %2 is not a whole number.</source>
        <translation>„%1“ ve sloupci %2 není celé číslo.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: složka neexistuje.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Soubor nelze přečíst: %1</translation>
    </message>
    <message>
        <source>The file is empty; its first row must be the header &quot;%1&quot;.</source>
        <translation>Soubor je prázdný; jeho první řádek musí být záhlaví „%1“.</translation>
    </message>
    <message>
        <source>The header must be &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Záhlaví musí být „%1“, ne „%2“.</translation>
    </message>
    <message>
        <source>Expected %1 columns, found %2.</source>
        <translation>Očekáváno sloupců: %1, nalezeno: %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not in %3 nor in an earlier import.</source>
        <translation>%1 „%2“ není v %3 ani v dřívějším importu.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already on line %2.</source>
        <translation>Kód „%1“ už je na řádku %2.</translation>
    </message>
    <message>
        <source>The locality&apos;s name</source>
        <translation>Název lokality</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Obec</translation>
    </message>
    <message>
        <source>The client_ref &quot;%1&quot; is already on line %2.</source>
        <translation>client_ref „%1“ už je na řádku %2.</translation>
    </message>
    <message>
        <source>The cooperation of &quot;%1&quot; starting %2 is already on line %3.</source>
        <translation>Spolupráce „%1“ začínající %2 už je na řádku %3.</translation>
    </message>
    <message>
        <source>The need_ref &quot;%1&quot; is already on line %2.</source>
        <translation>need_ref „%1“ už je na řádku %2.</translation>
    </message>
    <message>
        <source>Priority must be a positive number.</source>
        <translation>Priorita musí být kladné číslo.</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; already has an open need with priority %2 on line %3.</source>
        <translation>Klient „%1“ už má otevřenou potřebu s prioritou %2 na řádku %3.</translation>
    </message>
    <message>
        <source>The goal_ref &quot;%1&quot; is already on line %2.</source>
        <translation>goal_ref „%1“ už je na řádku %2.</translation>
    </message>
    <message>
        <source>The same step of goal &quot;%1&quot; is already on line %2.</source>
        <translation>Stejný krok cíle „%1“ už je na řádku %2.</translation>
    </message>
    <message>
        <source>The header must be &quot;%1&quot;, optionally followed by &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Záhlaví musí být „%1“, případně doplněné o „%2“, ne „%3“.</translation>
    </message>
    <message>
        <source>There is no worker &quot;%1&quot;; the column %2 takes a worker&apos;s name or id.</source>
        <translation>Pracovník „%1“ neexistuje; sloupec %2 obsahuje jméno nebo id pracovníka.</translation>
    </message>
    <message>
        <source>Several workers are called &quot;%1&quot; (%2); give the id of one.</source>
        <translation>Jménem „%1“ se jmenuje více pracovníků (%2); zadejte id jednoho z nich.</translation>
    </message>
    <message>
        <source>%1 is not an active worker today; clients are assigned to active workers only.</source>
        <translation>%1 dnes není aktivní pracovník; klienty lze přidělit jen aktivním pracovníkům.</translation>
    </message>
    <message>
        <source>This installation works as %1 and registers that worker&apos;s clients only, not those of %2.</source>
        <translation>Tato instalace pracuje jako %1 a eviduje jen klienty tohoto pracovníka, ne klienty pracovníka %2.</translation>
    </message>
    <message>
        <source>The column %1 holds the control character %2, which no text may hold; remove it in the spreadsheet.</source>
        <translation>Sloupec %1 obsahuje řídicí znak %2, který žádný text obsahovat nesmí; odstraňte ho v tabulce.</translation>
    </message>
    <message>
        <source>The column consent_scope needs the date of the consent in consent_on.</source>
        <translation>Sloupec consent_scope potřebuje datum souhlasu ve sloupci consent_on.</translation>
    </message>
    <message>
        <source>The column residents cannot be negative (%1).</source>
        <translation>Sloupec residents nemůže být záporný (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner kind; use one of: %2.</source>
        <translation>„%1“ není druh partnera; použijte jeden z: %2.</translation>
    </message>
    <message>
        <source>%1: no CSV files to import (expected localities.csv, partners.csv, clients.csv, cooperations.csv, needs.csv, goals.csv, steps.csv or contacts.csv).</source>
        <translation>%1: žádné soubory CSV k importu (očekává se localities.csv, partners.csv, clients.csv, cooperations.csv, needs.csv, goals.csv, steps.csv nebo contacts.csv).</translation>
    </message>
    <message>
        <source>The client_ref &quot;%1&quot; is listed twice in one contact.</source>
        <translation>Hodnota client_ref „%1“ je u jednoho kontaktu uvedena dvakrát.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text; save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Soubor není text v UTF-8; uložte ho z tabulkového procesoru jako „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed.</source>
        <translation>Pole v uvozovkách, které tu začíná, není uzavřeno.</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote (a quote inside a quoted field must be doubled).</source>
        <translation>Nečekaný text za uzavírací uvozovkou (uvozovka uvnitř pole v uvozovkách musí být zdvojená).</translation>
    </message>
    <message>
        <source>A quote inside a field that is not quoted; quote the whole field and double the quote.</source>
        <translation>Uvozovka uvnitř pole bez uvozovek; dejte celé pole do uvozovek a uvozovku zdvojte.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the file %1: %2</source>
        <translation>Soubor %1 nelze otevřít: %2</translation>
    </message>
    <message>
        <source>The disk is full. Nothing of the last change was saved; free some space and try again.</source>
        <translation>Disk je plný. Z poslední změny se nic neuložilo; uvolněte místo a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The file %1 is in use by another program. Close it there and try again.</source>
        <translation>Soubor %1 používá jiný program. Zavřete ho tam a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written (it is read-only).</source>
        <translation>Do souboru %1 nelze zapisovat (je jen pro čtení).</translation>
    </message>
    <message>
        <source>The file %1 is not a Terén database.</source>
        <translation>Soubor %1 není databáze Terénu.</translation>
    </message>
    <message>
        <source>The file %1 is damaged. Restore it from a backup.</source>
        <translation>Soubor %1 je poškozený. Obnovte ho ze zálohy.</translation>
    </message>
    <message>
        <source>Reading or writing the file %1 failed (%2).</source>
        <translation>Čtení nebo zápis souboru %1 selhal (%2).</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Chyba databáze v %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is damaged or was altered after Terén wrote it: a part of it does not match its seal. Nothing was changed in it; restore it from a backup.</source>
        <translation>Soubor %1 je poškozený nebo byl po zápisu Terénem změněn: jeho část nesouhlasí se svou pečetí. Nic v něm nebylo změněno; obnovte ho ze zálohy.</translation>
    </message>
    <message>
        <source>The file %1 is in use by %2. Close it there and try again.</source>
        <translation>Soubor %1 používá %2. Zavřete ho tam a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The file %1 is open read-only: nothing can be changed in it.</source>
        <translation>Soubor %1 je otevřen jen pro čtení: nelze v něm nic změnit.</translation>
    </message>
    <message>
        <source>The file %1 is still being checked; changes can be saved as soon as the check is done (the status bar says when).</source>
        <translation>Soubor %1 se ještě kontroluje; změny půjde uložit, jakmile kontrola skončí (oznámí to stavový řádek).</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: Terén keeps its journal in files beside the database, so it cannot write %2 there. Move the file to a folder you can write to, or allow writing in this one.</source>
        <translation>Složka %1 je jen pro čtení: Terén si vede deník v souborech vedle databáze, a proto do %2 v ní zapisovat nemůže. Přesuňte soubor do složky, do které můžete zapisovat, nebo zápis do této složky povolte.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation>Generování ukázkového kraje bylo zrušeno.</translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>The region&apos;s name</source>
        <translation>Název kraje</translation>
    </message>
    <message>
        <source>The household&apos;s name</source>
        <translation>Název domácnosti</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>Záznam nelze sloučit sám se sebou.</translation>
    </message>
    <message>
        <source>The client does not exist (it may have been deleted).</source>
        <translation>Klient neexistuje (mohl být smazán).</translation>
    </message>
    <message>
        <source>The record to keep is itself merged into another; merge into that one.</source>
        <translation>Ponechávaný záznam je sám sloučen do jiného; slučte do toho.</translation>
    </message>
    <message>
        <source>This record is not merged into another.</source>
        <translation>Tento záznam není sloučen do jiného.</translation>
    </message>
    <message>
        <source>A record cannot be marked as a different person from itself.</source>
        <translation>Záznam nelze označit za jinou osobu než sám sebe.</translation>
    </message>
</context>
<context>
    <name>DurableFiles</name>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>Soubor %1 nelze přejmenovat na %2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Soubor %1 nešlo přečíst: %2</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Soubor %1 nešlo vytvořit: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Free some space and try again.</source>
        <translation>Disk je plný: soubor %1 nešlo zapsat. Uvolněte místo a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>Could not write %1 to the disk.</source>
        <translation>Soubor %1 nešlo zapsat na disk.</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>There is no worker with the id %1 in this database.</source>
        <translation>Pracovník s identifikátorem %1 v této databázi není.</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>Kryptografickou knihovnu nelze inicializovat.</translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2</source>
        <translation>Balíček %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>This database is already enrolled as %1.</source>
        <translation>Tato databáze je už zapsána jako %1.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Soubor %1 nelze otevřít: %2</translation>
    </message>
    <message>
        <source>This is not an enrolment bundle; import it with the other bundles instead.</source>
        <translation>Toto není zápisový balíček; importujte ho s ostatními balíčky.</translation>
    </message>
    <message>
        <source>This bundle was exported from this same database.</source>
        <translation>Tento balíček byl exportován z této databáze.</translation>
    </message>
    <message>
        <source>This bundle is addressed to another installation.</source>
        <translation>Tento balíček je určen jiné instalaci.</translation>
    </message>
    <message>
        <source>The bundle holds a record this version of Terén cannot read.</source>
        <translation>Balíček obsahuje záznam, který tato verze Terénu neumí přečíst.</translation>
    </message>
    <message>
        <source>The enrolment names a worker the bundle does not hold.</source>
        <translation>Zápis uvádí pracovníka, kterého balíček neobsahuje.</translation>
    </message>
    <message>
        <source>This worker&apos;s installation was revoked (a lost laptop); enrol the new laptop with teren-cli enrol.</source>
        <translation>Instalace tohoto pracovníka byla zneplatněna (ztracený notebook); nový notebook zapište příkazem teren-cli enrol.</translation>
    </message>
    <message>
        <source>This worker&apos;s installation has not sent its first bundle yet, so its key is not known; give --to IDENTITY or --passphrase-file F.</source>
        <translation>Instalace tohoto pracovníka ještě neposlala první balíček, její klíč tedy není známý; zadejte --to IDENTITA nebo --passphrase-file F.</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>An unexpected error stopped this action (%1).</source>
        <translation>Akci přerušila neočekávaná chyba (%1).</translation>
    </message>
    <message>
        <source>An unexpected error stopped this action.</source>
        <translation>Akci přerušila neočekávaná chyba.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>This is a statistical database: it keeps no names or free text, so it exports nothing.</source>
        <translation>Toto je statistická databáze: neuchovává jména ani volný text, a proto nic neexportuje.</translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2</source>
        <translation>Balíček %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>Statistical bundles are written from the coordinator&apos;s file, which holds the whole region; this laptop holds only its worker&apos;s clients.</source>
        <translation>Statistické balíčky se zapisují ze souboru koordinátora, který obsahuje celý kraj; tento notebook obsahuje jen klienty svého pracovníka.</translation>
    </message>
</context>
<context>
    <name>FileEncryption</name>
    <message>
        <source>The disk is full: %1 stays as it was. Free at least as much space as the file takes and try again.</source>
        <translation>Disk je plný: soubor %1 zůstává, jak byl. Uvolněte alespoň tolik místa, kolik soubor zabírá, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The file %1 is in use by another program. Close it there and try again.</source>
        <translation>Soubor %1 používá jiný program. Zavřete ho tam a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Encrypting %1 failed: %2. The file stays as it was.</source>
        <translation>Šifrování souboru %1 selhalo: %2. Soubor zůstává, jak byl.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Soubor %1 neexistuje.</translation>
    </message>
    <message>
        <source>The file %1 is encrypted already.</source>
        <translation>Soubor %1 už je zašifrovaný.</translation>
    </message>
    <message>
        <source>The file %1 is not a Terén database.</source>
        <translation>Soubor %1 není databáze Terénu.</translation>
    </message>
    <message>
        <source>Cannot open the file %1: %2</source>
        <translation>Soubor %1 nelze otevřít: %2</translation>
    </message>
    <message>
        <source>The encrypted copy of %1 did not read back whole; the file stays as it was.</source>
        <translation>Zašifrovanou kopii souboru %1 se nepodařilo celou přečíst; soubor zůstává, jak byl.</translation>
    </message>
    <message>
        <source>The file %1 is not encrypted, so it has no passphrase; encrypt it first.</source>
        <translation>Soubor %1 není zašifrovaný, takže nemá heslo; nejdřív ho zašifrujte.</translation>
    </message>
    <message>
        <source>The file %1 is not open with its key, so its passphrase cannot be set.</source>
        <translation>Soubor %1 není otevřený se svým klíčem, jeho heslo proto nelze nastavit.</translation>
    </message>
</context>
<context>
    <name>FileRescue</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What could be read of %1 was copied into %2:

%3
The damaged file was left as it is.</source>
        <translation>Co šlo ze souboru %1 přečíst, je zkopírováno do %2:

%3
Poškozený soubor zůstal, jak byl.</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The file it replaced is kept as %2.

This computer now counts as a new installation: its next bundle tells the coordinator that it continues the old one.</source>
        <translation>Záloha %1 je obnovena. Soubor, který nahradila, je uložen jako %2.

Tento počítač je teď nová instalace: jeho příští balíček koordinátorovi oznámí, že navazuje na tu starou.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>on Monday, %1</source>
        <translation>v pondělí %1</translation>
    </message>
    <message>
        <source>on Tuesday, %1</source>
        <translation>v úterý %1</translation>
    </message>
    <message>
        <source>on Wednesday, %1</source>
        <translation>ve středu %1</translation>
    </message>
    <message>
        <source>on Thursday, %1</source>
        <translation>ve čtvrtek %1</translation>
    </message>
    <message>
        <source>on Friday, %1</source>
        <translation>v pátek %1</translation>
    </message>
    <message>
        <source>on Saturday, %1</source>
        <translation>v sobotu %1</translation>
    </message>
    <message>
        <source>on Sunday, %1</source>
        <translation>v neděli %1</translation>
    </message>
</context>
<context>
    <name>GroupActivityDialog</name>
    <message>
        <source>(no locality)</source>
        <translation>(bez lokality)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>GroupActivityRepository</name>
    <message>
        <source>Minutes must be between 0 and 1440.</source>
        <translation>Počet minut musí být mezi 0 a 1440.</translation>
    </message>
    <message>
        <source>place (field, office or phone)</source>
        <translation>místo (terén, kancelář nebo telefon)</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>lokalita</translation>
    </message>
    <message>
        <source>kind of group activity</source>
        <translation>druh skupinové aktivity</translation>
    </message>
    <message>
        <source>The date of the activity</source>
        <translation>Datum aktivity</translation>
    </message>
    <message>
        <source>The number of participants must be between 0 and 100000.</source>
        <translation>Počet účastníků musí být od 0 do 100000.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients are named among the participants, but only %1 took part: raise the number of participants or name fewer clients.</source>
        <translation>
            <numerusform>Mezi účastníky je uveden %n klient, ale počet účastníků je jen %1: zvyšte počet účastníků, nebo uveďte méně klientů.</numerusform>
            <numerusform>Mezi účastníky jsou uvedeni %n klienti, ale počet účastníků je jen %1: zvyšte počet účastníků, nebo uveďte méně klientů.</numerusform>
            <numerusform>Mezi účastníky je uvedeno %n klientů, ale počet účastníků je jen %1: zvyšte počet účastníků, nebo uveďte méně klientů.</numerusform>
        </translation>
    </message>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>group activity</source>
        <translation>skupinová aktivita</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Soubor %1 nelze otevřít: %2</translation>
    </message>
    <message>
        <source>A different bundle number %1 from &quot;%2&quot; was imported before.</source>
        <translation>Dříve už byl naimportován jiný balíček číslo %1 od „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 (installation &quot;%2&quot;)</source>
        <translation>%1 (instalace „%2“)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused: %1</source>
        <translation>
            <numerusform>%n změna odmítnuta: %1</numerusform>
            <numerusform>%n změny odmítnuty: %1</numerusform>
            <numerusform>%n změn odmítnuto: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle %1 from %2 is missing; ask for it.</source>
        <translation>Chybí balíček %1 od %2; vyžádejte si ho.</translation>
    </message>
    <message>
        <source>Bundles %1–%2 from %3 are missing; ask for them.</source>
        <translation>Chybí balíčky %1–%2 od %3; vyžádejte si je.</translation>
    </message>
    <message numerus="yes">
        <source>The statistics of the region &quot;%1&quot; are now this snapshot; %n row(s) of the previous one removed.</source>
        <translation>
            <numerusform>Statistika kraje „%1“ je nyní z tohoto snímku; z předchozího odstraněn %n řádek.</numerusform>
            <numerusform>Statistika kraje „%1“ je nyní z tohoto snímku; z předchozího odstraněny %n řádky.</numerusform>
            <numerusform>Statistika kraje „%1“ je nyní z tohoto snímku; z předchozího odstraněno %n řádků.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndividualPlan</name>
    <message>
        <source>This file holds no client with the id %1 (or their data was erased).</source>
        <translation>Tento soubor neobsahuje klienta s identifikátorem %1 (nebo byly jeho údaje vymazány).</translation>
    </message>
    <message>
        <source>low</source>
        <translation>nízká</translation>
    </message>
    <message>
        <source>high</source>
        <translation>vysoká</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>střední</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message>
        <source>row %1 of %2 points to a missing row of %3</source>
        <translation>řádek %1 tabulky %2 odkazuje na chybějící řádek tabulky %3</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Verze schématu: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Celistvost: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>v pořádku</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Cizí klíče: %1</translation>
    </message>
    <message>
        <source>Rows (live / deleted):</source>
        <translation>Řádky (platné / smazané):</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>Could not read the key file %1: %2</source>
        <translation>Klíčový soubor %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>The key file %1 is not a Terén key file.</source>
        <translation>Soubor %1 není klíčový soubor Terénu.</translation>
    </message>
    <message>
        <source>Could not write the key file %1: %2</source>
        <translation>Soubor klíče %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Na odvození klíče z hesla není dost paměti.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this database (or its key file %1 was changed).</source>
        <translation>Nesprávné heslo k této databázi (nebo byl změněn její klíčový soubor %1).</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>Tento záchranný klíč tuto databázi neotevře.</translation>
    </message>
    <message>
        <source>The signing key in %1 does not belong to this database.</source>
        <translation>Podpisový klíč v souboru %1 nepatří k této databázi.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Could not read the identity file %1: %2</source>
        <translation>Soubor identity %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>%1 is not a Terén identity file (the other installation makes one with teren-cli identity --out).</source>
        <translation>%1 není soubor identity Terénu (druhá instalace ho vytvoří příkazem teren-cli identity --out).</translation>
    </message>
    <message>
        <source>The key file %1 does not belong to this database.</source>
        <translation>Soubor klíče %1 k této databázi nepatří.</translation>
    </message>
    <message>
        <source>The key file %1 of this database is missing, so its bundles cannot be signed. Restore it from a backup.</source>
        <translation>Soubor klíče %1 této databáze chybí, takže její balíčky nelze podepsat. Obnovte ho ze zálohy.</translation>
    </message>
    <message>
        <source>Could not write the key file %1: %2</source>
        <translation>Soubor klíče %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>The database is locked: unlock it to sign or open bundles.</source>
        <translation>Databáze je zamčená: k podepsání nebo otevření balíčků ji odemkněte.</translation>
    </message>
</context>
<context>
    <name>LocalityRepository</name>
    <message>
        <source>The locality&apos;s code</source>
        <translation>Kód lokality</translation>
    </message>
    <message>
        <source>The locality&apos;s name</source>
        <translation>Název lokality</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Obec</translation>
    </message>
    <message>
        <source>region</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>kind of locality</source>
        <translation>druh lokality</translation>
    </message>
    <message>
        <source>The number of residents cannot be negative.</source>
        <translation>Počet obyvatel nemůže být záporný.</translation>
    </message>
    <message>
        <source>A locality with the code &quot;%1&quot; already exists.</source>
        <translation>Lokalita s kódem „%1“ už existuje.</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>lokalita</translation>
    </message>
    <message>
        <source>The locality &quot;%1&quot; has clients: its code stays as it is, as spreadsheets and reports know it by it.</source>
        <translation>Lokalita „%1“ má klienty: její kód zůstává, tabulky i výkazy ji podle něj znají.</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>The bundle holds a change to &quot;%1&quot;, which is not part of a Terén database.</source>
        <translation>Balíček obsahuje změnu tabulky „%1“, která do databáze Terénu nepatří.</translation>
    </message>
    <message>
        <source>a value the field does not allow (an unknown code or a wrong kind of value)</source>
        <translation>hodnota, kterou pole nepřipouští (neznámý kód nebo nesprávný druh hodnoty)</translation>
    </message>
    <message>
        <source>text holding a control character (a NUL byte, say), which no text may hold</source>
        <translation>text s řídicím znakem (třeba bajtem NUL), který žádný text obsahovat nesmí</translation>
    </message>
</context>
<context>
    <name>NeedRepository</name>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>area</source>
        <translation>oblast</translation>
    </message>
    <message>
        <source>Intensity must be 1 (low), 2 (medium) or 3 (high), not %1.</source>
        <translation>Intenzita musí být 1 (nízká), 2 (střední) nebo 3 (vysoká), ne %1.</translation>
    </message>
    <message>
        <source>Priority must be a positive number.</source>
        <translation>Priorita musí být kladné číslo.</translation>
    </message>
    <message>
        <source>The date the need was identified</source>
        <translation>Datum zjištění potřeby</translation>
    </message>
    <message>
        <source>need status</source>
        <translation>stav potřeby</translation>
    </message>
    <message>
        <source>An open need has no closed date.</source>
        <translation>Otevřená potřeba nemá datum uzavření.</translation>
    </message>
    <message>
        <source>Only a resolved need has an outcome.</source>
        <translation>Výsledek má jen vyřešená potřeba.</translation>
    </message>
    <message>
        <source>The date the need was closed</source>
        <translation>Datum uzavření potřeby</translation>
    </message>
    <message>
        <source>The closed date</source>
        <translation>Datum uzavření</translation>
    </message>
    <message>
        <source>A resolved need needs an outcome.</source>
        <translation>Vyřešená potřeba musí mít výsledek.</translation>
    </message>
    <message>
        <source>The outcome &quot;%1&quot; does not belong to the area &quot;%2&quot;.</source>
        <translation>Výsledek „%1“ nepatří do oblasti „%2“.</translation>
    </message>
    <message>
        <source>need</source>
        <translation>potřeba</translation>
    </message>
    <message>
        <source>A need cannot move to another client.</source>
        <translation>Potřebu nelze přesunout k jinému klientovi.</translation>
    </message>
    <message>
        <source>Only open needs have a priority order.</source>
        <translation>Pořadí priority mají jen otevřené potřeby.</translation>
    </message>
</context>
<context>
    <name>OpenChecks</name>
    <message>
        <source>%1 is not a file, so it is not a Terén database.</source>
        <translation>%1 není soubor, a tedy ani databáze Terénu.</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes): it holds no data, perhaps a copy that was cut short. It was left as it is.</source>
        <translation>Soubor %1 je prázdný (0 bajtů): nejsou v něm žádná data, možná jde o nedokončenou kopii. Zůstal, jak byl.</translation>
    </message>
    <message>
        <source>The file %1 is open in Terén already: %2. Close it there first, or open it here read-only.</source>
        <translation>Soubor %1 je už otevřený v Terénu: %2. Nejdřív ho tam zavřete, nebo ho tady otevřete jen pro čtení.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to, and Terén needs to create files beside %2 (SQLite&apos;s log of changes). Open it read-only, or copy it to a folder you can write to.</source>
        <translation>Do složky %1 nelze zapisovat, a Terén potřebuje vedle souboru %2 vytvářet soubory (záznam změn SQLite). Otevřete ho jen pro čtení, nebo ho zkopírujte do složky, do které zapisovat můžete.</translation>
    </message>
    <message>
        <source>The file %1 is read-only. Open it read-only, or allow writing to it (its properties in the file manager).</source>
        <translation>Soubor %1 je jen pro čtení. Otevřete ho jen pro čtení, nebo v něm povolte zápis (ve vlastnostech souboru ve správci souborů).</translation>
    </message>
    <message>
        <source>The file %1 was not closed when Terén last used it, and the file of its latest changes (%2) is missing, perhaps because only the database file was copied. The latest changes may be lost. Look for %2 where the file came from, or open the file as it is.</source>
        <translation>Soubor %1 nebyl při posledním použití Terénu zavřen a soubor s jeho posledními změnami (%2) chybí, možná proto, že se zkopíroval jen soubor databáze. Poslední změny se mohly ztratit. Hledejte %2 tam, odkud soubor pochází, nebo soubor otevřete tak, jak je.</translation>
    </message>
    <message>
        <source>The file %1 is damaged (%2). Nothing was written to it. Open the latest good backup, or salvage what can still be read into a new file.</source>
        <translation>Soubor %1 je poškozený (%2). Nic se do něj nezapsalo. Otevřete poslední dobrou zálohu, nebo zachraňte, co jde ještě přečíst, do nového souboru.</translation>
    </message>
    <message>
        <source>The file %1 is not a Terén database.</source>
        <translation>Soubor %1 není databáze Terénu.</translation>
    </message>
    <message>
        <source>The disk is full: Terén could not prepare %1 for work (it needs a little space beside the file). Free some space, or open the file read-only.</source>
        <translation>Disk je plný: Terén nemohl soubor %1 připravit k práci (potřebuje vedle něj trochu místa). Uvolněte místo, nebo soubor otevřete jen pro čtení.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or was altered after Terén wrote it: a part of it does not match its seal. Nothing was written to it. Open the latest good backup, or salvage what can still be read into a new file.</source>
        <translation>Soubor %1 je poškozený, nebo byl pozměněn poté, co ho Terén zapsal: jeho část neodpovídá své pečeti. Nic se do něj nezapsalo. Otevřete poslední dobrou zálohu, nebo zachraňte, co jde ještě přečíst, do nového souboru.</translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>partner kind</source>
        <translation>druh partnera</translation>
    </message>
    <message>
        <source>The partner&apos;s name</source>
        <translation>Název partnera</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>lokalita</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was merged into another partner and stays retired.</source>
        <translation>„%1“ byl sloučen s jiným partnerem a zůstává vyřazený.</translation>
    </message>
    <message>
        <source>A partner cannot be merged into itself.</source>
        <translation>Partnera nelze sloučit sám se sebou.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was itself merged into another partner; merge into that one.</source>
        <translation>„%1“ byl sám sloučen s jiným partnerem; slučte raději s tím.</translation>
    </message>
    <message>
        <source>The partner &quot;%1&quot; is retired; choose another.</source>
        <translation>Partner „%1“ je vyřazený; zvolte jiného.</translation>
    </message>
    <message>
        <source>A step with a partner is the institution&apos;s: set the responsible party to institution, or choose no partner.</source>
        <translation>Krok s partnerem dělá instituce: nastavte, že ho dělá instituce, nebo partnera nevybírejte.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>The passphrase must have at least %1 characters; a few words in a row are easiest to remember.</source>
        <translation>Heslo musí mít alespoň %1 znaků; nejsnáze se pamatuje několik slov za sebou.</translation>
    </message>
    <message>
        <source>This passphrase is among the ones people choose most often, and the first an attacker tries; choose another.</source>
        <translation>Toto heslo patří k nejčastěji voleným a útočník ho zkusí jako první; zvolte jiné.</translation>
    </message>
    <message>
        <source>The passphrase uses too few different characters; choose a few words instead.</source>
        <translation>Heslo používá příliš málo různých znaků; zvolte raději několik slov.</translation>
    </message>
</context>
<context>
    <name>Peers</name>
    <message>
        <source>This database knows no installation %1.</source>
        <translation>Tato databáze nezná instalaci %1.</translation>
    </message>
    <message>
        <source>This database knows no installation &quot;%1&quot;.</source>
        <translation>Tato databáze nezná instalaci „%1“.</translation>
    </message>
    <message>
        <source>Several installations are called &quot;%1&quot;; give the installation&apos;s id.</source>
        <translation>Název „%1“ má několik instalací; zadejte identifikátor instalace.</translation>
    </message>
    <message>
        <source>no bundle yet</source>
        <translation>zatím žádný balíček</translation>
    </message>
    <message>
        <source>Terén before %1</source>
        <translation>Terén starší než %1</translation>
    </message>
    <message>
        <source>Terén %1</source>
        <translation>Terén %1</translation>
    </message>
</context>
<context>
    <name>PersonalRecord</name>
    <message>
        <source>This file holds no person with the id %1 (or their data was erased).</source>
        <translation>Tento soubor neobsahuje člověka s identifikátorem %1 (nebo byly jeho údaje vymazány).</translation>
    </message>
</context>
<context>
    <name>PlanLayout</name>
    <message>
        <source>Current needs</source>
        <translation>Současné potřeby</translation>
    </message>
    <message>
        <source>No open needs are recorded.</source>
        <translation>Nejsou zaznamenány žádné otevřené potřeby.</translation>
    </message>
    <message>
        <source>Closed needs</source>
        <translation>Uzavřené potřeby</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>Individuální plán</translation>
    </message>
    <message>
        <source>Client: %1, born %2</source>
        <translation>Klient: %1, nar. %2</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Pracovník: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>This plan says what you want to achieve, what each of us will do and by when. We go through it together and confirm it with our signatures; when something changes, we change the plan.</source>
        <translation>Tento plán říká, čeho chcete dosáhnout, co kdo z nás udělá a do kdy. Projdeme ho spolu a potvrdíme svými podpisy; když se něco změní, plán změníme.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Intensity: %1 (%2) · %3</source>
        <translation>Intenzita: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Intensity: %1 (%2) · %3 on %4</source>
        <translation>Intenzita: %1 (%2) · %3 dne %4</translation>
    </message>
    <message>
        <source>No goals are set for this need yet.</source>
        <translation>U této potřeby zatím nejsou stanovené žádné cíle.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Cíl: %1</translation>
    </message>
    <message>
        <source>Horizon: %1</source>
        <translation>Horizont: %1</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>Cílové datum: %1</translation>
    </message>
    <message>
        <source>No target date</source>
        <translation>Bez cílového data</translation>
    </message>
    <message>
        <source>State: %1 on %2</source>
        <translation>Stav: %1 dne %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Stav: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Kdo: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Do kdy: %1</translation>
    </message>
    <message>
        <source>No date set</source>
        <translation>Bez termínu</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Splněno: %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Zatím nesplněno</translation>
    </message>
    <message>
        <source>We have agreed on this plan together.</source>
        <translation>Na tomto plánu jsme se společně dohodli.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (pokračování)</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Podpis klienta</translation>
    </message>
    <message>
        <source>Worker&apos;s signature</source>
        <translation>Podpis pracovníka</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Individual plan: %1, %2</source>
        <translation>Individuální plán: %1, %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
    <message>
        <source>Individual plan: %1</source>
        <translation>Individuální plán: %1</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>The plan could not be laid out for the PDF.</source>
        <translation>Plán se nepodařilo vysázet do PDF.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>need this goal belongs to</source>
        <translation>potřeba, ke které cíl patří</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <source>horizon (short, medium or long)</source>
        <translation>horizont (krátkodobý, střednědobý nebo dlouhodobý)</translation>
    </message>
    <message>
        <source>goal status</source>
        <translation>stav cíle</translation>
    </message>
    <message>
        <source>The target date</source>
        <translation>Cílové datum</translation>
    </message>
    <message>
        <source>The date achieved</source>
        <translation>Datum dosažení</translation>
    </message>
    <message>
        <source>An achieved goal needs the date it was achieved.</source>
        <translation>Dosažený cíl musí mít datum dosažení.</translation>
    </message>
    <message>
        <source>Only an achieved goal has a date achieved.</source>
        <translation>Datum dosažení má jen dosažený cíl.</translation>
    </message>
    <message>
        <source>goal this step belongs to</source>
        <translation>cíl, ke kterému krok patří</translation>
    </message>
    <message>
        <source>need this step&apos;s goal belongs to</source>
        <translation>potřeba, ke které patří cíl kroku</translation>
    </message>
    <message>
        <source>The step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>responsible party</source>
        <translation>odpovědná strana</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>The date done</source>
        <translation>Datum splnění</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>cíl</translation>
    </message>
    <message>
        <source>step</source>
        <translation>krok</translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>The provider&apos;s name</source>
        <translation>Název poskytovatele</translation>
    </message>
    <message>
        <source>region</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IČO: it has eight digits, the last one a checksum of the others.</source>
        <translation>„%1“ není platné IČO: má osm číslic a poslední je kontrolním součtem ostatních.</translation>
    </message>
    <message>
        <source>social service</source>
        <translation>sociální služba</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>poskytovatel</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The file %1 is encrypted: its passphrase is needed.</source>
        <translation>Soubor %1 je šifrovaný: je potřeba jeho heslo.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Záloha %1 neexistuje.</translation>
    </message>
    <message>
        <source>The file %1 is open in Terén: %2. Close it there first.</source>
        <translation>Soubor %1 je otevřený v Terénu: %2. Nejdřív ho tam zavřete.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Soubor %1 už existuje; zvolte jiný název.</translation>
    </message>
</context>
<context>
    <name>RefusedChanges</name>
    <message>
        <source>Only the region&apos;s coordinator accepts refused changes.</source>
        <translation>Odmítnuté změny přijímá jen koordinátor kraje.</translation>
    </message>
    <message>
        <source>That change is not refused (any more).</source>
        <translation>Tato změna (už) není odmítnutá.</translation>
    </message>
</context>
<context>
    <name>RegionAccess</name>
    <message>
        <source>Read only: the region&apos;s records are changed on the coordinator&apos;s installation, and come here with the coordinator&apos;s bundles.</source>
        <translation>Jen ke čtení: údaje kraje se mění na instalaci koordinátora a sem přicházejí s jeho balíčky.</translation>
    </message>
    <message>
        <source>Read only: this laptop works as %1, and the region&apos;s records are changed on the coordinator&apos;s installation; they come here with the coordinator&apos;s bundles.</source>
        <translation>Jen ke čtení: tento notebook pracuje jako %1 a údaje kraje se mění na instalaci koordinátora; sem přicházejí s jeho balíčky.</translation>
    </message>
</context>
<context>
    <name>RegionSetup</name>
    <message>
        <source>This file belongs to a region already; a new region starts in a new file.</source>
        <translation>Tento soubor už patří ke kraji; nový kraj začíná v novém souboru.</translation>
    </message>
    <message>
        <source>The region&apos;s name</source>
        <translation>Název kraje</translation>
    </message>
    <message>
        <source>The coordinator&apos;s name</source>
        <translation>Jméno koordinátora</translation>
    </message>
    <message>
        <source>Name at least one provider of the services.</source>
        <translation>Uveďte aspoň jednoho poskytovatele služeb.</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>it is larger than %1 MiB, more than Terén reads from a file of its kind</source>
        <translation>je větší než %1 MiB, víc, než Terén ze souboru tohoto druhu přečte</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>je to složka, ne soubor</translation>
    </message>
    <message>
        <source>it is not an ordinary file but a device, a pipe or a socket, which Terén does not read</source>
        <translation>není to obyčejný soubor, ale zařízení, roura nebo soket, a ty Terén nečte</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Give the first and the last day of the report&apos;s period.</source>
        <translation>Zadejte první a poslední den období přehledu.</translation>
    </message>
    <message>
        <source>The period cannot start (%1) after it ends (%2).</source>
        <translation>Období nemůže začínat (%1) až po svém konci (%2).</translation>
    </message>
    <message>
        <source>There is no locality with the code &quot;%1&quot;.</source>
        <translation>Lokalita s kódem „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>The locality of the filter does not exist (it may have been deleted).</source>
        <translation>Lokalita filtru neexistuje (mohla být smazána).</translation>
    </message>
    <message>
        <source>The provider of the filter does not exist (it may have been deleted).</source>
        <translation>Poskytovatel filtru neexistuje (mohl být smazán).</translation>
    </message>
    <message>
        <source>The worker of the filter does not exist (it may have been deleted).</source>
        <translation>Pracovník filtru neexistuje (mohl být smazán).</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Výpočet přehledu byl zrušen.</translation>
    </message>
    <message>
        <source>A report compares the targets of at most %1 years; choose a shorter period.</source>
        <translation>Sestava porovnává cílové hodnoty nejvýše %1 let; zvolte kratší období.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ukazatel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Needs by area</source>
        <translation>Potřeby podle oblastí</translation>
    </message>
    <message>
        <source>Needs identified and resolved by area</source>
        <translation>Identifikované a vyřešené potřeby podle oblastí</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifikováno</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Vyřešeno</translation>
    </message>
    <message>
        <source>Resolved rate</source>
        <translation>Míra vyřešení</translation>
    </message>
    <message>
        <source>Share of resolved</source>
        <translation>Podíl na vyřešených</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>potřeby</translation>
    </message>
    <message>
        <source>Share of resolved needs by area</source>
        <translation>Podíl vyřešených potřeb podle oblastí</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Lokality</translation>
    </message>
    <message>
        <source>Persons and resolved rate by locality</source>
        <translation>Osoby a míra vyřešení podle lokalit</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalita</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Identifikované potřeby</translation>
    </message>
    <message>
        <source>Needs resolved</source>
        <translation>Vyřešené potřeby</translation>
    </message>
    <message>
        <source>(locality unknown)</source>
        <translation>(lokalita neznámá)</translation>
    </message>
    <message>
        <source>Persons supported</source>
        <translation>Podpořené osoby</translation>
    </message>
    <message>
        <source>Resolved rate (%)</source>
        <translation>Míra vyřešení (%)</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>resolved rate</source>
        <translation>míra vyřešení</translation>
    </message>
    <message>
        <source>Cooperation length</source>
        <translation>Délka spolupráce</translation>
    </message>
    <message>
        <source>Length of cooperations that ended in the period</source>
        <translation>Délka spoluprací ukončených v období</translation>
    </message>
    <message>
        <source>Whole months</source>
        <translation>Celé měsíce</translation>
    </message>
    <message>
        <source>Cooperations</source>
        <translation>Spolupráce</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ukončeno</translation>
    </message>
    <message>
        <source>Shortest (days)</source>
        <translation>Nejkratší (dny)</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Medián (dny)</translation>
    </message>
    <message>
        <source>Longest (days)</source>
        <translation>Nejdelší (dny)</translation>
    </message>
    <message>
        <source>Ended within 365 days</source>
        <translation>Ukončeno do 365 dnů</translation>
    </message>
    <message>
        <source>Mean with a need resolved (days)</source>
        <translation>Průměr s vyřešenou potřebou (dny)</translation>
    </message>
    <message>
        <source>whole months</source>
        <translation>celé měsíce</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Doba vyřešení</translation>
    </message>
    <message>
        <source>Time to resolve a need by area (days)</source>
        <translation>Doba vyřešení potřeby podle oblastí (dny)</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Průměr (dny)</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Medián (dny)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Průměr</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Medián</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dny</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Výsledky</translation>
    </message>
    <message>
        <source>Outcomes of resolved needs (persons)</source>
        <translation>Výsledky vyřešených potřeb (osoby)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cílové hodnoty</translation>
    </message>
    <message>
        <source>Targets and actual values</source>
        <translation>Cílové hodnoty a skutečnost</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Ukazatel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Rozsah</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cílová hodnota</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Skutečnost</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Chybí</translation>
    </message>
    <message>
        <source>whole region</source>
        <translation>celý kraj</translation>
    </message>
    <message>
        <source>met</source>
        <translation>splněno</translation>
    </message>
    <message>
        <source>count</source>
        <translation>počet</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 a více</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Neuvedeno</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Do 18 let</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 a více</translation>
    </message>
    <message>
        <source>1 – low</source>
        <translation>1 – nízká</translation>
    </message>
    <message>
        <source>2 – medium</source>
        <translation>2 – střední</translation>
    </message>
    <message>
        <source>3 – high</source>
        <translation>3 – vysoká</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intenzita</translation>
    </message>
    <message>
        <source>Needs identified and resolved by intensity</source>
        <translation>Identifikované a vyřešené potřeby podle intenzity</translation>
    </message>
    <message>
        <source>Areas by intensity</source>
        <translation>Oblasti podle intenzity</translation>
    </message>
    <message>
        <source>Needs identified by area and intensity</source>
        <translation>Identifikované potřeby podle oblasti a intenzity</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Poskytovatelé</translation>
    </message>
    <message>
        <source>Persons, needs and hours of contact by provider</source>
        <translation>Osoby, potřeby a hodiny kontaktu podle poskytovatele</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Poskytovatel</translation>
    </message>
    <message>
        <source>Hours of contact</source>
        <translation>Hodiny kontaktu</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Pokrytí</translation>
    </message>
    <message>
        <source>Coverage of the localities: persons supported of the estimated residents</source>
        <translation>Pokrytí lokalit: podpořené osoby z odhadovaného počtu obyvatel</translation>
    </message>
    <message>
        <source>Residents (estimate)</source>
        <translation>Obyvatelé (odhad)</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>Pokrytí (%)</translation>
    </message>
    <message>
        <source>% of the residents</source>
        <translation>% obyvatel</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cíle</translation>
    </message>
    <message>
        <source>Goals of the needs identified, by horizon</source>
        <translation>Cíle identifikovaných potřeb podle horizontu</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Goals set</source>
        <translation>Stanovené cíle</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Dosažené</translation>
    </message>
    <message>
        <source>Achieved rate</source>
        <translation>Míra dosažení</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>cíle</translation>
    </message>
    <message>
        <source>End reasons</source>
        <translation>Důvody ukončení</translation>
    </message>
    <message>
        <source>Cooperations ended in the period by reason</source>
        <translation>Spolupráce ukončené v období podle důvodu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Důvod neuveden</translation>
    </message>
    <message>
        <source>cooperations</source>
        <translation>spolupráce</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Věk</translation>
    </message>
    <message>
        <source>Persons supported by age on the period&apos;s last day</source>
        <translation>Podpořené osoby podle věku k poslednímu dni období</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Pohlaví</translation>
    </message>
    <message>
        <source>Persons supported by gender</source>
        <translation>Podpořené osoby podle pohlaví</translation>
    </message>
    <message>
        <source>Age at entry</source>
        <translation>Věk při vstupu</translation>
    </message>
    <message>
        <source>Persons whose cooperation started in the period, by age at its start (ESF bands)</source>
        <translation>Osoby, jejichž spolupráce začala v období, podle věku při jejím zahájení (pásma ESF)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Domácnosti</translation>
    </message>
    <message>
        <source>Persons per household</source>
        <translation>Osob na domácnost</translation>
    </message>
    <message>
        <source>Needs per person</source>
        <translation>Potřeb na osobu</translation>
    </message>
    <message>
        <source>Hours of contact per person</source>
        <translation>Hodin kontaktu na osobu</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneři</translation>
    </message>
    <message>
        <source>Steps and contacts by partner kind</source>
        <translation>Kroky a kontakty podle druhu partnera</translation>
    </message>
    <message>
        <source>Partner kind</source>
        <translation>Druh partnera</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroky</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Skupinová práce</translation>
    </message>
    <message>
        <source>Group activities by kind, and anonymous contacts</source>
        <translation>Skupinové aktivity podle druhu a anonymní kontakty</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivity</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Anonymous contacts (persons)</source>
        <translation>Anonymní kontakty (osoby)</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>The sheet %1 could not be added.</source>
        <translation>List %1 se nepodařilo přidat.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>sešit se nepodařilo vytvořit</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention period must be between %1 and %2 years.</source>
        <translation>Doba uchování musí být od %1 do %2 let.</translation>
    </message>
    <message>
        <source>This file belongs to no region, so it has no retention period to set; the default of %1 years applies.</source>
        <translation>Tento soubor nepatří k žádnému kraji, takže v něm nelze dobu uchování nastavit; platí výchozích %1 let.</translation>
    </message>
    <message>
        <source>Only the region&apos;s coordinator anonymises clients past retention; the anonymisation then reaches every laptop with the coordinator&apos;s bundles.</source>
        <translation>Klienty po uplynutí doby uchování anonymizuje jen koordinátor kraje; anonymizace pak s jeho balíčky dorazí na každý notebook.</translation>
    </message>
    <message>
        <source>The client %1 is not past the retention period of %2 years (or was anonymised already); nothing was anonymised.</source>
        <translation>U klienta %1 neuplynula doba uchování %2 let (nebo už byl anonymizován); nic nebylo anonymizováno.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>Vyplňte údaj „%1“.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Chybí údaj „%1“.</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation>Neznámý kód „%2“ (%1).</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be before the need was identified (%3).</source>
        <translation>%1 (%2) nemůže být dřív, než byla potřeba zjištěna (%3).</translation>
    </message>
    <message>
        <source>The %1 does not exist (it may have been deleted).</source>
        <translation>Záznam „%1“ neexistuje (mohl být smazán).</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>Writing the salvaged rows failed (%1).</source>
        <translation>Zápis zachráněných řádků selhal (%1).</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Soubor %1 už existuje; zvolte jiný název.</translation>
    </message>
    <message>
        <source>the list of tables could not be read</source>
        <translation>seznam tabulek nešlo přečíst</translation>
    </message>
</context>
<context>
    <name>SalvageReport</name>
    <message numerus="yes">
        <source>%1: %n row(s) copied; the rest could not be read (%2)</source>
        <translation>
            <numerusform>%1: zkopírován %n řádek; zbytek nešlo přečíst (%2)</numerusform>
            <numerusform>%1: zkopírovány %n řádky; zbytek nešlo přečíst (%2)</numerusform>
            <numerusform>%1: zkopírováno %n řádků; zbytek nešlo přečíst (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n row(s) copied</source>
        <translation>
            <numerusform>%1: zkopírován %n řádek, všechny</numerusform>
            <numerusform>%1: zkopírovány všechny %n řádky</numerusform>
            <numerusform>%1: zkopírováno všech %n řádků</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The file %1 was written by a newer version of Terén (data format %2; this version reads up to %3). It was not changed; update Terén to open it.</source>
        <translation>Soubor %1 zapsala novější verze Terénu (formát dat %2; tato verze čte nejvýše %3). Soubor se nezměnil; pro otevření Terén aktualizujte.</translation>
    </message>
    <message>
        <source>The file %1 is not a Terén database.</source>
        <translation>Soubor %1 není databáze Terénu.</translation>
    </message>
    <message>
        <source>The file %1 was written by Terén %2 in a newer data format (%3); this is Terén %4, which reads data formats up to %5. It was not changed; install Terén %2 or newer to open it.</source>
        <translation>Soubor %1 zapsal Terén %2 v novějším formátu dat (%3); toto je Terén %4, který čte formáty dat nejvýše do %5. Soubor se nezměnil; pro jeho otevření nainstalujte Terén %2 nebo novější.</translation>
    </message>
</context>
<context>
    <name>SenderPolicy</name>
    <message>
        <source>This is an enrolment bundle: a new installation joins the region with it (teren-cli enrol), it is not imported.</source>
        <translation>Toto je zápisový balíček: nová instalace se s ním připojuje ke kraji (teren-cli enrol), neimportuje se.</translation>
    </message>
    <message>
        <source>This is a statistical bundle, without names or free text: it goes into a statistical database (teren-cli init --statistical), not into this one.</source>
        <translation>Toto je statistický balíček bez jmen a volného textu: patří do statistické databáze (teren-cli init --statistical), ne do této.</translation>
    </message>
    <message>
        <source>This bundle was exported from this same database.</source>
        <translation>Tento balíček byl exportován z této databáze.</translation>
    </message>
    <message>
        <source>This bundle is addressed to another installation.</source>
        <translation>Tento balíček je určen jiné instalaci.</translation>
    </message>
    <message>
        <source>The bundle claims to come from &quot;%1&quot; but is signed with another key; it cannot be trusted.</source>
        <translation>Balíček se hlásí jako od „%1“, ale je podepsán jiným klíčem; nelze mu věřit.</translation>
    </message>
    <message>
        <source>Bundles from &quot;%1&quot; are no longer accepted: its key was revoked on %2 (a lost or replaced laptop). If it is in safe hands again, trust its identity file anew.</source>
        <translation>Balíčky od „%1“ se už nepřijímají: jejich klíč byl zneplatněn %2 (ztracený nebo vyměněný notebook). Je-li notebook opět v bezpečí, znovu důvěřujte jeho souboru identity.</translation>
    </message>
    <message>
        <source>The bundle claims the enrolment of %1 but cannot prove it; it cannot be trusted.</source>
        <translation>Balíček se hlásí k zápisu pracovníka %1, ale nedokáže ho prokázat; nelze mu věřit.</translation>
    </message>
    <message>
        <source>The enrolment of %1 was already used by another installation. If the worker has a new laptop, issue a new enrolment.</source>
        <translation>Zápis pracovníka %1 už použila jiná instalace. Má-li pracovník nový notebook, vydejte nový zápis.</translation>
    </message>
    <message>
        <source>The bundle comes from &quot;%1&quot;, an installation this database does not know yet. Trust its key first, or accept new senders when importing.</source>
        <translation>Balíček je od „%1“, instalace, kterou tato databáze ještě nezná. Nejdřív jejímu klíči důvěřujte, nebo při importu přijměte nové odesílatele.</translation>
    </message>
    <message>
        <source>The bundle claims to continue the installation &quot;%1&quot; (a restored file) but that installation&apos;s key did not sign the claim; it cannot be trusted.</source>
        <translation>Balíček tvrdí, že navazuje na instalaci „%1“ (obnovený soubor), ale klíč té instalace to nepodepsal; nelze mu věřit.</translation>
    </message>
    <message>
        <source>The bundle from &quot;%1&quot; is numbered %2, outside the numbers Terén gives bundles (1 to %3); it was not written by Terén and is not imported.</source>
        <translation>Balíček od „%1“ má číslo %2, mimo čísla, která Terén balíčkům dává (1 až %3); nenapsal ho Terén, a proto se neimportuje.</translation>
    </message>
    <message>
        <source>This statistical bundle was written by an earlier version of Terén, as changes rather than a snapshot of the region; export a new statistical bundle and import that.</source>
        <translation>Tento statistický balíček zapsala starší verze Terénu jako změny, ne jako snímek kraje; exportujte nový statistický balíček a importujte ten.</translation>
    </message>
    <message>
        <source>This is a statistical database: it takes only statistical bundles (teren-cli export --statistical), which replace their region&apos;s figures, not a laptop&apos;s changes.</source>
        <translation>Toto je statistická databáze: přijímá jen statistické balíčky (teren-cli export --statistical), které nahrazují údaje svého kraje, ne změny z notebooků.</translation>
    </message>
</context>
<context>
    <name>SqlDump</name>
    <message>
        <source>The query is not valid SQL: %1</source>
        <translation>Dotaz není platné SQL: %1</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Dotaz je prázdný.</translation>
    </message>
    <message>
        <source>Give one statement at a time.</source>
        <translation>Zadávejte jeden příkaz najednou.</translation>
    </message>
    <message>
        <source>Only queries that change nothing can be run here; changes go through Terén, so they are recorded and synced.</source>
        <translation>Zde lze spouštět jen dotazy, které nic nemění; změny se dělají v Terénu, aby se zaznamenaly a synchronizovaly.</translation>
    </message>
</context>
<context>
    <name>StatisticalSnapshot</name>
    <message>
        <source>The statistical snapshot holds a record this version of Terén cannot read.</source>
        <translation>Statistický snímek obsahuje záznam, který tato verze Terénu neumí přečíst.</translation>
    </message>
    <message>
        <source>This file holds no region, so there is nothing to report from it. Set up the region first.</source>
        <translation>Tento soubor neobsahuje žádný kraj, takže z něj není co vykazovat. Nejprve kraj založte.</translation>
    </message>
    <message>
        <source>The file changed while the statistical snapshot was written; export it again.</source>
        <translation>Soubor se během zápisu statistického snímku změnil; exportujte ho znovu.</translation>
    </message>
    <message>
        <source>This snapshot of the region &quot;%1&quot; (number %2) is older than the one already imported (number %3); nothing changed.</source>
        <translation>Tento snímek kraje „%1“ (číslo %2) je starší než ten, který už byl naimportován (číslo %3); nic se nezměnilo.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Soubor %1 už existuje; zvolte jiný název.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Soubor %1 neexistuje.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Složku %1 nelze vytvořit.</translation>
    </message>
    <message>
        <source>The file %1 is encrypted: its passphrase is needed to open it.</source>
        <translation>Soubor %1 je zašifrovaný: k otevření je potřeba jeho heslo.</translation>
    </message>
    <message>
        <source>The file %1 is not encrypted, so there is nothing for a recovery key to open.</source>
        <translation>Soubor %1 není zašifrovaný, takže záchranný klíč nemá co otevírat.</translation>
    </message>
    <message>
        <source>The file %1 is encrypted, or it is not a Terén database. An encrypted file opens only with its key file %2 beside it.</source>
        <translation>Soubor %1 je zašifrovaný, nebo to není databáze Terénu. Zašifrovaný soubor se otevře jen s klíčovým souborem %2 vedle sebe.</translation>
    </message>
    <message>
        <source>The file %1 is an empty SQLite database, not a Terén database.</source>
        <translation>Soubor %1 je prázdná databáze SQLite, ne databáze Terénu.</translation>
    </message>
    <message>
        <source>The file %1 was written by an older version of Terén and must be updated before it can be read, which cannot be done read-only. Open it for writing (a backup of it is made first).</source>
        <translation>Soubor %1 zapsala starší verze Terénu a před čtením se musí aktualizovat, což jen pro čtení nejde. Otevřete ho pro zápis (nejdřív se z něj udělá záloha).</translation>
    </message>
</context>
<context>
    <name>TargetIndicators</name>
    <message>
        <source>Persons supported</source>
        <translation>Podpořené osoby</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Identifikované potřeby</translation>
    </message>
    <message>
        <source>Needs resolved</source>
        <translation>Vyřešené potřeby</translation>
    </message>
    <message>
        <source>Share of needs resolved</source>
        <translation>Podíl vyřešených potřeb</translation>
    </message>
    <message>
        <source>Clients who found a job</source>
        <translation>Klienti, kteří našli práci</translation>
    </message>
    <message>
        <source>Clients who found or kept housing</source>
        <translation>Klienti, kteří našli nebo udrželi bydlení</translation>
    </message>
    <message>
        <source>Clients with an agreed repayment schedule</source>
        <translation>Klienti s dohodnutým splátkovým kalendářem</translation>
    </message>
    <message>
        <source>Clients who cleared their debts</source>
        <translation>Klienti, kteří splatili dluhy</translation>
    </message>
    <message>
        <source>Clients enrolled in school</source>
        <translation>Klienti zapsaní do školy</translation>
    </message>
</context>
<context>
    <name>TargetRepository</name>
    <message>
        <source>indicator</source>
        <translation>ukazatel</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>Rok %1 je mimo rozsah.</translation>
    </message>
    <message>
        <source>A target applies to a locality or to a provider, not both.</source>
        <translation>Cílová hodnota platí pro lokalitu, nebo pro poskytovatele, ne pro obojí.</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>lokalita</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>poskytovatel</translation>
    </message>
    <message>
        <source>A target must be zero or more.</source>
        <translation>Cílová hodnota musí být nula nebo víc.</translation>
    </message>
    <message>
        <source>A share is a fraction from 0 to 1 (0.6 for 60 %), not %1.</source>
        <translation>Podíl je zlomek od 0 do 1 (0,6 pro 60 %), ne %1.</translation>
    </message>
    <message>
        <source>A target for a count must be a whole number, not %1.</source>
        <translation>Cílová hodnota počtu musí být celé číslo, ne %1.</translation>
    </message>
    <message>
        <source>There already is a target for &quot;%1&quot; in %2 with this scope.</source>
        <translation>Cílová hodnota pro „%1“ v roce %2 s tímto rozsahem už existuje.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cílová hodnota</translation>
    </message>
</context>
<context>
    <name>UseMarker</name>
    <message>
        <source>%1 on the computer %2 (%3, open since %4)</source>
        <translation>%1 na počítači %2 (%3, otevřeno od %4)</translation>
    </message>
</context>
<context>
    <name>WorkerRepository</name>
    <message>
        <source>The worker&apos;s name</source>
        <translation>Jméno pracovníka</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>poskytovatel</translation>
    </message>
    <message>
        <source>role (field or coordinator)</source>
        <translation>role (terénní pracovník nebo koordinátor)</translation>
    </message>
    <message>
        <source>A worker cannot leave (%1) before starting (%2).</source>
        <translation>Pracovník nemůže skončit (%1) dřív, než začal (%2).</translation>
    </message>
    <message>
        <source>The provider already has a worker called &quot;%1&quot;; tell them apart, e.g. with a middle initial.</source>
        <translation>Poskytovatel už má pracovníka „%1“; rozlište je, např. iniciálou druhého jména.</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>pracovník</translation>
    </message>
    <message>
        <source>The last working day</source>
        <translation>Poslední pracovní den</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n client(s); hand them over to another worker first.</source>
        <translation>
            <numerusform>%1 má ještě %n klienta; nejdřív ho předejte jinému pracovníkovi.</numerusform>
            <numerusform>%1 má ještě %n klienty; nejdřív je předejte jinému pracovníkovi.</numerusform>
            <numerusform>%1 má ještě %n klientů; nejdřív je předejte jinému pracovníkovi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database.</source>
        <translation>Otevřít tuto databázi.</translation>
    </message>
</context>
<context>
    <name>teren::AboutDialog</name>
    <message>
        <source>About Terén</source>
        <translation>O Terénu</translation>
    </message>
    <message>
        <source>Terén %1</source>
        <translation>Terén %1</translation>
    </message>
    <message>
        <source>The regional card, individual plans and contacts of social field work, offline.</source>
        <translation>Regionální karta, individuální plány a kontakty terénní sociální práce, bez připojení.</translation>
    </message>
    <message>
        <source>Running on Qt %1, SQLite %2 and libsodium %3.</source>
        <translation>Běží na Qt %1, SQLite %2 a libsodium %3.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Uživatelská příručka</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>&lt;p&gt;Terén is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later): you may share and change it under its terms.&lt;/p&gt;&lt;p&gt;It comes with NO WARRANTY, to the extent permitted by law. The licence&apos;s full text is at &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0.html&lt;/a&gt; and in the file LICENSE of Terén&apos;s source code.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Terén je svobodný software pod licencí GNU General Public License verze 3 nebo novější (GPL-3.0-or-later): smíte jej šířit a upravovat za jejích podmínek.&lt;/p&gt;&lt;p&gt;Je poskytován BEZ JAKÉKOLI ZÁRUKY, v rozsahu, který dovoluje zákon. Plné znění licence najdete na &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0.html&lt;/a&gt; a v souboru LICENSE ve zdrojovém kódu Terénu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>teren::AccessExportAction</name>
    <message>
        <source>Export written</source>
        <translation>Export zapsán</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export se nezdařil</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;xportovat vše o tomto člověku…</translation>
    </message>
    <message>
        <source>Folder for everything about %1 (a PDF and a JSON file)</source>
        <translation>Složka pro vše o klientovi %1 (PDF a soubor JSON)</translation>
    </message>
    <message>
        <source>Everything this file holds about %1 is in:

%2
%3

Hand it over in person or encrypted: it holds their personal data.</source>
        <translation>Vše, co tento soubor o klientovi %1 obsahuje, je v:

%2
%3

Předejte to osobně nebo zašifrované: obsahuje to jeho osobní údaje.</translation>
    </message>
</context>
<context>
    <name>teren::AnonymousContactDialog</name>
    <message>
        <source>Record an anonymous contact</source>
        <translation>Zaznamenat anonymní kontakt</translation>
    </message>
    <message>
        <source>Edit the anonymous contact</source>
        <translation>Upravit anonymní kontakt</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuty:</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>Mís&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Lokalita:</translation>
    </message>
    <message>
        <source>&amp;Persons:</source>
        <translation>Počet &amp;osob:</translation>
    </message>
    <message>
        <source>Interventions:</source>
        <translation>Intervence:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Poz&amp;námka:</translation>
    </message>
    <message>
        <source>Record anonymous contact</source>
        <translation>Záznam anonymního kontaktu</translation>
    </message>
    <message>
        <source>Edit anonymous contact</source>
        <translation>Úprava anonymního kontaktu</translation>
    </message>
</context>
<context>
    <name>teren::BackupStatus</name>
    <message>
        <source>No backup yet</source>
        <translation>Zatím bez zálohy</translation>
    </message>
    <message>
        <source>This file has no backup. File → Backups… makes one.</source>
        <translation>Tento soubor nemá zálohu. Vytvoříte ji v nabídce Soubor → Zálohy…</translation>
    </message>
    <message>
        <source>Backed up today at %1</source>
        <translation>Zálohováno dnes v %1</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n day(s) ago</source>
        <translation>
            <numerusform>Poslední záloha před %n dnem</numerusform>
            <numerusform>Poslední záloha před %n dny</numerusform>
            <numerusform>Poslední záloha před %n dny</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup: %1, in %2</source>
        <translation>Nejnovější záloha: %1, v %2</translation>
    </message>
</context>
<context>
    <name>teren::BackupsDialog</name>
    <message>
        <source>Folder: %1</source>
        <translation>Složka: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <source>Terén backs the file up by itself once a day and when you close it after a change. Each backup is checked after it is written and is encrypted as the file is. The last 7 daily, 4 weekly and 12 monthly backups are kept. Restoring one keeps the current file aside.</source>
        <translation>Terén soubor zálohuje sám jednou denně a při zavření po změně. Každá záloha se po zapsání zkontroluje a je šifrovaná stejně jako soubor. Uchovává se posledních 7 denních, 4 týdenní a 12 měsíčních záloh. Obnovení zálohy odloží dosavadní soubor stranou.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pořízena</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Zálohovat teď</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Obnovit…</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Změnit &amp;složku…</translation>
    </message>
</context>
<context>
    <name>teren::BundleFileEdit</name>
    <message>
        <source>Terén bundles (*.teren)</source>
        <translation>Balíčky Terénu (*.teren)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
</context>
<context>
    <name>teren::BundleLockEditor</name>
    <message>
        <source>Choose the coordinator&apos;s identity file.</source>
        <translation>Vyberte soubor identity koordinátora.</translation>
    </message>
    <message>
        <source>Choose the new installation&apos;s identity file.</source>
        <translation>Vyberte soubor identity nové instalace.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Obě hesla se liší.</translation>
    </message>
    <message>
        <source>For the &amp;coordinator (only their installation can open it)</source>
        <translation>Pro &amp;koordinátora (otevře ho jen jeho instalace)</translation>
    </message>
    <message>
        <source>the coordinator&apos;s identity file</source>
        <translation>soubor identity koordinátora</translation>
    </message>
    <message>
        <source>For the new &amp;installation (only it can open the bundle)</source>
        <translation>Pro novou &amp;instalaci (balíček otevře jen ona)</translation>
    </message>
    <message>
        <source>the identity file of the worker&apos;s new installation</source>
        <translation>soubor identity nové instalace pracovníka</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <source>Locked with a &amp;passphrase</source>
        <translation>Zamčený &amp;heslem</translation>
    </message>
    <message>
        <source>the same passphrase again</source>
        <translation>stejné heslo ještě jednou</translation>
    </message>
    <message>
        <source>For my &amp;coordinator &quot;%1&quot; (the key is known from the enrolment)</source>
        <translation>Pro mého &amp;koordinátora „%1“ (klíč je známý ze zápisu)</translation>
    </message>
    <message>
        <source>For another installation, with its &amp;identity file</source>
        <translation>Pro jinou instalaci, podle jejího &amp;souboru identity</translation>
    </message>
    <message>
        <source>passphrase, at least %1 characters: a few words</source>
        <translation>heslo, alespoň %1 znaků: několik slov</translation>
    </message>
</context>
<context>
    <name>teren::CaseloadPages</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>&amp;Tento týden</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klienti</translation>
    </message>
</context>
<context>
    <name>teren::ChangePassphraseDialog</name>
    <message>
        <source>Type the passphrase that opens the file now.</source>
        <translation>Napište heslo, kterým se soubor otevírá teď.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Změna hesla</translation>
    </message>
    <message>
        <source>A new passphrase for %1. The old one will no longer open it; the data stays as it is.</source>
        <translation>Nové heslo k souboru %1. Staré ho už neotevře; data zůstanou, jak jsou.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Současné heslo:</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Z&amp;měnit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>teren::ChartPanel</name>
    <message>
        <source>Save the chart as</source>
        <translation>Uložit graf jako</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrázky PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Soubor %1 nelze uložit: %2</translation>
    </message>
    <message>
        <source>Show the &amp;chart</source>
        <translation>Zobrazit &amp;graf</translation>
    </message>
    <message>
        <source>Show the &amp;table</source>
        <translation>Zobrazit &amp;tabulku</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Uložit jako &amp;PNG…</translation>
    </message>
</context>
<context>
    <name>teren::ClientCard</name>
    <message>
        <source>Choose a client from the list</source>
        <translation>Vyberte klienta ze seznamu</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nar. %1</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>přezdívka %1</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>Po&amp;třeby</translation>
    </message>
    <message>
        <source>Individual &amp;plan</source>
        <translation>Individuální &amp;plán</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Časová &amp;osa</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakty</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>the card&apos;s tab: the client</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No consent in force: the client has not given the consent to the processing of their data, or has withdrawn it. Record it on the Profile tab.</source>
        <translation>Žádný platný souhlas: klient nedal souhlas se zpracováním svých údajů, nebo ho odvolal. Zaznamenejte ho na kartě Profil.</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;ie</translation>
    </message>
</context>
<context>
    <name>teren::ClientChooserDialog</name>
    <message>
        <source>Choose clients</source>
        <translation>Vybrat klienty</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Hledat podle jména</translation>
    </message>
    <message>
        <source>Tick the clients who took part:</source>
        <translation>Zaškrtněte klienty, kteří byli u toho:</translation>
    </message>
</context>
<context>
    <name>teren::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Rok nar.</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalita</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>Otevřené potřeby</translation>
    </message>
    <message>
        <source>Has overdue steps or goals</source>
        <translation>Má kroky nebo cíle po termínu</translation>
    </message>
    <message>
        <source>Needs</source>
        <comment>open needs, column header</comment>
        <translation>Potřeby</translation>
    </message>
    <message>
        <source>The client has not given the consent to the processing of their data, or has withdrawn it</source>
        <translation>Klient nedal souhlas se zpracováním svých údajů, nebo ho odvolal</translation>
    </message>
    <message>
        <source>Consent</source>
        <comment>consent in force, column header</comment>
        <translation>Souhlas</translation>
    </message>
    <message>
        <source>none</source>
        <comment>consent in force, client list</comment>
        <translation>chybí</translation>
    </message>
</context>
<context>
    <name>teren::ClientListPanel</name>
    <message>
        <source>All localities</source>
        <translation>Všechny lokality</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Všichni pracovníci</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) shown</source>
        <translation>
            <numerusform>zobrazen %n klient</numerusform>
            <numerusform>zobrazeni %n klienti</numerusform>
            <numerusform>zobrazeno %n klientů</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name (diacritics optional)</source>
        <translation>Hledat podle jména (diakritika nepovinná)</translation>
    </message>
    <message>
        <source>Any cooperation</source>
        <translation>Jakákoli spolupráce</translation>
    </message>
    <message>
        <source>Cooperation active</source>
        <translation>Spolupráce probíhá</translation>
    </message>
    <message>
        <source>Cooperation ended</source>
        <translation>Spolupráce ukončena</translation>
    </message>
    <message>
        <source>No cooperation</source>
        <translation>Bez spolupráce</translation>
    </message>
    <message>
        <source>Overdue steps only</source>
        <translation>Jen s kroky po termínu</translation>
    </message>
    <message numerus="yes">
        <source>Not every client could be read; the list shows %n of them. %1</source>
        <translation>
            <numerusform>Všechny klienty se nepodařilo načíst; seznam ukazuje %n z nich. %1</numerusform>
            <numerusform>Všechny klienty se nepodařilo načíst; seznam ukazuje %n z nich. %1</numerusform>
            <numerusform>Všechny klienty se nepodařilo načíst; seznam ukazuje %n z nich. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the clients…</source>
        <translation>Načítají se klienti…</translation>
    </message>
</context>
<context>
    <name>teren::ClientsField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vybrat…</translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>nikdo další</translation>
    </message>
</context>
<context>
    <name>teren::ClockWarningBar</name>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>teren::CloseNeedDialog</name>
    <message>
        <source>Close need: %1</source>
        <translation>Uzavřít potřebu: %1</translation>
    </message>
    <message>
        <source>— choose the outcome —</source>
        <translation>— vyberte výsledek —</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Výsledek řešení:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Uzavřeno dne:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Výs&amp;ledek:</translation>
    </message>
    <message>
        <source>Resolve need</source>
        <translation>Vyřešení potřeby</translation>
    </message>
    <message>
        <source>Close need</source>
        <translation>Uzavření potřeby</translation>
    </message>
    <message>
        <source>Leave them open</source>
        <translation>Ponechat otevřené</translation>
    </message>
    <message>
        <source>Mark them achieved on the closing date</source>
        <translation>Označit za dosažené ke dni uzavření</translation>
    </message>
    <message>
        <source>Mark them dropped</source>
        <translation>Označit za zrušené</translation>
    </message>
    <message>
        <source>Its open &amp;goals (%1):</source>
        <translation>Její otevřené &amp;cíle (%1):</translation>
    </message>
</context>
<context>
    <name>teren::CodeForm</name>
    <message>
        <source>Add code</source>
        <translation>Přidat kód</translation>
    </message>
    <message>
        <source>Relabel code: %1</source>
        <translation>Přejmenovat kód: %1</translation>
    </message>
    <message>
        <source>Need area:</source>
        <translation>Oblast potřeb:</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _, e.g. debt_advice</source>
        <translation>malá písmena bez diakritiky, číslice a _, např. dluhove_poradenstvi</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kód:</translation>
    </message>
    <message>
        <source>C&amp;zech label:</source>
        <translation>Č&amp;eský název:</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>&amp;Anglický název:</translation>
    </message>
    <message>
        <source>Relabel code</source>
        <translation>Přejmenování kódu</translation>
    </message>
</context>
<context>
    <name>teren::CodelistsDialog</name>
    <message>
        <source>Codelists</source>
        <translation>Číselníky</translation>
    </message>
    <message>
        <source>The region extends these lists: a new code with its Czech and English label. A code is never deleted or changed; it can be retired, after which it stays on the records that use it and in reports, but is no longer offered. Retired codes are grey.</source>
        <translation>Tyto číselníky kraj rozšiřuje: nový kód s českým a anglickým názvem. Kód se nikdy nemaže ani nemění; lze ho vyřadit – pak zůstává u záznamů, které ho používají, i ve výkazech, ale už se nenabízí. Vyřazené kódy jsou šedé.</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>Čí&amp;selník:</translation>
    </message>
    <message>
        <source>Need &amp;area:</source>
        <translation>&amp;Oblast potřeb:</translation>
    </message>
    <message>
        <source>Intervention types</source>
        <translation>Typy intervencí</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Výsledky</translation>
    </message>
    <message>
        <source>Cooperation end reasons</source>
        <translation>Důvody ukončení spolupráce</translation>
    </message>
    <message>
        <source>Need areas (fixed)</source>
        <translation>Oblasti potřeb (pevné)</translation>
    </message>
    <message>
        <source>Need areas are fixed: the regional report&apos;s indicators depend on them.</source>
        <translation>Oblasti potřeb jsou pevně dané: závisejí na nich ukazatele krajského výkazu.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Česky</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglicky</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>vyřazený</translation>
    </message>
    <message>
        <source>Retired: no longer offered, still valid on the records that use it.</source>
        <translation>Vyřazený: už se nenabízí, u záznamů, které ho používají, platí dál.</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>pevný</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>používaný</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Vrátit do užívání</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Vyřadit</translation>
    </message>
    <message>
        <source>Bring back code</source>
        <translation>Vrácení kódu do užívání</translation>
    </message>
    <message>
        <source>Retire code</source>
        <translation>Vyřazení kódu</translation>
    </message>
</context>
<context>
    <name>teren::ConflictReviewDialog</name>
    <message>
        <source>the whole record</source>
        <translation>celý záznam</translation>
    </message>
    <message>
        <source>No conflicts to review: every merged edit was made after seeing the others.</source>
        <translation>Žádné konflikty k posouzení: každá sloučená úprava vznikla až po zhlédnutí ostatních.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed on two laptops without either seeing the other&apos;s edit. The newer value is the current one; the other is kept. Decide which stays.</source>
        <translation>
            <numerusform>%n údaj změnily dva notebooky, aniž jeden viděl úpravu druhého. Platí novější hodnota; druhá zůstává uložená. Rozhodněte, která zůstane.</numerusform>
            <numerusform>%n údaje změnily dva notebooky, aniž jeden viděl úpravu druhého. Platí novější hodnota; druhá zůstává uložená. Rozhodněte, která zůstane.</numerusform>
            <numerusform>%n údajů změnily dva notebooky, aniž jeden viděl úpravu druhého. Platí novější hodnota; druhá zůstává uložená. Rozhodněte, která zůstane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Klient %1</translation>
    </message>
    <message>
        <source>Need %1 of %2</source>
        <translation>Potřeba %1 – %2</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>záznam %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prázdné)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 na „%2“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>Decide conflict</source>
        <translation>Rozhodnout konflikt</translation>
    </message>
    <message>
        <source>&amp;Keep it deleted</source>
        <translation>&amp;Ponechat smazané</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>&amp;Ponechat platnou</translation>
    </message>
    <message>
        <source>&amp;Restore with the edit</source>
        <translation>&amp;Obnovit i s úpravou</translation>
    </message>
    <message>
        <source>&amp;Take the other</source>
        <translation>Použít &amp;druhou</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikty k posouzení</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Údaj</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Platná hodnota</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Druhá hodnota</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>another installation</source>
        <translation>jiná instalace</translation>
    </message>
    <message>
        <source>Goal (%1) of %2</source>
        <translation>Cíl (%1) – %2</translation>
    </message>
    <message>
        <source>Step (%1) of %2</source>
        <translation>Krok (%1) – %2</translation>
    </message>
    <message>
        <source>Contact with %1</source>
        <translation>Kontakt – %1</translation>
    </message>
    <message>
        <source>Cooperation of %1</source>
        <translation>Spolupráce – %1</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>jméno</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>příjmení</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>přezdívka</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>rok narození</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>pohlaví</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>poznámky</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>datum souhlasu</translation>
    </message>
    <message>
        <source>consent scope</source>
        <translation>rozsah souhlasu</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>lokalita</translation>
    </message>
    <message>
        <source>household</source>
        <translation>domácnost</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>intenzita</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorita</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stav</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>uzavřeno</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>výsledek</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizont</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>cílové datum</translation>
    </message>
    <message>
        <source>achieved on</source>
        <translation>dosaženo</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>odpovídá</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>termín</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>splněno</translation>
    </message>
    <message>
        <source>end of cooperation</source>
        <translation>konec spolupráce</translation>
    </message>
    <message>
        <source>end reason</source>
        <translation>důvod ukončení</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>smazáno</translation>
    </message>
    <message>
        <source>edited afterwards</source>
        <translation>upraveno až potom</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted value</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>This text cannot be empty.</source>
        <translation>Tento text nesmí být prázdný.</translation>
    </message>
    <message>
        <source>Or write the text anew, from both versions:</source>
        <translation>Nebo text napište znovu z obou verzí:</translation>
    </message>
    <message>
        <source>&amp;Write this text</source>
        <translation>&amp;Zapsat tento text</translation>
    </message>
</context>
<context>
    <name>teren::ConsentPanel</name>
    <message>
        <source>Consent</source>
        <translation>Souhlas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Rozsah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Zaznamenal(a)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Rozsah:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Poznámka:</translation>
    </message>
    <message>
        <source>What exactly the client agreed to or withdrew</source>
        <translation>Co přesně klient odsouhlasil nebo odvolal</translation>
    </message>
    <message>
        <source>Consent gi&amp;ven</source>
        <translation>Souhlas &amp;udělen</translation>
    </message>
    <message>
        <source>Record that the client gave this consent on the date</source>
        <translation>Zaznamenat, že klient k tomuto datu souhlas udělil</translation>
    </message>
    <message>
        <source>Consent &amp;withdrawn</source>
        <translation>Souhlas &amp;odvolán</translation>
    </message>
    <message>
        <source>Record that the client withdrew this consent on the date</source>
        <translation>Zaznamenat, že klient k tomuto datu souhlas odvolal</translation>
    </message>
    <message>
        <source>Consent in force.</source>
        <translation>Souhlas platí.</translation>
    </message>
    <message>
        <source>No consent in force.</source>
        <translation>Žádný platný souhlas.</translation>
    </message>
    <message>
        <source>%1: given on %2</source>
        <translation>%1: udělen %2</translation>
    </message>
    <message>
        <source>%1: withdrawn on %2</source>
        <translation>%1: odvolán %2</translation>
    </message>
    <message>
        <source>Record consent given</source>
        <translation>Zaznamenat udělení souhlasu</translation>
    </message>
    <message>
        <source>Record consent withdrawn</source>
        <translation>Zaznamenat odvolání souhlasu</translation>
    </message>
</context>
<context>
    <name>teren::ContactsTab</name>
    <message>
        <source>New contact</source>
        <translation>Nový kontakt</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuty:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>Mís&amp;to:</translation>
    </message>
    <message>
        <source>Interventions:</source>
        <translation>Intervence:</translation>
    </message>
    <message>
        <source>Needs touched:</source>
        <translation>Dotčené potřeby:</translation>
    </message>
    <message>
        <source>The client has no open needs.</source>
        <translation>Klient nemá žádné otevřené potřeby.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Poz&amp;námka:</translation>
    </message>
    <message>
        <source>A short note (Ctrl+Enter adds the contact)</source>
        <translation>Krátká poznámka (Ctrl+Enter kontakt přidá)</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Přidat kontakt</translation>
    </message>
    <message>
        <source>Record the contact (Enter)</source>
        <translation>Zaznamenat kontakt (Enter)</translation>
    </message>
    <message>
        <source>Contacts, newest first</source>
        <translation>Kontakty, nejnovější nahoře</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Místo</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervence</translation>
    </message>
    <message>
        <source>Needs touched</source>
        <translation>Dotčené potřeby</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>&amp;Withdraw contact</source>
        <translation>&amp;Odvolat kontakt</translation>
    </message>
    <message>
        <source>Remove the selected contact recorded by mistake (Delete); it can be undone</source>
        <translation>Odvolat vybraný kontakt zaznamenaný omylem (Delete); lze to vrátit zpět</translation>
    </message>
    <message>
        <source>%1 (priority %2)</source>
        <translation>%1 (priorita %2)</translation>
    </message>
    <message>
        <source>(removed need)</source>
        <translation>(odstraněná potřeba)</translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation>Zatím nejsou zaznamenány žádné kontakty.</translation>
    </message>
    <message>
        <source>%1, %2 in total</source>
        <translation>%1, celkem %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw contact</source>
        <translation>Odvolání kontaktu</translation>
    </message>
    <message>
        <source>Pa&amp;rtners:</source>
        <translation>Pa&amp;rtneři:</translation>
    </message>
    <message>
        <source>Also &amp;with:</source>
        <translation>&amp;Také s:</translation>
    </message>
    <message>
        <source>Other clients the contact concerned too (a family visit): it counts once, and shows in each of their contact lists</source>
        <translation>Další klienti, kterých se kontakt týkal (návštěva rodiny): počítá se jednou a zobrazí se v kontaktech každého z nich</translation>
    </message>
    <message>
        <source>[with %1] %2</source>
        <translation>[s: %1] %2</translation>
    </message>
    <message>
        <source>Remove from contact</source>
        <translation>Odebrání z kontaktu</translation>
    </message>
</context>
<context>
    <name>teren::CooperationPanel</name>
    <message>
        <source>Cooperation</source>
        <translation>Spolupráce</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Konec</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Důvod ukončení</translation>
    </message>
    <message>
        <source>Start on:</source>
        <translation>Začátek dne:</translation>
    </message>
    <message>
        <source>Start cooperation</source>
        <translation>Zahájit spolupráci</translation>
    </message>
    <message>
        <source>End on:</source>
        <translation>Konec dne:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Důvod:</translation>
    </message>
    <message>
        <source>End cooperation</source>
        <translation>Ukončit spolupráci</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— vyberte důvod —</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>probíhá</translation>
    </message>
</context>
<context>
    <name>teren::DuplicatesDialog</name>
    <message>
        <source>born %1</source>
        <translation>nar. %1</translation>
    </message>
    <message>
        <source>year of birth unknown</source>
        <translation>rok narození neznámý</translation>
    </message>
    <message>
        <source>no worker</source>
        <translation>bez pracovníka</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n potřeba</numerusform>
            <numerusform>%n potřeby</numerusform>
            <numerusform>%n potřeb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktů</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates: no two records share a name, birth year and locality.</source>
        <translation>Žádné možné duplicity: žádné dva záznamy nemají stejné jméno, rok narození a lokalitu.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of records may be the same person: the same name (whatever the diacritics and the order of names), birth year and locality. Merge the ones that are; the record kept then shows everything recorded under either.</source>
        <translation>
            <numerusform>%n dvojice záznamů může být tatáž osoba: stejné jméno (bez ohledu na diakritiku a pořadí jmen), rok narození a lokalita. Slučte ty, které jí jsou; ponechaný záznam pak ukáže vše zapsané u obou.</numerusform>
            <numerusform>%n dvojice záznamů mohou být tatáž osoba: stejné jméno (bez ohledu na diakritiku a pořadí jmen), rok narození a lokalita. Slučte ty, které jí jsou; ponechaný záznam pak ukáže vše zapsané u obou.</numerusform>
            <numerusform>%n dvojic záznamů může být tatáž osoba: stejné jméno (bez ohledu na diakritiku a pořadí jmen), rok narození a lokalita. Slučte ty, které jí jsou; ponechaný záznam pak ukáže vše zapsané u obou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge duplicate records</source>
        <translation>Sloučit duplicitní záznamy</translation>
    </message>
    <message>
        <source>Un-merge records</source>
        <translation>Rozdělit záznamy</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Možné duplicity</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>První záznam</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Druhý záznam</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Sloučený záznam</translation>
    </message>
    <message>
        <source>Shown under</source>
        <translation>Zobrazen u</translation>
    </message>
    <message>
        <source>Keep the &amp;first, merge the second into it</source>
        <translation>Ponechat &amp;první, sloučit do něj druhý</translation>
    </message>
    <message>
        <source>Keep the &amp;second, merge the first into it</source>
        <translation>Ponechat &amp;druhý, sloučit do něj první</translation>
    </message>
    <message>
        <source>&amp;Un-merge</source>
        <translation>&amp;Rozdělit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Merged records (%1)</source>
        <translation>Sloučené záznamy (%1)</translation>
    </message>
    <message>
        <source>Not the same person (%1)</source>
        <translation>Různé osoby (%1)</translation>
    </message>
    <message>
        <source>Mark as different people</source>
        <translation>Označit jako různé osoby</translation>
    </message>
    <message>
        <source>Restore a possible duplicate</source>
        <translation>Vrátit možný duplikát</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Není to táž osoba</translation>
    </message>
    <message>
        <source>Two different people: take the pair off this list (in this file only).</source>
        <translation>Dvě různé osoby: dvojici z tohoto seznamu vyřadit (jen v tomto souboru).</translation>
    </message>
    <message>
        <source>&amp;Restore to the list</source>
        <translation>&amp;Vrátit do seznamu</translation>
    </message>
</context>
<context>
    <name>teren::EnrolWorkerDialog</name>
    <message>
        <source>Save the enrolment as</source>
        <translation>Uložit zápis jako</translation>
    </message>
    <message>
        <source>Choose the worker to enrol.</source>
        <translation>Vyberte pracovníka, kterého zapsat.</translation>
    </message>
    <message>
        <source>Choose where to save the enrolment.</source>
        <translation>Vyberte, kam zápis uložit.</translation>
    </message>
    <message>
        <source>Writing the enrolment…</source>
        <translation>Zapisuji zápis…</translation>
    </message>
    <message>
        <source>Enrol a worker</source>
        <translation>Zapsat pracovníka</translation>
    </message>
    <message>
        <source>Writes an enrolment for a worker&apos;s new laptop: the region&apos;s codelists, localities, providers, workers and targets, the worker&apos;s clients, and a secret with which the laptop proves itself, so its bundles are accepted without exchanging keys. Enrolling a worker again (a lost laptop) makes the previous enrolment invalid for laptops not yet joined.</source>
        <translation>Vytvoří zápis pro nový notebook pracovníka: číselníky kraje, lokality, poskytovatele, pracovníky a cílové hodnoty, klienty pracovníka a tajemství, kterým se notebook prokáže, takže jeho balíčky budou přijaty bez výměny klíčů. Nový zápis téhož pracovníka (ztracený notebook) zneplatní předchozí zápis pro notebooky, které se ještě nepřipojily.</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Pracovník:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Uložit jako:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Zapsat</translation>
    </message>
    <message numerus="yes">
        <source>Enrolment for %1 saved to %2 with %n record(s). On the new laptop: Sync → Join a region…, with this file.</source>
        <translation>
            <numerusform>Zápis pro pracovníka %1 uložen do %2 s %n záznamem. Na novém notebooku: Synchronizace → Připojit se ke kraji…, s tímto souborem.</numerusform>
            <numerusform>Zápis pro pracovníka %1 uložen do %2 s %n záznamy. Na novém notebooku: Synchronizace → Připojit se ke kraji…, s tímto souborem.</numerusform>
            <numerusform>Zápis pro pracovníka %1 uložen do %2 s %n záznamy. Na novém notebooku: Synchronizace → Připojit se ke kraji…, s tímto souborem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolment for %1 saved to %2 with %n record(s). On the new laptop: Sync → Join a region…, with this file and the passphrase (tell it in person, not with the file).</source>
        <translation>
            <numerusform>Zápis pro pracovníka %1 uložen do %2 s %n záznamem. Na novém notebooku: Synchronizace → Připojit se ke kraji…, s tímto souborem a heslem (to sdělte osobně, ne se souborem).</numerusform>
            <numerusform>Zápis pro pracovníka %1 uložen do %2 s %n záznamy. Na novém notebooku: Synchronizace → Připojit se ke kraji…, s tímto souborem a heslem (to sdělte osobně, ne se souborem).</numerusform>
            <numerusform>Zápis pro pracovníka %1 uložen do %2 s %n záznamy. Na novém notebooku: Synchronizace → Připojit se ke kraji…, s tímto souborem a heslem (to sdělte osobně, ne se souborem).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::ExportBundleDialog</name>
    <message>
        <source>Save the bundle as</source>
        <translation>Uložit balíček jako</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Zvolte, kam balíček uložit.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Zapisuji balíček…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 saved to %2 with %n change(s). Take it to the coordinator.</source>
        <translation>
            <numerusform>Balíček %1 uložen do %2 s %n změnou. Předejte ho koordinátorovi.</numerusform>
            <numerusform>Balíček %1 uložen do %2 s %n změnami. Předejte ho koordinátorovi.</numerusform>
            <numerusform>Balíček %1 uložen do %2 s %n změnami. Předejte ho koordinátorovi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Export balíčku</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Uložit jako:</translation>
    </message>
    <message>
        <source>&amp;Everything, not only the changes since the last export</source>
        <translation>&amp;Vše, nejen změny od posledního exportu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportovat</translation>
    </message>
    <message numerus="yes">
        <source>Statistical bundle %1 saved to %2: a snapshot of the region with %n row(s), without names, free text or keys that lead back to a person.</source>
        <translation>
            <numerusform>Statistický balíček %1 uložen do %2: snímek kraje s %n řádkem, bez jmen, volného textu a klíčů, které by vedly zpět k osobě.</numerusform>
            <numerusform>Statistický balíček %1 uložen do %2: snímek kraje s %n řádky, bez jmen, volného textu a klíčů, které by vedly zpět k osobě.</numerusform>
            <numerusform>Statistický balíček %1 uložen do %2: snímek kraje s %n řádky, bez jmen, volného textu a klíčů, které by vedly zpět k osobě.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Statistical: a snapshot of the region without names, free text or keys, for regional reporting only</source>
        <translation>&amp;Statistický: snímek kraje bez jmen, volného textu a klíčů, jen pro krajské výkazy</translation>
    </message>
</context>
<context>
    <name>teren::GoalDialog</name>
    <message>
        <source>Add goal</source>
        <translation>Přidat cíl</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Upravit cíl</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Cíl:</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizont:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>Cílové &amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stav:</translation>
    </message>
    <message>
        <source>A&amp;chieved on:</source>
        <translation>Dosa&amp;ženo dne:</translation>
    </message>
</context>
<context>
    <name>teren::GroupActivityDialog</name>
    <message>
        <source>Record a group activity</source>
        <translation>Zaznamenat skupinovou aktivitu</translation>
    </message>
    <message>
        <source>Edit the group activity</source>
        <translation>Upravit skupinovou aktivitu</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuty:</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>Mís&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Lokalita:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>Počet ú&amp;častníků:</translation>
    </message>
    <message>
        <source>&amp;Clients among them:</source>
        <translation>&amp;Klienti mezi nimi:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Poz&amp;námka:</translation>
    </message>
    <message>
        <source>Record group activity</source>
        <translation>Záznam skupinové aktivity</translation>
    </message>
    <message>
        <source>Edit group activity</source>
        <translation>Úprava skupinové aktivity</translation>
    </message>
</context>
<context>
    <name>teren::GroupWorkListDialog</name>
    <message>
        <source>New &amp;group activity…</source>
        <translation>Nová &amp;skupinová aktivita…</translation>
    </message>
    <message>
        <source>New &amp;anonymous contact…</source>
        <translation>Nový &amp;anonymní kontakt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <source>Group work in the locality</source>
        <translation>Skupinová práce v lokalitě</translation>
    </message>
    <message>
        <source>All localities</source>
        <translation>Všechny lokality</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Lokalita:</translation>
    </message>
    <message>
        <source>anonymous contact</source>
        <translation>anonymní kontakt</translation>
    </message>
    <message>
        <source>No group work recorded here yet.</source>
        <translation>Zatím tu není zaznamenána žádná skupinová práce.</translation>
    </message>
    <message>
        <source>%1, %2 in all</source>
        <translation>%1, celkem %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n záznam</numerusform>
            <numerusform>%n záznamy</numerusform>
            <numerusform>%n záznamů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osob</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove anonymous contact</source>
        <translation>Odstranění anonymního kontaktu</translation>
    </message>
    <message>
        <source>Remove group activity</source>
        <translation>Odstranění skupinové aktivity</translation>
    </message>
</context>
<context>
    <name>teren::GroupWorkMenu</name>
    <message>
        <source>&amp;Group work</source>
        <translation>&amp;Skupinová práce</translation>
    </message>
    <message>
        <source>Record a &amp;group activity…</source>
        <translation>Zaznamenat &amp;skupinovou aktivitu…</translation>
    </message>
    <message>
        <source>Record an &amp;anonymous contact…</source>
        <translation>Zaznamenat &amp;anonymní kontakt…</translation>
    </message>
    <message>
        <source>Group work in the &amp;locality…</source>
        <translation>Skupinová práce v &amp;lokalitě…</translation>
    </message>
</context>
<context>
    <name>teren::GuideWindow</name>
    <message>
        <source>Terén — User guide</source>
        <translation>Terén — Uživatelská příručka</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>The page shown before (Alt+Left)</source>
        <translation>Předchozí stránka (Alt+šipka vlevo)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vpřed</translation>
    </message>
    <message>
        <source>The page shown after (Alt+Right)</source>
        <translation>Následující stránka (Alt+šipka vpravo)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Obsah</translation>
    </message>
    <message>
        <source>The list of the guide&apos;s pages (Alt+Home)</source>
        <translation>Seznam stránek příručky (Alt+Home)</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Stránky příručky</translation>
    </message>
</context>
<context>
    <name>teren::HandOverDialog</name>
    <message numerus="yes">
        <source>Hand over %n client(s)</source>
        <translation>
            <numerusform>Předat %n klienta</numerusform>
            <numerusform>Předat %n klienty</numerusform>
            <numerusform>Předat %n klientů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 a %n další</numerusform>
            <numerusform>%1 a %n další</numerusform>
            <numerusform>%1 a %n dalších</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>Klienti:</translation>
    </message>
    <message>
        <source>— choose a worker —</source>
        <translation>— vyberte pracovníka —</translation>
    </message>
    <message>
        <source>Hand over &amp;to:</source>
        <translation>&amp;Předat komu:</translation>
    </message>
    <message>
        <source>Choose the worker who takes the clients over.</source>
        <translation>Vyberte pracovníka, který klienty převezme.</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Předat</translation>
    </message>
</context>
<context>
    <name>teren::HistoryTab</name>
    <message>
        <source>Everything</source>
        <translation>Vše</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zobrazit:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Údaj</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Původní hodnota</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nová hodnota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Card openings, exports and printed plans</source>
        <translation>Otevření karty, exporty údajů a vytištěné plány</translation>
    </message>
</context>
<context>
    <name>teren::HouseholdMemberDialog</name>
    <message>
        <source>Add to the household of %1</source>
        <translation>Přidat do domácnosti: %1</translation>
    </message>
    <message>
        <source>Name (diacritics optional)</source>
        <translation>Jméno (diakritika nepovinná)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Hledat:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Osoba:</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, nar. %2</translation>
    </message>
    <message>
        <source>%1 (now in another household)</source>
        <translation>%1 (nyní v jiné domácnosti)</translation>
    </message>
    <message>
        <source>Choose the person to add.</source>
        <translation>Vyberte osobu, kterou chcete přidat.</translation>
    </message>
    <message>
        <source>Add to household</source>
        <translation>Přidat do domácnosti</translation>
    </message>
</context>
<context>
    <name>teren::HouseholdPanel</name>
    <message>
        <source>Household</source>
        <translation>Domácnost</translation>
    </message>
    <message>
        <source>Create household</source>
        <translation>Založit domácnost</translation>
    </message>
    <message>
        <source>Start a household named after the client&apos;s family name</source>
        <translation>Založit domácnost pojmenovanou podle příjmení klienta</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Přidat člena…</translation>
    </message>
    <message>
        <source>Add another client to this household (starting it if needed)</source>
        <translation>Přidat dalšího klienta do této domácnosti (a případně ji založit)</translation>
    </message>
    <message>
        <source>Leave household</source>
        <translation>Odejít z domácnosti</translation>
    </message>
    <message>
        <source>The client no longer lives in this household</source>
        <translation>Klient už v této domácnosti nežije</translation>
    </message>
    <message>
        <source>Not in a household yet.</source>
        <translation>Zatím není v žádné domácnosti.</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, nar. %2</translation>
    </message>
    <message>
        <source>No other members of the household yet.</source>
        <translation>Domácnost zatím nemá další členy.</translation>
    </message>
    <message>
        <source>Other members of the household:</source>
        <translation>Další členové domácnosti:</translation>
    </message>
</context>
<context>
    <name>teren::ImportBundlesDialog</name>
    <message>
        <source>Bundles to import</source>
        <translation>Balíčky k importu</translation>
    </message>
    <message>
        <source>Terén bundles (*.teren);;All files (*)</source>
        <translation>Balíčky Terénu (*.teren);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importuji…</translation>
    </message>
    <message>
        <source>%1, bundle %2</source>
        <translation>%1, balíček %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Odmítnuto: %1</translation>
    </message>
    <message>
        <source>Imported before; nothing changed.</source>
        <translation>Už byl naimportován; nic se nezměnilo.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 conflicts</source>
        <translation>nových %1, upravených %2, beze změny %3, konfliktů %4</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n bundle(s).</source>
        <translation>
            <numerusform>Zrušeno po %n balíčku.</numerusform>
            <numerusform>Zrušeno po %n balíčcích.</numerusform>
            <numerusform>Zrušeno po %n balíčcích.</numerusform>
        </translation>
    </message>
    <message>
        <source>All bundles imported.</source>
        <translation>Všechny balíčky naimportovány.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused; the others were imported.</source>
        <translation>
            <numerusform>%n balíček odmítnut; ostatní byly naimportovány.</numerusform>
            <numerusform>%n balíčky odmítnuty; ostatní byly naimportovány.</numerusform>
            <numerusform>%n balíčků odmítnuto; ostatní byly naimportovány.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the bundle being merged…</source>
        <translation>Zastavím po právě slučovaném balíčku…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Import balíčků</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Vybrat &amp;soubory…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>only for bundles locked with a passphrase</source>
        <translation>jen pro balíčky zamčené heslem</translation>
    </message>
    <message>
        <source>Accept installations not seen before (remember their keys)</source>
        <translation>Přijmout dosud neznámé instalace (zapamatovat si jejich klíče)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importovat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) now assigned to other workers removed from this laptop.</source>
        <translation>
            <numerusform>%n klient, nyní přidělený jinému pracovníkovi, byl z tohoto notebooku odstraněn.</numerusform>
            <numerusform>%n klienti, nyní přidělení jiným pracovníkům, byli z tohoto notebooku odstraněni.</numerusform>
            <numerusform>%n klientů, nyní přidělených jiným pracovníkům, bylo z tohoto notebooku odstraněno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Přesto importovat</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Odmítnout</translation>
    </message>
    <message>
        <source>%1: %2

Import this bundle anyway? If you refuse, nothing of it is imported; have the laptop&apos;s clock set right and ask for a new bundle.</source>
        <translation>%1: %2

Přesto tento balíček naimportovat? Když ho odmítnete, nenaimportuje se z něj nic; nechte na notebooku nastavit správné hodiny a vyžádejte si nový balíček.</translation>
    </message>
</context>
<context>
    <name>teren::InstallationsDialog</name>
    <message>
        <source>not enrolled here</source>
        <translation>nezapsána zde</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>zneplatněna %1</translation>
    </message>
    <message>
        <source>trusted since %1</source>
        <translation>důvěryhodná od %1</translation>
    </message>
    <message>
        <source>Refuse every bundle from &quot;%1&quot; from now on? Those imported before stay.</source>
        <translation>Od nynějška odmítat všechny balíčky od „%1“? Dříve importované zůstanou.</translation>
    </message>
    <message>
        <source>Refuse every bundle from &quot;%1&quot;, the laptop of %2, from now on? Those imported before stay. Enrol %2&apos;s new laptop afterwards.</source>
        <translation>Od nynějška odmítat všechny balíčky od „%1“, notebooku pracovníka %2? Dříve importované zůstanou. Potom zapište nový notebook pracovníka %2.</translation>
    </message>
    <message>
        <source>Installations</source>
        <translation>Instalace</translation>
    </message>
    <message>
        <source>The installations whose bundles this file accepts. Revoke a lost or stolen laptop: its bundles are refused from then on, and its enrolment cannot be used again. Trusting its identity file anew lifts the revocation.</source>
        <translation>Instalace, jejichž balíčky tento soubor přijímá. Ztracený nebo ukradený notebook zneplatněte: jeho balíčky se pak odmítají a jeho zápis nelze znovu použít. Nová důvěra v jeho soubor identity zneplatnění zruší.</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalace</translation>
    </message>
    <message>
        <source>Enrolled for</source>
        <translation>Zapsána pro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Zneplatnit…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
</context>
<context>
    <name>teren::JoinRegionDialog</name>
    <message>
        <source>The enrolment bundle</source>
        <translation>Zápisový balíček</translation>
    </message>
    <message>
        <source>Choose the enrolment bundle from your coordinator.</source>
        <translation>Vyberte zápisový balíček od svého koordinátora.</translation>
    </message>
    <message>
        <source>Join a region</source>
        <translation>Připojit se ke kraji</translation>
    </message>
    <message>
        <source>Your coordinator gives you an enrolment bundle and tells you its passphrase in person. Joining brings in the region&apos;s codelists, localities, workers, targets and your clients, and this laptop then works in your name.</source>
        <translation>Koordinátor vám dá zápisový balíček a heslo k němu sdělí osobně. Připojením se načtou číselníky kraje, lokality, pracovníci, cílové hodnoty a vaši klienti a tento notebook pak pracuje vaším jménem.</translation>
    </message>
    <message>
        <source>&amp;Enrolment bundle:</source>
        <translation>&amp;Zápisový balíček:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>not needed when the bundle was made for this laptop&apos;s identity</source>
        <translation>není třeba, pokud byl balíček vytvořen pro identitu tohoto notebooku</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Připojit</translation>
    </message>
    <message numerus="yes">
        <source>Joined the region &quot;%1&quot; as %2: %n record(s) came in. Your bundles for the coordinator are now trusted without exchanging keys.</source>
        <translation>
            <numerusform>Připojeno ke kraji „%1“ jako %2: přišel %n záznam. Vaše balíčky pro koordinátora jsou nyní důvěryhodné bez výměny klíčů.</numerusform>
            <numerusform>Připojeno ke kraji „%1“ jako %2: přišly %n záznamy. Vaše balíčky pro koordinátora jsou nyní důvěryhodné bez výměny klíčů.</numerusform>
            <numerusform>Připojeno ke kraji „%1“ jako %2: přišlo %n záznamů. Vaše balíčky pro koordinátora jsou nyní důvěryhodné bez výměny klíčů.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::LocalitiesDialog</name>
    <message>
        <source>Localities</source>
        <translation>Lokality</translation>
    </message>
    <message>
        <source>Where the work happens. The code is the locality&apos;s key in spreadsheets and reports: it stays as it is once the locality has clients.</source>
        <translation>Kde se pracuje. Kód je klíčem lokality v tabulkách a výkazech: jakmile má lokalita klienty, už se nemění.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Obec</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Residents in exclusion</source>
        <translation>Obyvatel ve vyloučení</translation>
    </message>
</context>
<context>
    <name>teren::LocalityForm</name>
    <message>
        <source>Add locality</source>
        <translation>Přidat lokalitu</translation>
    </message>
    <message>
        <source>Edit locality: %1</source>
        <translation>Upravit lokalitu: %1</translation>
    </message>
    <message>
        <source>e.g. KV-01; used in spreadsheets and reports</source>
        <translation>např. KV-01; používá se v tabulkách a výkazech</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— neuvedeno —</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>neznámý</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kód:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Obec:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>O&amp;kres:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Residents in social exclusion (estimate):</source>
        <translation>Obyvatel v sociálním &amp;vyloučení (odhad):</translation>
    </message>
    <message>
        <source>Edit locality</source>
        <translation>Úprava lokality</translation>
    </message>
</context>
<context>
    <name>teren::LockScreen</name>
    <message>
        <source>Terén is locked</source>
        <translation>Terén je zamčený</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Soubor: %1</translation>
    </message>
    <message>
        <source>The file was closed and its key wiped from memory, so nothing of it can be read until its passphrase is typed again. Edits typed and not yet applied are kept and come back after unlocking; the list of edits to undo was cleared.</source>
        <translation>Soubor se zavřel a jeho klíč byl vymazán z paměti, takže z něj nelze nic přečíst, dokud znovu nenapíšete jeho heslo. Napsané a ještě nepoužité úpravy zůstávají uschované a po odemčení se vrátí; seznam úprav, které šlo vzít zpět, se vyprázdnil.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odemknout</translation>
    </message>
</context>
<context>
    <name>teren::MainWindow</name>
    <message>
        <source>Terén</source>
        <translation>Terén</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nová databáze…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Otevřít databázi…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Otevřít databázi</translation>
    </message>
    <message>
        <source>Terén databases (*.sqlite);;All files (*)</source>
        <translation>Databáze Terénu (*.sqlite);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nová databáze</translation>
    </message>
    <message>
        <source>Terén databases (*.sqlite)</source>
        <translation>Databáze Terénu (*.sqlite)</translation>
    </message>
    <message>
        <source>Explore the &amp;demo region</source>
        <translation>Prohlédnout &amp;ukázkový kraj</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úpr&amp;avy</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nový klient…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Na&amp;stavení</translation>
    </message>
    <message>
        <source>&amp;I am…</source>
        <translation>&amp;Jsem…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <source>&amp;About Terén</source>
        <translation>&amp;O Terénu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>Creating the demo region…</source>
        <translation>Vytváří se ukázkový kraj…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>No workers in this database</source>
        <translation>V této databázi nejsou žádní pracovníci</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Na&amp;jít klienta</translation>
    </message>
    <message>
        <source>&amp;Erase personal data (GDPR)…</source>
        <translation>&amp;Vymazat osobní údaje (GDPR)…</translation>
    </message>
    <message>
        <source>Erase %1 for good?

Their names, notes and every text about them are wiped from this file and from every laptop this change reaches; only anonymous codes, dates and counts stay for statistics. This cannot be undone, and the list of edits to undo is cleared.</source>
        <translation>Opravdu natrvalo vymazat: %1?

Jméno, poznámky a všechny texty o této osobě budou smazány z tohoto souboru i ze všech notebooků, kam tato změna dorazí; pro statistiku zůstanou jen anonymní kódy, data a počty. Vrátit to nelze a seznam úprav k vrácení se vyprázdní.</translation>
    </message>
    <message>
        <source>The client&apos;s personal data were erased.</source>
        <translation>Osobní údaje klienta byly vymazány.</translation>
    </message>
    <message>
        <source>Some edits were typed but not applied yet:

%1

Save them?</source>
        <translation>Některé úpravy jsou napsané, ale ještě nepoužité:

%1

Uložit je?</translation>
    </message>
    <message>
        <source>An edit could not be saved; the card shows why.</source>
        <translation>Úpravu nebylo možné uložit; karta ukazuje proč.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>window title: the open file — the application</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>%1: the edit undone</comment>
        <translation>&amp;Zpět: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Znovu</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>%1: the edit redone</comment>
        <translation>&amp;Znovu: %1</translation>
    </message>
    <message>
        <source>Worker: %1 · Installation: %2</source>
        <translation>Pracovník: %1 · Instalace: %2</translation>
    </message>
    <message>
        <source>not chosen (Settings → I am…)</source>
        <translation>nevybrán (Nastavení → Jsem…)</translation>
    </message>
    <message>
        <source>&amp;Hand over to…</source>
        <translation>&amp;Předat jinému pracovníkovi…</translation>
    </message>
    <message>
        <source>The region is set up. Add its workers and localities under Region, then enrol the workers&apos; laptops under Sync.</source>
        <translation>Kraj je založen. V nabídce Kraj přidejte pracovníky a lokality, v nabídce Synchronizace pak zapište notebooky pracovníků.</translation>
    </message>
    <message>
        <source>Where to save this laptop&apos;s file</source>
        <translation>Kam uložit soubor tohoto notebooku</translation>
    </message>
    <message>
        <source>Choose the clients to hand over in the list first.</source>
        <translation>Nejdřív v seznamu vyberte klienty, které chcete předat.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) handed over to %1.</source>
        <translation>
            <numerusform>%n klient je nyní v péči: %1.</numerusform>
            <numerusform>%n klienti jsou nyní v péči: %1.</numerusform>
            <numerusform>%n klientů je nyní v péči: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the coordinator to erase %1 for good?

The request goes with your next bundle; the erasure is done once the region&apos;s coordinator confirms it, and then reaches every laptop. Until then the client stays here as they are.</source>
        <translation>Požádat koordinátora o trvalý výmaz: %1?

Žádost odejde s vaším příštím balíčkem; výmaz proběhne, až ho koordinátor kraje potvrdí, a pak se dostane na všechny notebooky. Do té doby tu klient zůstává beze změny.</translation>
    </message>
    <message>
        <source>The erasure of %1 was requested: it waits for the coordinator&apos;s confirmation, and the client stays here until then.</source>
        <translation>Výmaz (%1) je vyžádán: čeká na potvrzení koordinátorem a do té doby tu klient zůstává.</translation>
    </message>
    <message>
        <source>%1 (locked) — %2</source>
        <comment>window title: the locked file — the application</comment>
        <translation>%1 (zamčeno) — %2</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zamknout</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Změnit &amp;heslo…</translation>
    </message>
    <message numerus="yes">
        <source>Lock &amp;when idle: after %n minute(s)…</source>
        <translation>
            <numerusform>Zamykat při &amp;nečinnosti: po %n minutě…</numerusform>
            <numerusform>Zamykat při &amp;nečinnosti: po %n minutách…</numerusform>
            <numerusform>Zamykat při &amp;nečinnosti: po %n minutách…</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock &amp;when idle: never…</source>
        <translation>Zamykat při &amp;nečinnosti: nikdy…</translation>
    </message>
    <message>
        <source>Edits typed before Terén was locked are not saved yet; unlocking keeps them.

Quit and lose them?</source>
        <translation>Úpravy napsané před zamčením Terénu ještě nejsou uložené; po odemčení zůstanou zachované.

Ukončit a přijít o ně?</translation>
    </message>
    <message>
        <source>The file has a new passphrase.</source>
        <translation>Soubor má nové heslo.</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Zamykání při nečinnosti</translation>
    </message>
    <message>
        <source>Minutes without use after which an encrypted file locks (0: never):</source>
        <translation>Po kolika minutách bez používání se šifrovaný soubor zamkne (0: nikdy):</translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens this file.</source>
        <translation>Heslo je změněné; staré už tento soubor neotevře.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Zálohy…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Složka pro zálohy</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Zálohování selhalo: %1</translation>
    </message>
    <message>
        <source>Restore the backup %1?

The open file is closed and kept aside under a new name; edits made since the backup are not in it, but the ones already sent to the coordinator come back with its next bundle.</source>
        <translation>Obnovit zálohu %1?

Otevřený soubor se zavře a odloží stranou pod novým jménem; úpravy provedené od zálohy v ní nejsou, ale ty, které už odešly koordinátorovi, se vrátí s jeho příštím balíčkem.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Záloha je obnovena.</translation>
    </message>
    <message>
        <source>Checking the file… Changes can be saved as soon as the check is done.</source>
        <translation>Kontroluje se soubor… Změny půjde uložit, jakmile kontrola skončí.</translation>
    </message>
    <message>
        <source>The file passed its check.</source>
        <translation>Soubor prošel kontrolou.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Uživatelská příručka</translation>
    </message>
</context>
<context>
    <name>teren::MergePartnerDialog</name>
    <message>
        <source>Merge partner: %1</source>
        <translation>Sloučit partnera: %1</translation>
    </message>
    <message>
        <source>— choose the entry to keep —</source>
        <translation>— zvolte záznam, který zůstane —</translation>
    </message>
    <message>
        <source>The steps (%1) and contacts (%2) that name &quot;%3&quot; will name the entry kept, and &quot;%3&quot; will be retired. Every laptop gets the change with the region&apos;s records; Undo takes it back.</source>
        <translation>Kroky (%1) a kontakty (%2), které uvádějí „%3“, budou uvádět záznam, který zůstane, a „%3“ bude vyřazen. Změna se dostane na každý notebook se záznamy kraje; Zpět ji vrátí.</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Ponechat:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>S&amp;loučit</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>Sloučení partnerů</translation>
    </message>
    <message>
        <source>Choose the entry to keep.</source>
        <translation>Zvolte záznam, který zůstane.</translation>
    </message>
</context>
<context>
    <name>teren::NeedDialog</name>
    <message>
        <source>Add need</source>
        <translation>Přidat potřebu</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Upravit potřebu</translation>
    </message>
    <message>
        <source>1 – low</source>
        <translation>1 – nízká</translation>
    </message>
    <message>
        <source>2 – medium</source>
        <translation>2 – střední</translation>
    </message>
    <message>
        <source>3 – high</source>
        <translation>3 – vysoká</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Oblast:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>&amp;Intenzita:</translation>
    </message>
    <message>
        <source>I&amp;dentified on:</source>
        <translation>&amp;Zjištěno dne:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stav:</translation>
    </message>
</context>
<context>
    <name>teren::NeedsTab</name>
    <message>
        <source>Open needs in the order the client wants them met. Drag a row, or press Ctrl+Up and Ctrl+Down, to change the priority; the others renumber.</source>
        <translation>Otevřené potřeby v pořadí, v jakém je chce klient řešit. Pořadí změníte přetažením řádku nebo klávesami Ctrl+šipka nahoru a Ctrl+šipka dolů; ostatní se přečíslují.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intenzita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Zjištěno</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uzavřeno</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>&amp;Add need…</source>
        <translation>&amp;Přidat potřebu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Posunout &amp;nahoru</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Posunout &amp;dolů</translation>
    </message>
    <message>
        <source>&amp;Resolve or close…</source>
        <translation>&amp;Vyřešit nebo uzavřít…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Znovu otevřít</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;mazat</translation>
    </message>
    <message>
        <source>Raise the priority (Ctrl+Up)</source>
        <translation>Zvýšit prioritu (Ctrl+šipka nahoru)</translation>
    </message>
    <message>
        <source>Lower the priority (Ctrl+Down)</source>
        <translation>Snížit prioritu (Ctrl+šipka dolů)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>nízká</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>střední</translation>
    </message>
    <message>
        <source>high</source>
        <translation>vysoká</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Změna priority</translation>
    </message>
    <message>
        <source>Reopen need</source>
        <translation>Znovuotevření potřeby</translation>
    </message>
    <message>
        <source>Delete need</source>
        <translation>Smazání potřeby</translation>
    </message>
    <message>
        <source>Add a need (Insert)</source>
        <translation>Přidat potřebu (Insert)</translation>
    </message>
</context>
<context>
    <name>teren::NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nový klient</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Start the cooperation today</source>
        <translation>Zahájit spolupráci dnes</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Příjmení:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>Přez&amp;dívka:</translation>
    </message>
    <message>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Rok narození:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>Poh&amp;laví:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Lokalita:</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nar. %1</translation>
    </message>
    <message numerus="yes">
        <source>Possibly registered already (%n record(s)): %1.</source>
        <translation>
            <numerusform>Možná už je v evidenci (%n záznam): %1.</numerusform>
            <numerusform>Možná už je v evidenci (%n záznamy): %1.</numerusform>
            <numerusform>Možná už je v evidenci (%n záznamů): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the client list first; the new record can still be created.</source>
        <translation>Nejprve se podívejte do seznamu klientů; nový záznam lze přesto založit.</translation>
    </message>
</context>
<context>
    <name>teren::NewPassphraseDialog</name>
    <message>
        <source>Passphrase of the new file</source>
        <translation>Heslo nového souboru</translation>
    </message>
    <message>
        <source>Terén encrypts %1 on this computer. Choose a passphrase: it is asked for whenever the file is opened or Terén is unlocked, and without it a lost or stolen laptop reveals nobody. Choose one you will remember; it cannot be looked up anywhere.</source>
        <translation>Terén soubor %1 v tomto počítači zašifruje. Zvolte heslo: zadává se při každém otevření souboru a odemčení Terénu a bez něj ztracený nebo ukradený notebook nikoho neprozradí. Zvolte takové, které si zapamatujete; nikde se nedá dohledat.</translation>
    </message>
    <message>
        <source>&amp;Create the file</source>
        <translation>&amp;Vytvořit soubor</translation>
    </message>
    <message>
        <source>Encrypt this file</source>
        <translation>Zašifrovat tento soubor</translation>
    </message>
    <message>
        <source>Terén encrypts %1 with a passphrase. From then on it is asked for whenever the file is opened or Terén is unlocked, and without it a lost or stolen laptop reveals nobody. Choose one you will remember; it cannot be looked up anywhere.</source>
        <translation>Terén soubor %1 zašifruje heslem. Od té chvíle se heslo zadává při každém otevření souboru a odemčení Terénu a bez něj ztracený nebo ukradený notebook nikoho neprozradí. Zvolte takové, které si zapamatujete; nikde se nedá dohledat.</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>Za&amp;šifrovat</translation>
    </message>
    <message>
        <source>A new passphrase</source>
        <translation>Nové heslo</translation>
    </message>
    <message>
        <source>%1 was opened with the organisation&apos;s recovery key. Choose a new passphrase for it; the old one will no longer open it.</source>
        <translation>Soubor %1 byl otevřen záchranným klíčem organizace. Zvolte k němu nové heslo; to staré ho už neotevře.</translation>
    </message>
    <message>
        <source>&amp;Set the passphrase</source>
        <translation>&amp;Nastavit heslo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>teren::NewPassphraseFields</name>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Hesla se liší; napište dvakrát totéž.</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nové &amp;heslo:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters, e.g. a few words</source>
        <translation>
            <numerusform>alespoň %n znak, třeba několik slov</numerusform>
            <numerusform>alespoň %n znaky, třeba několik slov</numerusform>
            <numerusform>alespoň %n znaků, třeba několik slov</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>Znovu pro &amp;kontrolu:</translation>
    </message>
</context>
<context>
    <name>teren::PartnerChecklist</name>
    <message>
        <source>The partner institutions involved in the contact (Region → Partners)</source>
        <translation>Partnerské instituce zapojené do kontaktu (Kraj → Partneři)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádní</translation>
    </message>
</context>
<context>
    <name>teren::PartnerForm</name>
    <message>
        <source>Add partner</source>
        <translation>Přidat partnera</translation>
    </message>
    <message>
        <source>Edit partner: %1</source>
        <translation>Upravit partnera: %1</translation>
    </message>
    <message>
        <source>e.g. Úřad práce Sokolov</source>
        <translation>např. Úřad práce Sokolov</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— neuvedeno —</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Druh:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Lokalita:</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Úprava partnera</translation>
    </message>
</context>
<context>
    <name>teren::PartnerPicker</name>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Nový partner…</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jakýkoli druh</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— žádný —</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (vyřazený)</translation>
    </message>
</context>
<context>
    <name>teren::PartnersDialog</name>
    <message>
        <source>Partners</source>
        <translation>Partneři</translation>
    </message>
    <message>
        <source>The institutions field work coordinates with: labour offices, OSPOD, schools, police, courts and bailiffs, health facilities, debt counselling, employers and other NGOs. A step&apos;s responsible party can be one of them, and a contact records those involved. Any worker may add a partner from the step editor, also offline; the coordinator edits, retires and merges duplicates here.</source>
        <translation>Instituce, se kterými terénní práce spolupracuje: úřady práce, OSPOD, školy, policie, soudy a exekutoři, zdravotnická zařízení, dluhové poradny, zaměstnavatelé a jiné neziskové organizace. Krok plánu může dělat některá z nich a kontakt zaznamená ty, které se ho účastnily. Partnera může přidat každý pracovník v okně kroku, i bez připojení; koordinátor je zde upravuje, vyřazuje a slučuje duplicity.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalita</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroky</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Vyřazen</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Vyřadit</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>S&amp;loučit s…</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>sloučen s: %1</translation>
    </message>
    <message>
        <source>Retired on %1</source>
        <translation>Vyřazen %1</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Vrátit do užívání</translation>
    </message>
    <message>
        <source>Bring back partner</source>
        <translation>Vrácení partnera</translation>
    </message>
    <message>
        <source>Retire partner</source>
        <translation>Vyřazení partnera</translation>
    </message>
</context>
<context>
    <name>teren::PassphrasePrompt</name>
    <message>
        <source>Type the recovery key.</source>
        <translation>Napište záchranný klíč.</translation>
    </message>
    <message>
        <source>Type the passphrase of this file.</source>
        <translation>Napište heslo tohoto souboru.</translation>
    </message>
    <message>
        <source>Encrypted file</source>
        <translation>Šifrovaný soubor</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s recovery key of %1, as it was printed when the region was set up. You then choose a new passphrase.</source>
        <translation>Napište záchranný klíč organizace k souboru %1 tak, jak byl vytištěn při zakládání kraje. Potom zvolíte nové heslo.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>Soubor %1 je zašifrovaný. Pro otevření napište jeho heslo.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Záchranný klíč:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>groups of four letters and digits</source>
        <translation>skupiny po čtyřech písmenech a číslicích</translation>
    </message>
    <message>
        <source>Use the passphrase</source>
        <translation>Použít heslo</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Místo hesla použít záchranný klíč</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>teren::PlainFileBar</name>
    <message>
        <source>This file is not encrypted: anyone who gets hold of this computer or a copy of the file can read everything in it.</source>
        <translation>Tento soubor není zašifrovaný: kdokoli, kdo se dostane k tomuto počítači nebo ke kopii souboru, si v něm může přečíst všechno.</translation>
    </message>
    <message>
        <source>Encrypt…</source>
        <translation>Zašifrovat…</translation>
    </message>
</context>
<context>
    <name>teren::PlanPrintAction</name>
    <message>
        <source>Print the individual plan</source>
        <translation>Tisk individuálního plánu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plán uložen</translation>
    </message>
    <message>
        <source>Plan not printed</source>
        <translation>Plán nebyl vytištěn</translation>
    </message>
    <message>
        <source>&amp;Print the plan…</source>
        <translation>V&amp;ytisknout plán…</translation>
    </message>
    <message>
        <source>Save the plan as P&amp;DF…</source>
        <translation>Uložit plán jako P&amp;DF…</translation>
    </message>
    <message>
        <source>The plan could not be printed: the printer did not accept it. Check the printer and try again, or save the plan as a PDF.</source>
        <translation>Plán se nepodařilo vytisknout: tiskárna ho nepřijala. Zkontrolujte tiskárnu a zkuste to znovu, nebo plán uložte jako PDF.</translation>
    </message>
    <message>
        <source>plan %1 %2.pdf</source>
        <comment>file name: the client, the day</comment>
        <translation>plán %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save the individual plan of %1 as PDF</source>
        <translation>Uložit individuální plán jako PDF: %1</translation>
    </message>
    <message>
        <source>The individual plan of %1 is saved as:

%2

It holds their personal data: keep it safe.</source>
        <translation>Individuální plán (%1) je uložen jako:

%2

Obsahuje osobní údaje: uložte ho na bezpečné místo.</translation>
    </message>
</context>
<context>
    <name>teren::PlanTab</name>
    <message>
        <source>Need, goal or step</source>
        <translation>Potřeba, cíl nebo krok</translation>
    </message>
    <message>
        <source>Horizon / who</source>
        <translation>Horizont / kdo</translation>
    </message>
    <message>
        <source>Target / due</source>
        <translation>Cílové datum / termín</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Přidat &amp;cíl…</translation>
    </message>
    <message>
        <source>Add &amp;step…</source>
        <translation>Přidat &amp;krok…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Označit &amp;splněné</translation>
    </message>
    <message>
        <source>Mark the step done or the goal achieved today (Ctrl+D)</source>
        <translation>Označit krok za splněný nebo cíl za dosažený dnešním dnem (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;mazat</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>achieved %1</source>
        <translation>dosažen %1</translation>
    </message>
    <message>
        <source>The target date has passed</source>
        <translation>Cílové datum už uplynulo</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>splněno %1</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>k provedení</translation>
    </message>
    <message>
        <source>The due date has passed</source>
        <translation>Termín už uplynul</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) in the plan</source>
        <translation>
            <numerusform>%n cíl v plánu</numerusform>
            <numerusform>%n cíle v plánu</numerusform>
            <numerusform>%n cílů v plánu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po termínu</numerusform>
            <numerusform>%n po termínu</numerusform>
            <numerusform>%n po termínu</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Splnění kroku</translation>
    </message>
    <message>
        <source>Mark goal achieved</source>
        <translation>Dosažení cíle</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Smazání cíle</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Smazání kroku</translation>
    </message>
</context>
<context>
    <name>teren::ProfilePanel</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>Family na&amp;me:</source>
        <translation>&amp;Příjmení:</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Přezdívka:</translation>
    </message>
    <message>
        <source>Year of &amp;birth:</source>
        <translation>&amp;Rok narození:</translation>
    </message>
    <message>
        <source>Leave at &quot;—&quot; when the year is not known.</source>
        <translation>Ponechte „—“, pokud rok není znám.</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Poh&amp;laví:</translation>
    </message>
    <message>
        <source>Localit&amp;y:</source>
        <translation>&amp;Lokalita:</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Poznám&amp;ky:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>P&amp;oužít</translation>
    </message>
    <message>
        <source>Store the changed profile (Enter in a line)</source>
        <translation>Uložit změněný profil (Enter v řádku)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Vrátit</translation>
    </message>
    <message>
        <source>Discard the changes not yet applied</source>
        <translation>Zahodit dosud nepoužité změny</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>locality (municipality)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unknown locality)</source>
        <translation>(neznámá lokalita)</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Úprava profilu</translation>
    </message>
</context>
<context>
    <name>teren::ProviderForm</name>
    <message>
        <source>Add provider</source>
        <translation>Přidat poskytovatele</translation>
    </message>
    <message>
        <source>Edit provider: %1</source>
        <translation>Upravit poskytovatele: %1</translation>
    </message>
    <message>
        <source>eight digits, e.g. 25755277</source>
        <translation>osm číslic, např. 25755277</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;IČO:</source>
        <translation>&amp;IČO:</translation>
    </message>
    <message>
        <source>Registered &amp;services:</source>
        <translation>Registrované &amp;služby:</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Úprava poskytovatele</translation>
    </message>
</context>
<context>
    <name>teren::ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <translation>Poskytovatelé</translation>
    </message>
    <message>
        <source>The organisations delivering the services, with their company number (IČO) and the social services they are registered for. Workers belong to one of them.</source>
        <translation>Organizace, které služby poskytují, s jejich IČO a sociálními službami, k nimž mají registraci. Každý pracovník patří k jedné z nich.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>IČO</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>Registered services</source>
        <translation>Registrované služby</translation>
    </message>
</context>
<context>
    <name>teren::RecoveryKeyPage</name>
    <message>
        <source>Print the recovery key</source>
        <translation>Tisk záchranného klíče</translation>
    </message>
    <message>
        <source>Recovery key of %1</source>
        <translation>Záchranný klíč: %1</translation>
    </message>
    <message>
        <source>Terén: the organisation&apos;s recovery key</source>
        <translation>Terén: záchranný klíč organizace</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Kraj: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Soubor: %1</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Vytištěno %1.</translation>
    </message>
    <message>
        <source>This key opens the region&apos;s file when its passphrase is lost, or when a new coordinator takes over. Keep it offline, locked away from the computer: whoever has it can open the file.</source>
        <translation>Tento klíč otevře soubor kraje, když se ztratí jeho heslo nebo když práci převezme nový koordinátor. Uchovávejte ho mimo počítač, pod zámkem: kdo ho má, může soubor otevřít.</translation>
    </message>
    <message>
        <source>The organisation&apos;s recovery key</source>
        <translation>Záchranný klíč organizace</translation>
    </message>
    <message>
        <source>Print it or write it down now: it is shown only this once.</source>
        <translation>Vytiskněte si ho nebo ho opište hned teď: ukáže se jen tentokrát.</translation>
    </message>
    <message>
        <source>The region&apos;s file is encrypted under your passphrase. This key opens it too, for when the passphrase is lost or a new coordinator takes over. Keep it offline, locked away from this computer: whoever has it can open the file.</source>
        <translation>Soubor kraje je zašifrovaný vaším heslem. Otevře ho i tento klíč – pro případ, že se heslo ztratí nebo práci převezme nový koordinátor. Uchovávejte ho mimo počítač, pod zámkem: kdo ho má, může soubor otevřít.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Vytisknout…</translation>
    </message>
    <message>
        <source>I have printed or written it down and will &amp;keep it offline</source>
        <translation>Klíč mám vytištěný nebo opsaný a &amp;uschovám ho mimo počítač</translation>
    </message>
</context>
<context>
    <name>teren::RefusedChangesDialog</name>
    <message>
        <source>(not here)</source>
        <translation>(zde není)</translation>
    </message>
    <message>
        <source>Erasure requested by %1</source>
        <translation>Výmaz, o který žádá %1</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>household</source>
        <translation>domácnost</translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation>spolupráce</translation>
    </message>
    <message>
        <source>need</source>
        <translation>potřeba</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>cíl</translation>
    </message>
    <message>
        <source>step</source>
        <translation>krok</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>pracovník</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>poskytovatel</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>lokalita</translation>
    </message>
    <message>
        <source>region</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>need area</source>
        <translation>oblast potřeb</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>výsledek</translation>
    </message>
    <message>
        <source>intervention type</source>
        <translation>typ intervence</translation>
    </message>
    <message>
        <source>end reason</source>
        <translation>důvod ukončení</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cílová hodnota</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>instalace</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what was written: the record: its fields</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>Žádné odmítnuté změny.</translation>
    </message>
    <message>
        <source>&amp;Confirm the erasure…</source>
        <translation>&amp;Potvrdit výmaz…</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Přijmout…</translation>
    </message>
    <message>
        <source>Erase %1 for good, as %2 asked?

Their names, notes and every text about them are wiped from this file and from every laptop this change reaches; only anonymous codes, dates and counts stay for statistics. This cannot be undone, and the list of edits to undo is cleared.</source>
        <translation>Natrvalo vymazat: %1, jak žádá %2?

Jméno, poznámky a všechny texty o této osobě budou smazány z tohoto souboru i ze všech notebooků, kam se změna dostane; pro statistiku zůstanou jen anonymní kódy, data a počty. Výmaz nelze vrátit zpět a seznam úprav k vrácení se vyprázdní.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>klienta</translation>
    </message>
    <message>
        <source>Accept this change from %1 (%2)?

%3

It is applied here, and on every laptop once your bundles reach it. Accepting cannot be undone.</source>
        <translation>Přijmout tuto změnu (%1, %2)?

%3

Platí hned zde a na každém notebooku, kam dorazí vaše balíčky. Přijetí nelze vrátit zpět.</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>Vymazáno: %1.</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>The change from %1 was accepted and applied.</source>
        <translation>Změna (%1) byla přijata a provedena.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Odmítnuté změny</translation>
    </message>
    <message>
        <source>Changes from the workers&apos; laptops that the region&apos;s rules refused: they are kept, not applied. Accept one that was right after all; an erasure a worker requested is done once you confirm it. Accepting cannot be undone.</source>
        <translation>Změny z notebooků pracovníků, které pravidla kraje odmítla: jsou uchované, ale neprovedené. Změnu, která byla nakonec správná, přijměte; výmaz, o který pracovník požádal, proběhne, až ho potvrdíte. Přijetí nelze vrátit zpět.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalace</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pracovník</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Co bylo zapsáno</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Proč byla odmítnuta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>name</source>
        <translation>jméno</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>jméno</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>příjmení</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>přezdívka</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>poznámky</translation>
    </message>
    <message>
        <source>note</source>
        <translation>poznámka</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stav</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>smazání</translation>
    </message>
    <message>
        <source>Czech label</source>
        <translation>český název</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>anglický název</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kód</translation>
    </message>
    <message>
        <source>last working day</source>
        <translation>poslední pracovní den</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>%1
Why it was refused: %2</source>
        <translation>%1
Proč byla odmítnuta: %2</translation>
    </message>
</context>
<context>
    <name>teren::RegionListDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Přidat…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>teren::RegionMenu</name>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>&amp;Workers…</source>
        <translation>&amp;Pracovníci…</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>P&amp;oskytovatelé…</translation>
    </message>
    <message>
        <source>&amp;Localities…</source>
        <translation>&amp;Lokality…</translation>
    </message>
    <message>
        <source>&amp;Codelists…</source>
        <translation>Čí&amp;selníky…</translation>
    </message>
    <message>
        <source>Clients past &amp;retention…</source>
        <translation>Klienti po uplynutí doby &amp;uchování…</translation>
    </message>
    <message>
        <source>P&amp;artners…</source>
        <translation>P&amp;artneři…</translation>
    </message>
</context>
<context>
    <name>teren::RegionSetupWizard</name>
    <message>
        <source>region</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>Where to save the region&apos;s file</source>
        <translation>Kam uložit soubor kraje</translation>
    </message>
    <message>
        <source>Terén databases (*.sqlite)</source>
        <translation>Databáze Terénu (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose where to save the region&apos;s file.</source>
        <translation>Vyberte, kam soubor kraje uložit.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Složka %1 neexistuje.</translation>
    </message>
    <message>
        <source>%1 exists already: a new region starts in a new file. Choose another name.</source>
        <translation>%1 už existuje: nový kraj začíná v novém souboru. Zvolte jiný název.</translation>
    </message>
    <message>
        <source>Write your name: your changes are recorded under it.</source>
        <translation>Napište své jméno: pod ním se zaznamenávají vaše změny.</translation>
    </message>
    <message>
        <source>Write the region&apos;s name, e.g. Karlovarský kraj.</source>
        <translation>Napište název kraje, např. Karlovarský kraj.</translation>
    </message>
    <message>
        <source>Write the provider&apos;s name.</source>
        <translation>Napište název poskytovatele.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IČO: it has eight digits, the last one a checksum of the others. Leave it empty if you do not know it.</source>
        <translation>„%1“ není platné IČO: má osm číslic a poslední z nich je kontrolní součet ostatních. Pokud IČO neznáte, nechte pole prázdné.</translation>
    </message>
    <message>
        <source>Name at least one provider of the services.</source>
        <translation>Uveďte aspoň jednoho poskytovatele služeb.</translation>
    </message>
    <message>
        <source>— none of them (the region&apos;s office) —</source>
        <translation>— žádného z nich (krajský úřad) —</translation>
    </message>
    <message>
        <source>%1 (IČO %2)</source>
        <translation>%1 (IČO %2)</translation>
    </message>
    <message>
        <source>%1, coordinator, of %2</source>
        <translation>%1, koordinátor, %2</translation>
    </message>
    <message>
        <source>%1, coordinator</source>
        <translation>%1, koordinátor</translation>
    </message>
    <message numerus="yes">
        <source>Finishing creates %1 with:

• the region %2
• %3
• %n provider(s): %4

This computer then becomes the region&apos;s coordinator installation: it enrols the workers&apos; laptops, and the region&apos;s workers, providers, localities and codelists are changed here.</source>
        <translation>
            <numerusform>Dokončením vznikne soubor %1 a v něm:

• kraj %2
• %3
• %n poskytovatel: %4

Tento počítač se pak stane instalací koordinátora kraje: zapisuje notebooky pracovníků a mění se na něm pracovníci, poskytovatelé, lokality a číselníky kraje.</numerusform>
            <numerusform>Dokončením vznikne soubor %1 a v něm:

• kraj %2
• %3
• %n poskytovatelé: %4

Tento počítač se pak stane instalací koordinátora kraje: zapisuje notebooky pracovníků a mění se na něm pracovníci, poskytovatelé, lokality a číselníky kraje.</numerusform>
            <numerusform>Dokončením vznikne soubor %1 a v něm:

• kraj %2
• %3
• %n poskytovatelů: %4

Tento počítač se pak stane instalací koordinátora kraje: zapisuje notebooky pracovníků a mění se na něm pracovníci, poskytovatelé, lokality a číselníky kraje.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up a new region</source>
        <translation>Založit nový kraj</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Další &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zpět</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>&amp;Set up the region</source>
        <translation>&amp;Založit kraj</translation>
    </message>
    <message>
        <source>The region&apos;s file</source>
        <translation>Soubor kraje</translation>
    </message>
    <message>
        <source>Everything the region keeps is in one file on this computer.</source>
        <translation>Vše, co kraj vede, je v jednom souboru na tomto počítači.</translation>
    </message>
    <message>
        <source>Choose where to save it: a folder that is backed up, on an encrypted disk. The workers&apos; laptops never see this file; they exchange encrypted bundles with it.</source>
        <translation>Vyberte, kam ho uložit: do zálohované složky na šifrovaném disku. Notebooky pracovníků tento soubor nikdy nevidí; vyměňují si s ním šifrované balíčky.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Soubor:</translation>
    </message>
    <message>
        <source>e.g. ~/Documents/karlovarsky-kraj.sqlite</source>
        <translation>např. ~/Dokumenty/karlovarsky-kraj.sqlite</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vybrat…</translation>
    </message>
    <message>
        <source>The region and its coordinator</source>
        <translation>Kraj a jeho koordinátor</translation>
    </message>
    <message>
        <source>You coordinate the region: you enrol the workers&apos; laptops and merge their work.</source>
        <translation>Kraj koordinujete vy: zapisujete notebooky pracovníků a slučujete jejich práci.</translation>
    </message>
    <message>
        <source>The region&apos;s name heads its reports. Your name is recorded with every change you make.</source>
        <translation>Název kraje stojí v záhlaví jeho výkazů. Vaše jméno se zaznamená u každé změny, kterou uděláte.</translation>
    </message>
    <message>
        <source>&amp;Region&apos;s name:</source>
        <translation>&amp;Název kraje:</translation>
    </message>
    <message>
        <source>e.g. Karlovarský kraj</source>
        <translation>např. Karlovarský kraj</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Vaše jméno:</translation>
    </message>
    <message>
        <source>given name and family name</source>
        <translation>jméno a příjmení</translation>
    </message>
    <message>
        <source>The providers of the services</source>
        <translation>Poskytovatelé služeb</translation>
    </message>
    <message>
        <source>The organisations whose workers do the field work; at least one.</source>
        <translation>Organizace, jejichž pracovníci dělají terénní práci; aspoň jedna.</translation>
    </message>
    <message>
        <source>Type a provider and add it; add as many as the region has. The IČO is optional. More can be added later under Region → Providers.</source>
        <translation>Vyplňte poskytovatele a přidejte ho; přidejte všechny, které kraj má. IČO je nepovinné. Další lze přidat později v nabídce Kraj → Poskytovatelé.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;IČO:</source>
        <translation>&amp;IČO:</translation>
    </message>
    <message>
        <source>eight digits, e.g. 25755277</source>
        <translation>osm číslic, např. 25755277</translation>
    </message>
    <message>
        <source>Registered services:</source>
        <translation>Registrované služby:</translation>
    </message>
    <message>
        <source>&amp;Add the provider</source>
        <translation>&amp;Přidat poskytovatele</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Poskytovatel</translation>
    </message>
    <message>
        <source>IČO</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>Registered services</source>
        <translation>Registrované služby</translation>
    </message>
    <message>
        <source>Set up the region</source>
        <translation>Založení kraje</translation>
    </message>
    <message>
        <source>Check what is made, then finish.</source>
        <translation>Zkontrolujte, co vznikne, a dokončete.</translation>
    </message>
    <message>
        <source>You &amp;work for:</source>
        <translation>&amp;Pracujete pro:</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Dokončit</translation>
    </message>
    <message>
        <source>The file&apos;s passphrase</source>
        <translation>Heslo souboru</translation>
    </message>
    <message>
        <source>The region&apos;s file is encrypted: a lost or stolen computer reveals nobody.</source>
        <translation>Soubor kraje je zašifrovaný: ztracený nebo ukradený počítač nikoho neprozradí.</translation>
    </message>
    <message>
        <source>Terén asks for this passphrase whenever the file is opened or Terén is unlocked. Choose one you will remember; a few words in a row are easiest. If it is ever lost, the recovery key shown at the end opens the file.</source>
        <translation>Terén se na toto heslo zeptá při každém otevření souboru a odemčení Terénu. Zvolte takové, které si zapamatujete; nejsnáze se pamatuje několik slov za sebou. Kdyby se heslo někdy ztratilo, soubor otevře záchranný klíč, který se ukáže na konci.</translation>
    </message>
</context>
<context>
    <name>teren::ReportMenu</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Výkazy</translation>
    </message>
    <message>
        <source>&amp;Regional report…</source>
        <translation>&amp;Krajská zpráva…</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Cílové hodnoty…</translation>
    </message>
</context>
<context>
    <name>teren::ReportWindow</name>
    <message>
        <source>regional-report</source>
        <translation>krajska-zprava</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Uložit zprávu jako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Uložit čísla jako CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the figures as JSON</source>
        <translation>Uložit čísla jako JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Soubory JSON (*.json)</translation>
    </message>
    <message>
        <source>All localities</source>
        <translation>Všechny lokality</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Všichni poskytovatelé</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Všichni pracovníci</translation>
    </message>
    <message>
        <source>Persons supported</source>
        <translation>Podpořené osoby</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Lokality</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Identifikované potřeby</translation>
    </message>
    <message>
        <source>Needs resolved</source>
        <translation>Vyřešené potřeby</translation>
    </message>
    <message>
        <source>Resolved rate</source>
        <translation>Míra vyřešení</translation>
    </message>
    <message>
        <source>Cooperations ended</source>
        <translation>Ukončené spolupráce</translation>
    </message>
    <message>
        <source>Median cooperation (days)</source>
        <translation>Medián spolupráce (dny)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Hours of contact</source>
        <translation>Hodiny kontaktu</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Období: %1 – %2</translation>
    </message>
    <message>
        <source>locality %1</source>
        <translation>lokalita %1</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>poskytovatel %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>pracovník %1</translation>
    </message>
    <message>
        <source>All clients of the region</source>
        <translation>Všichni klienti kraje</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtry: %1</translation>
    </message>
    <message>
        <source>There is no report to save.</source>
        <translation>Není žádná zpráva k uložení.</translation>
    </message>
    <message>
        <source>Regional report</source>
        <translation>Krajská zpráva</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Uložit jako P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Uložit jako &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Uložit jako &amp;JSON…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Uloženo: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Kraj: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Vytvořeno %1</translation>
    </message>
    <message>
        <source>Save the figures as an Excel workbook</source>
        <translation>Uložit čísla jako sešit Excelu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sešity Excelu (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Uložit jako &amp;Excel…</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Výpočet zprávy byl zrušen.</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Zpráva se počítá…</translation>
    </message>
    <message>
        <source>The report is still being computed; save it when it is shown.</source>
        <translation>Zpráva se ještě počítá; uložte ji, až se zobrazí.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>teren::RetentionDialog</name>
    <message numerus="yes">
        <source>%n client(s) past retention.</source>
        <translation>
            <numerusform>%n klient po uplynutí doby uchování.</numerusform>
            <numerusform>%n klienti po uplynutí doby uchování.</numerusform>
            <numerusform>%n klientů po uplynutí doby uchování.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n client(s)?

Their names, phone numbers, notes and every text about them are wiped from this file and its history, and from every laptop this change reaches; codes, dates, birth year and gender stay, so every report reads as before. This cannot be undone, and the list of edits to undo is cleared.</source>
        <translation>
            <numerusform>Anonymizovat %n klienta?

Jeho jméno, telefonní číslo, poznámky a všechny texty o něm se smažou z tohoto souboru i z jeho historie a z každého notebooku, kam tato změna dorazí; kódy, data, rok narození a pohlaví zůstanou, takže každá zpráva vyjde jako dřív. Nelze to vrátit zpět a seznam úprav k vrácení se vyprázdní.</numerusform>
            <numerusform>Anonymizovat %n klienty?

Jejich jména, telefonní čísla, poznámky a všechny texty o nich se smažou z tohoto souboru i z jeho historie a z každého notebooku, kam tato změna dorazí; kódy, data, rok narození a pohlaví zůstanou, takže každá zpráva vyjde jako dřív. Nelze to vrátit zpět a seznam úprav k vrácení se vyprázdní.</numerusform>
            <numerusform>Anonymizovat %n klientů?

Jejich jména, telefonní čísla, poznámky a všechny texty o nich se smažou z tohoto souboru i z jeho historie a z každého notebooku, kam tato změna dorazí; kódy, data, rok narození a pohlaví zůstanou, takže každá zpráva vyjde jako dřív. Nelze to vrátit zpět a seznam úprav k vrácení se vyprázdní.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients past retention</source>
        <translation>Klienti po uplynutí doby uchování</translation>
    </message>
    <message>
        <source>Clients whose every cooperation has ended, the last one longer ago than the retention period. Anonymising them wipes their names, phone numbers and every text about them, and keeps the codes and dates the regional report counts. Clients with no cooperation recorded are not listed.</source>
        <translation>Klienti, jejichž spolupráce všechny skončily, poslední dříve, než je doba uchování. Anonymizace smaže jejich jména, telefonní čísla a všechny texty o nich a ponechá kódy a data, z nichž se počítá krajská zpráva. Klienti bez zaznamenané spolupráce se nevypisují.</translation>
    </message>
    <message>
        <source>&amp;Retention period in years:</source>
        <translation>&amp;Doba uchování v letech:</translation>
    </message>
    <message>
        <source>after the last cooperation ended</source>
        <translation>po skončení poslední spolupráce</translation>
    </message>
    <message>
        <source>&amp;Save for the region</source>
        <translation>&amp;Uložit pro kraj</translation>
    </message>
    <message>
        <source>This file belongs to no region: the period of %1 years applies, and the one shown here only lists the clients.</source>
        <translation>Tento soubor nepatří k žádnému kraji: platí doba %1 let a zde zvolená doba jen vybírá, kteří klienti se vypíšou.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalita</translation>
    </message>
    <message>
        <source>Last cooperation ended</source>
        <translation>Poslední spolupráce skončila</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymizovat…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>teren::RetireWorkerDialog</name>
    <message>
        <source>Retire worker: %1</source>
        <translation>Ukončit působení pracovníka: %1</translation>
    </message>
    <message>
        <source>— choose a worker —</source>
        <translation>— vyberte pracovníka —</translation>
    </message>
    <message>
        <source>&amp;Last working day:</source>
        <translation>&amp;Poslední pracovní den:</translation>
    </message>
    <message>
        <source>Hand them over &amp;to:</source>
        <translation>Předat &amp;komu:</translation>
    </message>
    <message>
        <source>Retire worker</source>
        <translation>Ukončení působení pracovníka</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n client(s). Hand them over to another worker first:</source>
        <translation>
            <numerusform>%1 má stále %n klienta. Nejdřív ho předejte jinému pracovníkovi:</numerusform>
            <numerusform>%1 má stále %n klienty. Nejdřív je předejte jinému pracovníkovi:</numerusform>
            <numerusform>%1 má stále %n klientů. Nejdřív je předejte jinému pracovníkovi:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no clients left.</source>
        <translation>%1 už nemá žádné klienty.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Hand over %n client(s)</source>
        <translation>
            <numerusform>Př&amp;edat %n klienta</numerusform>
            <numerusform>Př&amp;edat %n klienty</numerusform>
            <numerusform>Př&amp;edat %n klientů</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the worker who takes the clients over.</source>
        <translation>Vyberte pracovníka, který klienty převezme.</translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n client(s)</source>
        <translation>
            <numerusform>Předání %n klienta</numerusform>
            <numerusform>Předání %n klientů</numerusform>
            <numerusform>Předání %n klientů</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Ukončit působení</translation>
    </message>
</context>
<context>
    <name>teren::StepDialog</name>
    <message>
        <source>Add step</source>
        <translation>Přidat krok</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Upravit krok</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Krok:</translation>
    </message>
    <message>
        <source>&amp;Who does it:</source>
        <translation>Kdo &amp;ho provede:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Termín:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>S&amp;plněno dne:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
</context>
<context>
    <name>teren::SyncMenu</name>
    <message>
        <source>Save this installation&apos;s identity</source>
        <translation>Uložit identitu této instalace</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Soubor %1 nelze uložit: %2</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronizace</translation>
    </message>
    <message>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Exportovat balíček…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importovat balíčky…</translation>
    </message>
    <message>
        <source>Review &amp;conflicts (%1)…</source>
        <translation>Projít &amp;konflikty (%1)…</translation>
    </message>
    <message>
        <source>Review &amp;conflicts…</source>
        <translation>Projít &amp;konflikty…</translation>
    </message>
    <message>
        <source>Save my &amp;identity file…</source>
        <translation>Uložit můj soubor i&amp;dentity…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Možné &amp;duplicity…</translation>
    </message>
    <message>
        <source>&amp;Join a region with an enrolment bundle…</source>
        <translation>&amp;Připojit se ke kraji zápisovým balíčkem…</translation>
    </message>
    <message>
        <source>E&amp;nrol a worker&apos;s laptop…</source>
        <translation>Zapsat &amp;notebook pracovníka…</translation>
    </message>
    <message>
        <source>Installations and &amp;revoking a lost laptop…</source>
        <translation>Instalace a &amp;zneplatnění ztraceného notebooku…</translation>
    </message>
    <message>
        <source>Re&amp;fused changes (%1)…</source>
        <translation>&amp;Odmítnuté změny (%1)…</translation>
    </message>
    <message>
        <source>Re&amp;fused changes…</source>
        <translation>&amp;Odmítnuté změny…</translation>
    </message>
</context>
<context>
    <name>teren::TargetsDialog</name>
    <message>
        <source>Whole region</source>
        <translation>Celý kraj</translation>
    </message>
    <message>
        <source>Locality %1</source>
        <translation>Lokalita %1</translation>
    </message>
    <message>
        <source>Provider %1</source>
        <translation>Poskytovatel %1</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Nastavení cílové hodnoty</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Odebrání cílové hodnoty</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cílové hodnoty</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Ukazatel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Rozsah</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cílová hodnota</translation>
    </message>
    <message>
        <source>Set a target (one per indicator, year and scope; saving again changes it):</source>
        <translation>Nastavit cílovou hodnotu (jednu pro ukazatel, rok a rozsah; opětovné uložení ji změní):</translation>
    </message>
    <message>
        <source>&amp;Save target</source>
        <translation>&amp;Uložit cílovou hodnotu</translation>
    </message>
    <message>
        <source>&amp;Remove the selected target</source>
        <translation>&amp;Odebrat vybranou cílovou hodnotu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>teren::TimelineTab</name>
    <message>
        <source>No goals in the plan yet</source>
        <translation>V plánu zatím nejsou žádné cíle</translation>
    </message>
    <message>
        <source>Add goals to the client&apos;s needs on the Individual plan tab.</source>
        <translation>Cíle k potřebám klienta přidáte na kartě Individuální plán.</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Vyberte klienta</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Měřítko:</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 týdny</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 měsíce</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 měsíců</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 rok</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 roky</translation>
    </message>
    <message>
        <source>How much time the visible width shows (Ctrl+wheel, Ctrl+= and Ctrl+- zoom too)</source>
        <translation>Jak dlouhé období se vejde na šířku okna (měřítko mění také Ctrl+kolečko, Ctrl+= a Ctrl+-)</translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation>Přejít na &amp;dnešek</translation>
    </message>
    <message>
        <source>Scroll the timeline to today</source>
        <translation>Posunout časovou osu na dnešní den</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tisk…</translation>
    </message>
    <message>
        <source>Print the whole timeline; choose &quot;Selection&quot; in the print dialog to print only the dates now visible</source>
        <translation>Vytiskne celou časovou osu; chcete-li vytisknout jen právě zobrazené období, zvolte v dialogu tisku „Výběr“</translation>
    </message>
    <message>
        <source>Goal timeline: %1</source>
        <translation>Časová osa cílů: %1</translation>
    </message>
    <message>
        <source>Print the goal timeline</source>
        <translation>Tisk časové osy cílů</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <comment>%1: a day with its weekday, &quot;on Monday, 2 November 2026&quot;</comment>
        <translation>Vytištěno %1</translation>
    </message>
</context>
<context>
    <name>teren::TimelineView</name>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Needs and goals</source>
        <translation>Potřeby a cíle</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stav: %1</translation>
    </message>
    <message>
        <source>Identified on: %1</source>
        <translation>Zjištěno: %1</translation>
    </message>
    <message>
        <source>Closed on: %1</source>
        <translation>Uzavřeno: %1</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>Cílové datum: %1</translation>
    </message>
    <message>
        <source>No target date</source>
        <translation>Bez cílového data</translation>
    </message>
    <message>
        <source>Achieved on: %1</source>
        <translation>Dosaženo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Po termínu %n den</numerusform>
            <numerusform>Po termínu %n dny</numerusform>
            <numerusform>Po termínu %n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Splněné kroky: %1 z %2</translation>
    </message>
    <message>
        <source>Step of the goal: %1</source>
        <translation>Krok k cíli: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Odpovídá: %1</translation>
    </message>
    <message>
        <source>Due on: %1</source>
        <translation>Termín: %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Bez termínu</translation>
    </message>
    <message>
        <source>Done on: %1</source>
        <translation>Splněno: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Dosažený</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřený</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po termínu</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Nedosažený</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Zrušený</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Krok splněný</translation>
    </message>
    <message>
        <source>Step to do</source>
        <translation>Krok k provedení</translation>
    </message>
    <message>
        <source>Step overdue</source>
        <translation>Krok po termínu</translation>
    </message>
</context>
<context>
    <name>teren::UnopenableFileDialog</name>
    <message>
        <source>The file cannot be opened</source>
        <translation>Soubor nelze otevřít</translation>
    </message>
    <message>
        <source>%1 cannot be opened for work.</source>
        <translation>Soubor %1 nelze otevřít k práci.</translation>
    </message>
    <message>
        <source>The latest good backup: %1. Restoring it keeps this file aside, as it is.</source>
        <translation>Poslední dobrá záloha: %1. Její obnovení odloží tento soubor stranou, tak jak je.</translation>
    </message>
    <message>
        <source>Restore the latest &amp;backup</source>
        <translation>Obnovit poslední &amp;zálohu</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Otevřít jen pro č&amp;tení</translation>
    </message>
    <message>
        <source>Open it &amp;as it is</source>
        <translation>Otevřít &amp;tak, jak je</translation>
    </message>
    <message>
        <source>&amp;Salvage what can be read into a new file</source>
        <translation>&amp;Zachránit, co jde přečíst, do nového souboru</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>teren::WeekView</name>
    <message>
        <source>All clients</source>
        <translation>Všichni klienti</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Kroky po termínu</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Termín do 7 dnů</translation>
    </message>
    <message>
        <source>Overdue goals</source>
        <translation>Cíle po termínu</translation>
    </message>
    <message numerus="yes">
        <source>No contact for more than %n day(s)</source>
        <translation>
            <numerusform>Bez kontaktu déle než %n den</numerusform>
            <numerusform>Bez kontaktu déle než %n dny</numerusform>
            <numerusform>Bez kontaktu déle než %n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs without a goal after 60 days</source>
        <translation>Potřeby bez cíle po 60 dnech</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This week, from %1</source>
        <translation>Tento týden, od %1</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tento týden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last contact</source>
        <translation>
            <numerusform>%n den od posledního kontaktu</numerusform>
            <numerusform>%n dny od posledního kontaktu</numerusform>
            <numerusform>%n dní od posledního kontaktu</numerusform>
        </translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation>žádný zapsaný kontakt</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Cíl: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Krok: %1</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Splnění kroku</translation>
    </message>
    <message>
        <source>Days &amp;without contact:</source>
        <translation>Dní &amp;bez kontaktu:</translation>
    </message>
    <message>
        <source>Mark step &amp;done</source>
        <translation>Označit krok &amp;splněný</translation>
    </message>
    <message>
        <source>Mark the step on the chosen line done today (Ctrl+D); Ctrl+Z takes it back</source>
        <translation>Označí krok na vybraném řádku jako dnes splněný (Ctrl+D); Ctrl+Z to vrátí</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Pracovník:</translation>
    </message>
    <message>
        <source>Overdue: steps %1, goals %3 · due soon: %2 · no contact: %4 · no goal: %5</source>
        <translation>Po termínu: kroky %1, cíle %3 · do 7 dnů: %2 · bez kontaktu: %4 · bez cíle: %5</translation>
    </message>
</context>
<context>
    <name>teren::WelcomeDialog</name>
    <message>
        <source>Welcome to Terén</source>
        <translation>Vítejte v Terénu</translation>
    </message>
    <message>
        <source>Terén keeps the regional card of your clients&apos; needs, their individual plans and contacts on this computer. It works without any connection.</source>
        <translation>Terén uchovává regionální kartu potřeb vašich klientů, jejich individuální plány a kontakty v tomto počítači. Funguje bez jakéhokoli připojení.</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Otevřít existující databázi…</translation>
    </message>
    <message>
        <source>&amp;Explore the demo region (invented people)</source>
        <translation>&amp;Prohlédnout ukázkový kraj (smyšlené osoby)</translation>
    </message>
    <message>
        <source>&amp;Set up a new region (I coordinate it)…</source>
        <translation>&amp;Založit nový kraj (koordinuji ho)…</translation>
    </message>
    <message>
        <source>&amp;Join a region with an enrolment file from my coordinator…</source>
        <translation>&amp;Připojit se ke kraji zápisovým souborem od koordinátora…</translation>
    </message>
</context>
<context>
    <name>teren::WindowLock</name>
    <message>
        <source>Terén locks as soon as the work in progress has finished.</source>
        <translation>Terén se zamkne, jakmile skončí práce, která právě běží.</translation>
    </message>
    <message>
        <source>The file is encrypted already.</source>
        <translation>Soubor už je zašifrovaný.</translation>
    </message>
    <message>
        <source>Wait until the work in progress has finished, then encrypt the file.</source>
        <translation>Počkejte, až skončí práce, která právě běží, a pak soubor zašifrujte.</translation>
    </message>
    <message>
        <source>The file is encrypted now: its passphrase is asked for when it is opened and when Terén is unlocked.</source>
        <translation>Soubor je teď zašifrovaný: jeho heslo se zadává při otevření souboru a při odemčení Terénu.</translation>
    </message>
</context>
<context>
    <name>teren::WorkerForm</name>
    <message>
        <source>Add worker</source>
        <translation>Přidat pracovníka</translation>
    </message>
    <message>
        <source>Edit worker: %1</source>
        <translation>Upravit pracovníka: %1</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— žádný —</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Poskytovatel:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation>Pracuje &amp;od:</translation>
    </message>
    <message>
        <source>Edit worker</source>
        <translation>Úprava pracovníka</translation>
    </message>
</context>
<context>
    <name>teren::WorkersDialog</name>
    <message>
        <source>Workers</source>
        <translation>Pracovníci</translation>
    </message>
    <message>
        <source>The people doing the work, with their provider and role. A worker who leaves is retired from a last working day, never deleted: old records keep their name. Their clients are handed over to another worker first.</source>
        <translation>Lidé, kteří práci dělají, s poskytovatelem a rolí. Pracovníkovi, který odchází, se působení ukončí k poslednímu pracovnímu dni, nikdy se nemaže: starší záznamy si jeho jméno ponechají. Jeho klienty je nejdřív třeba předat jinému pracovníkovi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Poskytovatel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Pracuje od</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Poslední den</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Ukončit působení…</translation>
    </message>
    <message>
        <source>&amp;Hand over all clients…</source>
        <translation>Př&amp;edat všechny klienty…</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Poslední pracovní den: %1</translation>
    </message>
    <message>
        <source>Hand over all clients of %1</source>
        <translation>Předat všechny klienty: %1</translation>
    </message>
</context>
</TS>
