import { describe } from "node:test";
import { ARTICLE, itReadsPages, page } from "./testing.ts";

const H1 = "<h1>Lũ quét ở bản Nà Lếch</h1>";
/** The article with `between` after its first paragraph and `after` after the second. */
const around = (between: string, after = "") =>
  page(
    `${H1}<article><p>${ARTICLE[0]}</p>${between}<p>${ARTICLE[1]}</p>${after}<p>${ARTICLE[2]}</p></article>`,
  );

describe("htmlToText leaves out players, their fallback text and polls", () => {
  itReadsPages([
    [
      "the text a browser shows when it cannot play a <video> or an <audio>",
      around(
        '<video controls width="640"><source src="lu.mp4" type="video/mp4">Trình duyệt của bạn không hỗ trợ thẻ video.</video>',
        '<audio controls><source src="lu.mp3">Trình duyệt không hỗ trợ phát âm thanh.</audio>',
      ),
      [...ARTICLE],
      ["Trình duyệt", "không hỗ trợ"],
    ],
    [
      "AMP: an amp-video's fallback, and any element's [fallback]",
      around(
        '<amp-video width="640" height="360" layout="responsive" src="lu.mp4"><div fallback>Trình duyệt của bạn không hỗ trợ video.</div></amp-video>',
        '<amp-iframe width="600" height="400" src="https://example.vn/ban-do"><div fallback>Không tải được bản đồ vùng lũ.</div></amp-iframe>',
      ),
      [...ARTICLE],
      ["Trình duyệt", "Không tải được bản đồ"],
    ],
    [
      "a text-to-speech player",
      around(
        '<div class="audio-player"><span>Nghe bài viết</span> <span>00:00 / 03:25</span> <span>Giọng nữ miền Bắc</span> <span>Tốc độ 1x</span></div>',
        '<div id="tts-box"><button>Nghe đọc bài</button> <span>Giọng nam miền Nam</span></div>',
      ),
      [...ARTICLE],
      ["Nghe bài viết", "00:00", "Giọng nữ", "Tốc độ", "Nghe đọc bài", "Giọng nam"],
    ],
    [
      "polls, named in English or Vietnamese",
      around(
        '<div class="poll"><p>Bạn có ủng hộ di dời các bản ven suối?</p><label><input type="radio"> Có</label><label><input type="radio"> Không</label><button>Bình chọn</button><a>Xem kết quả</a></div>',
        '<div class="box-binh-chon"><p>Bạn đánh giá thế nào về công tác cứu hộ?</p><button>Gửi</button></div>',
      ),
      [...ARTICLE],
      ["Bạn có ủng hộ", "Bình chọn", "Xem kết quả", "Bạn đánh giá"],
    ],
  ]);
});
