package vn.reportbot.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.text.VietnameseText;

/**
 * Ranks an office's dispatches by how well a report's words match each one's summary and tasks:
 * BM25 over accent-free word pairs ({@code vung xanh}, {@code ung ho}), so that the same matter
 * written with or without diacritics scores alike and single everyday words ({@code báo cáo},
 * {@code xã}) weigh nothing on their own.
 */
final class SubjectMatterRanker {

    /** Words of every report and dispatch; a pair of two of them says nothing about the matter. */
    private static final Set<String> GENERIC = Set.of("bao", "cao", "thuc", "hien", "ket", "qua", "kinh", "gui", "ban",
            "thuong", "truc", "uy", "mttq", "mttqvn", "viet", "nam", "huyen", "xa", "tinh", "thi", "tran", "dang", "dan",
            "van", "cong", "so", "ngay", "thang", "tren", "dia", "cua", "cac", "va", "de", "ve", "theo", "nghi", "tong",
            "hop", "noi", "dung", "nhiem", "vu", "tiep", "tuc", "khoi", "doan", "the", "to", "chuc", "trong", "tai", "nay",
            "da", "duoc", "voi", "cho", "nhung", "mot", "la", "co", "khong", "quy", "hang", "tuan", "dinh", "ky", "nhan",
            "xin", "tang", "cuong", "tac", "dao", "chi", "ubnd", "hdnd", "vien", "hoi", "can", "bo", "don", "vi", "phong",
            "gian", "tien", "hanh", "trien", "khai", "sau", "tham", "muu", "cap", "danh", "sach", "truoc", "email",
            "gmail", "com");
    /**
     * E-mail and web addresses: the office's own reporting address is in every dispatch and many reports. An e-mail
     * address is looked for only where a run of non-spaces starts: the same matches, and a line of megabytes without
     * a space is searched once, not once per character.
     */
    private static final java.util.regex.Pattern ADDRESSES = java.util.regex.Pattern.compile(
            "(?<!\\S)\\S+@\\S+|https?://\\S+|www\\.\\S+");
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** One dispatch's score and the word pairs it shares with the report, most telling first. */
    record Ranked(KnownDispatch dispatch, double score, List<String> shared) {
    }

    /** An office's dispatches as bags of word pairs. */
    static final class Index {
        private final List<KnownDispatch> dispatches = new ArrayList<>();
        private final List<Map<String, Integer>> counts = new ArrayList<>();
        private final List<Integer> lengths = new ArrayList<>();
        private final Map<String, Integer> documentFrequency = new HashMap<>();
        private double averageLength;

        Index(List<KnownDispatch> all) {
            long total = 0;
            for (KnownDispatch d : all) {
                StringBuilder text = new StringBuilder(d.subject());
                for (DispatchTask task : d.tasks()) {
                    text.append('\n').append(task.text());
                }
                List<String> pairs = pairs(text.toString());
                Map<String, Integer> tf = new HashMap<>();
                pairs.forEach(p -> tf.merge(p, 1, Integer::sum));
                tf.keySet().forEach(p -> documentFrequency.merge(p, 1, Integer::sum));
                dispatches.add(d);
                counts.add(tf);
                lengths.add(pairs.size());
                total += pairs.size();
            }
            averageLength = all.isEmpty() ? 1 : Math.max(1, (double) total / all.size());
        }
    }

    /** The dispatches with a positive score, best first. */
    List<Ranked> rank(Index index, String report) {
        Set<String> query = new LinkedHashSet<>(pairs(report));
        int n = index.dispatches.size();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Integer> tf = index.counts.get(i);
            double score = 0;
            List<String> shared = new ArrayList<>();
            for (String pair : query) {
                Integer f = tf.get(pair);
                if (f == null) {
                    continue;
                }
                int df = index.documentFrequency.get(pair);
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                double norm = f * (K1 + 1) / (f + K1 * (1 - B + B * index.lengths.get(i) / index.averageLength));
                score += idf * norm;
                if (df == 1 || n == 1) {
                    shared.add(pair);
                }
            }
            if (score > 0) {
                ranked.add(new Ranked(index.dispatches.get(i), score, shared));
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked;
    }

    static List<String> pairs(String text) {
        String[] words = VietnameseText.accentFreeKey(ADDRESSES.matcher(text).replaceAll(" ")).split(" ");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.length; i++) {
            boolean telling = !GENERIC.contains(words[i]) || !GENERIC.contains(words[i + 1]);
            if (telling && words[i].length() > 1 && words[i + 1].length() > 1 && !isNumber(words[i])
                    && !isNumber(words[i + 1])) {
                pairs.add(words[i] + " " + words[i + 1]);
            }
        }
        return pairs;
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }
}
