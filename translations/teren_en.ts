<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>teren::ExportBundleDialog</name>
    <message numerus="yes">
        <source>Bundle %1 saved to %2 with %n change(s). Take it to the coordinator.</source>
        <translation>
            <numerusform>Bundle %1 saved to %2 with %n change. Take it to the coordinator.</numerusform>
            <numerusform>Bundle %1 saved to %2 with %n changes. Take it to the coordinator.</numerusform>
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
    <name>teren::TimelineView</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
