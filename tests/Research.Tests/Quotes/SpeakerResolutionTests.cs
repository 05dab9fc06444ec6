namespace Research.Tests;

using Research;

/// <summary>Who a pronoun or role stands for: gender agreement, someone new introduced with "a", bodies that are not "he".</summary>
public sealed class SpeakerResolutionTests
{
    /// <summary>The speaker of the one quote of <paramref name="article"/>.</summary>
    static string? SoleSpeaker(string article) => Assert.Single(QuoteFixture.Extract(article).Quotes).Speaker;

    [Fact]
    public void She_is_not_the_man_named_last()
    {
        var set = QuoteFixture.Extract("Governor Maria Lopez spoke after John Hartley, the committee chair.\n\n“We are ready,” she said.\n");
        Assert.Equal("Maria Lopez", Assert.Single(set.Quotes).Speaker);
    }

    [Theory]
    [InlineData("Mary Horvath signed the declaration on Monday.\n\n“We will need help,” she said.\n", "Mary Horvath")]
    [InlineData("Mary Horvath, the county executive, signed the declaration on Monday.\n\n“We will need help,” she said.\n", "Mary Horvath")]
    [InlineData("A student named Michael Lewis was flying home from Berlin.\n\n“They said Oakland,” he told the paper.\n", "Michael Lewis")]
    public void A_pronoun_stands_for_a_person_introduced_without_a_cue(string body, string speaker) =>
        Assert.Equal(speaker, SoleSpeaker(body));

    [Theory]
    // No given name first: a place, a storm.
    [InlineData("Las Vegas mourned on Monday.\n\n“We will need help,” she said.\n")]
    [InlineData("Hurricane Maria hit the island on Monday.\n\n“We will need help,” she said.\n")]
    // A given name in capitals opening a story is no spelling to keep.
    [InlineData("MARY Horvath signed the declaration on Monday.\n\n“We will need help,” she said.\n")]
    public void A_sentence_opening_name_without_a_given_name_in_ordinary_case_is_no_one_a_pronoun_stands_for(string body) =>
        Assert.Null(SoleSpeaker(body));

    [Fact]
    public void A_pronoun_after_a_sentence_stands_for_its_subject_not_a_name_inside_it()
    {
        var set = QuoteFixture.Extract("Governor Jon Berg, who lost the primary to Senator Mark Olsen, spoke on Monday.\n\nBut Berg said he would back Olsen because he is the nominee. “I am a team player,” he said.\n");
        Assert.Equal("Jon Berg", set.With("team player").Speaker);
    }

    [Theory]
    [InlineData("After Senator John Kerry spoke, Senator Bernie Sanders voted against the war. “It was a mistake,” he said.", "Bernie Sanders")]
    [InlineData("Unlike Senator Ted Cruz, Senator Rand Paul opposed the bill. “It is a bad law,” he said.", "Rand Paul")]
    public void A_name_in_a_fronted_clause_is_not_the_sentences_subject(string body, string speaker) =>
        Assert.Equal(speaker, SoleSpeaker(body + "\n"));

    [Theory]
    [InlineData("Senator John Smith spoke on Monday about a startup named Bright Path Robotics.\n\n“It was a hard call,” he said.\n")]
    [InlineData("Senator John Smith spoke on Monday. The storm was named Hurricane Irma.\n\n“It was a hard call,” he said.\n")]
    public void Only_a_person_with_a_given_name_is_introduced_by_named(string body) =>
        Assert.Equal("John Smith", SoleSpeaker(body));

    [Fact]
    public void A_surname_the_article_writes_in_full_elsewhere_is_someone_a_pronoun_stands_for()
    {
        var set = QuoteFixture.Extract("The book was ordered last year by the paper's editor, Martin Baron.\n\n“We will publish everything we find,” said Baron.\n\nHe continued, “Nothing is off limits.”\n");
        Assert.Equal("Martin Baron", set.With("off limits").Speaker);
    }

