<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccessPdf</name>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, %n min</numerusform>
            <numerusform>%1, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <source>error: %n bad row(s); nothing was imported</source>
        <translation>
            <numerusform>error: %n bad row; nothing was imported</numerusform>
            <numerusform>error: %n bad rows; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 written to %2: %n change(s).</source>
        <translation>
            <numerusform>Bundle %1 written to %2: %n change.</numerusform>
            <numerusform>Bundle %1 written to %2: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: %n bundle(s) refused</source>
        <translation>
            <numerusform>error: %n bundle refused</numerusform>
            <numerusform>error: %n bundles refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflict.</numerusform>
            <numerusform>%n conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolment for &quot;%1&quot; written to %2: %n record(s).</source>
        <translation>
            <numerusform>Enrolment for &quot;%1&quot; written to %2: %n record.</numerusform>
            <numerusform>Enrolment for &quot;%1&quot; written to %2: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) now assigned to other workers removed from this laptop.</source>
        <translation>
            <numerusform>%n client now assigned to another worker removed from this laptop.</numerusform>
            <numerusform>%n clients now assigned to other workers removed from this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) handed over to %1.</source>
        <translation>
            <numerusform>%n client handed over to %1.</numerusform>
            <numerusform>%n clients handed over to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s).</source>
        <translation>
            <numerusform>%n refused change.</numerusform>
            <numerusform>%n refused changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolled as &quot;%1&quot; in the region &quot;%2&quot; (coordinator&apos;s installation &quot;%3&quot;): %n new record(s).</source>
        <translation>
            <numerusform>Enrolled as &quot;%1&quot; in the region &quot;%2&quot; (coordinator&apos;s installation &quot;%3&quot;): %n new record.</numerusform>
            <numerusform>Enrolled as &quot;%1&quot; in the region &quot;%2&quot; (coordinator&apos;s installation &quot;%3&quot;): %n new records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied into %1; the tables listed first lost rows that could not be read.</source>
        <translation>
            <numerusform>%n row copied into %1; the tables listed first lost rows that could not be read.</numerusform>
            <numerusform>%n rows copied into %1; the tables listed first lost rows that could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statistical bundle %1 written to %2: a snapshot of the region, %n row(s).</source>
        <translation>
            <numerusform>Statistical bundle %1 written to %2: a snapshot of the region, %n row.</numerusform>
            <numerusform>Statistical bundle %1 written to %2: a snapshot of the region, %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s) after the last cooperation ended (given with --years).</source>
        <translation>
            <numerusform>Retention period: %n year after the last cooperation ended (given with --years).</numerusform>
            <numerusform>Retention period: %n years after the last cooperation ended (given with --years).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s) after the last cooperation ended (the region&apos;s setting).</source>
        <translation>
            <numerusform>Retention period: %n year after the last cooperation ended (the region&apos;s setting).</numerusform>
            <numerusform>Retention period: %n years after the last cooperation ended (the region&apos;s setting).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) past retention.</source>
        <translation>
            <numerusform>%n client past retention.</numerusform>
            <numerusform>%n clients past retention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) anonymised: their names and texts are gone from this file and its history.</source>
        <translation>
            <numerusform>%n client anonymised: their names and texts are gone from this file and its history.</numerusform>
            <numerusform>%n clients anonymised: their names and texts are gone from this file and its history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockCheck</name>
    <message numerus="yes">
        <source>This computer&apos;s clock says %1, but this file holds changes dated as late as %2, %n day(s) later. If the clock is wrong, set the date and time right before you change anything: every change is dated with them, and the newer change wins when laptops&apos; work is merged.</source>
        <translation>
            <numerusform>This computer&apos;s clock says %1, but this file holds changes dated as late as %2, %n day later. If the clock is wrong, set the date and time right before you change anything: every change is dated with them, and the newer change wins when laptops&apos; work is merged.</numerusform>
            <numerusform>This computer&apos;s clock says %1, but this file holds changes dated as late as %2, %n days later. If the clock is wrong, set the date and time right before you change anything: every change is dated with them, and the newer change wins when laptops&apos; work is merged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message numerus="yes">
        <source>The clock of laptop %1 runs %n day(s) ahead: its changes would win over every edit made elsewhere until then.</source>
        <translation>
            <numerusform>The clock of laptop %1 runs %n day ahead: its changes would win over every edit made elsewhere until then.</numerusform>
            <numerusform>The clock of laptop %1 runs %n days ahead: its changes would win over every edit made elsewhere until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock of laptop %1 runs %n day(s) ahead: its changes count as made at this import.</source>
        <translation>
            <numerusform>The clock of laptop %1 runs %n day ahead: its changes count as made at this import.</numerusform>
            <numerusform>The clock of laptop %1 runs %n days ahead: its changes count as made at this import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock of laptop %1 runs %n day(s) ahead: its changes were imported as stamped; only the coordinator can make them count as made at the import.</source>
        <translation>
            <numerusform>The clock of laptop %1 runs %n day ahead: its changes were imported as stamped; only the coordinator can make them count as made at the import.</numerusform>
            <numerusform>The clock of laptop %1 runs %n days ahead: its changes were imported as stamped; only the coordinator can make them count as made at the import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupActivityRepository</name>
    <message numerus="yes">
        <source>%n clients are named among the participants, but only %1 took part: raise the number of participants or name fewer clients.</source>
        <translation>
            <numerusform>%n client is named among the participants, but only %1 took part: raise the number of participants or name fewer clients.</numerusform>
            <numerusform>%n clients are named among the participants, but only %1 took part: raise the number of participants or name fewer clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%n change(s) refused: %1</source>
        <translation>
            <numerusform>%n change refused: %1</numerusform>
            <numerusform>%n changes refused: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The statistics of the region &quot;%1&quot; are now this snapshot; %n row(s) of the previous one removed.</source>
        <translation>
            <numerusform>The statistics of the region &quot;%1&quot; are now this snapshot; %n row of the previous one removed.</numerusform>
            <numerusform>The statistics of the region &quot;%1&quot; are now this snapshot; %n rows of the previous one removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalvageReport</name>
    <message numerus="yes">
        <source>%1: %n row(s) copied; the rest could not be read (%2)</source>
        <translation>
            <numerusform>%1: %n row copied; the rest could not be read (%2)</numerusform>
            <numerusform>%1: %n rows copied; the rest could not be read (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n row(s) copied</source>
        <translation>
            <numerusform>%1: the %n row copied</numerusform>
            <numerusform>%1: all %n rows copied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkerRepository</name>
    <message numerus="yes">
        <source>%1 still has %n client(s); hand them over to another worker first.</source>
        <translation>
            <numerusform>%1 still has %n client; hand them over to another worker first.</numerusform>
            <numerusform>%1 still has %n clients; hand them over to another worker first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::BackupStatus</name>
    <message numerus="yes">
        <source>Last backup %n day(s) ago</source>
        <translation>
            <numerusform>Last backup %n day ago</numerusform>
            <numerusform>Last backup %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::ClientListPanel</name>
    <message numerus="yes">
        <source>%n client(s) shown</source>
        <translation>
            <numerusform>%n client shown</numerusform>
            <numerusform>%n clients shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not every client could be read; the list shows %n of them. %1</source>
        <translation>
            <numerusform>Not every client could be read; the list shows %n of them. %1</numerusform>
            <numerusform>Not every client could be read; the list shows %n of them. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::ConflictReviewDialog</name>
    <message numerus="yes">
        <source>%n field(s) were changed on two laptops without either seeing the other&apos;s edit. The newer value is the current one; the other is kept. Decide which stays.</source>
        <translation>
            <numerusform>%n field was changed on two laptops without either seeing the other&apos;s edit. The newer value is the current one; the other is kept. Decide which stays.</numerusform>
            <numerusform>%n fields were changed on two laptops without either seeing the other&apos;s edit. The newer value is the current one; the other is kept. Decide which stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::ContactsTab</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n need</numerusform>
            <numerusform>%n needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of records may be the same person: the same name (whatever the diacritics and the order of names), birth year and locality. Merge the ones that are; the record kept then shows everything recorded under either.</source>
        <translation>
            <numerusform>%n pair of records may be the same person: the same name (whatever the diacritics and the order of names), birth year and locality. Merge it if it is; the record kept then shows everything recorded under either.</numerusform>
            <numerusform>%n pairs of records may be the same person: the same name (whatever the diacritics and the order of names), birth year and locality. Merge the ones that are; the record kept then shows everything recorded under either.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::EnrolWorkerDialog</name>
    <message numerus="yes">
        <source>Enrolment for %1 saved to %2 with %n record(s). On the new laptop: Sync → Join a region…, with this file.</source>
        <translation>
            <numerusform>Enrolment for %1 saved to %2 with %n record. On the new laptop: Sync → Join a region…, with this file.</numerusform>
            <numerusform>Enrolment for %1 saved to %2 with %n records. On the new laptop: Sync → Join a region…, with this file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolment for %1 saved to %2 with %n record(s). On the new laptop: Sync → Join a region…, with this file and the passphrase (tell it in person, not with the file).</source>
        <translation>
            <numerusform>Enrolment for %1 saved to %2 with %n record. On the new laptop: Sync → Join a region…, with this file and the passphrase (tell it in person, not with the file).</numerusform>
            <numerusform>Enrolment for %1 saved to %2 with %n records. On the new laptop: Sync → Join a region…, with this file and the passphrase (tell it in person, not with the file).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::ExportBundleDialog</name>
    <message numerus="yes">
        <source>Bundle %1 saved to %2 with %n change(s). Take it to the coordinator.</source>
        <translation>
            <numerusform>Bundle %1 saved to %2 with %n change. Take it to the coordinator.</numerusform>
            <numerusform>Bundle %1 saved to %2 with %n changes. Take it to the coordinator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statistical bundle %1 saved to %2: a snapshot of the region with %n row(s), without names, free text or keys that lead back to a person.</source>
        <translation>
            <numerusform>Statistical bundle %1 saved to %2: a snapshot of the region with %n row, without names, free text or keys that lead back to a person.</numerusform>
            <numerusform>Statistical bundle %1 saved to %2: a snapshot of the region with %n rows, without names, free text or keys that lead back to a person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::GroupWorkListDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::HandOverDialog</name>
    <message numerus="yes">
        <source>Hand over %n client(s)</source>
        <translation>
            <numerusform>Hand over %n client</numerusform>
            <numerusform>Hand over %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::ImportBundlesDialog</name>
    <message numerus="yes">
        <source>Cancelled after %n bundle(s).</source>
        <translation>
            <numerusform>Cancelled after %n bundle.</numerusform>
            <numerusform>Cancelled after %n bundles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused; the others were imported.</source>
        <translation>
            <numerusform>%n bundle refused; the others were imported.</numerusform>
            <numerusform>%n bundles refused; the others were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) now assigned to other workers removed from this laptop.</source>
        <translation>
            <numerusform>%n client now assigned to another worker removed from this laptop.</numerusform>
            <numerusform>%n clients now assigned to other workers removed from this laptop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::JoinRegionDialog</name>
    <message numerus="yes">
        <source>Joined the region &quot;%1&quot; as %2: %n record(s) came in. Your bundles for the coordinator are now trusted without exchanging keys.</source>
        <translation>
            <numerusform>Joined the region &quot;%1&quot; as %2: %n record came in. Your bundles for the coordinator are now trusted without exchanging keys.</numerusform>
            <numerusform>Joined the region &quot;%1&quot; as %2: %n records came in. Your bundles for the coordinator are now trusted without exchanging keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::MainWindow</name>
    <message numerus="yes">
        <source>%n client(s) handed over to %1.</source>
        <translation>
            <numerusform>%n client handed over to %1.</numerusform>
            <numerusform>%n clients handed over to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lock &amp;when idle: after %n minute(s)…</source>
        <translation>
            <numerusform>Lock &amp;when idle: after %n minute…</numerusform>
            <numerusform>Lock &amp;when idle: after %n minutes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::NewClientDialog</name>
    <message numerus="yes">
        <source>Possibly registered already (%n record(s)): %1.</source>
        <translation>
            <numerusform>Possibly registered already (%n record): %1.</numerusform>
            <numerusform>Possibly registered already (%n records): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::NewPassphraseFields</name>
    <message numerus="yes">
        <source>at least %n characters, e.g. a few words</source>
        <translation>
            <numerusform>at least %n character, e.g. a few words</numerusform>
            <numerusform>at least %n characters, e.g. a few words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::PlanTab</name>
    <message numerus="yes">
        <source>%n goal(s) in the plan</source>
        <translation>
            <numerusform>%n goal in the plan</numerusform>
            <numerusform>%n goals in the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::RegionSetupWizard</name>
    <message numerus="yes">
        <source>Finishing creates %1 with:

