// What the main thread and the chart worker say to each other.
import type { ChartRecipe } from '../../../shared/charts/recipe';
import type { ChartImageOptions } from './render-chart';

export interface ChartRequest {
  id: number;
  recipe: ChartRecipe;
  image: ChartImageOptions;
}

/**
 * The PNG, or why the chart could not be drawn (the cause's message); or, once, that the worker
 * could not load its kit (then the calling thread, which may well load it, draws instead).
 */
export type ChartReply = { id: number; png: Uint8Array } | { id: number; error: string } | { kitFailed: string };
