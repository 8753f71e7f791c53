<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AnnotatedReportHtml</name>
    <message>
        <source>ANNOTATED REPORT</source>
        <translation>ADRODDIAD ANODEDIG</translation>
    </message>
    <message numerus="yes">
        <source>Claims in the inspected body&apos;s own words, shown apart and not counted as findings: %n</source>
        <translation>
            <numerusform>Honiadau yng ngeiriau&apos;r corff a arolygwyd ei hun, a ddangosir ar wahân ac nas cyfrifir yn ganfyddiadau: %n</numerusform>
            <numerusform>Honiadau yng ngeiriau&apos;r corff a arolygwyd ei hun, a ddangosir ar wahân ac nas cyfrifir yn ganfyddiadau: %n</numerusform>
            <numerusform>Honiadau yng ngeiriau&apos;r corff a arolygwyd ei hun, a ddangosir ar wahân ac nas cyfrifir yn ganfyddiadau: %n</numerusform>
            <numerusform>Honiadau yng ngeiriau&apos;r corff a arolygwyd ei hun, a ddangosir ar wahân ac nas cyfrifir yn ganfyddiadau: %n</numerusform>
            <numerusform>Honiadau yng ngeiriau&apos;r corff a arolygwyd ei hun, a ddangosir ar wahân ac nas cyfrifir yn ganfyddiadau: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the inspected body&apos;s own words</source>
        <translation>geiriau&apos;r corff a arolygwyd ei hun</translation>
    </message>
    <message>
        <source>No plan entry.</source>
        <translation>Dim cofnod yn y cynllun.</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Cynllun:</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>dim perchennog</translation>
    </message>
    <message>
        <source>due</source>
        <translation>erbyn</translation>
    </message>
    <message>
        <source>Claims in the inspected body&apos;s own words come last, after a line of their own; they are not the review&apos;s findings and are never counted as gaps.</source>
        <translation>Daw honiadau yng ngeiriau&apos;r corff a arolygwyd ei hun yn olaf, ar ôl llinell eu hunain; nid canfyddiadau&apos;r adolygiad ydyn nhw ac nid ydyn nhw byth yn cael eu cyfrif yn fylchau.</translation>
    </message>
    <message>
        <source>The inspected body&apos;s own claims (not gaps)</source>
        <translation>Honiadau&apos;r corff a arolygwyd ei hun (nid bylchau)</translation>
    </message>
    <message>
        <source>No notes on passages.</source>
        <translation>Dim nodiadau ar ddarnau.</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briff</translation>
    </message>
    <message>
        <source>partly addresses</source>
        <translation>yn mynd i&apos;r afael â hi&apos;n rhannol</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>yn gwrth-ddweud</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>yn ymateb i</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>yn mynd i&apos;r afael â</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>tudalen we</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dyblyg</translation>
    </message>
    <message>
        <source>teaser</source>
        <translation>rhagflas</translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation>testun safonol</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Ffeil ffynhonnell</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>canfyddiadau</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>blaenoriaethau</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>dyfyniadau</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>ymatebion</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tagiau</translation>
    </message>
    <message>
        <source>links</source>
        <translation>cysylltiadau</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 o %2)</translation>
    </message>
    <message>
        <source>%1 of the review&apos;s findings are linked to a priority %2</source>
        <translation>Mae %1 o ganfyddiadau&apos;r adolygiad wedi&apos;u cysylltu â blaenoriaeth %2</translation>
    </message>
    <message>
        <source>%1 of priorities are supported by a finding %2</source>
        <translation>Mae %1 o&apos;r blaenoriaethau wedi&apos;u hategu gan ganfyddiad %2</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagiau:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Yr adroddiad</translation>
    </message>
    <message>
        <source>source p.&#xa0;%1</source>
        <translation>t.&#xa0;%1 y ffynhonnell</translation>
    </message>
    <message>
        <source>[note&#xa0;%1]</source>
        <translation>[nodyn&#xa0;%1]</translation>
    </message>
    <message>
        <source>Supported by:</source>
        <translation>Wedi&apos;i hategu gan:</translation>
    </message>
    <message>
        <source>Contradicted by:</source>
        <translation>Wedi&apos;i gwrth-ddweud gan:</translation>
    </message>
    <message>
        <source>Responses:</source>
        <translation>Ymatebion:</translation>
    </message>
    <message>
        <source>Links to:</source>
        <translation>Cysylltiadau â:</translation>
    </message>
    <message>
        <source>No finding supports this priority.</source>
        <translation>Nid oes canfyddiad yn ategu&apos;r flaenoriaeth hon.</translation>
    </message>
    <message>
        <source>Priorities:</source>
        <translation>Blaenoriaethau:</translation>
    </message>
    <message>
        <source>Linked from:</source>
        <translation>Cysylltiadau o:</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <source>Traceability matrix</source>
        <translation>Matrics olrheiniadwyedd</translation>
    </message>
    <message>
        <source>Rows are findings (and other passages linked to a priority), columns the priorities for action. %1 addresses, %2 partly addresses, %3 contradicts, %4 responds to. %5 rows and columns have no link: gaps.</source>
        <translation>Canfyddiadau yw&apos;r rhesi (a darnau eraill sydd wedi&apos;u cysylltu â blaenoriaeth), a&apos;r blaenoriaethau i&apos;w gweithredu yw&apos;r colofnau. %1 yn mynd i&apos;r afael â, %2 yn mynd i&apos;r afael â hi&apos;n rhannol, %3 yn gwrth-ddweud, %4 yn ymateb i. Nid oes cysylltiad gan y rhesi a&apos;r colofnau %5: bylchau.</translation>
    </message>
    <message>
        <source>Highlighted</source>
        <translation>wedi&apos;u hamlygu</translation>
    </message>
    <message>
        <source>With more than %1 priorities the matrix comes in slices of %1 columns, each showing the rows linked into it.</source>
        <translation>Gyda mwy na %1 o flaenoriaethau daw&apos;r matrics mewn darnau o %1 colofn, pob un yn dangos y rhesi sydd wedi&apos;u cysylltu ag ef.</translation>
    </message>
    <message>
        <source>The report has no priorities to trace.</source>
        <translation>Nid oes blaenoriaethau i&apos;w holrhain yn yr adroddiad.</translation>
    </message>
    <message>
        <source>The report has no findings to trace.</source>
        <translation>Nid oes canfyddiadau i&apos;w holrhain yn yr adroddiad.</translation>
    </message>
    <message>
        <source>Findings with no link to any priority</source>
        <translation>Canfyddiadau heb gysylltiad ag unrhyw flaenoriaeth</translation>
    </message>
    <message>
        <source>None: every finding is linked.</source>
        <translation>Dim: mae pob canfyddiad wedi&apos;i gysylltu.</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Blaenoriaethau</translation>
    </message>
    <message>
        <source>no supporting finding</source>
        <translation>dim canfyddiad ategol</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>The report has no priorities for action.</source>
        <translation>Nid oes blaenoriaethau i&apos;w gweithredu yn yr adroddiad.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>No plan entry</source>
        <translation>Dim cofnod yn y cynllun</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>on the whole report</source>
        <translation>ar yr adroddiad cyfan</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>ar %1</translation>
    </message>
    <message>
        <source>Appendix: what the import changed</source>
        <translation>Atodiad: beth a newidiodd y mewnforio</translation>
    </message>
    <message>
        <source>The report text above is the cleaned text. These words were repaired and these passages removed when the report was imported.</source>
        <translation>Y testun wedi&apos;i lanhau yw testun yr adroddiad uchod. Trwsiwyd y geiriau hyn a thynnwyd y darnau hyn pan fewnforiwyd yr adroddiad.</translation>
    </message>
    <message>
        <source>Repaired words (%1)</source>
        <translation>Geiriau a drwsiwyd (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <source>As imported</source>
        <translation>Fel y&apos;i mewnforiwyd</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Wedi&apos;i drwsio</translation>
    </message>
    <message>
        <source>Removed text (%1)</source>
        <translation>Testun a dynnwyd (%1)</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Clawr</translation>
    </message>
    <message>
        <source>The report states no overall judgement.</source>
        <translation>Nid yw&apos;r adroddiad yn nodi barn gyffredinol.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>as the priority says</source>
        <translation>fel y dywed y flaenoriaeth</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Dim blaenoriaeth</translation>
    </message>
    <message>
        <source>Actions overdue as of %1: %2 of %3.</source>
        <translation>Camau gweithredu yn hwyr ar %1: %2 o %3.</translation>
    </message>
</context>
<context>
    <name>AnnotatedReportPrinter</name>
    <message>
        <source>(p.&#xa0;%1)</source>
        <translation>(t.&#xa0;%1)</translation>
    </message>
    <message>
        <source>Annotated by Scrutiny</source>
        <translation>Wedi&apos;i anodi gan Scrutiny</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>Read, tag and cross-link inspection reports.</source>
        <translation>Darllen, tagio a chroesgysylltu adroddiadau arolygu.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Dangos y fersiwn.</translation>
    </message>
    <message>
        <source>Reports to import (text, web page, PDF), or a .scrutiny project to open.</source>
        <translation>Adroddiadau i&apos;w mewnforio (testun, tudalen we, PDF), neu brosiect .scrutiny i&apos;w agor.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FFEIL...]</translation>
    </message>
    <message>
        <source>Use this project (otherwise $SCRUTINY_PROJECT, otherwise the one used last).</source>
        <translation>Defnyddio&apos;r prosiect hwn (fel arall $SCRUTINY_PROJECT, fel arall yr un a ddefnyddiwyd ddiwethaf).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>llwybr</translation>
    </message>
    <message>
        <source>Colour theme (a KSyntaxHighlighting theme name).</source>
        <translation>Thema lliw (enw thema KSyntaxHighlighting).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <source>Language for this run: en or cy (Cymraeg).</source>
        <translation>Iaith ar gyfer y tro hwn: en (Saesneg) neu cy (Cymraeg).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>cod</translation>
    </message>
    <message>
        <source>Name recorded in the journal for this run (otherwise $SCRUTINY_AUTHOR, the name in Settings or your account&apos;s name).</source>
        <translation>Yr enw a gofnodir yn y cofnod newidiadau ar gyfer y tro hwn (fel arall $SCRUTINY_AUTHOR, yr enw yn y Gosodiadau neu enw eich cyfrif).</translation>
    </message>
    <message>
        <source>--author needs a name</source>
        <translation>Mae angen enw ar --author</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Import a report (text, web page or PDF), clean and segment it, and print the result</source>
        <translation>Mewnforio adroddiad (testun, tudalen we neu PDF), ei lanhau a&apos;i segmentu, ac argraffu&apos;r canlyniad</translation>
    </message>
    <message>
        <source>Import a report into the project and print its document id</source>
        <translation>Mewnforio adroddiad i&apos;r prosiect ac argraffu rhif ei ddogfen</translation>
    </message>
    <message>
        <source>List the documents of the project</source>
        <translation>Rhestru dogfennau&apos;r prosiect</translation>
    </message>
    <message>
        <source>Show a document&apos;s segments with their tags, links, notes and plan</source>
        <translation>Dangos segmentau dogfen gyda&apos;u tagiau, eu cysylltiadau, eu nodiadau a&apos;u cynllun</translation>
    </message>
    <message>
        <source>Remove a document and its annotations</source>
        <translation>Dileu dogfen a&apos;i hanodiadau</translation>
    </message>
    <message>
        <source>Tag segments (e.g. 1:F3, or 1:F1,F2,F3 as one step); a new tag name creates the tag</source>
        <translation>Tagio segmentau (e.e. 1:F3, neu 1:F1,F2,F3 fel un cam); mae enw tag newydd yn creu&apos;r tag</translation>
    </message>
    <message>
        <source>Remove a tag from segments (one step)</source>
        <translation>Tynnu tag oddi ar segmentau (un cam)</translation>
    </message>
    <message>
        <source>List the project&apos;s tags and how often each is used</source>
        <translation>Rhestru tagiau&apos;r prosiect a pha mor aml y defnyddir pob un</translation>
    </message>
    <message>
        <source>Link segments of a document to one (e.g. 1:F3 1:P2, or 1:F1,F3 1:P2 as one step)</source>
        <translation>Cysylltu segmentau dogfen ag un arall (e.e. 1:F3 1:P2, neu 1:F1,F3 1:P2 fel un cam)</translation>
    </message>
    <message>
        <source>Remove a link</source>
        <translation>Dileu cysylltiad</translation>
    </message>
    <message>
        <source>List links (id, from -&gt; to, type, author, note)</source>
        <translation>Rhestru cysylltiadau (rhif, o -&gt; i, math, awdur, nodyn)</translation>
    </message>
    <message>
        <source>Set the Markdown note on a segment (1:F3) or a document (1); empty text removes it</source>
        <translation>Gosod y nodyn Markdown ar segment (1:F3) neu ddogfen (1); mae testun gwag yn ei ddileu</translation>
    </message>
    <message>
        <source>Set the action plan of a priority (e.g. 1:P2)</source>
        <translation>Gosod cynllun gweithredu blaenoriaeth (e.e. 1:P2)</translation>
    </message>
    <message>
        <source>Full-text search of segments and notes, best first, matches marked **like this**</source>
        <translation>Chwilio testun llawn y segmentau a&apos;r nodiadau, y gorau yn gyntaf, a&apos;r cyfatebiaethau wedi&apos;u marcio **fel hyn**</translation>
    </message>
    <message>
        <source>Undo your newest step (the newest of the author, or of the session)</source>
        <translation>Dadwneud eich cam diweddaraf (y diweddaraf gan yr awdur, neu yn y sesiwn)</translation>
    </message>
    <message>
        <source>Redo your step undone last (of the author, or of the session)</source>
        <translation>Ailwneud y cam a ddadwnaed olaf (gan yr awdur, neu yn y sesiwn)</translation>
    </message>
    <message>
        <source>The record of every change: id, time (UTC), author, session, action, description</source>
        <translation>Cofnod pob newid: rhif, amser (UTC), awdur, sesiwn, gweithred, disgrifiad</translation>
    </message>
    <message>
        <source>Correct a segment&apos;s kind, side or speaker</source>
        <translation>Cywiro math, ochr neu siaradwr segment</translation>
    </message>
    <message>
        <source>Split a segment at an offset or before some words</source>
        <translation>Hollti segment mewn safle neu cyn geiriau penodol</translation>
    </message>
    <message>
        <source>Merge a segment with the one after it</source>
        <translation>Uno segment â&apos;r un sy&apos;n ei ddilyn</translation>
    </message>
    <message>
        <source>Export a document with its annotations</source>
        <translation>Allforio dogfen gyda&apos;i hanodiadau</translation>
    </message>
    <message>
        <source>Suggest which priority each finding supports and each council response answers (from -&gt; to, score, type, reason); rejected and linked pairs are left out</source>
        <translation>Awgrymu pa flaenoriaeth y mae pob canfyddiad yn ei chefnogi a phob ymateb gan y cyngor yn ei hateb (o -&gt; i, sgôr, math, rheswm); gadewir allan y parau a wrthodwyd neu a gysylltwyd</translation>
    </message>
    <message>
        <source>Accept a suggestion: link FROM to the priority TO (e.g. 1:F3 1:P2; 1:F1,F3 1:P2 is one step)</source>
        <translation>Derbyn awgrym: cysylltu FROM â&apos;r flaenoriaeth TO (e.e. 1:F3 1:P2; mae 1:F1,F3 1:P2 yn un cam)</translation>
    </message>
    <message>
        <source>Reject a suggestion so that it is not offered again</source>
        <translation>Gwrthod awgrym fel na chaiff ei gynnig eto</translation>
    </message>
    <message>
        <source>Show or set the committee-pack cover (committee, meeting, date, agenda-item, officer, version); an empty VALUE clears a field</source>
        <translation>Dangos neu osod clawr y pecyn pwyllgor (committee, meeting, date, agenda-item, officer, version); mae VALUE gwag yn clirio maes</translation>
    </message>
    <message>
        <source>Write a repaired copy of a damaged project (the project itself is not changed)</source>
        <translation>Ysgrifennu copi wedi&apos;i drwsio o brosiect sydd wedi&apos;i ddifrodi (ni newidir y prosiect ei hun)</translation>
    </message>
    <message>
        <source>Record that report LATER follows up report EARLIER (a report series)</source>
        <translation>Cofnodi bod adroddiad LATER yn dilyn adroddiad EARLIER (cyfres o adroddiadau)</translation>
    </message>
    <message>
        <source>Take a report out of its series; the others keep their order and links</source>
        <translation>Tynnu adroddiad o&apos;i gyfres; mae&apos;r lleill yn cadw eu trefn a&apos;u cysylltiadau</translation>
    </message>
    <message>
        <source>List the report series of the project; --propose suggests new ones to confirm with follows</source>
        <translation>Rhestru cyfresi adroddiadau&apos;r prosiect; mae --propose yn awgrymu rhai newydd i&apos;w cadarnhau â follows</translation>
    </message>
    <message>
        <source>Progress on report DOC&apos;s priorities through every later report of its series</source>
        <translation>Cynnydd yn erbyn blaenoriaethau adroddiad DOC drwy bob adroddiad diweddarach yn ei gyfres</translation>
    </message>
    <message>
        <source>Link a later finding to an earlier priority with a progress type (met, progress, not-met, repeat, not-applicable)</source>
        <translation>Cysylltu canfyddiad diweddarach â blaenoriaeth gynharach gyda math o gynnydd (met, progress, not-met, repeat, not-applicable)</translation>
    </message>
</context>
<context>
    <name>CoverCommand</name>
    <message>
        <source>usage: %1</source>
        <translation>defnydd: %1</translation>
    </message>
    <message>
        <source>unknown cover field &quot;%1&quot;; use one of: %2</source>
        <translation>maes clawr anhysbys &quot;%1&quot;; defnyddiwch un o: %2</translation>
    </message>
    <message>
        <source>cleared the cover&apos;s %1</source>
        <translation>cliriwyd %1 y clawr</translation>
    </message>
    <message>
        <source>cover %1: %2</source>
        <translation>clawr %1: %2</translation>
    </message>
</context>
<context>
    <name>CoverDetails</name>
    <message>
        <source>Committee</source>
        <translation>Pwyllgor</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Eitem ar yr agenda</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>document id</source>
        <translation>dynodydd y ddogfen</translation>
    </message>
    <message>
        <source>document title</source>
        <translation>teitl y ddogfen</translation>
    </message>
    <message>
        <source>id</source>
        <translation>dynodydd</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>math</translation>
    </message>
    <message>
        <source>side</source>
        <translation>ochr</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>siaradwr</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tagiau</translation>
    </message>
    <message>
        <source>linked priorities</source>
        <translation>blaenoriaethau cysylltiedig</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>wedi&apos;i ategu gan</translation>
    </message>
    <message>
        <source>link notes</source>
        <translation>nodiadau ar gysylltiadau</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>nodiadau</translation>
    </message>
    <message>
        <source>plan owner</source>
        <translation>perchennog y cynllun</translation>
    </message>
    <message>
        <source>plan due</source>
        <translation>dyddiad erbyn y cynllun</translation>
    </message>
    <message>
        <source>plan status</source>
        <translation>statws y cynllun</translation>
    </message>
    <message>
        <source>plan evidence</source>
        <translation>tystiolaeth y cynllun</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>findings %1, priorities %2, quotes %3, responses %4, links %5</source>
        <translation>canfyddiadau %1, blaenoriaethau %2, dyfyniadau %3, ymatebion %4, cysylltiadau %5</translation>
    </message>
    <message>
        <source>Document %1: %2</source>
        <translation>Dogfen %1: %2</translation>
    </message>
    <message>
        <source>File: %1 (%2), imported %3</source>
        <translation>Ffeil: %1 (%2), mewnforiwyd %3</translation>
    </message>
    <message>
        <source>Judgement: serving %1; prospects %2</source>
        <translation>Barn: y gwasanaeth %1; rhagolygon %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <source>speaker: %1 (%2)</source>
        <translation>siaradwr: %1 (%2)</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>tagiau: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nodyn: %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <comment>plan status</comment>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <source>plan: %1; owner %2; due %3</source>
        <translation>cynllun: %1; perchennog %2; erbyn %3</translation>
    </message>
    <message>
        <source>plan: %1; owner %2; due %3; evidence: %4</source>
        <translation>cynllun: %1; perchennog %2; erbyn %3; tystiolaeth: %4</translation>
    </message>
    <message>
        <source>removed document %1</source>
        <translation>dilëwyd dogfen %1</translation>
    </message>
</context>
<context>
    <name>DocumentExportFormats</name>
    <message>
        <source>%1 export needs a file: add -o FILE</source>
        <translation>mae angen ffeil i allforio %1: ychwanegwch -o FILE</translation>
    </message>
    <message>
        <source>--page-size does not apply to --annotate-original: the original keeps its own pages</source>
        <translation>nid yw --page-size yn berthnasol i --annotate-original: mae&apos;r gwreiddiol yn cadw ei dudalennau ei hun</translation>
    </message>
    <message>
        <source>--annotate-original needs a document imported from a PDF; %1 is %2</source>
        <translation>mae angen dogfen a fewnforiwyd o PDF ar --annotate-original; fformat %1 yw %2</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n segment(s) not found in the original PDF: %1</source>
        <translation>
            <numerusform>rhybudd: ni chafwyd hyd i %n segment yn y PDF gwreiddiol: %1</numerusform>
            <numerusform>rhybudd: ni chafwyd hyd i %n segment yn y PDF gwreiddiol: %1</numerusform>
            <numerusform>rhybudd: ni chafwyd hyd i %n segment yn y PDF gwreiddiol: %1</numerusform>
            <numerusform>rhybudd: ni chafwyd hyd i %n segment yn y PDF gwreiddiol: %1</numerusform>
            <numerusform>rhybudd: ni chafwyd hyd i %n segment yn y PDF gwreiddiol: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;; use A4 or Letter</source>
        <translation>maint tudalen anhysbys &quot;%1&quot;; defnyddiwch A4 neu Letter</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>cannot write to standard output</source>
        <translation>methu ag ysgrifennu i&apos;r allbwn safonol</translation>
    </message>
    <message>
        <source>%1: cannot write it (%2)</source>
        <translation>%1: methu â&apos;i hysgrifennu (%2)</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output</source>
        <translation>Ysgrifennu i FILE yn lle&apos;r allbwn safonol</translation>
    </message>
    <message>
        <source>pdf: A4 (default) or Letter; not with --annotate-original</source>
        <translation>pdf: A4 (diofyn) neu Letter; nid gyda --annotate-original</translation>
    </message>
    <message>
        <source>pdf: the original PDF with highlights and notes instead of the annotated report</source>
        <translation>pdf: y PDF gwreiddiol gydag amlygiadau a nodiadau yn lle&apos;r adroddiad anodedig</translation>
    </message>
    <message>
        <source>The language of the export&apos;s headings and labels: en or cy (Cymraeg); default the language scrutiny-cli speaks (its --language, else the system&apos;s)</source>
        <translation>Iaith penawdau a labeli&apos;r allforio: en neu cy (Cymraeg); yn ddiofyn, yr iaith y mae scrutiny-cli yn ei siarad (ei --language, fel arall iaith y system)</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use one of: %2</source>
        <translation>fformat allforio anhysbys &quot;%1&quot;; defnyddiwch un o: %2</translation>
    </message>
    <message>
        <source>--page-size and --annotate-original apply to pdf only</source>
        <translation>mae --page-size a --annotate-original yn berthnasol i pdf yn unig</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Fformatau:</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>The parse contract with the annotations</source>
        <translation>Yr un JSON â parse, gyda&apos;r anodiadau</translation>
    </message>
    <message>
        <source>Annotated PDF for a committee pack (--page-size A4|Letter); with --annotate-original, the original PDF with highlights and notes</source>
        <translation>PDF anodedig ar gyfer pecyn pwyllgor (--page-size A4|Letter); gyda --annotate-original, y PDF gwreiddiol gydag amlygiadau a nodiadau</translation>
    </message>
    <message>
        <source>One self-contained HTML file, the same content as the PDF</source>
        <translation>Un ffeil HTML hunangynhwysol, gyda&apos;r un cynnwys â&apos;r PDF</translation>
    </message>
    <message>
        <source>One row per segment (UTF-8 with BOM, RFC 4180)</source>
        <translation>Un rhes fesul segment (UTF-8 gyda BOM, RFC 4180)</translation>
    </message>
    <message>
        <source>REFI-QDA project for ATLAS.ti, NVivo, MAXQDA, QualCoder</source>
        <translation>Prosiect REFI-QDA ar gyfer ATLAS.ti, NVivo, MAXQDA, QualCoder</translation>
    </message>
    <message>
        <source>Progress against DOC&apos;s priorities through its series: table, disagreements, repeat findings</source>
        <translation>Cynnydd yn erbyn blaenoriaethau DOC drwy ei gyfres: tabl, anghytundebau, canfyddiadau a ailadroddir</translation>
    </message>
    <message>
        <source>The same progress data as CSV: one row per priority and later report, then repeat findings</source>
        <translation>Yr un data cynnydd fel CSV: un rhes fesul blaenoriaeth ac adroddiad diweddarach, yna&apos;r canfyddiadau a ailadroddir</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>undone: %1</source>
        <translation>dadwnaed: %1</translation>
    </message>
    <message>
        <source>redone: %1</source>
        <translation>ailwnaed: %1</translation>
    </message>
    <message>
        <source>Latest N entries (default 100)</source>
        <translation>Yr N cofnod diweddaraf (diofyn 100)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>mae angen rhif positif ar --limit</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>FILE is the JSON of `scrutiny-cli parse`</source>
        <translation>FILE yw JSON `scrutiny-cli parse`</translation>
    </message>
    <message>
        <source>FILE is a corrected version of document DOC</source>
        <translation>FILE yw fersiwn wedi&apos;i chywiro o ddogfen DOC</translation>
    </message>
    <message>
        <source>File name to record (for standard input)</source>
        <translation>Enw&apos;r ffeil i&apos;w gofnodi (ar gyfer y mewnbwn safonol)</translation>
    </message>
    <message>
        <source>Refuse reports larger than MB megabytes (default 200)</source>
        <translation>Gwrthod adroddiadau sy&apos;n fwy na MB megabeit (diofyn 200)</translation>
    </message>
    <message>
        <source>--max-size needs a size in megabytes, not &quot;%1&quot;</source>
        <translation>mae angen maint mewn megabeit ar --max-size, nid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: not the JSON of `scrutiny-cli parse` (%2)</source>
        <translation>%1: nid JSON `scrutiny-cli parse` yw hwn (%2)</translation>
    </message>
    <message>
        <source>%1 is already in the project as document %2 (same contents)</source>
        <translation>mae %1 eisoes yn y prosiect fel dogfen %2 (yr un cynnwys)</translation>
    </message>
    <message>
        <source>could not place %1 (kept in the document note)</source>
        <translation>methu â lleoli %1 (fe&apos;i cadwyd yn nodyn y ddogfen)</translation>
    </message>
</context>
<context>
    <name>LinkCommands</name>
    <message>
        <source>addresses (default), partly-addresses, contradicts or responds-to</source>
        <translation>addresses (diofyn), partly-addresses, contradicts neu responds-to</translation>
    </message>
    <message>
        <source>A note on the link</source>
        <translation>Nodyn ar y cysylltiad</translation>
    </message>
    <message>
        <source>links join segments of one document; %1 and %2 are in different ones</source>
        <translation>mae cysylltiadau&apos;n uno segmentau un ddogfen; mae %1 a %2 mewn dogfennau gwahanol</translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot;; use addresses, partly-addresses, contradicts or responds-to</source>
        <translation>math cysylltiad anhysbys &quot;%1&quot;; defnyddiwch addresses, partly-addresses, contradicts neu responds-to</translation>
    </message>
    <message>
        <source>link %1: %2 %3 %4</source>
        <comment>link id: from, type, to</comment>
        <translation>cysylltiad %1: %2 %3 %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link id; use `unlink FROM TO` or a link id from `links`</source>
        <translation>nid yw &quot;%1&quot; yn rhif cysylltiad; defnyddiwch `unlink FROM TO` neu rif cysylltiad o `links`</translation>
    </message>
    <message>
        <source>no link %1 in the project</source>
        <translation>nid oes cysylltiad %1 yn y prosiect</translation>
    </message>
    <message>
        <source>%1 is not linked to %2</source>
        <translation>nid yw %1 wedi&apos;i gysylltu â %2</translation>
    </message>
    <message>
        <source>removed link %1</source>
        <translation>dilëwyd cysylltiad %1</translation>
    </message>
</context>
<context>
    <name>LinkEditDialog</name>
    <message>
        <source>Edit Link</source>
        <translation>Golygu Cysylltiad</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Math o gysylltiad</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Link note</source>
        <translation>Nodyn ar y cysylltiad</translation>
    </message>
    <message>
        <source>Why these belong together, or what is missing</source>
        <translation>Pam mae&apos;r rhain yn perthyn i&apos;w gilydd, neu beth sydd ar goll</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Dileu&apos;r Cysylltiad</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scrutiny</source>
        <translation>Scrutiny</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Yn mewnforio…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Agor &amp;Diweddar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>All&amp;forio</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Anodi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>Prosiect &amp;Newydd…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Creu ffeil prosiect wag</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Agor &amp;Prosiect…</translation>
    </message>
    <message>
        <source>Open a .scrutiny project file</source>
        <translation>Agor ffeil prosiect .scrutiny</translation>
    </message>
    <message>
        <source>&amp;Default Project</source>
        <translation>Prosiect Di&amp;ofyn</translation>
    </message>
    <message>
        <source>Switch to the default project</source>
        <translation>Newid i&apos;r prosiect diofyn</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>&amp;Agor Adroddiad…</translation>
    </message>
    <message>
        <source>Import a report (text, web page, PDF) or open a project</source>
        <translation>Mewnforio adroddiad (testun, tudalen we, PDF) neu agor prosiect</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Chwilio…</translation>
    </message>
    <message>
        <source>Search the report or the whole project</source>
        <translation>Chwilio&apos;r adroddiad neu&apos;r prosiect cyfan</translation>
    </message>
    <message>
        <source>&amp;Next Segment</source>
        <translation>Segment N&amp;esaf</translation>
    </message>
    <message>
        <source>Select the next segment (J)</source>
        <translation>Dewis y segment nesaf (J)</translation>
    </message>
    <message>
        <source>&amp;Previous Segment</source>
        <translation>Segment B&amp;laenorol</translation>
    </message>
    <message>
        <source>Select the previous segment (K)</source>
        <translation>Dewis y segment blaenorol (K)</translation>
    </message>
    <message>
        <source>Follow &amp;System Colours</source>
        <translation>Dilyn Lliwiau&apos;r &amp;System</translation>
    </message>
    <message>
        <source>Light or dark theme following the desktop palette</source>
        <translation>Thema olau neu dywyll sy&apos;n dilyn palet y bwrdd gwaith</translation>
    </message>
    <message>
        <source>&amp;About Scrutiny</source>
        <translation>&amp;Ynghylch Scrutiny</translation>
    </message>
</context>
<context>
    <name>NoteAndPlanCommands</name>
    <message>
        <source>cannot read standard input</source>
        <translation>methu â darllen y mewnbwn safonol</translation>
    </message>
    <message>
        <source>removed the note on %1</source>
        <translation>dilëwyd y nodyn ar %1</translation>
    </message>
    <message>
        <source>noted on %1</source>
        <translation>cadwyd nodyn ar %1</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Pwy sy&apos;n gyfrifol</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD; empty clears it)</source>
        <translation>Dyddiad erbyn (YYYY-MM-DD; mae gwag yn ei glirio)</translation>
    </message>
    <message>
        <source>not started, in progress, done, overdue or will not implement</source>
        <translation>not started, in progress, done, overdue neu will not implement</translation>
    </message>
    <message>
        <source>Evidence of progress</source>
        <translation>Tystiolaeth o gynnydd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation>nid yw &quot;%1&quot; yn ddyddiad; defnyddiwch YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use not started, in progress, done, overdue or will not implement</source>
        <translation>statws anhysbys &quot;%1&quot;; defnyddiwch not started, in progress, done, overdue neu will not implement</translation>
    </message>
    <message>
        <source>plan %1: %2</source>
        <translation>cynllun %1: %2</translation>
    </message>
</context>
<context>
    <name>OriginalPdfAnnotator</name>
    <message>
        <source>Plan: no plan entry</source>
        <translation>Cynllun: dim cofnod yn y cynllun</translation>
    </message>
    <message>
        <source>Plan: %1, due %2, %3</source>
        <translation>Cynllun: %1, erbyn %2, %3</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>dim perchennog</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briff</translation>
    </message>
    <message>
        <source>partly addresses</source>
        <translation>yn mynd i&apos;r afael â hi&apos;n rhannol</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>yn gwrth-ddweud</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>yn ymateb i</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>yn mynd i&apos;r afael â</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Siaradwr: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tagiau: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <source>Plan: %1, due %2, %3 (%4)</source>
        <translation>Cynllun: %1, erbyn %2, %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OverallJudgements</name>
    <message>
        <source>Verdict</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Prospects for improvement</source>
        <translation>Rhagolygon ar gyfer gwella</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Sgôr gyffredinol</translation>
    </message>
    <message>
        <source>In the report&apos;s words</source>
        <translation>Yng ngeiriau&apos;r adroddiad</translation>
    </message>
</context>
<context>
    <name>ParseCommand</name>
    <message>
        <source>(not stated)</source>
        <comment>judgement</comment>
        <translation>(heb ei nodi)</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Teitl: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Fformat: %1</translation>
    </message>
    <message>
        <source>Judgement: serving %1; prospects %2</source>
        <translation>Barn: y gwasanaeth %1; rhagolygon %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>tudalen %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <comment>speaker</comment>
        <translation>(dienw)</translation>
    </message>
    <message>
        <source>Repairs:</source>
        <translation>Atgyweiriadau:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Tynnwyd:</translation>
    </message>
    <message>
        <source>json (the default) or text, an outline</source>
        <translation>json (diofyn) neu text, amlinelliad</translation>
    </message>
    <message>
        <source>Refuse reports larger than MB megabytes (default 200)</source>
        <translation>Gwrthod adroddiadau sy&apos;n fwy na MB megabeit (diofyn 200)</translation>
    </message>
    <message>
        <source>parse: --format needs a value (json or text)</source>
        <translation>parse: mae angen gwerth ar --format (json neu text)</translation>
    </message>
    <message>
        <source>parse: --max-size needs a size in megabytes, not &quot;%1&quot;</source>
        <translation>parse: mae angen maint mewn megabeit ar --max-size, nid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parse: only one FILE may be given</source>
        <translation>parse: rhowch un FILE yn unig</translation>
    </message>
    <message>
        <source>parse: unknown option %1</source>
        <translation>parse: dewis anhysbys %1</translation>
    </message>
    <message>
        <source>parse: unknown format &quot;%1&quot; (json or text)</source>
        <translation>parse: fformat anhysbys &quot;%1&quot; (json neu text)</translation>
    </message>
    <message>
        <source>parse: no FILE given (use - for standard input)</source>
        <translation>parse: ni roddwyd FILE (defnyddiwch - ar gyfer y mewnbwn safonol)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>mewnbwn safonol</translation>
    </message>
    <message>
        <source>parse: cannot write the result: %1</source>
        <translation>parse: methu ag ysgrifennu&apos;r canlyniad: %1</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>in progress</source>
        <translation>ar y gweill</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>yn hwyr</translation>
    </message>
    <message>
        <source>will not implement</source>
        <translation>ni chaiff ei weithredu</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>heb ddechrau</translation>
    </message>
</context>
<context>
    <name>Polarity</name>
    <message>
        <source>strength</source>
        <translation>cryfder</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>gwendid</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>cymysg</translation>
    </message>
</context>
<context>
    <name>ProgressExportFormats</name>
    <message>
        <source>progress-pdf export needs a file: add -o FILE</source>
        <translation>mae angen ffeil i allforio progress-pdf: ychwanegwch -o FILE</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;; use A4 or Letter</source>
        <translation>maint tudalen anhysbys &quot;%1&quot;; defnyddiwch A4 neu Letter</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Dewis anhysbys &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Dewisiadau anhysbys: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Gwerth ar goll ar ôl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Gwerth annisgwyl ar ôl &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>tag %1 with %2</source>
        <translation>rhoi&apos;r tag %2 ar %1</translation>
    </message>
    <message>
        <source>untag %1 from %2</source>
        <translation>tynnu&apos;r tag %2 oddi ar %1</translation>
    </message>
    <message>
        <source>create tag %1</source>
        <translation>creu&apos;r tag %1</translation>
    </message>
    <message>
        <source>link %1 to %2</source>
        <translation>cysylltu %1 â %2</translation>
    </message>
    <message>
        <source>unlink %1 from %2</source>
        <translation>datgysylltu %1 oddi wrth %2</translation>
    </message>
</context>
<context>
    <name>RepairCommand</name>
    <message>
        <source>The damaged project</source>
        <translation>Y prosiect sydd wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>The repaired copy (a new file)</source>
        <translation>Y copi wedi&apos;i drwsio (ffeil newydd)</translation>
    </message>
    <message>
        <source>repair needs --project and --output; usage: scrutiny-cli %1</source>
        <translation>mae angen --project a --output ar repair; defnydd: scrutiny-cli %1</translation>
    </message>
    <message>
        <source>%1: %2; %3 was left untouched</source>
        <translation>%1: %2; ni chyffyrddwyd â %3</translation>
    </message>
</context>
<context>
    <name>Scrutiny</name>
    <message>
        <source>Not reported</source>
        <translation>Heb ei adrodd</translation>
    </message>
</context>
<context>
    <name>Scrutiny::AboutDialog</name>
    <message>
        <source>About Scrutiny</source>
        <translation>Ynghylch Scrutiny</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scrutiny %1&lt;/h2&gt;&lt;p&gt;Read, tag and cross-link inspection reports.&lt;/p&gt;&lt;p&gt;Scrutiny is free software: you can redistribute it and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public Licence&lt;/a&gt;, version 3 or (at your choice) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Scrutiny %1&lt;/h2&gt;&lt;p&gt;Darllen, tagio a chroesgysylltu adroddiadau arolygu.&lt;/p&gt;&lt;p&gt;Mae Scrutiny yn feddalwedd rydd: gallwch ei hailddosbarthu a&apos;i newid o dan delerau &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Trwydded Gyhoeddus Gyffredinol GNU&lt;/a&gt;, fersiwn 3 neu (yn ôl eich dewis) unrhyw fersiwn diweddarach. Nid oes gwarant gyda hi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Scrutiny is built on these libraries:</source>
        <translation>Mae Scrutiny wedi&apos;i adeiladu ar y llyfrgelloedd hyn:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Llyfrgell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Defnyddir ar gyfer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ActionPlanView</name>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>No report open</source>
        <translation>Dim adroddiad ar agor</translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>Add Action &amp;Without Priority</source>
        <translation>Ychwanegu cam gweithredu &amp;heb flaenoriaeth</translation>
    </message>
    <message>
        <source>&amp;Remove Action</source>
        <translation>&amp;Dileu cam gweithredu</translation>
    </message>
    <message>
        <source>Another action for the selected priority (Insert)</source>
        <translation>Cam gweithredu arall ar gyfer y flaenoriaeth a ddewiswyd (Insert)</translation>
    </message>
    <message>
        <source>An action tied to no priority</source>
        <translation>Cam gweithredu nad yw&apos;n perthyn i unrhyw flaenoriaeth</translation>
    </message>
    <message>
        <source>Remove the selected action (Ctrl+Delete)</source>
        <translation>Dileu&apos;r cam gweithredu a ddewiswyd (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Add Action to Priority</source>
        <translation>Ychwanegu cam gweithredu at flaenoriaeth</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>Dileu cam gweithredu</translation>
    </message>
    <message>
        <source>The selected action in full, with its history</source>
        <translation>Y cam gweithredu a ddewiswyd yn llawn, gyda&apos;i hanes</translation>
    </message>
    <message>
        <source>Select an action to read its priority in full and who changed what, when.</source>
        <translation>Dewiswch gam gweithredu i ddarllen ei flaenoriaeth yn llawn a phwy a newidiodd beth, a phryd.</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Cam gweithredu: %1</translation>
    </message>
    <message>
        <source>%1 set to “%2”</source>
        <translation>%1 wedi&apos;i osod yn “%2”</translation>
    </message>
    <message>
        <source>%1 changed from “%2” to “%3”</source>
        <translation>%1 wedi newid o “%2” i “%3”</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>History, newest first:</source>
        <translation>Hanes, y diweddaraf yn gyntaf:</translation>
    </message>
    <message numerus="yes">
        <source>%n actions · %1 with an owner or date · %2 done · %3 overdue</source>
        <translation>
            <numerusform>%n cam gweithredu · %1 â pherchennog neu ddyddiad · %2 wedi’u cwblhau · %3 yn hwyr</numerusform>
            <numerusform>%n cam gweithredu · %1 â pherchennog neu ddyddiad · %2 wedi’u cwblhau · %3 yn hwyr</numerusform>
            <numerusform>%n cam gweithredu · %1 â pherchennog neu ddyddiad · %2 wedi’u cwblhau · %3 yn hwyr</numerusform>
            <numerusform>%n cam gweithredu · %1 â pherchennog neu ddyddiad · %2 wedi’u cwblhau · %3 yn hwyr</numerusform>
            <numerusform>%n cam gweithredu · %1 â pherchennog neu ddyddiad · %2 wedi’u cwblhau · %3 yn hwyr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::Cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>Mae angen gwerth ar %1</translation>
    </message>
    <message>
        <source>Name recorded in the journal (default: $SCRUTINY_AUTHOR or your full name)</source>
        <translation>Yr enw a gofnodir yn y cofnod newidiadau (diofyn: $SCRUTINY_AUTHOR neu eich enw llawn)</translation>
    </message>
    <message>
        <source>Session id recorded in the journal (default: $SCRUTINY_SESSION or a new one)</source>
        <translation>Dynodydd y sesiwn a gofnodir yn y cofnod newidiadau (diofyn: $SCRUTINY_SESSION neu un newydd)</translation>
    </message>
    <message>
        <source>--author needs a name</source>
        <translation>Mae angen enw ar --author</translation>
    </message>
    <message>
        <source>--session needs an id (as `scrutiny-cli journal` shows)</source>
        <translation>Mae angen dynodydd ar --session (fel y mae `scrutiny-cli journal` yn ei ddangos)</translation>
    </message>
    <message>
        <source>name segments of one document at a time; %1 and %2 are in different ones</source>
        <translation>enwch segmentau un ddogfen ar y tro; mae %1 a %2 mewn dogfennau gwahanol</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty segment label</source>
        <translation>Mae label segment gwag gan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Only the entries of this author</source>
        <translation>Dim ond cofnodion yr awdur hwn</translation>
    </message>
    <message>
        <source>Usage: scrutiny-cli [GLOBAL OPTIONS] COMMAND [OPTIONS] [ARGS...]</source>
        <translation>Defnydd: scrutiny-cli [GLOBAL OPTIONS] COMMAND [OPTIONS] [ARGS...]</translation>
    </message>
    <message>
        <source>Import, clean, segment, annotate and export inspection reports.</source>
        <translation>Mewnforio, glanhau, segmentu, anodi ac allforio adroddiadau arolygu.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s options</source>
        <translation>Dangos y cymorth hwn, neu ddewisiadau gorchymyn</translation>
    </message>
    <message>
        <source>Global options (before the command, or among its options):</source>
        <translation>Dewisiadau cyffredinol (cyn y gorchymyn, neu ymhlith ei ddewisiadau):</translation>
    </message>
    <message>
        <source>The project (otherwise $SCRUTINY_PROJECT, otherwise the
default project, the one the Scrutiny window uses)</source>
        <translation>Y prosiect (fel arall $SCRUTINY_PROJECT, fel arall y prosiect
diofyn, yr un y mae ffenestr Scrutiny yn ei ddefnyddio)</translation>
    </message>
    <message>
        <source>Milliseconds to wait for another program&apos;s write</source>
        <translation>Milieiliadau i aros i raglen arall orffen ysgrifennu</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Dangos y cymorth hwn</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Dangos y fersiwn</translation>
    </message>
    <message>
        <source>Name recorded in the journal; default $SCRUTINY_AUTHOR,
else your full name</source>
        <translation>Yr enw a gofnodir yn y cofnod newidiadau; yn ddiofyn
$SCRUTINY_AUTHOR, fel arall eich enw llawn</translation>
    </message>
    <message>
        <source>Session recorded in the journal, and whose steps undo
and redo take; default $SCRUTINY_SESSION, else a new one</source>
        <translation>Y sesiwn a gofnodir yn y cofnod newidiadau, a&apos;r un y mae undo a
redo yn gweithio ar ei chamau; yn ddiofyn $SCRUTINY_SESSION,
fel arall un newydd</translation>
    </message>
    <message>
        <source>Language of the messages and help, and of exports: en or
cy (Cymraeg); default the system&apos;s (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG), else en. Only before the command</source>
        <translation>Iaith y negeseuon a&apos;r cymorth, a&apos;r allforion: en neu cy
(Cymraeg); yn ddiofyn iaith y system (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG), fel arall en. Cyn y gorchymyn yn unig</translation>
    </message>
    <message>
        <source>A FILE of - reads standard input. `scrutiny-cli help COMMAND` shows a command&apos;s options.</source>
        <translation>Mae FILE o - yn darllen y mewnbwn safonol. Mae `scrutiny-cli help COMMAND` yn dangos dewisiadau gorchymyn.</translation>
    </message>
    <message>
        <source>unknown option %1; see scrutiny-cli --help</source>
        <translation>dewis anhysbys %1; gweler scrutiny-cli --help</translation>
    </message>
    <message>
        <source>%1 needs a value; see scrutiny-cli --help</source>
        <translation>mae angen gwerth ar %1; gweler scrutiny-cli --help</translation>
    </message>
    <message>
        <source>no command given; see scrutiny-cli --help</source>
        <translation>ni roddwyd gorchymyn; gweler scrutiny-cli --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see scrutiny-cli --help</source>
        <translation>gorchymyn anhysbys &quot;%1&quot;; gweler scrutiny-cli --help</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>iaith anhysbys &quot;%1&quot;; defnyddiwch un o: %2</translation>
    </message>
    <message>
        <source>Usage: scrutiny-cli [--project PATH] %1</source>
        <translation>Defnydd: scrutiny-cli [--project PATH] %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a command&apos;s summary as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Dewisiadau:</translation>
    </message>
    <message>
        <source>The project (otherwise $SCRUTINY_PROJECT, otherwise the default project)</source>
        <translation>Y prosiect (fel arall $SCRUTINY_PROJECT, fel arall y prosiect diofyn)</translation>
    </message>
    <message>
        <source>Open the project read-only (commands that change it refuse)</source>
        <translation>Agor y prosiect i&apos;w ddarllen yn unig (mae gorchmynion sy&apos;n ei newid yn gwrthod)</translation>
    </message>
    <message>
        <source>%1; usage: scrutiny-cli %2</source>
        <translation>%1; defnydd: scrutiny-cli %2</translation>
    </message>
    <message>
        <source>missing arguments; usage: scrutiny-cli %1</source>
        <translation>dadleuon ar goll; defnydd: scrutiny-cli %1</translation>
    </message>
    <message>
        <source>too many arguments; usage: scrutiny-cli %1</source>
        <translation>gormod o ddadleuon; defnydd: scrutiny-cli %1</translation>
    </message>
    <message>
        <source>--busy-timeout needs milliseconds, not &quot;%1&quot;</source>
        <translation>mae angen milieiliadau ar --busy-timeout, nid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: no such project</source>
        <translation>%1: nid oes prosiect o&apos;r fath</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document id (a number, as `scrutiny-cli list` shows)</source>
        <translation>nid yw &quot;%1&quot; yn rhif dogfen (rhif, fel y mae `scrutiny-cli list` yn ei ddangos)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a segment; name one as DOCUMENT:SEGMENT, e.g. 1:F3</source>
        <translation>nid yw &quot;%1&quot; yn segment; enwch un fel DOCUMENT:SEGMENT, e.e. 1:F3</translation>
    </message>
</context>
<context>
    <name>Scrutiny::Concept</name>
    <message>
        <source>leadership</source>
        <translation>arweinyddiaeth</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>adnoddau</translation>
    </message>
    <message>
        <source>commissioning</source>
        <translation>comisiynu</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>canlyniadau</translation>
    </message>
    <message>
        <source>pace</source>
        <translation>cyflymder</translation>
    </message>
    <message>
        <source>workforce</source>
        <translation>gweithlu</translation>
    </message>
    <message>
        <source>assessment and care planning</source>
        <translation>asesu a chynllunio gofal</translation>
    </message>
    <message>
        <source>safeguarding</source>
        <translation>diogelu</translation>
    </message>
    <message>
        <source>children&apos;s services</source>
        <translation>gwasanaethau plant</translation>
    </message>
    <message>
        <source>adult services</source>
        <translation>gwasanaethau oedolion</translation>
    </message>
    <message>
        <source>partnership working</source>
        <translation>gweithio mewn partneriaeth</translation>
    </message>
    <message>
        <source>performance management</source>
        <translation>rheoli perfformiad</translation>
    </message>
    <message>
        <source>planning and strategy</source>
        <translation>cynllunio a strategaeth</translation>
    </message>
    <message>
        <source>organisation and structure</source>
        <translation>trefniadaeth a strwythur</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>ymgysylltu</translation>
    </message>
    <message>
        <source>access to services</source>
        <translation>mynediad at wasanaethau</translation>
    </message>
    <message>
        <source>dignity and rights</source>
        <translation>urddas a hawliau</translation>
    </message>
    <message>
        <source>teaching and learning</source>
        <translation>addysgu a dysgu</translation>
    </message>
    <message>
        <source>additional needs</source>
        <translation>anghenion ychwanegol</translation>
    </message>
    <message>
        <source>welsh language</source>
        <translation>y Gymraeg</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>tai</translation>
    </message>
    <message>
        <source>health and care quality</source>
        <translation>ansawdd iechyd a gofal</translation>
    </message>
</context>
<context>
    <name>Scrutiny::CoverDialog</name>
    <message>
        <source>e.g. Social Care Scrutiny Committee</source>
        <translation>e.e. Pwyllgor Craffu Gofal Cymdeithasol</translation>
    </message>
    <message>
        <source>e.g. Ordinary meeting</source>
        <translation>e.e. Cyfarfod cyffredin</translation>
    </message>
    <message>
        <source>e.g. 14 January 2027</source>
        <translation>e.e. 14 Ionawr 2027</translation>
    </message>
    <message>
        <source>e.g. Item 6</source>
        <translation>e.e. Eitem 6</translation>
    </message>
    <message>
        <source>e.g. the scrutiny officer who prepared the pack</source>
        <translation>e.e. y swyddog craffu a baratôdd y pecyn</translation>
    </message>
    <message>
        <source>e.g. Version 2</source>
        <translation>e.e. Fersiwn 2</translation>
    </message>
    <message>
        <source>Committee Pack Cover</source>
        <translation>Clawr y Pecyn Pwyllgor</translation>
    </message>
    <message>
        <source>Printed on the cover and at the foot of every page. Remembered for this project; leave a field empty to leave it out.</source>
        <translation>Caiff ei argraffu ar y clawr ac ar waelod pob tudalen. Caiff ei gofio ar gyfer y prosiect hwn; gadewch faes yn wag i&apos;w hepgor.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
</context>
<context>
    <name>Scrutiny::DamagedProjectNotice</name>
    <message>
        <source>Save the repaired copy as</source>
        <translation>Cadw&apos;r copi wedi&apos;i drwsio fel</translation>
    </message>
    <message>
        <source>Scrutiny projects (*.scrutiny)</source>
        <translation>Prosiectau Scrutiny (*.scrutiny)</translation>
    </message>
    <message>
        <source>Make a repaired copy…</source>
        <translation>Gwneud copi wedi&apos;i drwsio…</translation>
    </message>
    <message>
        <source>%1 (repaired).scrutiny</source>
        <translation>%1 (wedi&apos;i drwsio).scrutiny</translation>
    </message>
    <message>
        <source>No repaired copy was made: %1</source>
        <translation>Ni wnaed copi wedi&apos;i drwsio: %1</translation>
    </message>
    <message>
        <source>Repaired copy saved as %1 (%2). Open it with File › Open; the damaged project was left as it is.</source>
        <translation>Cadwyd y copi wedi&apos;i drwsio fel %1 (%2). Agorwch ef gyda Ffeil › Agor; gadawyd y prosiect a ddifrodwyd fel y mae.</translation>
    </message>
</context>
<context>
    <name>Scrutiny::EditCommand</name>
    <message>
        <source>Cannot undo or redo “%1”.</source>
        <translation>Methu dadwneud nac ailwneud “%1”.</translation>
    </message>
</context>
<context>
    <name>Scrutiny::EditCommands</name>
    <message>
        <source>create tag %1</source>
        <translation>creu&apos;r tag %1</translation>
    </message>
    <message>
        <source>rename tag %1 to %2</source>
        <translation>ailenwi tag %1 yn %2</translation>
    </message>
    <message>
        <source>recolour tag %1</source>
        <translation>ail-liwio tag %1</translation>
    </message>
    <message>
        <source>move tag %1</source>
        <translation>symud tag %1</translation>
    </message>
    <message>
        <source>give tag %1 key %2</source>
        <translation>rhoi bysell %2 i dag %1</translation>
    </message>
    <message>
        <source>take key from tag %1</source>
        <translation>tynnu&apos;r fysell oddi ar dag %1</translation>
    </message>
    <message>
        <source>merge tag %1 into %2</source>
        <translation>cyfuno tag %1 â %2</translation>
    </message>
    <message>
        <source>delete tag %1</source>
        <translation>dileu tag %1</translation>
    </message>
    <message>
        <source>note on the report</source>
        <translation>nodyn ar yr adroddiad</translation>
    </message>
    <message>
        <source>note on %1</source>
        <translation>nodyn ar %1</translation>
    </message>
    <message>
        <source>edit segment %1</source>
        <translation>golygu segment %1</translation>
    </message>
    <message>
        <source>split %1</source>
        <translation>hollti %1</translation>
    </message>
    <message>
        <source>merge %1 with the next segment</source>
        <translation>cyfuno %1 â&apos;r segment nesaf</translation>
    </message>
    <message>
        <source>edit link %1 → %2</source>
        <translation>golygu cysylltiad %1 → %2</translation>
    </message>
    <message>
        <source>remove link</source>
        <translation>dileu cysylltiad</translation>
    </message>
    <message>
        <source>unlink %1 from %2</source>
        <translation>datgysylltu %1 oddi wrth %2</translation>
    </message>
    <message>
        <source>accept suggestion %1 → %2</source>
        <translation>derbyn awgrym %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestion(s)</source>
        <translation>
            <numerusform>derbyn %n awgrym</numerusform>
            <numerusform>derbyn %n awgrym</numerusform>
            <numerusform>derbyn %n awgrym</numerusform>
            <numerusform>derbyn %n awgrym</numerusform>
            <numerusform>derbyn %n awgrym</numerusform>
        </translation>
    </message>
    <message>
        <source>reject suggestion %1 → %2</source>
        <translation>gwrthod awgrym %1 → %2</translation>
    </message>
    <message>
        <source>change an action of the plan</source>
        <translation>newid cam gweithredu yn y cynllun</translation>
    </message>
    <message>
        <source>plan for %1</source>
        <translation>cynllun ar gyfer %1</translation>
    </message>
    <message>
        <source>add action</source>
        <translation>ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>add action to %1</source>
        <translation>ychwanegu cam gweithredu at %1</translation>
    </message>
    <message>
        <source>remove action</source>
        <translation>dileu cam gweithredu</translation>
    </message>
    <message>
        <source>remove the report</source>
        <translation>tynnu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>set the earlier inspection</source>
        <translation>gosod yr arolygiad cynharach</translation>
    </message>
    <message>
        <source>accept %1</source>
        <translation>derbyn %1</translation>
    </message>
    <message>
        <source>change the cover details</source>
        <translation>newid manylion y clawr</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ExportActions</name>
    <message>
        <source>Annotated &amp;PDF…</source>
        <translation>&amp;PDF Anodedig…</translation>
    </message>
    <message>
        <source>The report with tags, links, matrix, plan and notes, for a committee pack</source>
        <translation>Yr adroddiad gyda thagiau, cysylltiadau, matrics, cynllun a nodiadau, ar gyfer pecyn pwyllgor</translation>
    </message>
    <message>
        <source>&amp;Original PDF with Highlights…</source>
        <translation>PDF &amp;Gwreiddiol gydag Amlygu…</translation>
    </message>
    <message>
        <source>A copy of the original PDF with highlights and notes on each segment</source>
        <translation>Copi o&apos;r PDF gwreiddiol gydag amlygu a nodiadau ar bob segment</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>One self-contained web page with the same content as the PDF</source>
        <translation>Un dudalen we hunangynhwysol gyda&apos;r un cynnwys â&apos;r PDF</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>One row per segment, for spreadsheets</source>
        <translation>Un rhes i bob segment, ar gyfer taenlenni</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <translation>Prosiect &amp;REFI-QDA…</translation>
    </message>
    <message>
        <source>For ATLAS.ti, NVivo, MAXQDA and QualCoder (.qdpx)</source>
        <translation>Ar gyfer ATLAS.ti, NVivo, MAXQDA a QualCoder (.qdpx)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>R&amp;hagolwg Argraffu…</translation>
    </message>
    <message>
        <source>Preview the annotated report as it will print</source>
        <translation>Rhagweld yr adroddiad anodedig fel y bydd yn argraffu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Print the annotated report</source>
        <translation>Argraffu&apos;r adroddiad anodedig</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Tudalen we (*.html)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>Prosiect REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>Methu allforio %1: %2</translation>
    </message>
    <message>
        <source>no report is open</source>
        <translation>nid oes adroddiad ar agor</translation>
    </message>
    <message>
        <source>Print Annotated Report</source>
        <translation>Argraffu&apos;r Adroddiad Anodedig</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Rhagolwg Argraffu</translation>
    </message>
    <message>
        <source>An export is still running; wait for it or cancel it.</source>
        <translation>Mae allforio yn dal i redeg; arhoswch amdano neu canslwch ef.</translation>
    </message>
    <message>
        <source>The cover details were not saved: %1</source>
        <translation>Ni chadwyd manylion y clawr: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Yn allforio %1…</translation>
    </message>
    <message>
        <source>Export of %1 cancelled; nothing was saved.</source>
        <translation>Canslwyd allforio %1; ni chadwyd dim.</translation>
    </message>
    <message>
        <source>Could not save %1: it cannot be replaced.</source>
        <translation>Methu cadw %1: ni ellir ei disodli.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Dangos yn y ffolder</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Wedi cadw yn %1</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Methodd yr argraffu: %1</translation>
    </message>
</context>
<context>
    <name>Scrutiny::HandbookDialog</name>
    <message>
        <source>Scrutiny Handbook</source>
        <translation>Llawlyfr Scrutiny</translation>
    </message>
</context>
<context>
    <name>Scrutiny::HelpActions</name>
    <message>
        <source>Scrutiny &amp;Handbook</source>
        <translation>&amp;Llawlyfr Scrutiny</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Llwybrau Byr y &amp;Bysellfwrdd</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ImportRunner</name>
    <message>
        <source>Import of %1 cancelled; nothing was added.</source>
        <translation>Canslwyd mewnforio %1; ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>%1: could not be imported.</source>
        <translation>%1: methu ei fewnforio.</translation>
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation>%1: methu ei gadw: %2</translation>
    </message>
    <message>
        <source>%1 is already in this project; showing it.</source>
        <translation>Mae %1 yn y prosiect hwn yn barod; yn ei ddangos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 imported; %n annotation(s) could not be placed: %2</source>
        <translation>
            <numerusform>Mewnforiwyd %1; methwyd gosod %n anodiad: %2</numerusform>
            <numerusform>Mewnforiwyd %1; methwyd gosod %n anodiad: %2</numerusform>
            <numerusform>Mewnforiwyd %1; methwyd gosod %n anodiad: %2</numerusform>
            <numerusform>Mewnforiwyd %1; methwyd gosod %n anodiad: %2</numerusform>
            <numerusform>Mewnforiwyd %1; methwyd gosod %n anodiad: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported, but its structure was not recognised: no findings or priorities were found, so every paragraph is context and needs review.</source>
        <translation>Mewnforiwyd %1, ond ni adnabuwyd ei strwythur: ni chafwyd hyd i ganfyddiadau na blaenoriaethau, felly mae pob paragraff yn gyd-destun ac angen ei adolygu.</translation>
    </message>
</context>
<context>
    <name>Scrutiny::Journal</name>
    <message>
        <source>nothing to undo</source>
        <translation>dim i&apos;w ddadwneud</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>dim i&apos;w ailwneud</translation>
    </message>
    <message>
        <source>“%1” is already undone.</source>
        <translation>Mae “%1” wedi&apos;i ddadwneud yn barod.</translation>
    </message>
    <message>
        <source>“%1” is not undone; there is nothing to redo.</source>
        <translation>Nid yw “%1” wedi&apos;i ddadwneud; nid oes dim i&apos;w ailwneud.</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: a newer change by the same person or window replaced it.</source>
        <translation>Methu ailwneud “%1”: mae newid mwy diweddar gan yr un person neu ffenestr wedi cymryd ei le.</translation>
    </message>
    <message>
        <source>“%1” is a record, not a step that can be undone or redone.</source>
        <translation>Cofnod yw “%1”, nid cam y gellir ei ddadwneud na&apos;i ailwneud.</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: its report was removed or replaced since.</source>
        <translation>Methu dadwneud “%1”: mae ei adroddiad wedi&apos;i dynnu neu wedi&apos;i ddisodli ers hynny.</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: its report was removed or replaced since.</source>
        <translation>Methu ailwneud “%1”: mae ei adroddiad wedi&apos;i dynnu neu wedi&apos;i ddisodli ers hynny.</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2 changed the same rows later (%3, %4).</source>
        <translation>Methu dadwneud “%1”: newidiodd %2 yr un rhesi wedyn (%3, %4).</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2 changed the same rows later (%3, %4).</source>
        <translation>Methu ailwneud “%1”: newidiodd %2 yr un rhesi wedyn (%3, %4).</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: what it changed has been changed since (%2 row %3).</source>
        <translation>Methu dadwneud “%1”: mae&apos;r hyn a newidiodd wedi&apos;i newid ers hynny (%2 rhes %3).</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: what it changed has been changed since (%2 row %3).</source>
        <translation>Methu ailwneud “%1”: mae&apos;r hyn a newidiodd wedi&apos;i newid ers hynny (%2 rhes %3).</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: the same report was imported again since, as report %2; remove that one first.</source>
        <translation>Methu dadwneud “%1”: mewnforiwyd yr un adroddiad eto ers hynny, fel adroddiad %2; tynnwch hwnnw yn gyntaf.</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: the removed report&apos;s original file is no longer kept.</source>
        <translation>Methu dadwneud “%1”: nid yw ffeil wreiddiol yr adroddiad a dynnwyd yn cael ei chadw mwyach.</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: the report has been annotated since (%2 row %3).</source>
        <translation>Methu ailwneud “%1”: mae’r adroddiad wedi’i anodi ers hynny (%2 rhes %3).</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: what it refers to has been removed since (%2 row %3).</source>
        <translation>Methu dadwneud “%1”: mae’r hyn y mae’n cyfeirio ato wedi’i dynnu ers hynny (%2 rhes %3).</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: what it refers to has been removed since (%2 row %3).</source>
        <translation>Methu ailwneud “%1”: mae’r hyn y mae’n cyfeirio ato wedi’i dynnu ers hynny (%2 rhes %3).</translation>
    </message>
</context>
<context>
    <name>Scrutiny::LibraryModel</name>
    <message>
        <source>%1
File: %2 (%3)
Imported: %4</source>
        <translation>%1
Ffeil: %2 (%3)
Mewnforiwyd: %4</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Blaenoriaethau</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Follows up report %1 (series %2)</source>
        <translation>Yn dilyn adroddiad %1 (cyfres %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>↳ %1 (follows %2)</source>
        <translation>↳ %1 (yn dilyn %2)</translation>
    </message>
    <message>
        <source>Structure not recognised: no findings or priorities were found; every paragraph is context.</source>
        <translation>Ni adnabuwyd y strwythur: ni chafwyd hyd i ganfyddiadau na blaenoriaethau; mae pob paragraff yn gyd-destun.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) need review</source>
        <translation>
            <numerusform>%n segment i’w adolygu</numerusform>
            <numerusform>%n segment i’w adolygu</numerusform>
            <numerusform>%n segment i’w adolygu</numerusform>
            <numerusform>%n segment i’w adolygu</numerusform>
            <numerusform>%n segment i’w adolygu</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Barn: %1</translation>
    </message>
    <message>
        <source>Findings: %1 · Priorities: %2 · Links: %3</source>
        <translation>Canfyddiadau: %1 · Blaenoriaethau: %2 · Cysylltiadau: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n sgôr</numerusform>
            <numerusform>%n sgôr</numerusform>
            <numerusform>%n sgôr</numerusform>
            <numerusform>%n sgôr</numerusform>
            <numerusform>%n sgôr</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated %1: %2</source>
        <translation>Sgôr %1: %2</translation>
    </message>
</context>
<context>
    <name>Scrutiny::LibraryPanel</name>
    <message>
        <source>Reports in this project</source>
        <translation>Adroddiadau yn y prosiect hwn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Remove from Project…</source>
        <translation>Tynnu o&apos;r Prosiect…</translation>
    </message>
    <message>
        <source>Remove Report</source>
        <translation>Tynnu&apos;r Adroddiad</translation>
    </message>
    <message>
        <source>Remove “%1” and its tags, links, notes and action plan from this project?</source>
        <translation>Tynnu “%1” a&apos;i dagiau, ei gysylltiadau, ei nodiadau a&apos;i gynllun gweithredu o&apos;r prosiect hwn?</translation>
    </message>
</context>
<context>
    <name>Scrutiny::LinkActions</name>
    <message>
        <source>Link to Priority…</source>
        <translation>Cysylltu â Blaenoriaeth…</translation>
    </message>
    <message>
        <source>Link the selected segments to a priority chosen by typing</source>
        <translation>Cysylltu&apos;r segmentau a ddewiswyd â blaenoriaeth a ddewisir drwy deipio</translation>
    </message>
    <message>
        <source>Priority (label or words)</source>
        <translation>Blaenoriaeth (label neu eiriau)</translation>
    </message>
    <message>
        <source>Link to &amp;Priority</source>
        <translation>Cysylltu â &amp;Blaenoriaeth</translation>
    </message>
    <message>
        <source>This report has no priorities</source>
        <translation>Nid oes blaenoriaethau yn yr adroddiad hwn</translation>
    </message>
    <message>
        <source>Link as</source>
        <translation>Cysylltu fel</translation>
    </message>
    <message>
        <source>Link &amp;as:</source>
        <translation>Cysylltu &amp;fel:</translation>
    </message>
    <message>
        <source>Link &amp;As</source>
        <translation>Cysylltu &amp;fel</translation>
    </message>
    <message>
        <source>Addresses (responses: responds to)</source>
        <translation>Yn mynd i&apos;r afael â (ymatebion: yn ymateb i)</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Yn mynd i&apos;r afael â</translation>
    </message>
    <message>
        <source>Partly addresses</source>
        <translation>Yn mynd i&apos;r afael â hi&apos;n rhannol</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Yn gwrth-ddweud</translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation>Yn ymateb i</translation>
    </message>
</context>
<context>
    <name>Scrutiny::LinkEditDialog</name>
    <message>
        <source>Partly addresses</source>
        <translation>Yn mynd i&apos;r afael â hi&apos;n rhannol</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Yn gwrth-ddweud</translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation>Yn ymateb i</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Yn mynd i&apos;r afael â</translation>
    </message>
    <message>
        <source>Link %1 → %2</source>
        <translation>Cysylltiad %1 → %2</translation>
    </message>
    <message>
        <source>This link no longer exists.</source>
        <translation>Nid yw&apos;r cysylltiad hwn yn bodoli mwyach.</translation>
    </message>
</context>
<context>
    <name>Scrutiny::LinkReason</name>
    <message>
        <source>no shared words</source>
        <translation>dim geiriau cyffredin</translation>
    </message>
    <message>
        <source>word: %1</source>
        <translation>gair: %1</translation>
    </message>
    <message>
        <source>words: %1</source>
        <translation>geiriau: %1</translation>
    </message>
    <message>
        <source>shared words</source>
        <translation>geiriau cyffredin</translation>
    </message>
    <message>
        <source>cites paragraph %1; %2</source>
        <translation>yn dyfynnu paragraff %1; %2</translation>
    </message>
</context>
<context>
    <name>Scrutiny::MainWindow</name>
    <message>
        <source>Selected: %1</source>
        <translation>Wedi dewis: %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Llyfrgell</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Strwythur</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Olrheiniadwyedd</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>&amp;Edit Segment…</source>
        <translation>&amp;Golygu Segment…</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>&amp;Rheoli Tagiau…</translation>
    </message>
    <message>
        <source>Select a segment first (click it, or move with J and K).</source>
        <translation>Dewiswch segment yn gyntaf (cliciwch arno, neu symudwch gyda J a K).</translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before switching project.</source>
        <translation>Arhoswch i&apos;r mewnforio orffen (neu canslwch ef) cyn newid prosiect.</translation>
    </message>
    <message>
        <source>Cannot open project %1: %2</source>
        <translation>Methu agor prosiect %1: %2</translation>
    </message>
    <message>
        <source>%1 is read-only: you can read, search and export it, but not change it.</source>
        <translation>Mae %1 i&apos;w ddarllen yn unig: gallwch ei ddarllen, chwilio ynddo a&apos;i allforio, ond nid ei newid.</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Yn mewnforio %1…</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Agor Adroddiad</translation>
    </message>
    <message>
        <source>Reports and projects (*.txt *.text *.htm *.html *.xhtml *.pdf *.scrutiny);;Text (*.txt *.text);;Web pages (*.htm *.html *.xhtml);;PDF (*.pdf);;Scrutiny projects (*.scrutiny);;All files (*)</source>
        <translation>Adroddiadau a phrosiectau (*.txt *.text *.htm *.html *.xhtml *.pdf *.scrutiny);;Testun (*.txt *.text);;Tudalennau gwe (*.htm *.html *.xhtml);;PDF (*.pdf);;Prosiectau Scrutiny (*.scrutiny);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Agor Prosiect</translation>
    </message>
    <message>
        <source>Scrutiny projects (*.scrutiny);;All files (*)</source>
        <translation>Prosiectau Scrutiny (*.scrutiny);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Prosiect Newydd</translation>
    </message>
    <message>
        <source>Scrutiny projects (*.scrutiny)</source>
        <translation>Prosiectau Scrutiny (*.scrutiny)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Methu disodli %1.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Dim ffeiliau diweddar</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clirio&apos;r Rhestr</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Dadwneud %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ailwneud %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>%1 — Scrutiny</source>
        <translation>%1 — Scrutiny</translation>
    </message>
    <message>
        <source>%1 — %2 — Scrutiny</source>
        <translation>%1 — %2 — Scrutiny</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Traceability — Scrutiny</source>
        <translation>Olrheiniadwyedd — Scrutiny</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Wedi cadw yn %1</translation>
    </message>
    <message>
        <source>Traceability in Own &amp;Window</source>
        <translation>Olrheiniadwyedd mewn &amp;ffenestr ei hun</translation>
    </message>
    <message>
        <source>Show the traceability matrix in a window of its own, beside the report</source>
        <translation>Dangos y matrics olrheiniadwyedd mewn ffenestr ei hun, wrth ochr yr adroddiad</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Return to the segment you were on before following a link</source>
        <translation>Dychwelyd i&apos;r segment yr oeddech arno cyn dilyn cysylltiad</translation>
    </message>
    <message>
        <source>&amp;Go to Panel</source>
        <translation>&amp;Mynd i banel</translation>
    </message>
    <message>
        <source>Imported %1: %2, %3</source>
        <translation>Mewnforiwyd %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n canfyddiad</numerusform>
            <numerusform>%n canfyddiad</numerusform>
            <numerusform>%n canfyddiad</numerusform>
            <numerusform>%n canfyddiad</numerusform>
            <numerusform>%n canfyddiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priorities</source>
        <translation>
            <numerusform>%n blaenoriaeth</numerusform>
            <numerusform>%n flaenoriaeth</numerusform>
            <numerusform>%n blaenoriaeth</numerusform>
            <numerusform>%n blaenoriaeth</numerusform>
            <numerusform>%n blaenoriaeth</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cau&apos;r neges</translation>
    </message>
</context>
<context>
    <name>Scrutiny::NoteEditor</name>
    <message>
        <source>Report Note</source>
        <translation>Nodyn ar yr Adroddiad</translation>
    </message>
    <message>
        <source>Edit the note on the whole report instead of the selected segment</source>
        <translation>Golygu&apos;r nodyn ar yr adroddiad cyfan yn lle&apos;r segment a ddewiswyd</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Show the note rendered (Ctrl+Shift+M)</source>
        <translation>Dangos y nodyn wedi&apos;i fformatio (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>Nodyn (Markdown)</translation>
    </message>
    <message>
        <source>Write a note in Markdown; it is saved as you type.</source>
        <translation>Ysgrifennwch nodyn yn Markdown; caiff ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Rhagolwg y nodyn</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi cadw</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Yn golygu…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>No report open</source>
        <translation>Dim adroddiad ar agor</translation>
    </message>
    <message>
        <source>Note on the report</source>
        <translation>Nodyn ar yr adroddiad</translation>
    </message>
    <message>
        <source>Select a segment to write a note on it</source>
        <translation>Dewiswch segment i ysgrifennu nodyn arno</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nodyn ar %1</translation>
    </message>
</context>
<context>
    <name>Scrutiny::PanelCycle</name>
    <message>
        <source>&amp;Next Panel</source>
        <translation>Panel &amp;nesaf</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>Panel &amp;blaenorol</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel</source>
        <translation>Symud ffocws y bysellfwrdd i&apos;r panel nesaf</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>Symud ffocws y bysellfwrdd i&apos;r panel blaenorol</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Mynd i %1</translation>
    </message>
    <message>
        <source>Show the %1 panel and move the keyboard focus to it</source>
        <translation>Dangos y panel %1 a symud ffocws y bysellfwrdd iddo</translation>
    </message>
</context>
<context>
    <name>Scrutiny::PlanItemDelegate</name>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>Scrutiny::PlanModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>Yn hwyr: roedd i fod erbyn %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, yn hwyr</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>(no priority)</source>
        <translation>(dim blaenoriaeth)</translation>
    </message>
    <message>
        <source>An action tied to no priority</source>
        <translation>Cam gweithredu nad yw&apos;n perthyn i unrhyw flaenoriaeth</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProgressModel</name>
    <message>
        <source>Not reported</source>
        <translation>Heb ei adrodd</translation>
    </message>
    <message>
        <source>No finding of report %1 was linked or suggested for this priority.</source>
        <translation>Ni chysylltwyd nac awgrymwyd unrhyw ganfyddiad o adroddiad %1 ar gyfer y flaenoriaeth hon.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pam: %1</translation>
    </message>
    <message>
        <source>Action plan: %1</source>
        <translation>Cynllun gweithredu: %1</translation>
    </message>
    <message>
        <source>%1 ⚠ disagrees</source>
        <translation>%1 ⚠ yn anghytuno</translation>
    </message>
    <message>
        <source>The action plan says done, but the latest inspection says %1.</source>
        <translation>Mae&apos;r cynllun gweithredu&apos;n dweud ei fod wedi&apos;i gwblhau, ond mae&apos;r arolygiad diweddaraf yn dweud %1.</translation>
    </message>
    <message>
        <source>Priority (report %1)</source>
        <translation>Blaenoriaeth (adroddiad %1)</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Adroddiad %1</translation>
    </message>
    <message>
        <source>%1 after report %2: %3 %4 (suggested, not confirmed)</source>
        <translation>%1 ar ôl adroddiad %2: %3 %4 (wedi&apos;i awgrymu, heb ei gadarnhau)</translation>
    </message>
    <message>
        <source>%1 after report %2: %3 %4</source>
        <translation>%1 ar ôl adroddiad %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProgressReason</name>
    <message>
        <source>the same weakness: %1</source>
        <translation>yr un gwendid: %1</translation>
    </message>
    <message>
        <source>%1 (no cue words; read from the finding&apos;s tone)</source>
        <comment>progress type</comment>
        <translation>%1 (dim geiriau arwydd; wedi&apos;i ddarllen o naws y canfyddiad)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>progress type: the cue words</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>yn ailadrodd %1</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProgressSection</name>
    <message>
        <source>Progress against priorities</source>
        <translation>Cynnydd yn erbyn blaenoriaethau</translation>
    </message>
    <message>
        <source>The priorities of report %1 and what each later report of the series found: %2. Statuses marked “suggested” come from the link assistant and have not been confirmed.</source>
        <translation>Blaenoriaethau adroddiad %1 a&apos;r hyn a ganfu pob adroddiad diweddarach yn y gyfres: %2. Daw&apos;r statwsau a nodir yn “wedi&apos;i awgrymu” o&apos;r cynorthwyydd cysylltu ac nid ydynt wedi&apos;u cadarnhau.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Adroddiad %1</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>wedi&apos;i awgrymu</translation>
    </message>
    <message>
        <source>Where the action plan and the inspections disagree</source>
        <translation>Lle mae&apos;r cynllun gweithredu a&apos;r arolygiadau&apos;n anghytuno</translation>
    </message>
    <message>
        <source>The action plan says done; report %1 says %2 (%3).</source>
        <translation>Mae&apos;r cynllun gweithredu&apos;n dweud ei fod wedi&apos;i gwblhau; mae adroddiad %1 yn dweud %2 (%3).</translation>
    </message>
    <message>
        <source>None: where the action plan says done, no later report says otherwise.</source>
        <translation>Dim: lle mae&apos;r cynllun gweithredu&apos;n dweud ei fod wedi&apos;i gwblhau, nid oes adroddiad diweddarach yn dweud fel arall.</translation>
    </message>
    <message>
        <source>Repeat findings</source>
        <translation>Canfyddiadau a ailadroddwyd</translation>
    </message>
    <message>
        <source>No later finding repeats an earlier one.</source>
        <translation>Nid oes canfyddiad diweddarach yn ailadrodd un cynharach.</translation>
    </message>
    <message>
        <source>Earlier finding</source>
        <translation>Canfyddiad cynharach</translation>
    </message>
    <message>
        <source>Found again</source>
        <translation>Wedi&apos;i ganfod eto</translation>
    </message>
    <message>
        <source>report %1 has no later report in its series: nothing to show</source>
        <translation>nid oes adroddiad diweddarach yng nghyfres adroddiad %1: dim i&apos;w ddangos</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>methu ysgrifennu&apos;r PDF</translation>
    </message>
    <message>
        <source>Progress since the last inspection</source>
        <translation>Cynnydd ers yr arolygiad diwethaf</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>blaenoriaeth</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>cynllun</translation>
    </message>
    <message>
        <source>report</source>
        <translation>adroddiad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statws</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>tystiolaeth</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>dyfyniad</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>cadarnhawyd</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>hyder</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>rheswm</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>anghytundeb</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProgressType</name>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i chyflawni</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei chyflawni</translation>
    </message>
    <message>
        <source>Repeat finding</source>
        <translation>Canfyddiad a ailadroddwyd</translation>
    </message>
    <message>
        <source>No longer applicable</source>
        <translation>Nid yw&apos;n berthnasol mwyach</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProgressView</name>
    <message>
        <source>Progress against priorities</source>
        <translation>Cynnydd yn erbyn blaenoriaethau</translation>
    </message>
    <message>
        <source>Click a cell to see the evidence: the later finding, its words and why.</source>
        <translation>Cliciwch ar gell i weld y dystiolaeth: y canfyddiad diweddarach, ei eiriau a&apos;r rheswm.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Open a report to follow its priorities through the later reports of its series.</source>
        <translation>Agorwch adroddiad i ddilyn ei flaenoriaethau drwy adroddiadau diweddarach ei gyfres.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Cyfres: %1</translation>
    </message>
    <message>
        <source>This report has no later report in its series yet, so there is no progress to show.

Import the follow-up, progress or monitoring report (or the next full inspection), then record that it follows up this one: File › Follows Up…, or scrutiny-cli follows LATER %1. Scrutiny then suggests, for each finding of the later report, the priority it reports on and whether it was met.</source>
        <translation>Nid oes adroddiad diweddarach yng nghyfres yr adroddiad hwn eto, felly nid oes cynnydd i&apos;w ddangos.

Mewnforiwch yr adroddiad dilynol, yr adroddiad cynnydd neu&apos;r adroddiad monitro (neu&apos;r arolygiad llawn nesaf), yna cofnodwch ei fod yn dilyn yr un hwn: Ffeil › Yn dilyn…, neu scrutiny-cli follows LATER %1. Yna mae Scrutiny yn awgrymu, ar gyfer pob canfyddiad yn yr adroddiad diweddarach, y flaenoriaeth y mae&apos;n adrodd arni ac a gafodd ei chyflawni.</translation>
    </message>
    <message>
        <source>Reading what the later reports say about each priority…</source>
        <translation>Yn darllen yr hyn y mae&apos;r adroddiadau diweddarach yn ei ddweud am bob blaenoriaeth…</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProjectStore</name>
    <message>
        <source>no project is open</source>
        <translation>nid oes prosiect ar agor</translation>
    </message>
    <message>
        <source>no document %1 in the project</source>
        <translation>nid oes dogfen %1 yn y prosiect</translation>
    </message>
    <message>
        <source>document %1 has no segment %2</source>
        <translation>nid oes segment %2 yn nogfen %1</translation>
    </message>
    <message>
        <source>no project file given</source>
        <translation>ni roddwyd ffeil prosiect</translation>
    </message>
    <message>
        <source>is a loop of symbolic links, not a project file</source>
        <translation>dolen o ddolenni symbolaidd ydyw, nid ffeil prosiect</translation>
    </message>
    <message>
        <source>is a directory, not a project file</source>
        <translation>ffolder ydyw, nid ffeil prosiect</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket), not a project file</source>
        <translation>nid ffeil arferol mohoni (dyfais, pibell neu soced), nid ffeil prosiect</translation>
    </message>
    <message>
        <source>an SQLite database of another program, not a Scrutiny project; it was left untouched</source>
        <translation>cronfa ddata SQLite rhaglen arall ydyw, nid prosiect Scrutiny; ni chyffyrddwyd â hi</translation>
    </message>
    <message>
        <source>was written by a newer version of Scrutiny (schema %1; this version reads up to %2); it was left untouched</source>
        <translation>fe&apos;i hysgrifennwyd gan fersiwn mwy newydd o Scrutiny (sgema %1; mae&apos;r fersiwn hon yn darllen hyd at %2); ni chyffyrddwyd â hi</translation>
    </message>
    <message>
        <source>its folder is read-only; a new project cannot be made there</source>
        <translation>mae ei ffolder i&apos;w ddarllen yn unig; ni ellir creu prosiect newydd yno</translation>
    </message>
    <message>
        <source>the file is read-only; open it read-only to read it</source>
        <translation>mae&apos;r ffeil i&apos;w darllen yn unig; agorwch hi i&apos;w darllen yn unig er mwyn ei darllen</translation>
    </message>
    <message>
        <source>its folder is read-only; open it read-only to read it</source>
        <translation>mae ei ffolder i&apos;w ddarllen yn unig; agorwch y ffeil i&apos;w darllen yn unig er mwyn ei darllen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>nid yw&apos;r ffolder %1 yn bodoli</translation>
    </message>
    <message>
        <source>the folder %1 is read-only; a new project cannot be made there</source>
        <translation>mae&apos;r ffolder %1 i&apos;w ddarllen yn unig; ni ellir creu prosiect newydd yno</translation>
    </message>
    <message>
        <source>was written by a newer version of Scrutiny; it was left untouched</source>
        <translation>fe&apos;i hysgrifennwyd gan fersiwn mwy newydd o Scrutiny; ni chyffyrddwyd â hi</translation>
    </message>
    <message>
        <source>an SQLite database but not a Scrutiny project; it was left untouched</source>
        <translation>cronfa ddata SQLite ydyw ond nid prosiect Scrutiny; ni chyffyrddwyd â hi</translation>
    </message>
    <message>
        <source>cannot switch the database to WAL mode</source>
        <translation>methu newid y gronfa ddata i fodd WAL</translation>
    </message>
    <message>
        <source>needs upgrading to this version&apos;s schema, which a read-only file does not allow</source>
        <translation>mae angen ei huwchraddio i sgema&apos;r fersiwn hon, ac nid yw ffeil i&apos;w darllen yn unig yn caniatáu hynny</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>mae&apos;r ddisg yn llawn (%1)</translation>
    </message>
    <message>
        <source>segment %1 lies outside the report text</source>
        <translation>mae segment %1 y tu allan i destun yr adroddiad</translation>
    </message>
    <message>
        <source>no tag %1 in the project</source>
        <translation>nid oes tag %1 yn y prosiect</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>mae angen enw ar dag</translation>
    </message>
    <message>
        <source>a tag name may be at most %1 characters (this one has %2)</source>
        <translation>gall enw tag fod yn %1 nod ar y mwyaf (mae gan hwn %2)</translation>
    </message>
    <message>
        <source>there is already a tag named &quot;%1&quot;</source>
        <translation>mae tag o&apos;r enw &quot;%1&quot; eisoes</translation>
    </message>
    <message>
        <source>no tag %1 to put &quot;%2&quot; under</source>
        <translation>nid oes tag %1 i roi &quot;%2&quot; oddi tano</translation>
    </message>
    <message>
        <source>a tag&apos;s key is 1 to 9, or none</source>
        <translation>bysell tag yw 1 i 9, neu ddim</translation>
    </message>
    <message>
        <source>cannot merge tag &quot;%1&quot; into itself</source>
        <translation>methu cyfuno&apos;r tag &quot;%1&quot; ag ef ei hun</translation>
    </message>
    <message>
        <source>no segments given</source>
        <translation>ni roddwyd segmentau</translation>
    </message>
    <message>
        <source>no links given</source>
        <translation>ni roddwyd cysylltiadau</translation>
    </message>
    <message>
        <source>cannot link %1 to itself</source>
        <translation>methu cysylltu %1 ag ef ei hun</translation>
    </message>
    <message>
        <source>document %1 has no link %2</source>
        <translation>nid oes cysylltiad %2 yn nogfen %1</translation>
    </message>
    <message>
        <source>document %1 has no action %2</source>
        <translation>nid oes cam gweithredu %2 yn nogfen %1</translation>
    </message>
    <message>
        <source>an action tied to no priority is added, not set</source>
        <translation>mae cam gweithredu heb flaenoriaeth yn cael ei ychwanegu, nid ei osod</translation>
    </message>
    <message>
        <source>segment row %1 is gone</source>
        <translation>mae rhes segment %1 wedi mynd</translation>
    </message>
    <message>
        <source>no segment to accept</source>
        <translation>dim segment i&apos;w dderbyn</translation>
    </message>
    <message>
        <source>splitting %1 there would leave an empty part</source>
        <translation>byddai hollti %1 yno yn gadael rhan wag</translation>
    </message>
    <message>
        <source>nothing to search for in &quot;%1&quot;</source>
        <translation>dim i chwilio amdano yn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no tag named &quot;%1&quot; in the project</source>
        <translation>nid oes tag o&apos;r enw &quot;%1&quot; yn y prosiect</translation>
    </message>
    <message>
        <source>cannot search for &quot;%1&quot;: %2</source>
        <translation>methu chwilio am &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the %1 is too long (%2 characters; at most 500)</source>
        <translation>mae&apos;r %1 yn rhy hir (%2 nod; 500 ar y mwyaf)</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>ni roddodd y gwiriad cywirdeb ateb</translation>
    </message>
    <message>
        <source>the repaired copy must be a new file, not the project itself</source>
        <translation>rhaid i&apos;r copi wedi&apos;i drwsio fod yn ffeil newydd, nid y prosiect ei hun</translation>
    </message>
    <message>
        <source>every page could be read; the copy holds everything</source>
        <translation>gellid darllen pob tudalen; mae popeth yn y copi</translation>
    </message>
    <message>
        <source>the project is too damaged to copy (%1)</source>
        <translation>mae&apos;r prosiect wedi&apos;i ddifrodi&apos;n ormodol i&apos;w gopïo (%1)</translation>
    </message>
    <message>
        <source>the project&apos;s schema version (%1) cannot be read</source>
        <translation>methu darllen fersiwn sgema&apos;r prosiect (%1)</translation>
    </message>
    <message>
        <source>the repaired copy could not be made (%1: %2)</source>
        <translation>methu gwneud y copi wedi&apos;i drwsio (%1: %2)</translation>
    </message>
    <message>
        <source>report %1 cannot follow up itself</source>
        <translation>ni all adroddiad %1 ei ddilyn ei hun</translation>
    </message>
    <message>
        <source>report %1 already follows up report %2 (through report %3); a series runs one way</source>
        <translation>mae adroddiad %1 eisoes yn dilyn adroddiad %2 (drwy adroddiad %3); mae cyfres yn rhedeg un ffordd</translation>
    </message>
    <message>
        <source>report %1 already follows up report %2</source>
        <translation>mae adroddiad %1 eisoes yn dilyn adroddiad %2</translation>
    </message>
    <message>
        <source>report %1 is in no series</source>
        <translation>nid yw adroddiad %1 mewn cyfres</translation>
    </message>
    <message>
        <source>reports %1 and %2 are not in one series; record first that one follows up the other (scrutiny-cli follows LATER EARLIER)</source>
        <translation>nid yw adroddiadau %1 a %2 yn yr un gyfres; cofnodwch yn gyntaf fod un yn dilyn y llall (scrutiny-cli follows LATER EARLIER)</translation>
    </message>
    <message>
        <source>cannot link %1 to %2: report %3 is not earlier than report %4 in their series; a finding can only report on a priority of an earlier report</source>
        <translation>methu cysylltu %1 â %2: nid yw adroddiad %3 yn gynharach nag adroddiad %4 yn eu cyfres; dim ond ar flaenoriaeth adroddiad cynharach y gall canfyddiad adrodd</translation>
    </message>
    <message>
        <source>no progress link %1 in the project</source>
        <translation>nid oes cysylltiad cynnydd %1 yn y prosiect</translation>
    </message>
    <message>
        <source>cannot read it (%1)</source>
        <translation>methu ei darllen (%1)</translation>
    </message>
    <message>
        <source>not a Scrutiny project (not an SQLite database)</source>
        <translation>nid prosiect Scrutiny mohono (nid cronfa ddata SQLite)</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes, shorter than an SQLite header)</source>
        <translation>mae&apos;r ffeil wedi&apos;i thorri&apos;n fyr (%1 beit, yn fyrrach na phennyn SQLite)</translation>
    </message>
    <message>
        <source>the file is damaged (invalid SQLite page size)</source>
        <translation>mae&apos;r ffeil wedi&apos;i difrodi (maint tudalen SQLite annilys)</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes; the database needs %2)</source>
        <translation>mae&apos;r ffeil wedi&apos;i thorri&apos;n fyr (%1 beit; mae angen %2 ar y gronfa ddata)</translation>
    </message>
    <message>
        <source>the journal holds a damaged entry</source>
        <translation>mae cofnod wedi&apos;i ddifrodi yn y cofnod newidiadau</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ReaderView</name>
    <message>
        <source>Tags and links</source>
        <translation>Tagiau a chysylltiadau</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Testun yr adroddiad</translation>
    </message>
    <message>
        <source>The report. J and K move between segments; Shift extends the selection.</source>
        <translation>Yr adroddiad. Mae J a K yn symud rhwng segmentau; mae Shift yn ymestyn y dewis.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tagiau: %1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Dim tagiau eto</translation>
    </message>
    <message>
        <source>&amp;Link to priority</source>
        <translation>&amp;Cysylltu â blaenoriaeth</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nodyn</translation>
    </message>
    <message>
        <source>Needs review: %1 (confidence %2%); Edit Segment accepts or corrects it</source>
        <translation>Angen ei adolygu: %1 (hyder %2%); mae Golygu Segment yn ei dderbyn neu&apos;n ei gywiro</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ReportImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <source>the file is empty (only white space)</source>
        <translation>mae&apos;r ffeil yn wag (dim ond bylchau)</translation>
    </message>
    <message>
        <source>no report text found</source>
        <translation>ni chafwyd hyd i destun adroddiad</translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist</source>
        <translation>dolen symbolaidd ydyw i ffeil nad yw&apos;n bodoli</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>is a loop of symbolic links, not a report</source>
        <translation>dolen o ddolenni symbolaidd ydyw, nid adroddiad</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>methu ei darllen (%1)</translation>
    </message>
    <message>
        <source>is a directory, not a report</source>
        <translation>ffolder ydyw, nid adroddiad</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); give a file, or - for standard input</source>
        <translation>nid ffeil arferol mohoni (dyfais, pibell neu soced); rhowch ffeil, neu - ar gyfer y mewnbwn safonol</translation>
    </message>
    <message>
        <source>the UTF-16 text has an odd number of bytes</source>
        <translation>mae nifer od o feitiau yn y testun UTF-16</translation>
    </message>
    <message>
        <source>the UTF-16 text has invalid characters</source>
        <translation>mae nodau annilys yn y testun UTF-16</translation>
    </message>
    <message>
        <source>binary data, not a text report</source>
        <translation>data deuaidd, nid adroddiad testun</translation>
    </message>
    <message>
        <source>the text starts as UTF-8 but has invalid UTF-8 bytes</source>
        <translation>mae&apos;r testun yn dechrau fel UTF-8 ond mae beitiau UTF-8 annilys ynddo</translation>
    </message>
    <message>
        <source>undecodable bytes (not UTF-8, UTF-16 or Windows-1252) at byte %1</source>
        <translation>beitiau na ellir eu datgodio (nid UTF-8, UTF-16 na Windows-1252) ar feit %1</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>mae&apos;r PDF wedi&apos;i ddifrodi ac ni ellir ei ddarllen</translation>
    </message>
    <message>
        <source>the PDF is encrypted (password protected)</source>
        <translation>mae&apos;r PDF wedi&apos;i amgryptio (wedi&apos;i ddiogelu gan gyfrinair)</translation>
    </message>
    <message>
        <source>the PDF is damaged: it has no pages</source>
        <translation>mae&apos;r PDF wedi&apos;i ddifrodi: nid oes ganddo dudalennau</translation>
    </message>
    <message>
        <source>the PDF is damaged: its pages cannot be read</source>
        <translation>mae&apos;r PDF wedi&apos;i ddifrodi: ni ellir darllen ei dudalennau</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned?)</source>
        <translation>nid oes haen destun yn y PDF (wedi&apos;i sganio?)</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ReportJson</name>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>fformat anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation>dim &quot;text&quot;</translation>
    </message>
    <message>
        <source>segment %1: bad kind or side</source>
        <translation>segment %1: math neu ochr annilys</translation>
    </message>
    <message>
        <source>segment %1: start/end do not match its text</source>
        <translation>segment %1: nid yw start/end yn cyfateb i&apos;w destun</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ReportSession</name>
    <message>
        <source>Cannot open report %1.</source>
        <translation>Methu agor adroddiad %1.</translation>
    </message>
    <message>
        <source>Could not %1.</source>
        <translation>Methu %1.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Dim i&apos;w ddadwneud.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Dim i&apos;w ailwneud.</translation>
    </message>
