<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>ClientRepository</name>
    <message>
        <source>Enter the client&apos;s name or an alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of birth must be between 1900 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>goal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>goal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes must be between 0 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place (field, office or phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervention type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A touched need must be one of this client&apos;s needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CooperationRepository</name>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation cannot end (%1) before it started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the cooperation ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An end reason needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing of the last change was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is in use by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written (it is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Terén database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the file %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>The region&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locality&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locality&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locality with the code &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target applies to a locality or to a provider, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedRepository</name>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity must be 1 (low), 2 (medium) or 3 (high), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the need was identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open need has no closed date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolved need has an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the need was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolved need needs an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome &quot;%1&quot; does not belong to the area &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need cannot move to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open needs have a priority order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>need this goal belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizon (short, medium or long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An achieved goal needs the date it was achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an achieved goal has a date achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal this step belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need this step&apos;s goal belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot be before the need was identified (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The file %1 was written by a newer version of Terén (data format %2; this version reads up to %3). It was not changed; update Terén to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Terén database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
