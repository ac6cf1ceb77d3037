<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CaseFiles</name>
        <message numerus="yes">
            <source>Articles: %n added, </source>
            <translation>
                <numerusform>Articles: %n added, </numerusform>
                <numerusform>Articles: %n added, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library and linked</source>
            <translation>
                <numerusform>%n already in the library and linked</numerusform>
                <numerusform>%n already in the library and linked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Claims: %n added, </source>
            <translation>
                <numerusform>Claims: %n added, </numerusform>
                <numerusform>Claims: %n added, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present</source>
            <translation>
                <numerusform>%n already present</numerusform>
                <numerusform>%n already present</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sources: %n added</source>
            <translation>
                <numerusform>Sources: %n added</numerusform>
                <numerusform>Sources: %n added</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckedPanel</name>
        <message numerus="yes">
            <source>%n earlier verdicts added, </source>
            <translation>
                <numerusform>%n earlier verdict added, </numerusform>
                <numerusform>%n earlier verdicts added, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicates folded</source>
            <translation>
                <numerusform>%n duplicate folded</numerusform>
                <numerusform>%n duplicates folded</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClaimList</name>
        <message numerus="yes">
            <source>{lead} · %n article(s)</source>
            <translation>
                <numerusform>{lead} · %n article</numerusform>
                <numerusform>{lead} · %n articles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClaimPane</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n claim(s)&lt;/b&gt; — 1–4 set the status, arrows move</source>
            <translation>
                <numerusform>&lt;b&gt;%n claim&lt;/b&gt; — 1–4 set the status, arrows move</numerusform>
                <numerusform>&lt;b&gt;%n claims&lt;/b&gt; — 1–4 set the status, arrows move</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClaimStructureView</name>
        <message numerus="yes">
            <source>%n more report(s)</source>
            <translation>
                <numerusform>%n more report</numerusform>
                <numerusform>%n more reports</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n relay(s)</source>
            <translation>
                <numerusform>%n relay</numerusform>
                <numerusform>%n relays</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n denial(s)</source>
            <translation>
                <numerusform>%n denial</numerusform>
                <numerusform>%n denials</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n no comment</source>
            <translation>
                <numerusform>%n no comment</numerusform>
                <numerusform>%n no comment</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n conflict(s)&lt;/b&gt; in “%1”: both you and the team changed these since you checked the case out. Choose which version to keep for each; the other stays in the case's history.</source>
            <translation>
                <numerusform>&lt;b&gt;%n conflict&lt;/b&gt; in “%1”: both you and the team changed it since you checked the case out. Choose which version to keep; the other stays in the case's history.</numerusform>
                <numerusform>&lt;b&gt;%n conflicts&lt;/b&gt; in “%1”: both you and the team changed these since you checked the case out. Choose which version to keep for each; the other stays in the case's history.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) still to settle.</source>
            <translation>
                <numerusform>%n conflict still to settle.</numerusform>
                <numerusform>%n conflicts still to settle.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message numerus="yes">
            <source>%n article(s) imported</source>
            <translation>
                <numerusform>%n article imported</numerusform>
                <numerusform>%n articles imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library</source>
            <translation>
                <numerusform>%n already in the library</numerusform>
                <numerusform>%n already in the library</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryDock</name>
        <message numerus="yes">
            <source>%n article(s), </source>
            <translation>
                <numerusform>%n article, </numerusform>
                <numerusform>%n articles, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n claim</numerusform>
                <numerusform>%n claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s) in this case</source>
            <translation>
                <numerusform>%Ln article in this case</numerusform>
                <numerusform>%Ln articles in this case</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s) in the library</source>
            <translation>
                <numerusform>%Ln article in the library</numerusform>
                <numerusform>%Ln articles in the library</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadingArea</name>
        <message numerus="yes">
            <source>%n claim(s) carried by both articles, highlighted in each</source>
            <translation>
                <numerusform>%n claim carried by both articles, highlighted in each</numerusform>
                <numerusform>%n claims carried by both articles, highlighted in each</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n passage(s)</source>
            <translation>
                <numerusform>%n passage</numerusform>
                <numerusform>%n passages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s), none naming its outlet</source>
            <translation>
                <numerusform>%n article naming no outlet</numerusform>
                <numerusform>%n articles, none naming its outlet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> from %n outlet(s)</source>
            <translation>
                <numerusform> from %n outlet</numerusform>
                <numerusform> from %n outlets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n naming no outlet)</source>
            <translation>
                <numerusform> (%n naming no outlet)</numerusform>
                <numerusform> (%n naming no outlet)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) checked ({tally}) </source>
            <translation>
                <numerusform>%n claim checked ({tally}) </numerusform>
                <numerusform>%n claims checked ({tally}) </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) for the editor to settle before publication. The workbench shows the same warnings beside each claim.</source>
            <translation>
                <numerusform>%n point for the editor to settle before publication. The workbench shows the same warnings beside each claim.</numerusform>
                <numerusform>%n points for the editor to settle before publication. The workbench shows the same warnings beside each claim.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message numerus="yes">
            <source>%Ln article(s) found.</source>
            <translation>
                <numerusform>%Ln article found.</numerusform>
                <numerusform>%Ln articles found.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At least %Ln article(s) found.</source>
            <translation>
                <numerusform>At least %Ln article found.</numerusform>
                <numerusform>At least %Ln articles found.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>About %Ln article(s) found.</source>
            <translation>
                <numerusform>About %Ln article found.</numerusform>
                <numerusform>About %Ln articles found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestionModel</name>
        <message numerus="yes">
            <source>in %n article(s): </source>
            <translation>
                <numerusform>in %n article: </numerusform>
                <numerusform>in %n articles: </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message numerus="yes">
            <source>%n proposed claim(s), </source>
            <translation>
                <numerusform>%n proposed claim, </numerusform>
                <numerusform>%n proposed claims, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shared passage(s)</source>
            <translation>
                <numerusform>%n shared passage</numerusform>
                <numerusform>%n shared passages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n already marked left out</source>
            <translation>
                <numerusform>; %n already marked left out</numerusform>
                <numerusform>; %n already marked left out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept %n proposed claim(s)</source>
            <translation>
                <numerusform>Accept %n proposed claim</numerusform>
                <numerusform>Accept %n proposed claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rejected %n; nothing was written.</source>
            <translation>
                <numerusform>Rejected %n; nothing was written.</numerusform>
                <numerusform>Rejected %n; nothing was written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split %n article(s) off “{text}”</source>
            <translation>
                <numerusform>Split %n article off “{text}”</numerusform>
                <numerusform>Split %n articles off “{text}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Merge %n proposed claim(s)</source>
            <translation>
                <numerusform>Merge %n proposed claim</numerusform>
                <numerusform>Merge %n proposed claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamFollower</name>
        <message numerus="yes">
            <source>%n change(s) made as the server stopped were saved</source>
            <translation>
                <numerusform>%n change made as the server stopped were saved</numerusform>
                <numerusform>%n changes made as the server stopped were saved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were not saved: make them again</source>
            <translation>
                <numerusform>%n were not saved: make them again</numerusform>
                <numerusform>%n were not saved: make them again</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopView</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n trainee(s)&lt;/b&gt; against the key &lt;i&gt;{title}&lt;/i&gt;, </source>
            <translation>
                <numerusform>&lt;b&gt;%n trainee&lt;/b&gt; against the key &lt;i&gt;{title}&lt;/i&gt;, </numerusform>
                <numerusform>&lt;b&gt;%n trainees&lt;/b&gt; against the key &lt;i&gt;{title}&lt;/i&gt;, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s).</source>
            <translation>
                <numerusform>%n claim.</numerusform>
                <numerusform>%n claims.</numerusform>
            </translation>
        </message>
    </context>
</TS>