    [Fact]
    public void A_surname_has_the_gender_of_the_given_name_its_article_writes_it_with()
    {
        var set = QuoteFixture.Extract("The race in Ohio\n\nHillary Clinton spoke in Ohio on Monday.\n\n“We will win,” Clinton said after meeting Governor Tom Olsen.\n\n“It was a good day,” she said.\n");
        Assert.Equal("Hillary Clinton", set.With("good day").Speaker);
    }

    [Fact]
    public void He_is_not_the_woman_named_last()
    {
        var set = QuoteFixture.Extract("Senator Paul Ostrow met Ms. Dana Whitcombe on Monday.\n\n“Nothing was agreed,” he said.\n");
        Assert.Equal("Paul Ostrow", Assert.Single(set.Quotes).Speaker);
    }

    [Fact]
    public void Two_people_of_one_surname_are_two_speakers()
    {
        var set = QuoteFixture.Extract("“The race was fair,” said Max Verhoek, the driver.\n\n“He drove well,” his father, John Verhoek, told reporters.\n\n“I am proud of him,” Mrs. Verhoek said.\n");
        Assert.Equal("Max Verhoek", set.With("The race was fair").Speaker);
        Assert.Equal("John Verhoek", set.With("He drove well").Speaker);
        Assert.NotEqual("John Verhoek", set.With("I am proud of him").Speaker);
        Assert.NotEqual("Max Verhoek", set.With("I am proud of him").Speaker);
    }

    [Fact]
    public void A_nationality_before_a_title_is_not_part_of_the_name()
    {
        var set = QuoteFixture.Extract("“We protest,” said Latvian Prime Minister Anna Berg.\n\n“We will act,” Berg told reporters.\n");
        Assert.All(set.Quotes, q => Assert.Equal("Anna Berg", q.Speaker));
    }

    [Fact]
    public void A_role_introduced_with_a_is_someone_new()
    {
        var set = QuoteFixture.Extract("Campaign strategist Ray Tolland predicted a close race.\n\n“It is over,” said a Republican strategist who asked not to be named.\n");
        Assert.Equal("Republican strategist", Assert.Single(set.Quotes).Speaker);
    }

    [Fact]
    public void He_is_not_an_organisation()
    {
        var set = QuoteFixture.Extract("Press secretary Owen Marsh spoke after the Justice Department said it would appeal.\n\n“We will see,” he said.\n");
        Assert.Equal("Owen Marsh", Assert.Single(set.Quotes).Speaker);
    }

    [Theory]
    [InlineData("“We will vote,” said Sen. Tamsin Ware of Vermont.", "Tamsin Ware")]
    [InlineData("“It is unlikely,” Karl Dorn of the Lakeside Institute for Policy Studies wrote.", "Karl Dorn")]
    public void A_name_then_of_a_place_or_body_is_the_person(string body, string speaker) =>
        Assert.Equal(speaker, SoleSpeaker(body + "\n"));

    [Fact]
    public void In_an_interview_the_asker_speaks_not_the_one_asked()
    {
        var set = QuoteFixture.Extract("Governor Lena Holt was asked by host Mark Tiller, “Will you run again?”\n\nMayor Bram Olsen was asked, “Is the budget balanced?”\n");
        Assert.Equal("Mark Tiller", set.With("run again").Speaker);
        var asked = set.With("budget balanced");
        Assert.NotEqual("Bram Olsen", asked.Speaker);
        Assert.True(asked.Attributed);
    }

    [Fact]
    public void A_role_or_a_possessive_opening_the_sentence_is_the_subject()
    {
        var set = QuoteFixture.Extract("Prime Minister Ewan Rask will not attend. The spokesman declined to discuss Rask's plans, adding: “No call is planned.”\n\nHale's campaign brushed off Rask's remarks, telling reporters, “We have nothing to add.”\n");
        Assert.NotEqual("Ewan Rask", set.With("No call").Speaker);
        Assert.Equal("spokesman", set.With("No call").SpeakerMention?.Split(' ')[^1]);
        Assert.Equal("Hale's campaign", set.With("nothing to add").Speaker);
    }

