package org.securebase.risk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The detector's second opinion on stance: a maximum-entropy classifier (Apache OpenNLP doccat) over words and word
 * pairs, trained at first use on the packaged corpus {@code stance-corpus.tsv}. The corpus is organised by the same
 * taxonomy as the rules (the C-SSRS ladder, hopelessness, burdensomeness and goodbye for {@code self}; imminence for
 * {@code urgent}; idioms, marked jokes, history, research, media, grief, endings and everyday senses for
 * {@code none}) and was written for this purpose in many voices; it holds no item of the development sets.
 *
 * <p>Why a model at all: the rules catch the writer's own death and ending language and its named means, but about
 * half of what people write about wanting to stop living uses no word a lexical field can list ("I read the blog
 * like a menu at a restaurant I'm not staying at"). Word pairs in their stance ("i keep", "without me", "won't
 * need") carry that, and a model weighs them across thousands of phrasings better than a list can.
 *
 * <p>Training takes about a second and happens once per process; {@link #probabilities} is thread-safe.
 */
final class StanceModel {

    static final String CORPUS = "/org/securebase/risk/stance-corpus.tsv";

    /** A year is one feature ("in 2011" dates a history); other numbers are another, whatever they count. */
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.:,]\\d+)*");

    private static final Pattern TOKEN = Pattern.compile("[a-z][a-z'-]*|<n>|<y>|[?!]");

    private final ThreadLocal<DocumentCategorizerME> categorizer;

    StanceModel(List<Example> corpus) {
        DoccatModel model = train(corpus);
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    private static volatile boolean packagedTrained;

    /** The model trained on the packaged corpus, built on first use. */
    static StanceModel packaged() {
        return Packaged.MODEL;
    }

    /** Whether {@link #packaged()} has finished training, without starting it. */
    static boolean packagedTrained() {
        return packagedTrained;
    }

    private static final class Packaged {
        static final StanceModel MODEL = new StanceModel(load());

        static {
            packagedTrained = true;
        }
    }

    /** Probability of each level for a short text (a comment or a window of sentences), already normalised. */
    Probabilities probabilities(String normalised) {
        DocumentCategorizerME categorizer = this.categorizer.get();
        double[] outcome = categorizer.categorize(tokens(normalised));
        return new Probabilities(
                outcome[categorizer.getIndex(RiskLevel.SELF.code())],
                outcome[categorizer.getIndex(RiskLevel.URGENT.code())]);
    }

    record Probabilities(double self, double urgent) {}

    static String[] tokens(String normalised) {
        String t = NUMBER.matcher(YEAR.matcher(normalised).replaceAll(" <y> ")).replaceAll(" <n> ");
        Matcher m = TOKEN.matcher(t);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group().replace("'", ""));
        }
        return out.toArray(String[]::new);
    }

    /** One labelled text of the corpus: {@code label TAB kind TAB text}. */
    record Example(RiskLevel level, String kind, String text) {}

    static List<Example> load() {
        try (InputStream in = StanceModel.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + CORPUS);
            }
            List<Example> examples = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                examples.add(new Example(
                        RiskLevel.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)), parts[1], parts[2]));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DoccatModel train(List<Example> examples) {
        List<DocumentSample> samples = new ArrayList<>(examples.size());
        for (Example e : examples) {
            samples.add(new DocumentSample(e.level().code(), tokens(TextNormaliser.normalise(e.text()))));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 300);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put("PrintMessages", false);
        try {
            DoccatFactory factory = new DoccatFactory(
                    new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            return DocumentCategorizerME.train(
                    "en", ObjectStreamUtils.createObjectStream(samples), parameters, factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