• the region %2
• %3
• %n provider(s): %4

This computer then becomes the region&apos;s coordinator installation: it enrols the workers&apos; laptops, and the region&apos;s workers, providers, localities and codelists are changed here.</source>
        <translation>
            <numerusform>Finishing creates %1 with:

• the region %2
• %3
• %n provider: %4

This computer then becomes the region&apos;s coordinator installation: it enrols the workers&apos; laptops, and the region&apos;s workers, providers, localities and codelists are changed here.</numerusform>
            <numerusform>Finishing creates %1 with:

• the region %2
• %3
• %n providers: %4

This computer then becomes the region&apos;s coordinator installation: it enrols the workers&apos; laptops, and the region&apos;s workers, providers, localities and codelists are changed here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::RetentionDialog</name>
    <message numerus="yes">
        <source>%n client(s) past retention.</source>
        <translation>
            <numerusform>%n client past retention.</numerusform>
            <numerusform>%n clients past retention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n client(s)?

Their names, phone numbers, notes and every text about them are wiped from this file and its history, and from every laptop this change reaches; codes, dates, birth year and gender stay, so every report reads as before. This cannot be undone, and the list of edits to undo is cleared.</source>
        <translation>
            <numerusform>Anonymise %n client?

Their names, phone numbers, notes and every text about them are wiped from this file and its history, and from every laptop this change reaches; codes, dates, birth year and gender stay, so every report reads as before. This cannot be undone, and the list of edits to undo is cleared.</numerusform>
            <numerusform>Anonymise %n clients?

Their names, phone numbers, notes and every text about them are wiped from this file and its history, and from every laptop this change reaches; codes, dates, birth year and gender stay, so every report reads as before. This cannot be undone, and the list of edits to undo is cleared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::RetireWorkerDialog</name>
    <message numerus="yes">
        <source>%1 still has %n client(s). Hand them over to another worker first:</source>
        <translation>
            <numerusform>%1 still has %n client. Hand them over to another worker first:</numerusform>
            <numerusform>%1 still has %n clients. Hand them over to another worker first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Hand over %n client(s)</source>
        <translation>
            <numerusform>&amp;Hand over %n client</numerusform>
            <numerusform>&amp;Hand over %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n client(s)</source>
        <translation>
            <numerusform>Hand over %n client</numerusform>
            <numerusform>Hand over %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::TimelineView</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>teren::WeekView</name>
    <message numerus="yes">
        <source>No contact for more than %n day(s)</source>
        <translation>
            <numerusform>No contact for more than %n day</numerusform>
            <numerusform>No contact for more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last contact</source>
        <translation>
            <numerusform>%n day since the last contact</numerusform>
            <numerusform>%n days since the last contact</numerusform>
        </translation>
    </message>
</context>
</TS>