</context>
<context>
    <name>Scrutiny::SearchPanel</name>
    <message>
        <source>Any kind</source>
        <translation>Unrhyw fath</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Unrhyw dag</translation>
    </message>
    <message>
        <source>Open a report to search it.</source>
        <translation>Agorwch adroddiad i chwilio ynddo.</translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n canlyniad</numerusform>
            <numerusform>%n canlyniad</numerusform>
            <numerusform>%n canlyniad</numerusform>
            <numerusform>%n canlyniad</numerusform>
            <numerusform>%n canlyniad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::SearchResultsModel</name>
    <message>
        <source>document</source>
        <translation>dogfen</translation>
    </message>
    <message>
        <source>note on %1</source>
        <translation>nodyn ar %1</translation>
    </message>
</context>
<context>
    <name>Scrutiny::SegmentEditDialog</name>
    <message>
        <source>Review (the inspectors)</source>
        <translation>Adolygiad (yr arolygwyr)</translation>
    </message>
    <message>
        <source>Council (the inspected body)</source>
        <translation>Cyngor (y corff a arolygwyd)</translation>
    </message>
    <message>
        <source>Edit Segment %1</source>
        <translation>Golygu Segment %1</translation>
    </message>
    <message>
        <source>Segment %1 no longer exists.</source>
        <translation>Nid yw segment %1 yn bodoli mwyach.</translation>
    </message>
