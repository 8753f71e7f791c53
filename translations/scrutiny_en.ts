<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AnnotatedReportHtml</name>
    <message>
        <source>ANNOTATED REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claims in the inspected body&apos;s own words, shown apart and not counted as findings: %n</source>
        <translation>
            <numerusform>Claims in the inspected body&apos;s own words, shown apart and not counted as findings: %n</numerusform>
            <numerusform>Claims in the inspected body&apos;s own words, shown apart and not counted as findings: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the inspected body&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims in the inspected body&apos;s own words come last, after a line of their own; they are not the review&apos;s findings and are never counted as gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspected body&apos;s own claims (not gaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes on passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the review&apos;s findings are linked to a priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of priorities are supported by a finding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source p.&#xa0;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[note&#xa0;%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding supports this priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are findings (and other passages linked to a priority), columns the priorities for action. %1 addresses, %2 partly addresses, %3 contradicts, %4 responds to. %5 rows and columns have no link: gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With more than %1 priorities the matrix comes in slices of %1 columns, each showing the rows linked into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no priorities to trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no findings to trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings with no link to any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every finding is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no supporting finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no priorities for action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the whole report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: what the import changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report text above is the cleaned text. These words were repaired and these passages removed when the report was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired words (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report states no overall judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the priority says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions overdue as of %1: %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotatedReportPrinter</name>
    <message>
        <source>(p.&#xa0;%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated by Scrutiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>Read, tag and cross-link inspection reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to import (text, web page, PDF), or a .scrutiny project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this project (otherwise $SCRUTINY_PROJECT, otherwise the one used last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme (a KSyntaxHighlighting theme name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for this run: en or cy (Cymraeg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name recorded in the journal for this run (otherwise $SCRUTINY_AUTHOR, the name in Settings or your account&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--author needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Import a report (text, web page or PDF), clean and segment it, and print the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a report into the project and print its document id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the documents of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a document&apos;s segments with their tags, links, notes and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a document and its annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag segments (e.g. 1:F3, or 1:F1,F2,F3 as one step); a new tag name creates the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag from segments (one step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the project&apos;s tags and how often each is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link segments of a document to one (e.g. 1:F3 1:P2, or 1:F1,F3 1:P2 as one step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List links (id, from -&gt; to, type, author, note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Markdown note on a segment (1:F3) or a document (1); empty text removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the action plan of a priority (e.g. 1:P2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search of segments and notes, best first, matches marked **like this**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo your newest step (the newest of the author, or of the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo your step undone last (of the author, or of the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of every change: id, time (UTC), author, session, action, description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a segment&apos;s kind, side or speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split a segment at an offset or before some words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a segment with the one after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a document with its annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest which priority each finding supports and each council response answers (from -&gt; to, score, type, reason); rejected and linked pairs are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a suggestion: link FROM to the priority TO (e.g. 1:F3 1:P2; 1:F1,F3 1:P2 is one step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a suggestion so that it is not offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set the committee-pack cover (committee, meeting, date, agenda-item, officer, version); an empty VALUE clears a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a repaired copy of a damaged project (the project itself is not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that report LATER follows up report EARLIER (a report series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a report out of its series; the others keep their order and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the report series of the project; --propose suggests new ones to confirm with follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on report DOC&apos;s priorities through every later report of its series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a later finding to an earlier priority with a progress type (met, progress, not-met, repeat, not-applicable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverCommand</name>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cover field &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared the cover&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverDetails</name>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>document id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>findings %1, priorities %2, quotes %3, responses %4, links %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 (%2), imported %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement: serving %1; prospects %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <comment>plan status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan: %1; owner %2; due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan: %1; owner %2; due %3; evidence: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed document %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentExportFormats</name>
    <message>
        <source>%1 export needs a file: add -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size does not apply to --annotate-original: the original keeps its own pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--annotate-original needs a document imported from a PDF; %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>warning: %n segment(s) not found in the original PDF: %1</source>
        <translation>
            <numerusform>warning: %n segment not found in the original PDF: %1</numerusform>
            <numerusform>warning: %n segments not found in the original PDF: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;; use A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf: A4 (default) or Letter; not with --annotate-original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf: the original PDF with highlights and notes instead of the annotated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the export&apos;s headings and labels: en or cy (Cymraeg); default the language scrutiny-cli speaks (its --language, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size and --annotate-original apply to pdf only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>The parse contract with the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated PDF for a committee pack (--page-size A4|Letter); with --annotate-original, the original PDF with highlights and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One self-contained HTML file, the same content as the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per segment (UTF-8 with BOM, RFC 4180)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project for ATLAS.ti, NVivo, MAXQDA, QualCoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress against DOC&apos;s priorities through its series: table, disagreements, repeat findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same progress data as CSV: one row per priority and later report, then repeat findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest N entries (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>FILE is the JSON of `scrutiny-cli parse`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE is a corrected version of document DOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name to record (for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse reports larger than MB megabytes (default 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size needs a size in megabytes, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not the JSON of `scrutiny-cli parse` (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the project as document %2 (same contents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not place %1 (kept in the document note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCommands</name>
    <message>
        <source>addresses (default), partly-addresses, contradicts or responds-to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links join segments of one document; %1 and %2 are in different ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot;; use addresses, partly-addresses, contradicts or responds-to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: %2 %3 %4</source>
        <comment>link id: from, type, to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link id; use `unlink FROM TO` or a link id from `links`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no link %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not linked to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed link %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkEditDialog</name>
    <message>
        <source>Edit Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these belong together, or what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scrutiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .scrutiny project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the default project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a report (text, web page, PDF) or open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the report or the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next segment (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous segment (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark theme following the desktop palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Scrutiny</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteAndPlanCommands</name>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD; empty clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started, in progress, done, overdue or will not implement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use not started, in progress, done, overdue or will not implement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalPdfAnnotator</name>
    <message>
        <source>Plan: no plan entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1, due %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1, due %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverallJudgements</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the report&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParseCommand</name>
    <message>
        <source>(not stated)</source>
        <comment>judgement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement: serving %1; prospects %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <comment>speaker</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (the default) or text, an outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse reports larger than MB megabytes (default 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse: --format needs a value (json or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse: --max-size needs a size in megabytes, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse: only one FILE may be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse: unknown format &quot;%1&quot; (json or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse: no FILE given (use - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse: cannot write the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will not implement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Polarity</name>
    <message>
        <source>strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressExportFormats</name>
    <message>
        <source>progress-pdf export needs a file: add -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;; use A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>tag %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untag %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlink %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairCommand</name>
    <message>
        <source>The damaged project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repaired copy (a new file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair needs --project and --output; usage: scrutiny-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; %3 was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny</name>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::AboutDialog</name>
    <message>
        <source>About Scrutiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scrutiny %1&lt;/h2&gt;&lt;p&gt;Read, tag and cross-link inspection reports.&lt;/p&gt;&lt;p&gt;Scrutiny is free software: you can redistribute it and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public Licence&lt;/a&gt;, version 3 or (at your choice) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutiny is built on these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ActionPlanView</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action &amp;Without Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action for the selected priority (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action tied to no priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected action (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action to Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected action in full, with its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action to read its priority in full and who changed what, when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed from “%2” to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actions · %1 with an owner or date · %2 done · %3 overdue</source>
        <translation>
            <numerusform>%n action · %1 with an owner or date · %2 done · %3 overdue</numerusform>
            <numerusform>%n actions · %1 with an owner or date · %2 done · %3 overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::Cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name recorded in the journal (default: $SCRUTINY_AUTHOR or your full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id recorded in the journal (default: $SCRUTINY_SESSION or a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--author needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session needs an id (as `scrutiny-cli journal` shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name segments of one document at a time; %1 and %2 are in different ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty segment label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the entries of this author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: scrutiny-cli [GLOBAL OPTIONS] COMMAND [OPTIONS] [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import, clean, segment, annotate and export inspection reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before the command, or among its options):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project (otherwise $SCRUTINY_PROJECT, otherwise the
default project, the one the Scrutiny window uses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait for another program&apos;s write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name recorded in the journal; default $SCRUTINY_AUTHOR,
else your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session recorded in the journal, and whose steps undo
and redo take; default $SCRUTINY_SESSION, else a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages and help, and of exports: en or
cy (Cymraeg); default the system&apos;s (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG), else en. Only before the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FILE of - reads standard input. `scrutiny-cli help COMMAND` shows a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; see scrutiny-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value; see scrutiny-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see scrutiny-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see scrutiny-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: scrutiny-cli [--project PATH] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a command&apos;s summary as a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project (otherwise $SCRUTINY_PROJECT, otherwise the default project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the project read-only (commands that change it refuse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; usage: scrutiny-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments; usage: scrutiny-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments; usage: scrutiny-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--busy-timeout needs milliseconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document id (a number, as `scrutiny-cli list` shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a segment; name one as DOCUMENT:SEGMENT, e.g. 1:F3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::Concept</name>
    <message>
        <source>leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment and care planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adult services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnership working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>performance management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planning and strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation and structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dignity and rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teaching and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>additional needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>welsh language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health and care quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::CoverDialog</name>
    <message>
        <source>e.g. Social Care Scrutiny Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ordinary meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 14 January 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Item 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the scrutiny officer who prepared the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Version 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee Pack Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the cover and at the foot of every page. Remembered for this project; leave a field empty to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::DamagedProjectNotice</name>
    <message>
        <source>Save the repaired copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutiny projects (*.scrutiny)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a repaired copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (repaired).scrutiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repaired copy was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired copy saved as %1 (%2). Open it with File › Open; the damaged project was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::EditCommand</name>
    <message>
        <source>Cannot undo or redo “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::EditCommands</name>
    <message>
        <source>create tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename tag %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recolour tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give tag %1 key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take key from tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge tag %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge %1 with the next segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit link %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlink %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept suggestion %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestion(s)</source>
        <translation>
            <numerusform>accept %n suggestion</numerusform>
            <numerusform>accept %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>reject suggestion %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an action of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add action to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the earlier inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the cover details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ExportActions</name>
    <message>
        <source>Annotated &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report with tags, links, matrix, plan and notes, for a committee pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original PDF with Highlights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the original PDF with highlights and notes on each segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One self-contained web page with the same content as the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per segment, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ATLAS.ti, NVivo, MAXQDA and QualCoder (.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the annotated report as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the annotated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Annotated Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover details were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export of %1 cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: it cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::HandbookDialog</name>
    <message>
        <source>Scrutiny Handbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::HelpActions</name>
    <message>
        <source>Scrutiny &amp;Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ImportRunner</name>
    <message>
        <source>Import of %1 cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in this project; showing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 imported; %n annotation(s) could not be placed: %2</source>
        <translation>
            <numerusform>%1 imported; %n annotation could not be placed: %2</numerusform>
            <numerusform>%1 imported; %n annotations could not be placed: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported, but its structure was not recognised: no findings or priorities were found, so every paragraph is context and needs review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::Journal</name>
    <message>
        <source>nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not undone; there is nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”: a newer change by the same person or window replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a record, not a step that can be undone or redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”: its report was removed or replaced since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”: its report was removed or replaced since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2 changed the same rows later (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2 changed the same rows later (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”: what it changed has been changed since (%2 row %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”: what it changed has been changed since (%2 row %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”: the same report was imported again since, as report %2; remove that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”: the removed report&apos;s original file is no longer kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”: the report has been annotated since (%2 row %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”: what it refers to has been removed since (%2 row %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”: what it refers to has been removed since (%2 row %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::LibraryModel</name>
    <message>
        <source>%1
File: %2 (%3)
Imported: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows up report %1 (series %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↳ %1 (follows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure not recognised: no findings or priorities were found; every paragraph is context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) need review</source>
        <translation>
            <numerusform>%n segment needs review</numerusform>
            <numerusform>%n segments need review</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1 · Priorities: %2 · Links: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::LibraryPanel</name>
    <message>
        <source>Reports in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” and its tags, links, notes and action plan from this project?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::LinkActions</name>
    <message>
        <source>Link to Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected segments to a priority chosen by typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority (label or words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to &amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses (responses: responds to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::LinkEditDialog</name>
    <message>
        <source>Partly addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::LinkReason</name>
    <message>
        <source>no shared words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites paragraph %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::MainWindow</name>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a segment first (click it, or move with J and K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before switching project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: you can read, search and export it, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports and projects (*.txt *.text *.htm *.html *.xhtml *.pdf *.scrutiny);;Text (*.txt *.text);;Web pages (*.htm *.html *.xhtml);;PDF (*.pdf);;Scrutiny projects (*.scrutiny);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutiny projects (*.scrutiny);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutiny projects (*.scrutiny)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Scrutiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Scrutiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability — Scrutiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability in Own &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the traceability matrix in a window of its own, beside the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the segment you were on before following a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priorities</source>
        <translation>
            <numerusform>%n priority</numerusform>
            <numerusform>%n priorities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::NoteEditor</name>
    <message>
        <source>Report Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note on the whole report instead of the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the note rendered (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note in Markdown; it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a segment to write a note on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::PanelCycle</name>
    <message>
        <source>&amp;Next Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 panel and move the keyboard focus to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::PlanItemDelegate</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::PlanModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action tied to no priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProgressModel</name>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding of report %1 was linked or suggested for this priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⚠ disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan says done, but the latest inspection says %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority (report %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after report %2: %3 %4 (suggested, not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after report %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProgressReason</name>
    <message>
        <source>the same weakness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no cue words; read from the finding&apos;s tone)</source>
        <comment>progress type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>progress type: the cue words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProgressSection</name>
    <message>
        <source>Progress against priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priorities of report %1 and what each later report of the series found: %2. Statuses marked “suggested” come from the link assistant and have not been confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the action plan and the inspections disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan says done; report %1 says %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: where the action plan says done, no later report says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later finding repeats an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 has no later report in its series: nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress since the last inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProgressType</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProgressView</name>
    <message>
        <source>Progress against priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to see the evidence: the later finding, its words and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report to follow its priorities through the later reports of its series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no later report in its series yet, so there is no progress to show.

Import the follow-up, progress or monitoring report (or the next full inspection), then record that it follows up this one: File › Follows Up…, or scrutiny-cli follows LATER %1. Scrutiny then suggests, for each finding of the later report, the priority it reports on and whether it was met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what the later reports say about each priority…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ProjectStore</name>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 has no segment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a loop of symbolic links, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket), not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database of another program, not a Scrutiny project; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer version of Scrutiny (schema %1; this version reads up to %2); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only; a new project cannot be made there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only; open it read-only to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only; open it read-only to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is read-only; a new project cannot be made there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer version of Scrutiny; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database but not a Scrutiny project; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch the database to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs upgrading to this version&apos;s schema, which a read-only file does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 lies outside the report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag name may be at most %1 characters (this one has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a tag named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag %1 to put &quot;%2&quot; under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag&apos;s key is 1 to 9, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge tag &quot;%1&quot; into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no segments given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no links given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot link %1 to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 has no link %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 has no action %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action tied to no priority is added, not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment row %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no segment to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>splitting %1 there would leave an empty part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to search for in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag named &quot;%1&quot; in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot search for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is too long (%2 characters; at most 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repaired copy must be a new file, not the project itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every page could be read; the copy holds everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is too damaged to copy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s schema version (%1) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repaired copy could not be made (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 cannot follow up itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 already follows up report %2 (through report %3); a series runs one way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 already follows up report %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 is in no series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports %1 and %2 are not in one series; record first that one follows up the other (scrutiny-cli follows LATER EARLIER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot link %1 to %2: report %3 is not earlier than report %4 in their series; a finding can only report on a priority of an earlier report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress link %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Scrutiny project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes, shorter than an SQLite header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (invalid SQLite page size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes; the database needs %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal holds a damaged entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ReaderView</name>
    <message>
        <source>Tags and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report. J and K move between segments; Shift extends the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review: %1 (confidence %2%); Edit Segment accepts or corrects it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ReportImporter</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (only white space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a loop of symbolic links, not a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); give a file, or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UTF-16 text has an odd number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UTF-16 text has invalid characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not a text report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text starts as UTF-8 but has invalid UTF-8 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecodable bytes (not UTF-8, UTF-16 or Windows-1252) at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is encrypted (password protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged: it has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged: its pages cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ReportJson</name>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1: bad kind or side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1: start/end do not match its text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ReportSession</name>
    <message>
        <source>Cannot open report %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::SearchPanel</name>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report to search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::SearchResultsModel</name>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::SegmentEditDialog</name>
    <message>
        <source>Review (the inspectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council (the inspected body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::SegmentReason</name>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first paragraph under a summary heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens with &quot;findings&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduces the priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbered recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review recommends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must/should/needs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review found (said after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review found (quoting a phrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence the review reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inspected body said or did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a findings heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a priorities heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a background heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the inspected body&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluative statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list after a lead-in naming priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list under a priorities heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list under a background heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imperative list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list after a lead-in naming findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list in the review&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list on the inspected body&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotation with its speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotation, speaker unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported speech of a named person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structure not recognised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::SeriesActions</name>
    <message>
        <source>&amp;Progress Against Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows &amp;Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what became of this report&apos;s priorities in the later reports of its series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the open report follows up an earlier report (a report series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the later report first, then say which report it follows up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no other report: import the earlier report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 follows up which earlier report?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::SeriesProgress</name>
    <message>
        <source>no document %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::SeriesProposal</name>
    <message>
        <source>same body (%1), regulator %2, %3; published %4 then %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>regulator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service area unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ServiceArea</name>
    <message>
        <source>maternity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adult social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is used in the window, the handbook and exported PDF and HTML files. A change takes effect when Scrutiny next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK and &amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with each change you make, so Undo reverses only your own changes, and shown as the author of notes in exported PDFs. Left empty, your account&apos;s name is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this run, --author gives &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this run, SCRUTINY_AUTHOR gives &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::StructureModel</name>
    <message>
        <source>Unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities for action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1, %n item</numerusform>
            <numerusform>%1, %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <comment>review queue: segment id, why it needs review, its opening words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 (%2), confidence %3%. Edit Segment accepts or corrects it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::StructurePanel</name>
    <message>
        <source>Report structure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::TagActions</name>
    <message>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a tag for the selected segments by typing its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 (unused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::TagBar</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename, recolour, merge and delete tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected segments with “%1”%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>tag key, tag name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::TagManagerDialog</name>
    <message>
        <source>&amp;New Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Child Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve Under…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Child Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put “%1” under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into (its segments get that tag, “%1” is removed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key (1–9) that applies this tag in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key that applies “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n segment(s) in this project. Delete it? (Undo brings it back.)</source>
        <translation>
            <numerusform>“%1” is on %n segment in this project. Delete it? (Undo brings it back.)</numerusform>
            <numerusform>“%1” is on %n segments in this project. Delete it? (Undo brings it back.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments of the open report carrying the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments of every report carrying the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key (1–9) that applies the tag in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::TagsPanel</name>
    <message>
        <source>&amp;Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and how many segments carry them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List segments from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments carrying the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tag to list every segment carrying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the listed segments, with their context, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segments tagged “%1”</source>
        <translation>
            <numerusform>%n segment tagged “%1”</numerusform>
            <numerusform>%n segments tagged “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::TraceabilityCellDelegate</name>
    <message>
        <source>Note on this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the link from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::TraceabilityModel</name>
    <message>
        <source>%1 suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are in different reports: they cannot be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter accepts, Delete rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked: Space or click links %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are in different reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not linked to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: no priority is linked to this finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: no finding is linked to this priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested link (match %1 of 100): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggested for %2, match %3 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspected body&apos;s own claim: shown apart, never counted as a gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reports (%1)</source>
        <translation>
            <numerusform>%n report (%1)</numerusform>
            <numerusform>%n reports (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priorities</source>
        <translation>
            <numerusform>%n priority</numerusform>
            <numerusform>%n priorities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings without a priority</source>
        <translation>
            <numerusform>%n finding without a priority</numerusform>
            <numerusform>%n findings without a priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priorities without a finding</source>
        <translation>
            <numerusform>%n priority without a finding</numerusform>
            <numerusform>%n priorities without a finding</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scrutiny::TraceabilityView</name>
    <message>
        <source>Partly addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the open report&apos;s findings and priorities, or every report&apos;s in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 in the Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note in Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrutiny::WelcomePage</name>
    <message>
        <source>&amp;Open a Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try It on a Sample Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report (%1) or drop one here: plain text, a saved web page or a PDF. Scrutiny splits it into findings, priorities, quotes and the response, ready to tag and link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictionalised joint review of a council&apos;s social services, to see what Scrutiny does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects and reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the sample report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Only segments of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review or council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only segments with this tag (or one under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N hits (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use summary, finding, priority, quote, response, context or heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;; use review or council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search words, &quot;a phrase&quot;, lead*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the open report or every report of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only segments of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only segments with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentCommands</name>
    <message>
        <source>New kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review or council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker of a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 has no segment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;; use review or council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1 (labels may have changed: see `show %2`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not occur in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged %1 with the segment after it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentEditDialog</name>
    <message>
        <source>Edit Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, for quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or organisation, for quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text (put the cursor where the segment should be split):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit at Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentKind</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities for action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message>
        <source>report %1 follows up report %2; series %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 is in no series now; series %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also propose series from each report&apos;s body, regulator, service area and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed: scrutiny-cli follows %1 %2	%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no series to propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>progress status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress: unknown format &quot;%1&quot; (text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 has no later report in its series: import the follow-up or progress report and record it with `scrutiny-cli follows LATER %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISAGREES: the plan says done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat finding: %1 repeats %2%3 (confidence %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? = suggested, not yet confirmed (confirm with scrutiny-cli progress-link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met, progress, not-met, repeat or not-applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove progress link ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the type of progress link ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown progress type &quot;%1&quot;; use met, progress, not-met, repeat or not-applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a progress link id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set needs --type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed progress link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed progress link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: progress-link FINDING TARGET --type T (e.g. 2:F3 1:P2 --type met)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress link %1: %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <source>Suggestions per finding or response (default 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest: --top needs a whole number of at least 1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest: unknown format &quot;%1&quot; (text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions join segments of one document; %1 and %2 are in different ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: %2 %3 %4</source>
        <comment>link id: from, type, to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected %1 -&gt; %2; it will not be suggested again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagCommands</name>
    <message>
        <source>Colour of a new tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (try #d62728 or red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag named &quot;%1&quot; in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed tag %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThirdPartyNotices</name>
    <message>
        <source>Windows, text layout, PDF writing, the SQLite driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighting in the reader, colour themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading PDF reports, annotating the original PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing words broken across lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