    [Fact]
    public void A_name_after_a_preposition_is_not_the_subject()
    {
        var set = QuoteFixture.Extract("Here in Riverton, Olsen stepped up his attacks, saying, “The plan is wrong.”\n\nAn election official speaking to Channel Nine said, “We saw the files.”\n");
        Assert.Equal("Olsen", set.With("plan is wrong").Speaker);
        Assert.Equal("election official", set.With("saw the files").Speaker);
    }

    [Fact]
    public void Who_speaks_for_someone_is_the_speaker_not_the_one_they_speak_for()
    {
        var set = QuoteFixture.Extract("In a statement to Channel Nine, a rep for Dorn said, “Mr. Dorn regrets the remark.”\n\nAt a briefing in Riga, a spokeswoman for Latvia's Foreign Ministry flatly rejected the report, saying it “does not match the facts.”\n");
        Assert.Equal("rep for Dorn", set.With("regrets the remark").Speaker);
        Assert.StartsWith("spokeswoman for", set.With("match the facts").Speaker);
    }

    [Theory]
    [InlineData("Although Hale says that Ward “broke the story” of the talks, she doubts it.")]
    [InlineData("Since Hale says that Ward “broke the story” of the talks, she doubts it.")]
    public void A_word_opening_a_clause_is_no_given_name(string sentence)
    {
        var set = QuoteFixture.Extract(sentence + "\n");
        Assert.DoesNotContain(set.Quotes, q => q.Speaker is { } s && (s.StartsWith("Although", StringComparison.Ordinal) || s.StartsWith("Since", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_spokesperson_for_a_body_named_after_it_is_the_speaker()
    {
        var set = QuoteFixture.Extract("“We are gravely concerned,” a spokesman for the Foreign Ministry, Lin Tao, said in the statement.\n");
        Assert.Equal("Lin Tao", Assert.Single(set.Quotes).Speaker);
    }

    [Theory]
    [InlineData("“It is a mess,” said one Hale confidant.", "Hale confidant")]
    [InlineData("“It is a mess,” one senior Democrat said.", "senior Democrat")]
    [InlineData("“It is a mess,” said one well-connected Republican familiar with the talks.", "well-connected Republican")]
    public void A_or_one_before_a_name_introduces_someone_it_describes(string body, string speaker)
    {
        var set = QuoteFixture.Extract("Senator Ada Hale spoke on Monday, as did Democrat Lee Ward and Republican Ann Moss.\n\n" + body + "\n");
        Assert.Equal(speaker, set.With("It is a mess").Speaker);
    }

    [Fact]
    public void A_given_name_alone_is_the_article_s_bearer_not_a_namesake_elsewhere()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "“We start today,” said Robert Vance, the organiser.\n\n“And we finish tomorrow,” Robert added.\n"),
            ("b.txt", "“I have four children,” said Robert, a voter in Dayton.\n"));
        Assert.Equal("Robert Vance", set.With("finish tomorrow").Speaker);
        Assert.Equal("Robert", set.With("four children").Speaker);
    }

    [Fact]
    public void Two_bodies_named_for_one_kind_of_office_stay_two_speakers()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "“The suspect acted alone,” the Las Vegas Metropolitan Police Department said.\n"),
            ("b.txt", "“Several US citizens died,” the US State Department said.\n\n“We are in touch with the families,” the State Department added.\n"));
        Assert.Equal("Las Vegas Metropolitan Police Department", set.With("acted alone").Speaker);
        Assert.Equal("US State Department", set.With("citizens died").Speaker);
        Assert.Equal("US State Department", set.With("in touch with the families").Speaker);
    }

    [Fact]
    public void Two_countries_foreign_ministries_are_two_speakers()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "“Kyiv provokes,” the Russian Foreign Ministry said.\n\n“Moscow masses troops,” the Ukrainian Foreign Ministry said.\n"),
            ("b.txt", "“Talks must go on,” the Foreign Ministry said.\n\n“The road is closed,” police said.\n"),
            ("c.txt", "“Two arrests were made,” the British Transport Police said.\n"));
        Assert.Equal("Russian Foreign Ministry", set.With("Kyiv provokes").Speaker);
        Assert.Equal("Ukrainian Foreign Ministry", set.With("Moscow masses troops").Speaker);
        Assert.Equal("Foreign Ministry", set.With("Talks must go on").Speaker); // which one is not said, so neither
        Assert.NotEqual("British Transport Police", set.With("The road is closed").Speaker);
    }

    [Theory]
    [InlineData("“We will appeal,” said the spokeswoman, Anna Berg.", "the spokeswoman, Anna Berg")]
    [InlineData("“We will appeal,” said a spokeswoman for Volkov, Anna Berg.", "a spokeswoman for Volkov, Anna Berg")]
    public void A_name_set_off_by_a_comma_after_the_role_the_cue_names_is_the_speaker(string body, string phrase)
    {
        var q = QuoteFixture.Extract("President Ivan Volkov lost the vote.\n\n" + body + "\n").With("We will appeal");
        Assert.Equal("Anna Berg", q.Speaker);
        Assert.Equal(phrase, q.SpeakerPhrase);
    }

    [Fact]
    public void A_pronoun_never_stands_for_a_country_read_with_its_article()
    {
        var q = QuoteFixture.Extract("Senator Ivan Volkov spoke in Ohio on Monday.\n\nVolkov says the U.S. cannot wait any longer. “We need reform now,” he said.\n").With("We need reform now");
        Assert.Equal("Ivan Volkov", q.Speaker);
    }

    [Fact]
    public void A_surname_quoted_alone_goes_by_the_one_full_name_its_article_writes_elsewhere()
    {
        var set = QuoteFixture.Extract("The paper spoke with director Toby Haynes and the cast about the film.\n\n“It was hard to shoot,” Haynes said.\n");
        Assert.Equal("Toby Haynes", set.With("It was hard to shoot").Speaker);
    }

    [Theory]
    [InlineData("Bill Clinton and Hillary Clinton both spoke.", "Clinton")]                              // two full names: which one is not said
    [InlineData("Ms. Thurman arrived with her father, Robert Thurman.", "Thurman")]                     // a title of the other gender
    [InlineData("Ren Guoqiang spoke, and so did the analyst Tom Ren.", "Ren")]                         // the word also comes first in a name
    public void A_surname_keeps_its_own_name_when_the_article_s_full_names_do_not_tell_whose_it_is(string introduction, string speaker)
    {
        var set = QuoteFixture.Extract(introduction + "\n\n“It was hard to shoot,” " + speaker + " said.\n");
        Assert.Equal(speaker, set.With("It was hard to shoot").Speaker);
    }

    [Fact]
    public void What_a_naming_cue_names_is_never_the_speaker()
    {
        var q = QuoteFixture.Extract("The missile flew over the sea.\n\nA spokesman for Minister Anna Berg called the launch “deeply deplorable and dangerous.”\n").With("deeply deplorable");
        Assert.NotEqual("launch", q.Speaker);
        Assert.Equal("spokesman", q.Speaker);
    }

    [Theory]
    [InlineData("“This is just mad,” said a furious Anna Berg, who spun twice.", "Anna Berg")]
    [InlineData("“This is just mad,” said a senior Volkov aide.", "senior Volkov aide")]   // the name describes the aide
    public void Words_between_an_article_and_a_full_name_describe_the_person_named(string body, string speaker) =>
        Assert.Equal(speaker, QuoteFixture.Extract(body + "\n").With("This is just mad").Speaker);
}