</context>
<context>
    <name>Scrutiny::SegmentReason</name>
    <message>
        <source>heading</source>
        <translation>pennawd</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>cyflwyniad i restr</translation>
    </message>
    <message>
        <source>opening paragraph</source>
        <translation>paragraff agoriadol</translation>
    </message>
    <message>
        <source>first paragraph under a summary heading</source>
        <translation>paragraff cyntaf dan bennawd crynodeb</translation>
    </message>
    <message>
        <source>opens with &quot;findings&quot;</source>
        <translation>yn agor â “canfyddiadau”</translation>
    </message>
    <message>
        <source>the review&apos;s message</source>
        <translation>neges yr adolygiad</translation>
    </message>
    <message>
        <source>background</source>
        <translation>cefndir</translation>
    </message>
    <message>
        <source>introduces the priorities</source>
        <translation>yn cyflwyno&apos;r blaenoriaethau</translation>
    </message>
    <message>
        <source>numbered recommendation</source>
        <translation>argymhelliad wedi&apos;i rifo</translation>
    </message>
    <message>
        <source>the review recommends</source>
        <translation>mae&apos;r adolygiad yn argymell</translation>
    </message>
    <message>
        <source>must/should/needs to</source>
        <translation>rhaid/dylai/angen</translation>
    </message>
    <message>
        <source>imperative</source>
        <translation>modd gorchmynnol</translation>
    </message>
    <message>
        <source>the review found</source>
        <translation>canfu&apos;r adolygiad</translation>
    </message>
    <message>
        <source>the review found (said after)</source>
        <translation>canfu&apos;r adolygiad (a ddywedwyd wedyn)</translation>
    </message>
    <message>
        <source>the review found (quoting a phrase)</source>
        <translation>canfu&apos;r adolygiad (yn dyfynnu ymadrodd)</translation>
    </message>
    <message>
        <source>evidence the review reports</source>
        <translation>tystiolaeth a adroddir gan yr adolygiad</translation>
    </message>
    <message>
        <source>the inspected body said or did</source>
        <translation>dywedodd neu gwnaeth y corff a arolygwyd</translation>
    </message>
    <message>
        <source>under a findings heading</source>
        <translation>dan bennawd canfyddiadau</translation>
    </message>
    <message>
        <source>under a priorities heading</source>
        <translation>dan bennawd blaenoriaethau</translation>
    </message>
    <message>
        <source>under a background heading</source>
        <translation>dan bennawd cefndir</translation>
    </message>
    <message>
        <source>on the inspected body&apos;s side</source>
        <translation>ar ochr y corff a arolygwyd</translation>
    </message>
    <message>
        <source>evaluative statement</source>
        <translation>datganiad gwerthusol</translation>
    </message>
    <message>
        <source>no cue</source>
        <translation>dim arwydd</translation>
    </message>
    <message>
        <source>list after a lead-in naming priorities</source>
        <translation>rhestr ar ôl cyflwyniad sy&apos;n enwi blaenoriaethau</translation>
    </message>
    <message>
        <source>list under a priorities heading</source>
        <translation>rhestr dan bennawd blaenoriaethau</translation>
    </message>
    <message>
        <source>list under a background heading</source>
        <translation>rhestr dan bennawd cefndir</translation>
    </message>
    <message>
        <source>imperative list item</source>
        <translation>eitem rhestr yn y modd gorchmynnol</translation>
    </message>
    <message>
        <source>list after a lead-in naming findings</source>
        <translation>rhestr ar ôl cyflwyniad sy&apos;n enwi canfyddiadau</translation>
    </message>
    <message>
        <source>list in the review&apos;s voice</source>
        <translation>rhestr yn llais yr adolygiad</translation>
    </message>
    <message>
        <source>list on the inspected body&apos;s side</source>
        <translation>rhestr ar ochr y corff a arolygwyd</translation>
    </message>
    <message>
        <source>quotation with its speaker</source>
        <translation>dyfyniad gyda&apos;i siaradwr</translation>
    </message>
    <message>
        <source>quotation, speaker unknown</source>
        <translation>dyfyniad, siaradwr anhysbys</translation>
    </message>
    <message>
        <source>reported speech of a named person</source>
        <translation>araith anuniongyrchol gan berson a enwir</translation>
    </message>
    <message>
        <source>the report quoted</source>
        <translation>dyfynnwyd yr adroddiad</translation>
    </message>
    <message>
        <source>structure not recognised</source>
        <translation>ni adnabuwyd y strwythur</translation>
    </message>
