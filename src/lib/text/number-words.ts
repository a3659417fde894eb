// Number words, for counts in running text (casualties, "two days ago").

/** Number words in casualty counts; vague ones at their lowest reading ("dozens" → 12). */
export const NUMBER_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	several: 3,
	dozens: 12,
	dozen: 12,
	scores: 20,
	hundreds: 100
};
