// chart.js with only the pieces the shared configs use (bars, lines, two scales, legend,
// title, tooltip), registered once: smaller than chart.js/auto, and no global defaults touched.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

export { Chart };