</context>
<context>
    <name>Scrutiny::SeriesActions</name>
    <message>
        <source>&amp;Progress Against Priorities</source>
        <translation>&amp;Cynnydd yn erbyn blaenoriaethau</translation>
    </message>
    <message>
        <source>Follows &amp;Up…</source>
        <translation>Yn di&amp;lyn…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show what became of this report&apos;s priorities in the later reports of its series</source>
        <translation>Dangos beth ddaeth o flaenoriaethau&apos;r adroddiad hwn yn adroddiadau diweddarach ei gyfres</translation>
    </message>
    <message>
        <source>Record that the open report follows up an earlier report (a report series)</source>
        <translation>Cofnodi bod yr adroddiad agored yn dilyn adroddiad cynharach (cyfres o adroddiadau)</translation>
    </message>
    <message>
        <source>Open the later report first, then say which report it follows up.</source>
        <translation>Agorwch yr adroddiad diweddarach yn gyntaf, yna dywedwch pa adroddiad y mae&apos;n ei ddilyn.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The project has no other report: import the earlier report first.</source>
        <translation>Nid oes adroddiad arall yn y prosiect: mewnforiwch yr adroddiad cynharach yn gyntaf.</translation>
    </message>
    <message>
        <source>Follows Up</source>
        <translation>Yn Dilyn</translation>
    </message>
    <message>
        <source>Report %1 follows up which earlier report?</source>
        <translation>Pa adroddiad cynharach y mae adroddiad %1 yn ei ddilyn?</translation>
    </message>
