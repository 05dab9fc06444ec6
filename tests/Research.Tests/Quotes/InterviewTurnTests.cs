namespace Research.Tests;

using Research;

/// <summary>Question-and-answer interviews and broadcast transcripts: turns labelled with their speaker instead of quote marks.</summary>
public sealed class InterviewTurnTests
{
    const string Interview = """
        Q&A with Trade Minister Anna Berg.

        Trade Minister Anna Berg spoke on Thursday with Daily Post reporter Tom Kall about the tariff talks. Here is the edited transcript.

        Q: Will the tariffs go up next year?

        A: Not if the talks hold. We have a deal on the table.

        Both sides have to sign it first, and they will.

        Q: What if they do not?

        A: Then we start again in March.

        """;

    [Fact]
    public void Answers_are_the_interviewee_s_and_questions_nobody_s_in_particular()
    {
        var set = QuoteFixture.Extract(Interview);
        var answer = set.With("Not if the talks hold");
        Assert.Equal(QuoteKinds.Interview, answer.Kind);
        Assert.True(answer.Attributed);
        Assert.Equal("Anna Berg", answer.Speaker);
        Assert.Equal("A:", answer.Cue);
        Assert.Equal("Anna Berg", set.With("Then we start again").Speaker);
        // The reporter the introduction names asked; he answered nothing.
        Assert.DoesNotContain(set.Quotes, q => q.Speaker == "Tom Kall");
        var question = set.With("Will the tariffs go up");
        Assert.Equal(QuoteKinds.Interview, question.Kind);
        Assert.False(question.Attributed);
        Assert.Null(question.Speaker);
    }

    [Fact]
    public void An_answer_runs_on_over_the_paragraphs_up_to_the_next_question()
    {
        var set = QuoteFixture.Extract(Interview);
        var more = set.With("Both sides have to sign it first");
        Assert.Equal("Anna Berg", more.Speaker);
        Assert.Contains("continued", more.Flags);
        Assert.Equal(set.With("Not if the talks hold").Id, more.SplitOf);
    }

    [Fact]
    public void A_question_label_run_into_its_question_is_still_a_label()
    {
        var set = QuoteFixture.Extract("""
            Anna Berg talks trade.

            QWill the tariffs go up next year?

            A: Not if the talks hold.

            QWhat if they do not?

            A: Then we start again in March.

            """);
        var question = set.With("What if they do not?");
        Assert.Equal("What if they do not?", question.Text);
        Assert.Equal("Q", question.Cue);
        Assert.Equal("Anna Berg", set.With("Then we start again").Speaker);
    }

    [Fact]
    public void Question_and_Answer_spelled_out_are_labels_too()
    {
        var set = QuoteFixture.Extract(Interview.Replace("Q:", "Question:", StringComparison.Ordinal).Replace("A:", "Answer:", StringComparison.Ordinal));
        Assert.Equal("Anna Berg", set.With("Then we start again").Speaker);
        Assert.Equal("Answer:", set.With("Then we start again").Cue);
        Assert.False(set.With("What if they do not?").Attributed);
    }

    [Fact]
    public void A_transcript_s_turns_are_the_labelled_people_s_under_the_names_the_article_spells_out()
    {
        var set = QuoteFixture.Extract("""
            On Sunday, Governor Mary Fallin spoke to CNN's Jake Tapper about the race.

            JAKE TAPPER: Is the nominee a healer?

            FALLIN: I think he is trying to be one.

            TAPPER: Do you believe him?

            FALLIN: I do, and so do the voters of my state.

            """);
        var answer = set.With("I think he is trying");
        Assert.Equal(QuoteKinds.Interview, answer.Kind);
        Assert.Equal("Mary Fallin", answer.Speaker);
        Assert.Equal("FALLIN", answer.SpeakerMention);
        Assert.Equal("Jake Tapper", set.With("Do you believe him?").Speaker);
        Assert.Equal("Jake Tapper", set.With("Is the nominee a healer?").Speaker);
        // The writer's words between turns are nobody's turn in a transcript.
        Assert.DoesNotContain(set.Quotes, q => q.Text.Contains("spoke to CNN", StringComparison.Ordinal));
    }

    [Fact]
    public void Questions_answered_under_the_interviewee_s_name_are_a_transcript()
    {
        var set = QuoteFixture.Extract("""
            Trade Minister Anna Berg spoke to the Daily Post.

            Q: Will the tariffs go up?

            BERG: Not if the talks hold.

            Q: And if they fail?

            BERG: Then we start again.

            """);
        Assert.Equal("Anna Berg", set.With("Not if the talks hold").Speaker);
        Assert.Equal(QuoteKinds.Interview, set.With("And if they fail?").Kind);
        Assert.False(set.With("And if they fail?").Attributed);
    }

    [Fact]
    public void An_answer_stops_at_the_next_label_even_a_quoted_turn_s()
    {
        var set = QuoteFixture.Extract("""
            Trade Minister Anna Berg spoke to the Daily Post.

            Q: Will the tariffs go up?

            A: Not if the talks hold.

            A: “We have a deal on the table.”

            Q: And if they fail?

            A: Then we start again.

            """);
        Assert.DoesNotContain(set.Quotes, q => q.Kind == QuoteKinds.Interview && q.Text.Contains("deal on the table", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_the_article_never_spells_out_is_the_name_in_ordinary_case()
    {
        var set = QuoteFixture.Extract("""
            KATE BOLDUAN: Why not debate?

            JOEL O'MALLEY: Let us see the tone of his campaign first.

            BOLDUAN: Why not in New York?

            """);
        Assert.Equal("Kate Bolduan", set.With("Why not in New York?").Speaker);
        Assert.Equal("Joel O'Malley", set.With("Let us see the tone").Speaker);
    }

    [Theory]
    [InlineData("DRIVER OF THE DAY: Anna Berg drove well.\n\nMOVE OF THE RACE: Berg passed Kall on lap eight.\n\nMISTAKE OF THE RACE: Kall spun.\n")]
    [InlineData("BYLINE: Anna Berg.\n\nUPDATE: The talks went on.\n")]
    [InlineData("Q: Will the tariffs go up?\n\nA: Not if the talks hold.\n")]
    public void Headings_a_byline_or_a_single_exchange_are_no_interview(string body)
    {
        var set = QuoteFixture.Extract(body);
        Assert.DoesNotContain(set.Quotes, q => q.Kind == QuoteKinds.Interview);
    }

    [Fact]
    public void A_turn_in_quote_marks_stays_a_quote_attributed_by_its_label_in_ordinary_case()
    {
        var set = QuoteFixture.Extract("""
            ANNA BERG: “We have a deal on the table.”

            TOM KALL: Will it hold?

            BERG: “It will.”

            """);
        var quoted = set.With("We have a deal");
        Assert.Equal(QuoteKinds.Direct, quoted.Kind);
        Assert.Equal("Anna Berg", quoted.Speaker);
        Assert.Equal("Anna Berg", set.With("It will.").Speaker);
        // The quoted turns make it a transcript all the same: the unquoted one is a turn.
        Assert.Equal(QuoteKinds.Interview, set.With("Will it hold?").Kind);
        Assert.Equal("Tom Kall", set.With("Will it hold?").Speaker);
    }
}
