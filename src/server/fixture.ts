import { capitalize } from "../text/phrase-pattern.ts";
/** A small cluster of three made-up Vietnamese articles about one event, for tests and the benchmark. */
export const ARTICLES = [
  {
    title: "Cần Thơ khánh thành cầu Phú Lộc",
    text: [
      "Sáng 12/3, thành phố Cần Thơ tổ chức lễ khánh thành cầu Phú Lộc bắc qua sông Ba Láng sau gần ba năm thi công.",
      "Cây cầu dài 1,2 km, rộng 20 m với bốn làn xe, có tổng vốn đầu tư khoảng 1.500 tỷ đồng. Theo Sở Giao thông vận tải, cầu Phú Lộc giúp rút ngắn thời gian đi từ trung tâm thành phố ra sân bay còn 15 phút.",
      "Trước đây, người dân phải đi phà hoặc vòng qua quốc lộ, mất gần một giờ vào giờ cao điểm. Ông Nguyễn Văn Minh, người dân phường An Bình, cho biết ông đã chờ cây cầu này từ lâu.",
      "Dự kiến mỗi ngày có khoảng 30.000 lượt xe qua cầu.",
    ].join("\n"),
  },
  {
    title: "Cầu Phú Lộc chính thức thông xe",
    text: [
      "Cầu Phú Lộc ở Cần Thơ đã chính thức thông xe vào sáng nay, sớm hơn kế hoạch hai tháng.",
      "Công trình có chiều dài 1,2 km và tổng mức đầu tư khoảng 1.500 tỷ đồng từ ngân sách thành phố. Phát biểu tại buổi lễ, lãnh đạo thành phố cho rằng cây cầu sẽ thúc đẩy phát triển kinh tế khu vực phía tây.",
      "Nhiều hộ dân đã nhận tiền bồi thường và được bố trí tái định cư tại khu dân cư mới gần đó. Bến phà Ba Láng sẽ ngừng hoạt động từ tuần sau.",
    ].join("\n"),
  },
  {
    title: "Người dân vui mừng đi trên cầu mới",
    text: [
      "Ngay sau lễ thông xe cầu Phú Lộc, hàng trăm người dân đã chạy xe máy qua cầu để ngắm cảnh sông Ba Láng.",
      "Chị Lê Thị Hoa, tiểu thương ở chợ Phú Lộc, nói việc chở hàng sang bờ bên kia giờ chỉ mất vài phút thay vì phải chờ phà.",
      "Cầu có bốn làn xe và hai làn dành riêng cho người đi bộ. Cơ quan chức năng khuyến cáo người dân không dừng đỗ xe trên cầu để chụp ảnh.",
    ].join("\n"),
  },
] as const;

/** The fixture as the body of a `POST /v1/summarize` request, as tests and the server benchmark send it. */
export const SUMMARIZE_BODY = JSON.stringify({
  documents: ARTICLES.map((a) => ({ title: a.title, text: a.text })),
});

/** The fixture as an HTML page with navigation and scripts around the article. */
export const ARTICLE_HTML = `<!doctype html><html lang="vi"><head><title>Cầu Phú Lộc thông xe | Báo Mẫu</title>
<script>window.quangCao = "không phải nội dung";</script></head><body>
<nav><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></nav>
<article><h1>Cầu Phú Lộc thông xe</h1>
${ARTICLES[1].text
  .split("\n")
  .map((p) => `<p>${p}</p>`)
  .join("\n")}
</article><footer>Bản quyền Báo Mẫu</footer></body></html>`;

/**
 * Many long made-up documents of random Vietnamese words (deterministic): enough sentences that
 * summarizing takes seconds, for time-limit tests.
 */
export function slowDocuments(documents = 50, sentences = 120): { title: string; text: string }[] {
  const words =
    "cầu phà sông người dân thành phố xe máy lễ thông khánh thành vốn đầu tư tỷ đồng chợ bờ nước mưa lũ trường học bệnh viện giá xăng dầu điện".split(
      " ",
    );
  let seed = 1;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return words[seed % words.length] ?? "cầu";
  };
  const sentence = () => {
    const s = Array.from({ length: 10 + (seed % 20) }, word).join(" ");
    return `${capitalize(s)}.`;
  };
  return Array.from({ length: documents }, () => ({
    title: sentence(),
    text: Array.from({ length: sentences }, sentence).join(" "),
  }));
}