</context>
<context>
    <name>Scrutiny::SeriesProgress</name>
    <message>
        <source>no document %1 in the project</source>
        <translation>nid oes dogfen %1 yn y prosiect</translation>
    </message>
</context>
<context>
    <name>Scrutiny::SeriesProposal</name>
    <message>
        <source>same body (%1), regulator %2, %3; published %4 then %5</source>
        <translation>yr un corff (%1), rheoleiddiwr %2, %3; cyhoeddwyd %4 yna %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>regulator</comment>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>service area unknown</source>
        <translation>maes gwasanaeth anhysbys</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ServiceArea</name>
    <message>
        <source>maternity</source>
        <translation>gwasanaethau mamolaeth</translation>
    </message>
    <message>
        <source>children&apos;s services</source>
        <translation>gwasanaethau plant</translation>
    </message>
    <message>
        <source>adult social care</source>
        <translation>gofal cymdeithasol i oedolion</translation>
    </message>
    <message>
        <source>education</source>
        <translation>addysg</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>tai</translation>
    </message>
    <message>
        <source>governance</source>
        <translation>llywodraethu</translation>
    </message>
    <message>
        <source>health</source>
        <translation>iechyd</translation>
    </message>
    <message>
        <source>social services</source>
        <translation>gwasanaethau cymdeithasol</translation>
    </message>
