namespace Research.Tests.CorpusTests;

/// <summary>The sentences of seed articles 000 and 003 as a careful reader splits them (checked by hand).</summary>
internal static class SeedSentences
{
    public static readonly string[] Article000 =
    [
        "After NATO foreign ministers expressed solidarity against any Russian aggression toward Ukraine, the United States on Wednesday confirmed plans for Secretary of State Antony Blinken to hold separate meetings with his counterparts from both countries.",
        "A State Department official said the meetings with Ukrainian Foreign Minister Dmytro Kuleba and Russian Foreign Minister Sergey Lavrov will take place Thursday in Stockholm, Sweden on the sidelines of the Organization for Security and Cooperation in Europe ministerial gathering.",
        "Kuleba on Wednesday urged NATO to pursue a three-prong strategy to deter Russia that includes preparing economic sanctions and boosting military support to Ukraine.",
        "Both Russia and Ukraine in recent days have accused the other side of massing troops in the area along their shared border.",
        "Russia annexed Ukraine’s Crimean peninsula in 2014 and has backed separatist fighters in eastern Ukraine.",
        "Ukrainian President Volodymyr Zelenskiy told members of parliament Wednesday that the only way to resolve the conflict with pro-Russian separatists in Ukraine’s Donbas region is through direct negotiations with the Russian government.",
        "“We must tell the truth that we will not be able to stop the war without direct negotiations with Russia,” Zelenskiy said.",
        "Blinken on Tuesday warned Russia that “any renewed aggression would trigger serious consequences,” while in Moscow, Russian President Vladimir Putin said his military may be forced to respond if NATO’s expansion of Ukraine’s military infrastructure crosses “red lines.”",
        "Karen Donfried, the top U.S. diplomat for European Affairs, told reporters in a telephone briefing Friday that Blinken would also use the OSCE talks to raise the issue of Russian occupation of Ukrainian and Georgian territories, as well as the conflict between Armenia and Azerbaijan.",
        "“If some kind of strike systems appear on the territory of Ukraine, the flight time to Moscow will be 7-10 minutes, and five minutes in the case of a hypersonic weapon being deployed.",
        "Just imagine,” said Putin.",
        "“We will have to then create something similar in relation to those who threaten us in that way.",
        "And we can do that now,” Putin added.",
        "The Russian leader noted his military had just successfully tested a new sea-based hypersonic missile that would be in service at the beginning of next year.",
        "Donfried also said while in Stockholm Blinken would also be discussing the situation in Belarus.",
        "The European Union accuses Belarusian President Alexander Lukashenko of enticing thousands of migrants, mainly from the Middle East, to travel to Belarus and try to cross into Latvia, Lithuania and Poland in order to destabilize those countries.",
        "The EU says Lukashenko is retaliating for sanctions it imposed against his government.",
        "Blinken said Tuesday the U.S., in coordination with the EU, is preparing additional sanctions against Belarus for what he called “its ongoing attacks on democracy, on human rights, on international norms.”",
        "In response to a question from VOA, Blinken said he and Latvian Foreign Minister Edgars Rinkevics focused “on the actions unfortunately Belarus has been taking both in terms of repressing its own people and their democratic aspirations as well as using migration as a weapon to try to sow division and destabilization in Europe.”",
        "“We are in close coordination with the European Union preparing all U.N. sanctions,” Blinken told reporters.",
    ];

    public static readonly string[] Article003 =
    [
        "Blinken set to meet Russian Lavrov as tensions in Ukraine erupt – .",
        "US Secretary of State Antony Blinken is scheduled to meet Russian Foreign Minister Sergey Lavrov at a European security conference on Thursday, amid escalating tensions over troop reinforcement from Moscow near its border with Ukraine.",
        "The meeting is due to take place on the sidelines of the Organization for Security and Co-operation in Europe (OSCE) summit in Stockholm.",
        "Blinken will also meet separately with Ukrainian Foreign Minister Dmytro Kuleba.",
        "Speaking in Riga on Wednesday after a meeting of NATO foreign ministers, Blinken expressed US concerns over Russia’s large-scale military operations and efforts to destabilize Ukraine from within .",
        "“We don’t know if President (Vladimir) Putin made the decision to invade.",
        "We know he is building the capacity to do it as soon as possible, if he so chooses, ”said Blinken.",
        "The United States is ready to respond with “a series of high impact economic measures that we have refrained from implementing in the past,” he added, without elaborating.",
        "Blinken should relay threat of further sanctions to Lavrov if Russia fails to end troop build-up on Ukraine’s border and remind him that there is a diplomatic solution, senior State Department official said. to journalists.",
        "“Dialogue is more important when things are not going well,” the official said.",
        "“Beyond specifying the cost of Russian actions, I am sure the secretary will also want to specify that there is a diplomatic exit. “",
        "Ukraine, a former Soviet republic aspiring to join the European Union and NATO, has emerged as the main hotspot between Russia and the West as relations have deteriorated to their worst level over the years. three decades since the end of the cold war.",
        "Ukraine says Russia has deployed more than 90,000 troops near its long shared border.",
        "Moscow accuses Kiev of continuing its own military reinforcement.",
        "He dismissed as inflammatory suggestions that he was preparing for an attack on Ukraine, but defended his right to deploy troops in his own territory as he saw fit.",
        "But Putin also said Russia would be forced to act if NATO placed missiles in Ukraine that could strike Moscow within minutes.",
        "The Kremlin annexed the Crimean Black Sea Peninsula to Ukraine in 2014, then supported rebels fighting government forces from Kiev in the east of the country.",
        "This conflict has killed 14,000 people, says Kiev, and is still brewing.",
        "Besides Ukraine, other issues, including cybersecurity and the Kremlin’s treatment of its critics, also helped bring Washington-Moscow relations down to post-Cold War lows.",
        "The director of the U.S. Central Intelligence Agency, William Burns, raised the issue of Russian cyber attacks earlier this month during a rare visit to Moscow, where he met with senior security officials, three said. sources at Reuters.",
        "Another focal point of East-West tensions has been the refugee crisis on the borders between Belarus, a Russian ally, and NATO member Poland and Lithuania.",
        "Western countries accuse Belarusian leader Alexander Lukashenko of organizing the migrant crisis in retaliation for sanctions imposed on Minsk over his human rights record.",
        "Minsk blames the West for the humanitarian crisis.",
    ];

}
