<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Tmp</name>
    <message numerus="yes">
        <source>%n touch-point(s)</source>
        <translation>
            <numerusform>%n touch-point</numerusform>
            <numerusform>%n touch-points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compan(y|ies) due</source>
        <translation>
            <numerusform>%n company due</numerusform>
            <numerusform>%n companies due</numerusform>
        </translation>
    </message>
</context>
</TS>