</context>
<context>
    <name>Scrutiny::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Iaith y system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>The language is used in the window, the handbook and exported PDF and HTML files. A change takes effect when Scrutiny next starts.</source>
        <translation>Defnyddir yr iaith yn y ffenestr, y llawlyfr a&apos;r ffeiliau PDF a HTML a allforir. Daw newid i rym y tro nesaf y bydd Scrutiny yn cychwyn.</translation>
    </message>
    <message>
        <source>OK and &amp;Restart</source>
        <translation>Iawn ac &amp;Ailgychwyn</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>Recorded with each change you make, so Undo reverses only your own changes, and shown as the author of notes in exported PDFs. Left empty, your account&apos;s name is used.</source>
        <translation>Caiff ei gofnodi gyda phob newid a wnewch, fel bod Dadwneud yn dadwneud eich newidiadau chi yn unig, a’i ddangos fel awdur nodiadau mewn PDFs a allforir. Os yw’n wag, defnyddir enw eich cyfrif.</translation>
    </message>
    <message>
        <source>For this run, --author gives &quot;%1&quot;.</source>
        <translation>Y tro hwn, mae --author yn rhoi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>For this run, SCRUTINY_AUTHOR gives &quot;%1&quot;.</source>
        <translation>Y tro hwn, mae SCRUTINY_AUTHOR yn rhoi &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Scrutiny::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Llwybrau Byr y Bysellfwrdd</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Hidlo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Bysell</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Dewislen</translation>
    </message>
</context>
<context>
    <name>Scrutiny::StructureModel</name>
    <message>
        <source>Unattributed</source>
        <translation>Heb ei briodoli</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Priorities for action</source>
        <translation>Blaenoriaethau i&apos;w gweithredu</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Dyfyniadau</translation>
    </message>
    <message>
        <source>Council response</source>
        <translation>Ymateb y cyngor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1, %n eitem</numerusform>
            <numerusform>%1, %n eitem</numerusform>
            <numerusform>%1, %n eitem</numerusform>
            <numerusform>%1, %n eitem</numerusform>
            <numerusform>%1, %n eitem</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Angen adolygu</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <comment>review queue: segment id, why it needs review, its opening words</comment>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>Read as %1 (%2), confidence %3%. Edit Segment accepts or corrects it.</source>
        <translation>Darllenwyd fel %1 (%2), hyder %3%. Mae Golygu Segment yn ei dderbyn neu&apos;n ei gywiro.</translation>
    </message>
</context>
<context>
    <name>Scrutiny::StructurePanel</name>
    <message>
        <source>Report structure</source>
        <translation>Strwythur yr adroddiad</translation>
    </message>
</context>
<context>
    <name>Scrutiny::TagActions</name>
    <message>
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <source>Pick a tag for the selected segments by typing its name</source>
        <translation>Dewis tag ar gyfer y segmentau a ddewiswyd drwy deipio ei enw</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Enw tag</translation>
    </message>
    <message>
        <source>Create tag “%1”</source>
        <translation>Creu tag “%1”</translation>
    </message>
    <message>
        <source>Tag with “%1”</source>
        <translation>Tagio â “%1”</translation>
    </message>
    <message>
        <source>Tag %1 (unused)</source>
        <translation>Tag %1 (heb ei ddefnyddio)</translation>
    </message>
</context>
<context>
    <name>Scrutiny::TagBar</name>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagiau:</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Rheoli…</translation>
    </message>
    <message>
        <source>Create, rename, recolour, merge and delete tags</source>
        <translation>Creu, ailenwi, ail-liwio, cyfuno a dileu tagiau</translation>
    </message>
    <message>
        <source> (key %1)</source>
        <translation> (bysell %1)</translation>
    </message>
    <message>
        <source>Tag the selected segments with “%1”%2</source>
        <translation>Tagio&apos;r segmentau a ddewiswyd â “%1”%2</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>tag key, tag name</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Scrutiny::TagManagerDialog</name>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Tag Newydd…</translation>
    </message>
    <message>
        <source>New &amp;Child Tag…</source>
        <translation>&amp;Is-dag Newydd…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Ailenwi…</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Lliw…</translation>
    </message>
    <message>
        <source>Mo&amp;ve Under…</source>
        <translation>&amp;Symud o Dan…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Cyfuno â…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Manage Tags</source>
        <translation>Rheoli Tagiau</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>New Child Tag</source>
        <translation>Is-dag Newydd</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Tag Newydd</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Enw:</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Ailenwi Tag</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Lliw “%1”</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(lefel uchaf)</translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation>Symud Tag</translation>
    </message>
    <message>
        <source>Put “%1” under:</source>
        <translation>Rhoi “%1” o dan:</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Cyfuno Tag</translation>
    </message>
    <message>
        <source>Merge “%1” into (its segments get that tag, “%1” is removed):</source>
        <translation>Cyfuno “%1” â (mae ei segmentau&apos;n cael y tag hwnnw, a chaiff “%1” ei ddileu):</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Dileu Tag</translation>
    </message>
    <message>
        <source>&amp;Key…</source>
        <translation>&amp;Bysell…</translation>
    </message>
    <message>
        <source>Choose the key (1–9) that applies this tag in the reader</source>
        <translation>Dewis y fysell (1–9) sy&apos;n rhoi&apos;r tag hwn yn y darllenydd</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Dim bysell</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (%2 ar hyn o bryd)</translation>
    </message>
    <message>
        <source>Tag Key</source>
        <translation>Bysell Tag</translation>
    </message>
    <message>
        <source>Key that applies “%1”:</source>
        <translation>Y fysell sy&apos;n rhoi “%1”:</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n segment(s) in this project. Delete it? (Undo brings it back.)</source>
        <translation>
            <numerusform>Mae “%1” ar %n segment yn y prosiect hwn. Ei ddileu? (Mae Dadwneud yn dod ag ef yn ôl.)</numerusform>
            <numerusform>Mae “%1” ar %n segment yn y prosiect hwn. Ei ddileu? (Mae Dadwneud yn dod ag ef yn ôl.)</numerusform>
            <numerusform>Mae “%1” ar %n segment yn y prosiect hwn. Ei ddileu? (Mae Dadwneud yn dod ag ef yn ôl.)</numerusform>
            <numerusform>Mae “%1” ar %n segment yn y prosiect hwn. Ei ddileu? (Mae Dadwneud yn dod ag ef yn ôl.)</numerusform>
            <numerusform>Mae “%1” ar %n segment yn y prosiect hwn. Ei ddileu? (Mae Dadwneud yn dod ag ef yn ôl.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Bysell</translation>
    </message>
    <message>
        <source>Segments of the open report carrying the tag</source>
        <translation>Segmentau&apos;r adroddiad agored sy&apos;n cario&apos;r tag</translation>
    </message>
    <message>
        <source>Segments of every report carrying the tag</source>
        <translation>Segmentau pob adroddiad sy&apos;n cario&apos;r tag</translation>
    </message>
    <message>
        <source>The key (1–9) that applies the tag in the reader</source>
        <translation>Yr allwedd (1–9) sy’n rhoi’r tag yn y darllenydd</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
</context>
<context>
    <name>Scrutiny::TagsPanel</name>
    <message>
        <source>&amp;Export List…</source>
        <translation>&amp;Allforio&apos;r rhestr…</translation>
    </message>
    <message>
        <source>Tags and how many segments carry them</source>
        <translation>Tagiau a faint o segmentau sy&apos;n eu cario</translation>
    </message>
    <message>
        <source>List segments from</source>
        <translation>Rhestru segmentau o</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Yr adroddiad hwn</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Pob adroddiad</translation>
    </message>
    <message>
        <source>Segments carrying the tag</source>
        <translation>Segmentau sy&apos;n cario&apos;r tag</translation>
    </message>
    <message>
        <source>Choose a tag to list every segment carrying it.</source>
        <translation>Dewiswch dag i restru pob segment sy&apos;n ei gario.</translation>
    </message>
    <message>
        <source>Save the listed segments, with their context, as CSV</source>
        <translation>Cadw&apos;r segmentau a restrir, gyda&apos;u cyd-destun, fel CSV</translation>
    </message>
    <message>
        <source>Export Segments</source>
        <translation>Allforio Segmentau</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>adroddiad</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>math</translation>
    </message>
    <message>
        <source>before</source>
        <translation>cyn</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>after</source>
        <translation>ar ôl</translation>
    </message>
    <message>
        <source>Could not export the list: %1</source>
        <translation>Methu allforio&apos;r rhestr: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n segments tagged “%1”</source>
        <translation>
            <numerusform>%n segment wedi&apos;u tagio â “%1”</numerusform>
            <numerusform>%n segment wedi&apos;i dagio â “%1”</numerusform>
            <numerusform>%n segment wedi&apos;u tagio â “%1”</numerusform>
            <numerusform>%n segment wedi&apos;u tagio â “%1”</numerusform>
            <numerusform>%n segment wedi&apos;u tagio â “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::TraceabilityCellDelegate</name>
    <message>
        <source>Note on this link</source>
        <translation>Nodyn ar y cysylltiad hwn</translation>
    </message>
    <message>
        <source>Note on the link from %1 to %2</source>
        <translation>Nodyn ar y cysylltiad o %1 i %2</translation>
    </message>
</context>
<context>
    <name>Scrutiny::TraceabilityModel</name>
    <message>
        <source>%1 suggested</source>
        <translation>%1 wedi’u hawgrymu</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>dim bylchau</translation>
    </message>
    <message>
        <source>gaps: %1, %2</source>
        <translation>bylchau: %1, %2</translation>
    </message>
    <message>
        <source>%1 and %2 are in different reports: they cannot be linked.</source>
        <translation>Mae %1 a %2 mewn adroddiadau gwahanol: ni ellir eu cysylltu.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <source>Enter accepts, Delete rejects</source>
        <translation>Mae Enter yn derbyn, mae Delete yn gwrthod</translation>
    </message>
    <message>
        <source>Not linked: Space or click links %1 to %2</source>
        <translation>Heb gysylltu: mae Bylchwr neu glic yn cysylltu %1 â %2</translation>
    </message>
    <message>
        <source>%1 and %2 are in different reports</source>
        <translation>Mae %1 a %2 mewn adroddiadau gwahanol</translation>
    </message>
    <message>
        <source>%1 not linked to %2</source>
        <translation>Nid yw %1 wedi&apos;i gysylltu â %2</translation>
    </message>
    <message>
        <source>Gap: no priority is linked to this finding.</source>
        <translation>Bwlch: nid oes blaenoriaeth wedi&apos;i chysylltu â&apos;r canfyddiad hwn.</translation>
    </message>
    <message>
        <source>Gap: no finding is linked to this priority.</source>
        <translation>Bwlch: nid oes canfyddiad wedi&apos;i gysylltu â&apos;r flaenoriaeth hon.</translation>
    </message>
    <message>
        <source>Suggested link (match %1 of 100): %2</source>
        <translation>Cysylltiad a awgrymir (cyfatebiaeth %1 o 100): %2</translation>
    </message>
    <message>
        <source>%1 suggested for %2, match %3 of 100</source>
        <translation>Awgrymir %1 ar gyfer %2, cyfatebiaeth %3 o 100</translation>
    </message>
    <message>
        <source>The inspected body&apos;s own claim: shown apart, never counted as a gap.</source>
        <translation>Honiad y corff a arolygwyd ei hun: fe&apos;i dangosir ar wahân, ac ni chaiff byth ei gyfrif yn fwlch.</translation>
    </message>
    <message numerus="yes">
        <source>%n reports (%1)</source>
        <translation>
            <numerusform>%n adroddiad (%1)</numerusform>
            <numerusform>%n adroddiad (%1)</numerusform>
            <numerusform>%n adroddiad (%1)</numerusform>
            <numerusform>%n adroddiad (%1)</numerusform>
            <numerusform>%n adroddiad (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n canfyddiad</numerusform>
            <numerusform>%n canfyddiad</numerusform>
            <numerusform>%n canfyddiad</numerusform>
            <numerusform>%n canfyddiad</numerusform>
            <numerusform>%n canfyddiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priorities</source>
        <translation>
            <numerusform>%n blaenoriaeth</numerusform>
            <numerusform>%n flaenoriaeth</numerusform>
            <numerusform>%n blaenoriaeth</numerusform>
            <numerusform>%n blaenoriaeth</numerusform>
            <numerusform>%n blaenoriaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n cysylltiad</numerusform>
            <numerusform>%n cysylltiad</numerusform>
            <numerusform>%n cysylltiad</numerusform>
            <numerusform>%n cysylltiad</numerusform>
            <numerusform>%n cysylltiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings without a priority</source>
        <translation>
            <numerusform>%n canfyddiad heb flaenoriaeth</numerusform>
            <numerusform>%n canfyddiad heb flaenoriaeth</numerusform>
            <numerusform>%n canfyddiad heb flaenoriaeth</numerusform>
            <numerusform>%n canfyddiad heb flaenoriaeth</numerusform>
            <numerusform>%n canfyddiad heb flaenoriaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priorities without a finding</source>
        <translation>
            <numerusform>%n blaenoriaeth heb ganfyddiad</numerusform>
            <numerusform>%n flaenoriaeth heb ganfyddiad</numerusform>
            <numerusform>%n blaenoriaeth heb ganfyddiad</numerusform>
            <numerusform>%n blaenoriaeth heb ganfyddiad</numerusform>
            <numerusform>%n blaenoriaeth heb ganfyddiad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::TraceabilityView</name>
    <message>
        <source>Partly addresses</source>
        <translation>Yn mynd i&apos;r afael â hi&apos;n rhannol</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Yn gwrth-ddweud</translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation>Yn ymateb i</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Yn mynd i&apos;r afael â</translation>
    </message>
    <message>
        <source>Show &amp;suggestions</source>
        <translation>Dangos &amp;awgrymiadau</translation>
    </message>
    <message>
        <source>Matrix scope</source>
        <translation>Cwmpas y matrics</translation>
    </message>
    <message>
        <source>Show the open report&apos;s findings and priorities, or every report&apos;s in the project</source>
        <translation>Dangos canfyddiadau a blaenoriaethau&apos;r adroddiad agored, neu rai pob adroddiad yn y prosiect</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Yr adroddiad hwn</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Pob adroddiad</translation>
    </message>
    <message>
        <source>Findings by priorities</source>
        <translation>Canfyddiadau yn ôl blaenoriaethau</translation>
    </message>
    <message>
        <source>No report open</source>
        <translation>Dim adroddiad ar agor</translation>
    </message>
    <message>
        <source>No reports in the project</source>
        <translation>Dim adroddiadau yn y prosiect</translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Link</source>
        <translation>&amp;Derbyn y Cysylltiad a Awgrymir</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>&amp;Gwrthod yr Awgrym</translation>
    </message>
    <message>
        <source>&amp;Edit Link…</source>
        <translation>&amp;Golygu Cysylltiad…</translation>
    </message>
    <message>
        <source>Link &amp;Type</source>
        <translation>&amp;Math o Gysylltiad</translation>
    </message>
    <message>
        <source>&amp;Unlink %1 from %2</source>
        <translation>&amp;Datgysylltu %1 oddi wrth %2</translation>
    </message>
    <message>
        <source>&amp;Link %1 to %2</source>
        <translation>&amp;Cysylltu %1 â %2</translation>
    </message>
    <message>
        <source>Show %1 in the Reader</source>
        <translation>Dangos %1 yn y Darllenydd</translation>
    </message>
    <message>
        <source>Edit &amp;Note in Place</source>
        <translation>Golygu’r &amp;Nodyn yn ei Le</translation>
    </message>
</context>
<context>
    <name>Scrutiny::WelcomePage</name>
    <message>
        <source>&amp;Open a Report…</source>
        <translation>&amp;Agor adroddiad…</translation>
    </message>
    <message>
        <source>&amp;Try It on a Sample Report</source>
        <translation>&amp;Rhowch gynnig arni ar adroddiad enghreifftiol</translation>
    </message>
    <message>
        <source>No report open</source>
        <translation>Dim adroddiad ar agor</translation>
    </message>
    <message>
        <source>Open a report (%1) or drop one here: plain text, a saved web page or a PDF. Scrutiny splits it into findings, priorities, quotes and the response, ready to tag and link.</source>
        <translation>Agorwch adroddiad (%1) neu ollwng un yma: testun plaen, tudalen we wedi&apos;i chadw neu PDF. Mae Scrutiny yn ei rannu&apos;n ganfyddiadau, blaenoriaethau, dyfyniadau a&apos;r ymateb, yn barod i&apos;w tagio a&apos;u cysylltu.</translation>
    </message>
    <message>
        <source>&amp;Recent projects and reports:</source>
        <translation>Prosiectau ac adroddiadau &amp;diweddar:</translation>
    </message>
    <message>
        <source>Recent projects and reports</source>
        <translation>Prosiectau ac adroddiadau diweddar</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>Cannot copy the sample report to %1.</source>
        <translation>Methu copïo&apos;r adroddiad enghreifftiol i %1.</translation>
    </message>
    <message>
        <source>A fictionalised joint review of a council&apos;s social services, to see what Scrutiny does</source>
        <translation>Adolygiad ar y cyd ffuglennol o wasanaethau cymdeithasol cyngor, i weld beth mae Scrutiny yn ei wneud</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Only segments of this kind</source>
        <translation>Segmentau o&apos;r math hwn yn unig</translation>
    </message>
    <message>
        <source>review or council</source>
        <translation>review neu council</translation>
    </message>
    <message>
        <source>Only segments with this tag (or one under it)</source>
        <translation>Segmentau gyda&apos;r tag hwn (neu un oddi tano) yn unig</translation>
    </message>
    <message>
        <source>Only this document</source>
        <translation>Y ddogfen hon yn unig</translation>
    </message>
    <message>
        <source>At most N hits (default 50)</source>
        <translation>Uchafswm o N canlyniad (diofyn 50)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use summary, finding, priority, quote, response, context or heading</source>
        <translation>math anhysbys &quot;%1&quot;; defnyddiwch summary, finding, priority, quote, response, context neu heading</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;; use review or council</source>
        <translation>ochr anhysbys &quot;%1&quot;; defnyddiwch review neu council</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>mae angen rhif positif ar --limit</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search words, &quot;a phrase&quot;, lead*</source>
        <translation>Chwilio geiriau, &quot;ymadrodd&quot;, arwain*</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Testun chwilio</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Chwilio yn</translation>
    </message>
    <message>
        <source>Search the open report or every report of the project</source>
        <translation>Chwilio&apos;r adroddiad agored neu bob adroddiad yn y prosiect</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Yr adroddiad hwn</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Pob adroddiad</translation>
    </message>
    <message>
        <source>Segment kind</source>
        <translation>Math o segment</translation>
    </message>
    <message>
        <source>Only segments of this kind</source>
        <translation>Dim ond segmentau o&apos;r math hwn</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Only segments with this tag</source>
        <translation>Dim ond segmentau â&apos;r tag hwn</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
</context>
<context>
    <name>SegmentCommands</name>
    <message>
        <source>New kind</source>
        <translation>Math newydd</translation>
    </message>
    <message>
        <source>review or council</source>
        <translation>review neu council</translation>
    </message>
    <message>
        <source>Speaker of a quote</source>
        <translation>Siaradwr dyfyniad</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>Rôl y siaradwr</translation>
    </message>
    <message>
        <source>document %1 has no segment %2</source>
        <translation>nid oes segment %2 yn nogfen %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>math anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;; use review or council</source>
        <translation>ochr anhysbys &quot;%1&quot;; defnyddiwch review neu council</translation>
    </message>
    <message>
        <source>updated %1 (labels may have changed: see `show %2`)</source>
        <translation>diweddarwyd %1 (efallai fod y labeli wedi newid: gweler `show %2`)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not occur in %2</source>
        <translation>nid yw &quot;%1&quot; i&apos;w gael yn %2</translation>
    </message>
    <message>
        <source>split %1</source>
        <translation>holltwyd %1</translation>
    </message>
    <message>
        <source>merged %1 with the segment after it</source>
        <translation>unwyd %1 â&apos;r segment sy&apos;n ei ddilyn</translation>
    </message>
</context>
<context>
    <name>SegmentEditDialog</name>
    <message>
        <source>Edit Segment</source>
        <translation>Golygu Segment</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Segment kind</source>
        <translation>Math o segment</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Ochr:</translation>
    </message>
    <message>
        <source>Who is speaking</source>
        <translation>Pwy sy&apos;n siarad</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Siaradwr:</translation>
    </message>
    <message>
        <source>Speaker name</source>
        <translation>Enw&apos;r siaradwr</translation>
    </message>
    <message>
        <source>Name, for quotes</source>
        <translation>Enw, ar gyfer dyfyniadau</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>Speaker role</source>
        <translation>Rôl y siaradwr</translation>
    </message>
    <message>
        <source>Role or organisation, for quotes</source>
        <translation>Rôl neu sefydliad, ar gyfer dyfyniadau</translation>
    </message>
    <message>
        <source>&amp;Text (put the cursor where the segment should be split):</source>
        <translation>&amp;Testun (rhowch y cyrchwr lle dylid hollti&apos;r segment):</translation>
    </message>
    <message>
        <source>Segment text</source>
        <translation>Testun y segment</translation>
    </message>
    <message>
        <source>S&amp;plit at Cursor</source>
        <translation>&amp;Hollti wrth y Cyrchwr</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Cyfuno â&apos;r Nesaf</translation>
    </message>
</context>
<context>
    <name>SegmentKind</name>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Priorities for action</source>
        <translation>Blaenoriaethau i&apos;w gweithredu</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Dyfyniad</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Dyfyniadau</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ymateb</translation>
    </message>
    <message>
        <source>Council response</source>
        <translation>Ymateb y cyngor</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Cyd-destun</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Pennawd</translation>
    </message>
    <message>
        <source>Headings</source>
        <translation>Penawdau</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message>
        <source>report %1 follows up report %2; series %3</source>
        <translation>mae adroddiad %1 yn dilyn adroddiad %2; cyfres %3</translation>
    </message>
    <message>
        <source>report %1 is in no series now; series %2</source>
        <translation>nid yw adroddiad %1 mewn cyfres bellach; cyfres %2</translation>
    </message>
    <message>
        <source>Also propose series from each report&apos;s body, regulator, service area and date</source>
        <translation>Cynnig cyfresi hefyd o gorff, rheoleiddiwr, maes gwasanaeth a dyddiad pob adroddiad</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>cyfres %1</translation>
    </message>
    <message>
        <source>proposed: scrutiny-cli follows %1 %2	%3</source>
        <translation>cynnig: scrutiny-cli follows %1 %2	%3</translation>
    </message>
    <message>
        <source>no series to propose</source>
        <translation>dim cyfres i&apos;w chynnig</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>progress status</comment>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation>text (diofyn) neu json</translation>
    </message>
    <message>
        <source>progress: unknown format &quot;%1&quot; (text or json)</source>
        <translation>progress: fformat anhysbys &quot;%1&quot; (text neu json)</translation>
    </message>
    <message>
        <source>report %1 has no later report in its series: import the follow-up or progress report and record it with `scrutiny-cli follows LATER %1`</source>
        <translation>nid oes adroddiad diweddarach yng nghyfres adroddiad %1: mewnforiwch yr adroddiad dilynol neu&apos;r adroddiad cynnydd a&apos;i gofnodi gyda `scrutiny-cli follows LATER %1`</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>blaenoriaeth</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>cynllun</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>adroddiad %1</translation>
    </message>
    <message>
        <source>DISAGREES: the plan says done</source>
        <translation>ANGHYTUNO: mae&apos;r cynllun yn dweud ei bod wedi&apos;i chyflawni</translation>
    </message>
    <message>
        <source>repeat finding: %1 repeats %2%3 (confidence %4)</source>
        <translation>canfyddiad a ailadroddir: mae %1 yn ailadrodd %2%3 (hyder %4)</translation>
    </message>
    <message>
        <source>? = suggested, not yet confirmed (confirm with scrutiny-cli progress-link)</source>
        <translation>? = awgrym, heb ei gadarnhau eto (cadarnhewch gyda scrutiny-cli progress-link)</translation>
    </message>
    <message>
        <source>met, progress, not-met, repeat or not-applicable</source>
        <translation>met, progress, not-met, repeat neu not-applicable</translation>
    </message>
    <message>
        <source>Remove progress link ID</source>
        <translation>Dileu cysylltiad cynnydd ID</translation>
    </message>
    <message>
        <source>Change the type of progress link ID</source>
        <translation>Newid math cysylltiad cynnydd ID</translation>
    </message>
    <message>
        <source>unknown progress type &quot;%1&quot;; use met, progress, not-met, repeat or not-applicable</source>
        <translation>math cynnydd anhysbys &quot;%1&quot;; defnyddiwch met, progress, not-met, repeat neu not-applicable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a progress link id</source>
        <translation>nid yw &quot;%1&quot; yn rhif cysylltiad cynnydd</translation>
    </message>
    <message>
        <source>--set needs --type</source>
        <translation>mae angen --type ar --set</translation>
    </message>
    <message>
        <source>removed progress link %1</source>
        <translation>dilëwyd cysylltiad cynnydd %1</translation>
    </message>
    <message>
        <source>changed progress link %1</source>
        <translation>newidiwyd cysylltiad cynnydd %1</translation>
    </message>
    <message>
        <source>usage: progress-link FINDING TARGET --type T (e.g. 2:F3 1:P2 --type met)</source>
        <translation>defnydd: progress-link FINDING TARGET --type T (e.e. 2:F3 1:P2 --type met)</translation>
    </message>
    <message>
        <source>progress link %1: %2 %3 %4</source>
        <translation>cysylltiad cynnydd %1: %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <source>Suggestions per finding or response (default 3)</source>
        <translation>Awgrymiadau fesul canfyddiad neu ymateb (diofyn 3)</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation>text (diofyn) neu json</translation>
    </message>
    <message>
        <source>suggest: --top needs a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>suggest: mae angen rhif cyfan o 1 o leiaf ar --top, nid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>suggest: unknown format &quot;%1&quot; (text or json)</source>
        <translation>suggest: fformat anhysbys &quot;%1&quot; (text neu json)</translation>
    </message>
    <message>
        <source>suggestions join segments of one document; %1 and %2 are in different ones</source>
        <translation>mae awgrymiadau&apos;n uno segmentau un ddogfen; mae %1 a %2 mewn dogfennau gwahanol</translation>
    </message>
    <message>
        <source>link %1: %2 %3 %4</source>
        <comment>link id: from, type, to</comment>
        <translation>cysylltiad %1: %2 %3 %4</translation>
    </message>
    <message>
        <source>rejected %1 -&gt; %2; it will not be suggested again</source>
        <translation>gwrthodwyd %1 -&gt; %2; ni chaiff ei awgrymu eto</translation>
    </message>
</context>
<context>
    <name>TagCommands</name>
    <message>
        <source>Colour of a new tag</source>
        <translation>Lliw tag newydd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (try #d62728 or red)</source>
        <translation>nid yw &quot;%1&quot; yn lliw (rhowch gynnig ar #d62728 neu red)</translation>
    </message>
    <message>
        <source>tagged %1 with %2</source>
        <translation>tagiwyd %1 â %2</translation>
    </message>
    <message>
        <source>no tag named &quot;%1&quot; in the project</source>
        <translation>nid oes tag o&apos;r enw &quot;%1&quot; yn y prosiect</translation>
    </message>
    <message>
        <source>removed tag %1 from %2</source>
        <translation>tynnwyd y tag %1 oddi ar %2</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segment</numerusform>
        </translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>o dan %1</translation>
    </message>
</context>
<context>
    <name>ThirdPartyNotices</name>
    <message>
        <source>Windows, text layout, PDF writing, the SQLite driver</source>
        <translation>Ffenestri, gosod testun, ysgrifennu PDF, gyrrwr SQLite</translation>
    </message>
    <message>
        <source>Highlighting in the reader, colour themes</source>
        <translation>Amlygu yn y darllenydd, themâu lliw</translation>
    </message>
    <message>
        <source>Reading PDF reports, annotating the original PDF</source>
        <translation>Darllen adroddiadau PDF, anodi&apos;r PDF gwreiddiol</translation>
    </message>
    <message>
        <source>The project file</source>
        <translation>Ffeil y prosiect</translation>
    </message>
    <message>
        <source>Repairing words broken across lines</source>
        <translation>Trwsio geiriau a dorrwyd ar draws llinellau</translation>
    </message>
</context>
</TS>
